"""What every page gets from the app, and the page state that lives in the URL.

Each page keeps its query, mode and filters in the URL's query parameters, so
any view can be shared by copying the address. A widget is seeded from the
URL when it first appears and writes its value back on every run; when the
address changes under the page (the browser's Back and Forward buttons, an
edited address), the address wins.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from index.search import SearchResult, Searcher
from leaflets.config import Settings
from leaflets.pages.strings import tr
from leaflets.querylog import QueryLog


@dataclass
class PageContext:
    """The settings, the open searcher, the interface language and the query log (or None)."""

    settings: Settings
    searcher: Searcher
    lang: str
    query_log: QueryLog | None = None

    def tr(self, key: str, **values) -> str:
        return tr(self.lang, key, **values)

    def log(self, result: SearchResult, mode: str) -> None:
        """Record the search when the query log is switched on, once per visit: the page runs
        again for every click (another language, a page away and back), and editors count
        how often a question is asked, not how often its answer was shown."""
        if self.query_log is None or not result.query:
            return
        logged = st.session_state.setdefault("_logged_queries", set())
        key = (mode, " ".join(result.query.lower().split()))
        if key not in logged:
            logged.add(key)
            self.query_log.record(result.query, mode, result.covered, result.confidence,
                                  language=result.language)


def url_value(name: str, default: str = "") -> str:
    return st.query_params.get(name, default)


def url_list(name: str) -> list[str]:
    return [value for value in st.query_params.get_all(name) if value]


def seed(key: str, value) -> None:
    """Give a widget its first value (from the URL) without fighting later edits; and give it
    the URL's value again when the address no longer holds what the page last wrote there:
    the reader went Back (or Forward) to an earlier question, and the page must show that
    question, not write the later one back over it. `key` is the widget's and the URL's name."""
    written = st.session_state.setdefault(_WRITTEN, {})
    if key not in st.session_state or (key in written and st.query_params.get_all(key) != written[key]):
        st.session_state[key] = value


_WRITTEN = "_url_written"  # what set_url last wrote under each name, as the URL holds it


def set_url(**values) -> None:
    """Write page state into the URL; empty values are removed to keep the address short.

    All of one call's changes go to the browser at once: each change is an entry in the
    browser's history, and a page switch that first set the page and then removed the last
    page's question left an entry that the Back button seemed to stop at."""
    written = st.session_state.setdefault(_WRITTEN, {})
    current = {name: st.query_params.get_all(name) for name in st.query_params}
    wanted = dict(current)
    for name, value in values.items():
        written[name] = _as_url(value)
        if written[name]:
            wanted[name] = written[name]
        else:
            wanted.pop(name, None)
    if wanted != current:
        st.query_params.from_dict(wanted)


def _as_url(value) -> list[str]:
    """A value as the URL holds it: a list of strings, empty for nothing."""
    if value in ("", None, [], ()):
        return []
    return [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value)]
