"""Find personal data in a young person's answer and replace each item by a placeholder such as `[PERSON]`.

>>> redact("text me on 07700 900123, josh")["redacted"]
'text me on [PHONE], [PERSON]'
"""

from nlp.redaction.names import find_people
from nlp.redaction.schools import find_schools
from nlp.redaction.structured import find_structured
from nlp.redaction.tokens import tokens

LABELS = (
    "PERSON",
    "EMAIL",
    "PHONE",
    "POSTCODE",
    "ADDRESS",
    "NHS_NUMBER",
    "NI_NUMBER",
    "SCHOOL",
    "HANDLE",
    "URL",
    "DATE_OF_BIRTH",
)
# When two findings overlap, the one whose label comes first wins; then the longer one.
PRIORITY = {
    label: rank
    for rank, label in enumerate(
        (
            "EMAIL",
            "URL",
            "HANDLE",
            "NHS_NUMBER",
            "NI_NUMBER",
            "PHONE",
            "DATE_OF_BIRTH",
            "POSTCODE",
            "ADDRESS",
            "SCHOOL",
            "PERSON",
        )
    )
}


def find_pii(text: str) -> list[dict]:
    """Every item of personal data in `text`, as `{"label", "start", "end"}` in text order, none overlapping."""
    toks = tokens(text)
    found = [*find_structured(text), *find_schools(text, toks), *find_people(text, toks)]
    found.sort(key=lambda s: (PRIORITY[s[0]], s[1] - s[2]))
    kept: list[tuple[str, int, int]] = []
    for label, start, end in found:
        if end > start and all(end <= s or start >= e for _, s, e in kept):
            kept.append((label, start, end))
    return [{"label": label, "start": start, "end": end} for label, start, end in sorted(kept, key=lambda s: s[1])]


def redact(text: str) -> dict:
    """`{"redacted": text with each item replaced by [LABEL], "pii": items with offsets into the original}`."""
    pii = find_pii(text)
    parts, at = [], 0
    for item in pii:
        parts += [text[at : item["start"]], f"[{item['label']}]"]
        at = item["end"]
    parts.append(text[at:])
    return {"redacted": "".join(parts), "pii": pii}


def register_cli(subparsers) -> None:
    """`python -m nlp redact INPUT -o OUTPUT`: one {"id", "redacted", "pii"} line per answer (called by nlp.cli)."""
    from nlp.rows import add_input_arguments, run_rows

    parser = subparsers.add_parser("redact", help="hide personal data in answers: CSV/JSON Lines in, JSON Lines out")
    add_input_arguments(parser)
    parser.set_defaults(
        handler=lambda args: run_rows(args, lambda rows: [redact(r.text) for r in rows], verb="redacted")
    )
