"""People's names, found without a pretrained model.

A word is a person's name when a name list, its capitalisation and the words around it agree: "my mate josh",
"Miss Okafor", "me and Rose". Words that are also ordinary words ("hope", "will") or months and places ("May",
"Jordan") need more evidence than names that are only names.
"""

import re
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from nlp.redaction.schools import SCHOOL_KEYWORDS
from nlp.redaction.tokens import Token, words

Span = tuple[str, int, int]
PLACE_WORDS = {
    "park",
    "road",
    "street",
    "lane",
    "avenue",
    "hospital",
    "centre",
    "center",
    "library",
    "station",
    "square",
    "hall",
    "church",
    "house",
    "court",
    "estate",
    "green",
    "way",
    "bridge",
    "market",
    "arena",
    "stadium",
    "theatre",
    "museum",
    "gardens",
    "hill",
    "retail",
    "shopping",
    "leisure",
    "fields",
}
POSSESSIVE_PERSON = re.compile(
    r"['’]s (?:mum|mam|dad|nan|house|brother|sister|boyfriend|girlfriend|bf|gf|mate|mates|cousin|party|birthday)\b"
)

TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "mister", "missus", "prof", "professor", "coach"}
# Words that, just before a word, say it is somebody's name.
STRONG_CUES = {
    ("mum",),
    ("mam",),
    ("dad",),
    ("called",),
    ("named",),
    ("name", "is"),
    ("name", "was"),
    ("names",),
    ("name's",),
    ("name’s",),
    ("mate",),
    ("friend",),
    ("bestie",),
    ("bff",),
    ("bf",),
    ("gf",),
    ("boyfriend",),
    ("girlfriend",),
    ("brother",),
    ("bro",),
    ("sister",),
    ("sis",),
    ("cousin",),
    ("teacher",),
    ("tutor",),
    ("worker",),
    ("counsellor",),
    ("counselor",),
    ("mentor",),
    ("nan",),
    ("nana",),
    ("nanna",),
    ("gran",),
    ("grandma",),
    ("grandad",),
    ("granddad",),
    ("auntie",),
    ("aunty",),
    ("aunt",),
    ("uncle",),
    ("stepdad",),
    ("stepmum",),
    ("step", "dad"),
    ("step", "mum"),
    ("ex",),
    ("partner",),
    ("nurse",),
    ("doctor",),
    ("carer",),
    ("head", "of", "year"),
    ("headteacher",),
    ("foster", "carer"),
    ("neighbour",),
    ("son",),
    ("daughter",),
    ("kid", "called"),
    ("lad", "called"),
    ("girl", "called"),
    ("boy", "called"),
    ("guy", "called"),
}
WEAK_CUES = {
    "and",
    "with",
    "told",
    "tell",
    "asked",
    "ask",
    "texted",
    "text",
    "messaged",
    "message",
    "dm",
    "dmd",
    "dm'd",
    "saw",
    "see",
    "met",
    "meet",
    "like",
    "likes",
    "love",
    "loves",
    "hate",
    "hates",
    "i'm",
    "im",
    "i’m",
    "me",
    "us",
    "by",
    "from",
    "to",
    "for",
    "at",
    "hi",
    "hey",
    "thanks",
}
NOT_A_NAME_AFTER_CUE = {
    "is",
    "was",
    "and",
    "the",
    "a",
    "an",
    "me",
    "my",
    "his",
    "her",
    "their",
    "our",
    "at",
    "in",
    "on",
    "who",
    "that",
    "he",
    "she",
    "they",
    "it",
    "said",
    "says",
    "told",
    "from",
    "to",
    "as",
    "so",
    "but",
    "because",
    "cos",
    "coz",
    "always",
    "never",
    "just",
    "really",
    "keeps",
    "kept",
    "has",
    "had",
    "does",
    "did",
    "got",
    "gets",
    "went",
}


