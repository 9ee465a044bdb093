"""Train a theming model from labelled answers: fit, choose the ensemble weight, calibrate, tune thresholds."""

import datetime as dt
import random
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np
import sklearn
import spacy

from nlp.calibration import THRESHOLD_RANGE, apply_platt, fit_calibration, tune_thresholds
from nlp.evidence import EvidenceFinder
from nlp.labels import framework_labels, labels_in_data
from nlp.lexicon import Lexicon
from nlp.linear import LinearThemer
from nlp.metrics import score
from nlp.model import ThemeModel, feature_tokens
from nlp.textcat import textcat_scores, train_textcat

ENSEMBLE_WEIGHTS = (0.0, 0.25, 0.5, 0.75, 1.0)  # share of the spaCy textcat in the averaged score


def label_matrix(examples: list[dict], labels: list[str]) -> np.ndarray:
    index = {label: i for i, label in enumerate(labels)}
    y = np.zeros((len(examples), len(labels)), dtype=bool)
    for row, example in enumerate(examples):
        for label in example.get("themes", []):
            if label in index:
                y[row, index[label]] = True
    return y


def choose_labels(examples: list[dict], labels: list[str] | None) -> list[str]:
    """Given labels, else the framework's when the data uses only those, else the labels found in the data."""
    if labels:
        return list(labels)
    found = labels_in_data(examples)
    framework = framework_labels()
    return framework if set(found) <= set(framework) else found


