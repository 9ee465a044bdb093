"""The theming library: training on any label set, calibration and thresholds in use, scores, no network."""

import json
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import nlp
from nlp.calibration import apply_platt, fit_platt, tune_thresholds
from nlp.cli import main
from nlp.labels import framework_labels
from nlp.lexicon import Lexicon
from nlp.metrics import expected_calibration_error, score
from tests.nlp.theming_support import TOY_EXAMPLES, tiny_model_dir

REPO = Path(__file__).resolve().parents[2]


def test_default_labels_are_the_frameworks_twenty_slugs():
    labels = framework_labels()
    assert len(labels) == 20 and len(set(labels)) == 20
    assert {"housing", "voice", "asthma", "mental_health"} <= set(labels)


def test_training_on_another_label_set_works(tmp_path):
    model = nlp.train(TOY_EXAMPLES, tmp_path / "toy", labels=["fruit", "vehicle"], epochs=3, refit=False)
    assert model.labels == ["fruit", "vehicle"]
    loaded = nlp.load_model(tmp_path / "toy")
    assert json.loads((tmp_path / "toy" / "meta.json").read_text())["labels"] == ["fruit", "vehicle"]
    result = nlp.theme(["apples and bananas", "nothing much"], model=loaded)
    assert [t["slug"] for t in result[0]["themes"]] == ["fruit"]
    assert result[1]["themes"] == []


def test_labels_are_read_from_the_data_when_they_are_not_the_frameworks():
    model = nlp.train(TOY_EXAMPLES, epochs=1, refit=False)
    assert model.labels == ["fruit", "vehicle"]


def test_cli_train_reads_a_labels_file(tmp_path):
    data = tmp_path / "toy.jsonl"
    data.write_text("".join(json.dumps(e) + "\n" for e in TOY_EXAMPLES))
    (tmp_path / "labels.txt").write_text("# toy\nvehicle\nfruit\n")
    code = main(
        [
            "train",
            str(data),
            "-o",
            str(tmp_path / "m"),
            "--labels",
            str(tmp_path / "labels.txt"),
            "--epochs",
            "1",
            "--no-refit",
            "--quiet",
        ]
    )
    assert code == 0
    assert json.loads((tmp_path / "m" / "meta.json").read_text())["labels"] == ["vehicle", "fruit"]
    assert "vehicle" in (tmp_path / "m" / "MODEL_CARD.md").read_text()


def test_thresholds_and_calibration_are_written_and_used(tmp_path):
    model_dir = tmp_path / "model"
    shutil.copytree(tiny_model_dir(), model_dir)
    text = ["theres mould in my bedroom and my asthma is worse"]
    thresholds = json.loads((model_dir / "thresholds.json").read_text())
    calibration = json.loads((model_dir / "calibration.json").read_text())
    assert set(thresholds) == set(framework_labels()) == set(calibration["themes"])
    before = nlp.load_model(model_dir)
    found = {t["slug"]: t["confidence"] for t in nlp.theme(text, model=before)[0]["themes"]}
    assert "asthma" in found

    thresholds["asthma"] = 1.01  # out of reach: the model must stop reporting asthma
    (model_dir / "thresholds.json").write_text(json.dumps(thresholds))
    calibration["themes"]["housing"] = {"a": 0.0, "b": 0.0}  # flat calibration: confidence 0.5 whatever the score
    (model_dir / "calibration.json").write_text(json.dumps(calibration))
    from nlp.model import ThemeModel

    after = {t["slug"]: t["confidence"] for t in ThemeModel.from_disk(model_dir).theme(text)[0]["themes"]}
    assert "asthma" not in after
    if thresholds["housing"] <= 0.5:
        assert after["housing"] == 0.5
    else:
        assert "housing" not in after


def test_scores_match_a_hand_computation():
    labels = ["a", "b"]
    y_true = np.array([[1, 0], [1, 1], [0, 1], [0, 0]], dtype=bool)
    y_pred = np.array([[1, 1], [0, 1], [0, 1], [1, 0]], dtype=bool)
    s = score(y_true, y_pred, labels)
    # a: tp 1, fp 1, fn 1 -> P 0.5 R 0.5 F1 0.5;  b: tp 2, fp 1, fn 0 -> P 2/3 R 1 F1 0.8
    assert s["per_theme"]["a"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2}
    assert s["per_theme"]["b"]["f1"] == pytest.approx(0.8)
    assert s["micro_f1"] == pytest.approx(2 * 3 / (2 * 3 + 2 + 1))
    assert s["macro_f1"] == pytest.approx((0.5 + 0.8) / 2)


