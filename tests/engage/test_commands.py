from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from cms.questions import steps_of
from engage.responses.models import Answer, ContactRequest
from engage.responses.services import AnswerInput, submit_response


def test_theme_answers_sweeps_up_unthemed_answers(consultation, settings, tiny_theme_model):
    question = next(q for s in steps_of(consultation) for q in s.questions if q.is_free_text)
    submit_response(
        consultation=consultation,
        organisation=consultation.get_parent().specific.organisation,
        answers=[
            AnswerInput(
                question.block_id,
                question.question_type,
                question.question,
                text="cant find a dentist",
                is_free_text=True,
            )
        ],
        idempotency_key="sweep",
    )
    assert Answer.objects.filter(themed_at__isnull=True).count() == 1
    settings.YOUTH_VOICE = {**settings.YOUTH_VOICE, "THEME_MODEL_DIR": str(tiny_theme_model)}
    out = StringIO()
    call_command("theme_answers", stdout=out)
    assert "Themed 1 answer." in out.getvalue()
    assert not Answer.objects.filter(themed_at__isnull=True).exists()


def test_delete_expired_contacts_keeps_the_ones_still_in_time(consultation):
    today = timezone.localdate()
    ContactRequest.objects.create(
        consultation=consultation, email="old@example.org", delete_after=today - timedelta(days=1)
    )
    ContactRequest.objects.create(
        consultation=consultation, email="new@example.org", delete_after=today + timedelta(days=9)
    )
    out = StringIO()
    call_command("delete_expired_contacts", stdout=out)
    assert "Deleted 1 email address." in out.getvalue()
    assert list(ContactRequest.objects.values_list("email", flat=True)) == ["new@example.org"]
