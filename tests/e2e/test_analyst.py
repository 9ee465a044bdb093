"""An analyst opens the dashboard, reads the themed voice beside deprivation, and downloads a table."""

import io
import re

import pandas as pd
import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import screenshot
from tests.e2e.test_youth_worker import _sign_in


@pytest.fixture
def site(transactional_db, tiny_theme_model, settings):
    from cms.demo.builder import load_demo

    settings.YOUTH_VOICE = {**settings.YOUTH_VOICE, "THEME_MODEL_DIR": str(tiny_theme_model)}
    return load_demo(responses=60)["consultation"]


def test_an_analyst_reads_the_dashboard_and_downloads_a_table(desktop, site):
    _sign_in(desktop, "analyst@example.org")
    desktop.goto("/admin/indicators/")
    expect(desktop.get_by_role("heading", name=re.compile("young people took part"))).to_be_visible()
    expect(desktop.get_by_role("heading", name="What young people raised")).to_be_visible()
    main = desktop.locator("main").inner_text()
    assert "fewer than 10" in main.lower()  # small numbers are hidden, not shown
    screenshot(desktop, "analyst-01-dashboard")

    with desktop.expect_download() as download_info:
        desktop.get_by_role("link", name="Excel (XLSX)").click()
    with open(download_info.value.path(), "rb") as workbook:
        sheets = pd.read_excel(io.BytesIO(workbook.read()), sheet_name=None, dtype=str)
    assert sheets, "the download has the page's tables"
    for frame in sheets.values():
        counts = pd.to_numeric(frame.get("Young people", pd.Series(dtype=str)), errors="coerce").dropna()
        assert ((counts == 0) | (counts >= 10)).all(), "no count from 1 to 9 may appear in a download"
