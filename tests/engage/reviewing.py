"""Make themed answers for the review tests without a model: the model's themes are written as it would."""

import itertools

from django.utils import timezone

from cms.questions import steps_of
from engage.responses.services import AnswerInput, submit_response
from engage.themes.models import ThemeAssignment, ThemeSource

_keys = itertools.count()


def themed_answer(consultation, text: str, themes: dict[str, float], evidence: dict[str, str] | None = None):
    """A free-text answer to `consultation` that the model gave `themes` ({slug: confidence})."""
    question = next(q for s in steps_of(consultation) for q in s.questions if q.is_free_text)
    response, _ = submit_response(
        consultation=consultation,
        organisation=consultation.get_parent().specific.organisation,
        answers=[
            AnswerInput(question.block_id, question.question_type, question.question, text=text, is_free_text=True)
        ],
        idempotency_key=f"review-{next(_keys)}",
    )
    answer = response.answers.get()
    for slug, confidence in themes.items():
        phrase = (evidence or {}).get(slug)
        spans = []
        if phrase and phrase in text:
            start = text.index(phrase)
            spans = [{"start": start, "end": start + len(phrase), "text": phrase}]
        ThemeAssignment.objects.create(
            answer=answer,
            slug=slug,
            confidence=confidence,
            evidence=spans,
            source=ThemeSource.MODEL,
            model_version="youth_voice_themes@test",
        )
    answer.themed_at = timezone.now()
    answer.theme_model = "youth_voice_themes@test"
    answer.save()
    return answer
