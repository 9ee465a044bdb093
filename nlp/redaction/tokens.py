"""Words of an answer with where they are, and the word lists the name finders read."""

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "redaction"
WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
HANDLE_GLUE = re.compile(r"[_@]|\.\w")
HANDLE_GLUE_BEFORE = re.compile(r"(?:[_@/]|\w\.)$")
SENTENCE_END = re.compile(r"[.!?\n:;\"()]\s*$|^\s*$")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    lower: str  # without a possessive 's
    capitalised: bool
    sentence_start: bool


@cache
def words(name: str) -> frozenset[str]:
    """The words in nlp/data/redaction/NAME.txt, lower case, without comment lines."""
    lines = (DATA / f"{name}.txt").read_text().splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def tokens(text: str) -> list[Token]:
    out = []
    for m in WORD.finditer(text):
        word, start, end = m.group(), m.start(), m.end()
        if HANDLE_GLUE.match(text, end) or (start and HANDLE_GLUE_BEFORE.search(text, 0, start)):
            continue  # part of a handle, e-mail or web address: those finders see it whole
        if word.lower().endswith(("'s", "’s")):
            word, end = word[:-2], end - 2
        word = word.rstrip("'’-")
        end = start + len(word)
        if not word:
            continue
        before = text[max(0, start - 3) : start]
        out.append(Token(word, start, end, word.lower(), word[0].isupper(), bool(SENTENCE_END.search(before))))
    return out
