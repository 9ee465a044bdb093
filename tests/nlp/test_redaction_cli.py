"""`python -m nlp redact` and `safeguard` end to end, and `theme` adding redaction and safeguarding to each row."""

import json
import subprocess
import sys

import pytest

from nlp.cli import main

ANSWERS = [
    {"id": "a1", "text": "my mate Josh said text him on 07700 900123"},
    {"id": "a2", "text": "my stepdad hits me"},
    {"id": "a3", "text": "the buses are always late"},
]


@pytest.fixture
def answers_csv(tmp_path):
    path = tmp_path / "answers.csv"
    lines = ["ref,answer"] + [f'{a["id"]},"{a["text"]}"' for a in ANSWERS]
    path.write_text("\n".join(lines) + "\n")
    return path


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_redact_writes_redacted_text_and_pii_per_row(answers_csv, tmp_path):
    out = tmp_path / "out.jsonl"
    code = main(["redact", str(answers_csv), "-o", str(out), "--text-column", "answer", "--id-column", "ref", "-q"])
    assert code == 0
    rows = read_jsonl(out)
    assert [r["id"] for r in rows] == ["a1", "a2", "a3"]
    assert rows[0]["redacted"] == "my mate [PERSON] said text him on [PHONE]"
    assert [p["label"] for p in rows[0]["pii"]] == ["PERSON", "PHONE"]
    assert rows[2] == {"id": "a3", "redacted": "the buses are always late", "pii": []}


def test_safeguard_flags_only_the_disclosure(answers_csv, tmp_path):
    out = tmp_path / "out.jsonl"
    assert (
        main(["safeguard", str(answers_csv), "-o", str(out), "--text-column", "answer", "--id-column", "ref", "-q"])
        == 0
    )
    flags = {r["id"]: r["safeguarding"]["flag"] for r in read_jsonl(out)}
    assert flags == {"a1": False, "a2": True, "a3": False}


def test_bad_rows_are_set_aside_when_asked(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": 1, "text": "i want to kill myself"}\nnot json\n{"id": 3}\n')
    out, bad = tmp_path / "out.jsonl", tmp_path / "bad.jsonl"
    assert main(["safeguard", str(source), "-o", str(out), "--skip-bad-rows", str(bad), "-q"]) == 0
    assert [r["id"] for r in read_jsonl(out)] == [1]
    assert [r["row"] for r in read_jsonl(bad)] == [2, 3]


def test_python_dash_m_nlp_redact_reads_stdin():
    result = subprocess.run(
        [sys.executable, "-m", "nlp", "redact", "-", "-q"],
        input='{"id": 7, "text": "email me on jo@example.com"}\n',
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert json.loads(result.stdout) == {
        "id": 7,
        "redacted": "email me on [EMAIL]",
        "pii": [{"label": "EMAIL", "start": 12, "end": 26}],
    }


def test_theme_adds_redaction_and_safeguarding_to_each_row(answers_csv, tmp_path, tiny_theme_model):
    out = tmp_path / "out.jsonl"
    code = main(
        [
            "theme",
            str(answers_csv),
            "-o",
            str(out),
            "--model",
            str(tiny_theme_model),
            "--text-column",
            "answer",
            "--id-column",
            "ref",
            "-q",
        ]
    )
    assert code == 0
    rows = read_jsonl(out)
    assert rows[0]["redacted"] == "my mate [PERSON] said text him on [PHONE]"
    assert rows[1]["safeguarding"]["flag"] is True
    assert rows[2]["safeguarding"]["flag"] is False
    assert all("themes" in r and "pii" in r for r in rows)
