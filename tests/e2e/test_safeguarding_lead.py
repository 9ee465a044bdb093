"""A safeguarding lead, told by email, opens the alert, reads the original (logged) and acknowledges it."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from tests.e2e.conftest import assert_accessible, screenshot
from tests.e2e.test_youth_worker import _sign_in


@pytest.fixture
def alert(transactional_db):
    from cms.demo.builder import load_demo
    from engage.safeguarding.models import SafeguardingAlert
    from tests.helpers import submit_free_text

    consultation = load_demo(responses=0)["consultation"]
    submit_free_text(consultation, "my stepdad hits me when he's drunk, text me on 07700 900123", "e2e-alert")
    return SafeguardingAlert.objects.get()


def test_a_safeguarding_lead_acknowledges_an_alert(desktop, alert):
    from engage.safeguarding.models import OriginalTextAccess

    email = next(m for m in mail.outbox if "safeguarding.lead@example.org" in m.to)
    assert "07700" not in email.body and "stepdad" not in email.body  # a link only, no personal data
    link = re.search(r"https?://\S+/admin/safeguarding/alerts/\d+/", email.body).group(0)

    _sign_in(desktop, "safeguarding.lead@example.org")
    desktop.goto(link.split("/admin/", 1)[1].join(["/admin/", ""]))
    expect(desktop.get_by_text("text me on [PHONE]")).to_be_visible()
    assert_accessible(desktop, exclude=[".w-sidebar"])
    screenshot(desktop, "safeguarding-01-alert")

    desktop.get_by_role("link", name="Read the original").click()
    desktop.get_by_role("button", name=re.compile("original", re.I)).click()
    # Playwright's expect waits for the page the button loads; reading the text at once can catch the old page.
    expect(desktop.locator("main")).to_contain_text("07700 900123")
    assert OriginalTextAccess.objects.count() == 1

    desktop.goto(link.split("/admin/", 1)[1].join(["/admin/", ""]))
    desktop.get_by_label("Acknowledged").check()
    desktop.get_by_role("button", name="Save").click()
    expect(desktop.locator("main")).to_contain_text("Write a note saying what you did or decided")  # a note is needed
    alert.refresh_from_db()
    assert alert.state == "new"
    desktop.get_by_label("Acknowledged").check()
    desktop.get_by_label("Note").fill("Spoke to the youth worker who runs the group; following up today.")
    with desktop.expect_navigation():
        desktop.get_by_role("button", name="Save").click()
    alert.refresh_from_db()
    assert alert.state == "acknowledged"
    screenshot(desktop, "safeguarding-02-acknowledged")
