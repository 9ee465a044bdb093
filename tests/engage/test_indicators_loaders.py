import csv
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from engage.areas.models import Area
from engage.indicators.loaders import (
    ColumnsMissing,
    load_area_lookup,
    load_deprivation,
    load_indicator_values,
)
from engage.indicators.models import Deprivation, Indicator, IndicatorValue
from engage.indicators.services import SAMPLES, load_indicator_samples, sync_indicator_catalogue

pytestmark = pytest.mark.django_db

IOD = SAMPLES / "iod2019_file7_synthetic_sample.csv"
LOOKUP = SAMPLES / "lsoa21_lad_icb_lookup_synthetic_sample.csv"
FINGERTIPS = SAMPLES / "fingertips_synthetic_sample.csv"


def rewrite(path: Path, tmp_path: Path, *, rename: dict | None = None, drop: set = frozenset(), edit=None) -> Path:
    """A copy of a sample with headers renamed, columns dropped or rows edited (edit(row_index, row))."""
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    header = [(rename or {}).get(h, h) for h in rows[0]]
    keep = [i for i, h in enumerate(rows[0]) if h not in drop]
    body = rows[1:]
    if edit:
        for index, row in enumerate(body):
            edit(index, row)
    out = tmp_path / path.name
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([header[i] for i in keep])
        writer.writerows([[row[i] for i in keep] for row in body])
    return out


def test_the_lookup_builds_the_hierarchy_lsoa_to_local_authority_to_icb_to_region():
    result = load_area_lookup(LOOKUP, synthetic=True)
    assert (result.created, result.errors) == (16, [])
    lsoa = Area.objects.get(code="E01990009")
    assert lsoa.kind == Area.Kind.LSOA
    assert lsoa.parent.code == "E08000018" and lsoa.parent.kind == Area.Kind.LOCAL_AUTHORITY
    assert lsoa.parent.parent.code == "E54000061" and lsoa.parent.parent.kind == Area.Kind.ICB
    assert lsoa.parent.parent.parent.code == "E12000003"


def test_the_lookup_accepts_other_year_suffixes(tmp_path):
    renamed = rewrite(
        LOOKUP,
        tmp_path,
        rename={"LAD23CD": "LAD22CD", "LAD23NM": "LAD22NM", "ICB23CD": "ICB22CD", "ICB23NM": "ICB22NM"},
    )
    assert load_area_lookup(renamed).created == 16
    assert Area.objects.get(code="E01990001").parent.code == "E08000019"


def test_loading_again_updates_and_never_duplicates():
    load_area_lookup(LOOKUP)
    load_deprivation(IOD, edition=2019)
    first = load_indicator_values(FINGERTIPS)
    areas, values = Area.objects.count(), IndicatorValue.objects.count()
    again = load_area_lookup(LOOKUP)
    assert (again.created, again.updated) == (0, 16)
    assert load_deprivation(IOD, edition=2019).updated == 16
    second = load_indicator_values(FINGERTIPS)
    assert (second.created, second.updated) == (0, first.created)
    assert (Area.objects.count(), IndicatorValue.objects.count()) == (areas, values)
    assert Deprivation.objects.count() == 16


def test_deprivation_sets_deciles_idaci_and_children(tmp_path):
    load_area_lookup(LOOKUP)
    result = load_deprivation(IOD, edition=2019, synthetic=True)
    assert (result.created, result.errors) == (16, [])
    row = Deprivation.objects.get(area__code="E01990005")
    assert row.imd_decile == 1 and 0 < row.idaci_score < 1 and row.children > 0 and row.is_synthetic
    assert Area.objects.get(code="E01990005").imd_decile == 1


