"""`leaflets`: ingest, search, evaluate and inspect from the terminal.

A thin face over `leaflets.api`; errors of the project's own types are shown
as one plain line naming the file and the cause, with exit status 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from leaflets.config import Settings

if TYPE_CHECKING:  # leaflets.api loads the index modules: imported by the commands that use it
    from index.layout import IndexConfig
    from leaflets.api import IndexStatus

EXIT_USAGE = 2


def main(argv: list[str] | None = None) -> int:
    """Run one command. As a program (`argv` None), exit without the interpreter's teardown."""
    code = _run(argv)
    if argv is None:
        _exit_fast(code)
    return code


# Modules whose teardown is slow: torch's thread pools (about 1 s), the tokenizer's
# 250,000-piece vocabulary and the word-frequency tables (about 0.35 s together)
SLOW_TO_UNLOAD = ("torch", "tokenizers")


def _exit_fast(code: int) -> None:
    """Flush and leave at once once a model is loaded: unloading it costs 0.35-1 s after the
    answer is printed (benchmarks/bench_query.py), and every file and database was already
    closed by the command."""
    if not any(name in sys.modules for name in SLOW_TO_UNLOAD):
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):  # stdout closed early (`| head`)
        pass
    os._exit(code)


def _run(argv: list[str] | None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    settings = Settings.from_env().with_overrides(
        index=args.index, model=getattr(args, "model", None), threads=getattr(args, "threads", None)
    )
    from ingest.document import IngestError
    from index.embed import ModelError
    from index.layout import IndexUnavailable

    try:
        return args.run(args, settings)
    except (IngestError, IndexUnavailable, ModelError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        done = "; the published index is the last ingest that finished" if args.command == "ingest" else ""
        print(f"interrupted{done}", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and closed early
        sys.stderr.close()
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="leaflets", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name: str, run, help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help)
        sub.add_argument("--index", type=Path, help="index directory (default: LEAFLETS_INDEX or var/index)")
        sub.add_argument("--model", help="embedding model (default: LEAFLETS_MODEL or multilingual-e5-small)")
        sub.add_argument("--threads", type=int, help="CPU threads for encoding")
        sub.set_defaults(run=run)
        return sub

    sub = command("ingest", cmd_ingest, "build or update the index from files or folders")
    sub.add_argument("paths", nargs="*", type=Path, help="files or folders (default: sources/)")
    sub.add_argument("--rebuild", action="store_true", help="re-embed everything, ignoring the old index")

    sub = command("search", cmd_search, "cited passages for a question ('-' reads one per line from stdin)")
    sub.add_argument("query")
    sub.add_argument("-k", type=_positive, default=None, help="number of results (default 5)")
    sub.add_argument("--json", action="store_true", help="one JSON object (JSON Lines for '-')")
    sub.add_argument("--mode", choices=("hybrid", "dense", "lexical", "exact"), default="hybrid",
                     help="exact: words and \"quoted phrases\" literally (no stemming)")

    sub = command("eval", cmd_eval, "quote-based evaluation on a questions file (JSONL)")
    sub.add_argument("questions", type=Path)
    sub.add_argument("--json", action="store_true")
    sub.add_argument("--modes", default="hybrid", help="comma-separated: hybrid,dense,lexical")
    sub.add_argument("--misses", action="store_true",
                     help="also list each question whose answer is not first or whose verdict is wrong")

    sub = command("eval-beir", cmd_eval_beir, "retrieval metrics on a BEIR folder (temporary index)")
    sub.add_argument("folder", type=Path)
    sub.add_argument("--json", action="store_true")
    sub.add_argument("--run", dest="run_file", type=Path, help="also write the ranking as a TREC run file")
    sub.add_argument("--modes", default="hybrid", help="comma-separated: hybrid,dense,lexical")
    sub.add_argument("--limit", type=int, help="evaluate only the first N queries (quick checks)")
    sub.add_argument("--coverage", action="store_true",
                     help="also check the coverage verdict: every second query's answers are held out")

    sub = command("coverage", cmd_coverage, "which questions (one per line) the leaflets answer")
    sub.add_argument("questions", type=Path)
    sub.add_argument("--csv", type=Path, help="write the table as CSV")

    sub = command("status", cmd_status, "what is indexed, and which sources changed since")
    sub.add_argument("paths", nargs="*", type=Path,
                     help="files or folders to compare (default: the folders the index's leaflets "
                          "came from; sources/ when there is no index yet)")
    sub.add_argument("--stale-days", type=_days, default=None, metavar="N",
                     help="list leaflets last updated more than N days ago, or undated "
                          "(default: LEAFLETS_STALE_DAYS or 730)")
    command("model", cmd_model, "where the configured model lives, its name, dimension and source")
    return parser


def _progress(stage: str, done: int, total: int) -> None:
    """A counter that rewrites itself on a terminal; only the final count elsewhere (logs, CI)."""
    if sys.stderr.isatty():
        print(f"\r{stage}: {done}/{total}", end="\n" if done >= total else "", file=sys.stderr, flush=True)
    elif done >= total:
        print(f"{stage}: {done}/{total}", file=sys.stderr, flush=True)


def cmd_ingest(args, settings: Settings) -> int:
    from leaflets.api import ingest_paths

    outcome = ingest_paths(settings, args.paths or None, rebuild=args.rebuild, progress=_progress)
    if outcome.catalog is not None:  # nothing was read: one line, not one per file
        print(f"error: {outcome.catalog}", file=sys.stderr)
        return 1
    for path in outcome.unsupported:
        print(f"ignored {path}: not a PDF, Word (.docx), HTML, text, Markdown, reStructuredText, Org, e-mail, CSV or captions file", file=sys.stderr)
    for error in outcome.errors:
        print(f"skipped {error}", file=sys.stderr)
    for warning in outcome.warnings:
        print(f"warning {warning}", file=sys.stderr)
    report = outcome.report
    if report is None:
        print("nothing indexed: every file failed", file=sys.stderr)
        return 1
    if report.unchanged:
        print(f"index up to date: {report.leaflets} leaflets, {report.passages} passages ({settings.index})")
    else:
        print(
            f"indexed {report.leaflets} leaflets, {report.passages} passages "
            f"({report.embedded} embedded, {report.reused} reused) into {settings.index}"
        )
    return 1 if outcome.errors else 0


def cmd_search(args, settings: Settings) -> int:
    from leaflets.api import open_searcher, result_json

    searcher = open_searcher(settings)
    k = args.k or settings.k
    if args.query == "-":
        for line in sys.stdin:
            if line.strip():
                result = searcher.search(line.strip(), k=k, mode=args.mode)
                print(json.dumps(result_json(result), ensure_ascii=False), flush=True)
        return 0
    result = searcher.search(args.query, k=k, mode=args.mode)
    if args.json:
        print(json.dumps(result_json(result), ensure_ascii=False, indent=2))
    else:
        suggestion = searcher.suggest(result) if args.mode != "exact" else None
        if suggestion:
            print(f"Did you mean: {suggestion}?\n")
        print(_format_result(result))
    return 0


def _format_result(result) -> str:
    from index.citation import page_label, place_label, source_link
    from index.confidence import shown_confidence

    lines = [f"{name} is not in the leaflets: searched for {words}, another name for the same "
             "medicine.\n" for name, words in result.renamed.items()]
    confidence = shown_confidence(result.confidence, result.covered, 2)
    if not result.covered and result.language:
        lines.append(
            f"Your question seems to be in another language ({result.language}) than the "
            "leaflets. For a question in another language the search cannot judge as well whether "
            "a passage answers it: read the passages below, and ask your doctor or nurse when in "
            "doubt. "
            f"Closest passages (confidence {confidence:.2f}):\n"
        )
    elif result.language:
        lines.append(
            f"Your question seems to be in another language ({result.language}) than the "
            "leaflets: check that the passages below really answer it.\n"
        )
    elif not result.covered:
        lines.append(
            "The leaflets do not seem to answer this question (confidence "
            f"{confidence:.2f}). Ask your doctor or nurse. Closest passages:\n"
        )
    for rank, hit in enumerate(result.hits, start=1):
        where = " › ".join((hit.leaflet.title, *hit.passage.headings))
        facts = ", ".join(x for x in (page_label(hit.passage), hit.leaflet.updated) if x)
        lines.append(f"{rank}. {where}" + (f"  ({facts})" if facts else ""))
        lines.extend("   " + line for line in hit.passage.text.splitlines() if line.strip())
        if hit.highlights:
            lines.append(f"   » {' … '.join(hit.highlights)}")  # sentences apart read as apart
        lines.append(f"   {source_link(hit.leaflet, hit.passage, hit.sentence)}")
        if hit.also_in:
            places = "; ".join(place_label(c.leaflet, c.passage) for c in hit.also_in)
            lines.append(f"   same text also in: {places}")
        lines.append("")
    return "\n".join(lines) if lines else "no passages found"


def cmd_eval(args, settings: Settings) -> int:
    from leaflets.api import open_searcher
    from leaflets.evaluate import (
        Ranking, distinct_texts, evaluate, format_misses, format_table, load_questions, misses,
    )

    questions = load_questions(args.questions)
    searcher = open_searcher(settings)
    all_texts = distinct_texts(p.text for _, p in searcher.store.all_passages())
    reports, missed = {}, {}
    for mode in _modes(args.modes):
        rankings = []
        for question in questions:
            result = searcher.search(question.question, k=10, mode=mode)
            rankings.append(Ranking(question, tuple(h.passage.text for h in result.hits), result.confidence))
        reports[mode] = evaluate(rankings, all_texts, language=searcher.config.analyzer_language)
        missed[mode] = misses(rankings, reports[mode])
    if args.json:
        out = {m: r.overall.as_json() | ({"misses": [asdict(miss) for miss in missed[m]]} if args.misses else {})
               for m, r in reports.items()}
        print(json.dumps(out[next(iter(out))] if len(out) == 1 else out, ensure_ascii=False))
    else:
        for mode, report in reports.items():
            print(f"## {mode}\n\n{format_table(report)}\n")
            if args.misses:
                print(f"### misses ({mode}: {len(missed[mode])})\n\n{format_misses(missed[mode])}\n")
    return 0


def cmd_eval_beir(args, settings: Settings) -> int:
    from leaflets.beir import beir_metrics, load_beir, write_trec_run
    from leaflets.beir_index import search_beir

    data = load_beir(args.folder)
    runs, check = search_beir(data, settings, _modes(args.modes), limit=args.limit,
                              progress=_progress, coverage=args.coverage)
    metrics = {mode: beir_metrics(run, {q: data.qrels[q] for q in run}) for mode, run in runs.items()}
    if args.run_file:
        for mode, run in runs.items():
            path = args.run_file if len(runs) == 1 else args.run_file.with_suffix(f".{mode}{args.run_file.suffix}")
            write_trec_run(run, path, tag=f"leaflets-{mode}")
    coverage = check.summary() if check else None
    if args.json:
        out: dict = metrics[next(iter(metrics))] if len(metrics) == 1 else metrics
        print(json.dumps({**out, "coverage": coverage} if coverage else out))
    else:
        print("| mode | nDCG@10 | Recall@100 | MRR@10 |\n| --- | --- | --- | --- |")
        for mode, m in metrics.items():
            print(f"| {mode} | {m['ndcg@10']:.4f} | {m['recall@100']:.4f} | {m['mrr@10']:.4f} |")
        if coverage:
            print(_coverage_table(coverage))
    return 0


def _coverage_table(c: dict) -> str:
    """The hold-out coverage check as a Markdown table."""
    def cell(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.3f}"

    return ("\nCoverage check (hybrid; every second query's answers held out):\n\n"
            "| answered | unanswered | AUROC | answered kept covered | unanswered flagged |\n"
            "| --- | --- | --- | --- | --- |\n"
            f"| {c['answered']} | {c['unanswered']} | {cell(c['auroc'])} | "
            f"{cell(c['answered_kept'])} | {cell(c['unanswered_flagged'])} |")


def cmd_coverage(args, settings: Settings) -> int:
    from index.confidence import shown_confidence
    from leaflets.api import open_searcher
    from leaflets.coverage import coverage_report, read_questions_file, rows_csv

    try:
        data = args.questions.read_bytes()
    except OSError as error:
        raise ValueError(f"{args.questions}: the questions file cannot be read ({error})") from None
    questions = read_questions_file(data, str(args.questions))
    rows = coverage_report(open_searcher(settings), questions)
    if args.csv:
        args.csv.write_text(rows_csv(rows), encoding="utf-8")
    for row in rows:
        where = f"{row.leaflet} › {row.section}" if row.section else row.leaflet
        asked = f"{row.question} ({row.language})" if row.language else row.question
        shown = shown_confidence(row.confidence, row.covered, 2)
        print(f"{'yes' if row.covered else 'no':>3}  {shown:.2f}  {asked}  ->  {where}")
    covered = sum(row.covered for row in rows)
    print(f"\n{covered} of {len(rows)} questions answered by the leaflets")
    if any(row.language for row in rows):
        print("(xx): asked in another language than the leaflets, where the verdict is less sure")
    return 0


def cmd_status(args, settings: Settings) -> int:
    from leaflets.api import index_status

    from ingest.document import IngestError

    missing = [path for path in args.paths if not path.exists()]
    if missing:
        raise IngestError(missing[0], "no such file or folder")
    status = index_status(settings, args.paths or None, stale_days=args.stale_days)
    named = " ".join(str(p) for p in status.compared)
    default = [p.resolve() for p in status.compared] == [settings.sources.resolve()]
    ingest = "leaflets ingest" + ("" if default else f" {named}")
    if settings.index.resolve() != Settings().index.resolve():  # following the hint updates this index
        ingest += f" --index {settings.index}"
    if status.config is None:
        print(f"no index at {settings.index}; {len(status.new)} files in {named} waiting for `{ingest}`")
        _print_refused(status)
        return 1
    config = status.config
    print(f"index:     {status.build}\nbuilt:     {config.built_at}\nmodel:     {config.model} "
          f"(dimension {config.dim})\nleaflets:  {len(config.leaflets)}\npassages:  {config.passages}"
          f"\nvectors:   {config.vectors or 'exact'}")
    for label, items in (("new", status.new), ("changed", status.changed), ("missing", status.missing)):
        for item in items:
            print(f"{label:8s}   {item}")
    _print_refused(status)
    if status.relative:
        print(_relative_note(status))
    stale = status.new or status.changed or status.missing or status.refused_indexed
    # leaflets recorded by relative paths, looked for from another folder than ingest's: the
    # hint's folders do not exist here, and following it would not bring them back
    elsewhere = (len(status.relative) == len(status.missing) and not (status.new or status.changed)
                 and not all(path.exists() for path in status.compared))
    if stale and not elsewhere:
        fix = "fix the catalog, then " if status.catalogs else ""
        print(f"{fix}run `{ingest}` to bring the index up to date")
    elif not stale:
        but = (", but for the catalog, which the next ingest needs fixed first" if status.catalogs
               else ", but for the skipped files" if status.skipped or status.refused else "")
        print(f"up to date with {named}{but}")
    _print_stale(status)
    older = _older_ingest_note(config, ingest, elsewhere)
    if older:
        print(older)
    return 0


def _print_refused(status: IndexStatus) -> None:
    """The catalogs ingest cannot read, the files it could not read and the links it does
    not follow, with the cause."""
    for path, cause in status.catalogs:
        print(f"catalog    {path}: {cause} (`leaflets ingest` changes nothing until it is fixed)")
    for path, cause in status.skipped:
        print(f"skipped    {path}: {cause} (fix or replace the file; ingest skips it until it changes)")
    for path, cause in status.refused:
        still = ("; a leaflet is still indexed from it: the next `leaflets ingest` takes it out"
                 if path in status.refused_indexed else "")
        print(f"skipped    {path}: {cause} (ingest does not read it{still})")


def _older_ingest_note(config: IndexConfig, ingest: str, elsewhere: bool) -> str:
    """A line when the index's passages were cut by an older ingest than this code's, which
    the next `leaflets ingest` cuts again; "" when not (or either version is no number)."""
    from ingest import VERSION

    try:
        recorded, current = int(config.ingest_version), int(VERSION)
    except (TypeError, ValueError):
        return ""
    if recorded >= current:
        return ""
    where = " from the folder it ran in" if elsewhere else ""  # see the note on relative paths
    return (f"ingest:    passages cut by an older ingest (version {recorded}, now {current}): "
            f"run `{ingest}`{where} to cut them again (vectors of unchanged texts are reused)")


def _relative_note(status: IndexStatus) -> str:
    """Why leaflets indexed by a relative path may only seem missing."""
    count = len(status.relative)
    these = "this file was" if count == 1 else f"these {count} files were"
    example = status.relative[0] if count == 1 else f"e.g. {status.relative[0]}"
    return (f"note:      {these} indexed by a path relative to the folder `leaflets ingest` ran in "
            f"({example}),\n           which the index does not record; looked for from the "
            f"current folder, {status.looked_in}.\n           If ingest ran elsewhere, run `leaflets "
            "status` there: an ingest into this index from here drops the leaflets whose file it "
            "cannot find.")


def _print_stale(status: IndexStatus) -> None:
    """The leaflets the coverage page's inventory calls stale: too old, or with no date."""
    if not status.stale:
        return
    print(f"{len(status.stale)} of {len(status.config.leaflets)} leaflets are stale (last updated "
          f"more than {status.stale_days} days ago) or have no date:")
    for leaflet in status.stale:
        source = status.config.leaflets.get(leaflet.id, {}).get("source", "")
        when = (f"last update {leaflet.updated}, {leaflet.age_days} days ago"
                if leaflet.age_days is not None else "no date")
        print(f"stale      {leaflet.title}  ({'; '.join(x for x in (source, when) if x)})")


def cmd_model(args, settings: Settings) -> int:
    from index.embed import resolve_model

    info = resolve_model(settings.model)
    print(f"model:     {info.name}\ndimension: {info.dim}\nsource:    {info.source}\npath:      {info.path}")
    return 0


def _positive(text: str) -> int:
    """A count of at least one, for -k: zero or fewer results would be an empty answer."""
    return _whole_number(text, 1, "", "results: ask for at least 1")


def _days(text: str) -> int:
    """A number of days for --stale-days: zero or more."""
    return _whole_number(text, 0, " of days", "days: give 0 or more")


def _whole_number(text: str, least: int, unit: str, too_few: str) -> int:
    """`text` as a whole number of at least `least`, or an argparse error saying why not."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number{unit}") from None
    if number < least:
        raise argparse.ArgumentTypeError(f"{number} {too_few}")
    return number


def _modes(text: str) -> list[str]:
    from index.search import MODES

    modes = [m.strip() for m in text.split(",") if m.strip()]
    unknown = [m for m in modes if m not in MODES]
    if unknown or not modes:
        raise ValueError(f"unknown mode(s) {', '.join(unknown) or '(none)'}; use hybrid, dense, lexical")
    return modes


if __name__ == "__main__":
    sys.exit(main())
