"""Read what reviewers may see: the queue, each answer's codes, the disagreements. Always scoped to the user."""

import hashlib
import random
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.db.models import Count, F, FloatField, Min, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from wagtail.models import Page

from engage.organisations.models import Role
from engage.organisations.selectors import organisations_for
from engage.responses.models import Answer
from engage.review.models import (
    DEFAULT_DOUBLE_CODING_SHARE,
    ConsultationReviewSettings,
    Review,
    Settlement,
    ThemeModelVersion,
    YouthReviewer,
)
from engage.themes.models import ThemeAssignment, ThemeSource

RANDOM_SHARE = 0.2  # one answer in five is served at random, so measured agreement is not biased to hard cases
# Confidence bands of an answer's least confident model theme; answers without model themes sit at NO_THEME.
BANDS = {"low": (0.0, 0.6), "medium": (0.6, 0.85), "high": (0.85, 1.01)}
NO_THEME_CONFIDENCE = 0.5


def review_organisations(user):
    return organisations_for(user, roles=[Role.FRAMEWORK_OWNER])


def can_review(user) -> bool:
    return review_organisations(user).exists()


def reviewable_answers(user) -> QuerySet[Answer]:
    """Themed written answers of the framework owner's organisations, never withdrawn ones."""
    return Answer.objects.written().filter(
        themed_at__isnull=False,
        response__organisation__in=review_organisations(user),
        response__withdrawn_at__isnull=True,
    )


def youth_forums(user) -> QuerySet[Page]:
    if not user.is_authenticated:
        return Page.objects.none()
    return Page.objects.filter(id__in=YouthReviewer.objects.filter(user=user).values("forum_id"))


def youth_reviewable_answers(user) -> QuerySet[Answer]:
    """Themed, redacted answers to consultations under the youth reviewer's own forums that the model gave a theme,
    leaving out any that raised a safeguarding concern."""
    forums = list(youth_forums(user))
    if not forums:
        return Answer.objects.none()
    under = Q()
    for forum in forums:
        under |= Q(response__consultation__path__startswith=forum.path, response__consultation__depth__gt=forum.depth)
    answers = (
        Answer.objects.written()
        .filter(under, themed_at__isnull=False, response__withdrawn_at__isnull=True)
        .filter(theme_assignments__source=ThemeSource.MODEL)
        .distinct()
    )
    if not apps.is_installed("engage.safeguarding"):
        return answers.none()
    # Young people read only redacted answers, and never one that raised a safeguarding concern.
    return answers.filter(safeguarding_check__checked_at__isnull=False, safeguarding_alert__isnull=True)


def double_coding_share(consultation_id: int) -> float:
    found = ConsultationReviewSettings.objects.filter(consultation_id=consultation_id).first()
    return found.double_coding_share if found else DEFAULT_DOUBLE_CODING_SHARE


def is_double_coded(answer_id: int, share: float) -> bool:
    """Whether an answer is in the double-coded share: a stable hash of its id, so allocation never changes."""
    digest = hashlib.sha256(f"double-coding:{answer_id}".encode()).hexdigest()
    return int(digest[:8], 16) / 16**8 < share


def model_themes(answer: Answer) -> list[ThemeAssignment]:
    return list(answer.theme_assignments.filter(source=ThemeSource.MODEL).order_by("-confidence", "slug"))


@dataclass(frozen=True)
class QueueFilters:
    consultation: int | None = None
    forum: int | None = None
    theme: str = ""
    band: str = ""
    status: str = "todo"  # todo: needs my review; unreviewed: nobody has reviewed it yet

    @classmethod
    def from_query(cls, query) -> "QueueFilters":
        def number(key):
            value = query.get(key, "")
            return int(value) if value.isdigit() else None

        band = query.get("band", "")
        status = query.get("status", "todo")
        return cls(
            consultation=number("consultation"),
            forum=number("forum"),
            theme=query.get("theme", "").strip(),
            band=band if band in BANDS else "",
            status=status if status in {"todo", "unreviewed"} else "todo",
        )

    def as_query(self) -> dict:
        return {k: v for k, v in vars(self).items() if v not in (None, "")}


def _with_queue_columns(answers: QuerySet[Answer]) -> QuerySet[Answer]:
    least_confident = (
        ThemeAssignment.objects.filter(answer=OuterRef("pk"), source=ThemeSource.MODEL)
        .order_by()
        .values("answer")
        .annotate(m=Min("confidence"))
        .values("m")
    )
    reviews = (
        Review.objects.filter(answer=OuterRef("pk"), is_complete=True)
        .order_by()
        .values("answer")
        .annotate(n=Count("id"))
        .values("n")
    )
    return answers.annotate(
        least_confidence=Coalesce(Subquery(least_confident), Value(NO_THEME_CONFIDENCE), output_field=FloatField()),
        review_count=Coalesce(Subquery(reviews), Value(0)),
        consultation_id=F("response__consultation_id"),
    )


