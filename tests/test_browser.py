"""The real app in headless Chromium: ask a question, get a cited passage, copy a citation.

Skipped where Playwright or Debian's chromium is missing, unless
LEAFLETS_REQUIRE_BROWSER=1 (set by `.ci/run`, which installs both).
"""

from __future__ import annotations

import os

import pytest

from browser_screenshots import ask, browser_page, chromium_path, serve_app

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def app_url(leaflet_index):
    required = os.environ.get("LEAFLETS_REQUIRE_BROWSER") == "1"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        if required:
            raise
        pytest.skip("playwright is not installed")
    if chromium_path() is None:
        if required:
            pytest.fail("chromium is not installed (apt-get install chromium)")
        pytest.skip("chromium is not installed")
    with serve_app(leaflet_index) as url:
        yield url


def test_a_typed_question_shows_a_cited_passage(app_url, tmp_path):
    with browser_page() as page:
        card = ask(page, app_url, "waarom heb ik dikke enkels")
        text = card.inner_text()
        assert "Focale segmentale glomerulosclerose" in text
        assert "bijgewerkt 2 juli 2025" in text
        # the card's title is a heading a screen reader can jump to, under the answers' heading
        assert card.get_by_role("heading", level=3).first.inner_text().startswith("1. Focale segmentale")
        assert page.get_by_role("heading", level=2).first.inner_text().startswith("Passages ")
        assert "vocht" in card.locator("mark").first.inner_text().lower()
        assert "geen medisch advies" in page.content()
        assert "q=waarom+heb+ik+dikke+enkels" in page.url or "q=waarom%20heb" in page.url
        screenshot = tmp_path / "search.png"
        page.screenshot(path=str(screenshot))
        assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_copy_citation_puts_the_citation_on_the_clipboard(app_url):
    with browser_page() as page:
        page.goto(f"{app_url}/?page=exact&xq=%22en+coup+de+sabre%22", wait_until="domcontentloaded")
        button = page.get_by_role("button", name="Kopieer citaat").first
        button.wait_for(timeout=120_000)
        button.click()
        page.get_by_text("Gekopieerd").first.wait_for(timeout=10_000)
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied.startswith('"') and "en coup de sabre" in copied
        # a screen reader hears it: the button's name and a live region say so
        assert page.get_by_role("button", name="Gekopieerd").count() == 1
        assert page.get_by_role("status").filter(has_text="Gekopieerd").count() == 1
        assert "(Systemische sclerose, Sclerodermie, Verschillende vormen > Lokale sclerodermie, " in copied
        page.get_by_role("button", name="Kopieer gemarkeerde zin met citaat").first.click()
        page.wait_for_function("navigator.clipboard.readText().then(t => t.length > 0)")
        line = page.evaluate("navigator.clipboard.readText()")
        assert line.startswith('"Dit kan op het voorhoofd optreden') and len(line) < len(copied)
        assert line.endswith(copied[copied.index('" ('):][1:])


def test_copy_citation_works_without_the_clipboard_api(app_url):
    """Served over plain http on an intranet address, a page has no `navigator.clipboard`
    (browsers keep it for https and localhost); the button must still copy."""
    with browser_page() as page:
        page.add_init_script("window.realClipboard = navigator.clipboard;"
                             "Object.defineProperty(navigator, 'clipboard', {get: () => undefined});"
                             "Object.defineProperty(window, 'isSecureContext', {get: () => false});")
        page.goto(f"{app_url}/?page=exact&xq=%22en+coup+de+sabre%22", wait_until="domcontentloaded")
        button = page.get_by_role("button", name="Kopieer citaat").first
        button.wait_for(timeout=120_000)
        button.click()
        page.get_by_text("Gekopieerd").first.wait_for(timeout=10_000)
        assert "en coup de sabre" in page.evaluate("window.realClipboard.readText()")


def test_the_back_button_returns_to_the_earlier_question_and_page(app_url):
    """A patient asks again, or opens another page, then presses Back: the earlier question
    and its answer come back (the page used to write the later question over the address)."""
    with browser_page() as page:
        ask(page, app_url, "Is FSGS erfelijk?")
        box = page.get_by_label("Uw vraag")
        box.fill("en coup de sabre")
        box.press("Enter")
        page.wait_for_url("**q=en+coup+de+sabre**", timeout=60_000)
        _answered(page, "coup de sabre")  # a reader reads the answer before going on
        page.get_by_text("Exact zoeken").first.click()
        page.wait_for_url("**page=exact**", timeout=60_000)
        page.get_by_role("heading", name="Exact zoeken").wait_for(timeout=60_000)
        page.go_back()
        page.wait_for_url("**q=en+coup+de+sabre**", timeout=60_000)
        box.wait_for(timeout=60_000)
        page.wait_for_function("document.querySelector('input[aria-label=\"Uw vraag\"]')?.value === 'en coup de sabre'",
                               timeout=60_000)
        _answered(page, "coup de sabre")
        page.go_back()
        page.wait_for_url("**q=Is+FSGS+erfelijk**", timeout=60_000)
        page.wait_for_function("document.querySelector('input[aria-label=\"Uw vraag\"]')?.value === 'Is FSGS erfelijk?'",
                               timeout=60_000)
        page.get_by_text("erfelijk", exact=False).first.wait_for(timeout=60_000)


def test_an_example_question_leaves_the_keyboard_in_the_question_box(app_url):
    """The example buttons go when the answer comes; the focus they had must not fall back
    to the page's top, eight Tabs away from the question box."""
    with browser_page() as page:
        page.goto(app_url, wait_until="domcontentloaded")
        example = page.get_by_role("button", name="Is FSGS erfelijk?")
        example.wait_for(timeout=120_000)
        example.focus()
        page.keyboard.press("Enter")
        _answered(page, "erfelijk")
        page.wait_for_function("document.activeElement?.getAttribute('aria-label') === 'Uw vraag'",
                               timeout=10_000)
        assert page.evaluate("document.activeElement.value") == "Is FSGS erfelijk?"


def _answered(page, words: str) -> None:
    """Wait until the page shows an answer whose marked sentence holds `words` and the app is
    idle: a reader reads it before pressing Back again."""
    page.locator("mark", has_text=words).first.wait_for(timeout=120_000)
    page.wait_for_function("!document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000)
