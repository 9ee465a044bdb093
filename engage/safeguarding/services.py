"""Check answers, open alerts and move them on. Each service is one transaction and validates its input.

Checking is idempotent: an answer is checked once however often it is asked for, and never opens two alerts.
"""

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from engage.responses.models import Answer
from engage.safeguarding import notifications
from engage.safeguarding.models import AlertEvent, AlertState, AnswerCheck, OriginalTextAccess, SafeguardingAlert
from engage.safeguarding.selectors import may_handle_alert, may_read_original, unchecked_answers
from nlp.redaction import redact
from nlp.safeguarding import check as safeguarding_check

logger = logging.getLogger(__name__)

# An answer whose check has failed this often is reported as stuck each time the sweep runs.
STUCK_AFTER_ATTEMPTS = 3


# ---- Checking ----


def check_answer(*, answer_id: int) -> AnswerCheck | None:
    """Redact and check one answer and open an alert if it is flagged. Returns the check (None: nothing to check).

    The attempt is counted in its own transaction first, so a check that dies part way leaves a trace; the result
    is stored under a row lock, so two workers checking the same answer store it once.
    """
    with transaction.atomic():
        answer = Answer.objects.filter(id=answer_id).exclude(text="").first()
        if answer is None:
            return None
        answer_check, _ = AnswerCheck.objects.get_or_create(answer=answer)
        if answer_check.checked_at is not None:
            return answer_check
        AnswerCheck.objects.filter(pk=answer_check.pk).update(attempts=F("attempts") + 1)

    with transaction.atomic():
        answer_check = (
            AnswerCheck.objects.select_for_update(of=("self",))
            .select_related("answer__response")
            .filter(pk=answer_check.pk)
            .first()
        )
        if answer_check is None:  # the young person withdrew the answer meanwhile
            return None
        if answer_check.checked_at is not None:
            return answer_check
        text = answer_check.answer.text
        redaction = redact(text)
        result = safeguarding_check(text)
        answer_check.redacted_text = redaction["redacted"]
        answer_check.pii = [{"label": p["label"], "start": p["start"], "end": p["end"]} for p in redaction["pii"]]
        answer_check.flag = bool(result["flag"])
        answer_check.categories = list(result["categories"])
        answer_check.score = float(result["score"])
        answer_check.evidence = [{"start": e["start"], "end": e["end"]} for e in result["evidence"]]
        answer_check.checked_at = timezone.now()
        answer_check.save()
        if answer_check.flag:
            open_alert(
                answer=answer_check.answer,
                categories=answer_check.categories,
                score=answer_check.score,
                evidence=answer_check.evidence,
            )
    return answer_check


def check_answers(*, answer_ids: list[int]) -> dict:
    """Check each answer on its own, so one failure never stops the rest. Returns `{"checked", "failed"}` (ids)."""
    checked, failed = 0, []
    for answer_id in answer_ids:
        try:
            if check_answer(answer_id=answer_id) is not None:
                checked += 1
        except Exception:
            logger.exception("Safeguarding check of answer %s failed; the sweep will try again", answer_id)
            failed.append(answer_id)
    return {"checked": checked, "failed": failed}


def check_unchecked_answers(*, batch_size: int = 200) -> dict:
    """The sweep: check every answer without a complete check, in batches. Returns `{"checked", "failed", "stuck"}`.

    Run it often (the README says how); it is what retries checks whose task failed or whose worker died.
    """
    checked, failed = 0, []
    last_id = 0
    while True:
        ids = list(unchecked_answers().filter(id__gt=last_id).values_list("id", flat=True)[:batch_size])
        if not ids:
            break
        outcome = check_answers(answer_ids=ids)
        checked += outcome["checked"]
        failed += outcome["failed"]
        last_id = ids[-1]
    stuck = list(
        unchecked_answers().filter(safeguarding_check__attempts__gte=STUCK_AFTER_ATTEMPTS).values_list("id", flat=True)
    )
    if stuck:
        logger.error("Answers %s could not be checked after %s tries: look at the log", stuck, STUCK_AFTER_ATTEMPTS)
    return {"checked": checked, "failed": failed, "stuck": stuck}


def needs_help_page(texts: list[str]) -> bool:
    """Whether a young person who has just written `texts` should see where to get help now. Fast: rule-based.

    For the thank-you page; the stored answers are still checked in the background. If the check itself fails,
    the help page is shown: showing it needlessly is far better than not showing it.
    """
    try:
        return any(safeguarding_check(text)["flag"] for text in texts if text and text.strip())
    except Exception:
        logger.exception("Safeguarding pre-check failed; showing the help page")
        return True


# ---- Alerts ----


def open_alert(*, answer: Answer, categories: list[str], score: float, evidence: list[dict]) -> SafeguardingAlert:
    """Open the alert for a flagged answer (or return the one already open) and email the leads once stored."""
    with transaction.atomic():
        alert, created = SafeguardingAlert.objects.get_or_create(
            answer=answer,
            defaults={
                "response": answer.response,
                "organisation_id": answer.response.organisation_id,
                "categories": categories,
                "score": score,
                "evidence": evidence,
            },
        )
        if created:
            AlertEvent.objects.create(alert=alert, to_state=AlertState.NEW, note="Opened by the safeguarding check.")
            notifications.after_commit(notifications.notify_safeguarding_leads, alert_id=alert.pk)
    return alert


