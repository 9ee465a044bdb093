"""Record reviews and settlements, and keep each answer's human theme assignments in step with them."""

from django.core.exceptions import ValidationError
from django.db import transaction

from engage.responses.models import Answer
from engage.review.framework import theme_slugs
from engage.review.models import ConsultationReviewSettings, Review, ReviewerKind, Settlement, YouthReviewer
from engage.review.selectors import double_coding_share, final_codes, is_double_coded, model_themes
from engage.themes.models import ThemeAssignment, ThemeSource


def _model_snapshot(answer: Answer) -> tuple[list[str], str]:
    found = model_themes(answer)
    return [a.slug for a in found], (found[0].model_version if found else answer.theme_model)


@transaction.atomic
def submit_review(
    *, answer: Answer, reviewer, kept: list[str], added: list[str] = (), from_random_sample: bool = False
) -> Review:
    """A framework owner's codes for an answer: the model themes they kept (the rest are rejected) and any added.

    Reviewing the same answer again replaces the reviewer's earlier codes.
    """
    shown, version = _model_snapshot(answer)
    known = set(theme_slugs())
    not_shown = [slug for slug in kept if slug not in shown]
    if not_shown:
        raise ValidationError(f"{', '.join(not_shown)} was not one of the model's themes for this answer.")
    unknown = [slug for slug in added if slug not in known]
    if unknown:
        raise ValidationError(f"{', '.join(unknown)} is not a theme of the framework; pick one from the list.")
    themes = list(dict.fromkeys([*kept, *added]))
    review, _ = Review.objects.update_or_create(
        answer=answer,
        reviewer=reviewer,
        defaults={
            "reviewer_kind": ReviewerKind.STAFF,
            "themes": themes,
            "checks": {slug: slug in kept for slug in shown},
            "model_themes": shown,
            "model_version": version,
            "from_random_sample": from_random_sample,
            "double_coded": is_double_coded(answer.id, double_coding_share(answer.response.consultation_id)),
            "is_complete": True,
        },
    )
    record_human_themes(answer=answer)
    return review


@transaction.atomic
def check_theme(*, answer: Answer, reviewer, slug: str, is_right: bool, from_random_sample: bool = False) -> Review:
    """A youth reviewer's yes or no to one of the model's themes; their review is complete once all are checked."""
    shown, version = _model_snapshot(answer)
    if slug not in shown:
        raise ValidationError("That theme is not one the computer gave this answer.")
    review, created = Review.objects.select_for_update().get_or_create(
        answer=answer,
        reviewer=reviewer,
        defaults={
            "reviewer_kind": ReviewerKind.YOUTH,
            "model_themes": shown,
            "model_version": version,
            "from_random_sample": from_random_sample,
            "double_coded": is_double_coded(answer.id, double_coding_share(answer.response.consultation_id)),
            "is_complete": False,
        },
    )
    review.checks = {**review.checks, slug: bool(is_right)}
    review.themes = [s for s in review.model_themes if review.checks.get(s)]
    review.is_complete = all(s in review.checks for s in review.model_themes)
    review.save()
    if review.is_complete:
        record_human_themes(answer=answer)
    return review


@transaction.atomic
def settle(*, answer: Answer, user, themes: list[str]) -> Settlement:
    """Set the agreed codes of an answer whose reviewers disagreed."""
    unknown = [slug for slug in themes if slug not in set(theme_slugs())]
    if unknown:
        raise ValidationError(f"{', '.join(unknown)} is not a theme of the framework.")
    settlement, _ = Settlement.objects.update_or_create(
        answer=answer, defaults={"themes": list(dict.fromkeys(themes)), "settled_by": user}
    )
    record_human_themes(answer=answer)
    return settlement


def record_human_themes(*, answer: Answer) -> None:
    """Replace the answer's reviewer theme assignments by its final human codes (if it has them yet)."""
    codes = final_codes([answer.id]).get(answer.id)
    ThemeAssignment.objects.filter(answer=answer).exclude(source=ThemeSource.MODEL).delete()
    if not codes:
        return
    settlement = Settlement.objects.filter(answer=answer).first()
    reviews = list(Review.objects.filter(answer=answer, is_complete=True).order_by("-updated_at"))
    if settlement is not None:
        source, who = ThemeSource.REVIEWER, settlement.settled_by
    else:
        latest = reviews[0]
        is_youth = all(r.reviewer_kind == ReviewerKind.YOUTH for r in reviews)
        source = ThemeSource.YOUTH_REVIEWER if is_youth else ThemeSource.REVIEWER
        who = latest.reviewer
    evidence = {a.slug: a.evidence for a in model_themes(answer)}
    ThemeAssignment.objects.bulk_create(
        ThemeAssignment(answer=answer, slug=slug, evidence=evidence.get(slug, []), source=source, created_by=who)
        for slug in codes
    )


def set_double_coding_share(*, consultation_id: int, share: float) -> ConsultationReviewSettings:
    found, _ = ConsultationReviewSettings.objects.get_or_create(consultation_id=consultation_id)
    found.double_coding_share = share
    found.full_clean()
    found.save()
    return found


@transaction.atomic
def add_youth_reviewer(*, email: str, forum, password: str | None = None):
    """Give a youth forum member (found or created by email) a youth reviewer account for that forum's answers.

    The account has no staff role and no admin access: only the /youth-review/ page.
    """
    from engage.organisations.services import find_or_create_account

    user = find_or_create_account(email=email, password=password)
    YouthReviewer.objects.get_or_create(user=user, forum=forum)
    return user
