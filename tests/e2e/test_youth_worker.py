"""A youth worker signs in, builds and publishes a consultation, records an in-person session, imports a
spreadsheet and downloads the responses."""

import io

import pandas as pd
import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import screenshot


@pytest.fixture
def site(transactional_db):
    from cms.demo.builder import load_demo

    return load_demo(responses=5)["consultation"]


def _sign_in(page, email="youth.worker@example.org"):
    page.goto("/accounts/login/")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill("youth-voice-demo")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")


def test_a_youth_worker_builds_and_publishes_a_consultation(desktop, site):
    from cms.models import ConsultationPage

    forum = site.get_parent()
    _sign_in(desktop)
    desktop.goto(f"/admin/pages/add/cms/consultationpage/{forum.id}/")
    desktop.get_by_placeholder("Page title*").fill("Getting to school")
    desktop.locator("[data-contentpath='introduction'] [contenteditable='true']").fill(
        "Tell us how you get to school and what would make it easier."
    )
    desktop.locator("#id_audience").fill("11 to 16 year olds in Sheffield")
    desktop.locator("#id_closes_on").fill("2030-07-01")
    desktop.locator("#id_what_happens_next").fill("The forum will take your answers to the council in July.")

    desktop.locator("[data-contentpath='body'] button[title='Insert a block']").first.click()
    desktop.locator("#body-0-value-title").fill("Your journey")
    desktop.locator("[data-contentpath='questions'] button[title='Insert a block']").first.click()
    desktop.get_by_role("option", name="Long text").click()
    question = desktop.locator("[data-contentpath='questions'] input[id$='-value-question']").first
    question.wait_for(state="visible", timeout=30_000)  # the new block is drawn by Wagtail's script
    question.fill("What makes getting to school hard?")
    screenshot(desktop, "youth-worker-01-build-consultation")

    desktop.get_by_role("button", name="More actions").click()
    desktop.get_by_role("button", name="Publish").click()
    desktop.wait_for_url(f"**/admin/pages/{forum.id}/")
    page = ConsultationPage.objects.get(title="Getting to school")
    assert page.live

    desktop.goto(page.url)
    assert desktop.locator("h1").inner_text() == "Getting to school"
    screenshot(desktop, "youth-worker-02-published")


def test_a_youth_worker_records_a_session_imports_and_downloads(desktop, site, tmp_path):
    from engage.responses.models import Channel, Response

    _sign_in(desktop)
    desktop.goto(f"/admin/responses/{site.id}/")
    desktop.get_by_role("link", name="Record an in-person session").click()
    desktop.get_by_label("Place").fill("Youth Hub, Tuesday group")
    desktop.get_by_role("button", name="Start recording answers").click()
    desktop.get_by_label("If you could change one thing, what would it be?").fill("a bus that runs after 7")
    desktop.get_by_label("Age band").select_option(label="13 to 15")
    desktop.get_by_role("button", name="Save and record the next young person").click()
    expect(desktop.get_by_role("status").filter(has_text="Saved. Answers from 1 young person")).to_be_visible()
    screenshot(desktop, "youth-worker-03-session")
    assert Response.objects.filter(channel=Channel.IN_PERSON, session__isnull=False).count() == 1

    sheet = tmp_path / "from-school.csv"
    pd.DataFrame({"If you could change one thing, what would it be?": ["safer crossings", "=1+1"]}).to_csv(
        sheet, index=False
    )
    desktop.goto(f"/admin/responses/{site.id}/import/")
    desktop.get_by_label("Spreadsheet (.csv or .xlsx)").set_input_files(str(sheet))
    desktop.get_by_role("button", name="Check and import").click()
    expect(desktop.get_by_text("Imported 2 responses from 2 rows")).to_be_visible()
    screenshot(desktop, "youth-worker-04-import")

    desktop.goto(f"/admin/responses/{site.id}/")
    with desktop.expect_download() as download_info:
        desktop.get_by_role("link", name="Download Excel").click()
    frame = pd.read_excel(io.BytesIO(open(download_info.value.path(), "rb").read()), dtype=str)
    column = frame["If you could change one thing, what would it be?"].tolist()
    assert "safer crossings" in column and "'=1+1" in column  # a formula stays inert text
    assert len(frame) == Response.objects.count()
