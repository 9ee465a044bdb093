"""CSV and XLSX downloads of exactly the tables a report shows, suppression applied and safe to open in Excel."""

import pandas as pd

from engage.indicators.report import Report
from engage.indicators.selectors import IndicatorFigure
from engage.spreadsheets import csv_bytes, formula_safe, xlsx_bytes


def report_frames(
    report: Report, indicators: dict[str, list[IndicatorFigure]] | None = None
) -> dict[str, pd.DataFrame]:
    """One frame per table shown, in long form: row, column, young people (or why hidden), percentage."""
    frames = {}
    for table in report.tables:
        records = []
        for row in table.rows:
            for column, value in zip(table.columns, row.cells, strict=True):
                records.append(
                    {
                        table.first_column: row.label,
                        "Column": column,
                        "Young people": value.value if value.shown else value.label,
                        "Percentage": value.percent if value.percent is not None else "",
                    }
                )
        frames[table.title] = pd.DataFrame.from_records(records).astype(object)
    if indicators:
        records = [
            {
                "Theme": theme,
                "Indicator": figure.indicator.name,
                "Area": figure.area_name,
                "Period": figure.period,
                "Value": "" if figure.value is None else round(figure.value, 3),
                "England": "" if figure.england is None else round(figure.england, 3),
                "Unit": figure.indicator.unit,
                "Compared with England": figure.comparison,
                "Synthetic sample data": "yes" if figure.synthetic else "",
            }
            for theme, figures in indicators.items()
            for figure in figures
        ]
        if records:
            frames["Public-health indicators"] = pd.DataFrame.from_records(records).astype(object)
    return {title: frame.map(formula_safe) for title, frame in frames.items()}


def to_csv(frames: dict[str, pd.DataFrame]) -> bytes:
    """All tables in one CSV, each row labelled with its table."""
    columns = ["Table"]
    for frame in frames.values():
        columns += [c for c in frame.columns if c not in columns]
    records = [{"Table": title, **record} for title, frame in frames.items() for record in frame.to_dict("records")]
    return csv_bytes(pd.DataFrame(records, columns=columns, dtype=object).fillna(""))


def to_xlsx(frames: dict[str, pd.DataFrame]) -> bytes:
    """One sheet per table."""
    return xlsx_bytes(frames)
