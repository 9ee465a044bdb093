"""Who can reach every view, download and admin page that touches responses, alerts, originals or models.

Every URL served by our own code (cms and engage) must have an entry here: a new view without one fails
`test_every_view_of_ours_has_an_entry`. Each role is a member of the organisation that runs the forum, except the
strangers, who hold the same roles in another organisation.
"""

import pytest
from django.urls import get_resolver, reverse

from engage.organisations.models import Role

STAFF = {
    "youth_worker": Role.YOUTH_WORKER,
    "safeguarding_lead": Role.SAFEGUARDING_LEAD,
    "framework_owner": Role.FRAMEWORK_OWNER,
    "analyst": Role.ANALYST,
    "administrator": Role.ADMINISTRATOR,
}
STRANGERS = {"stranger_worker": Role.YOUTH_WORKER, "stranger_lead": Role.SAFEGUARDING_LEAD}
ROLES = ["anonymous", *STAFF, *STRANGERS]
RESPONSE_READERS = {"youth_worker", "safeguarding_lead", "framework_owner", "administrator"}
HANDLERS = {"youth_worker", "administrator"}
ALERT_HANDLERS = {"safeguarding_lead", "administrator"}
REVIEWERS = {"framework_owner"}
ORGANISATION_STAFF = set(STAFF)
PUBLIC = set(ROLES)

# url name -> (method, kwargs from the scenario, roles allowed, text only allowed roles may see)
MATRIX = {
    "engage_responses": ("get", {}, RESPONSE_READERS, "consultation_title"),
    "engage_responses_detail": ("get", {"consultation_id": "consultation"}, RESPONSE_READERS, "receipt_code"),
    "engage_responses_export": (
        "get",
        {"consultation_id": "consultation", "file_format": "csv"},
        HANDLERS,
        "receipt_code",
    ),
    "engage_responses_import": ("get", {"consultation_id": "consultation"}, HANDLERS, None),
    "engage_sessions": ("get", {"consultation_id": "consultation"}, HANDLERS, None),
    "engage_session_entry": ("get", {"consultation_id": "consultation", "session_id": "session"}, HANDLERS, None),
    "safeguarding_alerts": ("get", {}, ALERT_HANDLERS, "alert_marker"),
    "safeguarding_alert": ("get", {"alert_id": "alert"}, ALERT_HANDLERS, "redacted_text"),
    "safeguarding_original": ("post", {"answer_id": "flagged_answer"}, {"safeguarding_lead"}, "original_text"),
    "review_queue": ("get", {}, REVIEWERS, None),
    "review_submit": ("post", {"answer_id": "flagged_answer"}, REVIEWERS, None),
    "review_disputed": ("get", {}, REVIEWERS, None),
    "review_settle": ("post", {"answer_id": "flagged_answer"}, REVIEWERS, None),
    "review_agreement": ("get", {}, REVIEWERS, None),
    "review_models": ("get", {}, REVIEWERS, None),
    "review_model_detail": ("get", {"version_id": "model_version"}, REVIEWERS, None),
    "review_corpus": ("get", {}, REVIEWERS, None),
    "review_corpus_download": ("get", {}, REVIEWERS, None),
    "review_retheme": ("get", {}, REVIEWERS, None),
    # Any staff member may open the dashboard, but only of their own organisations: a stranger sees their own
    # (here empty) figures and never this consultation. Suppression and scoping of the figures are tested in
    # tests/engage/test_indicators*.
    "indicators_dashboard": ("get", {}, ORGANISATION_STAFF | set(STRANGERS), None),
    "indicators_dashboard_download": ("get", {"fmt": "csv"}, ORGANISATION_STAFF | set(STRANGERS), None),
    # Public pages for young people: no account, and nothing of anyone else's (the receipt code lives in the
    # session, never the URL), so everyone may open them.
    "receipt": ("get", {}, PUBLIC, None),
    "receipt_status": ("get", {}, PUBLIC, None),
    "receipt_withdraw": ("get", {}, PUBLIC, None),
    # Youth reviewers only; staff roles are not youth reviewers.
    "youth_review": ("get", {}, set(), None),
}


