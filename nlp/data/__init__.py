"""The shipped theming data (all SYNTHETIC; see README.md) and the recipe the default model is trained with.

The Makefile's model rule and engage's retraining both train on `training_files()` and calibrate on `dev_files()`.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
# The hand-written answers are fewer than the template-built ones and read more like real answers: each file is named
# twice, so they weigh double (held-out micro-F1 0.864 against 0.860 once; nlp/data/README.md).
HANDWRITTEN_WEIGHT = 2


def training_files() -> list[Path]:
    """The template-built training answers, then the hand-written ones HANDWRITTEN_WEIGHT times."""
    handwritten = sorted(HERE.glob("youth_train_handwritten_*.jsonl"))
    return [HERE / "youth_train.jsonl", *handwritten * HANDWRITTEN_WEIGHT]


def dev_files() -> list[Path]:
    """Held-out answers of both kinds, for calibration and per-theme thresholds."""
    return [HERE / "youth_dev.jsonl", HERE / "youth_dev_handwritten.jsonl"]
