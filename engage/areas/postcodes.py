"""Keep only the first half of a UK postcode (the district), never the full postcode."""

import re

from django.core.exceptions import ValidationError

_FULL = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})$")
_OUTWARD = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")


def postcode_district(text: str) -> str:
    """'s10 2tn' -> 'S10'; 'S10' -> 'S10'; '' -> ''. Anything else is refused with a plain message."""
    cleaned = " ".join(text.upper().split())
    if not cleaned:
        return ""
    full = _FULL.match(cleaned)
    if full:
        return full.group(1)
    if _OUTWARD.match(cleaned.replace(" ", "")):
        return cleaned.replace(" ", "")
    raise ValidationError(
        "That doesn't look like the first half of a postcode. It is a letter or two then a number, like S10 or M1."
    )
