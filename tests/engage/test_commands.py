from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from engage.responses.models import Answer, ContactRequest
from tests.helpers import submit_free_text


def test_theme_answers_sweeps_up_unthemed_answers(consultation, settings, tiny_theme_model):
    submit_free_text(consultation, "cant find a dentist", "sweep")
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
