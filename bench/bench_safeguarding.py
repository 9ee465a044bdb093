"""Safeguarding flags on the frozen synthetic test set (nlp/data/safeguarding/test.jsonl) and the explicit list.

Recall comes first: every flag is read by a person, a missed disclosure never is.
"""

import json
import time
from pathlib import Path

from bench.figures import Figure
from nlp.safeguarding import check

DATA = Path(__file__).resolve().parent.parent / "nlp" / "data" / "safeguarding"


def explicit_statements() -> list[tuple[str, str]]:
    lines = (DATA / "explicit.txt").read_text().splitlines()
    return [tuple(line.split("\t", 1)) for line in lines if line.strip() and not line.startswith("#")]


def _figures(path: Path, prefix: str) -> list[Figure]:
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    started = time.process_time()
    results = [check(r["text"]) for r in rows]
    elapsed = time.process_time() - started
    pairs = list(zip(rows, results, strict=True))
    tp = sum(r["flag"] and p["flag"] for r, p in pairs)
    fp = sum(not r["flag"] and p["flag"] for r, p in pairs)
    positives = sum(r["flag"] for r in rows)
    category_right = sum(r["flag"] and bool(set(r["categories"]) & set(p["categories"])) for r, p in pairs)
    return [
        Figure(f"{prefix}recall", tp / positives, 0.95, note=f"{tp}/{positives} concerning answers"),
        Figure(f"{prefix}precision", tp / (tp + fp) if tp + fp else None, 0.30, note=f"{tp}/{tp + fp} flags"),
        Figure(
            f"{prefix}false alarm rate",
            fp / (len(rows) - positives),
            higher_is_better=False,
            note=f"{fp}/{len(rows) - positives} ordinary answers",
        ),
        Figure(
            f"{prefix}category found, of flagged concerning",
            category_right / tp if tp else None,
            note="at least one category matches the gold one",
        ),
        Figure(
            f"{prefix}throughput", len(rows) / elapsed, unit="answers/s", note="per CPU second (the machine is shared)"
        ),
    ]


def run() -> list[Figure]:
    """test.jsonl and heldout.jsonl were looked at while tuning; blind.jsonl never was (see its generator)."""
    explicit = explicit_statements()
    explicit_misses = [text for _, text in explicit if not check(text)["flag"]]
    return [
        *_figures(DATA / "test.jsonl", ""),
        *_figures(DATA / "heldout.jsonl", "held-out "),
        *_figures(DATA / "blind.jsonl", "blind "),
        Figure(
            "explicit-list misses",
            len(explicit_misses),
            0,
            higher_is_better=False,
            note=f"of {len(explicit)} statements",
        ),
    ]


if __name__ == "__main__":
    import sys

    name = f"{sys.argv[1]}.jsonl" if sys.argv[1:] else "test.jsonl"
    rows = [json.loads(line) for line in (DATA / name).read_text().splitlines()]
    for r in rows:
        p = check(r["text"])
        if r["flag"] != p["flag"]:
            print("MISS " if r["flag"] else "FALSE", r["categories"] or p["categories"], r["text"])