def test_deprivation_2025_headers_are_found_whatever_year_they_carry(tmp_path):
    with IOD.open(encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    rename = {
        h: h.replace("(2011)", "(2021)").replace("(2019)", "(2024)").replace("mid 2015", "mid 2022") for h in header
    }
    file_2025 = rewrite(IOD, tmp_path, rename=rename, edit=lambda i, row: row.__setitem__(6, "3"))
    load_deprivation(IOD, edition=2019)
    assert load_deprivation(file_2025, edition=2025).created == 16
    assert Area.objects.get(code="E01990005").imd_decile == 3  # the newest edition decides
    load_deprivation(IOD, edition=2019)  # reloading an older edition does not take over
    assert Area.objects.get(code="E01990005").imd_decile == 3


def test_a_renamed_column_can_be_named_on_the_command_line(tmp_path):
    renamed = rewrite(
        IOD,
        tmp_path,
        rename={"Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)": "IMD decile"},
    )
    with pytest.raises(ColumnsMissing):
        load_deprivation(renamed, edition=2019)
    call_command("load_deprivation", str(renamed), "--edition", "2019", "--column", 'imd_decile="IMD decile"')
    assert Deprivation.objects.count() == 16


def test_missing_columns_are_named_in_the_message(tmp_path):
    broken = rewrite(FINGERTIPS, tmp_path, drop={"Area Code", "Time period"})
    with pytest.raises(ColumnsMissing) as error:
        load_indicator_values(broken)
    message = str(error.value)
    assert '"Area Code"' in message and '"Time period"' in message
    assert "Indicator Name" in message  # the columns the file does have are listed
    with pytest.raises(CommandError, match="Area Code"):
        call_command("load_indicator_values", str(broken))


def test_bad_rows_are_reported_by_line_number_and_good_ones_still_load(tmp_path):
    def spoil(index, row):
        if index == 2:
            row[12] = "lots"  # Value
        if index == 4:
            row[4] = "nowhere"  # Area Code

    spoiled = rewrite(FINGERTIPS, tmp_path, edit=spoil)
    result = load_indicator_values(spoiled)
    assert [line for line, _ in result.errors] == [4, 6]  # header is line 1, so row index 2 is line 4
    assert "lots" in result.errors[0][1] and "nowhere" in result.errors[1][1]
    assert result.created > 100


def test_deprivation_bad_rows_name_the_problem(tmp_path):
    def spoil(index, row):
        if index == 0:
            row[6] = "11"
        if index == 1:
            row[0] = "X123"

    result = load_deprivation(rewrite(IOD, tmp_path, edit=spoil), edition=2019)
    assert [line for line, _ in result.errors] == [2, 3]
    assert "1 to 10" in result.errors[0][1] and "LSOA code" in result.errors[1][1]
    assert result.created == 14


def test_fingertips_rows_match_the_catalogue_and_breakdown_rows_are_skipped():
    sync_indicator_catalogue()
    result = load_indicator_values(FINGERTIPS, synthetic=True)
    assert result.skipped == 18  # one deprivation-decile breakdown row per indicator
    obesity = Indicator.objects.get(slug="obesity_y6")
    england = IndicatorValue.objects.get(indicator=obesity, area__code="E92000001", period="2022/23")
    assert england.value > 0 and england.lower_ci < england.value < england.upper_ci
    assert Area.objects.get(code="E92000001").kind == Area.Kind.COUNTRY


def test_a_local_indicator_in_the_same_shape_loads_under_its_own_slug():
    load_area_lookup(LOOKUP)
    result = load_indicator_values(
        SAMPLES / "trust_asthma_attendances_synthetic_sample.csv", indicator="trust_asthma_attendances"
    )
    assert result.created == 16
    indicator = Indicator.objects.get(slug="trust_asthma_attendances")
    assert not indicator.from_framework
    assert indicator.values.filter(area__kind=Area.Kind.LSOA).count() == 16


def test_the_catalogue_comes_from_the_framework_and_keeps_what_staff_added():
    Indicator.objects.create(slug="local_thing", name="A local thing", themes=["housing"])
    assert sync_indicator_catalogue() == 19
    assert sync_indicator_catalogue() == 19
    asthma = Indicator.objects.get(slug="asthma_admissions")
    assert asthma.themes == ["asthma", "housing"] and asthma.fingertips_id == "90810" and asthma.from_framework
    assert Indicator.objects.filter(slug="local_thing").exists()


def test_samples_load_for_the_demo_areas_idempotently():
    load_indicator_samples()
    counts = (Area.objects.count(), IndicatorValue.objects.count(), Deprivation.objects.count())
    load_indicator_samples()
    assert (Area.objects.count(), IndicatorValue.objects.count(), Deprivation.objects.count()) == counts
    assert Area.objects.get(code="E01990016").parent.parent.code == "E54000061"
