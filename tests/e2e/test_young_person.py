"""A young person answers the consultation on a 360x740 phone, with and without JavaScript, makes mistakes and
recovers, submits, sees the thank-you page and then what happened ("you said, we did")."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import assert_accessible, screenshot

BETTER = "What would make it easier for young people to be healthy there?"
RANKING = ["Being listened to", "Short waits", "Close to home", "Seeing the same person", "Help by text or online"]


@pytest.fixture
def site(transactional_db):
    from cms.demo.builder import load_demo

    return load_demo(responses=0)["consultation"]


def _answer_everything(page, site, shots: str | None, scan, send: str = "click"):
    page.goto(site.url)
    if scan:
        scan(page)
    page.get_by_role("button", name="Start").click()
    # Forgetting to agree is explained, not ignored.
    expect(page.get_by_text("There is a problem")).to_be_visible()
    page.get_by_label("I understand, and I want to answer").check()
    page.get_by_role("button", name="Start").click()

    # Step 1: skip the needed question, be told where and why, and keep what was typed.
    page.get_by_label("🙂 Happy").check()
    page.get_by_label("What is good about where you live?").fill("the skate park <b>is sick</b>")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_text("There is a problem")).to_be_visible()
    assert page.get_by_label("What is good about where you live?").input_value() == "the skate park <b>is sick</b>"
    if scan:
        scan(page)
    if shots:
        screenshot(page, f"{shots}-03-error")
    page.get_by_label(BETTER).fill("the youth club shut so we just hang round the shops")
    page.get_by_role("button", name="Continue").click()

    # Step 2: saying Yes opens the follow-up step (branching on the server).
    expect(page.get_by_text("Step 2 of 3")).to_be_visible()
    page.get_by_label("Yes").check()
    page.get_by_label("Long waits").check()
    page.get_by_label("Cost of getting there").check()
    page.get_by_label("2", exact=True).check()
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_text("Step 3 of 4")).to_be_visible()
    if scan:
        scan(page)

    # Step 3: a ranking without drag and drop: one place each.
    page.get_by_label("What happened when you tried to get help?").fill("waited 2 years for camhs")
    for place, option in enumerate(RANKING, start=1):
        page.get_by_label(option).select_option(label=["1st", "2nd", "3rd", "4th", "5th"][place - 1])
    if shots:
        screenshot(page, f"{shots}-04-ranking")
    page.get_by_role("button", name="Continue").click()

    # Step 4, then "about you" (all optional), then send. Wait for each page before pressing its button.
    expect(page.get_by_text("Step 4 of 4")).to_be_visible()
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("button", name=re.compile("Send|Submit")).first).to_be_visible()
    if scan:
        scan(page)
    if shots:
        screenshot(page, f"{shots}-05-about-you")
    getattr(page.get_by_role("button", name=re.compile("Send|Submit")).first, send)()


def test_a_young_person_answers_on_a_phone_with_javascript(phone, site):
    from engage.responses.models import Response

    _answer_everything(phone, site, "young-person", assert_accessible)
    code = phone.locator(".receipt-code").inner_text().strip()
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}", code)
    assert_accessible(phone)
    screenshot(phone, "young-person-06-thanks")

    response = Response.objects.get(receipt_code=code)
    texts = set(response.answers.exclude(text="").values_list("text", flat=True))
    assert "the skate park <b>is sick</b>" in texts  # stored exactly as typed; escaped on every page
    assert "waited 2 years for camhs" in texts
    ranking = response.answers.get(question_type="ranking").value
    assert ranking == RANKING

    you_said = site.get_children().live().first()
    phone.goto(you_said.url)
    expect(phone.get_by_role("heading", name="We did", exact=True)).to_be_visible()
    assert_accessible(phone)
    screenshot(phone, "young-person-07-you-said-we-did")


def test_the_same_journey_works_without_javascript(phone_without_js, site):
    from engage.responses.models import Response

    _answer_everything(phone_without_js, site, None, None)
    code = phone_without_js.locator(".receipt-code").inner_text().strip()
    assert Response.objects.filter(receipt_code=code).count() == 1


def test_pressing_send_twice_stores_the_response_once(phone, site):
    from engage.responses.models import Response

    _answer_everything(phone, site, None, None, send="dblclick")
    phone.locator(".receipt-code").wait_for()
    assert Response.objects.count() == 1
