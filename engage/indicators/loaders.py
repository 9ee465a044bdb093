"""Load the official open files (Indices of Deprivation, ONS area lookups, Fingertips CSVs) from disk.

Each loader checks the columns first (naming any that are missing), reports bad rows by their line number in the
file (the header is line 1), loads the good ones in batches, and is idempotent: loading a file again updates what
is there and never duplicates it.
"""

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.db import connection, transaction
from django.db.models import Q
from django.utils.text import slugify

from engage.areas.models import Area
from engage.indicators.models import Deprivation, Indicator, IndicatorValue

BATCH = 2000
CUT_BATCH = 200  # rows named one by one in a delete (SQLite limits how deep an expression may nest)
ENGLAND = ("E92000001", "England")


class ColumnsMissing(ValueError):
    """The file lacks columns the loader needs; the message names them."""


@dataclass
class LoadResult:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)

    @property
    def loaded(self) -> int:
        return self.created + self.updated

    def summary(self) -> str:
        text = f"{self.created} created, {self.updated} updated, {self.skipped} skipped, {len(self.errors)} bad rows"
        shown = "".join(f"\n  line {line}: {message}" for line, message in self.errors[:20])
        more = f"\n  ... and {len(self.errors) - 20} more" if len(self.errors) > 20 else ""
        return text + shown + more


def _rows(path: Path | str) -> tuple[list[str], Iterator[tuple[int, dict]]]:
    text = Path(path).read_text(encoding="utf-8-sig")
    reader = csv.DictReader(io.StringIO(text))
    headers = [h.strip() for h in (reader.fieldnames or [])]
    reader.fieldnames = headers
    return headers, ((number, row) for number, row in enumerate(reader, start=2))


def _match_columns(headers: list[str], wanted: dict[str, str], required: set[str], overrides: dict[str, str]) -> dict:
    """Map field -> header, by an override's exact header or by the first header matching the field's pattern."""
    found = {}
    for name, pattern in wanted.items():
        if name in overrides:
            if overrides[name] in headers:
                found[name] = overrides[name]
            continue
        found_header = next((h for h in headers if re.fullmatch(pattern, h, flags=re.IGNORECASE)), None)
        if found_header:
            found[name] = found_header
    missing = sorted(required - found.keys())
    if missing:
        described = [overrides.get(name) or _describe(wanted[name]) for name in missing]
        raise ColumnsMissing(
            f"The file is missing the column{'s' if len(missing) > 1 else ''}: {', '.join(described)}. "
            f"Its columns are: {', '.join(headers) or '(none)'}. Check it is the right file, or name the column with "
            f'--column {missing[0]}="<header>".'
        )
    return found


def _describe(pattern: str) -> str:
    return '"' + re.sub(r"\\d\{4\}|\\d\+", "YYYY", pattern).replace("\\", "").replace(".*", "...") + '"'


def _number(text: str | None, *, integer: bool = False) -> float | int | None:
    text = (text or "").strip().replace(",", "")
    if not text:
        return None
    value = float(text)
    return int(value) if integer else value


def _replace(queryset, key: str, records: dict) -> None:
    """Replace the rows of `queryset` whose `key` is among `records` with `records`' values: one delete and one bulk
    insert per batch, much faster than row-by-row updates for a national file (nothing refers to these rows)."""
    keys = sorted(records)
    for start in range(0, len(keys), BATCH):
        queryset.filter(**{f"{key}__in": keys[start : start + BATCH]}).delete()
    _insert(queryset.model, list(records.values()))


def _insert(model, objects: list) -> None:
    """Insert rows: by COPY on PostgreSQL (a national file in about a second), by bulk_create elsewhere."""
    if connection.vendor != "postgresql":
        model.objects.bulk_create(objects, batch_size=BATCH)
        return
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    with connection.cursor() as cursor:
        table = connection.ops.quote_name(model._meta.db_table)
        with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for obj in objects:
                copy.write_row([getattr(obj, f.attname) for f in fields])


def _set_deciles(deciles: dict[int, int]) -> None:
    """Area.imd_decile from the newest edition: one UPDATE per decile and batch instead of one per area."""
    by_decile: dict[int, list[int]] = {}
    for area_id, decile in deciles.items():
        by_decile.setdefault(decile, []).append(area_id)
    for decile, ids in by_decile.items():
        for start in range(0, len(ids), BATCH):
            Area.objects.filter(id__in=ids[start : start + BATCH]).exclude(imd_decile=decile).update(imd_decile=decile)


