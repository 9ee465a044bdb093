import pytest

from engage.areas.models import Area
from engage.indicators.report import ALL, CORE20, DECILE, Scope, build_report
from engage.indicators.selectors import approved_quotes, core20_share, indicators_beside
from engage.indicators.services import load_indicator_samples, refresh_theme_tallies
from engage.indicators.suppression import Status
from engage.responses.models import Answer
from engage.themes.models import ThemeAssignment
from tests.engage.indicator_data import make_responses


@pytest.fixture
def voices(consultation, organisation):
    load_indicator_samples()
    # E01990005 is decile 1 (Core20, Sheffield); E01990010 decile 6 (Rotherham).
    make_responses(consultation, organisation, 14, lsoa="E01990005", themes=("housing", "asthma"))
    make_responses(consultation, organisation, 4, lsoa="E01990005", themes=("mental_health",), age_band="16_17")
    make_responses(consultation, organisation, 20, lsoa="E01990010", themes=("housing",), plus_groups=("young_carer",))
    make_responses(consultation, organisation, 5, lsoa="E01990010", themes=("housing",), withdrawn=True)
    refresh_theme_tallies()
    return consultation


def test_counts_people_once_per_theme_and_leave_withdrawn_responses_out(voices, organisation):
    response = voices.responses.filter(withdrawn_at__isnull=True).first()
    second = Answer.objects.create(
        response=response,
        block_id="q2",
        question_type="long_text",
        question_text="And?",
        text="damp",
        is_free_text=True,
    )
    ThemeAssignment.objects.create(answer=second, slug="housing", confidence=0.8)
    refresh_theme_tallies()
    report = build_report(Scope(organisation_ids=(organisation.id,)))
    assert report.respondents.value == 38
    assert report.theme_cells["housing"].value == 34
    assert report.theme_cells["housing"].percent == round(100 * 34 / 38)
    assert report.theme_order[0] == "housing"


def test_breakdowns_are_suppressed_and_consistent_across_tables(voices, organisation):
    report = build_report(Scope(organisation_ids=(organisation.id,)))
    assert report.theme_cells["mental_health"].status is Status.SMALL  # 4 young people
    assert report.get(DECILE, CORE20, "asthma").value == 14
    assert report.get(DECILE, "1", "housing").value == 14
    # Rotherham's decile-6 housing count (20) is shown; nobody's area is unknown, and zero is shown.
    assert report.get(DECILE, "6", "housing").value == 20
    assert report.get(DECILE, "", "housing").label == "0"
    ages = report.table("age")
    mental = next(row for row in ages.rows if row.key == "mental_health")
    assert all(c.value == 0 or not c.shown for c in mental.cells)
    assert mental.cells[list(ages.columns).index("16 to 17")].label == "fewer than 10"


def test_an_area_scope_counts_only_young_people_from_there(voices, organisation):
    sheffield = Area.objects.get(code="E08000019")
    report = build_report(Scope(organisation_ids=(organisation.id,), area=sheffield))
    assert report.respondents.value == 18
    icb = Area.objects.get(code="E54000061")
    by_area = build_report(Scope(organisation_ids=(organisation.id,), area=icb)).table("areas")
    assert by_area.columns[:2] == ["Rotherham", "Sheffield"]
    assert [c.label for c in by_area.rows[0].cells[:2]] == ["20", "18"]


def test_another_organisation_scope_sees_none_of_it(voices, other_organisation):
    report = build_report(Scope(organisation_ids=(other_organisation.id,)))
    assert report.respondents.label == "0"
    assert all(c.value == 0 for c in report.cells.values())


def test_a_consultation_and_months_narrow_the_scope(voices, organisation):
    assert build_report(Scope(organisation_ids=(organisation.id,), consultation_ids=(0,))).counts[(ALL, "", "")] == 0
    from datetime import date

    old = build_report(Scope(organisation_ids=(organisation.id,), month_to=date(2020, 1, 1)))
    assert old.counts[(ALL, "", "")] == 0