SLANG = set(
    """im i'm i’m ive i've id i'd lol lmao lmfao tbh idk idc omg btw ngl fr bruh tho cos coz cuz pls plz thx ty
ur u r ya yh ye yeah
nah wanna gonna gotta innit bare peng mandem fam sus irl rn atm imo smh ffs wtf af asap x xx xxx xo hun babe
camhs gcse gcses nhs gp sats pshe senco ehcp pru adhd asd ocd ptsd lgbt lgbtq lgbtqia ok okay hmm erm um tik tok
insta snap snapchat tiktok whatsapp discord youtube yt ig fb xbox ps5 fifa covid vape vapes vaping""".split()
)
# "X said", "X and me", "thanks to X": slots a name fills, so an unknown or ambiguous word there is a name.
SLOT_BEFORE = {
    ("ask", "for"),
    ("asked", "for"),
    ("me", "and"),
    ("and", "me"),
    ("thanks", "to"),
    ("thank",),
    ("with",),
    ("hi", "im"),
    ("hi", "i'm"),
    ("hi", "i’m"),
    ("told",),
    ("ask",),
    ("asked",),
    ("tell",),
    ("texted",),
    ("hey",),
    ("hi",),
    ("by",),
    ("i'm",),
    ("im",),
    ("i", "am"),
}
SLOT_AFTER = {
    ("helped",),
    ("helps",),
    ("texted",),
    ("messaged",),
    ("rang",),
    ("hugged",),
    ("bullies",),
    ("drives",),
    ("drove",),
    ("if", "she"),
    ("if", "he"),
    ("if", "they"),
    ("from", "my"),
    ("and", "me"),
    ("and", "i"),
    ("said",),
    ("says",),
    ("told",),
    ("tells",),
    ("keeps",),
    ("kept",),
    ("needs",),
    ("is", "my"),
    ("my", "friend"),
    ("my", "mate"),
    ("at", "school"),
    ("from", "year"),
    ("in", "my"),
    ("from",),
    ("was", "my"),
    ("who",),
}
LOOSE_SLOT_BEFORE = {("with",), ("by",), ("hi",), ("hey",), ("told",), ("tell",), ("ask",), ("asked",)}
# Places fill these too ("Rotherham needs more buses"): not enough for a word no list knows.
LOOSE_SLOT_AFTER = {
    ("from",),
    ("in", "my"),
    ("who",),
    ("is", "my"),
    ("was", "my"),
    ("needs",),
    ("keeps",),
    ("kept",),
    ("at", "school"),
}
# After "i'm" only a name followed by a pause, not "i'm tired": the slot needs one of these next.
AFTER_IM = {",", "from", "and", "i'm", "im", "age", "aged", "i"}


def _is_word(tok: Token) -> bool:
    return tok.lower in STOP_WORDS or tok.lower in SLANG or tok.lower in words("known_words") or len(tok.lower) < 2


def _kind(tok: Token) -> str:
    """ "name", "ambiguous" (also a word or only in the long list), "context" (month, place ...), "unknown" or
    "word"."""
    if tok.lower in SLANG or tok.lower in TITLES:
        return "word"
    if tok.lower in words("first_names"):
        if tok.lower in words("context_only_first_names"):
            return "context"
        if tok.lower in words("ambiguous_first_names"):
            return "ambiguous"
        return "name"
    return "word" if _is_word(tok) or not tok.text.isalpha() else "unknown"


def _looks_like_name(tok: Token) -> bool:
    """Could be a name if something else says so: not a function word, nor a common word in lower case."""
    if tok.lower in NOT_A_NAME_AFTER_CUE or tok.lower in TITLES or tok.lower in SLANG or len(tok.lower) < 2:
        return False
    if tok.lower in words("first_names") or tok.lower in words("surnames"):
        return True
    if tok.lower in STOP_WORDS:
        return False
    if tok.capitalised:
        return tok.lower not in words("common_words") or not tok.sentence_start
    return tok.lower not in words("common_words")


def _cue_before(toks: list[Token], i: int, cues: set) -> bool:
    return any(i - n >= 0 and tuple(t.lower for t in toks[i - n : i]) in cues for n in (1, 2, 3))


