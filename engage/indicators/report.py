"""What young people told us for one scope (organisations, consultations, area, months), as suppressed tables.

Every count comes from the theme tallies and passes through engage.indicators.suppression once, over all tables
together, so a count hidden in one table is hidden wherever it appears and no total gives a hidden count away.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Q, QuerySet, Sum

from engage.areas.models import Area
from engage.indicators.counting import grouped_counts
from engage.indicators.models import ThemeTally
from engage.indicators.suppression import Cell, Relation, cell, suppress
from engage.responses.models import AgeBand, Response
from engage.themes.framework import plus_groups, theme_name, themes

ALL, DECILE, AGE, PLUS, AREA = "all", "decile", "age", "plus", "area"
CORE20, NOT_CORE20, UNKNOWN = "core20", "not_core20", ""
DECILES = [str(d) for d in range(1, 11)]


@dataclass(frozen=True)
class Scope:
    """Which responses a report covers. organisation_ids None means every organisation (public pages)."""

    organisation_ids: tuple[int, ...] | None = None
    consultation_ids: tuple[int, ...] | None = None
    area: Area | None = None
    month_from: date | None = None
    month_to: date | None = None

    def tallies(self) -> QuerySet[ThemeTally]:
        queryset = ThemeTally.objects.all()
        if self.organisation_ids is not None:
            queryset = queryset.filter(organisation_id__in=self.organisation_ids)
        if self.consultation_ids is not None:
            queryset = queryset.filter(consultation_id__in=self.consultation_ids)
        if self.month_from:
            queryset = queryset.filter(month__gte=self.month_from.replace(day=1))
        if self.month_to:
            queryset = queryset.filter(month__lte=self.month_to)
        if self.area_level in ("icb", "region"):
            queryset = queryset.filter(**{self.area_level: self.area})
        return queryset

    @property
    def area_level(self) -> str | None:
        """The kind of area the scope is narrowed to: "region", "icb", "lad" (an LSOA counts as its own), or None."""
        if self.area is None or self.area.kind == Area.Kind.COUNTRY:
            return None
        return {Area.Kind.ICB: "icb", Area.Kind.REGION: "region"}.get(self.area.kind, "lad")

    @property
    def counted_live(self) -> bool:
        """A local authority or smaller is counted from the responses themselves: few enough to be quick, and the
        tallies keep breakdowns only per ICB."""
        return self.area_level == "lad"

    @property
    def child_level(self) -> str | None:
        """The tally column that splits this scope's area into the areas within it, if any."""
        return {None: "icb", "region": "icb", "icb": "lad"}.get(self.area_level)

    def responses_filter(self, prefix: str = "") -> Q:
        """The same scope as a filter on Response (with `prefix`, e.g. "answer__response__")."""
        q = Q(**{f"{prefix}withdrawn_at__isnull": True})
        if self.organisation_ids is not None:
            q &= Q(**{f"{prefix}organisation_id__in": self.organisation_ids})
        if self.consultation_ids is not None:
            q &= Q(**{f"{prefix}consultation_id__in": self.consultation_ids})
        if self.month_from:
            q &= Q(**{f"{prefix}submitted_at__date__gte": self.month_from.replace(day=1)})
        if self.month_to:
            following = date(self.month_to.year + self.month_to.month // 12, self.month_to.month % 12 + 1, 1)
            q &= Q(**{f"{prefix}submitted_at__date__lt": following})
        if self.area_level:
            area = self.area
            q &= (
                Q(**{f"{prefix}area": area})
                | Q(**{f"{prefix}area__parent": area})
                | Q(**{f"{prefix}area__parent__parent": area})
                | Q(**{f"{prefix}area__parent__parent__parent": area})
            )
        return q


@dataclass
class Row:
    label: str
    cells: list[Cell]
    key: str = ""


@dataclass
class Table:
    slug: str
    title: str
    columns: list[str]
    rows: list[Row]
    note: str = ""
    first_column: str = "Theme"


@dataclass
class Report:
    scope: Scope
    respondents: Cell
    theme_order: list[str]
    theme_cells: dict[str, Cell]
    tables: list[Table] = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    cells: dict = field(default_factory=dict)
    area_names: dict = field(default_factory=dict)

    def table(self, slug: str) -> Table | None:
        return next((t for t in self.tables if t.slug == slug), None)

    def get(self, dimension: str, category: str, theme: str = "") -> Cell:
        return self.cells[(dimension, category, theme)]


def _categories(counts: dict, dimension: str) -> list[str]:
    seen = {category for (dim, category, _theme) in counts if dim == dimension}
    if dimension == DECILE:
        return DECILES + [UNKNOWN]
    if dimension == AGE:
        return list(AgeBand.values) + [UNKNOWN]
    if dimension == PLUS:
        known = list(plus_groups())
        return known + sorted(seen - set(known) - {UNKNOWN}) + [UNKNOWN]
    return sorted(seen - {UNKNOWN}) + [UNKNOWN]


def _tally_counts(scope: Scope) -> dict[tuple[str, str, str], int]:
    counts: dict[tuple[str, str, str], int] = defaultdict(int)
    tallies = scope.tallies().order_by()
    rows = (
        tallies.filter(dimension__in=[ALL, DECILE, AGE, PLUS])
        .values("dimension", "category", "theme")
        .annotate(n=Sum("responses"))
        .values_list("dimension", "category", "theme", "n")
    )
    for dimension, category, theme, n in rows:
        counts[(dimension, category, theme)] += n
    child = scope.child_level
    source = tallies.filter(dimension=ThemeTally.Dimension.AREA if child == "lad" else ALL)
    for area_id, theme, n in (
        source.exclude(**{f"{child}__isnull": True})
        .values(child, "theme")
        .annotate(n=Sum("responses"))
        .values_list(child, "theme", "n")
    ):
        counts[(AREA, str(area_id), theme)] += n
    # Whoever is in the scope but in no area within it (no area given, or only a wider one) is "area not known".
    for theme in {t for (d, _c, t) in counts if d == ALL}:
        within = sum(n for (d, _c, t), n in counts.items() if d == AREA and t == theme)
        counts[(AREA, UNKNOWN, theme)] = counts[(ALL, "", theme)] - within
    return counts


def _live_counts(scope: Scope) -> dict[tuple[str, str, str], int]:
    counts: dict[tuple[str, str, str], int] = defaultdict(int)
    for _key, breakdown, category, theme, n in grouped_counts(Response.objects.filter(scope.responses_filter())):
        counts[(breakdown, category, theme)] += n
    return counts


def build_report(scope: Scope, *, detail: bool = True) -> Report:
    """Suppressed tables of who took part and which themes they raised, by area, deprivation, age and PLUS group.

    detail=False (public pages) shows deprivation as Core20 or not, without the ten deciles.
    """
    counts = _live_counts(scope) if scope.counted_live else _tally_counts(scope)
    child = scope.child_level
    slugs = list(themes()) + sorted({t for (_d, _c, t) in counts if t and t not in themes()})
    categories = {dim: _categories(counts, dim) for dim in (DECILE, AGE, PLUS, AREA)}
    area_names = {}
    if child:
        ids = [int(c) for c in categories[AREA] if c]
        area_names = dict(Area.objects.filter(id__in=ids).values_list("id", "name"))
        categories[AREA] = sorted(categories[AREA], key=lambda c: (not c, area_names.get(int(c), "") if c else ""))
    keys, relations = _keys_and_relations(slugs, categories, with_areas=bool(child))
    full = {key: counts.get(key, 0) for key in keys}
    for theme in ["", *slugs]:
        full[(DECILE, CORE20, theme)] = sum(full[(DECILE, d, theme)] for d in DECILES[:2])
        full[(DECILE, NOT_CORE20, theme)] = sum(full[(DECILE, d, theme)] for d in DECILES[2:])
    status = suppress(full, relations)
    cells = {}
    for (dimension, category, theme), value in full.items():
        # A theme's share is of the young people in the same group; a group's share is of everyone who answered.
        denominator = (ALL, "", "") if dimension == ALL or not theme else (dimension, category, "")
        of = None if not theme and dimension == ALL else (status[denominator], full[denominator])
        cells[(dimension, category, theme)] = cell(status[(dimension, category, theme)], value, of=of)
    order = sorted(slugs, key=lambda s: (-full[(ALL, "", s)], slugs.index(s)))
    report = Report(
        scope=scope,
        respondents=cells[(ALL, "", "")],
        theme_order=order,
        theme_cells={s: cells[(ALL, "", s)] for s in slugs},
        counts=full,
        cells=cells,
    )
    report.area_names = area_names
    report.tables = _tables(report, categories, detail=detail, with_areas=bool(child))
    return report


def _keys_and_relations(slugs, categories, *, with_areas: bool) -> tuple[list, list[Relation]]:
    keys, relations = [], []
    for theme in ["", *slugs]:
        total = (ALL, "", theme)
        keys.append(total)
        for dimension in (DECILE, AGE, PLUS) + ((AREA,) if with_areas else ()):
            parts = [(dimension, c, theme) for c in categories[dimension]]
            keys.extend(parts)
            if dimension != PLUS:  # PLUS groups overlap (a young person may be in several): they add up to nothing
                relations.append((total, parts))
        keys += [(DECILE, CORE20, theme), (DECILE, NOT_CORE20, theme)]
        relations.append(((DECILE, CORE20, theme), [(DECILE, d, theme) for d in DECILES[:2]]))
        relations.append(((DECILE, NOT_CORE20, theme), [(DECILE, d, theme) for d in DECILES[2:]]))
        relations.append((total, [(DECILE, CORE20, theme), (DECILE, NOT_CORE20, theme), (DECILE, UNKNOWN, theme)]))
    return keys, relations


def _label(dimension: str, category: str, area_names: dict) -> str:
    if dimension == DECILE:
        special = {
            CORE20: "Core20 (most deprived 20%)",
            NOT_CORE20: "Not Core20",
            UNKNOWN: "Area not known",
            "1": "1 (most deprived)",
            "10": "10 (least deprived)",
        }
        return special.get(category, category)
    if dimension == AGE:
        return dict(AgeBand.choices).get(category, "Age not given")
    if dimension == PLUS:
        return plus_groups().get(category, category.replace("_", " ").capitalize() if category else "None given")
    if dimension == AREA:
        return area_names.get(int(category), category) if category else "Area not known"
    return "All young people"


def _tables(report: Report, categories: dict, *, detail: bool, with_areas: bool) -> list[Table]:
    cells, names = report.cells, report.area_names
    took_part = [Row("All young people who answered", [report.respondents])]
    for dimension, cats in ((AGE, categories[AGE]), (DECILE, [CORE20, NOT_CORE20, UNKNOWN]), (PLUS, categories[PLUS])):
        for category in cats:
            took_part.append(Row(_label(dimension, category, names), [cells[(dimension, category, "")]]))
    tables = [
        Table(
            "who",
            "Who took part",
            ["Young people"],
            took_part,
            first_column="Group",
            note="A young person may be in more than one PLUS group, or none.",
        ),
        Table(
            "themes",
            "Themes raised",
            ["Young people"],
            [Row(theme_name(s), [report.theme_cells[s]], key=s) for s in report.theme_order],
            note="A young person may raise several themes; shares are of everyone who answered.",
        ),
    ]
    breakdowns = []
    if with_areas:
        breakdowns.append(("areas", "Themes by area", AREA, categories[AREA]))
    decile_columns = [CORE20, NOT_CORE20] + (DECILES if detail else []) + [UNKNOWN]
    breakdowns += [
        ("deprivation", "Themes by deprivation (Index of Multiple Deprivation decile)", DECILE, decile_columns),
        ("age", "Themes by age", AGE, categories[AGE]),
        ("plus", "Themes by PLUS group", PLUS, categories[PLUS]),
    ]
    for slug, title, dimension, cats in breakdowns:
        columns = [_label(dimension, c, names) for c in cats] + ["All"]
        rows = [Row("Young people who answered", [cells[(dimension, c, "")] for c in cats] + [report.respondents])]
        rows += [
            Row(theme_name(s), [cells[(dimension, c, s)] for c in cats] + [report.theme_cells[s]], key=s)
            for s in report.theme_order
        ]
        tables.append(
            Table(slug, title, columns, rows, note="Shares are of the young people in that column who answered.")
        )
    return tables
