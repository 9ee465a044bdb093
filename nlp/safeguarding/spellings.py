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


def respell(text: str) -> str:
    """Lower case, straight apostrophes, SPELLINGS written out: the text the learned tier reads."""
    low = text.lower().replace("’", "'").replace("‘", "'").replace("`", "'")
    return _WORD.sub(lambda m: SPELLINGS.get(m.group(), m.group()), low)
