"""One response per row, one question per column: the shape of both downloads and uploads of responses.

Questions are passed in as plain objects (block_id, question_type, question, options, max_length, allow_other),
so engage never needs to know how a consultation page is built.
"""

OTHER_PREFIX = "Other: "
LIST_SEPARATOR = ";"
ABOUT_COLUMNS = {
    "Age band": "age_band",
    "Postcode district": "postcode_district",
    "Gender": "gender",
    "Ethnicity": "ethnicity",
    "PLUS groups": "plus_groups",
}
META_COLUMNS = ["Receipt code", "Submitted", "Channel", "Session"]


def question_columns(questions) -> dict[str, object]:
    """Column heading -> question. Two questions with the same words get a number to keep them apart."""
    columns: dict[str, object] = {}
    for question in questions:
        heading = question.question
        n = 2
        while heading in columns:
            heading = f"{question.question} ({n})"
            n += 1
        columns[heading] = question
    return columns
