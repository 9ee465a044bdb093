"""Services that store and change responses. Each is one transaction and validates its input."""

import secrets
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from engage.areas.postcodes import postcode_district
from engage.responses.models import AgeBand, Answer, Channel, ContactRequest, Response, Session

RECEIPT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: easy to read back from a phone


@dataclass(frozen=True)
class AnswerInput:
    block_id: str
    question_type: str
    question_text: str
    value: object = None
    text: str = ""
    is_free_text: bool = False


@dataclass(frozen=True)
class AboutYou:
    age_band: str = ""
    postcode_district: str = ""
    area_id: int | None = None
    gender: str = ""
    ethnicity: str = ""
    plus_groups: list[str] = field(default_factory=list)


def new_receipt_code() -> str:
    raw = "".join(secrets.choice(RECEIPT_ALPHABET) for _ in range(8))
    return f"{raw[:4]}-{raw[4:]}"


def normalise_receipt_code(code: str) -> str:
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())[:8]
    return f"{cleaned[:4]}-{cleaned[4:]}" if len(cleaned) == 8 else cleaned


def _validate(answers: list[AnswerInput], about: AboutYou) -> None:
    limits = settings.YOUTH_VOICE
    total = 0
    for answer in answers:
        if len(answer.text) > limits["MAX_TEXT_LENGTH"]:
            raise ValidationError(
                f"An answer is {len(answer.text)} characters long; the most we keep is {limits['MAX_TEXT_LENGTH']}."
            )
        total += len(answer.text) + len(str(answer.value or ""))
    if total > limits["MAX_RESPONSE_CHARS"]:
        raise ValidationError("This response is too long to store. Please shorten your answers.")
    postcode_district(about.postcode_district)  # refuses anything that is not a district
    if about.age_band and about.age_band not in AgeBand.values:
        raise ValidationError(f"Unknown age band {about.age_band!r}.")
    if len({a.block_id for a in answers}) != len(answers):
        raise ValidationError("Each question can be answered only once.")


def submit_response(
    *,
    consultation,
    organisation,
    answers: list[AnswerInput],
    idempotency_key: str,
    about: AboutYou | None = None,
    channel: str = Channel.ONLINE,
    consent_given: bool = True,
    submitted_at: datetime | None = None,
    is_synthetic: bool = False,
    session=None,
) -> tuple[Response, bool]:
    """Store a response exactly once per idempotency key. Returns (response, created)."""
    about = about or AboutYou()
    existing = Response.objects.filter(idempotency_key=idempotency_key).first()
    if existing is not None:
        return existing, False
    _validate(answers, about)
    try:
        with transaction.atomic():
            response = Response.objects.create(
                consultation=consultation,
                organisation=organisation,
                channel=channel,
                session=session,
                idempotency_key=idempotency_key,
                receipt_code=_unique_receipt_code(),
                submitted_at=submitted_at or timezone.now(),
                consent_given=consent_given,
                age_band=about.age_band,
                postcode_district=postcode_district(about.postcode_district),
                area_id=about.area_id,
                gender=about.gender,
                ethnicity=about.ethnicity,
                plus_groups=list(about.plus_groups),
                is_synthetic=is_synthetic,
            )
            stored = Answer.objects.bulk_create(
                Answer(
                    response=response,
                    block_id=a.block_id,
                    question_type=a.question_type,
                    question_text=a.question_text[:500],
                    value=a.value,
                    text=a.text,
                    is_free_text=a.is_free_text,
                )
                for a in answers
            )
            _after_commit_theme(response, stored)
            _after_commit_check(stored)
    except IntegrityError:
        # A concurrent submit with the same key won the race: theirs is ours.
        existing = Response.objects.filter(idempotency_key=idempotency_key).first()
        if existing is None:
            raise
        return existing, False
    return response, True


