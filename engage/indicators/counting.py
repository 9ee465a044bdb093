"""Count young people per theme and breakdown in the database: for the tallies, and live for small scopes.

A response counts once for a theme however many of its answers raised it; theme "" counts everyone who answered.
"""

from collections.abc import Callable, Iterator

from django.db.models import Case, Count, DateField, F, IntegerField, QuerySet, Value, When
from django.db.models.functions import Trunc

from engage.areas.models import Area
from engage.responses.models import Response
from engage.themes.selectors import counted_assignments

ALL, DECILE, AGE, PLUS = "all", "decile", "age", "plus"
# Each breakdown and the Response field it groups by.
BREAKDOWNS = {ALL: None, DECILE: "area__imd_decile", AGE: "age_band", PLUS: "plus_groups"}
BATCH = 5000


def tally_keys(prefix: str) -> dict:
    """What the tallies group by, besides the breakdown: organisation, consultation, month and local authority."""
    return {
        "t_org": F(f"{prefix}organisation_id"),
        "t_consultation": F(f"{prefix}consultation_id"),
        "t_month": Trunc(f"{prefix}submitted_at", "month", output_field=DateField()),
        # An LSOA's local authority; an area above LSOA level stands for itself.
        "t_place": Case(
            When(**{f"{prefix}area__kind": Area.Kind.LSOA}, then=F(f"{prefix}area__parent_id")),
            default=F(f"{prefix}area_id"),
            output_field=IntegerField(),
        ),
    }


def grouped_counts(
    responses: QuerySet[Response], *, keys: Callable[[str], dict] = lambda prefix: {}
) -> Iterator[tuple[tuple, str, str, str, int]]:
    """Yield (key values, breakdown, category, theme, young people) for every group with anyone in it.

    `keys(prefix)` gives extra annotations to group by, with `prefix` the path from the counted model to Response.
    """
    assignments = counted_assignments().filter(answer__response__in=responses)  # people's codes once reviewed
    for prefix, queryset, count in (
        ("", responses, Count("id")),
        ("answer__response__", assignments, Count("answer__response_id", distinct=True)),
    ):
        extra = keys(prefix)
        queryset = queryset.annotate(**extra, t_theme=F("slug") if prefix else Value(""))
        for breakdown, column in BREAKDOWNS.items():
            names = [*extra, "t_theme"] + ([f"{prefix}{column}"] if column else [])
            rows = queryset.order_by().values(*names).annotate(n=count).values_list(*names, "n")
            for row in rows.iterator(chunk_size=BATCH):
                key, theme, n = row[: len(extra)], row[len(extra)] or "", row[-1]
                if column == "plus_groups":
                    categories = sorted({str(g) for g in (row[-2] or []) if g}) or [""]
                elif column:
                    categories = ["" if row[-2] is None else str(row[-2])]
                else:
                    categories = [""]
                for category in categories:
                    yield key, breakdown, category, theme, n
