"""The reviewed, redacted corpus as JSON Lines for `python -m nlp train`, and importing such a file."""

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.db.models import Q, QuerySet

from engage.responses.models import Answer
from engage.review.framework import theme_slugs
from engage.review.models import Settlement, TrainingExample
from engage.review.selectors import final_codes
from engage.review.text import training_text

MAX_IMPORT_BYTES = 10 * 1024 * 1024
MAX_ERRORS_SHOWN = 50


def export_lines(answers: QuerySet[Answer]) -> Iterator[str]:
    """One JSON line {"text", "themes", "question"} per answer with final human codes; text always redacted."""
    reviewed = answers.filter(
        Q(reviews__is_complete=True) | Q(id__in=Settlement.objects.values("answer_id")),
        response__withdrawn_at__isnull=True,
    ).distinct()
    ids = list(reviewed.order_by("id").values_list("id", flat=True))
    for start in range(0, len(ids), 500):
        batch = ids[start : start + 500]
        codes = final_codes(batch)
        for answer in Answer.objects.filter(id__in=batch).order_by("id"):
            if codes.get(answer.id) is None:
                continue
            row = {"text": training_text(answer), "themes": codes[answer.id], "question": answer.question_text}
            yield json.dumps(row, ensure_ascii=False) + "\n"


@dataclass
class ImportResult:
    added: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _check(line: str, known: set[str]) -> tuple[dict | None, str]:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as error:
        return None, f"not valid JSON ({error.msg})"
    if not isinstance(row, dict):
        return None, 'expected an object like {"text": ..., "themes": [...]}'
    text, themes, question = row.get("text"), row.get("themes", []), row.get("question") or ""
    if not isinstance(text, str) or not text.strip():
        return None, '"text" must be a non-empty string'
    if len(text) > settings.YOUTH_VOICE.get("MAX_TEXT_LENGTH", 5000):
        return None, '"text" is longer than an answer can be'
    if not isinstance(themes, list) or not all(isinstance(t, str) for t in themes):
        return None, '"themes" must be a list of theme slugs'
    unknown = sorted(set(themes) - known)
    if unknown:
        return None, f"unknown theme(s) {', '.join(unknown)}: add them to the framework first"
    if not isinstance(question, str) or len(question) > 500:
        return None, '"question" must be a string of at most 500 characters'
    return {"text": text, "themes": list(dict.fromkeys(themes)), "question": question}, ""


def import_lines(lines: Iterable[str], *, user=None, source_name: str = "") -> ImportResult:
    """Import labelled answers if every line is valid; otherwise import nothing and report the bad lines by number.

    Text is redacted again on the way in, so a file that still holds personal data never stores it.
    """
    from nlp.redaction import redact

    known = set(theme_slugs())
    result = ImportResult()
    rows = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        row, problem = _check(line, known)
        if problem:
            result.errors.append((number, problem))
        else:
            rows.append(row)
    if result.errors:
        return result
    with transaction.atomic():
        TrainingExample.objects.bulk_create(
            TrainingExample(
                text=redact(row["text"])["redacted"],
                themes=row["themes"],
                question=row["question"],
                source_name=source_name[:200],
                imported_by=user if user is not None and user.pk else None,
            )
            for row in rows
        )
    result.added = len(rows)
    return result


def decode_upload(data: bytes) -> list[str]:
    """The lines of an uploaded file; ValueError with a message a person can act on if it is not UTF-8 text."""
    if len(data) > MAX_IMPORT_BYTES:
        raise ValueError(f"The file is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB; split it and upload parts.")
    if b"\x00" in data[:4096]:
        raise ValueError("That is not a text file: upload JSON Lines (.jsonl).")
    try:
        return data.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError:
        raise ValueError("The file is not UTF-8 text: save it as UTF-8 JSON Lines and try again.") from None
