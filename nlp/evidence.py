"""Evidence: the words in an answer that carry a theme, as character offsets into the original text.

Cheap by design (a dictionary lookup per word): each theme keeps the words and word pairs that the linear model
weighs most for it, lexicon hits for the theme count as much as its strongest word, and an answer's evidence for a
theme is its highest-scoring runs of words.
"""

import re

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern, so weights line up with tokens
TERMS_PER_THEME = 300
MAX_SPANS = 3
BRIDGE_TOKENS = 2  # "mould ... bedroom" becomes one span across up to two unweighted words
# Function words may sit inside a span but never anchor one: "my", "to" carry no theme, whatever their weight.
FUNCTION_WORDS = ENGLISH_STOP_WORDS | {"im", "dont", "cant", "ive", "its", "thats", "theres", "lol", "tbh", "idk"}


class EvidenceFinder:
    """Per-theme word weights -> evidence spans."""

    def __init__(self, weights: dict[str, dict[str, float]]):
        self.weights = weights

    @classmethod
    def from_coefficients(cls, vocabulary: dict[str, int], coef: np.ndarray, labels: list[str]) -> "EvidenceFinder":
        """Keep each theme's TERMS_PER_THEME most positive unigram and bigram weights."""
        terms = np.empty(len(vocabulary), dtype=object)
        for term, index in vocabulary.items():
            terms[index] = term
        weights = {}
        for i, label in enumerate(labels):
            row = coef[i]
            top = np.argsort(row)[::-1][:TERMS_PER_THEME]
            weights[label] = {str(terms[j]): round(float(row[j]), 4) for j in top if row[j] > 0}
        return cls(weights)

    def spans(self, text: str, label: str, lexicon_hits: list[tuple[int, int, str]] = ()) -> list[dict]:
        """Evidence for `label` in `text`: up to MAX_SPANS {"start", "end", "text"}, in reading order.

        `lexicon_hits` are (start, end, theme) from nlp.lexicon.Lexicon.hits on the same text.
        """
        weights = self.weights.get(label) or {}
        if not text:
            return []
        tokens = [(m.start(), m.end(), m.group().lower()) for m in TOKEN.finditer(text)]
        if not tokens:
            return []
        score = [0.0 if t[2] in FUNCTION_WORDS else weights.get(t[2], 0.0) for t in tokens]
        bonus = max(weights.values(), default=1.0)
        for start, end, theme in lexicon_hits:
            if theme == label:
                for i, (t_start, t_end, _) in enumerate(tokens):
                    if t_start < end and start < t_end:
                        score[i] += bonus
        for i in range(len(tokens) - 1):
            pair = weights.get(f"{tokens[i][2]} {tokens[i + 1][2]}", 0.0)
            if pair:
                for j in (i, i + 1):
                    if tokens[j][2] not in FUNCTION_WORDS:
                        score[j] += pair / 2
        best = max(score)
        if best <= 0:
            return []
        chosen = [i for i, s in enumerate(score) if s >= best / 2]
        runs: list[list[int]] = [[chosen[0], chosen[0]]]
        for i in chosen[1:]:
            if i - runs[-1][1] <= BRIDGE_TOKENS + 1:
                runs[-1][1] = i
            else:
                runs.append([i, i])
        runs.sort(key=lambda run: -max(score[run[0] : run[1] + 1]))
        spans = []
        for first, last in sorted(runs[:MAX_SPANS]):
            start, end = tokens[first][0], tokens[last][1]
            spans.append({"start": start, "end": end, "text": text[start:end]})
        return spans
