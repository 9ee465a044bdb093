"""Schools' names: a run of name-like words ending in School, Academy, College, Primary, High ...

"St Mary's Catholic Primary", "parkside academy", "Kings Norton Girls' School"; not "my high school" or "a good
college", where nothing before the keyword names one school.
"""

import re
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from nlp.redaction.tokens import Token, words

Span = tuple[str, int, int]
SCHOOL_GAP = re.compile(r"(?:['’]s)?[\s.'’&-]*")
SCHOOL_KEYWORDS = {"school", "academy", "college", "primary", "high", "grammar", "comprehensive", "infants", "juniors"}
SCHOOL_CAPITAL_ONLY = {"high", "primary", "grammar", "comprehensive", "infants", "juniors"}
SCHOOL_MODIFIERS = {
    "primary",
    "junior",
    "infant",
    "infants",
    "secondary",
    "high",
    "grammar",
    "community",
    "catholic",
    "c",
    "of",
    "e",
    "cofe",
    "ce",
    "rc",
    "church",
    "england",
    "sixth",
    "form",
    "girls",
    "girls'",
    "boys",
    "boys'",
    "technical",
    "free",
    "studio",
    "church's",
    "the",
    "and",
    "&",
    "upper",
    "lower",
    "middle",
    "park",
    "national",
    "city",
    "international",
}
SCHOOL_GENERIC = {
    "my",
    "our",
    "your",
    "his",
    "her",
    "their",
    "a",
    "an",
    "this",
    "that",
    "new",
    "old",
    "big",
    "small",
    "local",
    "best",
    "worst",
    "good",
    "bad",
    "whole",
    "last",
    "next",
    "other",
    "same",
    "different",
    "every",
    "any",
    "some",
    "private",
    "public",
    "state",
    "special",
    "boarding",
    "mainstream",
    "alternative",
    "faith",
    "art",
    "arts",
    "drama",
    "dance",
    "music",
    "sunday",
    "summer",
    "driving",
    "night",
    "maths",
    "math",
    "english",
    "science",
    "film",
    "medical",
    "further",
    "at",
    "to",
    "in",
    "from",
    "after",
    "before",
    "after-school",
    "nearest",
    "current",
    "previous",
    "first",
    "main",
    "feeder",
    "sports",
    "sport",
    "language",
    "police",
    "training",
    "rubbish",
    "crap",
    "shit",
    "own",
    "go",
}


def find_schools(text: str, toks: list[Token]) -> Iterator[Span]:
    common = words("common_words")
    for k, tok in enumerate(toks):
        if tok.lower not in SCHOOL_KEYWORDS:
            continue
        start, proper = k, False
        j = k - 1
        while j >= 0 and k - j <= 6:
            t = toks[j]
            if not SCHOOL_GAP.fullmatch(text[t.end : toks[j + 1].start]) or toks[j + 1].sentence_start:
                break
            if t.lower in SCHOOL_MODIFIERS or t.lower in ("st", "saint", "holy", "our", "lady"):
                if t.lower in ("the", "and", "of") and not (t.capitalised or proper):
                    break
                if t.capitalised or t.lower in ("st", "saint"):
                    start = j
                j -= 1
                continue
            if t.lower in SCHOOL_GENERIC or t.lower in STOP_WORDS:
                break
            if t.capitalised and not (t.sentence_start and t.lower in common) or t.lower not in common:
                proper, start = True, j
                j -= 1
                continue
            break
        if proper:
            # Leave out leading "the", "and", "of" but keep "St".
            while toks[start].lower in ("the", "and", "of", "&"):
                start += 1
            yield "SCHOOL", toks[start].start, tok.end
