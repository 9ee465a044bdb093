"""The safeguarding queue in the Wagtail admin: who sees it, what they read, and how an alert is moved on."""

from datetime import timedelta

import pytest
from django.test import RequestFactory

from engage.organisations.models import Role
from engage.safeguarding.models import AlertState, OriginalTextAccess, SafeguardingAlert
from tests.helpers import submit_free_text

DISCLOSURE = "my name is Josh Smith and my step dad hits me, text me on 07700 900123"


@pytest.fixture
def flagged(consultation, django_capture_on_commit_callbacks):
    """A stored, checked answer that opened an alert."""
    with django_capture_on_commit_callbacks(execute=True):
        response = submit_free_text(consultation, DISCLOSURE, "flagged")
    return response.answers.get()


def _refused(response):
    """Wagtail's admin answers PermissionDenied by sending the user back to the dashboard; 404 hides what isn't theirs."""
    assert response.status_code in (302, 403, 404)
    if response.status_code == 302:
        assert response["Location"] == "/admin/"
    assert b"Josh" not in response.content and b"step dad" not in response.content


def test_the_lead_sees_the_queue_new_first_oldest_first(client, flagged, staff, organisation):
    lead = staff(Role.SAFEGUARDING_LEAD, organisation)
    first = flagged.safeguarding_alert
    now = first.created_at
    older_closed = SafeguardingAlert.objects.create(
        response=flagged.response,
        organisation=organisation,
        state=AlertState.NO_CONCERN,
        created_at=now - timedelta(days=3),
    )
    older_new = SafeguardingAlert.objects.create(
        response=flagged.response, organisation=organisation, created_at=now - timedelta(days=1)
    )
    acknowledged = SafeguardingAlert.objects.create(
        response=flagged.response,
        organisation=organisation,
        state=AlertState.ACKNOWLEDGED,
        created_at=now - timedelta(days=2),
    )
    client.force_login(lead)
    html = client.get("/admin/safeguarding/alerts/").content.decode()
    order = [html.index(f">Alert {a.pk}<") for a in (older_new, first, acknowledged, older_closed)]
    assert order == sorted(order)
    assert "Josh" not in html
    only_new = client.get("/admin/safeguarding/alerts/?state=new").content.decode()
    assert f">Alert {acknowledged.pk}<" not in only_new and f">Alert {first.pk}<" in only_new


@pytest.mark.parametrize("role", [Role.YOUTH_WORKER, Role.ANALYST, Role.FRAMEWORK_OWNER])
def test_other_staff_cannot_open_the_queue(client, flagged, staff, organisation, role):
    client.force_login(staff(role, organisation))
    _refused(client.get("/admin/safeguarding/alerts/"))
    _refused(client.get(f"/admin/safeguarding/alerts/{flagged.safeguarding_alert.pk}/"))


def test_another_organisations_lead_sees_neither_the_alert_nor_the_original(client, flagged, staff, other_organisation):
    client.force_login(staff(Role.SAFEGUARDING_LEAD, other_organisation))
    assert f"Alert {flagged.safeguarding_alert.pk}" not in client.get("/admin/safeguarding/alerts/").content.decode()
    _refused(client.get(f"/admin/safeguarding/alerts/{flagged.safeguarding_alert.pk}/"))
    _refused(client.get(f"/admin/safeguarding/answers/{flagged.pk}/original/"))
    _refused(client.post(f"/admin/safeguarding/answers/{flagged.pk}/original/", {"note": "curious"}))
    assert not OriginalTextAccess.objects.exists()


def test_the_menu_item_is_shown_only_to_leads_and_administrators(flagged, staff, organisation):
    from engage.safeguarding.wagtail_hooks import register_safeguarding_menu_item

    item = register_safeguarding_menu_item()
    request = RequestFactory().get("/admin/")
    for role, shown in [(Role.SAFEGUARDING_LEAD, True), (Role.ADMINISTRATOR, True), (Role.YOUTH_WORKER, False)]:
        request.user = staff(role, organisation)
        assert item.is_shown(request) is shown


