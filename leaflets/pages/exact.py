"""Exact search for support staff: literal words and "quoted phrases", filters, citations.

Each passage comes with the passages just before and after it, and with a
citation ready to paste into a reply: `"passage" (Title, section, p. N, date, link)`.
"""

from __future__ import annotations

import streamlit as st

from leaflets.pages.cards import show_hit, show_renamed
from leaflets.pages.context import PageContext, seed, set_url, url_list, url_value

MODES = ("exact", "lexical", "hybrid")
URL_PARAMS = ("xq", "mode", "leaflet", "publisher")  # this page's state in the address


def render(ctx: PageContext) -> None:
    st.caption(ctx.tr("exact_intro"))
    leaflets = ctx.searcher.leaflets
    publishers = sorted({leaflet.publisher for leaflet in leaflets.values() if leaflet.publisher})
    seed("xq", url_value("xq"))
    seed("mode", url_value("mode", "exact") if url_value("mode", "exact") in MODES else "exact")
    seed("leaflet", [i for i in url_list("leaflet") if i in leaflets])
    seed("publisher", [p for p in url_list("publisher") if p in publishers])

    query = st.text_input(ctx.tr("exact_label"), key="xq", placeholder=ctx.tr("exact_placeholder"))
    mode = st.radio(ctx.tr("mode_label"), MODES, key="mode", horizontal=True,
                    format_func=lambda m: ctx.tr(f"mode_{m}"))
    left, right = st.columns(2)
    chosen = left.multiselect(ctx.tr("filter_leaflets"), sorted(leaflets, key=lambda i: leaflets[i].title),
                              key="leaflet", format_func=lambda i: leaflets[i].title,
                              placeholder=ctx.tr("filter_all"))
    by_publisher = right.multiselect(ctx.tr("filter_publishers"), publishers, key="publisher",
                                     placeholder=ctx.tr("filter_all"))
    set_url(xq=query.strip(), mode="" if mode == "exact" else mode, leaflet=list(chosen),
            publisher=list(by_publisher))
    if not query.strip():
        return
    wanted = (query.strip(), mode, tuple(chosen), tuple(by_publisher))
    if st.session_state.get("exact_more_for") != wanted:  # a new look-up starts at the first page
        st.session_state["exact_more_for"], st.session_state["exact_shown"] = wanted, ctx.settings.k
    shown = st.session_state["exact_shown"]
    result = ctx.searcher.search(query, k=shown + 1, mode=mode,  # one more: is there more to show?
                                 leaflet_ids=list(chosen) or None, publishers=list(by_publisher) or None)
    more = len(result.hits) > shown
    result.hits[shown:] = []
    ctx.log(result, mode)
    if not result.hits:
        st.info(ctx.tr("exact_none") if mode == "exact" else ctx.tr("no_results"))
        show_renamed(ctx, result.renamed, "renamed_exact")  # a brand the leaflets call otherwise
        return
    show_renamed(ctx, result.renamed)
    if mode != "exact" and not result.covered:
        st.warning(ctx.tr("not_covered"), icon="ℹ️")
    st.caption(ctx.tr("found_one") if len(result.hits) == 1 else
               ctx.tr("found_more" if more else "found", n=len(result.hits)))
    for rank, hit in enumerate(result.hits, start=1):
        show_hit(ctx, rank, hit, neighbours=True, with_citation=True)
    if more:  # staff look up every place a term stands, not the best five
        st.button(ctx.tr("show_more", n=MORE), key="exact_more", on_click=_show_more)


MORE = 20  # passages added by "show more"


def _show_more() -> None:
    st.session_state["exact_shown"] += MORE
