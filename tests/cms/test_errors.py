from django.test import Client


def test_a_failed_csrf_check_gets_a_plain_page_with_help_links(consultation):
    client = Client(enforce_csrf_checks=True)
    response = client.post(consultation.url, {"consent": "on"})
    assert response.status_code == 403
    html = response.content.decode()
    assert "Please try again" in html
    assert "Childline" in html and 'class="quick-exit"' in html
