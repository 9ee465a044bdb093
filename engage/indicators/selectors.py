"""Read indicator data: an area's Core20 share, the indicators beside each theme, and approved quotes."""

from dataclasses import dataclass

from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import F, FloatField, Max, Q, QuerySet, Sum
from django.db.models.functions import Coalesce

from engage.areas.models import Area
from engage.indicators.models import Deprivation, Indicator, IndicatorValue, Polarity
from engage.indicators.report import Scope
from engage.themes.models import ThemeAssignment, ThemeSource

ENGLAND_CODE = "E92000001"


def lsoas_in(area: Area | None) -> QuerySet[Area]:
    """The LSOAs within an area (all of them for England or no area)."""
    lsoas = Area.objects.filter(kind=Area.Kind.LSOA)
    if area is None or area.kind == Area.Kind.COUNTRY:
        return lsoas
    if area.kind == Area.Kind.LSOA:
        return lsoas.filter(id=area.id)
    return lsoas.filter(Q(parent=area) | Q(parent__parent=area) | Q(parent__parent__parent=area))


def latest_edition() -> int | None:
    return Deprivation.objects.aggregate(m=Max("edition"))["m"]


def core20_share(area: Area | None) -> dict | None:
    """Share of an area's children (0-15) living in LSOAs in the most deprived 20% nationally (IMD deciles 1-2).

    Weighted by the children counted in the Indices of Deprivation; if the file gave none, by LSOAs. None when no
    deprivation data covers the area.
    """
    edition = latest_edition()
    if edition is None:
        return None
    rows = Deprivation.objects.filter(edition=edition, area__in=lsoas_in(area))
    totals = rows.aggregate(children=Sum("children"), lsoas=Sum(1))
    core20 = rows.filter(imd_decile__lte=2).aggregate(children=Sum("children"), lsoas=Sum(1))
    if not totals["lsoas"]:
        return None
    if totals["children"]:
        share = (core20["children"] or 0) / totals["children"]
        basis = "children aged 0 to 15"
    else:
        share = (core20["lsoas"] or 0) / totals["lsoas"]
        basis = "neighbourhoods (LSOAs)"
    synthetic = rows.filter(is_synthetic=True).exists()
    return {"share": share, "percent": round(100 * share), "basis": basis, "edition": edition, "synthetic": synthetic}


def _idaci(area: Area | None, edition: int) -> float | None:
    """Children-weighted mean IDACI score of the LSOAs in an area."""
    rows = Deprivation.objects.filter(edition=edition, area__in=lsoas_in(area), idaci_score__isnull=False)
    weight = Coalesce(F("children"), 1, output_field=FloatField())
    totals = rows.aggregate(weighted=Sum(F("idaci_score") * weight, output_field=FloatField()), weight=Sum(weight))
    return totals["weighted"] / totals["weight"] if totals["weight"] else None


@dataclass(frozen=True)
class IndicatorFigure:
    indicator: Indicator
    area_name: str
    period: str
    value: float | None
    england: float | None
    synthetic: bool

    @property
    def value_label(self) -> str:
        return "–" if self.value is None else f"{self.value:.4g} {self.indicator.unit}".strip()

    @property
    def england_label(self) -> str:
        return "–" if self.england is None else f"{self.england:.4g} {self.indicator.unit}".strip()

    @property
    def comparison(self) -> str:
        """In words, against England, with polarity: 'worse than England' etc."""
        if self.value is None or self.england is None:
            return ""
        if abs(self.value - self.england) <= 0.005 * max(abs(self.england), 1e-9):
            return "similar to England"
        higher = self.value > self.england
        if self.indicator.polarity == Polarity.NEITHER:
            return "higher than England" if higher else "lower than England"
        worse = higher == (self.indicator.polarity == Polarity.HIGHER_IS_WORSE)
        return ("higher" if higher else "lower") + " than England (" + ("worse" if worse else "better") + ")"


