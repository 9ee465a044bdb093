"""A young person on a phone meets the public pages: readable, accessible, with help and a quick exit."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import assert_accessible, screenshot


@pytest.fixture
def site(transactional_db):
    from cms.demo.builder import load_demo

    return load_demo(responses=12)["consultation"]


def test_home_page_on_a_phone_is_accessible_and_leads_to_the_consultation(phone, site):
    phone.goto("/")
    assert phone.locator("h1").inner_text() == "Your health, your say"
    assert_accessible(phone)
    screenshot(phone, "public-01-home-phone")
    phone.get_by_role("link", name=site.title).first.click()
    expect(phone.locator("h1")).to_have_text(site.title)  # waits for the next page, not the one being left
    assert_accessible(phone)
    screenshot(phone, "public-02-consultation-phone")


def test_every_public_page_fits_a_360px_screen(phone, site):
    forum = site.get_parent()
    you_said = site.get_children().first()
    from cms.models import IndicatorPage

    told_us = IndicatorPage.objects.get()
    for url in ["/", forum.url, site.url, you_said.url, told_us.url, "/receipt/"]:
        phone.goto(url)
        scroll_width = phone.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= 360, f"{url} scrolls sideways ({scroll_width}px)"
        assert_accessible(phone)
    screenshot(phone, "public-03-you-said-we-did-phone")


def test_quick_exit_and_help_are_reachable_first_by_keyboard(phone, site):
    phone.goto("/")
    phone.keyboard.press("Tab")
    assert phone.evaluate("document.activeElement.textContent.trim()") == "Skip to main content"
    phone.keyboard.press("Tab")
    phone.keyboard.press("Tab")
    assert phone.evaluate("document.activeElement.className") == "quick-exit"
    outline = phone.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "focus must be visible"
    expect(phone.get_by_role("link", name="Childline")).to_be_visible()