def filter_answers(answers: QuerySet[Answer], filters: QueueFilters) -> QuerySet[Answer]:
    answers = _with_queue_columns(answers)
    if filters.consultation:
        answers = answers.filter(response__consultation_id=filters.consultation)
    if filters.forum:
        forum = Page.objects.filter(id=filters.forum).first()
        answers = answers.filter(response__consultation__path__startswith=forum.path) if forum else answers.none()
    if filters.theme:
        answers = answers.filter(
            id__in=ThemeAssignment.objects.filter(slug=filters.theme, source=ThemeSource.MODEL).values("answer_id")
        )
    if filters.band:
        low, high = BANDS[filters.band]
        answers = answers.filter(least_confidence__gte=low, least_confidence__lt=high)
    if filters.status == "unreviewed":
        answers = answers.filter(review_count=0)
    return answers


def queue(answers: QuerySet[Answer], user, filters: QueueFilters) -> list[dict]:
    """Answers still needing this user's review, least confident first.

    An answer needs one review, or two if it is in its consultation's double-coded share; a settled answer and one
    the user has already reviewed never come back. Rows: {"id", "least_confidence", "double_coded"}.
    """
    rows = (
        filter_answers(answers, filters)
        .exclude(reviews__reviewer=user)
        .exclude(id__in=Settlement.objects.values("answer_id"))
        .filter(review_count__lt=2)
        .order_by("least_confidence", "id")
        .values("id", "least_confidence", "review_count", "consultation_id")
    )
    shares: dict[int, float] = {}
    found = []
    for row in rows:
        consultation_id = row["consultation_id"]
        if consultation_id not in shares:
            shares[consultation_id] = double_coding_share(consultation_id)
        double = is_double_coded(row["id"], shares[consultation_id])
        if row["review_count"] >= (2 if double else 1):
            continue
        found.append({"id": row["id"], "least_confidence": row["least_confidence"], "double_coded": double})
    return found


def next_for_review(
    answers: QuerySet[Answer],
    user,
    filters: QueueFilters,
    *,
    skipped: frozenset[int] = frozenset(),
    rng=random,
    random_share: float = RANDOM_SHARE,
) -> tuple[int | None, bool, int]:
    """(answer id, served at random?, answers left): usually the least confident, `random_share` of the time any."""
    rows = [row for row in queue(answers, user, filters) if row["id"] not in skipped]
    if not rows:
        return None, False, 0
    if len(rows) > 1 and rng.random() < random_share:
        return rng.choice(rows)["id"], True, len(rows)
    return rows[0]["id"], False, len(rows)


def final_codes(answer_ids) -> dict[int, list[str] | None]:
    """The human codes of each answer: settled codes, else the review (or the reviews, when they all agree).

    None marks an answer whose reviews disagree and wait to be settled, or a double-coded answer still waiting
    for its second review. Answers without a complete review are left out.
    """
    answer_ids = list(answer_ids)
    codes: dict[int, list[str] | None] = {}
    settled = dict(Settlement.objects.filter(answer_id__in=answer_ids).values_list("answer_id", "themes"))
    by_answer: dict[int, list[Review]] = {}
    reviews = Review.objects.filter(answer_id__in=answer_ids, is_complete=True).order_by("created_at")
    for review in reviews:
        by_answer.setdefault(review.answer_id, []).append(review)
    for answer_id in answer_ids:
        if answer_id in settled:
            codes[answer_id] = sorted(settled[answer_id])
            continue
        found = by_answer.get(answer_id)
        if not found:
            continue
        sets = {frozenset(r.themes) for r in found}
        waiting = found[0].double_coded and len(found) < 2
        codes[answer_id] = sorted(sets.pop()) if len(sets) == 1 and not waiting else None
    return codes


def disputed_answers(answers: QuerySet[Answer]) -> list[Answer]:
    """Answers whose complete reviews disagree and that nobody has settled yet."""
    candidates = (
        answers.exclude(id__in=Settlement.objects.values("answer_id"))
        .annotate(n=Count("reviews", filter=Q(reviews__is_complete=True)))
        .filter(n__gte=2)
    )
    code_sets: dict[int, set] = {}
    for answer_id, themes in Review.objects.filter(answer__in=candidates, is_complete=True).values_list(
        "answer_id", "themes"
    ):
        code_sets.setdefault(answer_id, set()).add(frozenset(themes))
    ids = [answer_id for answer_id, sets in code_sets.items() if len(sets) > 1]
    return list(Answer.objects.filter(id__in=ids).select_related("response").order_by("id"))


def promoted_model_path() -> str | None:
    current = ThemeModelVersion.objects.filter(is_current=True, status=ThemeModelVersion.Status.READY).first()
    return current.path if current else None


def current_model_dir() -> str | None:
    """The directory new answers are themed with: THEME_MODEL_DIR if set, else the promoted model, else None
    (nlp's default)."""
    return settings.YOUTH_VOICE.get("THEME_MODEL_DIR") or promoted_model_path()
