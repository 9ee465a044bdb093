"""Generate the SYNTHETIC youth theming data: `python -m nlp.data.generate`.

Every example is made up from the phrasings in `templates.txt` (written to the labelling guide in
framework/README.md) and marked `"synthetic": true`. About a fifth of the phrases, the no-theme answers and some
openers/closers are held out of training: the frozen test set (`youth_test.jsonl`) is built only from those, so it
measures how well the model generalises to phrasings it has never seen. Another seventh of the phrases makes the
dev set (`youth_dev.jsonl`) that training uses to calibrate and tune thresholds on unseen phrasings. The seed is
fixed, so re-running writes the same files; they are committed so the test set stays frozen if this script changes.
"""

import json
import random
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates.txt"
SEED = 20261124
TRAIN_SIZE = 6000
TEST_SIZE = 1200
DEV_SIZE = 1000

QUESTIONS = [
    "What would make your area a better place to grow up?",
    "What matters most to your health and wellbeing?",
    "What makes it hard to stay healthy where you live?",
    "If you could change one thing about health services for young people, what would it be?",
    "What worries you at the moment?",
    "Tell us about anything that gets in the way of you being happy and healthy.",
    "What is good about where you live?",
    "What would help young people like you?",
    "Is there anything else you want to tell us?",
    "What should the NHS know about being young here?",
]

OPENERS_TRAIN = [
    "honestly ",
    "tbh ",
    "i think ",
    "well ",
    "um ",
    "for me ",
    "the main thing is ",
    "i guess ",
    "basically ",
    "like ",
    "idk ",
    "probably ",
    "mostly ",
    "ok so ",
    "erm ",
]
OPENERS_TEST = ["to be honest ", "i would say ", "personally ", "the biggest thing is ", "hmm "]
CLOSERS_TRAIN = [
    " lol",
    " tbh",
    " idk",
    "!!",
    " its rubbish",
    " thats it",
    " x",
    " its not fair",
    " please",
    " sort it out",
    " innit",
    " which is annoying",
    " fr",
    " thanks",
    "...",
]
CLOSERS_TEST = [" to be fair", " honestly", " ngl", " that's all", " :("]
JOINERS = [" and ", ". ", ", ", " also ", " plus ", " and also ", " oh and ", " but ", "\n", " & ", ". also "]
NEGATIONS = [
    ("i dont have asthma but ", "asthma"),
    ("im not diabetic or anything but ", "diabetes"),
    ("i havent got epilepsy but ", "epilepsy"),
    ("my teeth are fine but ", "oral_health"),
    ("i dont have diabetes myself but ", "diabetes"),
    ("no asthma here but ", "asthma"),
]

# Spelling and slang variants young people use; applied at random to every generated answer.
VARIANTS = {
    "because": ["cos", "coz", "bc", "cuz", "because", "becuz"],
    "you": ["u", "you", "ya"],
    "your": ["ur", "your", "yr"],
    "are": ["r", "are"],
    "really": ["rly", "proper", "well", "really", "realy", "so"],
    "dont": ["don't", "dont", "do not", "dnt", "don"],
    "cant": ["can't", "cant", "cannot", "carnt"],
    "im": ["i'm", "im", "i am", "Im", "I'm"],
    "its": ["it's", "its"],
    "theres": ["there's", "theres", "there is", "theirs"],
    "mum": ["mum", "mam", "mom", "ma", "mother"],
    "nothing": ["nothing", "nothin", "nuthin"],
    "something": ["something", "summat", "sumthing"],
    "and": ["and", "&", "n", "an"],
    "about": ["about", "abt", "bout"],
    "people": ["people", "ppl", "peeps"],
    "school": ["school", "skool", "schl", "skl"],
    "with": ["with", "w", "wiv"],
    "please": ["please", "pls", "plz"],
    "though": ["though", "tho"],
    "very": ["very", "v", "super"],
    "to": ["to", "to", "to", "2"],
    "what": ["what", "wat", "wot"],
    "friends": ["friends", "mates", "frends", "pals"],
    "mates": ["mates", "friends", "m8s", "boys"],
    "doesnt": ["doesn't", "doesnt", "dosent"],
    "didnt": ["didn't", "didnt"],
    "isnt": ["isn't", "isnt"],
    "wont": ["won't", "wont"],
    "going": ["going", "goin"],
    "got": ["got", "gotten", "got"],
    "loads": ["loads", "lots", "bare", "tons"],
    "lot": ["lot", "lot", "ton"],
    "always": ["always", "allways", "alwayz"],
    "anything": ["anything", "anythin", "owt"],
}


@dataclass(frozen=True)
class Phrase:
    text: str
    themes: frozenset