def _move_alert(*, alert: SafeguardingAlert, user, note: str, to_state: str, allowed_from: set[str]):
    note = (note or "").strip()
    with transaction.atomic():
        alert = (
            SafeguardingAlert.objects.select_for_update(of=("self",)).select_related("organisation").get(pk=alert.pk)
        )
        if not may_handle_alert(user, alert):
            raise ValidationError(
                f"Only a safeguarding lead or an administrator of {alert.organisation} can change this alert."
            )
        if not note:
            raise ValidationError({"note": "Write a note saying what you did or decided; it stays in the history."})
        if alert.state not in allowed_from:
            raise ValidationError(
                f"This alert is {alert.get_state_display().lower()}, so it cannot be marked "
                f"{AlertState(to_state).label.lower()}."
            )
        AlertEvent.objects.create(
            alert=alert, user=user, user_email=user.email, from_state=alert.state, to_state=to_state, note=note
        )
        alert.state = to_state
        alert.save(update_fields=["state"])
    return alert


def acknowledge_alert(*, alert: SafeguardingAlert, user, note: str) -> SafeguardingAlert:
    """A lead has seen the alert and is dealing with it; this stops it escalating."""
    return _move_alert(alert=alert, user=user, note=note, to_state=AlertState.ACKNOWLEDGED, allowed_from={"new"})


def action_alert(*, alert: SafeguardingAlert, user, note: str) -> SafeguardingAlert:
    """The concern was acted on (the note says how). Closes the alert."""
    return _move_alert(
        alert=alert, user=user, note=note, to_state=AlertState.ACTIONED, allowed_from={"new", "acknowledged"}
    )


def close_alert_no_concern(*, alert: SafeguardingAlert, user, note: str) -> SafeguardingAlert:
    """A person judged there is no concern (the note says why). Closes the alert."""
    return _move_alert(
        alert=alert, user=user, note=note, to_state=AlertState.NO_CONCERN, allowed_from={"new", "acknowledged"}
    )


MOVES = {
    AlertState.ACKNOWLEDGED: acknowledge_alert,
    AlertState.ACTIONED: action_alert,
    AlertState.NO_CONCERN: close_alert_no_concern,
}


def escalate_overdue_alerts(*, now: datetime | None = None) -> int:
    """Tell the administrators about alerts still new after ALERT_ESCALATE_AFTER_MINUTES. Each escalates once.

    Also resends lead emails that failed earlier. Returns how many alerts were escalated.
    """
    now = now or timezone.now()
    minutes = settings.YOUTH_VOICE.get("ALERT_ESCALATE_AFTER_MINUTES", 60)
    overdue = SafeguardingAlert.objects.filter(
        state=AlertState.NEW, escalated_at__isnull=True, created_at__lte=now - timedelta(minutes=minutes)
    )
    escalated = 0
    for alert_id in overdue.values_list("id", flat=True):
        with transaction.atomic():
            alert = overdue.select_for_update().filter(pk=alert_id).first()
            if alert is None:  # acknowledged or escalated meanwhile
                continue
            alert.escalated_at = now
            alert.save(update_fields=["escalated_at"])
            AlertEvent.objects.create(
                alert=alert,
                at=now,
                from_state=AlertState.NEW,
                to_state=AlertState.NEW,
                note=f"Still new after {minutes} minutes: escalated to the organisation's administrators.",
            )
            notifications.after_commit(notifications.notify_administrators, alert_id=alert.pk)
        escalated += 1
    resend_unsent_alert_emails(now=now)
    return escalated


def resend_unsent_alert_emails(*, now: datetime | None = None) -> int:
    """Email the leads about alerts whose first email never went (mail down, no lead yet). Returns how many tried."""
    now = now or timezone.now()
    unsent = SafeguardingAlert.objects.filter(notified_at__isnull=True, created_at__lte=now - timedelta(minutes=5))
    tried = 0
    for alert_id in unsent.values_list("id", flat=True):
        try:
            notifications.notify_safeguarding_leads(alert_id=alert_id)
        except Exception:
            logger.exception("Could not email the safeguarding leads about alert %s; will try again", alert_id)
        tried += 1
    return tried


# ---- Reading the original ----


def read_original_text(*, user, answer: Answer, note: str = "") -> str:
    """What the young person actually wrote, for the forum's safeguarding lead only. Every reading is logged."""
    if not may_read_original(user, answer):
        raise PermissionDenied("Only the safeguarding lead of the organisation running this forum may read this.")
    with transaction.atomic():
        OriginalTextAccess.objects.create(
            user=user, user_email=user.email, answer=answer, response_id=answer.response_id, note=(note or "").strip()
        )
    return answer.text