# --- English Indices of Deprivation, "File 7" (all ranks, deciles and scores, with population denominators) ---

DEPRIVATION_COLUMNS = {
    "lsoa_code": r"LSOA code \(\d{4}\)",
    "lsoa_name": r"LSOA name \(\d{4}\)",
    "lad_code": r"Local Authority District code \(\d{4}\)",
    "lad_name": r"Local Authority District name \(\d{4}\)",
    "imd_rank": r"Index of Multiple Deprivation \(IMD\) Rank.*",
    "imd_decile": r"Index of Multiple Deprivation \(IMD\) Decile.*",
    "idaci_score": r"Income Deprivation Affecting Children Index \(IDACI\) Score.*",
    "idaci_decile": r"Income Deprivation Affecting Children Index \(IDACI\) Decile.*",
    "children": r"Dependent Children aged 0-15.*",
}
DEPRIVATION_REQUIRED = {"lsoa_code", "imd_decile", "idaci_score"}


def load_deprivation(
    path: Path | str, *, edition: int, columns: dict[str, str] | None = None, synthetic: bool = False
) -> LoadResult:
    """Load an IoD File 7 CSV (2019, or 2025 whose headers carry other years) at LSOA level.

    LSOAs not yet known are added (under their local authority when the file names one). Area.imd_decile follows
    the newest edition loaded.
    """
    headers, rows = _rows(path)
    col = _match_columns(headers, DEPRIVATION_COLUMNS, DEPRIVATION_REQUIRED, columns or {})
    result = LoadResult()
    parsed = []
    for line, row in rows:
        try:
            code = row[col["lsoa_code"]].strip()
            if not re.fullmatch(r"[EW]01\d{6}", code):
                raise ValueError(f"{code!r} is not an LSOA code (E01 and six digits)")
            decile = _number(row[col["imd_decile"]], integer=True)
            if decile is None or not 1 <= decile <= 10:
                raise ValueError(f"IMD decile {row[col['imd_decile']]!r} is not a number from 1 to 10")
            idaci_decile = _number(row[col["idaci_decile"]], integer=True) if "idaci_decile" in col else None
            if idaci_decile is not None and not 1 <= idaci_decile <= 10:
                raise ValueError(f"IDACI decile {idaci_decile} is not from 1 to 10")
            idaci = _number(row[col["idaci_score"]])
            if idaci is not None and not 0 <= idaci <= 1:
                raise ValueError(f"IDACI score {idaci} is not a rate between 0 and 1")
            parsed.append(
                {
                    "code": code,
                    "name": row[col["lsoa_name"]].strip() if "lsoa_name" in col else code,
                    "lad_code": row[col["lad_code"]].strip() if "lad_code" in col else "",
                    "lad_name": row[col["lad_name"]].strip() if "lad_name" in col else "",
                    "imd_rank": _number(row[col["imd_rank"]], integer=True) if "imd_rank" in col else None,
                    "imd_decile": decile,
                    "idaci_score": idaci,
                    "idaci_decile": idaci_decile,
                    "children": _number(row[col["children"]], integer=True) if "children" in col else None,
                }
            )
        except (ValueError, KeyError, TypeError) as error:
            result.errors.append((line, str(error)))

    with transaction.atomic():
        authorities = _ensure_areas(
            {(p["lad_code"], p["lad_name"] or p["lad_code"]) for p in parsed if p["lad_code"]},
            Area.Kind.LOCAL_AUTHORITY,
            synthetic,
        )
        lsoas = _ensure_areas(
            {(p["code"], p["name"]) for p in parsed},
            Area.Kind.LSOA,
            synthetic,
            parents=authorities,
            parent_of={p["code"]: p["lad_code"] for p in parsed},
        )
        newest = max(Deprivation.objects.values_list("edition", flat=True).distinct(), default=edition)
        existing = set(Deprivation.objects.filter(edition=edition).values_list("area_id", flat=True))
        records = {}
        for p in parsed:
            area = lsoas[p["code"]]
            records[area.id] = Deprivation(
                area=area,
                edition=edition,
                is_synthetic=synthetic,
                **{f: p[f] for f in ("imd_rank", "imd_decile", "idaci_score", "idaci_decile", "children")},
            )
        _replace(Deprivation.objects.filter(edition=edition), "area_id", records)
        if edition >= newest:
            _set_deciles({area_id: record.imd_decile for area_id, record in records.items()})
    result.created = len(records.keys() - existing)
    result.updated = len(records.keys() & existing)
    return result


