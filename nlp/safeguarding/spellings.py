"""Spellings young people use, written back to the words the patterns know."""

import re

# Spellings young people use, written back to the word the patterns know, before they run.
SPELLINGS = {
    "myslef": "myself",
    "mysef": "myself",
    "myselfe": "myself",
    "mysel": "myself",
    "meself": "myself",
    "mesel": "myself",
    "maself": "myself",
    "kil": "kill",
    "kiling": "killing",
    "killin": "killing",
    "sucide": "suicide",
    "suiside": "suicide",
    "suicde": "suicide",
    "suicid": "suicide",
    "sucidal": "suicidal",
    "suisidal": "suicidal",
    "suicidle": "suicidal",
    "sewerslide": "suicide",
    "unalive": "kill",
    "unaliving": "killing",
    "wanna": "want to",
    "wana": "want to",
    "gonna": "going to",
    "gunna": "going to",
    "finna": "going to",
    "cuttin": "cutting",
    "cuting": "cutting",
    "hurtin": "hurting",
    "hittin": "hitting",
    "beatin": "beating",
    "dyin": "dying",
    "harmin": "harming",
    "abusin": "abusing",
    "touchin": "touching",
    "bullyin": "bullying",
    "bulling": "bullying",
    "bullyed": "bullied",
    "bulied": "bullied",
    "ma": "my",
    "mi": "my",
    "wiv": "with",
    "cant": "can't",
    "dont": "don't",
    "wont": "won't",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "ive": "i've",
    "u": "you",
    "ur": "your",
    "coz": "because",
    "cos": "because",
    "cuz": "because",
    "bc": "because",
    "stepdad": "stepdad",
    "stepmum": "stepmum",
    "mums": "mum's",
    "dads": "dad's",
    "selfharm": "self harm",
    "self-harm": "self harm",
    "selfharming": "self harming",
    "hurts": "hurts",
    "nudez": "nudes",
    "noodz": "nudes",
}

_WORD = re.compile(r"[a-z][a-z'-]*")
# Letters disguised as digits and symbols ("k1ll mys3lf", "su!c!de", "s3lf h@rm"), one character for one, so that
# offsets into the original text stay true. Only inside a word with letters on both sides of the run, so "i'm 14",
# "help!" and "ps5" are left alone.
_DISGUISED = re.compile(r"(?<=[a-z])[013@$!]+(?=[a-z])|(?<=[a-z]{2})[013]\b")
_UNDISGUISE = str.maketrans("013@$!", "oieasi")


def lower(text: str) -> str:
    """Lower case, straight apostrophes, disguised letters written back; the same length as text."""
    low = text.lower().replace("’", "'").replace("‘", "'").replace("`", "'")
    return _DISGUISED.sub(lambda m: m.group().translate(_UNDISGUISE), low)


def respell(text: str) -> str:
    """`lower`, then SPELLINGS written out: the text the learned tier reads."""
    return _WORD.sub(lambda m: SPELLINGS.get(m.group(), m.group()), lower(text))
