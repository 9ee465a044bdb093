"""Read responses, always scoped to what the user may see."""

from django.db.models import Count, QuerySet
from django.db.models.functions import TruncDate

from engage.organisations.selectors import STAFF_ROLES_SEEING_RESPONSES, organisations_for
from engage.responses.models import Response


def responses_for(user, *, consultation=None) -> QuerySet[Response]:
    """Responses the user may read: those of their organisations' forums, never withdrawn ones."""
    organisations = organisations_for(user, roles=STAFF_ROLES_SEEING_RESPONSES)
    queryset = Response.objects.filter(organisation__in=organisations, withdrawn_at__isnull=True)
    if consultation is not None:
        queryset = queryset.filter(consultation=consultation)
    return queryset


def response_counts(responses: QuerySet[Response]) -> dict:
    """How many responses came in, in total, by channel and by day."""
    by_channel = dict(responses.order_by().values_list("channel").annotate(n=Count("id")))
    by_day = list(
        responses.order_by()
        .annotate(day=TruncDate("submitted_at"))
        .values("day")
        .annotate(n=Count("id"))
        .order_by("day")
    )
    return {"total": sum(by_channel.values()), "by_channel": by_channel, "by_day": by_day}
