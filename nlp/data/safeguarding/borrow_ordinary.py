"""Add ordinary answers from the theming training set to train.jsonl: `python nlp/data/safeguarding/borrow_ordinary.py`.

The hand-written rows of train.jsonl teach the learned tier what disclosures and hard ordinary answers look like,
but a few hundred ordinary answers cannot teach it what everyday answers look like: alone it flagged one in five
answers of nlp/data/youth_dev.jsonl ("no one asks teenagers what they need", "CANT BE BOTHERED"). So train.jsonl
also carries answers from nlp/data/youth_train.jsonl (synthetic, roughened, never scored by the safeguarding bench),
marked `"source"`: only answers with no theme or themes that carry no risk (not safety, mental health, relationships,
discrimination, online or food), and only where the rules find nothing, so that no disclosure is taught as ordinary.
Rerun after changing the rules or youth_train.jsonl; the hand-written rows stay.
"""

import json
import random
from pathlib import Path

from nlp.safeguarding import check

HERE = Path(__file__).resolve().parent
TRAIN = HERE / "train.jsonl"
YOUTH = HERE.parent / "youth_train.jsonl"
RISKY_THEMES = {"safety", "mental_health", "relationships", "discrimination", "digital_online", "food"}
SCORED = ("test.jsonl", "heldout.jsonl", "blind.jsonl", "handwritten.jsonl")
HOW_MANY = 1200
SEED = 4242


def main() -> None:
    own = [json.loads(line) for line in TRAIN.read_text().splitlines() if line.strip()]
    own = [r for r in own if r.get("source") != "youth_train.jsonl"]  # every hand-written row stays
    # Never an answer a scored set holds (read only to leave its answers out).
    seen = {
        " ".join(json.loads(line)["text"].lower().split())
        for name in SCORED
        if (HERE / name).exists()
        for line in (HERE / name).read_text().splitlines()
        if line.strip()
    }
    borrowed = []
    for row in map(json.loads, YOUTH.read_text().splitlines()):
        text, key = row["text"], " ".join(row["text"].lower().split())
        if RISKY_THEMES & set(row["themes"]) or key in seen:
            continue
        seen.add(key)
        if check(text, learned_tier=False)["flag"]:
            continue
        borrowed.append(text)
    borrowed = random.Random(SEED).sample(borrowed, min(HOW_MANY, len(borrowed)))
    rows = [{k: v for k, v in r.items() if k != "id"} for r in own]
    rows += [{"text": t, "flag": False, "categories": [], "source": "youth_train.jsonl"} for t in borrowed]
    TRAIN.write_text(
        "".join(
            json.dumps({"id": f"sgt-{i:04d}", **r, "synthetic": True}, ensure_ascii=False) + "\n"
            for i, r in enumerate(rows)
        )
    )
    print(f"{len(own)} hand-written rows and {len(borrowed)} borrowed ordinary answers in {TRAIN}")


if __name__ == "__main__":
    main()
