"""A tiny theming model, trained once per test session on a slice of the synthetic data (a few seconds)."""

import functools
import json
import tempfile
from pathlib import Path

import nlp

DATA = Path(nlp.__file__).resolve().parent / "data"


def _slice(name: str, n: int) -> list[dict]:
    with open(DATA / name, encoding="utf-8") as f:
        return [json.loads(line) for _, line in zip(range(n), f, strict=False)]


@functools.cache
def tiny_model_dir() -> Path:
    output = Path(tempfile.mkdtemp(prefix="tiny_theming_")) / "model"
    nlp.train(
        _slice("youth_train.jsonl", 600),
        output,
        dev_examples=_slice("youth_dev.jsonl", 300),
        epochs=3,
        refit=False,
        name="tiny",
        version="0.0.1",
    )
    return output


TOY_EXAMPLES = [
    {"text": text, "themes": themes}
    for text, themes in [
        ("i love apples and pears", ["fruit"]),
        ("bananas are my favourite", ["fruit"]),
        ("the bus was late again", ["vehicle"]),
        ("my bike has a flat tyre", ["vehicle"]),
        ("ate an apple on the bus", ["fruit", "vehicle"]),
        ("nothing much", []),
    ]
    * 8
]
