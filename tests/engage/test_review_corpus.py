import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from engage.organisations.models import Role
from engage.review import services
from engage.review.corpus import export_lines, import_lines
from engage.review.models import TrainingExample
from engage.review.selectors import reviewable_answers
from nlp import read_examples
from tests.engage.reviewing import themed_answer


@pytest.fixture
def owner(staff, organisation):
    return staff(Role.FRAMEWORK_OWNER, organisation)


@pytest.fixture
def reviewed(consultation, owner):
    services.set_double_coding_share(consultation_id=consultation.id, share=0.0)
    first = themed_answer(consultation, "call me on 07700 900123 theres damp", {"housing": 0.6})
    services.submit_review(answer=first, reviewer=owner, kept=["housing"], added=["asthma"])
    second = themed_answer(consultation, "idk", {"community": 0.3})
    services.submit_review(answer=second, reviewer=owner, kept=[])
    themed_answer(consultation, "not reviewed yet", {"food": 0.4})
    return first, second


def test_export_then_import_round_trips_the_reviewed_redacted_corpus(owner, reviewed, tmp_path):
    rows = [json.loads(line) for line in export_lines(reviewable_answers(owner))]
    assert [sorted(r["themes"]) for r in rows] == [["asthma", "housing"], []]
    assert "07700" not in rows[0]["text"] and "[PHONE]" in rows[0]["text"]
    assert rows[0]["question"]

    path = tmp_path / "reviewed.jsonl"
    path.write_text("".join(export_lines(reviewable_answers(owner))))
    assert read_examples(path) == rows  # what `python -m nlp train` reads
    result = import_lines(path.read_text().splitlines(), user=owner, source_name="reviewed.jsonl")
    assert result.ok and result.added == 2
    assert list(TrainingExample.objects.values_list("text", "themes")) == [(r["text"], r["themes"]) for r in rows]


def test_a_file_with_bad_lines_imports_nothing_and_names_each_bad_line(db):
    lines = [
        '{"text": "mould in my room", "themes": ["housing"]}',
        "not json",
        "",
        '{"text": "", "themes": []}',
        '{"text": "ok", "themes": ["made_up"]}',
        '{"text": "ok", "themes": "housing"}',
    ]
    result = import_lines(lines)
    assert [number for number, _ in result.errors] == [2, 4, 5, 6]
    assert "made_up" in result.errors[2][1]
    assert not TrainingExample.objects.exists()


def test_imported_text_is_redacted_again(db):
    assert import_lines(['{"text": "email me at sam@example.org", "themes": []}']).ok
    assert "sam@example.org" not in TrainingExample.objects.get().text


def test_commands_export_and_import(owner, reviewed, tmp_path, capsys):
    path = tmp_path / "out.jsonl"
    call_command("export_reviewed", "-o", str(path))
    assert len(path.read_text().splitlines()) == 2
    call_command("import_training_examples", str(path))
    assert TrainingExample.objects.count() == 2


def test_the_corpus_pages_download_and_upload(client, owner, reviewed):
    client.force_login(owner)
    response = client.get("/admin/review/corpus/reviewed.jsonl")
    body = b"".join(response.streaming_content).decode()
    assert response["Content-Disposition"].startswith("attachment") and len(body.splitlines()) == 2

    bad = SimpleUploadedFile("data.jsonl", b'{"text": "x", "themes": ["nope"]}\n', content_type="application/jsonl")
    response = client.post("/admin/review/corpus/", {"file": bad})
    assert response.status_code == 400 and "Line 1" in response.content.decode()
    wrong_type = SimpleUploadedFile("data.exe", b"MZ\x00\x00", content_type="application/octet-stream")
    assert client.post("/admin/review/corpus/", {"file": wrong_type}).status_code == 302
    good = SimpleUploadedFile("data.jsonl", body.encode(), content_type="application/jsonl")
    assert client.post("/admin/review/corpus/", {"file": good}).status_code == 302
    assert TrainingExample.objects.count() == 2


def test_strangers_get_nothing(client, staff, other_organisation, organisation, reviewed):
    client.force_login(staff(Role.FRAMEWORK_OWNER, other_organisation))
    response = client.get("/admin/review/corpus/reviewed.jsonl")
    assert b"".join(response.streaming_content) == b""
    client.force_login(staff(Role.YOUTH_WORKER, organisation))
    assert client.get("/admin/review/corpus/reviewed.jsonl").status_code in (302, 403)