def _ensure_areas(
    pairs: set[tuple[str, str]],
    kind: str,
    synthetic: bool,
    *,
    parents: dict[str, Area] | None = None,
    parent_of: dict[str, str] | None = None,
    rename: bool = False,
) -> dict[str, Area]:
    """Areas by code, adding those not yet known; a known area keeps its parent unless it had none."""
    codes = {code for code, _ in pairs}
    known = _areas_by_code(codes)
    new, changed = [], []
    for code, name in pairs:
        parent = (parents or {}).get((parent_of or {}).get(code, ""))
        area = known.get(code)
        if area is None:
            area = Area(code=code, name=name, kind=kind, parent=parent, is_synthetic=synthetic)
            known[code] = area
            new.append(area)
        elif (parent is not None and area.parent_id is None) or (rename and name and area.name != name):
            if parent is not None and area.parent_id is None:
                area.parent = parent
            if rename and name:
                area.name = name
            changed.append(area)
    Area.objects.bulk_create(new, batch_size=BATCH)
    if new and new[0].pk is None:  # backends that do not return ids on bulk insert
        known.update(_areas_by_code({a.code for a in new}))
    Area.objects.bulk_update(changed, ["parent", "name"], batch_size=BATCH)
    return known


def _areas_by_code(codes: set[str]) -> dict[str, Area]:
    """Areas by code, asked for in batches (SQLite limits how many values one query may carry)."""
    ordered = sorted(codes)
    found = {}
    for start in range(0, len(ordered), BATCH):
        found.update({a.code: a for a in Area.objects.filter(code__in=ordered[start : start + BATCH])})
    return found


# --- ONS lookups: LSOA (2021) to local authority, ICB and (optionally) region ---

LOOKUP_COLUMNS = {
    "lsoa_code": r"LSOA\d{2}CD",
    "lsoa_name": r"LSOA\d{2}NM",
    "lad_code": r"(LAD|UTLA)\d{2}CD",
    "lad_name": r"(LAD|UTLA)\d{2}NM",
    "icb_code": r"ICB\d{2}CD",
    "icb_name": r"ICB\d{2}NM",
    "region_code": r"(NHSER|RGN)\d{2}CD",
    "region_name": r"(NHSER|RGN)\d{2}NM",
}
LOOKUP_REQUIRED = {"lsoa_code", "lsoa_name", "lad_code", "lad_name", "icb_code", "icb_name"}