def test_the_alert_page_shows_the_redacted_text_and_a_note_is_required_to_move_it(client, flagged, staff, organisation):
    alert = flagged.safeguarding_alert
    client.force_login(staff(Role.SAFEGUARDING_LEAD, organisation))
    url = f"/admin/safeguarding/alerts/{alert.pk}/"
    html = client.get(url).content.decode()
    assert "my name is [PERSON] and my step dad hits me, text me on [PHONE]" in html
    assert "Josh" not in html and "07700" not in html
    assert f"/admin/safeguarding/answers/{flagged.pk}/original/" in html

    html = client.post(url, {"to_state": "acknowledged", "note": ""}).content.decode()
    assert "Write a note saying what you did or decided." in html
    alert.refresh_from_db()
    assert alert.state == AlertState.NEW

    response = client.post(url, {"to_state": "acknowledged", "note": "Reading it now"})
    assert response.status_code == 302
    alert.refresh_from_db()
    assert alert.state == AlertState.ACKNOWLEDGED
    assert "Reading it now" in client.get(url).content.decode()


def test_an_administrator_moves_the_alert_but_never_sees_the_original(client, flagged, staff, organisation):
    alert = flagged.safeguarding_alert
    client.force_login(staff(Role.ADMINISTRATOR, organisation))
    html = client.get(f"/admin/safeguarding/alerts/{alert.pk}/").content.decode()
    assert "[PERSON]" in html and f"/answers/{flagged.pk}/original/" not in html
    _refused(client.post(f"/admin/safeguarding/answers/{flagged.pk}/original/", {}))
    client.post(f"/admin/safeguarding/alerts/{alert.pk}/", {"to_state": "actioned", "note": "Lead on leave; referred"})
    alert.refresh_from_db()
    assert alert.state == AlertState.ACTIONED


def test_the_lead_reads_the_original_only_by_asking_and_the_reading_is_logged(client, flagged, staff, organisation):
    lead = staff(Role.SAFEGUARDING_LEAD, organisation)
    client.force_login(lead)
    url = f"/admin/safeguarding/answers/{flagged.pk}/original/"
    assert "Josh" not in client.get(url).content.decode()  # looking at the page is not reading
    assert not OriginalTextAccess.objects.exists()

    html = client.post(url, {"note": "deciding on a referral"}).content.decode()
    assert "my name is Josh Smith and <mark>my step dad hits me</mark>, text me on 07700 900123" in html
    access = OriginalTextAccess.objects.get()
    assert (access.user, access.answer, access.note) == (lead, flagged, "deciding on a referral")


@pytest.mark.parametrize("role", [Role.YOUTH_WORKER, Role.ANALYST, Role.ADMINISTRATOR])
def test_nobody_but_the_lead_reads_the_original(client, flagged, staff, organisation, role):
    client.force_login(staff(role, organisation))
    _refused(client.post(f"/admin/safeguarding/answers/{flagged.pk}/original/", {}))
    assert not OriginalTextAccess.objects.exists()


def test_youth_workers_read_responses_redacted(client, flagged, staff, organisation, consultation):
    client.force_login(staff(Role.YOUTH_WORKER, organisation))
    html = client.get(f"/admin/responses/{consultation.id}/").content.decode()
    assert "[PERSON]" in html and "[PHONE]" in html
    assert "Josh" not in html and "07700" not in html


def test_the_dashboard_tells_leads_how_many_alerts_wait(client, flagged, staff, organisation):
    client.force_login(staff(Role.SAFEGUARDING_LEAD, organisation))
    html = client.get("/admin/").content.decode()
    assert "1 new alert" in html and "/admin/safeguarding/alerts/" in html


def test_the_dashboard_shows_youth_workers_no_alerts(client, flagged, staff, organisation):
    client.force_login(staff(Role.YOUTH_WORKER, organisation))
    assert "new alert" not in client.get("/admin/").content.decode()