def _ancestors(area: Area | None) -> list[Area]:
    chain, seen = [], set()
    while area is not None and area.id not in seen:
        chain.append(area)
        seen.add(area.id)
        area = area.parent
    return chain


def indicators_beside(themes: list[str], area: Area | None) -> dict[str, list[IndicatorFigure]]:
    """For each theme, the catalogue's related indicators: the latest value for the area (or the nearest area above
    it that has one) beside England's value for the same period."""
    catalogue = list(Indicator.objects.all())
    wanted = {i.id: i for i in catalogue if set(i.themes) & set(themes)}
    england = Area.objects.filter(code=ENGLAND_CODE).first()
    chain = [a for a in _ancestors(area) if a.kind != Area.Kind.LSOA]
    values = IndicatorValue.objects.filter(indicator_id__in=wanted, area__in=[*chain, *([england] if england else [])])
    best: dict[tuple[int, int], IndicatorValue] = {}
    for value in values.order_by("period_sort", "period"):
        if value.sex not in ("", "Persons") and (value.indicator_id, value.area_id) in best:
            continue
        best[(value.indicator_id, value.area_id)] = value  # ordered by period: the latest wins
    edition = latest_edition()
    figures: dict[int, IndicatorFigure] = {}
    for indicator in wanted.values():
        if indicator.slug == "idaci" and edition:
            local = _idaci(area, edition) if area and area.kind != Area.Kind.COUNTRY else None
            figures[indicator.id] = IndicatorFigure(
                indicator,
                area.name if area else "",
                f"IoD{edition}",
                local,
                _idaci(None, edition),
                Deprivation.objects.filter(is_synthetic=True).exists(),
            )
            continue
        local = next((best[(indicator.id, a.id)] for a in chain if (indicator.id, a.id) in best), None)
        national = best.get((indicator.id, england.id)) if england else None
        if local is None and national is None:
            continue
        if local is not None and national is not None and national.period != local.period:
            same = values.filter(indicator=indicator, area=england, period=local.period).first()
            national = same or national
        figures[indicator.id] = IndicatorFigure(
            indicator,
            local.area.name if local else "",
            (local or national).period,
            local.value if local else None,
            national.value if national else None,
            bool((local and local.is_synthetic) or (national and national.is_synthetic)),
        )
    return {t: [f for i, f in figures.items() if t in wanted[i].themes] for t in themes}


def _quotable_text(answer) -> str:
    """An answer's words as they may be published: redacted of personal data, and never one that raised a
    safeguarding concern. An answer not yet checked has no quotable text."""
    own = getattr(answer, "redacted_text", None)
    if own:
        return own
    try:
        check = answer.safeguarding_check
    except ObjectDoesNotExist:
        return ""
    if check.checked_at is None or check.flag:
        return ""
    return check.redacted_text


def approved_quotes(scope: Scope, themes: list[str], *, per_theme: int = 3) -> dict[str, list[str]]:
    """Up to `per_theme` quotes per theme, only from answers a reviewer has themed, in their redacted words.

    Never unreviewed or unredacted text, and never an answer with a safeguarding alert.
    """
    assignments = (
        ThemeAssignment.objects.filter(source=ThemeSource.REVIEWER, slug__in=themes)
        .filter(scope.responses_filter("answer__response__"))
        .order_by("-created_at", "-id")
    )
    if apps.is_installed("engage.safeguarding"):
        assignments = assignments.filter(answer__safeguarding_alert__isnull=True).select_related(
            "answer__safeguarding_check"
        )
    found: dict[str, list[str]] = {t: [] for t in themes}
    for assignment in assignments.select_related("answer")[: per_theme * len(themes) * 4]:
        text = _quotable_text(assignment.answer).strip()
        quotes = found[assignment.slug]
        if text and len(quotes) < per_theme and text not in quotes:
            quotes.append(text)
    return found