def test_ece_matches_a_hand_computation():
    probs = np.array([0.05, 0.05, 0.95, 0.95, 0.55])
    y = np.array([0, 1, 1, 1, 0])
    # bins: [0.0,0.1) conf 0.05 rate 0.5 -> 0.45 x 2/5; [0.9,1.0] conf 0.95 rate 1 -> 0.05 x 2/5; [0.5,0.6) 0.55 x 1/5
    assert expected_calibration_error(y, probs) == pytest.approx(0.45 * 0.4 + 0.05 * 0.4 + 0.55 * 0.2)


def test_evaluate_json_matches_the_models_own_predictions(tmp_path, capsys):
    examples = [
        {"text": "theres mould in my bedroom", "themes": ["housing"]},
        {"text": "my asthma is bad and i cant get a gp appointment", "themes": ["asthma", "health_services"]},
        {"text": "idk", "themes": []},
        {"text": "the youth club shut", "themes": ["community", "voice"]},
    ]
    data = tmp_path / "tiny.jsonl"
    data.write_text("".join(json.dumps(e) + "\n" for e in examples))
    assert main(["evaluate", str(tiny_model_dir()), str(data), "--json"]) == 0
    reported = json.loads(capsys.readouterr().out)
    predicted = [
        {t["slug"] for t in r["themes"]} for r in nlp.theme([e["text"] for e in examples], model=tiny_model_dir())
    ]
    tp = sum(len(p & set(e["themes"])) for p, e in zip(predicted, examples, strict=True))
    fp = sum(len(p - set(e["themes"])) for p, e in zip(predicted, examples, strict=True))
    fn = sum(len(set(e["themes"]) - p) for p, e in zip(predicted, examples, strict=True))
    assert reported["micro_f1"] == pytest.approx(2 * tp / (2 * tp + fp + fn))
    assert reported["per_theme"]["voice"]["support"] == 1
    assert reported["n"] == 4 and 0.0 <= reported["ece"] <= 1.0


def test_platt_scaling_is_monotone_and_fits_the_hit_rate():
    rng = np.random.default_rng(0)
    scores = rng.uniform(0.01, 0.99, 4000)
    y = rng.uniform(size=4000) < scores**2  # true probability is score squared: the raw score is overconfident
    a, b = fit_platt(scores, y)
    calibrated = apply_platt(scores[:, None], np.array([[a, b]]))[:, 0]
    assert np.all(np.diff(calibrated[np.argsort(scores)]) >= 0)
    assert expected_calibration_error(y, calibrated) < expected_calibration_error(y, scores)


def test_thresholds_are_tuned_per_theme():
    probs = np.array([[0.9, 0.3], [0.8, 0.35], [0.6, 0.1], [0.2, 0.32], [0.1, 0.05]] * 4)
    y = np.array([[1, 1], [1, 1], [0, 0], [0, 1], [0, 0]] * 4, dtype=bool)
    thresholds = tune_thresholds(probs, y)
    assert 0.6 < thresholds[0] <= 0.8
    assert 0.1 < thresholds[1] <= 0.3


def test_lexicon_hits_point_into_the_text():
    lexicon = Lexicon({"housing": ["mould", "sofa surfing"], "asthma": ["inhaler"]})
    text = "Sofa-surfing, MOULD everywhere & lost my inhalers"
    hits = lexicon.hits(text)
    assert {(text[s:e].lower(), theme) for s, e, theme in hits} == {
        ("sofa-surfing", "housing"),
        ("mould", "housing"),
        ("inhalers", "asthma"),
    }


def test_a_missing_default_model_says_to_run_make_setup(monkeypatch, tmp_path):
    monkeypatch.setattr(nlp, "DEFAULT_MODEL", tmp_path / "nowhere")
    with pytest.raises(nlp.ModelNotFound, match="make setup"):
        nlp._load(str(tmp_path / "nowhere"))


def test_loading_and_theming_need_no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("nlp tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    nlp._load.cache_clear()
    model = nlp.load_model(tiny_model_dir())
    assert nlp.theme(["my inhaler ran out"], model=model)[0]["model"] == "tiny@0.0.1"


def test_nlp_never_imports_django():
    code = (
        "import pkgutil, importlib, sys, nlp\n"
        "for m in pkgutil.walk_packages(nlp.__path__, 'nlp.'):\n"
        "    if m.name != 'nlp.__main__': importlib.import_module(m.name)\n"
        "import nlp.model, nlp.training, nlp.cli\n"
        "bad = [m for m in sys.modules if m == 'django' or m.startswith('django.')]\n"
        "assert not bad, bad\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
