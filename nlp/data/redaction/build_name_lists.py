"""Rebuild the word lists that `nlp.redaction` reads. Run by hand; the output is committed.

    python nlp/data/redaction/build_name_lists.py --word-frequencies PATH/TO/en.json.gz

Sources, all openly licensed:
- first names and surnames: Faker's en_GB person provider (MIT; ONS-derived), Faker's en provider (MIT; only
  the names that are not also English words), and `youth_first_names.txt` (this project's own list of names
  common among young people in the UK, no data about real people);
- common English words: pyspellchecker's English frequency list (MIT), `spellchecker/resources/en.json.gz`.
"""

import argparse
import gzip
import json
from pathlib import Path

from faker.providers.person.en import Provider as En
from faker.providers.person.en_GB import Provider as EnGB

HERE = Path(__file__).resolve().parent
COMMON_WORDS = 6000  # the most frequent words count as "common English"
KNOWN_WORDS = 40000
WORD_LIKE = 20000  # a name this frequent as a lower-case word is usually the word (will, hope, mark)

# Names often used as ordinary words or as names of places, months or faiths: a person only in context.
MANUAL_AMBIGUOUS = """
will may june april august hope rose grace joy faith summer autumn sky storm river rain dawn eve holly ivy
olive ruby amber jade pearl daisy poppy lily penny cherry ginger sunny rocky rusty teddy crystal melody
harmony destiny precious blessing angel chase hunter mason bill bob rob pat sue guy drew ray nick frank kit
dean max ed al bee don jay gene jean lane carol rich mo iris violet heather willow brooke brook reed cole
chance miles young christian jordan india paris chelsea florence georgia austin sydney jesus christ
victoria sky skye hallie luna aurora heidi lara nancy nevaeh
""".split()
# Names that, capitalised, are more often a month, day, place, faith or exclamation: a person only in context.
CONTEXT_ONLY = """
may june april august january sunday monday tuesday christian jordan india paris chelsea florence georgia
austin sydney jesus christ victoria america asia africa china london brooklyn dallas denver phoenix
houston memphis orlando vienna savannah madison aston villa easter christmas eve sunny summer autumn winter
""".split()
NOT_NAMES = {
    "god",
    "allah",
    "unknown",
    "little",
    "love",
    "ever",
    "long",
    "else",
    "friend",
    "son",
    "job",
    "case",
    "reason",
    "baby",
    "worth",
    "true",
    "less",
    "red",
    "lucky",
    "marry",
    "lady",
    "sister",
    "doctor",
    "early",
    "carry",
    "sing",
    "brain",
    "press",
    "french",
    "boss",
    "judge",
    "roll",
    "captain",
    "german",
    "wash",
    "general",
    "add",
    "tiny",
    "lawyer",
    "north",
    "tea",
    "park",
    "male",
    "gay",
    "harm",
    "bird",
    "queen",
    "spring",
    "page",
    "hung",
    "fate",
    "trace",
    "stone",
    "silver",
    "bell",
    "heaven",
    "golden",
    "journey",
    "justice",
    "rush",
    "hunt",
    "royal",
    "prince",
    "fed",
    "west",
    "van",
    "noble",
    "winter",
    "victory",
    "treasure",
    "forest",
    "loyal",
    "grant",
    "buddy",
    "miracle",
    "mercy",
    "media",
    "pink",
    "princess",
    "link",
    "skip",
    "pleasant",
    "candy",
    "wood",
    "rice",
    "orange",
    "fairy",
    "minor",
    "council",
    "diamond",
    "junior",
    "ah",
    "toy",
    "charity",
    "chip",
    "wing",
    "merry",
    "gray",
    "math",
    "con",
    "penny",
    "fleet",
    "governor",
    "liberty",
    "colonel",
    "doll",
    "branch",
    "cap",
    "patience",
    "le",
    "sunshine",
    "lemon",
    "buck",
    "ransom",
    "ward",
    "saint",
    "era",
    "elder",
    "author",
    "cannon",
    "dock",
    "babe",
    "chin",
    "urban",
    "essence",
    "ham",
    "handy",
    "sincere",
    "hence",
    "shade",
    "pepper",
    "ace",
    "clay",
    "bush",
    "lone",
    "cherish",
    "chuck",
    "alpha",
    "del",
    "doc",
    "oral",
    "jewel",
    "echo",
    "bunk",
    "rod",
    "ally",
    "dot",
    "villa",
    "marshal",
    "bishop",
    "admiral",
    "kitty",
    "infant",
    "icy",
    "manly",
    "graves",
    "brandy",
    "pierce",
    "dove",
    "tad",
    "king",
    "major",
    "rock",
    "green",
    "star",
    "cash",
    "price",
    "mark",
    "emz",
    "kaz",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--word-frequencies", type=Path, required=True)
    args = parser.parse_args()
    freq = json.loads(gzip.open(args.word_frequencies).read())

    lines = (HERE / "youth_first_names.txt").read_text().splitlines()
    youth = [n for line in lines if not line.startswith("#") for n in line.split()]
    core = {n.lower() for n in (*EnGB.first_names_male, *EnGB.first_names_female, *youth)}
    us = {n.lower() for n in (*En.first_names_male, *En.first_names_female)}
    first = core | {n for n in us if freq.get(n, 0) < 3000}
    first = {n for n in first if len(n) > 1 and n not in NOT_NAMES}
    first |= set(MANUAL_AMBIGUOUS)
    # Only names from the core lists are recognised in lower case; the long US list only when capitalised.
    ambiguous = {n for n in first if freq.get(n, 0) >= WORD_LIKE} | (set(MANUAL_AMBIGUOUS) & first)
    ambiguous |= first - core
    context_only = set(CONTEXT_ONLY) & first
    surnames = {n.lower() for n in (*EnGB.last_names, *En.last_names)}
    ranked = sorted(freq, key=freq.get, reverse=True)
    common = {w for w in ranked[:COMMON_WORDS] if w.isalpha()} - (first - ambiguous)
    # Any English word a young person might write: a lower-case word outside it may be a name.
    known = {w for w in ranked[:KNOWN_WORDS] if w.isalpha()} - core - surnames

    header = "# Built by build_name_lists.py; sources and licences are in its docstring.\n"
    for name, words in [
        ("first_names", first),
        ("surnames", surnames),
        ("ambiguous_first_names", ambiguous),
        ("context_only_first_names", context_only),
        ("known_words", known),
        ("common_words", common),
    ]:
        (HERE / f"{name}.txt").write_text(header + "\n".join(sorted(words)) + "\n")
        print(name, len(words))


if __name__ == "__main__":
    main()
