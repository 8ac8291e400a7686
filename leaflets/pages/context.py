"""What every page gets from the app, and the page state that lives in the URL.

Each page keeps its query, mode and filters in the URL's query parameters, so
any view can be shared by copying the address. A widget is seeded from the
URL when it first appears and writes its value back on every run.
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
    """Give a widget its first value (from the URL) without fighting later edits."""
    if key not in st.session_state:
        st.session_state[key] = value


def set_url(**values) -> None:
    """Write page state into the URL; empty values are removed to keep the address short."""
    for name, value in values.items():
        if value in ("", None, [], ()):
            if name in st.query_params:
                del st.query_params[name]
        elif (st.query_params.get_all(name) if isinstance(value, list) else st.query_params.get(name)) != value:
            st.query_params[name] = value
