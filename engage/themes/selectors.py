"""Read themes, scoped through the responses the user may see."""

from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from engage.responses.models import Response
from engage.themes.framework import theme_name
from engage.themes.models import ThemeAssignment, ThemeSource


def counted_assignments() -> QuerySet[ThemeAssignment]:
    """The themes that count: people's codes for an answer once anyone has reviewed it, else the model's.

    A reviewer who rejects every model theme leaves no human codes, and then the answer counts for no theme.
    """
    from engage.review.models import Review

    reviewed = Exists(Review.objects.filter(answer_id=OuterRef("answer_id"), is_complete=True))
    return ThemeAssignment.objects.alias(reviewed=reviewed).filter(
        Q(reviewed=True, source__in=[ThemeSource.REVIEWER, ThemeSource.YOUTH_REVIEWER])
        | Q(reviewed=False, source=ThemeSource.MODEL)
    )


def theme_counts(responses: QuerySet[Response]) -> list[dict]:
    """How many responses raised each theme, most raised first: [{"slug", "name", "responses"}]."""
    rows = (
        counted_assignments()
        .filter(answer__response__in=responses)
        .values("slug")
        .annotate(responses=Count("answer__response", distinct=True))
        .order_by("-responses", "slug")
    )
    return [{"slug": row["slug"], "name": theme_name(row["slug"]), "responses": row["responses"]} for row in rows]


def themes_raised(*, consultation_id: int) -> list[str]:
    """Theme slugs raised by at least SUPPRESSION_THRESHOLD young people in a consultation, most raised first.

    For public pages: a theme raised by fewer people is left out rather than counted, so nobody is singled out.
    """
    from django.conf import settings

    responses = Response.objects.filter(consultation_id=consultation_id, withdrawn_at__isnull=True)
    threshold = settings.YOUTH_VOICE["SUPPRESSION_THRESHOLD"]
    return [row["slug"] for row in theme_counts(responses) if row["responses"] >= threshold]
