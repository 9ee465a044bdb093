"""Email addresses left to hear what happened: kept apart from the answers and deleted when their time is up."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from engage.responses.models import ContactRequest
from engage.responses.services import delete_expired_contact_requests, request_feedback_contact


def test_a_contact_request_is_kept_for_the_configured_days(consultation, settings):
    settings.YOUTH_VOICE = {**settings.YOUTH_VOICE, "CONTACT_RETENTION_DAYS": 30}
    contact = request_feedback_contact(consultation=consultation, email=" sam@example.org ")
    assert contact.email == "sam@example.org"
    assert contact.delete_after == timezone.localdate() + timedelta(days=30)
    assert contact.consultation_id == consultation.pk


def test_a_contact_request_is_never_linked_to_a_response():
    fields = {f.name for f in ContactRequest._meta.get_fields()}
    assert fields == {"id", "consultation", "email", "created_at", "delete_after"}


def test_when_an_address_was_left_is_kept_to_the_day_so_it_cannot_be_matched_to_a_response(consultation):
    contact = request_feedback_contact(consultation=consultation, email="sam@example.org")
    local = timezone.localtime(contact.created_at)
    assert local.date() == timezone.localdate()
    assert (local.hour, local.minute, local.second, local.microsecond) == (0, 0, 0, 0)


def test_an_address_left_twice_for_one_consultation_is_kept_once(consultation):
    first = request_feedback_contact(consultation=consultation, email="sam@example.org")
    again = request_feedback_contact(consultation=consultation, email="Sam@Example.org")
    assert again.pk == first.pk and ContactRequest.objects.count() == 1


def test_an_invalid_email_is_refused(consultation):
    with pytest.raises(ValidationError):
        request_feedback_contact(consultation=consultation, email="not an email")
    assert not ContactRequest.objects.exists()


def test_expired_contact_requests_are_deleted_and_others_kept(consultation):
    today = timezone.localdate()
    old = request_feedback_contact(consultation=consultation, email="old@example.org")
    due = request_feedback_contact(consultation=consultation, email="due@example.org")
    fresh = request_feedback_contact(consultation=consultation, email="fresh@example.org")
    ContactRequest.objects.filter(pk=old.pk).update(delete_after=today - timedelta(days=1))
    ContactRequest.objects.filter(pk=due.pk).update(delete_after=today)

    assert delete_expired_contact_requests() == 1
    assert set(ContactRequest.objects.values_list("email", flat=True)) == {"due@example.org", "fresh@example.org"}
    assert delete_expired_contact_requests(today=today + timedelta(days=1)) == 1
    assert list(ContactRequest.objects.values_list("pk", flat=True)) == [fresh.pk]
