from django.core.management import call_command


def test_the_wagtail_admin_sends_strangers_to_the_staff_sign_in(client, db):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_nobody_can_sign_themselves_up(client, db):
    response = client.post(
        "/accounts/signup/",
        {"email": "x@example.org", "password1": "a-long-password-1", "password2": "a-long-password-1"},
    )
    from django.contrib.auth import get_user_model

    assert not get_user_model().objects.exists()
    assert response.status_code in (200, 403)


def test_a_demo_youth_worker_signs_in_and_reaches_the_admin(client, db):
    call_command("load_demo", responses=1, stdout=open("/dev/null", "w"))
    response = client.post("/accounts/login/", {"login": "youth.worker@example.org", "password": "youth-voice-demo"})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_a_wrong_password_gets_a_clear_message_and_keeps_the_email(client, db):
    call_command("load_demo", responses=1, stdout=open("/dev/null", "w"))
    response = client.post("/accounts/login/", {"login": "youth.worker@example.org", "password": "nope"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    assert 'value="youth.worker@example.org"' in html
