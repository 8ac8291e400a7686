"""Adding leaflets for editors: upload, check each file, index with a progress bar.

Every file is checked on its own (type by content, size, readable text) and
refused in plain words when it fails; the others are still indexed.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from ingest.document import IngestError
from index.layout import IndexUnavailable
from leaflets import api
from leaflets.pages.context import PageContext
from leaflets.pages.strings import plain_cause, plain_warning
from leaflets.uploads import restore, store_upload

ACCEPTED = ["pdf", "docx", "html", "htm", "txt", "md", "markdown", "rst", "rest", "org", "eml", "mht", "mhtml", "csv", "vtt", "srt"]
URL_PARAMS = ()  # this page's state in the address


def render(ctx: PageContext) -> None:
    settings = ctx.settings
    st.caption(ctx.tr("upload_intro", mb=settings.max_upload_mb))
    # No size limit on the widget itself: Streamlit would refuse a larger file with an English
    # note beside it and hand the page nothing, so the editor was told to choose a file.
    # `store_upload` refuses it by name, in the page's language, with its size and the limit.
    files = st.file_uploader(ctx.tr("upload_files"), type=ACCEPTED, accept_multiple_files=True, key="uploads")
    replacing = _choose_replacements(ctx, files or [])
    if not st.button(ctx.tr("upload_run"), type="primary", key="upload_run"):
        return
    if not files:
        st.info(ctx.tr("upload_none"))
        return
    bar = st.progress(0.0)
    stored, refused = [], []
    for number, upload in enumerate(files, start=1):
        bar.progress(number / (len(files) + 1), text=ctx.tr("upload_checking", name=upload.name))
        try:
            stored.append(store_upload(upload.name, upload.getvalue(), settings.uploads,
                                       int(settings.max_upload_mb * 1_000_000), settings.max_words,
                                       replaces=replacing.get(upload.name)))
        except IngestError as error:
            refused.append((upload.name, error.cause))
    outcome = None
    if stored:
        def progress(stage: str, done: int, total: int) -> None:
            bar.progress(min(done / max(total, 1), 1.0),
                         text=ctx.tr("upload_indexing", stage=stage, done=done, total=total))

        try:
            outcome = api.ingest_paths(settings, [item.path for item in stored], progress=progress)
        except (IngestError, IndexUnavailable) as error:
            bar.empty()
            st.error(ctx.tr("index_error", error=error))
            return
        names = {str(item.path): item.name for item in stored}
        refused += [(names.get(error.path, error.path), error.cause) for error in outcome.errors]
    bar.empty()
    for name, cause in refused:
        st.error(ctx.tr("upload_failed", name=name, cause=plain_cause(ctx.lang, cause)))
    for warning in outcome.warnings if outcome else ():  # indexed, but with a flaw to fix
        st.warning(ctx.tr("added_with_warning", name=names.get(warning.path, warning.path),
                          cause=plain_warning(ctx.lang, warning)))
    failed = {names.get(error.path, error.path) for error in outcome.errors} if outcome else set()
    for item in stored:
        if item.stands_for is not None and item.name in failed:
            restore(item)  # the bundled file is read again: the index still shows it
        elif item.stands_for is not None:
            st.success(ctx.tr("upload_stands_in", name=item.name, file=_shown(ctx, item.stands_for)))
        elif item.backup is not None and item.name in failed:
            restore(item)  # the old file back: the index still shows it
            st.info(ctx.tr("upload_restored", name=item.name, file=item.path.name))
        elif item.backup is not None:
            st.success(ctx.tr("upload_replaced", name=item.name, file=item.path.name, backup=item.backup.name))
    added = len(stored) - (len(outcome.errors) if outcome else 0)
    if outcome is not None and outcome.report is not None and added:
        st.success(ctx.tr("upload_done", n=added, leaflets=outcome.report.leaflets,
                          passages=outcome.report.passages))
    elif not refused or not added:
        st.info(ctx.tr("upload_nothing"))


def _choose_replacements(ctx: PageContext, files) -> dict[str, Path]:
    """For each chosen file named as a leaflet file in the index, a box (ticked) to replace
    that leaflet rather than add a second copy beside it: search would show the old text
    and the corrected one side by side, the old one often first."""
    names = [upload.name for upload in files]
    found = api.namesakes(ctx.settings, [name for name in names if names.count(name) == 1]) if files else {}
    chosen = {}
    for name, namesake in found.items():  # two chosen files of one name replace nothing: which is meant?
        titles = "; ".join(dict.fromkeys(namesake.titles))
        if st.checkbox(ctx.tr("upload_replaces", name=name, titles=titles, file=_shown(ctx, namesake.path)),
                       value=True, key=f"replace-{name}"):
            chosen[name] = namesake.path
    return chosen


def _shown(ctx: PageContext, path: Path) -> str:
    """A leaflet file as editors know it: its place in the sources folder, else its name."""
    sources, where = ctx.settings.sources.resolve(), path.resolve()
    return str(where.relative_to(sources)) if where.is_relative_to(sources) else path.name
