"""Background work for safeguarding. Immediate in development; db_worker runs them in production.

django-tasks does not retry a failed task by itself, so `check_answers` queues its failures again after a pause
where the backend can defer (the database backend can). The sweep (`check_unchecked_answers`, run by
`manage.py check_answers`) is the last word: it also picks up answers whose worker died.
"""

from datetime import timedelta

from django.db.models import Min
from django.utils import timezone
from django_tasks import task

from engage.safeguarding import services
from engage.safeguarding.models import AnswerCheck

RETRY_AFTER_MINUTES = (1, 5, 15)


class AnswersNotChecked(Exception):
    """Some answers could not be checked; raised so the task is recorded as failed and someone looks."""


@task()
def check_answers(answer_ids: list[int]) -> dict:
    outcome = services.check_answers(answer_ids=answer_ids)
    if outcome["failed"]:
        _retry_later(outcome["failed"])
        raise AnswersNotChecked(f"Answers {outcome['failed']} were not checked; they will be tried again.")
    return outcome


def _retry_later(answer_ids: list[int]) -> bool:
    """Queue the answers again after a pause that grows with each try. Returns whether a retry was queued."""
    if not check_answers.get_backend().supports_defer:
        return False
    tries = AnswerCheck.objects.filter(answer_id__in=answer_ids).aggregate(n=Min("attempts"))["n"] or 1
    if tries > len(RETRY_AFTER_MINUTES):
        return False  # enough: the sweep keeps trying and reports the answers as stuck
    run_after = timezone.now() + timedelta(minutes=RETRY_AFTER_MINUTES[tries - 1])
    check_answers.using(run_after=run_after).enqueue(answer_ids)
    return True


@task()
def check_unchecked_answers() -> dict:
    outcome = services.check_unchecked_answers()
    if outcome["failed"]:
        raise AnswersNotChecked(f"Answers {outcome['failed']} were not checked; the sweep will try again.")
    return outcome


@task()
def escalate_overdue_alerts() -> int:
    return services.escalate_overdue_alerts()
