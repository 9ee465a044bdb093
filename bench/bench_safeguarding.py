"""Safeguarding flags on the frozen synthetic test set (nlp/data/safeguarding/test.jsonl) and the explicit list.

Recall comes first: every flag is read by a person, a missed disclosure never is.
"""

import json
import time
from pathlib import Path

from bench.figures import Figure
from nlp.safeguarding import check, learned

DATA = Path(__file__).resolve().parent.parent / "nlp" / "data" / "safeguarding"


def explicit_statements() -> list[tuple[str, str]]:
    lines = (DATA / "explicit.txt").read_text().splitlines()
    return [tuple(line.split("\t", 1)) for line in lines if line.strip() and not line.startswith("#")]


def _figures(path: Path, prefix: str, learned_tier: bool = True) -> list[Figure]:
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    started = time.process_time()
    results = [check(r["text"], learned_tier=learned_tier) for r in rows]
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


def _first_check_seconds() -> float:
    """CPU seconds of the first check in a process: loading (or, without `make model`, fitting) the learned tier."""
    learned._model.cache_clear()
    started = time.process_time()
    check("the buses are late")
    return time.process_time() - started


def _theming_answers_flagged() -> list[Figure]:
    """Unlabelled, but mostly ordinary: how many more answers of nlp/data/youth_dev.jsonl the learned tier flags."""
    texts = [json.loads(line)["text"] for line in (DATA.parent / "youth_dev.jsonl").read_text().splitlines()]
    rules = sum(check(t, learned_tier=False)["flag"] for t in texts)
    both = sum(check(t)["flag"] for t in texts)
    return [
        Figure(
            "theming dev answers flagged",
            both / len(texts),
            higher_is_better=False,
            note=f"{both}/{len(texts)}, rules alone {rules}; unlabelled, some are disclosures",
        )
    ]


def run() -> list[Figure]:
    """test.jsonl and heldout.jsonl were tuned on; blind.jsonl was looked at once, after the learned tier (README).

    handwritten.jsonl was written by hand by someone who never saw the rules or the training data, and nothing was
    tuned on it: its figures are the ones to quote.
    """
    first = _first_check_seconds()
    explicit = explicit_statements()
    explicit_misses = [text for _, text in explicit if not check(text)["flag"]]
    return [
        *_figures(DATA / "test.jsonl", ""),
        *_figures(DATA / "heldout.jsonl", "held-out "),
        *_figures(DATA / "blind.jsonl", "blind "),
        *_figures(DATA / "blind.jsonl", "blind, rules alone, ", learned_tier=False)[:3],
        *_figures(DATA / "handwritten.jsonl", "hand-written (never tuned on) "),
        *_figures(DATA / "handwritten.jsonl", "hand-written, rules alone, ", learned_tier=False)[:3],
        *_theming_answers_flagged(),
        Figure("first check", first, unit="s", higher_is_better=False, note="CPU: loads or fits the learned tier"),
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
