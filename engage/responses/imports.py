"""Import responses from a spreadsheet: checked row by row, stored all together or not at all.

Re-importing the same file stores nothing twice: each row's idempotency key comes from the file and the row.
"""

import hashlib
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from engage.areas.postcodes import postcode_district
from engage.responses.models import AgeBand, Channel
from engage.responses.services import AboutYou, AnswerInput, submit_response
from engage.responses.table import ABOUT_COLUMNS, LIST_SEPARATOR, META_COLUMNS, OTHER_PREFIX, question_columns
from engage.spreadsheets import read_table

AGE_BANDS = {**{v: v for v in AgeBand.values}, **{label.lower(): v for v, label in AgeBand.choices}}


@dataclass
class ImportReport:
    rows: int = 0
    stored: int = 0
    already_there: int = 0
    errors: list[str] = field(default_factory=list)


def _split(cell: str) -> list[str]:
    return [item.strip() for item in cell.split(LIST_SEPARATOR) if item.strip()]


def _match(option: str, options: list[str]) -> str | None:
    lowered = {o.lower(): o for o in options}
    return lowered.get(option.lower())


def _answer(question, cell: str) -> AnswerInput:
    """Parse one cell for one question, or raise ValueError with a plain reason."""
    kind = question.question_type
    value, text = None, ""
    if kind in {"short_text", "long_text"}:
        limit = question.max_length or 5000
        if len(cell) > limit:
            raise ValueError(f"is {len(cell)} characters long; the limit is {limit}")
        text = cell
    elif kind == "single_choice":
        value = _match(cell, question.options)
        if value is None:
            raise ValueError(f"'{cell[:40]}' is not one of: {', '.join(question.options)}")
    elif kind == "multiple_choice":
        value = []
        for item in _split(cell):
            if item.startswith(OTHER_PREFIX.strip()) and question.allow_other:
                text = item.split(":", 1)[1].strip() if ":" in item else ""
                continue
            chosen = _match(item, question.options)
            if chosen is None:
                raise ValueError(f"'{item[:40]}' is not one of: {', '.join(question.options)}")
            value.append(chosen)
    elif kind in {"scale", "faces"}:
        if cell not in {"1", "2", "3", "4", "5"}:
            raise ValueError(f"'{cell[:10]}' should be a number from 1 to 5")
        value = cell
    elif kind == "yes_no":
        value = {"yes": "Yes", "no": "No", "y": "Yes", "n": "No"}.get(cell.lower())
        if value is None:
            raise ValueError(f"'{cell[:10]}' should be Yes or No")
    elif kind == "ranking":
        value = [_match(item, question.options) for item in _split(cell)]
        if None in value or len(set(value)) != len(value):
            raise ValueError(f"should list each of {', '.join(question.options)} once, separated by ';'")
    else:
        raise ValueError(f"has a question type we cannot import ({kind})")
    return AnswerInput(
        question.block_id, kind, question.question, value=value, text=text, is_free_text=kind.endswith("_text")
    )


def _about(row) -> AboutYou:
    age = row.get("Age band", "")
    if age and age.lower() not in AGE_BANDS:
        raise ValueError(f"Age band '{age[:20]}' should be one of: {', '.join(label for _, label in AgeBand.choices)}")
    return AboutYou(
        age_band=AGE_BANDS.get(age.lower(), "") if age else "",
        postcode_district=postcode_district(row.get("Postcode district", "")),
        gender=row.get("Gender", "")[:40],
        ethnicity=row.get("Ethnicity", "")[:60],
        plus_groups=_split(row.get("PLUS groups", "")),
    )


def import_responses(*, consultation, organisation, questions, data: bytes, filename: str) -> ImportReport:
    """Check every row; if any is wrong, store nothing and say which rows and why."""
    report = ImportReport()
    try:
        frame = read_table(data, filename)
    except ValidationError as error:
        report.errors = list(error.messages)
        return report
    columns = question_columns(questions)
    unknown = [c for c in frame.columns if c not in columns and c not in ABOUT_COLUMNS and c not in META_COLUMNS]
    if unknown:
        report.errors.append(
            "These columns are not questions in this consultation: "
            + ", ".join(f"'{c[:60]}'" for c in unknown)
            + ". Download the responses to see the columns we expect."
        )
        return report
    digest = hashlib.sha256(data).hexdigest()[:20]
    parsed = []
    for index, row in enumerate(frame.to_dict("records")):
        number = index + 2  # row 1 is the headings, as a spreadsheet numbers them
        report.rows += 1
        answers, problems = [], []
        for heading, question in columns.items():
            cell = row.get(heading, "")
            if not cell:
                continue
            try:
                answers.append(_answer(question, cell))
            except ValueError as reason:
                problems.append(f"'{heading[:50]}' {reason}")
        try:
            about = _about(row)
        except (ValueError, ValidationError) as reason:
            problems.append(" ".join(getattr(reason, "messages", [str(reason)])))
            about = None
        submitted = parse_datetime(row.get("Submitted", "").replace(" ", "T")) if row.get("Submitted") else None
        if submitted is not None and timezone.is_naive(submitted):
            submitted = timezone.make_aware(submitted)
        if problems:
            report.errors.extend(f"Row {number}: {problem}" for problem in problems)
        elif answers:
            parsed.append((number, answers, about, submitted))
    if report.errors:
        return report
    with transaction.atomic():
        for number, answers, about, submitted in parsed:
            _, created = submit_response(
                consultation=consultation,
                organisation=organisation,
                answers=answers,
                about=about,
                idempotency_key=f"import-{digest}-{number}",
                channel=Channel.IMPORT,
                submitted_at=submitted,
            )
            report.stored += created
            report.already_there += not created
    return report
