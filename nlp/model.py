"""A trained theming model: the spaCy BOW textcat and the linear model averaged, calibrated per theme, with a
decision threshold per theme and an evidence finder. It lives in one directory:

    meta.json        name, version, labels, scores, architecture (the model card's data)
    MODEL_CARD.md    the same, for people
    textcat/         the spaCy pipeline (config.cfg + weights)
    linear.joblib    the scikit-learn model (a pickle: load only model directories you trust)
    calibration.json per-theme Platt parameters and the ensemble weight
    thresholds.json  per-theme decision thresholds, on calibrated confidences
    evidence.json    per-theme word weights used to pick evidence spans
    lexicon.json     the theme words (from nlp/lexicon.yaml) the model was trained with
"""

import json
from pathlib import Path

import joblib
import numpy as np

from nlp.calibration import apply_platt
from nlp.evidence import EvidenceFinder
from nlp.lexicon import Lexicon
from nlp.linear import LinearThemer
from nlp.questions import question_tokens
from nlp.textcat import load_textcat, save_textcat, textcat_scores


class ModelError(ValueError):
    """A model directory that is missing or incomplete."""


class ThemeModel:
    def __init__(self, *, labels, textcat, linear, textcat_weight, calibration, thresholds, evidence, lexicon, meta):
        self.labels: list[str] = list(labels)
        self.textcat = textcat
        self.linear: LinearThemer = linear
        self.textcat_weight = float(textcat_weight)
        self.calibration = np.asarray(calibration, dtype=float)
        self.thresholds = np.asarray(thresholds, dtype=float)
        self.evidence: EvidenceFinder = evidence
        self.lexicon: Lexicon = lexicon
        self.meta: dict = meta

    @property
    def name(self) -> str:
        """`<name>@<version>`, the value every output row carries."""
        return f"{self.meta.get('name', 'themes')}@{self.meta.get('version', '0')}"

    def raw_scores(self, texts: list[str], extras: list[str]) -> np.ndarray:
        """The ensemble's uncalibrated scores; `extras` from feature_tokens."""
        w = self.textcat_weight
        scores = np.zeros((len(texts), len(self.labels)))
        if w > 0:
            scores += w * textcat_scores(self.textcat, texts, extras, self.labels)
        if w < 1:
            scores += (1 - w) * self.linear.scores(texts, extras)
        return scores

    def probabilities(
        self, texts: list[str], questions: list[str | None] | None = None, hits: list[list] | None = None
    ) -> np.ndarray:
        """Calibrated confidences, answers x labels. Empty or blank answers get 0 for every theme."""
        questions = list(questions) if questions is not None else [None] * len(texts)
        if hits is None:
            hits = [self.lexicon.hits(t) if t else [] for t in texts]
        probs = np.zeros((len(texts), len(self.labels)))
        live = [i for i, t in enumerate(texts) if t and t.strip()]
        if live:
            extras = [feature_tokens(questions[i], hits[i]) for i in live]
            raw = self.raw_scores([texts[i] for i in live], extras)
            probs[live] = apply_platt(raw, self.calibration)
        return probs

    def predict(self, probs: np.ndarray) -> np.ndarray:
        return probs >= self.thresholds

    def theme(self, texts: list[str], questions: list[str | None] | None = None) -> list[dict]:
        """One {"themes": [...], "model": ...} per text; see nlp.theme for the contract."""
        hits = [self.lexicon.hits(t) if t else [] for t in texts]
        probs = self.probabilities(texts, questions, hits)
        results = []
        for text, row, text_hits in zip(texts, probs, hits, strict=True):
            hits = np.flatnonzero(row >= self.thresholds)
            hits = hits[np.argsort(-row[hits], kind="stable")]
            themes = [
                {
                    "slug": self.labels[i],
                    "confidence": round(float(row[i]), 4),
                    "evidence": self.evidence.spans(text, self.labels[i], text_hits),
                }
                for i in hits
            ]
            results.append({"themes": themes, "model": self.name})
        return results

    def to_disk(self, path: Path) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        save_textcat(self.textcat, path / "textcat")
        joblib.dump(self.linear, path / "linear.joblib")
        calibration = {
            "method": "platt",
            "textcat_weight": self.textcat_weight,
            "themes": {
                label: {"a": a, "b": b} for label, (a, b) in zip(self.labels, self.calibration.tolist(), strict=True)
            },
        }
        _write_json(path / "calibration.json", calibration)
        _write_json(path / "thresholds.json", dict(zip(self.labels, self.thresholds.tolist(), strict=True)))
        _write_json(path / "evidence.json", self.evidence.weights)
        _write_json(path / "lexicon.json", self.lexicon.entries)
        _write_json(path / "meta.json", self.meta)

    @classmethod
    def from_disk(cls, path: Path) -> "ThemeModel":
        path = Path(path)
        needed = [
            "meta.json",
            "calibration.json",
            "thresholds.json",
            "evidence.json",
            "lexicon.json",
            "linear.joblib",
            "textcat",
        ]
        missing = [name for name in needed if not (path / name).exists()]
        if missing:
            raise ModelError(f"{path} is not a complete theming model (missing {', '.join(missing)})")
        meta = json.loads((path / "meta.json").read_text())
        labels = meta["labels"]
        calibration = json.loads((path / "calibration.json").read_text())
        thresholds = json.loads((path / "thresholds.json").read_text())
        return cls(
            labels=labels,
            textcat=load_textcat(path / "textcat"),
            linear=joblib.load(path / "linear.joblib"),
            textcat_weight=calibration["textcat_weight"],
            calibration=[[calibration["themes"][label]["a"], calibration["themes"][label]["b"]] for label in labels],
            thresholds=[thresholds[label] for label in labels],
            evidence=EvidenceFinder(json.loads((path / "evidence.json").read_text())),
            lexicon=Lexicon(json.loads((path / "lexicon.json").read_text())),
            meta=meta,
        )


def feature_tokens(question: str | None, hits: list[tuple[int, int, str]]) -> str:
    """Extra tokens both models read beside the words: the question's `q_*` words and `lex_<theme>` per hit."""
    lexicon_tokens = " ".join(f"lex_{theme}" for _, _, theme in hits)
    return f"{question_tokens(question)} {lexicon_tokens}".strip()


def _write_json(path: Path, data) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