def test_core20_share_weighs_children_in_deciles_one_and_two(db):
    load_indicator_samples()
    import csv

    from engage.indicators.services import SAMPLES

    rows = list(csv.DictReader((SAMPLES / "iod2019_file7_synthetic_sample.csv").open()))
    decile = "Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)"
    children = "Dependent Children aged 0-15: mid 2015 (excluding prisoners)"
    sheffield = [r for r in rows if r["Local Authority District code (2019)"] == "E08000019"]
    expected = sum(int(r[children]) for r in sheffield if int(r[decile]) <= 2) / sum(
        int(r[children]) for r in sheffield
    )
    share = core20_share(Area.objects.get(code="E08000019"))
    assert share["share"] == pytest.approx(expected)
    assert share["basis"] == "children aged 0 to 15" and share["synthetic"]
    assert 0 < core20_share(Area.objects.get(code="E54000061"))["share"] < 1


def test_indicators_sit_beside_their_themes_with_england(db):
    load_indicator_samples()
    figures = indicators_beside(["housing", "asthma"], Area.objects.get(code="E08000019"))
    names = {f.indicator.slug for f in figures["housing"]}
    assert {"asthma_admissions", "homelessness", "fuel_poverty"} <= names
    asthma = next(f for f in figures["asthma"] if f.indicator.slug == "asthma_admissions")
    assert asthma.area_name == "Sheffield" and asthma.period == "2022/23"
    assert asthma.value is not None and asthma.england is not None and "England" in asthma.comparison


def test_quotes_come_only_from_reviewed_and_redacted_answers(consultation, organisation):
    make_responses(consultation, organisation, 1, themes=("housing",), text="UNREVIEWED", redacted="UNREVIEWED")
    make_responses(consultation, organisation, 1, reviewed=("housing",), text="NOT YET CHECKED")
    make_responses(
        consultation,
        organisation,
        1,
        reviewed=("housing",),
        text="he hurts me, Jo Bloggs",
        redacted="FLAGGED",
        flagged=True,
    )
    make_responses(
        consultation,
        organisation,
        1,
        reviewed=("housing",),
        text="Jo at 3 Elm St: the damp makes my asthma worse",
        redacted="[name] at [address]: the damp makes my asthma worse",
    )
    quotes = approved_quotes(Scope(organisation_ids=(organisation.id,)), ["housing"])
    assert quotes == {"housing": ["[name] at [address]: the damp makes my asthma worse"]}


def test_an_answer_with_a_safeguarding_alert_is_never_quoted(consultation, organisation):
    from engage.safeguarding.models import SafeguardingAlert

    [response] = make_responses(consultation, organisation, 1, reviewed=("safety",), redacted="i dont feel safe")
    SafeguardingAlert.objects.create(answer=response.answers.get(), response=response, organisation=organisation)
    assert approved_quotes(Scope(organisation_ids=(organisation.id,)), ["safety"]) == {"safety": []}


def test_quotes_use_the_answers_own_redacted_text_when_it_has_one(consultation, organisation, monkeypatch):
    make_responses(consultation, organisation, 1, reviewed=("housing",), text="I'm Jo from Flat 3 and it's damp")
    monkeypatch.setattr(Answer, "redacted_text", "I'm [name] from [address] and it's damp", raising=False)
    quotes = approved_quotes(Scope(organisation_ids=(organisation.id,)), ["housing"])
    assert quotes["housing"] == ["I'm [name] from [address] and it's damp"]


def test_a_local_authority_counted_live_agrees_with_the_icb_tallies(voices, organisation):
    icb = build_report(Scope(organisation_ids=(organisation.id,), area=Area.objects.get(code="E54000061")))
    for code in ("E08000019", "E08000018"):
        authority = Area.objects.get(code=code)
        live = build_report(Scope(organisation_ids=(organisation.id,), area=authority))
        assert live.scope.counted_live
        assert live.counts[(ALL, "", "housing")] == icb.counts[("area", str(authority.id), "housing")]


def test_tallies_go_stale_when_answers_arrive_but_not_more_often_than_asked(voices, organisation, settings):
    from engage.indicators.services import tallies_are_stale

    assert not tallies_are_stale()
    make_responses(voices, organisation, 1, themes=("food",))
    assert tallies_are_stale()
    settings.YOUTH_VOICE = {**settings.YOUTH_VOICE, "TALLY_REFRESH_MIN_SECONDS": 600}
    assert not tallies_are_stale()
    assert tallies_are_stale(max_age_seconds=0)
