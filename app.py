"""Streamlit page: ask a question, get the leaflet passages that answer it, cited.

A thin face over `leaflets.api`, the same search the `leaflets` CLI runs. The
query lives in the URL (`?q=`), so a search can be shared. Run with
`streamlit run app.py`.
"""

from __future__ import annotations

import streamlit as st

from ingest.document import IngestError
from index.citation import page_label, source_link
from index.embed import ModelError
from index.layout import IndexUnavailable, current_build
from leaflets import api
from leaflets.config import Settings
from leaflets.render import passage_html

EXAMPLES = ("waarom heb ik dikke enkels", "Is FSGS erfelijk?", "wat is en coup de sabre")


@st.cache_resource(show_spinner=False)
def _searcher(settings: Settings, build: str):
    """One searcher per process and published build (reopened after an ingest)."""
    return api.open_searcher(settings)


def _ensure_index(settings: Settings) -> None:
    """First run: build the index from the bundled leaflets, with visible progress."""
    if current_build(settings.index) is not None:
        return
    bar = st.progress(0.0, text="De zoekindex wordt voor het eerst gebouwd…")

    def progress(stage: str, done: int, total: int) -> None:
        bar.progress(min(done / max(total, 1), 1.0), text=f"Index bouwen: {stage} ({done}/{total})")

    outcome = api.ingest_paths(settings, progress=progress)
    bar.empty()
    for error in outcome.errors:
        st.warning(f"Overgeslagen: {error}")


def _show_hit(rank: int, hit) -> None:
    with st.container(border=True):
        where = " › ".join((hit.leaflet.title, *hit.passage.headings))
        st.markdown(f"**{rank}. {_plain(where)}**")
        st.html(passage_html(hit.passage.text, hit.highlights))
        facts = [page_label(hit.passage), f"bijgewerkt {hit.leaflet.updated}" if hit.leaflet.updated else ""]
        facts = " · ".join(f for f in facts if f)
        link = source_link(hit.leaflet, hit.passage)
        st.caption(f"{_plain(facts)}{' · ' if facts else ''}[Open de bron]({link})")


def _plain(text: str) -> str:
    """Leaflet text inside Markdown: escape every character Markdown could act on."""
    return "".join(f"\\{c}" if c in "\\`*_{}[]()#+-.!<>|~" else c for c in text)


def main() -> None:
    st.set_page_config(page_title="Zoeken in patiëntenfolders", page_icon="🔎")
    settings = Settings.from_env()
    st.title("Zoeken in patiëntenfolders")
    st.caption("Antwoorden komen letterlijk uit de folders, met bron. Dit is informatie, geen medisch advies.")
    try:
        _ensure_index(settings)
        searcher = _searcher(settings, str(current_build(settings.index)))
    except (IndexUnavailable, IngestError, ModelError) as error:
        st.error(str(error))
        return

    query = st.text_input("Uw vraag", value=st.query_params.get("q", ""),
                          placeholder="Bijvoorbeeld: " + EXAMPLES[0])
    if query.strip() != st.query_params.get("q", ""):
        st.query_params["q"] = query.strip()
    if not query.strip():
        st.markdown("Voorbeelden: " + " · ".join(f"*{e}*" for e in EXAMPLES))
        return

    result = searcher.search(query, k=settings.k)
    if not result.covered:
        st.warning(
            "De folders lijken deze vraag niet te beantwoorden. Stel uw vraag aan uw arts of "
            "verpleegkundige. Hieronder staan de passages die er het dichtst bij komen."
        )
    for rank, hit in enumerate(result.hits, start=1):
        _show_hit(rank, hit)


main()