def read_templates(path: Path = TEMPLATES) -> tuple[list[Phrase], list[str], dict[str, list[str]]]:
    """Phrases with their themes (union over every section a phrase appears in), no-theme answers, slots."""
    themes_of: dict[str, set[str]] = {}
    order: list[str] = []
    nones: list[str] = []
    slots: dict[str, list[str]] = {}
    section: str | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("# "):
            continue
        if line.startswith("## "):
            section = line[3:].strip()
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            continue
        if section == "NONE":
            nones.append(line)
        elif section == "SLOTS":
            name, values = line.split(":", 1)
            slots[name.strip()] = [v.strip() for v in values.split("|")]
        else:
            text, _, extra = line.partition("=>")
            text = text.strip()
            labels = set(section.split("+")) | {e.strip() for e in extra.split(",") if e.strip()}
            if text not in themes_of:
                order.append(text)
                themes_of[text] = set()
            themes_of[text] |= labels
    phrases = [Phrase(t, frozenset(themes_of[t])) for t in order]
    return phrases, nones, slots


def held_out_phrases(path: Path = TEMPLATES, part: str = "test") -> set[str]:
    """A stable fifth of each section's phrasings (by a hash of the text) for "test", the next seventh for "dev"."""
    sections: dict[str, list[str]] = {}
    section = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("# "):
            continue
        if line.startswith("## ") or (line.startswith("[") and line.endswith("]")):
            section = line.strip("[]# ")
            continue
        if section != "SLOTS":
            sections.setdefault(section, []).append(line.partition("=>")[0].strip())
    held = set()
    for texts in sections.values():
        ranked = sorted(texts, key=lambda t: zlib.crc32(t.encode()))
        n_test = -(-len(ranked) // 5)
        held.update(ranked[:n_test] if part == "test" else ranked[n_test : n_test + -(-len(ranked) // 7)])
    return held


def _fill(text: str, slots: dict[str, list[str]], rng: random.Random) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: rng.choice(slots[m.group(1)]), text)


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.random()
    if kind < 0.4:
        return word[:i] + word[i + 1 :]
    if kind < 0.7:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + word[i] + word[i:]


def _roughen(text: str, rng: random.Random) -> str:
    """Slang, dropped apostrophes, misspellings and case, the way answers arrive."""
    words = []
    for word in text.split(" "):
        if word in VARIANTS and rng.random() < 0.45:
            word = rng.choice(VARIANTS[word])
        elif rng.random() < 0.035:
            word = _typo(word, rng)
        words.append(word)
    text = " ".join(words)
    style = rng.random()
    if style < 0.25:
        text = text[:1].upper() + text[1:]
    elif style < 0.3:
        text = text.upper()
    elif style < 0.4:
        text = re.sub(r"\bi\b", "I", text)
    if rng.random() < 0.2:
        text += rng.choice([".", "!", "?", "..", " !!"])
    return text


def make_example(phrases, nones, slots, openers, closers, rng: random.Random) -> dict:
    roll = rng.random()
    if roll < 0.12:
        text, themes = rng.choice(nones), set()
    else:
        count = 1 if roll < 0.55 else 2 if roll < 0.86 else 3
        chosen: list[Phrase] = []
        while len(chosen) < count:
            p = rng.choice(phrases)
            if all(p.themes != c.themes for c in chosen):
                chosen.append(p)
        parts = [_fill(p.text, slots, rng) for p in chosen]
        themes = set().union(*(p.themes for p in chosen))
        text = parts[0]
        for part in parts[1:]:
            text += rng.choice(JOINERS) + part
        if roll > 0.95:
            prefix, denied = rng.choice(NEGATIONS)
            if denied not in themes:
                text = prefix + text
    if rng.random() < 0.3:
        text = rng.choice(openers) + text
    if rng.random() < 0.25:
        text += rng.choice(closers)
    example = {"text": _roughen(text, rng), "themes": sorted(themes)}
    if rng.random() < 0.7:
        example["question"] = rng.choice(QUESTIONS)
    example["synthetic"] = True
    return example


def generate(size: int, part: str, seed: int) -> list[dict]:
    """`size` answers for "train", "dev" or "test", each from its own phrasings."""
    phrases, nones, slots = read_templates()
    test, dev = held_out_phrases(part="test"), held_out_phrases(part="dev") - held_out_phrases(part="test")
    mine = {"test": lambda t: t in test, "dev": lambda t: t in dev, "train": lambda t: t not in test | dev}[part]
    phrases = [p for p in phrases if mine(p.text)]
    nones = [n for n in nones if mine(n)]
    openers = OPENERS_TEST if part == "test" else OPENERS_TRAIN
    closers = CLOSERS_TEST if part == "test" else CLOSERS_TRAIN
    rng = random.Random(seed)
    return [make_example(phrases, nones, slots, openers, closers, rng) for _ in range(size)]


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    write_jsonl(HERE / "youth_train.jsonl", generate(TRAIN_SIZE, "train", seed=SEED))
    write_jsonl(HERE / "youth_test.jsonl", generate(TEST_SIZE, "test", seed=SEED + 1))
    write_jsonl(HERE / "youth_dev.jsonl", generate(DEV_SIZE, "dev", seed=SEED + 2))


if __name__ == "__main__":
    main()
