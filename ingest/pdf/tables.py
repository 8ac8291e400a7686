"""Which lines are the rows of a table, and a table's header printed again on its next page.

A table is read row by row: a run of lines of three or more cells set apart by wide
gaps (a dosing schedule, `table_rows`), and a two-column table whose cells wrap
(`two_cell_rows`), each cell's wrapped line going on in the cell it stands under
(`continue_cell`). A table that a typewriter font aligns by spaces in one piece per line
(enscript, a .txt printed to PDF) is read row by row too (`spaced_rows`). A table that runs
on to the next page may print its header row again there, which read in place would stand
in the table twice (`without_repeated_headers`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.clean.joining import join_hyphenated
from ingest.clean.lines import ends_sentence
from ingest.pdf.geometry import CHAR_WIDTH, PdfLine

MIN_TABLE_ROWS = 3
MIN_TABLE_COLUMNS = 3  # cells in a row that no running text, list or address block has


def continue_cell(row: PdfLine, line: PdfLine) -> PdfLine:
    """The row with `line`, the wrapped next line of one of its cells, added to the cell it
    stands under: a second-column line ("alleen heldere dranken") goes on in that column,
    not in the row's last cell. Cells stand apart by two spaces (see `_line`)."""
    cells = row.text.rstrip().split("  ")
    if len(cells) != len(row.starts):  # a cell's own text holds two spaces: add it at the end
        return replace(row, text=_wrapped(row.text.rstrip(), line.text.strip()))
    column = max(number for number, start in enumerate(row.starts) if number == 0 or start <= line.x + 1)
    cells[column] = _wrapped(cells[column].rstrip(), line.text.strip())
    return replace(row, text="  ".join(cells))


def _wrapped(cell: str, line: str) -> str:
    """A cell's text with its next line: a word broken at a hyphen ("trom-" / "melvlies") is
    joined as cleaning joins any line's (`join_hyphenated`), the rest a space apart."""
    if not re.search(r"\w-$", cell):
        return f"{cell} {line}"
    return cell[:-1] + join_hyphenated(cell, line, set()) + line


def _under_cell(row: PdfLine, above: PdfLine, line: PdfLine) -> bool:
    """Whether `line`, one cell right under `above`, starts where a cell of `row` other
    than the first does: the wrapped last line of that cell, not text after the table."""
    close = 0 < above.y - line.y <= 2 * max(above.size, line.size)
    return line.cells == 1 and close and any(abs(start - line.x) <= 1 for start in row.starts[1:])


def table_rows(lines: list[PdfLine]) -> set[int]:
    """The indices of the lines that are rows of a table of three or more columns.

    Such a table needs no gutter (running text may cross the page above and below it):
    each row is one line of cells set apart by wide gaps. A run of `MIN_TABLE_ROWS` or
    more lines of `MIN_TABLE_COLUMNS` cells is one, and so is a shorter run of rows whose
    cells vertical rules set apart (a bordered table's last row, run on to the next page);
    rows with an empty cell (two cells) and the wrapped second line of a cell (indented past the row's start) go on in it,
    the last row's too when it stands right under one of that row's cells.
    """
    rows: set[int] = set()
    start = 0
    while start < len(lines):
        if lines[start].cells < MIN_TABLE_COLUMNS:
            start += 1
            continue
        end, last, row = start, start, start  # `last`: the run's last line of two or more cells,
        # or of a cell's wrapped line right under it; `row`: the last of two or more cells
        while end + 1 < len(lines) and (lines[end + 1].cells > 1 or lines[end + 1].x > lines[start].x + 1):
            end += 1
            if lines[end].cells > 1:
                last = row = end
            elif end == last + 1 and _under_cell(lines[row], lines[last], lines[end]):
                last = end
        wide = [line for line in lines[start:last + 1] if line.cells >= MIN_TABLE_COLUMNS]
        if len(wide) >= MIN_TABLE_ROWS or all(line.ruled for line in wide):  # borders say it: a table
            rows.update(range(start, last + 1))
        start = end + 1
    return rows


