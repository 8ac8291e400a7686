"""Tables written as comma-separated lines in a text: a document converter's table as CSV.

A converter that gives a document as text for a search index (haystack's DOCXToDocument)
writes each table as CSV lines among the paragraphs: "Groep,Wanneer" over "Gemiste prik,Tot en
met 18 jaar gratis inhalen". Read as text, each row was a paragraph of its own and a short last
row headed the section's next paragraph (red team 46). A run of such lines is a table: each line
a row, its cells apart by " | ".

A line reads as a CSV row where Python's `csv` reader parts it into two fields or more, none
of which opens with a blank (prose sets one after its commas: "pijnlijk, rood of dik") and no
comma parts two digits outside quotes (a decimal comma: "2,5 mg"). The run's lines, three at
least, all part into as many fields. A row whose fields but its first are empty, or all say the
same (a merged title row over the table's columns: "Wie krijgt de prik?,Wie krijgt de prik?"),
is the table's caption, written once.
"""

from __future__ import annotations

import csv
import re

from ingest.clean.grids import row_line
from ingest.clean.lines import Line, Logical


MIN_CSV_ROWS = 3  # a header and two rows: two lines alike may be a sentence's chance commas
MAX_CSV_GAP = 2  # a line each, or a line each after one blank line
_DECIMAL_COMMA = re.compile(r"\d,\d")


def csv_rows(lines: list[Line], taken: frozenset[int] = frozenset()) -> dict[int, Logical | None]:
    """Every line of a run of CSV rows, none in `taken`: the row it is, its cells apart by " | "."""
    found: dict[int, Logical | None] = {}
    run: list[tuple[int, list[str]]] = []
    for index, line in enumerate(lines + [Line("", -1)]):
        if not line.text and index < len(lines):
            continue
        fields = None if index in taken or index == len(lines) else _csv_fields(line)
        if run and (fields is None or index - run[-1][0] > MAX_CSV_GAP or len(fields) != len(run[0][1])):
            _add_run(found, lines, run)
            run = []
        if fields is not None:
            run.append((index, fields))
    return found


def _add_run(found: dict[int, Logical | None], lines: list[Line], run: list[tuple[int, list[str]]]) -> None:
    """Record a run's rows in `found` where it is long enough to be a table."""
    if len(run) < MIN_CSV_ROWS or all(_caption(fields) for _, fields in run):
        return
    found.update(dict.fromkeys(range(run[0][0], run[-1][0] + 1)))
    for index, fields in run:
        found[index] = row_line([[cell] for cell in _cells(lines[index], [fields[0]] if _caption(fields) else fields)])


def _csv_fields(line: Line) -> list[str] | None:
    """The fields of a line that reads as a CSV row, or None."""
    text = line.raw.strip() or line.text
    if "," not in text or _DECIMAL_COMMA.search(re.sub(r'"[^"]*"', '""', text)):
        return None
    try:
        fields = next(csv.reader([text]))
    except (csv.Error, StopIteration):
        return None
    if len(fields) < 2 or any(field[:1].isspace() for field in fields) or not fields[0].strip() \
            or not any(char.isalpha() for char in text):
        return None
    return [field.strip() for field in fields]


def _caption(fields: list[str]) -> bool:
    """Whether a row is a merged row over the table's columns: its text once, or in every cell."""
    return not any(fields[1:]) or len(set(fields)) == 1


def _cells(line: Line, fields: list[str]) -> list[tuple[str, int, int]]:
    """The fields as cells, each with its offset in the source where it stands there as written."""
    cells, at = [], 0
    raw_start = line.start - (len(line.raw) - len(line.raw.lstrip())) if line.raw else line.start
    source = line.raw or line.text
    for field in fields:
        if not field:
            continue
        found = source.find(field, at)
        place = found if found >= 0 else at
        cells.append((field, raw_start + place, 0))
        at = place + len(field) if found >= 0 else at
    return cells
