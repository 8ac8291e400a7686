"""The real app in a real browser: start `streamlit run app.py`, drive headless Chromium.

Shared by the browser test (`tests/test_browser.py`) and the README screenshots:

    .venv/bin/python tests/browser_screenshots.py   # writes docs/search.png and docs/coverage.png

The screenshots use a private index under /tmp built from `sources/` with the
real default model, so they show real results. The browser is Debian's
`chromium` driven by Playwright (no browser download).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CITATION_LINE = re.compile("Open de bron|Bron downloaden|Open the source|Download the source")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def chromium_path() -> str | None:
    """Debian's chromium (or LEAFLETS_CHROMIUM), when installed."""
    for candidate in (os.environ.get("LEAFLETS_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def serve_app(index: Path, env: dict[str, str] | None = None, timeout: float = 120):
    """`streamlit run app.py` on a free localhost port; yields its base URL, stops it after."""
    port = free_port()
    command = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
               "--server.address", "127.0.0.1", "--server.port", str(port), "--server.headless", "true",
               "--browser.gatherUsageStats", "false", "--client.toolbarMode", "viewer"]
    environment = {**os.environ, "LEAFLETS_INDEX": str(index), **(env or {})}
    server = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_healthy(url, server, timeout)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


def _wait_until_healthy(url: str, server: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"streamlit exited with {server.returncode}:\n{server.stdout.read()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"streamlit did not answer on {url} within {timeout:.0f} s")


@contextmanager
def browser_page(width: int = 1200, height: int = 900):
    """A fresh headless Chromium page that may use the clipboard."""
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    if executable is None:
        raise RuntimeError("chromium is not installed (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": width, "height": height},
                                          permissions=["clipboard-read", "clipboard-write"])
            yield context.new_page()
        finally:
            browser.close()


def ask(page, url: str, question: str, timeout_ms: int = 120_000):
    """Open the search page, type the question, press Enter; returns the first cited card."""
    page.goto(url, wait_until="domcontentloaded")
    box = page.get_by_label("Uw vraag")
    box.wait_for(timeout=timeout_ms)
    box.fill(question)
    box.press("Enter")
    mark = page.locator("mark").first
    mark.wait_for(timeout=timeout_ms)
    card = mark.locator("xpath=ancestor::div[@data-testid='stVerticalBlock'][1]")
    # the passage can show before its citation line (date, source link): wait for that too
    card.get_by_text(CITATION_LINE).first.wait_for(timeout=timeout_ms)
    return card


def make_screenshots(out: Path) -> None:
    """docs/search.png (a real answer) and docs/coverage.png (a coverage table and inventory)."""
    index = Path("/tmp/leaflets-screenshots/index")
    if index.exists():
        shutil.rmtree(index)
    subprocess.run([str(Path(sys.executable).parent / "leaflets"), "ingest", "--index", str(index)],
                   cwd=ROOT, check=True)
    with serve_app(index) as url, browser_page(width=1100, height=1000) as page:
        ask(page, url, "waarom heb ik dikke enkels")
        page.wait_for_timeout(500)
        page.screenshot(path=str(out / "search.png"), full_page=False)
        page.set_viewport_size({"width": 1100, "height": 1900})
        page.goto(f"{url}/?page=coverage", wait_until="domcontentloaded")
        questions = page.get_by_label("Vragen (één per regel)")
        questions.wait_for(timeout=120_000)
        questions.fill("Is FSGS erfelijk?\nwaarom heb ik dikke enkels\nWat is en coup de sabre?\n"
                       "Mag ik autorijden na een niertransplantatie?\nHelpt fysiotherapie bij "
                       "stijve vingers?")
        page.get_by_role("button", name="Dekking controleren").click()
        page.get_by_text("vragen beantwoord door de folders").wait_for(timeout=120_000)
        page.wait_for_timeout(1500)
        page.screenshot(path=str(out / "coverage.png"))


if __name__ == "__main__":
    make_screenshots(ROOT / "docs")
    print("wrote docs/search.png and docs/coverage.png")