def two_cell_rows(lines: list[PdfLine]) -> set[int]:
    """The indices of the lines that are rows of a table of two columns inside a column of
    text: `MIN_TABLE_ROWS` or more lines of two cells, the second cells starting at one x,
    and between them the wrapped lines of a second cell, which start there too. One such
    line at least between two rows: a table whose cells wrap, whose rows would otherwise run into each
    other ("minder lang staan, dagelijks" / "rekken" / "Steunzolen via de podotherapeut")."""
    rows: set[int] = set()
    start = 0
    while start < len(lines):
        if lines[start].cells != 2:
            start += 1
            continue
        column, end, last = lines[start].starts[1], start, start
        while end + 1 < len(lines):
            line = lines[end + 1]
            if line.cells == 2 and abs(line.starts[1] - column) <= 1 and abs(line.x - lines[start].x) <= 1:
                last = end + 1
            elif not (line.cells == 1 and abs(line.x - column) <= 1):
                break
            end += 1
        row = last
        while last < end and _under_cell(lines[row], lines[last], lines[last + 1]) \
                and (lines[last + 1].text.lstrip()[:1].islower() or not ends_sentence(lines[last].text.strip())):
            last += 1  # the last row's second cell wraps on under itself, not a paragraph under the table
        run = range(start, last + 1)
        pairs = sum(1 for n in run if lines[n].cells == 2)
        if pairs >= MIN_TABLE_ROWS and any(lines[n].cells == 1 for n in run):
            rows.update(run)
        start = end + 1
    return rows


def aligned_two_cell_rows(lines: list[PdfLine]) -> tuple[set[int], set[int]]:
    """The indices of the lines that are rows of a two-column table whose cells do not wrap:
    `MIN_TABLE_ROWS` or more lines in a row of two cells, each row's first cell at one x and
    its second at another, a header's second cell at or right of that (centred over its
    column: "Klacht" / "Wat helpt"). Read as text, the cells ran together ("lichte jeuk
    verkoelende lotion") and so did the rows; the header, set in bold, passed for a heading.
    The rows end at the first line of two cells that starts them elsewhere: a running header
    or footer drawn after the page's text ("Versie 4 ... Pagina 1 van 2", pdfmake draws them
    last) is no row, and took the table's rows with it. Returned with the rows whose second cell is
    empty (`_rows_without_second_cell`)."""
    rows: set[int] = set()
    open_rows: set[int] = set()
    start = 0
    while start < len(lines):
        if not lines[start].cells == 2 == len(lines[start].starts):
            start += 1
            continue
        end = start
        while end + 1 < len(lines) and lines[end + 1].cells == 2 == len(lines[end + 1].starts) \
                and (end == start or _one_column([lines[start + 1], lines[end + 1]])):
            end += 1
        body = lines[start + 1:end + 1]
        if len(body) + 1 >= MIN_TABLE_ROWS and _one_column(body) \
                and lines[start].starts[1] >= body[0].starts[1] - 1 and lines[start].x < body[0].starts[1]:
            last = _rows_without_second_cell(lines, start, end)
            open_rows.update(range(end + 1, last + 1))
            rows.update(range(start, last + 1))
            end = last
        start = end + 1
    return rows, open_rows


def _rows_without_second_cell(lines: list[PdfLine], start: int, end: int) -> int:
    """The last row of the two-column table of lines `start`..`end`, counting on the rows after
    them that fill only the first cell: a line at the first column's x, a row's pitch below the
    row before it, short enough to fit that column and ending no sentence. reportlab leaves an
    empty cell out of the page; read as text, "yoghurt, pudding en pap", a drink that counts, ran
    into the last row's other cell, the drinks that do not count (red team 63)."""
    pitches = [lines[n].y - lines[n + 1].y for n in range(start, end)]
    pitch = pitches[-1]
    if any(abs(other - pitch) > 1 for other in pitches):
        return end
    column = lines[start + 1].starts[1]
    while end + 1 < len(lines):
        line = lines[end + 1]
        text = line.text.rstrip()
        if not (line.cells == 1 and abs(line.x - lines[start + 1].x) <= 1 and abs(lines[end].y - line.y - pitch) <= 1
                and line.x + CHAR_WIDTH * line.size * len(text) < column and not ends_sentence(text)):
            break
        end += 1
    return end


