"""Bar charts drawn on the server as inline SVG geometry: no JavaScript, no inline style, a table beside each."""

from dataclasses import dataclass

from engage.indicators.report import CORE20, DECILE, DECILES, NOT_CORE20, Report
from engage.indicators.suppression import Cell
from engage.themes.framework import theme_name

# Narrow enough to stay legible on a phone: each group's label sits on its own line above its bars.
WIDTH = 400
BAR_SPACE = 250
BAR_HEIGHT = 16
LABEL_HEIGHT = 18
GAP = 4


@dataclass(frozen=True)
class Bar:
    label: str  # drawn above the first bar of a group only
    name: str  # what the bar is of, for the table beside the chart
    series: str
    cell: Cell
    y: int
    width: int
    value_x: int

    @property
    def label_y(self) -> int:
        return self.y - 5

    @property
    def text_y(self) -> int:
        return self.y + 12

    @property
    def text(self) -> str:
        if not self.cell.shown:
            return self.cell.label
        return self.cell.label if self.series == "count" else self.cell.percent_label or "–"


@dataclass(frozen=True)
class Chart:
    slug: str
    title: str
    bars: list[Bar]
    height: int
    width: int = WIDTH
    legend: tuple[str, ...] = ()


def _bars(items: list[tuple[str, str, Cell, float | None]], top: float) -> tuple[list[Bar], int]:
    bars, y, previous = [], 0, None
    for label, series, value_cell, value in items:
        if label != previous:
            y += LABEL_HEIGHT + (GAP * 2 if previous is not None else 0)
        width = 0 if value is None or not top else max(1, round(BAR_SPACE * value / top))
        shown_label = label if label != previous else ""
        bars.append(Bar(shown_label, label, series, value_cell, y, width, width + 6))
        y += BAR_HEIGHT + GAP
        previous = label
    return bars, y


def deprivation_chart(report: Report, *, themes: int = 8) -> Chart:
    """For the most raised themes: the share of young people in Core20 areas and elsewhere who raised each."""
    items = []
    for slug in report.theme_order[:themes]:
        for category, series in ((CORE20, "Core20"), (NOT_CORE20, "Not Core20")):
            value = report.get(DECILE, category, slug)
            items.append((theme_name(slug), series, value, value.percent if value.shown else None))
    top = max((v for *_rest, v in items if v is not None), default=0)
    bars, height = _bars(items, top)
    return Chart(
        "deprivation-chart",
        "Share raising each theme: Core20 areas and elsewhere",
        bars,
        height,
        legend=("Core20", "Not Core20"),
    )


def decile_chart(report: Report) -> Chart | None:
    """For the most raised theme: the share of young people in each deprivation decile who raised it."""
    if not report.theme_order:
        return None
    slug = report.theme_order[0]
    items = []
    for decile in DECILES:
        value = report.get(DECILE, decile, slug)
        label = {"1": "1 (most deprived)", "10": "10 (least deprived)"}.get(decile, f"Decile {decile}")
        items.append((label, "share", value, value.percent if value.shown else None))
    top = max((v for *_rest, v in items if v is not None), default=0)
    bars, height = _bars(items, top)
    return Chart("decile-chart", f"Share raising “{theme_name(slug)}”, by deprivation decile", bars, height)


def area_chart(report: Report) -> Chart | None:
    """How many young people answered in each area within the chosen one."""
    table = report.table("areas")
    if table is None:
        return None
    items = [
        (label, "count", value, value.value if value.shown else None)
        for label, value in zip(table.columns[:-1], table.rows[0].cells[:-1], strict=True)
    ]
    top = max((v for *_rest, v in items if v is not None), default=0)
    bars, height = _bars(items, top)
    return Chart("area-chart", "Young people who answered, by area", bars, height)


def charts_for(report: Report, *, detail: bool = False) -> list[Chart]:
    charts = [deprivation_chart(report)]
    deciles = decile_chart(report) if detail else None
    if deciles is not None:
        charts.append(deciles)
    areas = area_chart(report)
    if areas is not None:
        charts.append(areas)
    return charts
