"""What reviewers read: an answer's redacted text, with the model's evidence highlighted safely."""

import re

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString

NOT_YET_CHECKED = "(not yet checked)"


def staff_text(answer) -> str | None:
    """The answer's redacted text from safeguarding, or None while safeguarding has not checked it.

    Reviewers never see raw text: without safeguarding's redacted copy there is nothing to show.
    """
    try:
        from engage.safeguarding import selectors as safeguarding
    except ImportError:
        return None
    text = safeguarding.staff_text(answer)
    return None if text == getattr(safeguarding, "NOT_YET_CHECKED", NOT_YET_CHECKED) else text


def training_text(answer) -> str:
    """Redacted text to train on and export: safeguarding's copy, else nlp's redaction of the answer."""
    text = staff_text(answer)
    if text is not None:
        return text
    from nlp.redaction import redact

    return redact(answer.text or "")["redacted"]


def evidence_intervals(text: str, evidence_phrases: list[str]) -> list[tuple[int, int]]:
    """Where the evidence phrases occur in `text` (case-insensitive, whole words), merged and in order.

    Evidence offsets point into the raw answer; redaction shifts them, so the phrases are found again in the
    redacted text (a phrase that was redacted away is simply not highlighted).
    """
    found = []
    for phrase in {p.strip() for p in evidence_phrases if p and p.strip()}:
        pattern = r"(?<!\w)" + re.escape(phrase) + r"(?!\w)"
        found += [(m.start(), m.end()) for m in re.finditer(pattern, text, flags=re.IGNORECASE)]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlighted(text: str | None, evidence_phrases: list[str]) -> SafeString:
    """HTML of the text with each evidence phrase in <mark>; every segment of the text is escaped."""
    if text is None:
        return format_html("<em>{}</em>", NOT_YET_CHECKED)
    parts, at = [], 0
    for start, end in evidence_intervals(text, evidence_phrases):
        parts.append(conditional_escape(text[at:start]))
        parts.append(format_html("<mark>{}</mark>", text[start:end]))
        at = end
    parts.append(conditional_escape(text[at:]))
    # format_html escapes anything not already safe, so no user text can reach the page unescaped.
    return format_html("{}" * len(parts), *parts)
