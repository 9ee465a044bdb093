"""`python -m nlp theme`: formats, order, bad rows and evidence, against a tiny trained model."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from nlp.cli import main
from tests.nlp.theming_support import tiny_model_dir

REPO = Path(__file__).resolve().parents[2]
TEXTS = [
    "theres mould in my bedroom and my asthma is worse",
    "idk",
    "",
    "   ",
    "cant get a gp appointment, waited 2 years for camhs",
    "the youth club shut so we just hang round the shops",
]


def run_theme(tmp_path, source: str, *extra: str) -> tuple[int, list[dict]]:
    out = tmp_path / "out.jsonl"
    code = main(["theme", source, "-o", str(out), "--model", str(tiny_model_dir()), "--quiet", *extra])
    rows = [json.loads(line) for line in out.read_text().splitlines()] if out.exists() else []
    return code, rows


def write_csv(path: Path, texts: list[str]) -> Path:
    import csv

    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "text", "question"])
        for i, text in enumerate(texts):
            writer.writerow([f"r{i}", text, "What would help?"])
    return path


def test_csv_gives_one_row_per_answer_in_input_order(tmp_path):
    code, rows = run_theme(tmp_path, str(write_csv(tmp_path / "in.csv", TEXTS)))
    assert code == 0
    assert [r["id"] for r in rows] == [f"r{i}" for i in range(len(TEXTS))]
    assert all(r["model"] == "tiny@0.0.1" for r in rows)
    assert {"housing", "asthma"} <= {t["slug"] for t in rows[0]["themes"]}


def test_jsonl_input_and_ids_default_to_row_numbers(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps({"text": t}) for t in TEXTS) + "\n")
    code, rows = run_theme(tmp_path, str(source))
    assert code == 0
    assert [r["id"] for r in rows] == list(range(1, len(TEXTS) + 1))


def test_stdin_is_read_and_sniffed(tmp_path, monkeypatch):
    data = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(TEXTS))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    code, rows = run_theme(tmp_path, "-")
    assert code == 0
    assert [r["id"] for r in rows] == list(range(len(TEXTS)))


def test_themes_are_ordered_by_confidence_and_blank_text_has_none(tmp_path):
    _, rows = run_theme(tmp_path, str(write_csv(tmp_path / "in.csv", TEXTS)))
    for row in rows:
        confidences = [t["confidence"] for t in row["themes"]]
        assert confidences == sorted(confidences, reverse=True)
        assert all(0.0 <= c <= 1.0 for c in confidences)
    assert rows[2]["themes"] == [] and rows[3]["themes"] == []


def test_evidence_offsets_slice_the_original_text(tmp_path):
    texts = ["  Théres MOULD in my bedroom!!\n and my asthma is worse 😩", "the youth club shut, nowhere to go"]
    _, rows = run_theme(tmp_path, str(write_csv(tmp_path / "in.csv", texts)))
    spans = [(text, e) for text, row in zip(texts, rows, strict=True) for t in row["themes"] for e in t["evidence"]]
    assert spans, "a themed answer should carry evidence"
    for text, e in spans:
        assert text[e["start"] : e["end"]] == e["text"]


def test_a_row_without_text_stops_with_its_row_number(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"text": "the bus is late"}\n{"id": 7}\n{"text": "idk"}\n')
    result = subprocess.run(
        [sys.executable, "-m", "nlp", "theme", str(source), "--model", str(tiny_model_dir())],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode != 0
    assert "row 2" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_text_column_is_explained(tmp_path, capsys):
    source = tmp_path / "in.csv"
    source.write_text("id,answer\n1,hello\n")
    code, _ = run_theme(tmp_path, str(source))
    assert code != 0
    err = capsys.readouterr().err
    assert "'text'" in err and "--text-column" in err


def test_text_column_option_names_the_column(tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("answer\nmy asthma is bad\n")
    code, rows = run_theme(tmp_path, str(source), "--text-column", "answer")
    assert code == 0 and len(rows) == 1


def test_skip_bad_rows_sets_them_aside_and_goes_on(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"text": "my asthma is bad"}\nnot json\n{"id": 3}\n{"text": "idk"}\n')
    bad = tmp_path / "bad.jsonl"
    code, rows = run_theme(tmp_path, str(source), "--skip-bad-rows", str(bad))
    assert code == 0
    assert [r["id"] for r in rows] == [1, 4]
    assert [json.loads(line)["row"] for line in bad.read_text().splitlines()] == [2, 3]


def test_an_unreadable_file_is_a_message_not_a_traceback(tmp_path, capsys):
    code, _ = run_theme(tmp_path, str(tmp_path / "missing.csv"))
    assert code != 0
    assert "cannot open" in capsys.readouterr().err


@pytest.mark.parametrize("batch_size", ["1", "2"])
def test_batching_does_not_change_order(tmp_path, batch_size):
    code, rows = run_theme(tmp_path, str(write_csv(tmp_path / "in.csv", TEXTS)), "--batch-size", batch_size)
    assert code == 0
    assert [r["id"] for r in rows] == [f"r{i}" for i in range(len(TEXTS))]


def test_train_reads_several_data_files_and_counts_a_repeated_one_twice(tmp_path):
    from tests.nlp.theming_support import TOY_EXAMPLES

    fruit = tmp_path / "fruit.jsonl"
    fruit.write_text("".join(json.dumps(e) + "\n" for e in TOY_EXAMPLES if e["themes"] != ["vehicle"]))
    vehicles = tmp_path / "vehicles.jsonl"
    vehicles.write_text("".join(json.dumps(e) + "\n" for e in TOY_EXAMPLES if e["themes"] == ["vehicle"]))
    args = ["train", str(fruit), str(vehicles), str(vehicles), "-o", str(tmp_path / "m"), "--labels-from-data"]
    assert main([*args, "--dev", str(fruit), str(vehicles), "--epochs", "1", "--no-refit", "--quiet"]) == 0
    meta = json.loads((tmp_path / "m" / "meta.json").read_text())
    assert meta["labels"] == ["fruit", "vehicle"]  # the second file's label is learnt
    assert meta["data"]["fit_examples"] == 32 + 16 + 16  # the file named twice counts twice
    assert "fruit.jsonl, vehicles.jsonl, vehicles.jsonl" in (tmp_path / "m" / "MODEL_CARD.md").read_text()
