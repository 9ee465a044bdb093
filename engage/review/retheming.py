"""Bulk re-theme: run the current model again over one consultation's answers or all of a user's, in the background,
recording progress for the admin page."""

import logging

from django.db import transaction
from django.utils import timezone

from engage.responses.models import Answer
from engage.review.models import RethemeRun
from engage.review.selectors import review_organisations

logger = logging.getLogger(__name__)
BATCH_SIZE = 200


def answers_to_retheme(run: RethemeRun):
    answers = Answer.objects.written().filter(
        response__organisation__in=review_organisations(run.started_by),
        response__withdrawn_at__isnull=True,
    )
    if run.consultation_id:
        answers = answers.filter(response__consultation_id=run.consultation_id)
    return answers.order_by("id")


@transaction.atomic
def start_retheme(*, user, consultation=None) -> RethemeRun:
    from engage.review.tasks import retheme

    run = RethemeRun.objects.create(consultation=consultation, started_by=user)
    run.total = answers_to_retheme(run).count()
    run.save(update_fields=["total"])
    transaction.on_commit(lambda: retheme.enqueue(run.id))
    return run


def run_retheme(*, run_id: int, batch_size: int = BATCH_SIZE) -> RethemeRun:
    """Theme the run's answers batch by batch, saving progress after each batch."""
    from engage.themes.services import theme_answers

    run = RethemeRun.objects.get(id=run_id)
    ids = list(answers_to_retheme(run).values_list("id", flat=True))
    run.status, run.total, run.done = RethemeRun.Status.RUNNING, len(ids), 0
    run.save(update_fields=["status", "total", "done"])
    try:
        for start in range(0, len(ids), batch_size):
            batch = ids[start : start + batch_size]
            theme_answers(answer_ids=batch)
            run.done += len(batch)
            run.save(update_fields=["done"])
    except Exception as error:
        logger.exception("Re-theme %s failed", run.id)
        run.status, run.error = RethemeRun.Status.FAILED, f"{type(error).__name__}: {error}"
    else:
        run.status = RethemeRun.Status.DONE
    run.finished_at = timezone.now()
    run.save(update_fields=["status", "error", "finished_at"])
    return run
