"""The default model's recipe is written twice, in the Makefile and in nlp.data (for engage's retraining): they agree."""

import json
import shlex
import subprocess
from pathlib import Path

from nlp.data import HERE, dev_files, training_files

REPO = Path(__file__).resolve().parents[2]


def test_the_makefile_trains_the_default_model_on_the_same_files_as_retraining():
    dry_run = subprocess.run(
        ["make", "-n", "-B", "nlp/models/default/meta.json"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.replace("\\\n", " ")
    words = shlex.split(next(line for line in dry_run.splitlines() if " -m nlp train " in line))
    after_train = words[words.index("train") + 1 :]
    data = after_train[: after_train.index("--dev")]
    after_dev = after_train[after_train.index("--dev") + 1 :]
    dev = after_dev[: next(i for i, w in enumerate(after_dev) if w.startswith("-"))]
    assert [REPO / p for p in data] == training_files()
    assert [REPO / p for p in dev] == dev_files()


def test_the_hand_written_answers_weigh_double_and_stay_apart_from_every_evaluation_set():
    files = training_files()
    handwritten = [f for f in files if "handwritten" in f.name]
    assert len(handwritten) == 2 * len(set(handwritten)) >= 8
    # The template-built files are left out: their no-theme answers ("idk", "no thanks") are the same words any
    # writer uses, and regenerating them would change the frozen test set.
    written = [f for f in {*files, *dev_files()} if "handwritten" in f.name]
    trained = {json.loads(line)["text"] for f in written for line in f.read_text().splitlines()}
    for held in ("youth_test.jsonl", "youth_handwritten.jsonl"):
        scored = {json.loads(line)["text"] for line in (HERE / held).read_text().splitlines()}
        assert not trained & scored, f"{held} shares answers with the training data"