def _one_column(rows: list[PdfLine]) -> bool:
    """Whether rows of two cells start their first cells at one x and their second at another."""
    return bool(rows) and all(abs(row.x - rows[0].x) <= 1 and abs(row.starts[1] - rows[0].starts[1]) <= 1
                              for row in rows)


def without_repeated_headers(pages: list[list[PdfLine]]) -> list[list[PdfLine]]:
    """The pages, less a table's header row printed again at the top of a page that the
    table runs on to ("Voedingsmiddel  Purine  Advies" over the rest of the rows): read in
    place, the rows of one table held its header twice. Only where the page before ends in
    a row of the table and the line repeats that table's first row, its header."""
    out = [list(lines) for lines in pages]
    for number in range(1, len(out)):
        above, lines = out[number - 1], out[number]
        if not above or not lines or above[-1].cells < 2 or lines[0].cells < 2:
            continue
        start = len(above) - 1  # the table the page before ends in: its rows, up to its header
        while start and above[start - 1].cells > 1:
            start -= 1
        header = above[start]
        if start + 1 < len(above) and " ".join(lines[0].text.split()) == " ".join(header.text.split()):
            lines.pop(0)
    return out


def headers_over_page(pages: list[list[PdfLine]], tops: list[float] | None = None) -> list[list[PdfLine]]:
    """The pages, a table's header row left alone at a page's foot moved over the rows it
    heads at the next page's top, past that page's running header (the lines above its top
    margin, `tops`), or dropped where that page prints it again. TCPDF breaks a table right
    after its header row ("Klacht  Normaal?  Wat doet u?" at page 1's foot): read in place,
    the header was cut from its rows by the page's header, and stood alone, its cells run
    together (cleaning reads a table's columns from two rows or more). A header row is a
    page's last line, a table row that follows no other, whose cells start where those of
    the next page's first table row do."""
    out = [list(lines) for lines in pages]
    for number in range(len(out) - 1):
        above, below = out[number], out[number + 1]
        if not above or not above[-1].table or len(above[-1].starts) < 2 or len(above) > 1 and above[-2].table:
            continue
        first = next((index for index, line in enumerate(below) if line.table), None)
        if first is None or not _same_columns(above[-1], below[first]):
            continue
        top = tops[number + 1] if tops else float("inf")
        if any(line.y < top for line in below[:first]):
            continue  # text of the page's own stands before the rows: another table
        header = above.pop()
        if " ".join(below[first].text.split()) != " ".join(header.text.split()):
            below.insert(first, header)
    return out


def _same_columns(one: PdfLine, other: PdfLine) -> bool:
    """Whether two rows have as many cells, each starting where the other's does."""
    return len(one.starts) == len(other.starts) and all(abs(a - b) <= 1 for a, b in zip(one.starts, other.starts))


TYPEWRITER_WIDTH = 0.6  # ems: every glyph of a typewriter font (Courier) is this wide
_SPACED_GAP = re.compile(r"\S( {3,})(?=\S)")  # blank of three characters or more inside a typed line


def spaced_rows(lines: list[PdfLine]) -> list[PdfLine]:
    """The lines, the rows of a two-column table typed with spaces marked as table rows of two
    cells (three or more cells `_line` finds itself). A text file printed to PDF (enscript)
    draws each line as one piece, its columns aligned by runs of spaces: `MIN_TABLE_ROWS`
    lines or more one under the other, each split in two by one run of three spaces or more,
    whose second cell starts at the same character ("1 - 6 jaar          1 tot 2 sachets").
    Read as text, the rows ran into one line ("1 - 6 jaar 1 tot 2 sachets junior 7 - 11 jaar ...")."""
    columns = [_second_column(line) for line in lines]
    out = list(lines)
    start = 0
    while start < len(lines):
        end = start
        while end + 1 < len(lines) and columns[start] is not None and columns[end + 1] == columns[start] \
                and abs(lines[end + 1].x - lines[start].x) <= 1 and lines[end + 1].size == lines[start].size:
            end += 1
        if columns[start] is not None and end + 1 - start >= MIN_TABLE_ROWS:
            for number in range(start, end + 1):
                out[number] = _spaced_row(lines[number], columns[start])
        start = end + 1
    return out