def _in_slot(toks: list[Token], i: int, text: str, strict: bool = False) -> bool:
    """Whether toks[i] sits where a name goes; `strict` for words that are more often a month or a place."""
    after = tuple(t.lower for t in toks[i + 1 : i + 3])
    if any(after[: len(cue)] == cue for cue in SLOT_AFTER if not strict or cue not in LOOSE_SLOT_AFTER):
        return True
    if i and toks[i - 1].lower == "me" and "," in text[toks[i - 1].end : toks[i].start]:
        return True  # "me, tobi and kwabena"
    if POSSESSIVE_PERSON.match(text, toks[i].end):
        return True  # "kai's mum", "jess's house"
    if not _cue_before(toks, i, SLOT_BEFORE - LOOSE_SLOT_BEFORE if strict else SLOT_BEFORE):
        return False
    if toks[i - 1].lower in ("i'm", "im", "i’m") or (i >= 2 and toks[i - 2].lower == "i"):
        nxt = text[toks[i].end :].lstrip()
        return not nxt or nxt[0] in ",.!" or (len(toks) > i + 1 and toks[i + 1].lower in AFTER_IM)
    return True


def _surname_after(toks: list[Token], j: int, text: str) -> bool:
    if j >= len(toks) or text[toks[j - 1].end : toks[j].start].strip():
        return False
    tok = toks[j]
    if tok.lower in STOP_WORDS or tok.lower in SCHOOL_KEYWORDS or tok.lower in SLANG:
        return False
    if tok.lower in words("surnames"):
        return tok.capitalised or tok.lower not in words("common_words")
    if tok.capitalised:
        return not tok.sentence_start and tok.lower not in words("common_words")
    return _kind(tok) == "unknown"


def _person_start(toks: list[Token], i: int, text: str) -> bool:
    tok, kind = toks[i], _kind(toks[i])
    prev = toks[i - 1] if i else None
    if kind == "word" and tok.lower not in words("surnames") and not tok.capitalised:
        if not (_cue_before(toks, i, STRONG_CUES) and _looks_like_name(tok)):
            return False
    if prev is not None and prev.lower in TITLES and _looks_like_name(tok):
        # "Miss Okafor", "mrs osei"; but "i miss home": lower-case "miss" wants a name-like word.
        return (
            prev.lower != "miss"
            or prev.capitalised
            or tok.capitalised
            or kind in ("name", "unknown")
            or (tok.lower in words("surnames"))
        )
    if _cue_before(toks, i, STRONG_CUES) and _looks_like_name(tok):
        return True
    if kind == "name":
        return True
    followed_by_surname = _surname_after(toks, i + 1, text) and (
        toks[i + 1].lower in words("surnames") or kind != "word"
    )
    if kind == "ambiguous":
        mid_sentence_capital = tok.capitalised and not tok.sentence_start and not tok.text.isupper()
        return mid_sentence_capital or followed_by_surname or _in_slot(toks, i, text)
    if kind == "context":
        return (followed_by_surname and toks[i + 1].capitalised) or _in_slot(toks, i, text, strict=True)
    if kind == "unknown":
        return _in_slot(toks, i, text, strict=True) or (followed_by_surname and toks[i + 1].lower in words("surnames"))
    return False


def find_people(text: str, toks: list[Token]) -> Iterator[Span]:
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        if not _person_start(toks, i, text):
            i += 1
            continue
        j = i + 1
        while j < len(toks) and j - i < 3 and _surname_after(toks, j, text):
            j += 1
        if j < len(toks) and toks[j].capitalised and toks[j].lower in PLACE_WORDS:
            i = j + 1  # "Weston Park", "Victoria Station": a place named after someone
            continue
        spans.append((i, j - 1))
        i = j
    # "grace and darius": a word joined by "and" to a name is a name too, if it could be one.
    starts = {a for a, _ in spans}
    for a, b in list(spans):
        for k in (a - 2, b + 2):
            if 0 <= k < len(toks) and k not in starts and toks[(a - 1) if k < a else (b + 1)].lower == "and":
                if _kind(toks[k]) in ("ambiguous", "unknown", "context") and not any(x <= k <= y for x, y in spans):
                    spans.append((k, k))
                    starts.add(k)
    for a, b in spans:
        yield "PERSON", toks[a].start, toks[b].end
