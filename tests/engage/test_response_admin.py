import pytest

from engage.organisations.models import Role
from engage.responses.models import Channel
from tests.helpers import submit_free_text


@pytest.fixture
def responses(consultation, django_capture_on_commit_callbacks):
    """Three responses, each checked in the background as on a real submit: staff read the redacted text."""
    for n, channel in enumerate([Channel.ONLINE, Channel.ONLINE, Channel.IN_PERSON]):
        with django_capture_on_commit_callbacks(execute=True):
            submit_free_text(consultation, f"<b>answer {n}</b>", f"k{n}", channel=channel)
    return consultation


def test_a_youth_worker_sees_counts_by_channel_and_day_and_reads_responses(client, responses, staff, organisation):
    client.force_login(staff(Role.YOUTH_WORKER, organisation))
    html = client.get(f"/admin/responses/{responses.id}/").content.decode()
    assert "3 responses" in html
    assert "In-person session" in html
    assert "&lt;b&gt;answer 0&lt;/b&gt;" in html  # what young people wrote is escaped
    index = client.get("/admin/responses/").content.decode()
    assert responses.title in index


def test_staff_of_another_organisation_cannot_read_them(client, responses, staff, other_organisation):
    client.force_login(staff(Role.YOUTH_WORKER, other_organisation))
    _assert_refused(client.get(f"/admin/responses/{responses.id}/"))
    assert responses.title not in client.get("/admin/responses/").content.decode()


def test_analysts_cannot_read_single_responses(client, responses, staff, organisation):
    client.force_login(staff(Role.ANALYST, organisation))
    _assert_refused(client.get(f"/admin/responses/{responses.id}/"))


def _assert_refused(response):
    """Wagtail's admin answers PermissionDenied by sending the user back to the dashboard with a message."""
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] == "/admin/"
    assert b"answer 0" not in response.content
