import csv
import io
import re

import openpyxl
import pytest

from cms.models import IndicatorPage, YouthForumPage
from engage.areas.models import Area
from engage.indicators.services import load_indicator_samples
from tests.engage.indicator_data import make_responses


@pytest.fixture
def indicator_page(consultation, organisation):
    load_indicator_samples()
    make_responses(
        consultation,
        organisation,
        14,
        lsoa="E01990005",
        themes=("housing", "asthma"),
        text="RAWTEXT mould in my room",
        reviewed=(),
    )
    make_responses(
        consultation, organisation, 3, lsoa="E01990003", themes=("mental_health",), text="RAWTEXT i feel low"
    )
    make_responses(
        consultation,
        organisation,
        1,
        lsoa="E01990003",
        themes=("housing",),
        reviewed=("housing",),
        text="Jo Bloggs: the damp in our flat makes my asthma worse",
        redacted="[name]: the damp in our flat makes my asthma worse",
    )
    forum = YouthForumPage.objects.get()
    page = IndicatorPage(title="What young people told us", slug="what-you-told-us", intro="<p>Counts only.</p>")
    forum.add_child(instance=page)
    page.save_revision().publish()
    return page


def row_cells(html: str, label: str) -> list[str]:
    """The cells of the first table row headed `label`."""
    match = re.search(rf'<th scope="row">{re.escape(label)}</th>(.*?)</tr>', html, flags=re.S)
    assert match, f"no row {label!r}"
    return [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", match.group(1), re.S)]


def test_the_public_page_shows_counts_with_small_ones_hidden(client, indicator_page):
    response = client.get(indicator_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "18 young people took part" in html
    assert row_cells(html, "Housing and home")[0] == "15 (83%)"
    assert row_cells(html, "Mental health")[0] == "fewer than 10"
    assert row_cells(html, "Asthma")[0] == "14 (78%)"
    assert "<svg" in html and "<script" not in html and "style=" not in html
    assert "synthetic" in html


def test_the_public_page_never_shows_unreviewed_words(client, indicator_page):
    html = client.get(indicator_page.url).content.decode()
    assert "RAWTEXT" not in html
    assert "[name]: the damp in our flat makes my asthma worse" in html  # reviewed, and redacted
    assert "Jo Bloggs" not in html


def test_the_public_page_shows_indicators_beside_themes_with_england(client, indicator_page):
    html = client.get(indicator_page.url).content.decode()
    assert "Hospital admissions for asthma (under 19 years)" in html
    assert "than England" in html
    assert "live in the most deprived 20% of neighbourhoods" in html


def test_filters_work_without_javascript_and_bad_months_get_a_message(client, indicator_page, consultation):
    html = client.get(indicator_page.url, {"consultation": consultation.id, "month_from": "2020-01"}).content.decode()
    assert "18 young people took part" in html
    html = client.get(indicator_page.url, {"month_from": "2030-05", "month_to": "2030-01"}).content.decode()
    assert "Swap them round" in html


def test_the_csv_download_is_what_is_shown_and_safe_to_open(client, indicator_page):
    Area.objects.filter(code="E08000019").update(name='=HYPERLINK("http://evil")')
    response = client.get(indicator_page.url + "download/csv/")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    themes = {r["Theme"]: r for r in rows if r["Table"] == "Themes raised"}
    assert themes["Mental health"]["Young people"] == "fewer than 10" and themes["Mental health"]["Percentage"] == ""
    assert themes["Housing and home"]["Young people"] == "15"
    assert all(not str(value).startswith(("=", "+", "-", "@")) for r in rows for value in r.values())
    assert any(value.startswith("'=HYPERLINK") for r in rows for value in r.values())


def test_the_xlsx_download_has_the_same_suppression_and_no_formulas(client, indicator_page):
    Area.objects.filter(code="E08000019").update(name="@SUM(1+1)")
    response = client.get(indicator_page.url + "download/xlsx/")
    assert response.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    values = [c for sheet in book.worksheets for r in sheet.iter_rows() for c in r]
    assert "fewer than 10" in {c.value for c in values}
    assert all(c.data_type != "f" for c in values)
    assert "'@SUM(1+1)" in {c.value for c in values}


def test_an_unknown_download_format_is_not_found(client, indicator_page):
    assert client.get(indicator_page.url + "download/pdf/").status_code == 404


def test_under_the_home_page_it_covers_every_forum(client, indicator_page):
    home = YouthForumPage.objects.get().get_parent()
    page = IndicatorPage(title="Across the site", slug="across")
    home.add_child(instance=page)
    page.save_revision().publish()
    assert "18 young people took part" in client.get(page.url).content.decode()
