"""Arbitrary text and answers through the submit service: stored exactly as typed, or refused with a message."""

import uuid

import pytest
from django.core.exceptions import ValidationError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from cms.questions import steps_of
from engage.responses.models import Response
from engage.responses.services import AboutYou, AnswerInput, submit_response

TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=600)


@pytest.mark.django_db
class TestSubmitProperties(TestCase):
    @classmethod
    def setUpTestData(cls):
        from cms.demo.builder import build_areas, build_pages
        from engage.organisations.models import Organisation

        cls.organisation = Organisation.objects.create(name="Prop Trust", slug="prop", kind="trust")
        build_areas()
        cls.consultation = build_pages(cls.organisation)
        cls.question = next(q for s in steps_of(cls.consultation) for q in s.questions if q.is_free_text)

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(text=TEXT, postcode=st.text(max_size=12), age_band=st.sampled_from(["", "13_15", "nonsense"]))
    def test_submit_stores_what_was_typed_or_refuses_with_a_message(self, text, postcode, age_band):
        key = uuid.uuid4().hex
        answer = AnswerInput(
            self.question.block_id, self.question.question_type, self.question.question, text=text, is_free_text=True
        )
        try:
            response, created = submit_response(
                consultation=self.consultation,
                organisation=self.organisation,
                answers=[answer],
                idempotency_key=key,
                about=AboutYou(age_band=age_band, postcode_district=postcode),
            )
        except ValidationError as error:
            assert error.messages and all(len(m) > 10 for m in error.messages)
            assert not Response.objects.filter(idempotency_key=key).exists()
            return
        assert created
        assert response.answers.get().text == text
        assert len(response.postcode_district) <= 4


@pytest.mark.django_db
class TestImportProperties(TestCase):
    """Arbitrary bytes as an uploaded spreadsheet: a clear message or an import, never a crash or a half import."""

    @classmethod
    def setUpTestData(cls):
        from cms.demo.builder import build_areas, build_pages
        from engage.organisations.models import Organisation

        cls.organisation = Organisation.objects.create(name="Import Trust", slug="imp", kind="trust")
        build_areas()
        cls.consultation = build_pages(cls.organisation)
        cls.questions = [q for s in steps_of(cls.consultation) for q in s.questions]

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        data=st.binary(max_size=2000)
        | TEXT.map(lambda t: ("If you could change one thing, what would it be?\n" + t).encode()),
        name=st.sampled_from(["x.csv", "x.xlsx", "x.txt"]),
    )
    def test_any_upload_gets_a_message_or_an_import(self, data, name):
        from engage.responses.imports import import_responses

        before = Response.objects.count()
        report = import_responses(
            consultation=self.consultation,
            organisation=self.organisation,
            questions=self.questions,
            data=data,
            filename=name,
        )
        stored = Response.objects.count() - before
        if report.errors:
            assert stored == 0 and all(isinstance(e, str) and e for e in report.errors)
        else:
            assert stored == report.stored
