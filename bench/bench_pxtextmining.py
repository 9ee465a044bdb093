"""The theming machinery on a public benchmark: pxtextmining's NHS patient feedback (multi-label, framework v7).

Protocol (the data's README, "local protocol"): drop rows with no text or no label; merge v6 columns into v7 names;
keep every label with at least 25 positives except "Not assigned"; `random.seed(42)`, shuffle, first 80% to train,
the rest to test. The question type (what was good / could improve / nonspecific) is passed as the question.
The data stays beside the repository (../shared/benchmarks/pxtextmining) and is never copied into it.
"""

import random
import tempfile
import time
from pathlib import Path

from bench.figures import Figure

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "pxtextmining"
CSV = DATA / "v6framework_230831.csv"
TEXT, QUESTION = "FFT answer", "FFT question"
FIRST_LABEL, LAST_LABEL = "Not assigned", "Positive experience & gratitude"
V7_MERGES = {
    "Staffing levels & responsiveness": ["Number & deployment of staff", "Staff responsiveness"],
    "Continuity of care": ["Staff continuity", "Referals & continuity of care"],
    "Environment, facilities & equipment": ["Environment & Facilities", "Provision of medical equipment"],
}
MIN_POSITIVES = 25
EPOCHS = 6


def question_type(question: str) -> str:
    q = str(question).lower()
    if "what was good" in q:
        return "what_good"
    if "improve" in q or "better" in q:
        return "could_improve"
    return "nonspecific"


def load() -> tuple[list[dict], list[str]]:
    """Examples {"text", "themes", "question"} in file order, and the kept v7 labels."""
    import pandas as pd

    frame = pd.read_csv(CSV)
    columns = list(frame.columns)
    label_columns = columns[columns.index(FIRST_LABEL) : columns.index(LAST_LABEL) + 1]
    positives = frame[label_columns].fillna(0).astype(float) > 0
    for merged, parts in V7_MERGES.items():
        positives[merged] = positives[parts].any(axis=1)
        positives = positives.drop(columns=parts)
    has_text = frame[TEXT].fillna("").astype(str).str.strip() != ""
    keep_rows = has_text & positives.any(axis=1)
    positives, frame = positives[keep_rows], frame[keep_rows]
    labels = [c for c in positives.columns if c != FIRST_LABEL and positives[c].sum() >= MIN_POSITIVES]
    examples = [
        {"text": str(text), "question": question_type(q), "themes": [c for c in labels if row[c]]}
        for text, q, (_, row) in zip(frame[TEXT], frame[QUESTION], positives.iterrows(), strict=True)
    ]
    return examples, labels


def run() -> list[Figure]:
    if not CSV.exists():
        print(f"pxtextmining data not found at {DATA}: skipped (see the benchmark's README for where it comes from)")
        return [Figure("pxtextmining", None, note=f"skipped: no data at {DATA}")]
    import nlp

    examples, labels = load()
    random.seed(42)
    random.shuffle(examples)
    cut = int(len(examples) * 0.8)
    train, test = examples[:cut], examples[cut:]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        model = nlp.train(
            train,
            Path(tmp) / "px",
            labels=labels,
            epochs=EPOCHS,
            name="pxtextmining",
            seed=0,
            data_note="pxtextmining v6framework_230831.csv, v7-merged labels",
            threshold_range=(0.05, 0.95),  # a random dev split is like the test set: let rare labels go low
        )
    seconds = time.perf_counter() - started
    scores = nlp.evaluate(model, test)
    worst = min(scores["per_theme"].items(), key=lambda kv: kv[1]["f1"])
    arch = model.meta["architecture"]
    note = f"{len(labels)} labels, {len(train)} train / {len(test)} test"
    return [
        Figure("pxtextmining micro-F1 (v7, >=25 examples)", scores["micro_f1"], 0.75, note=note),
        Figure("pxtextmining macro-F1", scores["macro_f1"], 0.60),
        Figure("pxtextmining expected calibration error", scores["ece"], 0.05, higher_is_better=False),
        Figure("pxtextmining worst label F1", worst[1]["f1"], note=f"{worst[0]}, support {worst[1]['support']}"),
        Figure(
            "pxtextmining textcat weight chosen",
            arch["textcat_weight"],
            note=f"linear model {arch.get('linear', 'logistic')}; out-of-fold macro-F1: "
            + "; ".join(
                f"{s.get('linear', 'logistic')} w={s['textcat_weight']}: {s['macro_f1']:.3f}"
                for s in arch["ensemble_selection_on_dev"]
            ),
        ),
        Figure("pxtextmining training time", seconds, unit="s", higher_is_better=False),
    ]
