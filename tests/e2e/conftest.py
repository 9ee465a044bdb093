"""Browser tests: Playwright for Python driving Debian's Chromium against a live server the tests start.

Screenshots of each journey's key screens go to test-results/screenshots/, which CI keeps.
"""

import functools
import json
import os
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE = Path(__file__).parent / "vendor" / "axe.min.js"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results" / "screenshots"
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium); .ci/run does this.")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the tests' own ORM calls are still synchronous.
    # Only while the browser runs: a subprocess started by another test must not inherit it.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)
            yield browser
            browser.close()
    finally:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


def _page(browser, live_server, viewport, java_script_enabled=True):
    context = browser.new_context(
        viewport=viewport, base_url=live_server.url, java_script_enabled=java_script_enabled, locale="en-GB"
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.csp_violations = []
    page.on(
        "console",
        lambda message: "Content Security Policy" in message.text and page.csp_violations.append(message.text),
    )
    return context, page


def _close(context, page):
    context.close()
    assert not page.csp_violations, "the page broke its Content Security Policy:\n" + "\n".join(page.csp_violations)


@pytest.fixture
def phone(browser, live_server):
    context, page = _page(browser, live_server, PHONE)
    yield page
    _close(context, page)


@pytest.fixture
def phone_without_js(browser, live_server):
    context, page = _page(browser, live_server, PHONE, java_script_enabled=False)
    yield page
    _close(context, page)


@pytest.fixture
def desktop(browser, live_server):
    context, page = _page(browser, live_server, DESKTOP)
    yield page
    _close(context, page)


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


@functools.cache
def _axe_source() -> str:
    return AXE.read_text(encoding="utf-8")


def axe_violations(page, *, exclude: list[str] | None = None) -> list[dict]:
    """Run axe-core's WCAG 2.0/2.1/2.2 A and AA rules on the page; returns the violations.

    Pages without JavaScript cannot run axe, so scan those in a JavaScript-enabled page of the same URL.
    """
    # Evaluated through DevTools, not as a <script> tag, so the page's strict CSP stays in force and unbroken.
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(_axe_source())
    options = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}
    context = {"exclude": [[selector] for selector in exclude]} if exclude else None
    result = page.evaluate("([context, options]) => axe.run(context || document, options)", [context, options])
    return [
        {"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]


def assert_accessible(page, *, exclude: list[str] | None = None) -> None:
    violations = axe_violations(page, exclude=exclude)
    assert not violations, f"{page.url}: " + json.dumps(violations, indent=1)
