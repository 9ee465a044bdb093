"""Youth Voice NLP: theme young people's answers against the framework. A library first; `python -m nlp` is a thin
CLI over it. Never imports Django.

    import nlp
    nlp.theme(["theres mould in my room and my asthma is worse"], questions=["What would help?"])
    # [{"themes": [{"slug": "housing", "confidence": 0.97, "evidence": [{"start": 8, "end": 13, "text": "mould"}]},
    #              {"slug": "asthma", ...}], "model": "youth_voice_themes@2026.11.24"}]

Heavy imports (spaCy, scikit-learn) happen on first use, so `import nlp` stays cheap.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nlp.model import ThemeModel

__all__ = ["DEFAULT_MODEL", "ModelNotFound", "evaluate", "load_model", "read_examples", "theme", "train"]

DEFAULT_MODEL = Path(__file__).resolve().parent / "models" / "default"


class ModelNotFound(FileNotFoundError):
    """No model directory where one was asked for."""


def load_model(path: str | Path | None = None) -> ThemeModel:
    """The theming model in directory `path` (default: nlp/models/default), loaded once and cached."""
    return _load(str(Path(path or DEFAULT_MODEL).resolve()))


@functools.lru_cache(maxsize=4)
def _load(path: str) -> ThemeModel:
    from nlp.model import ThemeModel

    if not Path(path, "meta.json").exists():
        hint = " Run `make setup` to build the default model." if Path(path) == DEFAULT_MODEL else ""
        raise ModelNotFound(f"no theming model at {path}.{hint}")
    return ThemeModel.from_disk(Path(path))


def theme(
    texts: Sequence[str], questions: Sequence[str | None] | None = None, model: ThemeModel | str | Path | None = None
) -> list[dict]:
    """Theme each text; one result per text, in order.

    Each result is {"themes": [{"slug", "confidence", "evidence": [{"start", "end", "text"}]}], "model":
    "<name>@<version>"}. Themes are those at or above their own threshold, most confident first; confidence is
    calibrated (0-1); evidence offsets index the text as given. Blank text gives no themes. `questions`, if given,
    holds the question each text answers (same length, None where unknown). `model` is a loaded model or a model
    directory; default: load_model().
    """
    if questions is not None and len(questions) != len(texts):
        raise ValueError(f"{len(texts)} texts but {len(questions)} questions")
    if model is None or isinstance(model, str | Path):
        model = load_model(model)
    return model.theme(list(texts), None if questions is None else list(questions))


def read_examples(path: str | Path) -> list[dict]:
    """Labelled answers from JSON Lines: {"text": str, "themes": [slug, ...], "question"?: str} per line."""
    examples = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                example = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}, line {number}: not valid JSON ({error.msg})") from None
            if not isinstance(example, dict) or not isinstance(example.get("text"), str):
                raise ValueError(f'{path}, line {number}: expected an object with a "text" string')
            if not isinstance(example.get("themes", []), list):
                raise ValueError(f'{path}, line {number}: "themes" must be a list of labels')
            examples.append(example)
    return examples


def train(examples: Iterable[dict] | str | Path, output: str | Path | None = None, **options) -> ThemeModel:
    """Train a model from labelled answers (a list of dicts or a JSONL path) and write it to `output` if given.

    Options: labels (default: the framework's 20 slugs, or the data's own labels if they are not framework slugs),
    name, version, epochs, c, svm_c, linear_kinds, folds, refit, seed, data_note, log. See nlp.training.train.
    """
    from nlp.training import train as _train

    if isinstance(examples, str | Path):
        examples = read_examples(examples)
    return _train(list(examples), None if output is None else Path(output), **options)


def evaluate(model: ThemeModel | str | Path | None, examples: Iterable[dict] | str | Path) -> dict:
    """Score a model on labelled answers: per-theme precision/recall/F1/support, micro/macro-F1 and ECE.

    See nlp.metrics.score for the shape. Labels the model does not know are ignored.
    """
    from nlp.metrics import score
    from nlp.training import label_matrix

    if model is None or isinstance(model, str | Path):
        model = load_model(model)
    if isinstance(examples, str | Path):
        examples = read_examples(examples)
    examples = list(examples)
    probs = model.probabilities([e.get("text") or "" for e in examples], [e.get("question") for e in examples])
    return score(label_matrix(examples, model.labels), model.predict(probs), model.labels, probs)
