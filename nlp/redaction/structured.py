"""Personal data with a shape: e-mail, phone, postcode, NHS and NI numbers, handles, URLs, addresses, birth dates.

Each finder takes the text and yields `(label, start, end)`; overlaps are settled by `nlp.redaction.redact`.
"""

import re
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from nlp.redaction.tokens import words

Span = tuple[str, int, int]

EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")

_TLD = r"(?:com|co\.uk|org\.uk|nhs\.uk|gov\.uk|ac\.uk|sch\.uk|uk|org|net|io|ly|me|gg|tv|app|be|link|info|xyz)"
URL = re.compile(
    rf"(?:https?://|www\.)[^\s<>\"']+"
    rf"|(?<![@\w.])(?:[A-Za-z0-9\-]+\.)+{_TLD}(?![A-Za-z0-9])(?:/[^\s<>\"']*)?",
    re.IGNORECASE,
)
_URL_TRAILING = ".,;:!?)]}'\""

HANDLE = re.compile(r"(?<![\w@./])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
# "add me on snap: jess_xo", "my insta is kai.b09": a handle without the @, told by the app named before it.
HANDLE_IN_CONTEXT = re.compile(
    r"\b(?:snap(?:chat)?|insta(?:gram)?|ig|tiktok|tik tok|discord|twitter|twitch|x|yt|youtube|threads)"
    r"(?:\s*[:=\-]?\s*(?:is|as|name|handle|username|acc|account|@)\b)*\s*[:=\-]?\s*"
    r"(?P<handle>@?[A-Za-z0-9_.]*[A-Za-z0-9_])",
    re.IGNORECASE,
)

NOT_A_HANDLE = {
    "private",
    "public",
    "down",
    "dead",
    "banned",
    "hacked",
    "deleted",
    "blocked",
    "toxic",
    "bad",
    "addictive",
    "full",
    "rubbish",
    "everything",
    "life",
    "stories",
    "story",
    "posts",
    "reels",
    "streaks",
    "streak",
    "lol",
    "tbh",
    "x",
    "xx",
}

# Digits with the spaces, dots, dashes and brackets people put in phone numbers; validated by digit count.
PHONE = re.compile(r"(?<![\w+])(?:\+\s?4\s?4|\(?0)[\d\s().\-]{7,22}\d(?!\d)")

NHS_NUMBER = re.compile(r"(?<![\w])(\d{3})[\s\-]?(\d{3})[\s\-]?(\d{4})(?![\w])")

NI_NUMBER = re.compile(
    r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b",
    re.IGNORECASE,
)

POSTCODE = re.compile(
    r"\b(?P<out>[A-PR-UWYZ][A-HK-Y]?\d[A-HJKMNPR-Y\d]?)\s?(?P<in>\d[ABD-HJLNP-UW-Z]{2})\b", re.IGNORECASE
)
_ORDINAL = re.compile(r"(?:1st|2nd|3rd|[04-9]th)$", re.IGNORECASE)  # "b4 2nd", not "M14 3TH"

_STREET = (
    r"(?:road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|cres|court|ct|place|pl|grove|"
    r"gardens|gdns|terrace|hill|walk|park|square|sq|mews|rise|view|row|boulevard|parade|green|vale|"
    r"croft|fold|bank|end|estate)"
)
_NOT_STREET_WORD = r"(?!(?:at|in|on|to|the|and|from|of|for|with|is|was|my|a|an|or|times|years?|weeks?)\b)"
_STREET_NAME = rf"(?:{_NOT_STREET_WORD}[A-Za-z][A-Za-z'\-]+\s){{1,3}}"
ADDRESS = re.compile(rf"\b(?:flat\s\d+[a-z]?,?\s)?\d{{1,4}}[a-z]?,?\s{_STREET_NAME}{_STREET}\b\.?", re.IGNORECASE)
ADDRESS_IN_CONTEXT = re.compile(
    rf"\b(?:live|living|lives|lived|moved|stay|staying|stays)\s(?:on|at|in|to)\s(?P<street>{_STREET_NAME}{_STREET})\b",
    re.IGNORECASE,
)

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_DATE = (
    rf"(?:[0-3]?\d[/.\-][01]?\d[/.\-](?:19|20)?\d\d"
    rf"|{_DAY}\s(?:of\s)?{_MONTH},?(?:\s(?:19|20)\d\d)?"
    rf"|{_MONTH}\s{_DAY},?(?:\s(?:19|20)\d\d)?)"
)
DATE_OF_BIRTH = re.compile(
    rf"\b(?:born|birthday|bday|b-day|b'day|dob|d\.o\.b\.?|date of birth|turned \d\d? on)\b"
    rf"[^\n.!?]{{0,25}}?\b(?P<date>{_DATE})\b",
    re.IGNORECASE,
)


def _nhs_checksum_ok(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def _phone_ok(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    if candidate.lstrip("( ").startswith("+"):
        if not digits.startswith("44"):
            return False
        digits = "0" + digits[2:].removeprefix("0")
    return digits.startswith("0") and len(digits) in (10, 11) and digits[1] in "1235789"


def find_structured(text: str) -> Iterator[Span]:
    for m in EMAIL.finditer(text):
        yield "EMAIL", m.start(), m.end()
    for m in URL.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in _URL_TRAILING:
            end -= 1
        yield "URL", m.start(), end
    for m in HANDLE.finditer(text):
        yield "HANDLE", m.start(), m.end()
    for m in HANDLE_IN_CONTEXT.finditer(text):
        handle = m.group("handle")
        # Without an @ a handle is told from a word by a digit, dot or underscore, or by not being a word.
        if (
            handle.startswith("@")
            or re.search(r"[\d_.]", handle)
            or (
                handle.lower() not in STOP_WORDS
                and handle.lower() not in words("common_words")
                and handle.lower() not in NOT_A_HANDLE
            )
        ):
            yield "HANDLE", m.start("handle"), m.end("handle")
    for m in NHS_NUMBER.finditer(text):
        if _nhs_checksum_ok("".join(m.groups())):
            yield "NHS_NUMBER", m.start(), m.end()
    for m in NI_NUMBER.finditer(text):
        yield "NI_NUMBER", m.start(), m.end()
    for m in PHONE.finditer(text):
        # The pattern is greedy ("07700 900123 2 times"): settle for the longest prefix that is a phone number.
        ends = [m.start() + i + 1 for i, c in enumerate(m.group()) if c.isdigit()]
        for end in reversed(ends):
            if _phone_ok(text[m.start() : end]):
                yield "PHONE", m.start(), end
                break
    for m in POSTCODE.finditer(text):
        if not _ORDINAL.match(m.group("in")):
            yield "POSTCODE", m.start(), m.end()
    for m in DATE_OF_BIRTH.finditer(text):
        yield "DATE_OF_BIRTH", m.start("date"), m.end("date")
    for m in ADDRESS.finditer(text):
        yield "ADDRESS", m.start(), m.end()
    for m in ADDRESS_IN_CONTEXT.finditer(text):
        yield "ADDRESS", m.start("street"), m.end("street")
