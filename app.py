"""Streamlit app: search, exact search, coverage and adding leaflets, in Dutch or English.

A thin face over `leaflets.api`, the same search the `leaflets` CLI runs. This
file sets the page up, picks the page and the language (both kept in the URL
with each page's own state, so any view can be shared) and opens the index
once per published build; each page lives in `leaflets/pages/`. Run with
`streamlit run app.py`.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import streamlit as st

from ingest.document import IngestError
from index.embed import ModelError
from index.layout import IndexUnavailable, current_build, outdated
from leaflets import api
from leaflets.config import Settings
from leaflets.pages import coverage, exact, search, upload
from leaflets.pages.context import PageContext, seed, set_url, url_value
from leaflets.pages.strings import DEFAULT_LANGUAGE, LANGUAGES, plain_warning, tr
from leaflets.querylog import QueryLog

PAGES = {"search": search, "exact": exact, "coverage": coverage, "upload": upload}
# Larger question box, visible keyboard focus, highlights readable on both themes, and small
# grey text (the disclaimer, a passage's section) dark enough to read: Streamlit sets it in a
# light colour at 60% opacity (3.9:1); #505050 at full opacity is 8:1. A card's title is a
# heading for screen readers, set no larger than the bold text it replaced.
STYLE = """<style>
div[data-testid="stTextInput"] input { font-size: 1.25rem; padding: 0.7rem 0.8rem; }
:focus-visible { outline: 3px solid #1f4e79 !important; outline-offset: 2px; }
mark { background: #ffe58a; color: #111; padding: 0 0.1em; }
div[data-testid="stCaptionContainer"] { opacity: 1; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
div[data-testid="stCaptionContainer"], div[data-testid="stCaptionContainer"] p { color: #505050; }
div[class*="st-key-hit-"] h3 { font-size: 1.1rem; font-weight: 700; padding: 0; }
div[data-testid="stMainBlockContainer"] h2 { font-size: 1.5rem; }
</style>"""


def _page_language(lang: str) -> str:
    """A script that tells screen readers the page's language: Streamlit's page says "en"
    whatever it shows, so a Dutch page was read out with English sounds."""
    return f'<script>document.documentElement.lang = "{lang}";</script>'


@st.cache_resource(show_spinner=False, max_entries=2)
def _searcher(settings: Settings, build: str):
    """One searcher per process and published build (reopened after an ingest)."""
    return api.open_searcher(settings)


@st.cache_resource(show_spinner=False, max_entries=2)
def _warming(settings: Settings, build: str) -> threading.Thread:
    """Warm the searcher up once, in the background, after its first page is drawn
    (`WARM_UP_DELAY_S`): a patient's first question then does not wait for the encoder and
    word lists to load (started earlier, it would slow the first page down instead)."""
    thread = threading.Thread(target=_warm_up, args=(_searcher(settings, build),), name="warm-up", daemon=True)
    thread.start()
    return thread


# How long the warm-up waits before it starts: the server thread needs the interpreter to send
# the page it has just drawn, and the warm-up's loading, begun at once, held the first page
# back by 0.1-0.7 s (docs/performance.md, twenty-ninth round). A patient types for longer.
WARM_UP_DELAY_S = 1.0


def _warm_up(searcher) -> None:
    time.sleep(WARM_UP_DELAY_S)
    try:
        searcher.warm_up()
    except Exception:  # the first real search meets the same fault and shows it
        logging.getLogger(__name__).warning("warming up the searcher failed", exc_info=True)


def _ensure_index(settings: Settings, lang: str) -> None:
    """First run (or an index from an older version): build the index from the bundled
    leaflets, with visible progress."""
    build = current_build(settings.index)
    if build is not None and not outdated(build):
        return
    bar = st.progress(0.0, text=tr(lang, "building_index"))

    def progress(stage: str, done: int, total: int) -> None:
        bar.progress(min(done / max(total, 1), 1.0),
                     text=tr(lang, "building_stage", stage=stage, done=done, total=total))

    outcome = api.ingest_paths(settings, progress=progress)
    bar.empty()
    for error in outcome.errors:
        st.warning(tr(lang, "skipped_file", error=error))
    for warning in outcome.warnings:
        st.warning(tr(lang, "added_with_warning", name=Path(warning.path).name,
                      cause=plain_warning(lang, warning)))


def _choose(name: str, options, default: str, label: str, format_func, horizontal: bool = False) -> str:
    """A sidebar radio whose value is kept in the URL under `name`."""
    from_url = url_value(name, default)
    seed(name, from_url if from_url in options else default)
    value = st.sidebar.radio(label, list(options), key=name, format_func=format_func,
                             horizontal=horizontal)
    return value


def main() -> None:
    settings = Settings.from_env()
    lang = _choose("lang", LANGUAGES, DEFAULT_LANGUAGE, tr(DEFAULT_LANGUAGE, "language"),
                   LANGUAGES.get, horizontal=True)
    st.set_page_config(page_title=tr(lang, "app_title"), page_icon="🔎")
    page = _choose("page", PAGES, "search", tr(lang, "navigation"), lambda p: tr(lang, f"page_{p}"))
    set_url(lang="" if lang == DEFAULT_LANGUAGE else lang, page="" if page == "search" else page,
            **{name: "" for name in st.query_params if name not in {"lang", "page", *PAGES[page].URL_PARAMS}})
    st.html(STYLE)
    st.sidebar.html(_page_language(lang), unsafe_allow_javascript=True)
    st.title(tr(lang, "app_title"))
    st.caption(tr(lang, "disclaimer"))
    try:
        _ensure_index(settings, lang)
        build = str(current_build(settings.index))
        searcher = _searcher(settings, build)
    except (IndexUnavailable, IngestError, ModelError) as error:
        st.error(tr(lang, "index_error", error=error))
        return
    query_log = QueryLog(settings.query_log_path, settings.query_log_days) if settings.query_log else None
    if page != "search":
        st.header(tr(lang, f"page_{page}"))
    PAGES[page].render(PageContext(settings, searcher, lang, query_log))
    _warming(settings, build)


main()
