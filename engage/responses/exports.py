"""Download a consultation's responses as CSV or XLSX, in the same shape the import reads."""

import pandas as pd
from django.utils import timezone

from engage.responses.table import ABOUT_COLUMNS, LIST_SEPARATOR, META_COLUMNS, OTHER_PREFIX, question_columns
from engage.spreadsheets import csv_bytes, xlsx_bytes


def _cell(question, answer, text_of) -> str:
    if answer is None:
        return ""
    if answer.is_free_text:
        return text_of(answer)
    value = answer.value
    if isinstance(value, list):
        items = [str(v) for v in value if v in getattr(question, "options", []) or question.question_type == "ranking"]
        if answer.text:
            items.append(OTHER_PREFIX + answer.text)
        return f"{LIST_SEPARATOR} ".join(items)
    return "" if value is None else str(value)


def _original(answer) -> str:
    return answer.text


def responses_frame(responses, questions, *, text_of=_original) -> pd.DataFrame:
    """One row per response (withdrawn ones are never included), columns in the consultation's order.

    `text_of(answer)` gives the free text to show: staff downloads pass the redacted text.
    """
    columns = question_columns(questions)
    records = []
    for response in responses.filter(withdrawn_at__isnull=True).prefetch_related("answers").select_related("session"):
        answers = {a.block_id: a for a in response.answers.all()}
        record = {
            "Receipt code": response.receipt_code,
            "Submitted": timezone.localtime(response.submitted_at).strftime("%Y-%m-%d %H:%M"),
            "Channel": response.get_channel_display(),
            "Session": str(response.session) if response.session else "",
        }
        for heading, question in columns.items():
            record[heading] = _cell(question, answers.get(question.block_id), text_of)
        for heading, field in ABOUT_COLUMNS.items():
            value = getattr(response, field)
            record[heading] = f"{LIST_SEPARATOR} ".join(value) if isinstance(value, list) else value
        records.append(record)
    return pd.DataFrame.from_records(records, columns=[*META_COLUMNS, *columns, *ABOUT_COLUMNS]).astype(object)


def export_responses(responses, questions, *, file_format: str, text_of=_original) -> tuple[bytes, str]:
    """(file bytes, content type). Cells a spreadsheet would run as formulas are made inert."""
    frame = responses_frame(responses, questions, text_of=text_of)
    if file_format == "xlsx":
        return xlsx_bytes({"Responses": frame}), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return csv_bytes(frame), "text/csv; charset=utf-8"
