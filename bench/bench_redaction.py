"""Redaction on the frozen synthetic test set (nlp/data/redaction/test.jsonl): recall per label, precision, speed.

A gold item counts as found when a predicted item with the same label overlaps it; a predicted item counts as
right when it overlaps a gold item with the same label. Overlap rather than exact offsets, because what matters
is that the personal data is hidden ("Miss [PERSON]" and "[PERSON]" both hide "Miss Okafor").
"""

import json
import time
from collections import Counter
from pathlib import Path

from bench.figures import Figure
from nlp.redaction import LABELS, redact

TEST_SET = Path(__file__).resolve().parent.parent / "nlp" / "data" / "redaction" / "test.jsonl"
HELDOUT_SET = TEST_SET.with_name("heldout.jsonl")
BLIND_SET = TEST_SET.with_name("blind.jsonl")  # written last, never tuned on
STRUCTURED = ("EMAIL", "PHONE", "POSTCODE", "NHS_NUMBER", "HANDLE", "URL")
TARGETS = {**{label: 0.98 for label in STRUCTURED}, "PERSON": 0.90, "SCHOOL": 0.85}


def _overlaps(a: dict, b: dict) -> bool:
    return a["label"] == b["label"] and a["start"] < b["end"] and b["start"] < a["end"]


def score(rows: list[dict], predictions: list[list[dict]]) -> dict:
    found, gold_n, right, pred_n, exact = Counter(), Counter(), Counter(), Counter(), Counter()
    misses, false_alarms = [], []
    for row, pred in zip(rows, predictions, strict=True):
        for g in row["spans"]:
            gold_n[g["label"]] += 1
            if any(_overlaps(g, p) for p in pred):
                found[g["label"]] += 1
                exact[g["label"]] += any(g == {k: p[k] for k in ("label", "start", "end")} for p in pred)
            else:
                misses.append((row["text"], g["label"], row["text"][g["start"] : g["end"]]))
        for p in pred:
            pred_n[p["label"]] += 1
            if any(_overlaps(g, p) for g in row["spans"]):
                right[p["label"]] += 1
            else:
                false_alarms.append((row["text"], p["label"], row["text"][p["start"] : p["end"]]))
    return {
        "found": found,
        "gold": gold_n,
        "right": right,
        "predicted": pred_n,
        "exact": exact,
        "misses": misses,
        "false_alarms": false_alarms,
    }


def _figures(path: Path, prefix: str) -> list[Figure]:
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    texts = [r["text"] for r in rows]
    started = time.process_time()
    predictions = [redact(t)["pii"] for t in texts]
    elapsed = time.process_time() - started
    s = score(rows, predictions)
    figures = []
    for label in LABELS:
        if s["gold"][label]:
            figures.append(
                Figure(
                    f"{prefix}recall {label}",
                    s["found"][label] / s["gold"][label],
                    TARGETS.get(label),
                    note=f"{s['found'][label]}/{s['gold'][label]}, exact offsets {s['exact'][label]}",
                )
            )
    for label in LABELS:
        if s["predicted"][label]:
            figures.append(
                Figure(
                    f"{prefix}precision {label}",
                    s["right"][label] / s["predicted"][label],
                    note=f"{s['right'][label]}/{s['predicted'][label]}",
                )
            )
    right, predicted = sum(s["right"].values()), sum(s["predicted"].values())
    found, gold = sum(s["found"].values()), sum(s["gold"].values())
    return figures + [
        Figure(
            f"{prefix}precision overall", right / predicted if predicted else None, 0.85, note=f"{right}/{predicted}"
        ),
        Figure(f"{prefix}recall overall", found / gold, note=f"{found}/{gold}"),
        Figure(
            f"{prefix}throughput",
            len(texts) / elapsed,
            unit="answers/s",
            note=f"{len(texts)} answers, per CPU second (the machine is shared)",
        ),
    ]


def run() -> list[Figure]:
    """test.jsonl and heldout.jsonl were looked at while tuning; blind.jsonl, written last, never was."""
    return _figures(TEST_SET, "") + _figures(HELDOUT_SET, "held-out ") + _figures(BLIND_SET, "blind ")


if __name__ == "__main__":
    import sys

    path = TEST_SET.with_name(f"{sys.argv[1]}.jsonl") if sys.argv[1:] else TEST_SET
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    s = score(rows, [redact(r["text"])["pii"] for r in rows])
    for kind in ("misses", "false_alarms"):
        print(f"-- {kind}")
        for text, label, span in s[kind]:
            print(f"{label:<14} {span!r:<32} {text}")
