"""Keyboard only: every control on the public pages is reached in order with a visible focus, and a young person
can agree and answer a step without a mouse."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import screenshot

FOCUS_STYLE = """() => {
  const e = document.activeElement, s = getComputedStyle(e);
  return {tag: e.tagName, text: (e.innerText || e.value || e.name || '').trim().slice(0, 40),
          visible: s.outlineStyle !== 'none' || s.boxShadow !== 'none', tabindex: e.tabIndex};
}"""


@pytest.fixture
def site(transactional_db):
    from cms.demo.builder import load_demo

    return load_demo(responses=0)["consultation"]


def _tab_through(page, limit=60):
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        focus = page.evaluate(FOCUS_STYLE)
        if focus["tag"] == "BODY" or (seen and focus == seen[0]):
            break
        seen.append(focus)
    return seen


@pytest.mark.parametrize("which", ["home", "consultation", "you said"])
def test_every_control_gets_a_visible_focus_in_order(phone, site, which):
    url = {"home": "/", "consultation": site.url, "you said": site.get_children().first().url}[which]
    phone.goto(url)
    stops = _tab_through(phone)
    assert len(stops) >= 3
    assert all(stop["visible"] for stop in stops), [s for s in stops if not s["visible"]]
    assert all(stop["tabindex"] <= 0 for stop in stops)  # no positive tabindex jumping the order
    assert stops[0]["text"] == "Skip to main content"


def test_a_young_person_agrees_and_answers_a_step_with_the_keyboard_only(phone, site):
    phone.goto(site.url)
    for _ in range(40):
        phone.keyboard.press("Tab")
        if phone.evaluate("document.activeElement.name") == "consent":
            break
    phone.keyboard.press("Space")
    phone.keyboard.press("Tab")
    phone.keyboard.press("Enter")  # Start
    expect(phone.get_by_text("Step 1 of 3")).to_be_visible()

    for _ in range(40):
        phone.keyboard.press("Tab")
        if phone.evaluate("document.activeElement.tagName") == "TEXTAREA" and phone.evaluate(
            "document.activeElement.required || document.activeElement.getAttribute('aria-required') === 'true'"
            " || document.activeElement.closest('.field').innerText.includes('(needed)')"
        ):
            break
    phone.keyboard.type("more youth clubs")
    for _ in range(10):
        phone.keyboard.press("Tab")
        if phone.evaluate("document.activeElement.innerText") == "Continue":
            break
    phone.keyboard.press("Enter")
    expect(phone.get_by_text("Step 2 of 3")).to_be_visible()
    screenshot(phone, "keyboard-01-step-two")
