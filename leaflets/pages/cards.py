"""One result as a card: where it stands, the passage, and a way to open the source.

Leaflet text is data: titles and headings are escaped for Markdown, the
passage is escaped into HTML before highlights are added (`leaflets.render`),
and only http(s) links are ever made clickable.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import streamlit as st

from index.citation import citation, page_label, place_label, source_link
from index.search import Hit
from leaflets.pages.context import PageContext
from leaflets.pages.strings import month_date
from leaflets.render import context_html, copy_button_html, passage_html


def show_renamed(ctx: PageContext, renamed: dict[str, str], key: str = "renamed") -> None:
    """Say which medicine names the search put in the leaflets' words ("Prolia" searched as
    denosumab, index/drug_names.py): every word shown must be accounted for."""
    for name, words in renamed.items():
        st.info(ctx.tr(key, name=name[:1].upper() + name[1:], words=words), icon="ℹ️")


def show_hit(ctx: PageContext, rank: int, hit: Hit, *, neighbours: bool = False,
             with_citation: bool = False) -> None:
    """A bordered card: title, heading path, passage with its best sentence marked, facts, source.

    The title is a heading (h3, under the page's h2): screen-reader users move from result
    to result by headings, as sighted ones do by the cards' bold titles."""
    with st.container(border=True, key=f"hit-{rank}"):
        st.subheader(f"{rank}\\. {plain(hit.leaflet.title)}", anchor=False)  # "1." no list
        if hit.passage.headings:
            st.caption(plain(" › ".join(hit.passage.headings)))
        before, after = _neighbours(ctx, hit) if neighbours else ([], [])
        for passage in before:
            st.html(context_html(passage.text, ctx.tr("context_before")))
        st.html(passage_html(hit.passage.text, hit.highlights))
        for passage in after:
            st.html(context_html(passage.text, ctx.tr("context_after")))
        _facts_and_source(ctx, rank, hit)
        if hit.also_in:
            places = "; ".join(place_label(c.leaflet, c.passage) for c in hit.also_in)
            st.caption(ctx.tr("also_in", places=plain(places)))
        if with_citation:
            text = citation(hit.leaflet, hit.passage, hit.sentence, dated=_dated(ctx, hit),
                            unlinked=ctx.tr("no_web_address"))
            st.code(text, language=None, wrap_lines=True)
            buttons = copy_button_html(text, ctx.tr("copy_citation"), ctx.tr("copied"))
            if _quotable(hit):  # staff often quote the one line that answers, not the passage
                line = citation(hit.leaflet, hit.passage, hit.sentence, dated=_dated(ctx, hit),
                                unlinked=ctx.tr("no_web_address"), quote=hit.sentence)
                buttons += " " + copy_button_html(line, ctx.tr("copy_sentence"), ctx.tr("copied"))
            st.html(buttons, unsafe_allow_javascript=True)


def _quotable(hit: Hit) -> bool:
    """Whether the marked sentence is worth a button of its own: it is a part of the passage."""
    return bool(hit.sentence) and hit.sentence.strip() != hit.passage.text.strip()


def _neighbours(ctx: PageContext, hit: Hit):
    around = ctx.searcher.neighbours(hit.passage, before=1, after=1)
    before = [p for p in around if p.position < hit.passage.position]
    after = [p for p in around if p.position > hit.passage.position]
    return before, after


def _facts_and_source(ctx: PageContext, rank: int, hit: Hit) -> None:
    """'p. 3 · bijgewerkt 2 juli 2025 · Open de bron', or a download when there is no web link."""
    facts = [page_label(hit.passage), _dated(ctx, hit)]
    text = " · ".join(plain(f) for f in facts if f)
    link = source_link(hit.leaflet, hit.passage, hit.sentence)
    if urlsplit(link).scheme in ("http", "https"):
        st.markdown(f"{text} · [{ctx.tr('open_source')}]({_markdown_url(link)})")
        return
    st.markdown(text)
    path = Path(hit.leaflet.source_path)
    if path.is_file():
        label = ctx.tr("download_source") + (f" ({page_label(hit.passage)})" if hit.passage.pages else "")
        st.download_button(label, data=path.read_bytes, file_name=path.name, on_click="ignore",
                           key=f"source-{rank}-{hit.passage.id}")


def _dated(ctx: PageContext, hit: Hit) -> str:
    """'bijgewerkt 2 juli 2025' or 'datum onbekend': the card and its citation say it alike."""
    updated = hit.leaflet.updated
    return ctx.tr("updated", date=month_date(ctx.lang, updated)) if updated else ctx.tr("no_date")


def plain(text: str) -> str:
    """Leaflet text inside Markdown: escape every character Markdown could act on."""
    return "".join(f"\\{c}" if c in "\\`*_{}[]()#+-.!<>|~$:" else c for c in text)


def _markdown_url(url: str) -> str:
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
