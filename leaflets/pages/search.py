"""Search for patients: one large question box, passages with their best sentence marked.

When the leaflets do not answer, the page says so first, in plain words, and
sends the reader to a doctor or nurse; the nearest passages follow below. A question in
another language than the leaflets' gets a note, in Dutch and in English, that the search
judges less surely across languages: instead of a plain "not answered", and also when it
found passages, to be checked.
"""

from __future__ import annotations

import html

import streamlit as st

from leaflets.pages.cards import show_hit, show_renamed
from leaflets.pages.context import PageContext, seed, set_url, url_value
from leaflets.pages.strings import tr

EXAMPLES = ("waarom heb ik dikke enkels", "Is FSGS erfelijk?", "wat is en coup de sabre")
URL_PARAMS = ("q",)  # this page's state in the address


def render(ctx: PageContext) -> None:
    seed("q", url_value("q"))
    query = st.text_input(ctx.tr("question_label"), key="q",
                          placeholder=ctx.tr("question_placeholder", example=EXAMPLES[0]))
    set_url(q=query.strip())
    if query.strip():  # once a question is asked, its answer comes right under it (a phone's screen)
        _answer(ctx, query)
    else:
        _examples(ctx)
    _keep_focus()  # last: its empty element then sits below the answer, not between


def _answer(ctx: PageContext, query: str) -> None:
    """The verdict first, then the passages (or the nearest ones, under another heading)."""
    with st.spinner(ctx.tr("searching")):  # the first search after a start takes seconds
        result = ctx.searcher.search(query, k=ctx.settings.k)
    ctx.log(result, "hybrid")
    suggestion = ctx.searcher.suggest(result)
    if suggestion:  # a misspelt word ("nierbiobsie"): one click searches the leaflets' spelling
        st.button(ctx.tr("did_you_mean", suggestion=suggestion), key="did-you-mean",
                  on_click=_use_example, args=(suggestion,))
    show_renamed(ctx, result.renamed)
    note = ""
    if result.language:  # across languages the verdict is less sure: say so, either way
        note = _both_languages(ctx, "other_language_found" if result.covered else "other_language")
    elif not result.covered:
        note = ctx.tr("not_covered")
    if note:
        st.warning(note, icon="ℹ️")
    if not result.hits:
        st.info(ctx.tr("no_results"))
        _announce(ctx.tr("no_results"))
        return
    _announce(note or ctx.tr("announce_found", n=len(result.hits), title=result.hits[0].leaflet.title))
    st.header(ctx.tr("answers") if result.covered else ctx.tr("nearest"), anchor=False)
    for rank, hit in enumerate(result.hits, start=1):
        show_hit(ctx, rank, hit)


def _announce(text: str) -> None:
    """The verdict for screen readers, read out when the answer appears (a live region):
    a sighted reader sees the note or the first passage; a blind one heard nothing."""
    st.html(f'<div role="status" aria-live="polite" class="sr-only">{html.escape(text)}</div>')


def _both_languages(ctx: PageContext, key: str) -> str:
    """The note in the interface's language and, below it, in English: someone who asks in
    Turkish or Arabic may read neither, but English more often than Dutch."""
    note = ctx.tr(key)
    return note if ctx.lang == "en" else f"{note}\n\n{tr('en', key)}"


def _examples(ctx: PageContext) -> None:
    """Example questions as buttons: one click (or Enter) fills the box and searches."""
    st.caption(ctx.tr("examples"))
    columns = st.columns(len(EXAMPLES))
    for number, (column, example) in enumerate(zip(columns, EXAMPLES)):
        column.button(example, key=f"example-{number}", on_click=_use_example, args=(example,))


def _use_example(example: str) -> None:
    st.session_state["q"] = example
    st.session_state["focus-q"] = st.session_state.get("focus-q", 0) + 1


def _keep_focus() -> None:
    """Back to the question box after an example or a suggestion was chosen: the button that
    had the focus is gone with the answer, and a keyboard user was left at the page's top.

    The count makes each script new, so that a second click runs it again."""
    clicks = st.session_state.get("focus-q", 0)
    if clicks and st.session_state.get("focused-q") != clicks:
        st.session_state["focused-q"] = clicks
        st.html(f"<script>/* {clicks} */ setTimeout(() => "
                "document.querySelector('.st-key-q input')?.focus(), 0);</script>",
                unsafe_allow_javascript=True)
