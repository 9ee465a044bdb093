from engage.indicators.charts import area_chart, decile_chart, deprivation_chart
from engage.indicators.report import Scope, build_report
from engage.indicators.services import load_indicator_samples, refresh_theme_tallies
from tests.engage.indicator_data import make_responses


def test_charts_draw_shown_shares_and_leave_hidden_ones_without_a_bar(consultation, organisation):
    load_indicator_samples()
    make_responses(consultation, organisation, 20, lsoa="E01990005", themes=("housing",))  # decile 1
    make_responses(consultation, organisation, 12, lsoa="E01990010", themes=("housing",))  # decile 6
    make_responses(consultation, organisation, 3, lsoa="E01990010", themes=("food",))
    refresh_theme_tallies()
    report = build_report(Scope(organisation_ids=(organisation.id,)))

    chart = deprivation_chart(report)
    housing = [bar for bar in chart.bars if bar.name == "Housing and home"]
    assert [(bar.series, bar.text) for bar in housing] == [("Core20", "100%"), ("Not Core20", "80%")]
    assert housing[0].width > housing[1].width > 0
    food = [bar for bar in chart.bars if bar.name == "Food"]
    assert [bar.text for bar in food] == ["0%", "fewer than 10"] and food[1].width == 0

    deciles = decile_chart(report)
    assert "Housing and home" in deciles.title
    assert [bar.text for bar in deciles.bars][:2] == ["100%", "–"]  # decile 2: nobody, so no share
    assert next(bar for bar in deciles.bars if bar.name == "Decile 6").text == "80%"

    areas = area_chart(report)
    assert [bar.name for bar in areas.bars] == ["NHS South Yorkshire Integrated Care Board", "Area not known"]
