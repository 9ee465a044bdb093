import io

import pandas as pd
import pytest

from cms.questions import steps_of
from engage.organisations.models import Role
from engage.responses.exports import responses_frame
from engage.responses.imports import import_responses
from engage.responses.models import Channel, Response, Session
from engage.responses.services import AboutYou, AnswerInput, submit_response
from engage.spreadsheets import csv_bytes
from tests.helpers import submit_free_text


@pytest.fixture
def questions(consultation):
    return [q for step in steps_of(consultation) for q in step.questions]


def _by_type(questions, kind):
    return next(q for q in questions if q.question_type == kind)


def _csv(rows: list[dict]) -> bytes:
    return pd.DataFrame(rows).to_csv(index=False).encode()


def _import(consultation, questions, data, name="responses.csv"):
    return import_responses(
        consultation=consultation,
        organisation=consultation.get_parent().specific.organisation,
        questions=questions,
        data=data,
        filename=name,
    )


def test_a_good_spreadsheet_is_imported_as_responses(consultation, questions):
    better = _by_type(questions, "long_text").question
    rows = [
        {
            "Have you tried to get help with your health in the last year?": "yes",
            better: "more buses",
            "Age band": "13 to 15",
        },
        {"What stops young people getting help?": "Long waits; Other: too shy", "Postcode district": "S10 2TN"},
    ]
    report = _import(consultation, questions, _csv(rows))
    assert report.errors == [] and report.stored == 2
    first, second = Response.objects.order_by("id")
    assert first.channel == Channel.IMPORT and first.age_band == "13_15"
    assert first.answers.get(question_type="yes_no").value == "Yes"
    assert second.postcode_district == "S10"
    multiple = second.answers.get(question_type="multiple_choice")
    assert multiple.value == ["Long waits"] and multiple.text == "too shy"


def test_importing_the_same_file_twice_adds_nothing_the_second_time(consultation, questions):
    data = _csv([{_by_type(questions, "short_text").question: "free buses"}])
    assert _import(consultation, questions, data).stored == 1
    again = _import(consultation, questions, data)
    assert again.stored == 0 and again.already_there == 1
    assert Response.objects.count() == 1


def test_bad_rows_are_reported_by_number_and_nothing_is_stored(consultation, questions):
    scale = _by_type(questions, "scale").question
    rows = [{scale: "3"}, {scale: "seven"}, {scale: "2", "Age band": "ancient"}]
    report = _import(consultation, questions, _csv(rows))
    assert report.stored == 0 and not Response.objects.exists()
    assert any(e.startswith("Row 3:") and "number from 1 to 5" in e for e in report.errors)
    assert any(e.startswith("Row 4:") and "Age band" in e for e in report.errors)


def test_unknown_columns_are_named(consultation, questions):
    report = _import(consultation, questions, _csv([{"Favourite colour": "blue"}]))
    assert "'Favourite colour'" in report.errors[0] and not Response.objects.exists()


def test_an_over_long_text_is_refused_with_the_limit(consultation, questions):
    short = _by_type(questions, "short_text")
    report = _import(consultation, questions, _csv([{short.question: "x" * (short.max_length + 1)}]))
    assert f"the limit is {short.max_length}" in report.errors[0]


def test_export_then_import_round_trips(consultation, questions):
    organisation = consultation.get_parent().specific.organisation
    ranking = _by_type(questions, "ranking")
    text = _by_type(questions, "long_text")
    submit_response(
        consultation=consultation,
        organisation=organisation,
        answers=[
            AnswerInput(ranking.block_id, "ranking", ranking.question, value=list(reversed(ranking.options))),
            AnswerInput(text.block_id, "long_text", text.question, text="=cmd|' /C calc'!A0", is_free_text=True),
        ],
        about=AboutYou(age_band="16_17", plus_groups=["young_carer", "send"]),
        idempotency_key="original",
    )
    exported = csv_bytes(responses_frame(Response.objects.all(), questions))
    assert b"'=cmd" in exported  # inert in a spreadsheet
    Response.objects.all().delete()
    report = _import(consultation, questions, exported)
    assert report.errors == [] and report.stored == 1
    response = Response.objects.get()
    assert response.answers.get(question_type="ranking").value == list(reversed(ranking.options))
    assert response.answers.get(question_type="long_text").text == "=cmd|' /C calc'!A0"
    assert response.plus_groups == ["young_carer", "send"] and response.age_band == "16_17"


def test_staff_downloads_use_the_text_they_are_given(consultation, questions):
    text = _by_type(questions, "long_text")
    submit_free_text(consultation, "ring me on 07700 900123", "k")
    frame = responses_frame(Response.objects.all(), questions, text_of=lambda a: "ring me on [PHONE]")
    assert frame[text.question].tolist() == ["ring me on [PHONE]"]


def test_a_youth_worker_downloads_imports_and_records_a_session(client, consultation, staff, organisation):
    client.force_login(staff(Role.YOUTH_WORKER, organisation))
    export = client.get(f"/admin/responses/{consultation.id}/export.xlsx")
    assert export.status_code == 200 and export["Content-Disposition"].endswith('.xlsx"')
    pd.read_excel(io.BytesIO(export.content))  # a real workbook

    upload = io.BytesIO(b'"If you could change one thing, what would it be?"\nfree buses\n')
    upload.name = "from-the-session.csv"
    page = client.post(f"/admin/responses/{consultation.id}/import/", {"file": upload})
    assert "Imported 1 response" in page.content.decode()

    response = client.post(
        f"/admin/responses/{consultation.id}/sessions/", {"held_on": "2026-11-20", "place": "Youth Hub"}
    )
    session = Session.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/sessions/{session.id}/")
    one_thing = next(q for s in steps_of(consultation) for q in s.questions if q.question_type == "short_text")
    form = {f"q-{one_thing.block_id}": "somewhere to go", "age_band": "13_15", "idempotency_key": "a" * 32}
    client.post(response["Location"], form)
    client.post(response["Location"], form)  # a double-clicked save
    recorded = Response.objects.filter(session=session)
    assert recorded.count() == 1
    assert recorded.get().channel == Channel.IN_PERSON and recorded.get().age_band == "13_15"


@pytest.mark.parametrize("role", [Role.ANALYST, Role.FRAMEWORK_OWNER])
def test_other_roles_cannot_download_or_import(client, consultation, staff, organisation, role):
    client.force_login(staff(role, organisation))
    for url in [
        f"/admin/responses/{consultation.id}/export.csv",
        f"/admin/responses/{consultation.id}/import/",
        f"/admin/responses/{consultation.id}/sessions/",
    ]:
        response = client.get(url)
        assert response.status_code in (302, 403) and b"Receipt code" not in response.content


def test_staff_of_another_organisation_cannot_download(client, consultation, staff, other_organisation):
    client.force_login(staff(Role.YOUTH_WORKER, other_organisation))
    assert client.get(f"/admin/responses/{consultation.id}/export.csv").status_code in (302, 403)
