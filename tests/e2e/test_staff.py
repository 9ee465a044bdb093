"""Staff sign in with allauth and reach their part of the Wagtail admin."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import assert_accessible, screenshot


@pytest.fixture
def site(transactional_db):
    from cms.demo.builder import load_demo

    return load_demo(responses=25)["consultation"]


def test_a_youth_worker_signs_in_and_reads_the_responses(desktop, site):
    desktop.goto("/admin/")
    assert "/accounts/login/" in desktop.url
    assert_accessible(desktop)
    desktop.get_by_label("Email address").fill("youth.worker@example.org")
    desktop.get_by_label("Password").fill("youth-voice-demo")
    screenshot(desktop, "staff-01-sign-in")
    desktop.get_by_role("button", name="Sign in").click()
    desktop.wait_for_url("**/admin/")
    desktop.goto("/admin/responses/")
    desktop.get_by_role("link", name=site.title).click()
    expect(desktop.get_by_role("heading", name="25 responses")).to_be_visible()
    screenshot(desktop, "staff-02-responses")


def test_a_wrong_password_is_explained_and_the_email_kept(desktop, site):
    desktop.goto("/accounts/login/")
    desktop.get_by_label("Email address").fill("youth.worker@example.org")
    desktop.get_by_label("Password").fill("wrong")
    desktop.get_by_role("button", name="Sign in").click()
    expect(desktop.get_by_role("alert")).to_be_visible()
    assert desktop.get_by_label("Email address").input_value() == "youth.worker@example.org"
    assert_accessible(desktop)
