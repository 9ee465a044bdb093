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
from nlp.linear import KINDS, LinearThemer
from nlp.metrics import score
from nlp.model import ThemeModel, feature_tokens
from nlp.textcat import textcat_scores, train_textcat

ENSEMBLE_WEIGHTS = (0.0, 0.25, 0.5, 0.75, 1.0)  # share of the spaCy textcat in the averaged score
FOLDS = 5  # cross-validation folds when no dev file is given
LINEAR_SUMMARY = {
    "logistic": "one-vs-rest class-weighted logistic regression",
    "svm": "one-vs-rest linear SVM (squared hinge, margin through a sigmoid)",
    "nbsvm": "NB-SVM (one linear SVM per theme on features scaled by naive-Bayes log-count ratios, margin through "
    "a sigmoid)",
}
SVM_C = 0.3  # chosen by 5-fold cross-validation on pxtextmining (0.1, 0.3, 1.0: out-of-fold macro-F1 .600/.606/.592)
NBSVM_C = 0.1  # likewise (0.05, 0.1, 0.3: .619/.619/.606 on one split; .619/.617 at 0.05/0.1 on another)


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
    use_lexicon: bool = True,
    threshold_range: tuple[float, float] = THRESHOLD_RANGE,
    epochs: int = 10,
    c: float = 4.0,
    svm_c: float = SVM_C,
    nbsvm_c: float = NBSVM_C,
    linear_kinds: tuple[str, ...] = KINDS,
    folds: int = FOLDS,
    refit: bool = True,
    seed: int = 0,
    data_note: str = "",
    log: Callable[[str], None] = lambda _: None,
) -> ThemeModel:
    """Train on `examples` ({"text", "themes": [...], "question"?}) and, if `output` is given, write the model there.

    Held-out answers choose the linear model (`linear_kinds`: logistic regression with C=`c`, linear SVM with
    C=`svm_c`, NB-SVM with C=`nbsvm_c`) and the ensemble weight, fit per-theme calibration and tune per-theme
    thresholds. They are the `dev_examples` if given (best when phrased unlike the training answers, as new answers
    will be; with `refit` both models are then retrained on all the answers), else out-of-fold scores from
    `folds`-fold cross-validation over `examples`, after which the chosen models are fitted on all of them (`refit`
    does not apply).
    `use_lexicon` adds nlp/lexicon.yaml's theme words as features (for the themes it knows). Tuned thresholds stay
    within `threshold_range`.
    """
    started = time.perf_counter()
    labels = choose_labels(examples, labels)
    unknown = Counter(t for e in examples for t in e.get("themes", []) if t not in set(labels))
    if unknown:
        log(f"ignoring labels not in the label set: {dict(unknown)}")
    lexicon = Lexicon.for_labels(labels) if use_lexicon else Lexicon({})
    linear_c = {"logistic": c, "svm": svm_c, "nbsvm": nbsvm_c}
    shuffled = list(examples)
    random.Random(seed).shuffle(shuffled)

    def fit(part: list[dict], kinds=linear_kinds, textcat: bool = True):
        texts, extras, y = _columns(part, labels, lexicon)
        linears = {}
        for kind in kinds:
            log(f"training the linear model ({kind}, C={linear_c[kind]}) on {len(part)} answers")
            linears[kind] = LinearThemer(c=linear_c[kind], seed=seed, kind=kind).fit(texts, extras, y)
        if not textcat:
            return None, linears
        log(f"training the spaCy textcat on {len(part)} answers")
        return train_textcat(texts, extras, y, labels, epochs=epochs, seed=seed, log=log), linears

    def held_out_scores(nlp, linears, part: list[dict]) -> dict[str, np.ndarray]:
        texts, extras, _ = _columns(part, labels, lexicon)
        found = {kind: linear.scores(texts, extras) for kind, linear in linears.items()}
        found["textcat"] = textcat_scores(nlp, texts, extras, labels)
        return found

    if dev_examples:
        dev = list(dev_examples)
        nlp, linears = fit(shuffled)
        dev_scores_by_model = held_out_scores(nlp, linears, dev)
        fit_examples = len(shuffled)
        shuffled = shuffled + dev
        dev_from = "given held-out file"
    else:
        dev = shuffled
        k = max(2, min(folds, len(shuffled)))
        dev_scores_by_model = {}
        for fold in range(k):
            held = [i for i in range(len(shuffled)) if i % k == fold]
            rest = [e for i, e in enumerate(shuffled) if i % k != fold]
            log(f"cross-validation fold {fold + 1}/{k}")
            nlp, linears = fit(rest)
            fold_scores = held_out_scores(nlp, linears, [shuffled[i] for i in held])
            for scorer, values in fold_scores.items():
                dev_scores_by_model.setdefault(scorer, np.zeros((len(shuffled), len(labels))))[held] = values
        fit_examples = len(shuffled)
        dev_from = f"out-of-fold scores, {k}-fold cross-validation over the examples"
    dev_y = label_matrix(dev, labels)

    def settle(kind: str, w: float):
        raw = w * dev_scores_by_model["textcat"] + (1 - w) * dev_scores_by_model[kind]
        calibration = fit_calibration(raw, dev_y)
        probs = apply_platt(raw, calibration)
        thresholds = tune_thresholds(probs, dev_y, threshold_range)
        return calibration, thresholds, score(dev_y, probs >= thresholds, labels, probs)

    selection = []
    for kind in linear_kinds:
        for w in ENSEMBLE_WEIGHTS:
            s = settle(kind, w)[2]
            selection.append(
                {
                    "linear": kind,
                    "textcat_weight": w,
                    "macro_f1": s["macro_f1"],
                    "micro_f1": s["micro_f1"],
                    "ece": s["ece"],
                }
            )
            log(f"{kind} with textcat weight {w}: held-out macro-F1 {s['macro_f1']:.3f} micro-F1 {s['micro_f1']:.3f}")
    best = max(
        selection,
        key=lambda s: (
            round(s["macro_f1"], 3),
            round(s["micro_f1"], 3),
            -abs(s["textcat_weight"] - 0.5),
            -linear_kinds.index(s["linear"]),
        ),
    )
    kind, w = best["linear"], best["textcat_weight"]
    calibration, thresholds, dev_scores = settle(kind, w)

    if dev_examples and not refit:
        linear = linears[kind]
    else:
        log("fitting the chosen models on all answers" if not dev_examples else "refitting on all answers")
        refitted_nlp, refitted = fit(shuffled, kinds=(kind,), textcat=w > 0)
        linear = refitted[kind]
        # A textcat the ensemble gives no weight is not worth retraining: the one fitted last (on the training
        # answers, or the last fold's) stays in the directory unused.
        nlp = refitted_nlp or nlp
        fit_examples = len(shuffled)
    vocabulary, coef = linear.word_coefficients()
    counts = label_matrix(shuffled, labels).sum(axis=0)
    meta = {
        "name": name,
        "version": version or dt.date.today().strftime("%Y.%m.%d"),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "labels": labels,
        "architecture": {
            "summary": f"{LINEAR_SUMMARY[kind]} on TF-IDF words (1-2 grams), character 2-5 grams, question "
            "words and theme-lexicon hits (nlp/lexicon.yaml), averaged with a spaCy TextCatBOW.v3 "
            f"textcat_multilabel (word 1-2 grams, same extra tokens) at weight {w}; Platt-calibrated per theme; "
            f"per-theme thresholds tuned on {'held-out answers' if dev_examples else 'out-of-fold scores'}; "
            "evidence from the linear model's word weights",
            "linear": kind,
            "linear_c": linear_c[kind],
            "textcat_weight": w,
            "textcat_epochs": epochs,
            "logistic_c": c,
            "svm_c": svm_c,
            "nbsvm_c": nbsvm_c,
            "refit_on_all": fit_examples == len(shuffled),
            "threshold_range": list(threshold_range),
            "lexicon_themes": sorted(lexicon.entries),
            "ensemble_selection_on_dev": selection,
        },
        "data": {
            "note": data_note,
            "examples": len(shuffled),
            "dev_from": dev_from,
            "fit_examples": fit_examples,
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
