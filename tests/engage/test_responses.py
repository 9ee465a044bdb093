import pytest
from django.core.exceptions import ValidationError

from cms.questions import steps_of
from engage.organisations.models import Role
from engage.responses.models import Answer, Channel, Response
from engage.responses.selectors import response_counts, responses_for
from engage.responses.services import (
    AboutYou,
    AnswerInput,
    normalise_receipt_code,
    submit_response,
    withdraw_response,
)


def _text_answer(consultation, text="the youth club shut"):
    question = next(q for s in steps_of(consultation) for q in s.questions if q.is_free_text)
    return AnswerInput(question.block_id, question.question_type, question.question, text=text, is_free_text=True)


def _submit(consultation, key="k1", **kwargs):
    return submit_response(
        consultation=consultation,
        organisation=consultation.get_parent().specific.organisation,
        answers=kwargs.pop("answers", None) or [_text_answer(consultation)],
        idempotency_key=key,
        **kwargs,
    )


def test_a_retried_submit_stores_the_response_once(consultation):
    first, created = _submit(consultation, key="same")
    again, created_again = _submit(consultation, key="same")
    assert created and not created_again
    assert again.pk == first.pk and again.receipt_code == first.receipt_code
    assert Response.objects.count() == 1 and Answer.objects.count() == 1


def test_answers_are_stored_against_the_question_block_id(consultation):
    response, _ = _submit(consultation)
    answer = response.answers.get()
    assert answer.block_id == _text_answer(consultation).block_id
    assert answer.text == "the youth club shut" and answer.is_free_text


def test_an_over_long_answer_is_refused_with_a_clear_message(consultation, settings):
    settings.YOUTH_VOICE = {**settings.YOUTH_VOICE, "MAX_TEXT_LENGTH": 10}
    with pytest.raises(ValidationError, match="the most we keep is 10"):
        _submit(consultation, answers=[_text_answer(consultation, "x" * 11)])
    assert not Response.objects.exists()


def test_an_unknown_age_band_is_refused(consultation):
    with pytest.raises(ValidationError, match="age band"):
        _submit(consultation, about=AboutYou(age_band="ancient"))


def test_only_the_outward_half_of_a_postcode_is_kept(consultation):
    response, _ = _submit(consultation, about=AboutYou(postcode_district="s10 2tn"))
    assert response.postcode_district == "S10"


def test_withdrawing_deletes_the_answers_and_what_they_told_us(consultation):
    response, _ = _submit(consultation, about=AboutYou(age_band="13_15", plus_groups=["young_carer"]))
    withdraw_response(response=response)
    response.refresh_from_db()
    assert response.withdrawn_at is not None
    assert not response.answers.exists()
    assert response.age_band == "" and response.plus_groups == []


def test_receipt_codes_are_read_back_forgivingly():
    assert normalise_receipt_code(" abcd efgh ") == "ABCD-EFGH"
    assert normalise_receipt_code("abcd-efgh") == "ABCD-EFGH"


def test_staff_see_only_their_own_organisations_responses(consultation, staff, organisation, other_organisation):
    _submit(consultation, key="a")
    _submit(consultation, key="b", channel=Channel.IN_PERSON)
    mine = staff(Role.YOUTH_WORKER, organisation)
    stranger = staff(Role.YOUTH_WORKER, other_organisation)
    assert responses_for(mine).count() == 2
    assert responses_for(stranger).count() == 0


def test_analysts_are_not_given_single_responses(consultation, staff, organisation):
    _submit(consultation)
    assert responses_for(staff(Role.ANALYST, organisation)).count() == 0


def test_withdrawn_responses_are_not_read(consultation, staff, organisation):
    response, _ = _submit(consultation)
    withdraw_response(response=response)
    assert responses_for(staff(Role.YOUTH_WORKER, organisation)).count() == 0


def test_response_counts_by_channel_and_day(consultation):
    _submit(consultation, key="a")
    _submit(consultation, key="b")
    _submit(consultation, key="c", channel=Channel.IN_PERSON)
    counts = response_counts(Response.objects.all())
    assert counts["total"] == 3
    assert counts["by_channel"] == {"online": 2, "in_person": 1}
    assert sum(day["n"] for day in counts["by_day"]) == 3
