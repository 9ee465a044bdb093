from django.db import transaction

from cms.questions import steps_of
from engage.responses.models import Answer
from engage.responses.services import AnswerInput, submit_response
from engage.themes.models import ThemeAssignment, ThemeSource
from engage.themes.selectors import theme_counts
from engage.themes.services import theme_missing_answers


def _submit(consultation, texts, key):
    questions = [q for s in steps_of(consultation) for q in s.questions if q.is_free_text]
    answers = [
        AnswerInput(q.block_id, q.question_type, q.question, text=text, is_free_text=True)
        for q, text in zip(questions, texts, strict=False)
    ]
    return submit_response(
        consultation=consultation,
        organisation=consultation.get_parent().specific.organisation,
        answers=answers,
        idempotency_key=key,
    )[0]


def test_free_text_is_themed_in_the_background_once_stored(
    consultation, theme_model, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _submit(consultation, ["theres mould in my bedroom and my asthma is worse"], "k1")
    answer = response.answers.get()
    slugs = set(answer.theme_assignments.values_list("slug", flat=True))
    assert {"housing", "asthma"} <= slugs
    assignment = answer.theme_assignments.get(slug="asthma")
    assert assignment.source == ThemeSource.MODEL
    assert 0 < assignment.confidence <= 1
    assert assignment.model_version.startswith("youth_voice_themes@")
    for span in assignment.evidence:
        assert answer.text[span["start"] : span["end"]] == span["text"]
    answer.refresh_from_db()
    assert answer.themed_at is not None


def test_without_a_model_answers_wait_unthemed_and_the_sweep_themes_them(consultation, settings, tiny_theme_model):
    response = _submit(consultation, ["cant find an nhs dentist anywhere"], "k2")
    answer = response.answers.get()
    assert answer.themed_at is None and not answer.theme_assignments.exists()

    settings.YOUTH_VOICE = {**settings.YOUTH_VOICE, "THEME_MODEL_DIR": str(tiny_theme_model)}
    assert theme_missing_answers() == 1
    answer.refresh_from_db()
    assert answer.themed_at is not None
    assert theme_missing_answers() == 0  # nothing left over: each answer is themed once


def test_retheming_replaces_model_themes_but_keeps_reviewers(
    consultation, theme_model, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _submit(consultation, ["i keep running out of my blue inhaler"], "k3")
    answer = response.answers.get()
    ThemeAssignment.objects.create(answer=answer, slug="health_services", source=ThemeSource.REVIEWER)
    before = answer.theme_assignments.filter(source=ThemeSource.MODEL).count()
    assert theme_missing_answers(retheme=True) == Answer.objects.filter(is_free_text=True).count()
    assert answer.theme_assignments.filter(source=ThemeSource.MODEL).count() == before
    assert answer.theme_assignments.filter(source=ThemeSource.REVIEWER).count() == 1


def test_theme_counts_count_responses_not_answers(consultation, theme_model, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        _submit(consultation, ["my asthma is bad cos of the damp", "asthma asthma inhaler"], "a")
        _submit(consultation, ["i keep running out of my blue inhaler"], "b")
    from engage.responses.models import Response

    counts = {row["slug"]: row["responses"] for row in theme_counts(Response.objects.all())}
    assert counts.get("asthma") == 2


def test_once_reviewed_the_reviewers_codes_count_instead_of_the_models(
    consultation, theme_model, staff, organisation, django_capture_on_commit_callbacks
):
    from engage.organisations.models import Role
    from engage.responses.models import Response
    from engage.review.services import set_double_coding_share, submit_review

    set_double_coding_share(consultation_id=consultation.id, share=0.0)  # one reviewer's codes count at once

    with django_capture_on_commit_callbacks(execute=True):
        response = _submit(consultation, ["theres mould in my bedroom and my asthma is worse"], "reviewed")
    answer = response.answers.get()
    model_slugs = set(answer.theme_assignments.values_list("slug", flat=True))
    assert "housing" in model_slugs

    reviewer = staff(Role.FRAMEWORK_OWNER, organisation)
    submit_review(answer=answer, reviewer=reviewer, kept=["asthma"], added=["voice"], from_random_sample=False)
    counts = {row["slug"] for row in theme_counts(Response.objects.all())}
    assert counts == {"asthma", "voice"}  # housing was rejected by a person, so it no longer counts

    submit_review(answer=answer, reviewer=reviewer, kept=[], added=[], from_random_sample=False)
    assert theme_counts(Response.objects.all()) == []  # every theme rejected: the answer raises none


def test_other_please_say_text_is_themed_like_a_free_text_answer(
    consultation, theme_model, django_capture_on_commit_callbacks
):
    choice = next(q for s in steps_of(consultation) for q in s.questions if q.question_type == "multiple_choice")
    with django_capture_on_commit_callbacks(execute=True):
        response, _ = submit_response(
            consultation=consultation,
            organisation=consultation.get_parent().specific.organisation,
            answers=[
                AnswerInput(
                    choice.block_id,
                    choice.question_type,
                    choice.question,
                    value=["Other"],
                    text="theres mould in my bedroom and my asthma is worse",
                )
            ],
            idempotency_key="other",
        )
    answer = response.answers.get()
    assert not answer.is_free_text  # a choice question, with words written beside it
    assert {"housing", "asthma"} <= set(answer.theme_assignments.values_list("slug", flat=True))
    answer.refresh_from_db()
    assert answer.themed_at is not None


def test_an_answer_with_no_words_is_never_themed(consultation, settings, tiny_theme_model):
    choice = next(q for s in steps_of(consultation) for q in s.questions if q.question_type == "multiple_choice")
    submit_response(
        consultation=consultation,
        organisation=consultation.get_parent().specific.organisation,
        answers=[AnswerInput(choice.block_id, choice.question_type, choice.question, value=[choice.options[0]])],
        idempotency_key="ticks",
    )
    settings.YOUTH_VOICE = {**settings.YOUTH_VOICE, "THEME_MODEL_DIR": str(tiny_theme_model)}
    assert theme_missing_answers() == 0
    assert Answer.objects.get().themed_at is None
