"""Theme what young people wrote (free-text answers and "other, please say" text) with the nlp model and store what
it found."""

import logging

from django.db import transaction
from django.utils import timezone

import nlp
from engage.responses.models import Answer
from engage.themes.models import ThemeAssignment, ThemeSource

logger = logging.getLogger(__name__)


def current_model():
    """The model new answers are themed with: THEME_MODEL_DIR if set, else the model promoted in review (see
    engage.review.retraining), else nlp's default."""
    from engage.review.selectors import current_model_dir

    return nlp.load_model(current_model_dir())


def theme_answers(*, answer_ids: list[int], model=None) -> int:
    """Theme these answers (replacing earlier model themes). Returns how many answers were themed.

    If no model is installed yet the answers stay unthemed and `theme_missing_answers` picks them up later.
    """
    answers = list(Answer.objects.written().filter(id__in=answer_ids).order_by("id"))
    if not answers:
        return 0
    try:
        model = model or current_model()
    except nlp.ModelNotFound as error:
        logger.warning("Answers left unthemed: %s", error)
        return 0
    results = nlp.theme([a.text for a in answers], questions=[a.question_text for a in answers], model=model)
    now = timezone.now()
    assignments = [
        ThemeAssignment(
            answer=answer,
            slug=found["slug"],
            confidence=found["confidence"],
            evidence=found["evidence"],
            source=ThemeSource.MODEL,
            model_version=result["model"],
        )
        for answer, result in zip(answers, results, strict=True)
        for found in result["themes"]
    ]
    with transaction.atomic():
        ThemeAssignment.objects.filter(answer__in=answers, source=ThemeSource.MODEL).delete()
        ThemeAssignment.objects.bulk_create(assignments)
        versions = {result["model"] for result in results}
        Answer.objects.filter(id__in=[a.id for a in answers]).update(
            themed_at=now, theme_model=versions.pop() if len(versions) == 1 else ""
        )
    return len(answers)


def theme_missing_answers(*, batch_size: int = 1000, retheme: bool = False) -> int:
    """The sweep: theme every written answer not yet themed (or, with retheme, all of them) in batches."""
    queryset = Answer.objects.written().order_by("id")
    if not retheme:
        queryset = queryset.filter(themed_at__isnull=True)
    total = 0
    last_id = 0
    while True:
        ids = list(queryset.filter(id__gt=last_id).values_list("id", flat=True)[:batch_size])
        if not ids:
            return total
        themed = theme_answers(answer_ids=ids)
        if themed == 0:
            return total
        total += themed
        last_id = ids[-1]
