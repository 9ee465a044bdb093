import csv
import io

import pytest
from django.contrib.auth import get_user_model

from engage.indicators.services import load_indicator_samples
from engage.organisations.models import Role
from tests.engage.indicator_data import make_responses

URL = "/admin/indicators/"


@pytest.fixture
def voices(consultation, organisation):
    load_indicator_samples()
    make_responses(consultation, organisation, 12, lsoa="E01990005", themes=("housing",), text="RAWTEXT damp flat")
    make_responses(
        consultation,
        organisation,
        11,
        lsoa="E01990010",
        themes=("housing", "community"),
        age_band="16_17",
        plus_groups=("young_carer",),
    )
    make_responses(consultation, organisation, 2, lsoa="E01990010", themes=("epilepsy",))
    return consultation


@pytest.mark.parametrize("role", [Role.ANALYST, Role.YOUTH_WORKER, Role.FRAMEWORK_OWNER])
def test_staff_of_the_organisation_see_suppressed_counts(client, voices, staff, organisation, role):
    client.force_login(staff(role, organisation))
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "25 young people took part" in html
    assert "Themes by area" in html and "Rotherham" in html and "Sheffield" in html
    assert "fewer than 10" in html  # epilepsy: 2 young people
    assert "10 (least deprived)" in html  # staff see all ten deciles


def test_an_analyst_never_sees_single_responses(client, voices, staff, organisation):
    client.force_login(staff(Role.ANALYST, organisation))
    html = client.get(URL).content.decode()
    assert "RAWTEXT" not in html
    receipt_codes = voices.responses.values_list("receipt_code", flat=True)
    assert not any(code in html for code in receipt_codes)


def test_staff_of_another_organisation_see_nothing_of_it(client, voices, staff, other_organisation):
    client.force_login(staff(Role.ANALYST, other_organisation))
    response = client.get(URL)
    html = response.content.decode()
    assert "0 young people took part" in html
    assert "25" not in html.split("took part")[0][-40:]
    download = client.get(URL + "download.csv")
    rows = list(csv.DictReader(io.StringIO(download.content.decode("utf-8-sig"))))
    everyone = next(r for r in rows if r["Table"] == "Who took part" and r["Group"].startswith("All young"))
    assert everyone["Young people"] == "0"


def test_someone_with_no_organisation_is_refused(client, voices):
    user = get_user_model().objects.create_user(
        username="nobody", email="nobody@example.org", password="x" * 16, is_staff=True
    )
    client.force_login(user)
    response = client.get(URL)
    assert response.status_code in (302, 403)
    assert b"young people took part" not in response.content
    assert client.get(URL + "download.csv").status_code in (302, 403)


def test_the_dashboard_filters_by_consultation_area_and_month(client, voices, staff, organisation):
    from engage.areas.models import Area

    client.force_login(staff(Role.ANALYST, organisation))
    rotherham = Area.objects.get(code="E08000018")
    html = client.get(URL, {"consultation": voices.id, "area": rotherham.id}).content.decode()
    assert "13 young people took part" in html
    html = client.get(URL, {"month_from": "2001-01", "month_to": "2001-02"}).content.decode()
    assert "0 young people took part" in html


def test_the_dashboard_download_matches_the_page(client, voices, staff, organisation):
    client.force_login(staff(Role.ANALYST, organisation))
    response = client.get(URL + "download.csv")
    assert response["Content-Disposition"].startswith("attachment;")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    themes = {r["Theme"]: r["Young people"] for r in rows if r["Table"] == "Themes raised"}
    assert themes["Housing and home"] == "23" and themes["Epilepsy"] == "fewer than 10"
    deciles = [r for r in rows if r["Table"].startswith("Themes by deprivation")]
    assert {r["Column"] for r in deciles} >= {"1 (most deprived)", "Core20 (most deprived 20%)"}
    assert client.get(URL + "download.xlsx").status_code == 200


def test_the_indicator_catalogue_is_a_snippet_staff_can_extend(client, db):
    from engage.indicators.models import Indicator
    from engage.indicators.services import sync_indicator_catalogue

    sync_indicator_catalogue()
    admin = get_user_model().objects.create_superuser(username="root", email="root@example.org", password="x" * 16)
    client.force_login(admin)
    listing = client.get("/admin/snippets/indicators/indicator/")
    assert listing.status_code == 200 and b"Hospital admissions for asthma" in listing.content
    response = client.post(
        "/admin/snippets/indicators/indicator/add/",
        {
            "name": "Trust asthma attendances",
            "slug": "trust_asthma",
            "unit": "count",
            "polarity": "higher_is_worse",
            "themes": '["asthma"]',
            "fingertips_id": "",
            "source": "Our trust",
        },
    )
    assert response.status_code == 302
    assert Indicator.objects.get(slug="trust_asthma").themes == ["asthma"]


def test_the_menu_shows_the_dashboard_to_staff_with_an_organisation(client, voices, staff, organisation):
    client.force_login(staff(Role.ANALYST, organisation))
    assert b"What young people told us" in client.get("/admin/").content