def _our_url_names() -> set[str]:
    def walk(patterns):
        for pattern in patterns:
            if hasattr(pattern, "url_patterns"):
                yield from walk(pattern.url_patterns)
                continue
            callback = pattern.callback
            module = getattr(getattr(callback, "view_class", callback), "__module__", "")
            if module.startswith(("engage.", "cms.")):
                yield pattern.name

    return set(walk(get_resolver().url_patterns))


def test_every_view_of_ours_has_an_entry():
    missing = _our_url_names() - set(MATRIX)
    assert not missing, f"add these views to the access matrix: {sorted(missing)}"


@pytest.fixture
def scenario(consultation, organisation, other_organisation, staff, django_capture_on_commit_callbacks):
    from cms.questions import steps_of
    from engage.responses.services import AnswerInput, record_session, submit_response
    from engage.review.models import ThemeModelVersion
    from engage.safeguarding.models import SafeguardingAlert

    text = next(q for s in steps_of(consultation) for q in s.questions if q.is_free_text)
    original = "my stepdad hits me, ring me on 07700 900123"
    with django_capture_on_commit_callbacks(execute=True):
        response, _ = submit_response(
            consultation=consultation,
            organisation=organisation,
            answers=[AnswerInput(text.block_id, text.question_type, text.question, text=original, is_free_text=True)],
            idempotency_key="matrix",
        )
    answer = response.answers.get()
    answer.themed_at = answer.response.submitted_at  # as if the model had themed it, so it can be reviewed
    answer.save(update_fields=["themed_at"])
    alert = SafeguardingAlert.objects.get(answer=answer)
    users = {name: staff(role, organisation) for name, role in STAFF.items()}
    users |= {name: staff(role, other_organisation) for name, role in STRANGERS.items()}
    version = ThemeModelVersion.objects.create(version="matrix-test", path="/nonexistent")
    return {
        "users": users,
        "consultation": consultation.id,
        "consultation_title": consultation.title,
        "receipt_code": response.receipt_code,
        "session": record_session(
            consultation=consultation, organisation=organisation, held_on="2026-11-20", place="Hub"
        ).id,
        "alert": alert.id,
        "alert_marker": f"/admin/safeguarding/alerts/{alert.id}/",
        "flagged_answer": answer.id,
        "redacted_text": "ring me on [PHONE]",
        "original_text": "07700 900123",
        "model_version": version.id,
    }


def _refused(response, marker) -> bool:
    if response.status_code in (403, 404, 405):
        return True
    if response.status_code == 302:
        return (
            response["Location"].startswith(("/accounts/login/", "/admin/login/")) or response["Location"] == "/admin/"
        )
    return marker is not None and marker not in response.content.decode(errors="replace")


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_access(client, scenario, name):
    method, kwargs, allowed, marker_key = MATRIX[name]
    url = reverse(name, kwargs={k: scenario.get(v, v) for k, v in kwargs.items()})
    marker = scenario.get(marker_key) if marker_key else None
    for role in ROLES:
        client.logout()
        if role != "anonymous":
            client.force_login(scenario["users"][role])
        response = getattr(client, method)(url)
        if role in allowed:
            assert not _refused(response, marker), f"{role} should reach {name} ({response.status_code})"
        else:
            assert _refused(response, marker), f"{role} must not reach {name} ({response.status_code})"


def test_the_dashboard_shows_a_stranger_nothing_of_this_organisation(client, scenario):
    client.force_login(scenario["users"]["analyst"])
    assert scenario["consultation_title"] in client.get(reverse("indicators_dashboard")).content.decode()
    client.force_login(scenario["users"]["stranger_worker"])
    assert scenario["consultation_title"] not in client.get(reverse("indicators_dashboard")).content.decode()


def test_the_dashboard_download_gives_a_stranger_nothing_of_this_organisation(client, scenario):
    url = reverse("indicators_dashboard_download", kwargs={"fmt": "csv"})
    client.force_login(scenario["users"]["analyst"])
    ours = client.get(url).content.decode()
    client.force_login(scenario["users"]["stranger_worker"])
    theirs = client.get(url).content.decode()
    took_part = "Who took part,All young people who answered,Young people,"
    assert f"{took_part}fewer than 10" in ours  # this organisation's one response, suppressed
    assert f"{took_part}0" in theirs  # a stranger's download counts none of it