def _second_column(line: PdfLine) -> int | None:
    """Where the second of a typed line's two cells starts (its character), or None."""
    if line.cells != 1 or line.table:
        return None
    gaps = list(_SPACED_GAP.finditer(line.text.rstrip()))
    return gaps[0].end(1) if len(gaps) == 1 else None


def _spaced_row(line: PdfLine, column: int) -> PdfLine:
    text = line.text.rstrip()
    first, second = text[:column].rstrip(), text[column:]
    start = line.x + column * TYPEWRITER_WIDTH * line.size
    return replace(line, text=f"{first}  {second}", cells=2, table=True, starts=(line.x, start))


COLUMN_TOLERANCE = 4.0  # points: cells of one column start within this of each other


def cells_in_columns(flat: list[tuple[int, PdfLine]]) -> dict[int, str]:
    """The rows of a table of three columns or more that leaves some cells empty, by
    their place in `flat`, each written with its cells in their columns, apart by " | ", and an
    empty cell as an empty one: "1 uur na het begin van de maaltijd | | lager dan 7,8". Read as
    text, the value stood under the column beside the label, and "2 uur na de maaltijd lager
    dan 10,0 lager dan 6,7" ran into one line (reportlab leaves an empty cell out of the page,
    red team 64; LibreOffice sets a schedule without borders alike). The columns are where the
    table's full rows start their cells, and only a table whose full rows all agree on them is
    read so; a row whose cells stand elsewhere, or whose first cell is empty, and a line of one
    cell (a wrapped cell's next line) are left as they are."""
    out: dict[int, str] = {}
    index = 0
    while index < len(flat):
        page, line = flat[index]
        end = index
        while line.table and end + 1 < len(flat) and flat[end + 1][0] == page \
                and flat[end + 1][1].table and flat[end + 1][1].ruled == line.ruled:
            end += 1
        if end > index:
            out.update(_in_columns([flat[number][1] for number in range(index, end + 1)], index))
        index = end + 1
    return out


def _in_columns(lines: list[PdfLine], first: int) -> dict[int, str]:
    cells = [[cell.strip() for cell in line.text.strip().split("  ") if cell.strip()] for line in lines]
    read = [len(pieces) == len(line.starts) >= 2 for pieces, line in zip(cells, lines)]
    widest = max((len(line.starts) for line, ok in zip(lines, read) if ok), default=0)
    full = [line for line, ok in zip(lines, read) if ok and len(line.starts) == widest]
    if widest < MIN_TABLE_COLUMNS or len(full) < 2:
        return {}
    columns = full[0].starts
    if any(abs(a - b) > COLUMN_TOLERANCE for line in full for a, b in zip(line.starts, columns)):
        return {}  # a header centred over its columns, cells set otherwise: not plain columns
    rows: dict[int, str] = {}
    for number, (line, pieces, ok) in enumerate(zip(lines, cells, read)):
        if not ok:
            continue
        places = [min(range(widest), key=lambda column: abs(columns[column] - at)) for at in line.starts]
        if places[0] != 0 or places != sorted(set(places)) \
                or any(abs(columns[place] - at) > COLUMN_TOLERANCE for place, at in zip(places, line.starts)):
            continue
        laid = [""] * widest
        for place, cell in zip(places, pieces):
            laid[place] = cell
        rows[first + number] = laid[0] + "".join(f" | {cell}" if cell else " |" for cell in laid[1:])
    gapped = any(len(lines[number - first].starts) < widest for number in rows)
    return rows if gapped else {}
