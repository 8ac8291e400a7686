"""What the leaflets answer, and what shape they are in: the editors' view.

`leaflets coverage` and the app's coverage page share these functions, so the
terminal table, the CSV file and the page show the same rows.
"""

from __future__ import annotations

import csv
import io
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from index.citation import page_label
from index.confidence import shown_confidence
from ingest.text import decode_text
from index.search import Searcher
from index.store import Store

CSV_COLUMNS = ("question", "covered", "confidence", "score", "leaflet", "section", "page", "best_passage",
               "language")


@dataclass(frozen=True)
class CoverageRow:
    """One question: whether the leaflets answer it, and the best passage they offer."""

    question: str
    covered: bool
    confidence: float
    score: float
    leaflet: str
    section: str
    page: str
    best_passage: str
    leaflet_id: str = ""
    # The question's language when it is not the leaflets' ("tr"): its verdict is less sure
    language: str = ""


@dataclass(frozen=True)
class LeafletSummary:
    """One leaflet in the inventory: how much it holds and how old it is."""

    id: str
    title: str
    publisher: str
    passages: int
    sections: int
    updated: str
    age_days: int | None
    stale: bool
    source: str = ""  # the file's name: two leaflets of one title (a second copy) told apart


HEADER_CELLS = {"vraag", "vragen", "question", "questions"}


def read_questions(text: str, *, csv_rows: bool = False) -> list[str]:
    """One question per non-empty line; duplicates kept once, in their first place.

    With `csv_rows` (a spreadsheet export) each row's first cell is the question, and a
    first row that only names the column ("vraag", "question") is left out.
    """
    if csv_rows:
        rows = [row for row in csv.reader(io.StringIO(text), _dialect(text)) if row and row[0].strip()]
        if rows and rows[0][0].strip().lower() in HEADER_CELLS:
            rows = rows[1:]
        lines = [row[0] for row in rows]
    else:
        lines = text.splitlines()
    seen: dict[str, None] = {}
    for line in lines:
        question = " ".join(line.split())
        if question and not question.startswith("#"):
            seen.setdefault(question, None)
    return list(seen)


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    """The CSV's separator as the file uses it: Dutch Excel writes ";" where others write ","."""
    try:
        return csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:  # one column, nothing to tell apart
        return csv.excel


def read_questions_file(data: bytes, name: str) -> list[str]:
    """The questions in an uploaded or named file: UTF-8, UTF-16 or Windows-1252 text (as
    Notepad and Excel save it), CSV read by its first column. IngestError names the file
    when it is not text."""
    return read_questions(decode_text(data, name), csv_rows=name.lower().endswith(".csv"))


def coverage_report(searcher: Searcher, questions: list[str], mode: str = "hybrid") -> list[CoverageRow]:
    """For each question: the search's coverage verdict and its best passage."""
    rows = []
    for question in questions:
        result = searcher.search(question, k=1, mode=mode)
        best = result.hits[0] if result.hits else None
        rows.append(CoverageRow(
            question=question,
            covered=result.covered,
            confidence=shown_confidence(result.confidence, result.covered, 4),
            score=round(best.score, 4) if best else 0.0,
            leaflet=best.leaflet.title if best else "",
            section=" > ".join(best.passage.headings) if best else "",
            page=page_label(best.passage) if best else "",
            best_passage=best.passage.text if best else "",
            leaflet_id=best.leaflet.id if best else "",
            language=result.language,
        ))
    return rows


def rows_csv(rows: list[CoverageRow], spreadsheet: str = "") -> str:
    """The coverage table as CSV text (covered as yes/no), for editors' spreadsheets. For a
    spreadsheet opened by a double click (`spreadsheet`: the interface's language), the text
    starts with a byte-order mark, without which Excel reads UTF-8 as Windows-1252 ("één" as
    "Ã©Ã©n"), and a Dutch one is split by semicolons, the list separator of a Dutch Windows;
    with commas, each row stood in one cell."""
    buffer = io.StringIO()
    if spreadsheet:
        buffer.write("\ufeff")
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n",
                            delimiter=";" if spreadsheet == "nl" else ",")
    writer.writeheader()
    for row in rows:
        record = {key: _inert(value) for key, value in asdict(row).items()}
        record["covered"] = "yes" if row.covered else "no"
        writer.writerow(record)
    return buffer.getvalue()


def _inert(value):
    """A text cell a spreadsheet will not run: one starting with = + - @ (a question typed as
    "=SUM(1+1)", a passage starting "- Drink …") gets a leading apostrophe, which spreadsheets
    hide (OWASP's advice on CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def inventory(searcher: Searcher, stale_days: int, today: date | None = None) -> list[LeafletSummary]:
    """Every indexed leaflet with its passage and section counts, oldest first.

    A leaflet is stale when its last update lies more than `stale_days` ago, or
    when it states no date at all (nobody can tell whether it is current).
    """
    return store_inventory(searcher.store, stale_days, today)


def store_inventory(store: Store, stale_days: int, today: date | None = None) -> list[LeafletSummary]:
    """`inventory` read from an index build's database alone, without the model or the vectors
    (`leaflets status`)."""
    today = today or date.today()
    passages: dict[str, int] = {}
    sections: dict[str, set[tuple[str, ...]]] = {}
    for _, passage in store.all_passages():
        passages[passage.leaflet_id] = passages.get(passage.leaflet_id, 0) + 1
        sections.setdefault(passage.leaflet_id, set()).add(passage.headings)
    summaries = []
    for leaflet in store.leaflets():
        age = _age_days(leaflet.updated, today)
        summaries.append(LeafletSummary(
            id=leaflet.id, title=leaflet.title, publisher=leaflet.publisher,
            passages=passages.get(leaflet.id, 0), sections=len(sections.get(leaflet.id, ())),
            updated=leaflet.updated, age_days=age, stale=age is None or age > stale_days,
            source=Path(leaflet.source_path).name,
        ))
    return sorted(summaries, key=lambda s: (s.age_days is not None, -(s.age_days or 0), s.title))


def _age_days(updated: str, today: date) -> int | None:
    """Days since the leaflet's date; a month alone ("2022-10", as EMA leaflets state it)
    counts from its first day, a year alone ("© 2024") from its first day too."""
    day = updated[:10] if len(updated) >= 10 else f"{updated}-01" if len(updated) == 7 else f"{updated}-01-01"
    try:
        return (today - date.fromisoformat(day)).days
    except ValueError:
        return None
