"""Theme words from nlp/lexicon.yaml as model features: knowledge beyond the training answers.

Each hit adds a `lex_<theme>` feature; the models learn how much to trust it, so one word never decides a theme.
"""

import re
from pathlib import Path

import yaml

LEXICON = Path(__file__).resolve().parent / "lexicon.yaml"
WORD = re.compile(r"[a-z0-9&]+")
MAX_WORDS = 4


def _key(words: list[str]) -> str:
    return " ".join(words)


class Lexicon:
    def __init__(self, entries: dict[str, list[str]]):
        """`entries`: theme -> words or phrases. Only themes the model has should be passed."""
        self.entries = {theme: sorted(set(map(str, words))) for theme, words in entries.items()}
        self.index: dict[str, set[str]] = {}
        for theme, words in self.entries.items():
            for entry in words:
                key = _key(WORD.findall(entry.lower().replace("'", "")))
                if key:
                    self.index.setdefault(key, set()).add(theme)
        self.longest = min(MAX_WORDS, max((k.count(" ") + 1 for k in self.index), default=1))

    @classmethod
    def for_labels(cls, labels: list[str], path: Path = LEXICON) -> "Lexicon":
        entries = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return cls({theme: words for theme, words in entries.items() if theme in set(labels)})

    def _lookup(self, words: list[str]) -> set[str]:
        key = _key(words)
        found = self.index.get(key)
        if found is None and words[-1].endswith("s"):
            stem = words[-1][:-2] if words[-1].endswith("es") else words[-1][:-1]
            found = self.index.get(_key([*words[:-1], stem])) or self.index.get(_key([*words[:-1], words[-1][:-1]]))
        return found or set()

    def hits(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, theme) for every lexicon word or phrase in `text`, as offsets into `text`."""
        if not self.index or not text:
            return []
        matches = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text.lower().replace("'", " "))]
        found = []
        for i in range(len(matches)):
            for n in range(1, self.longest + 1):
                if i + n > len(matches):
                    break
                for theme in self._lookup([w for _, _, w in matches[i : i + n]]):
                    found.append((matches[i][0], matches[i + n - 1][1], theme))
        return found
