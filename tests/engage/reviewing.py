"""Make themed answers for the review tests without a model: the model's themes are written as it would."""

import itertools

from django.utils import timezone

from engage.themes.models import ThemeAssignment, ThemeSource
from tests.helpers import submit_free_text

_keys = itertools.count()


def themed_answer(consultation, text: str, themes: dict[str, float], evidence: dict[str, str] | None = None):
    """A free-text answer to `consultation` that the model gave `themes` ({slug: confidence})."""
    response = submit_free_text(consultation, text, f"review-{next(_keys)}")
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