def load_area_lookup(path: Path | str, *, columns: dict[str, str] | None = None, synthetic: bool = False) -> LoadResult:
    """Load an ONS LSOA21 -> LAD -> ICB (-> region) lookup, building the area hierarchy.

    Year suffixes vary by release (LAD22CD, LAD23CD, ICB23CD ...); any is accepted. The lookup is authoritative:
    it sets each area's parent and name.
    """
    headers, rows = _rows(path)
    col = _match_columns(headers, LOOKUP_COLUMNS, LOOKUP_REQUIRED, columns or {})
    result = LoadResult()
    parsed = []
    patterns = {"lsoa_code": r"[EW]01\d{6}", "lad_code": r"[EW]0[6-9]\d{6}", "icb_code": r"E54\d{6}"}
    for line, row in rows:
        record = {name: (row.get(header) or "").strip() for name, header in col.items()}
        bad = [
            f"{name.split('_')[0].upper()} code {record[name]!r} is not valid"
            for name, pattern in patterns.items()
            if not re.fullmatch(pattern, record[name])
        ]
        if bad:
            result.errors.append((line, "; ".join(bad)))
            continue
        parsed.append(record)

    with transaction.atomic():
        regions = {}
        if "region_code" in col:
            regions = _ensure_areas(
                {(p["region_code"], p.get("region_name", "")) for p in parsed if p["region_code"]},
                Area.Kind.REGION,
                synthetic,
                rename=True,
            )
        icbs = _ensure_areas(
            {(p["icb_code"], p["icb_name"]) for p in parsed},
            Area.Kind.ICB,
            synthetic,
            parents=regions,
            parent_of={p["icb_code"]: p.get("region_code", "") for p in parsed},
            rename=True,
        )
        lads = _ensure_areas(
            {(p["lad_code"], p["lad_name"]) for p in parsed},
            Area.Kind.LOCAL_AUTHORITY,
            synthetic,
            parents=icbs,
            parent_of={p["lad_code"]: p["icb_code"] for p in parsed},
            rename=True,
        )
        before = set(_areas_by_code({p["lsoa_code"] for p in parsed}))
        lsoas = _ensure_areas(
            {(p["lsoa_code"], p["lsoa_name"]) for p in parsed},
            Area.Kind.LSOA,
            synthetic,
            parents=lads,
            parent_of={p["lsoa_code"]: p["lad_code"] for p in parsed},
            rename=True,
        )
        # The lookup decides parents, even where an earlier file guessed another.
        moved = []
        for p in parsed:
            area, parent = lsoas[p["lsoa_code"]], lads[p["lad_code"]]
            if area.parent_id != parent.id:
                area.parent = parent
                moved.append(area)
        for code, icb_code in {(p["lad_code"], p["icb_code"]) for p in parsed}:
            if lads[code].parent_id != icbs[icb_code].id:
                lads[code].parent = icbs[icb_code]
                moved.append(lads[code])
        Area.objects.bulk_update(moved, ["parent"], batch_size=BATCH)
    codes = {p["lsoa_code"] for p in parsed}
    result.updated = len(codes & before)
    result.created = len(codes - before)
    return result


# --- OHID Fingertips CSV downloads, and any area-level indicator in the same shape ---

FINGERTIPS_COLUMNS = {
    "indicator_id": r"Indicator ID",
    "indicator_name": r"Indicator Name",
    "area_code": r"Area Code",
    "area_name": r"Area Name",
    "area_type": r"Area Type",
    "sex": r"Sex",
    "age": r"Age",
    "category_type": r"Category Type",
    "period": r"Time period",
    "period_sort": r"Time period Sortable",
    "value": r"Value",
    "lower_ci": r"Lower CI 95(\.0)? limit",
    "upper_ci": r"Upper CI 95(\.0)? limit",
    "count": r"Count",
    "denominator": r"Denominator",
}
FINGERTIPS_REQUIRED = {
    "indicator_id",
    "indicator_name",
    "area_code",
    "area_name",
    "area_type",
    "sex",
    "age",
    "period",
    "value",
}
AREA_TYPES = [
    (r"england|country", Area.Kind.COUNTRY),
    (r"region", Area.Kind.REGION),
    (r"icb|integrated care board", Area.Kind.ICB),
    (r"lsoa|lower.?layer", Area.Kind.LSOA),
    (r"count(y|ies)|ua|district|local authorit|lad|utla|ltla", Area.Kind.LOCAL_AUTHORITY),
]


def _area_kind(area_type: str) -> str | None:
    lowered = area_type.lower()
    return next((kind for pattern, kind in AREA_TYPES if re.search(pattern, lowered)), None)


def _period_sort(period: str) -> int:
    """'2022/23' -> 20220000, '2021 - 23' -> 20210000 (the start year orders Fingertips periods)."""
    match = re.search(r"(\d{4})", period)
    return int(match.group(1)) * 10000 if match else 0


