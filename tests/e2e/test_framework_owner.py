"""A framework owner reviews answers with the keyboard only: untick a theme, add one, save, next."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import assert_accessible, screenshot
from tests.e2e.test_youth_worker import _sign_in


@pytest.fixture
def site(transactional_db, tiny_theme_model, settings):
    from cms.demo.builder import load_demo

    settings.YOUTH_VOICE = {**settings.YOUTH_VOICE, "THEME_MODEL_DIR": str(tiny_theme_model)}
    return load_demo(responses=15)["consultation"]


def test_a_framework_owner_reviews_with_the_keyboard_only(desktop, site):
    from engage.review.models import Review

    _sign_in(desktop, "framework.owner@example.org")
    desktop.goto("/admin/review/")
    expect(desktop.locator("#review-form")).to_be_visible()
    assert_accessible(desktop, exclude=[".w-sidebar"])
    screenshot(desktop, "framework-owner-01-queue")

    first_answer = desktop.locator("#review-form").get_attribute("action")
    themes = desktop.locator("#review-form input[name=kept]")
    kept_before = [themes.nth(i).get_attribute("value") for i in range(themes.count())]
    desktop.locator("body").click(position={"x": 5, "y": 5})  # focus the page, not a field
    if kept_before:
        desktop.keyboard.press("1")  # untick the model's first theme
        assert not themes.first.is_checked()
    desktop.keyboard.press("a")  # jump to "add a theme"
    assert desktop.evaluate("document.activeElement.id") == "added_text"
    desktop.keyboard.type("voice")
    desktop.keyboard.press("Escape")  # close the suggestions list
    with desktop.expect_navigation():
        desktop.keyboard.press("Enter")  # save and next

    review = Review.objects.get()
    assert "voice" in review.themes
    if kept_before:
        assert kept_before[0] not in review.themes
    assert desktop.locator("#review-form").get_attribute("action") != first_answer  # the next answer

    desktop.locator("body").click(position={"x": 5, "y": 5})
    with desktop.expect_navigation():
        desktop.keyboard.press("k")  # skip
    assert Review.objects.count() == 1
    screenshot(desktop, "framework-owner-02-next")
