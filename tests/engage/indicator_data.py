"""Make responses with themes directly, so indicator tests show only the counts that matter to them."""

import itertools
from datetime import datetime, timedelta

from django.utils import timezone

from engage.areas.models import Area
from engage.responses.models import Answer, Response
from engage.safeguarding.models import AnswerCheck
from engage.themes.models import ThemeAssignment, ThemeSource

_serial = itertools.count(1)


def make_responses(
    consultation,
    organisation,
    count: int,
    *,
    lsoa: str = "E01990005",
    themes: tuple[str, ...] = (),
    reviewed: tuple[str, ...] = (),
    age_band: str = "13_15",
    plus_groups: tuple[str, ...] = (),
    text: str = "there is nothing to do round here",
    submitted_at: datetime | None = None,
    withdrawn: bool = False,
    redacted: str | None = None,
    flagged: bool = False,
) -> list[Response]:
    """`count` responses from one LSOA, each with one free-text answer themed by the model with `themes` and by a
    reviewer with `reviewed`; `redacted` records a finished safeguarding check with that redacted text."""
    area = Area.objects.get(code=lsoa) if lsoa else None
    made = []
    for _ in range(count):
        n = next(_serial)
        response = Response.objects.create(
            consultation=consultation,
            organisation=organisation,
            idempotency_key=f"test-{n}",
            receipt_code=f"T{n:03d}-{n:04d}"[:9],
            submitted_at=submitted_at or timezone.now() - timedelta(days=1),
            age_band=age_band,
            area=area,
            plus_groups=list(plus_groups),
            withdrawn_at=timezone.now() if withdrawn else None,
            is_synthetic=True,
        )
        answer = Answer.objects.create(
            response=response,
            block_id="q1",
            question_type="long_text",
            question_text="What would help?",
            text=text,
            is_free_text=True,
        )
        ThemeAssignment.objects.bulk_create(
            [ThemeAssignment(answer=answer, slug=slug, confidence=0.9) for slug in themes]
            + [ThemeAssignment(answer=answer, slug=slug, source=ThemeSource.REVIEWER) for slug in reviewed]
        )
        if redacted is not None:
            AnswerCheck.objects.create(answer=answer, redacted_text=redacted, checked_at=timezone.now(), flag=flagged)
        made.append(response)
    return made