def load_indicator_values(
    path: Path | str, *, indicator: str | None = None, columns: dict[str, str] | None = None, synthetic: bool = False
) -> LoadResult:
    """Load a Fingertips-shaped CSV. Rows are matched to the catalogue by 'Indicator ID' (or to `indicator`, a
    catalogue slug, for a local file); an unknown indicator is added to the catalogue without themes. Breakdown rows
    (a 'Category Type' such as deprivation decile) are skipped: areas are the breakdown here.
    """
    headers, rows = _rows(path)
    col = _match_columns(headers, FINGERTIPS_COLUMNS, FINGERTIPS_REQUIRED, columns or {})
    result = LoadResult()
    parsed = []
    for line, row in rows:
        get = {name: (row.get(header) or "").strip() for name, header in col.items()}
        if get.get("category_type"):
            result.skipped += 1
            continue
        try:
            kind = _area_kind(get["area_type"])
            if kind is None:
                raise ValueError(
                    f"area type {get['area_type']!r} is not one we know (England, region, ICB, local authority or LSOA)"
                )
            if not re.fullmatch(r"[EWSN]\d{8}", get["area_code"]):
                raise ValueError(f"area code {get['area_code']!r} is not an ONS code")
            if not get["period"]:
                raise ValueError("the time period is empty")
            numbers = {
                name: _number(get.get(name)) for name in ("value", "lower_ci", "upper_ci", "count", "denominator")
            }
        except ValueError as error:
            message = str(error)
            if message.startswith("could not convert"):
                message = f"a number could not be read ({message.split(':', 1)[-1].strip()})"
            result.errors.append((line, message))
            continue
        if numbers["value"] is None:
            result.skipped += 1  # published without a value (suppressed or not available at source)
            continue
        sortable = _number(get.get("period_sort"), integer=True) if get.get("period_sort") else None
        parsed.append({**get, **numbers, "kind": kind, "period_sort": sortable or _period_sort(get["period"])})

    with transaction.atomic():
        indicators = _indicators_for(parsed, indicator, synthetic)
        areas = {}
        for kind in {p["kind"] for p in parsed}:
            areas.update(
                _ensure_areas({(p["area_code"], p["area_name"]) for p in parsed if p["kind"] == kind}, kind, synthetic)
            )
        keys = {
            (indicators[p["indicator_id"]].id, areas[p["area_code"]].id, p["period"], p["sex"], p["age"]): p
            for p in parsed
        }
        indicator_ids = {key[0] for key in keys}
        existing = set(
            IndicatorValue.objects.filter(indicator_id__in=indicator_ids).values_list(
                "indicator_id", "area_id", "period", "sex", "age"
            )
        )
        numbers = ["period_sort", "value", "lower_ci", "upper_ci", "count", "denominator"]
        for indicator_id in indicator_ids:
            stale = [k for k in keys if k[0] == indicator_id and k in existing]
            for start in range(0, len(stale), CUT_BATCH):
                batch = stale[start : start + CUT_BATCH]
                IndicatorValue.objects.filter(
                    indicator_id=indicator_id,
                    area_id__in={k[1] for k in batch},
                    period__in={k[2] for k in batch},
                ).filter(_cuts(batch)).delete()
        _insert(
            IndicatorValue,
            [
                IndicatorValue(
                    indicator_id=key[0],
                    area_id=key[1],
                    period=key[2],
                    sex=key[3],
                    age=key[4],
                    is_synthetic=synthetic,
                    **{f: p[f] for f in numbers},
                )
                for key, p in keys.items()
            ],
        )
    result.created = len(keys.keys() - existing)
    result.updated = len(keys.keys() & existing)
    return result


def _cuts(keys: list[tuple]) -> Q:
    """Exactly these (indicator, area, period, sex, age) rows."""
    q = Q(pk__in=[])
    for indicator_id, area_id, period, sex, age in keys:
        q |= Q(indicator_id=indicator_id, area_id=area_id, period=period, sex=sex, age=age)
    return q


def _indicators_for(parsed: list[dict], slug: str | None, synthetic: bool) -> dict[str, Indicator]:
    found = {}
    for p in parsed:
        source_id = p["indicator_id"]
        if source_id in found:
            continue
        if slug:
            match = Indicator.objects.filter(slug=slug).first()
            if match is None:
                match = Indicator.objects.create(
                    slug=slug,
                    name=p["indicator_name"],
                    fingertips_id=source_id,
                    source="Loaded from a file" + (" (synthetic)" if synthetic else ""),
                )
        else:
            match = Indicator.objects.filter(fingertips_id=source_id).first() if source_id else None
            if match is None:
                new_slug = slugify(p["indicator_name"])[:50].replace("-", "_") or f"indicator_{source_id}"
                match, _ = Indicator.objects.get_or_create(
                    slug=new_slug,
                    defaults={
                        "name": p["indicator_name"],
                        "fingertips_id": source_id,
                        "source": "OHID Fingertips" + (" (synthetic)" if synthetic else ""),
                    },
                )
        found[source_id] = match
    return found