def train(
    examples: list[dict],
    output: Path | None = None,
    *,
    labels: list[str] | None = None,
    name: str = "youth_voice_themes",
    version: str | None = None,
    dev_examples: list[dict] | None = None,
    dev_fraction: float = 0.2,
    use_lexicon: bool = True,
    threshold_range: tuple[float, float] = THRESHOLD_RANGE,
    epochs: int = 10,
    c: float = 4.0,
    refit: bool = True,
    seed: int = 0,
    data_note: str = "",
    log: Callable[[str], None] = lambda _: None,
) -> ThemeModel:
    """Train on `examples` ({"text", "themes": [...], "question"?}) and, if `output` is given, write the model there.

    Held-out answers choose the ensemble weight, fit per-theme calibration and tune per-theme thresholds: the
    `dev_examples` if given (best when they are phrased unlike the training answers, as new answers will be), else
    a random `dev_fraction` of `examples`. With `refit` both models are then retrained on all of them.
    `use_lexicon` adds nlp/lexicon.yaml's theme words as features (for the themes it knows). Tuned thresholds stay
    within `threshold_range`.
    """
    started = time.perf_counter()
    labels = choose_labels(examples, labels)
    unknown = Counter(t for e in examples for t in e.get("themes", []) if t not in set(labels))
    if unknown:
        log(f"ignoring labels not in the label set: {dict(unknown)}")
    lexicon = Lexicon.for_labels(labels) if use_lexicon else Lexicon({})
    shuffled = list(examples)
    random.Random(seed).shuffle(shuffled)
    if dev_examples:
        dev, fit_part = list(dev_examples), shuffled
        shuffled = fit_part + dev
    else:
        n_dev = max(1, int(len(shuffled) * dev_fraction))
        dev, fit_part = shuffled[:n_dev], shuffled[n_dev:]

    def fit(part: list[dict], textcat: bool = True):
        texts, extras, y = _columns(part, labels, lexicon)
        log(f"training the linear model on {len(part)} answers")
        linear = LinearThemer(c=c, seed=seed).fit(texts, extras, y)
        if not textcat:
            return None, linear
        log(f"training the spaCy textcat on {len(part)} answers")
        nlp = train_textcat(texts, extras, y, labels, epochs=epochs, seed=seed, log=log)
        return nlp, linear

    nlp, linear = fit(fit_part)
    dev_texts, dev_extras, dev_y = _columns(dev, labels, lexicon)
    spacy_dev = textcat_scores(nlp, dev_texts, dev_extras, labels)
    linear_dev = linear.scores(dev_texts, dev_extras)

    selection = []
    for w in ENSEMBLE_WEIGHTS:
        raw = w * spacy_dev + (1 - w) * linear_dev
        calibration = fit_calibration(raw, dev_y)
        probs = apply_platt(raw, calibration)
        thresholds = tune_thresholds(probs, dev_y, threshold_range)
        s = score(dev_y, probs >= thresholds, labels, probs)
        selection.append({"textcat_weight": w, "macro_f1": s["macro_f1"], "micro_f1": s["micro_f1"], "ece": s["ece"]})
        log(f"ensemble textcat weight {w}: dev macro-F1 {s['macro_f1']:.3f} micro-F1 {s['micro_f1']:.3f}")
    best = max(
        selection, key=lambda s: (round(s["macro_f1"], 3), round(s["micro_f1"], 3), -abs(s["textcat_weight"] - 0.5))
    )
    w = best["textcat_weight"]
    raw = w * spacy_dev + (1 - w) * linear_dev
    calibration = fit_calibration(raw, dev_y)
    probs = apply_platt(raw, calibration)
    thresholds = tune_thresholds(probs, dev_y, threshold_range)
    dev_scores = score(dev_y, probs >= thresholds, labels, probs)

    if refit:
        log("refitting on all answers with the chosen settings")
        refitted_nlp, linear = fit(shuffled, textcat=w > 0)
        nlp = refitted_nlp or nlp  # a textcat the ensemble gives no weight is not worth retraining
    vocabulary, coef = linear.word_coefficients()
    counts = label_matrix(shuffled, labels).sum(axis=0)
    meta = {
        "name": name,
        "version": version or dt.date.today().strftime("%Y.%m.%d"),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "labels": labels,
        "architecture": {
            "summary": "mean of a spaCy TextCatBOW.v3 textcat_multilabel (word 1-2 grams) and one-vs-rest "
            "class-weighted logistic regression on TF-IDF words (1-2 grams), character 2-5 grams, question words "
            "and theme-lexicon hits (nlp/lexicon.yaml; both models see those); "
            "Platt-calibrated per theme; per-theme thresholds tuned on held-out answers; evidence from the linear "
            "model's word weights",
            "textcat_weight": w,
            "textcat_epochs": epochs,
            "logistic_c": c,
            "refit_on_all": refit,
            "threshold_range": list(threshold_range),
            "lexicon_themes": sorted(lexicon.entries),
            "ensemble_selection_on_dev": selection,
        },
        "data": {
            "note": data_note,
            "examples": len(shuffled),
            "dev_from": "given held-out file" if dev_examples else f"random {dev_fraction:.0%} of the examples",
            "fit_examples": len(shuffled) if refit else len(fit_part),
            "dev_examples": len(dev),
            "seed": seed,
            "label_counts": {label: int(n) for label, n in zip(labels, counts, strict=True)},
        },
        "scores": {"dev": dev_scores},
        "thresholds": dict(zip(labels, thresholds.tolist(), strict=True)),
        "requirements": {"spacy": spacy.__version__, "scikit-learn": sklearn.__version__},
        "training_seconds": round(time.perf_counter() - started, 1),
    }
    model = ThemeModel(
        labels=labels,
        textcat=nlp,
        linear=linear,
        textcat_weight=w,
        calibration=calibration,
        thresholds=thresholds,
        evidence=EvidenceFinder.from_coefficients(vocabulary, coef, labels),
        lexicon=lexicon,
        meta=meta,
    )
    if output is not None:
        save(model, Path(output))
    return model


def save(model: ThemeModel, output: Path) -> None:
    """Write the model directory with its card."""
    from nlp.card import model_card

    model.to_disk(output)
    (output / "MODEL_CARD.md").write_text(model_card(model.meta), encoding="utf-8")


def _columns(examples: list[dict], labels: list[str], lexicon: Lexicon):
    texts = [e.get("text") or "" for e in examples]
    extras = [feature_tokens(e.get("question"), lexicon.hits(t)) for e, t in zip(examples, texts, strict=True)]
    return texts, extras, label_matrix(examples, labels)
