"""Coverage for editors: which questions the leaflets answer, which leaflets are old,
and which recent searches found nothing.

The table is the same as `leaflets coverage QUESTIONS.txt --csv FILE` writes
(both come from `leaflets.coverage`).
"""

from __future__ import annotations

import streamlit as st

from ingest.document import IngestError
from leaflets import api
from leaflets.coverage import coverage_report, inventory, read_questions, read_questions_file, rows_csv
from leaflets.pages.context import PageContext, seed, set_url, url_value
from leaflets.pages.strings import plain_cause
from leaflets.querylog import group_similar
from leaflets.uploads import megabytes

URL_PARAMS = ("stale",)  # this page's state in the address
QUESTIONS_FILE_MAX_BYTES = 1_000_000  # a list of questions fits with room to spare
MISSING = "–"  # an unknown age or page, instead of the grid's English "None"


def render(ctx: PageContext) -> None:
    st.caption(ctx.tr("coverage_intro"))
    _question_table(ctx)
    st.divider()
    _inventory(ctx)
    st.divider()
    _uncovered_searches(ctx)


def _question_table(ctx: PageContext) -> None:
    typed = st.text_area(ctx.tr("coverage_questions"), key="questions", height=140)
    # The size is checked here, not by the widget, which refuses in English and hands on nothing.
    upload = st.file_uploader(ctx.tr("coverage_file"), type=["txt", "csv", "md"], key="questions_file")
    if not st.button(ctx.tr("coverage_run"), type="primary", key="coverage_run") \
            and "coverage_rows" not in st.session_state:
        return
    questions = read_questions(typed)
    if upload is not None and upload.size > QUESTIONS_FILE_MAX_BYTES:
        st.error(ctx.tr("coverage_file_too_large", name=upload.name, size=megabytes(upload.size, ctx.lang),
                        limit=megabytes(QUESTIONS_FILE_MAX_BYTES, ctx.lang)))
        upload = None
    if upload is not None:
        try:
            questions += [q for q in read_questions_file(upload.getvalue(), upload.name) if q not in questions]
        except IngestError:
            st.error(ctx.tr("coverage_bad_file", name=upload.name))
    if not questions:
        st.info(ctx.tr("coverage_none"))
        st.session_state.pop("coverage_rows", None)
        return
    cached = st.session_state.get("coverage_rows")
    if cached is None or cached[0] != questions:
        cached = (questions, coverage_report(ctx.searcher, questions))
        st.session_state["coverage_rows"] = cached
    rows = cached[1]
    covered = sum(row.covered for row in rows)
    st.markdown(f"**{ctx.tr('coverage_summary', covered=covered, total=len(rows))}**")
    # a question in another language gets its language named: there the verdict is less sure
    languages = any(row.language for row in rows)
    st.dataframe(
        [{ctx.tr("col_question"): row.question,
          **({ctx.tr("col_language"): row.language or None} if languages else {}),
          ctx.tr("col_covered"): ctx.tr("yes") if row.covered else ctx.tr("no"),
          ctx.tr("col_score"): row.confidence,
          ctx.tr("col_leaflet"): row.leaflet,
          ctx.tr("col_section"): row.section,
          ctx.tr("col_page"): row.page,
          ctx.tr("col_passage"): row.best_passage} for row in rows],
        hide_index=True, width="stretch", placeholder=MISSING,
    )
    st.download_button(ctx.tr("coverage_download"), rows_csv(rows, spreadsheet=ctx.lang), file_name="coverage.csv",
                       mime="text/csv", on_click="ignore", key="coverage_csv")


def _inventory(ctx: PageContext) -> None:
    st.subheader(ctx.tr("inventory"))
    default = ctx.settings.stale_days
    from_url = url_value("stale", str(default))
    seed("stale", int(from_url) if from_url.isdigit() else default)
    stale_days = st.number_input(ctx.tr("stale_days"), min_value=1, step=30, key="stale")
    set_url(stale="" if stale_days == default else str(int(stale_days)))
    summaries = inventory(ctx.searcher, int(stale_days))
    stale = sum(s.stale for s in summaries)
    st.markdown(ctx.tr("stale_count", stale=stale, total=len(summaries)))
    st.dataframe(
        [{ctx.tr("col_title"): s.title,
          # an undated leaflet counts as stale: say why, so no one looks for an old date
          ctx.tr("col_stale"): ctx.tr("stale_undated") if not s.updated else ctx.tr("yes") if s.stale else ctx.tr("no"),
          ctx.tr("col_updated"): s.updated or ctx.tr("no_date"),
          ctx.tr("col_age"): s.age_days,
          ctx.tr("col_passages"): s.passages,
          ctx.tr("col_sections"): s.sections,
          ctx.tr("col_publisher"): s.publisher,
          ctx.tr("col_file"): s.source} for s in summaries],
        hide_index=True, width="stretch", placeholder=MISSING,
        column_config={ctx.tr("col_title"): st.column_config.TextColumn(width="large")},
    )
    skipped = api.skipped_files(ctx.settings)
    if skipped:
        st.warning(ctx.tr("skipped_count", count=len(skipped)))
        st.dataframe([{ctx.tr("col_file"): str(path), ctx.tr("col_cause"): plain_cause(ctx.lang, cause)}
                      for path, cause in skipped],
                     hide_index=True, width="stretch")


def _uncovered_searches(ctx: PageContext) -> None:
    st.subheader(ctx.tr("uncovered_log"))
    days = ctx.settings.query_log_days
    if ctx.query_log is None:
        st.info(ctx.tr("log_off", days=days))
        return
    st.caption(ctx.tr("log_on", days=days))
    # questions, not staff's look-ups of exact wording ("VEDOS" with a typo): exact search
    # judges no coverage, and its misses tell of spelling, not of what the leaflets lack
    questions = [entry for entry in ctx.query_log.uncovered() if entry.mode != "exact"]
    groups = group_similar(questions, ctx.searcher.embedder.encode_queries)
    if not groups:
        st.info(ctx.tr("log_empty"))
        return
    st.dataframe(
        [{ctx.tr("col_group"): g.representative,
          ctx.tr("col_count"): g.count,
          ctx.tr("col_similar"): " · ".join(g.queries[1:]),
          ctx.tr("col_last_seen"): g.last_seen[:16].replace("T", " "),
          # which other languages users ask in, when any do: questions the leaflets' words miss
          **({ctx.tr("col_language"): ", ".join(g.languages)} if any(x.languages for x in groups) else {})}
         for g in groups],
        hide_index=True, width="stretch",
    )
