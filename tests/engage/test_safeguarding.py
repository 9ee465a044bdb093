"""The safeguarding workflow's services: check in the background, never drop an alert, only a person closes one."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.utils import timezone

from cms.questions import steps_of
from engage.organisations.models import Role
from engage.responses.models import Answer
from engage.responses.services import AnswerInput, submit_response, withdraw_response
from engage.safeguarding import services
from engage.safeguarding.models import AlertEvent, AlertState, AnswerCheck, OriginalTextAccess, SafeguardingAlert
from engage.safeguarding.selectors import NOT_YET_CHECKED, staff_text
from engage.safeguarding.services import (
    acknowledge_alert,
    action_alert,
    check_answer,
    check_unchecked_answers,
    close_alert_no_concern,
    escalate_overdue_alerts,
    needs_help_page,
    read_original_text,
)

DISCLOSURE = "my name is Josh Smith and my step dad hits me, text me on 07700 900123"
ORDINARY = "the youth club shut down and theres nothing to do"


def _submit(consultation, text, key="k1", *, choice=None):
    questions = [q for s in steps_of(consultation) for q in s.questions]
    free = next(q for q in questions if q.is_free_text)
    answers = [AnswerInput(free.block_id, free.question_type, free.question, text=text, is_free_text=True)]
    if choice is not None:
        other = next(q for q in questions if q.question_type == "multiple_choice")
        answers.append(AnswerInput(other.block_id, other.question_type, other.question, value=choice))
    response, _ = submit_response(
        consultation=consultation,
        organisation=consultation.get_parent().specific.organisation,
        answers=answers,
        idempotency_key=key,
    )
    return response


@pytest.fixture
def submit(consultation, django_capture_on_commit_callbacks):
    """Submit one answer as the site does, running what happens after the commit (the background check, emails)."""

    def _run(text, key="k1", **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            response = _submit(consultation, text, key, **kwargs)
        return response.answers.get(is_free_text=True)

    return _run


@pytest.fixture
def people(staff, organisation, other_organisation):
    return {
        "lead": staff(Role.SAFEGUARDING_LEAD, organisation, "lead@example.org"),
        "second_lead": staff(Role.SAFEGUARDING_LEAD, organisation, "deputy.lead@example.org"),
        "youth_worker": staff(Role.YOUTH_WORKER, organisation, "worker@example.org"),
        "analyst": staff(Role.ANALYST, organisation, "analyst@example.org"),
        "admin": staff(Role.ADMINISTRATOR, organisation, "admin@example.org"),
        "other_lead": staff(Role.SAFEGUARDING_LEAD, other_organisation, "lead@elsewhere.example.org"),
        "other_admin": staff(Role.ADMINISTRATOR, other_organisation, "admin@elsewhere.example.org"),
    }


# ---- Checking ----


def test_a_stored_answer_is_redacted_and_checked_in_the_background(submit):
    answer = submit(DISCLOSURE)
    check = answer.safeguarding_check
    assert check.checked_at is not None and check.attempts == 1
    assert check.redacted_text == "my name is [PERSON] and my step dad hits me, text me on [PHONE]"
    assert {p["label"] for p in check.pii} == {"PERSON", "PHONE"}
    assert all(set(p) == {"label", "start", "end"} for p in check.pii)  # offsets, never the personal data itself
    assert check.flag and "abuse" in check.categories and 0 < check.score <= 1
    assert all(set(e) == {"start", "end"} for e in check.evidence)
    assert "hits me" in answer.text[check.evidence[0]["start"] : check.evidence[0]["end"]]


def test_staff_text_is_the_redacted_text_never_the_original(submit, consultation):
    answer = submit(DISCLOSURE)
    shown = staff_text(answer)
    assert "[PERSON]" in shown and "[PHONE]" in shown
    assert "Josh" not in shown and "07700" not in shown


def test_an_answer_not_yet_checked_shows_no_text_to_staff(consultation):
    response = _submit(consultation, DISCLOSURE, choice=["Sport"])  # the commit never runs: no background check
    answer = response.answers.get(is_free_text=True)
    assert staff_text(answer) == NOT_YET_CHECKED
    assert staff_text(response.answers.get(is_free_text=False)) == "Sport"  # choices are not free text


def test_the_sweep_checks_what_the_background_missed_and_only_once(consultation):
    _submit(consultation, DISCLOSURE, "a")
    _submit(consultation, ORDINARY, "b")
    assert not AnswerCheck.objects.exists()
    assert check_unchecked_answers()["checked"] == 2
    assert AnswerCheck.objects.filter(checked_at__isnull=False).count() == 2
    assert SafeguardingAlert.objects.count() == 1
    assert check_unchecked_answers() == {"checked": 0, "failed": [], "stuck": []}


def test_checking_an_answer_twice_never_opens_two_alerts(submit):
    answer = submit(DISCLOSURE)
    again = check_answer(answer_id=answer.id)
    assert again.pk == answer.safeguarding_check.pk and again.attempts == 1
    alert = services.open_alert(answer=answer, categories=["abuse"], score=0.9, evidence=[])
    assert SafeguardingAlert.objects.filter(answer=answer).count() == 1
    assert alert.pk == answer.safeguarding_alert.pk
    with pytest.raises(IntegrityError), transaction.atomic():
        SafeguardingAlert.objects.create(answer=answer, response=answer.response, organisation_id=alert.organisation_id)


class WorkerDied(BaseException):
    """Stands for the worker process being killed: not an error the code could catch and carry on from."""


def test_a_worker_dying_mid_batch_leaves_nothing_unchecked_and_nothing_checked_twice(
    consultation, monkeypatch, people, django_capture_on_commit_callbacks
):
    texts = [DISCLOSURE, ORDINARY, "i want to kill myself", ORDINARY + " 2", "i cut myself every night", "more buses"]
    for n, text in enumerate(texts):
        _submit(consultation, text, f"k{n}")
    ids = list(Answer.objects.order_by("id").values_list("id", flat=True))
    real_check = services.safeguarding_check
    calls = []

    def dies_on_the_fourth(text):
        calls.append(text)
        if len(calls) == 4:
            raise WorkerDied
        return real_check(text)

    monkeypatch.setattr(services, "safeguarding_check", dies_on_the_fourth)
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(WorkerDied):
        services.check_answers(answer_ids=ids)
    assert AnswerCheck.objects.filter(checked_at__isnull=False).count() == 3
    dying = AnswerCheck.objects.get(answer_id=ids[3])
    assert dying.checked_at is None and dying.attempts == 1  # the attempt left a trace

    with django_capture_on_commit_callbacks(execute=True):
        assert check_unchecked_answers()["checked"] == 3
    assert calls == [*texts[:4], *texts[3:]]  # each answer completed once; only the one that died was tried again
    assert AnswerCheck.objects.filter(checked_at__isnull=False).count() == len(texts)
    flagged = set(AnswerCheck.objects.filter(flag=True).values_list("answer_id", flat=True))
    assert flagged == {ids[0], ids[2], ids[4]}
    assert set(SafeguardingAlert.objects.values_list("answer_id", flat=True)) == flagged
    assert SafeguardingAlert.objects.count() == 3 and AlertEvent.objects.count() == 3
    assert len(mail.outbox) == 3 * 2  # each alert told both leads, once
    assert check_unchecked_answers()["checked"] == 0


def test_a_failing_task_is_recorded_as_failed_and_the_sweep_retries_it(consultation, monkeypatch):
    from django_tasks.base import TaskResultStatus

    from engage.safeguarding.tasks import check_answers

    _submit(consultation, ORDINARY, "a")
    _submit(consultation, DISCLOSURE, "b")
    ids = list(Answer.objects.order_by("id").values_list("id", flat=True))
    real_redact = services.redact

    def fails_on_the_disclosure(text):
        if text == DISCLOSURE:
            raise RuntimeError("model crashed")
        return real_redact(text)

    monkeypatch.setattr(services, "redact", fails_on_the_disclosure)
    result = check_answers.enqueue(ids)
    assert result.status == TaskResultStatus.FAILED  # visible to operators, not swallowed
    assert AnswerCheck.objects.get(answer_id=ids[0]).checked_at is not None  # the rest were still checked
    assert not SafeguardingAlert.objects.exists()

    outcome = check_unchecked_answers()
    assert outcome["failed"] == [ids[1]]
    assert outcome["stuck"] == []  # two tries so far
    check_unchecked_answers()
    assert check_unchecked_answers()["stuck"] == [ids[1]]  # reported loudly after three

    monkeypatch.setattr(services, "redact", real_redact)
    assert check_unchecked_answers()["checked"] == 1
    assert SafeguardingAlert.objects.filter(answer_id=ids[1]).count() == 1


def test_the_check_answers_command_sweeps_and_fails_loudly_when_something_is_left(consultation, monkeypatch):
    from io import StringIO

    from django.core.management.base import CommandError

    _submit(consultation, ORDINARY, "a")
    monkeypatch.setattr(services, "redact", lambda text: 1 / 0)
    with pytest.raises(CommandError, match="failed"):
        call_command("check_answers", stdout=StringIO())
    monkeypatch.undo()
    out = StringIO()
    call_command("check_answers", stdout=out)
    assert "Checked 1 answer" in out.getvalue()


# ---- Alerts and emails ----


def test_a_flag_opens_an_alert_and_emails_the_forums_leads_and_nobody_else(submit, people, organisation):
    answer = submit(DISCLOSURE)
    alert = answer.safeguarding_alert
    assert alert.state == AlertState.NEW and alert.organisation == organisation and alert.response == answer.response
    assert alert.notified_at is not None
    assert sorted(to for message in mail.outbox for to in message.to) == ["deputy.lead@example.org", "lead@example.org"]
    assert all(len(message.to) == 1 and not message.cc and not message.bcc for message in mail.outbox)
    body = mail.outbox[0].body
    assert f"http://127.0.0.1:8000/admin/safeguarding/alerts/{alert.pk}/" in body
    for secret in ("Josh", "07700", "step dad", "hits", answer.response.receipt_code, "abuse"):
        assert secret not in body and secret not in mail.outbox[0].subject
    assert alert.events.get().note == "Opened by the safeguarding check."


def test_an_ordinary_answer_opens_no_alert_and_sends_no_email(submit, people):
    answer = submit(ORDINARY)
    assert answer.safeguarding_check.flag is False
    assert not SafeguardingAlert.objects.exists() and mail.outbox == []


def test_with_no_lead_the_administrators_are_told_at_once(submit, staff, organisation):
    staff(Role.ADMINISTRATOR, organisation, "admin@example.org")
    submit(DISCLOSURE)
    assert [m.to for m in mail.outbox] == [["admin@example.org"]]


def test_an_email_that_failed_is_sent_again_by_the_escalation_sweep(submit, people, monkeypatch, settings):
    from engage.safeguarding import notifications

    def mail_down(**kwargs):
        raise ConnectionRefusedError("SMTP down")

    monkeypatch.setattr(notifications, "notify_safeguarding_leads", mail_down)
    answer = submit(DISCLOSURE)  # the check still stores the alert
    alert = answer.safeguarding_alert
    assert alert.notified_at is None and mail.outbox == []
    monkeypatch.undo()
    settings.YOUTH_VOICE = {**settings.YOUTH_VOICE, "ALERT_ESCALATE_AFTER_MINUTES": 60}
    escalate_overdue_alerts(now=alert.created_at + timedelta(minutes=10))
    assert sorted(m.to[0] for m in mail.outbox) == ["deputy.lead@example.org", "lead@example.org"]
    alert.refresh_from_db()
    assert alert.notified_at is not None
    escalate_overdue_alerts(now=alert.created_at + timedelta(minutes=20))
    assert len(mail.outbox) == 2  # not again


def test_changing_an_alert_needs_a_note_and_the_right_person(submit, people):
    alert = submit(DISCLOSURE).safeguarding_alert
    with pytest.raises(ValidationError, match="Write a note"):
        acknowledge_alert(alert=alert, user=people["lead"], note="  ")
    for who in ("youth_worker", "analyst", "other_lead", "other_admin"):
        with pytest.raises(ValidationError, match="Only a safeguarding lead or an administrator of Test Trust"):
            acknowledge_alert(alert=alert, user=people[who], note="looking")
    alert.refresh_from_db()
    assert alert.state == AlertState.NEW and alert.events.count() == 1

    acknowledge_alert(alert=alert, user=people["lead"], note="Reading it now")
    action_alert(alert=alert, user=people["admin"], note="Referred to the forum's designated safeguarding officer")
    alert.refresh_from_db()
    assert alert.state == AlertState.ACTIONED
    history = [(e.user_email, e.from_state, e.to_state, e.note) for e in alert.events.all()]
    assert history[1:] == [
        ("lead@example.org", "new", "acknowledged", "Reading it now"),
        ("admin@example.org", "acknowledged", "actioned", "Referred to the forum's designated safeguarding officer"),
    ]
    with pytest.raises(ValidationError, match="is actioned, so it cannot be marked closed: no concern"):
        close_alert_no_concern(alert=alert, user=people["lead"], note="changed my mind")


def test_nothing_but_a_person_closes_an_alert(submit, people):
    answer = submit(DISCLOSURE)
    alert = answer.safeguarding_alert
    check_answer(answer_id=answer.id)
    check_unchecked_answers()
    escalate_overdue_alerts(now=timezone.now() + timedelta(days=30))
    escalate_overdue_alerts(now=timezone.now() + timedelta(days=60))
    alert.refresh_from_db()
    assert alert.state == AlertState.NEW
    close_alert_no_concern(alert=alert, user=people["second_lead"], note="A song lyric, checked with the youth worker")
    alert.refresh_from_db()
    assert alert.state == AlertState.NO_CONCERN and not alert.is_open


def test_a_withdrawn_answer_keeps_its_alert_and_history(submit, people):
    answer = submit(DISCLOSURE)
    alert = answer.safeguarding_alert
    withdraw_response(response=answer.response)
    alert.refresh_from_db()
    assert alert.answer is None and alert.state == AlertState.NEW and alert.events.count() == 1
    acknowledge_alert(alert=alert, user=people["lead"], note="Withdrawn, still following up")


# ---- Escalation ----


def test_escalation_emails_only_the_organisations_administrators(
    submit, people, settings, django_capture_on_commit_callbacks
):
    settings.YOUTH_VOICE = {**settings.YOUTH_VOICE, "ALERT_ESCALATE_AFTER_MINUTES": 30}
    alert = submit(DISCLOSURE).safeguarding_alert
    mail.outbox.clear()
    opened = alert.created_at

    with django_capture_on_commit_callbacks(execute=True):
        assert escalate_overdue_alerts(now=opened + timedelta(minutes=29)) == 0
    assert mail.outbox == []

    at = opened + timedelta(minutes=31)
    with django_capture_on_commit_callbacks(execute=True):
        assert escalate_overdue_alerts(now=at) == 1
    assert [m.to for m in mail.outbox] == [["admin@example.org"]]
    assert f"/admin/safeguarding/alerts/{alert.pk}/" in mail.outbox[0].body and "Josh" not in mail.outbox[0].body
    alert.refresh_from_db()
    assert alert.escalated_at == at and alert.state == AlertState.NEW
    event = alert.events.last()
    assert (event.from_state, event.to_state, event.user) == ("new", "new", None)
    assert "escalated" in event.note

    with django_capture_on_commit_callbacks(execute=True):
        assert escalate_overdue_alerts(now=at + timedelta(hours=5)) == 0
    assert len(mail.outbox) == 1
    alert.refresh_from_db()
    assert alert.escalated_at == at


def test_an_acknowledged_alert_does_not_escalate(submit, people, django_capture_on_commit_callbacks):
    alert = submit(DISCLOSURE).safeguarding_alert
    acknowledge_alert(alert=alert, user=people["lead"], note="On it")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert escalate_overdue_alerts(now=alert.created_at + timedelta(days=1)) == 0
    assert mail.outbox == []


def test_the_escalation_uses_sixty_minutes_unless_told_otherwise(submit, people, settings):
    settings.YOUTH_VOICE = {k: v for k, v in settings.YOUTH_VOICE.items() if k != "ALERT_ESCALATE_AFTER_MINUTES"}
    alert = submit(DISCLOSURE).safeguarding_alert
    assert escalate_overdue_alerts(now=alert.created_at + timedelta(minutes=59)) == 0
    assert escalate_overdue_alerts(now=alert.created_at + timedelta(minutes=60)) == 1


def test_the_escalate_alerts_command_runs_the_escalation(submit, people, settings):
    from io import StringIO

    settings.YOUTH_VOICE = {**settings.YOUTH_VOICE, "ALERT_ESCALATE_AFTER_MINUTES": 0}
    alert = submit(DISCLOSURE).safeguarding_alert
    out = StringIO()
    call_command("escalate_alerts", stdout=out)
    assert "Escalated 1 alert" in out.getvalue()
    alert.refresh_from_db()
    assert alert.escalated_at is not None


# ---- Reading the original ----


def test_only_the_forums_safeguarding_lead_reads_the_original_and_each_reading_is_logged(submit, people):
    answer = submit(DISCLOSURE)
    assert read_original_text(user=people["lead"], answer=answer, note="to decide on a referral") == DISCLOSURE
    assert read_original_text(user=people["second_lead"], answer=answer) == DISCLOSURE
    log = list(OriginalTextAccess.objects.order_by("id").values_list("user_email", "answer_id", "note"))
    assert log == [
        ("lead@example.org", answer.id, "to decide on a referral"),
        ("deputy.lead@example.org", answer.id, ""),
    ]

    for who in ("youth_worker", "analyst", "admin", "other_lead", "other_admin"):
        with pytest.raises(PermissionDenied):
            read_original_text(user=people[who], answer=answer)
    assert OriginalTextAccess.objects.count() == 2


def test_a_superuser_is_not_a_safeguarding_lead(submit, django_user_model):
    answer = submit(DISCLOSURE)
    boss = django_user_model.objects.create_superuser("root", "root@example.org", "correct-horse-battery")
    with pytest.raises(PermissionDenied):
        read_original_text(user=boss, answer=answer)


# ---- The help page on submit ----


def test_the_help_page_is_shown_for_a_disclosure_and_not_for_ordinary_answers(monkeypatch):
    assert needs_help_page([ORDINARY, "i want to kill myself"]) is True
    assert needs_help_page([ORDINARY, "", "more buses"]) is False
    assert needs_help_page([]) is False

    def broken(text):
        raise RuntimeError("rules failed to load")

    monkeypatch.setattr(services, "safeguarding_check", broken)
    assert needs_help_page([ORDINARY]) is True  # when in doubt, show where to get help


def test_the_get_help_now_page_is_calm_and_says_where_to_go(rf):
    from django.contrib.auth.models import AnonymousUser
    from django.template.loader import render_to_string

    request = rf.get("/")
    request.user = AnonymousUser()
    html = render_to_string("safeguarding/get_help_now.html", request=request)
    for must in ("Childline", "0800 1111", "85258", "999", "111", "Leave this site quickly"):
        assert must in html


def test_demo_alerts_fill_the_queue_but_nobodys_inbox(consultation, people, django_capture_on_commit_callbacks):
    question = next(q for s in steps_of(consultation) for q in s.questions if q.is_free_text)
    with django_capture_on_commit_callbacks(execute=True):
        submit_response(
            consultation=consultation,
            organisation=consultation.get_parent().specific.organisation,
            answers=[AnswerInput(question.block_id, question.question_type, question.question, text=DISCLOSURE)],
            idempotency_key="demo",
            is_synthetic=True,
        )
    assert SafeguardingAlert.objects.count() == 1 and mail.outbox == []


def test_a_failed_check_is_queued_again_after_a_pause_where_the_backend_can_defer(consultation, monkeypatch, settings):
    from engage.safeguarding import tasks

    _submit(consultation, DISCLOSURE, "a")
    answer_id = Answer.objects.get().id
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    monkeypatch.setattr(services, "redact", lambda text: 1 / 0)
    backend = tasks.check_answers.get_backend()
    for tries in (1, 2, 3, 4):
        with pytest.raises(tasks.AnswersNotChecked):
            tasks.check_answers.call([answer_id])
        assert AnswerCheck.objects.get(answer_id=answer_id).attempts == tries
    queued = backend.results
    assert [r.args for r in queued] == [[[answer_id]]] * 3  # three retries, then only the sweep
    pauses = [r.task.run_after - queued[0].task.run_after for r in queued]
    assert pauses[1] > timedelta(minutes=3) and pauses[2] > timedelta(minutes=13)


def test_the_sweep_and_the_escalation_run_as_tasks_too(consultation, people, settings):
    from django_tasks.base import TaskResultStatus

    from engage.safeguarding import tasks

    settings.YOUTH_VOICE = {**settings.YOUTH_VOICE, "ALERT_ESCALATE_AFTER_MINUTES": 0}
    _submit(consultation, DISCLOSURE, "a")
    swept = tasks.check_unchecked_answers.enqueue()
    assert swept.status == TaskResultStatus.SUCCESSFUL and swept.return_value["checked"] == 1
    escalated = tasks.escalate_overdue_alerts.enqueue()
    assert escalated.status == TaskResultStatus.SUCCESSFUL and escalated.return_value == 1