def _after_commit_theme(response: Response, answers: list[Answer]) -> None:
    """Theme the free text in the background once it is safely stored; a young person never waits for the model."""
    from engage.themes.tasks import theme_answers

    if not any(a.text for a in answers):
        return
    # bulk_create sets ids on PostgreSQL and SQLite; look them up in case a backend does not.
    transaction.on_commit(lambda: theme_answers.enqueue(list(response.answers.written().values_list("id", flat=True))))


def _after_commit_check(answers: list[Answer]) -> None:
    """Redact and safeguarding-check every written answer in the background; the sweep catches any that fail."""
    from engage.safeguarding.tasks import check_answers

    ids = [a.id for a in answers if a.text]
    if ids:
        transaction.on_commit(lambda: check_answers.enqueue(ids), robust=True)


def _unique_receipt_code() -> str:
    for _ in range(10):
        code = new_receipt_code()
        if not Response.objects.filter(receipt_code=code).exists():
            return code
    raise RuntimeError("Could not find a free receipt code after 10 tries")


def record_session(*, consultation, organisation, held_on, place: str, facilitator=None, notes: str = ""):
    """Open an in-person session that a youth worker will write young people's answers down for."""
    session = Session(
        consultation=consultation,
        organisation=organisation,
        held_on=held_on,
        place=place,
        notes=notes,
        facilitator=facilitator,
    )
    session.full_clean()
    session.save()
    return session


def withdraw_response(*, response: Response) -> Response:
    """Delete a young person's answers and what they told us about themselves; keep the receipt to say so."""
    with transaction.atomic():
        response.answers.all().delete()
        response.age_band = response.postcode_district = response.gender = response.ethnicity = ""
        response.plus_groups = []
        response.area = None
        response.withdrawn_at = timezone.now()
        response.save()
    return response


def request_feedback_contact(*, consultation, email: str) -> ContactRequest:
    """Keep an email address to tell a young person what happened: apart from any response, and only for a while."""
    days = settings.YOUTH_VOICE["CONTACT_RETENTION_DAYS"]
    contact = ContactRequest(
        consultation=consultation,
        email=email.strip(),
        delete_after=timezone.localdate() + timedelta(days=days),
    )
    contact.full_clean()
    with transaction.atomic():
        # One address is told once per consultation, however often it is left (a double click, a second answer).
        existing = ContactRequest.objects.filter(consultation=consultation, email__iexact=contact.email).first()
        if existing is not None:
            return existing
        contact.save()
        # Left seconds after a response is sent, an exact time would tie the address to the answers: keep the day only.
        day = timezone.make_aware(datetime.combine(timezone.localdate(), datetime.min.time()))
        ContactRequest.objects.filter(pk=contact.pk).update(created_at=day)
    contact.refresh_from_db()
    return contact


def delete_expired_contact_requests(*, today: date | None = None) -> int:
    """Delete the email addresses whose time is up. Returns how many were deleted."""
    today = today or timezone.localdate()
    with transaction.atomic():
        deleted, _ = ContactRequest.objects.filter(delete_after__lt=today).delete()
    return deleted


FEEDBACK_EMAIL = """Hello,

You asked us to tell you what happened after you answered "{title}".

Here is what young people told us, and what we are doing about it:
{url}

We have now deleted your email address. We will not email you again.

If you need help now, you can call Childline free on 0800 1111, or text SHOUT to 85258.
"""


def send_feedback(*, consultation, url: str) -> int:
    """Tell everyone who asked to hear back what happened, once, then delete their addresses. Returns how many."""
    from django.core.mail import send_mass_mail

    contacts = list(ContactRequest.objects.filter(consultation=consultation))
    if not contacts:
        return 0
    body = FEEDBACK_EMAIL.format(title=consultation.title, url=url)
    subject = "What happened with your views"
    send_mass_mail([(subject, body, settings.DEFAULT_FROM_EMAIL, [c.email]) for c in contacts])
    ContactRequest.objects.filter(id__in=[c.id for c in contacts]).delete()
    return len(contacts)
