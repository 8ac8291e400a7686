"""Tables aligned by spaces or tabs in plain text, kept one line a row.

Joined as prose, a table's cells run into one sentence that means nothing. A row is a line
that wide gaps part into cells (`column_cells`), with the wrapped rest of a cell on the
lines under it; a header row whose gaps the sentence rule hid, a two-column table that
one gap parts, and a table whose cells one space parts (kept a row to a line), are found here too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.clean.columns import column_stretches
from ingest.clean.gutters import gutter_stretches
from ingest.clean.joining import UNWRAPPED_WIDTH, Layout
from ingest.clean.lines import CONTINUATION_WORDS, Line, ends_sentence, is_item_start, last_word, starts_lower
from ingest.dates import is_date_line


def with_header_rows(lines: list[Line]) -> list[Line]:
    """The lines, a table's header row given its cells where the two-space rule for
    sentences hid them after a question mark ("Product  Telt mee?  Hoeveelheid vocht"): a
    line right above two rows that its gaps part into as many cells as the first of them has."""
    out = list(lines)
    for index, line in enumerate(lines[:-2]):
        below = lines[index + 1].cells
        if line.text and not line.cells and below and lines[index + 2].cells:
            cells = line.gap_cells
            if len(cells) == len(below):
                out[index] = replace(line, cells=cells)
    return out


_HEADER_RULE = re.compile(r"([-=─━═])\1{2,}")  # one run across the table: rich's "────────"


def without_header_rules(lines: list[Line]) -> list[Line]:
    """The lines, without the rule that a table drawn in a terminal (rich's tables, a simple
    box, Org's ASCII export) sets under its header row as one run across every column: the
    header's columns and the first row's start where they start (`_same_columns_as`). Kept,
    the rule stood between the header and the rows, so the header was read as a line of text
    and the rule as a word. The rule says the lines are a table: the header and the rows right
    under it in its columns keep their cells, so a table of two columns whose cells hold a few
    words each ("kind merkt het niet   kind wordt boos of stopt met praten") reads row by row,
    not as two columns of prose (`column_stretches`)."""
    out: list[Line] = []
    table: Line | None = None
    for index, line in enumerate(lines):
        if _rules_header(lines, index):
            out[-1] = replace(out[-1], cells=out[-1].cells or out[-1].parts)
            table = lines[index - 1]
            continue
        if table is not None and line.text and not line.after_blank and _same_columns_as(table, line):
            line = replace(line, cells=line.cells or line.parts)
        else:
            table = None
        out.append(line)
    return out


def _rules_header(lines: list[Line], index: int) -> bool:
    """Whether line `index` is a rule across a table under its header row."""
    return bool(_HEADER_RULE.fullmatch(lines[index].text) and 0 < index < len(lines) - 1
                and lines[index + 1].text and lines[index - 1].text
                and _same_columns_as(lines[index - 1], lines[index + 1]))


def _same_columns_as(header: Line, row: Line) -> bool:
    """Whether two lines are parted by spacing into the same columns, two or more."""
    if len(header.parts) < 2 or len(header.parts) != len(row.parts):
        return False
    return all(abs((a - (header.start - header.indent)) - (b - (row.start - row.indent))) <= 1
               for (_, a), (_, b) in zip(header.parts, row.parts))


MIN_TWO_COLUMN_ROWS = 3  # lines one under the other: two could be a sentence and its neighbour


def two_column_rows(lines: list[Line]) -> list[Line]:
    """The lines, those of a two-column table typed with spaces given their two cells
    ("1 - 6 jaar          1 tot 2 sachets junior"): a table row needs two gaps elsewhere
    (`column_cells`), as one gap is common in typed prose, so a dose table of two columns ran
    its rows into one line. Three lines or more, one right under the other, each parted by one
    gap into two cells whose second starts in the same column, are such rows; a list whose
    items stand a few spaces after their bullet or number is none, and nor is prose typed in
    two columns side by side (`column_stretches`), which reads column by column. A row's first
    cell may wrap onto the line under it ("Voorbereiding en" over "plakkers", `_wraps_first_cell`)
    and the run go on below it."""
    out = list(lines)
    prose = {row for start, stretch in (column_stretches(lines) | gutter_stretches(lines)).items()
             for row in range(start, stretch.end)}
    run: list[int] = []
    for index, line in enumerate([*lines, Line("", 0)]):
        column = None if index in prose else _second_column(line)
        if column is not None and run and not line.after_blank and _in_column_under(line, lines[run[-1]]):
            run.append(index)
            continue
        if run and run[-1] == index - 1 and index not in prose and _wraps_first_cell(lines[run[-1]].parts[0][0], line):
            continue  # held: the run goes on over it when the next line is a row again
        if len(run) >= MIN_TWO_COLUMN_ROWS:
            for row in run:
                out[row] = replace(lines[row], cells=lines[row].parts)
        run = [index] if column is not None else []
    return out


def _in_column_under(line: Line, above: Line) -> bool:
    """Whether a line's second cell stands in the column of the second cell of the row above:
    at the same character, or, where tabs part both lines, at whatever stop the reader sets
    them to. A tool that writes a table's cells a fixed run of tabs apart (Resiliparse's text
    of an HTML table: "50 tot 59 jaar\t\t3,0" under "Leeftijd\t\tBovengrens PSA") aligns
    nothing in characters; a tab is a column stop, and prose parts no words by tabs."""
    if _tab_parted(line) and _tab_parted(above):
        return True
    return abs(_second_column(line) - _second_column(above)) <= 1


def _tab_parted(line: Line) -> bool:
    """Whether a tab stands inside a line's text, not only at its ends: the gap between its
    cells in a row parted by tabs (prose parts no words by tabs)."""
    return "\t" in line.raw.strip(" \t")


def _second_column(line: Line) -> int | None:
    """Where the second of a line's two cells starts in the line, or None when spacing does
    not part it in two cells, or its first is a bullet or a number (a list, not a table)."""
    if line.cells or line.heading_level or len(line.parts) != 2 or is_item_start(line.parts[0][0] + " x"):
        return None
    return line.parts[1][1] - (line.start - line.indent)


def aligned_rows(lines: list[Line], proportional: bool = False,
                 padded: bool | None = None) -> tuple[set[int], dict[int, list[tuple[int, tuple[str, int]]]]]:
    """The indices of lines that are rows of a table aligned by spaces or tabs: two
    lines or more, one under the other, each with columns (see `column_cells`), in typed
    text no lines of justified prose (`_justified`; in proportional type a character is no
    column); and the
    lines that hold the wrapped rest of a row's cells, each piece with its cell's number:
    indented to where that cell starts in the row above ("Op de rug, knieën" / "gebogen").
    `padded` is `pads_prose(lines)` where the caller has it already."""
    rows: set[int] = set()
    wrapped: dict[int, list[tuple[int, tuple[str, int]]]] = {}
    run: list[int] = []
    pending: dict[int, list[tuple[int, tuple[str, int]]]] = {}
    margin = _margin(lines)
    padded = not proportional and (pads_prose(lines) if padded is None else padded)
    for index, line in enumerate([*lines, Line("", 0)]):
        if run and _goes_on_tab_row(lines[run[-1]], lines[index - 1], line, margin):
            pending[index] = [(len(lines[run[-1]].cells) - 1, (line.text, line.start))]
            continue
        if run and _between_tab_rows(lines, run[-1], index, pending):
            continue
        pieces = _under_cells(lines[run[-1]], line) if run else None
        if pieces:
            pending[index] = pieces
            continue
        is_row = bool(line.cells) and not line.heading_level
        prose = is_row and bool(run) and not proportional and _justified(lines[run[-1]], line, padded)
        if prose and run[-1] == index - 1 and not any(at > run[-1] for at in pending):
            run.pop()  # the line above is justified prose as this one is (a paragraph's first line)
        if is_row and not prose and (not _inside_run(pending, run[-1], first_cells=True)
                                     or _same_columns(lines[run[-1]], line) if run else True):
            run.append(index)
            continue
        inside = _inside_run(pending, run[-1]) if run else {}
        if len(run) >= (MIN_TWO_COLUMN_ROWS if _inside_run(inside, -1, first_cells=True) else 2):
            rows.update(run)
            wrapped.update(inside)
        run, pending = ([index] if is_row else []), {}
    return rows, wrapped


def _between_tab_rows(lines: list[Line], row: int, index: int, pending: dict[int, list]) -> bool:
    """Whether line `index` is the blank line under row `row` of a table parted by tabs (and
    under the rest of its last cell: `_goes_on_tab_row`) and over its next row, as catdoc
    writes a Word table, each row a paragraph: the rows have as many cells, every one a tab
    apart. Prose parts no words by tabs."""
    below = lines[index + 1] if index + 1 < len(lines) else None
    return below is not None and not lines[index].text and all(at in pending for at in range(row + 1, index)) \
        and not below.heading_level and _tabbed(lines[row]) and _tabbed(below) \
        and len(lines[row].cells) == len(below.cells)


def _goes_on_tab_row(row: Line, above: Line, line: Line, margin: int) -> bool:
    """Whether `line` holds the rest of the last cell of a row parted by tabs that stands as a
    paragraph of its own, wrapped by the text's margin (catdoc's 72 letters: "verschonen als
    het" over "nat is"): it stands right under it (or under the cell's rest above it), with no
    tab, and only the margin parts it from the line above (`_wrapped_at`). Prose right under a
    short row ("Ibuprofen  400 mg  3 keer per dag" over "Neem nooit meer dan 4 gram …") is none."""
    return row.after_blank and _tabbed(row) and bool(line.text) and not line.after_blank \
        and not line.heading_level and not _tab_parted(line) and not is_item_start(line.text) \
        and _wrapped_at(above, line, margin)


TAB_STOP = 8


def _margin(lines: list[Line]) -> int:
    """The text's margin: its longest line with no tab (a tab's width is the tool's) that
    any margin could have wrapped; 0 in a text with none, where every row may reach it."""
    return max((len(line.raw.rstrip()) for line in lines
                if "\t" not in line.raw and len(line.raw.rstrip()) <= UNWRAPPED_WIDTH), default=0)


def _wrapped_at(above: Line, line: Line, margin: int) -> bool:
    """Whether the margin wrapped `line` off the line above: that line is so long that the
    first word of `line` would not have fitted after it (a tab counted as one letter, as
    catdoc counts it, or up to its next stop), and `line` reads on from it: it opens in lower
    case or with no letter, or with a capital where the line above ends no sentence and it
    ends none itself (a name in the cell). A capital line that ends a sentence is prose."""
    raw = above.raw.rstrip()
    width = max(len(raw), len(raw.expandtabs(TAB_STOP)))
    if width + 1 + len(line.text.split()[0]) <= margin:
        return False
    return not line.text[0].isupper() or not (ends_sentence(above.text) or ends_sentence(line.text))


def _tabbed(line: Line) -> bool:
    """Whether a line's cells all lie a tab apart."""
    return bool(line.cells) and len(re.findall(r"[ \t]*\t[ \t]*", line.raw.strip(" \t"))) == len(line.cells) - 1


MIN_PADDED_PAIRS = 3  # justified pairs of lines: one or two may be a table's rows that happen to end alike


def pads_prose(lines: list[Line]) -> bool:
    """Whether a text justifies its prose by padding its words with spaces, each line to the
    margin: `MIN_PADDED_PAIRS` pairs of lines or more, one under the other, are justified
    (`_justified`). Such a text (catdvi's of a DVI file: "Bij hielkloven  is de  huid  van")
    pads a paragraph's short last line and its headings as well, whose ends meet no margin."""
    pairs = zip(lines, lines[1:])
    return sum(bool(above.cells and below.cells) and not (above.heading_level or below.heading_level)
               and _justified(above, below, slack=EDGE_SLACK) for above, below in pairs) >= MIN_PADDED_PAIRS


def _justified(row: Line, line: Line, padded: bool = False, slack: int = 0) -> bool:
    """Whether two lines parted by spaces are justified prose (`par`, `man`, `fill-paragraph`),
    no table's rows: they end at the same column (within `slack`: `pads_prose` asks within
    `EDGE_SLACK`; a short table's rows may end two apart, "Koffie  ja  125 ml" over "Soep  ja  150
    ml"), a flush right margin, or in a text that pads its prose so (`padded`, `pads_prose`)
    anywhere; or, where the margin
    was a proportional font's (pypdf's text of a justified PDF: "Bekkenpijn  is  geen  reden"),
    both are spread (`_spread`); and their gaps run across each other, padded wherever the
    words fell. A table's columns leave the same blank channel down every row, so each gap of
    a row meets a gap of the next, its cells set left or right. A tab's width is the reader's:
    gaps with tabs are a table's."""
    if "\t" in row.raw + line.raw:
        return False
    if not padded and abs(_edge(row) - _edge(line)) > slack and not (_spread(row) and _spread(line)):
        return False
    ours, theirs = _gaps(row), _gaps(line)
    return not (all(_meets(gap, theirs) for gap in ours) and all(_meets(gap, ours) for gap in theirs))


EDGE_SLACK = 2  # characters: a DVI or PostScript reader (catdvi) rounds a justified line's end to its grid
MIN_SPREAD_WORDS = 5  # a row of fewer one-word cells, one gap apart, may be a short table's
MAX_SPREAD_GAP = 3  # blanks: a typesetter's stretch, set as spaces; a table's gaps run wider


def _spread(line: Line) -> bool:
    """Whether a line is prose spread over its width, as a justified line of proportional type
    comes out as text: every word apart from the next by the same few blanks, none by one (a
    sentence's two spaces after a full stop too), so every cell of it is one word. A table's
    cells hold a few words each, or lie apart by gaps as wide as their columns need."""
    gaps = {len(gap) for gap in re.findall(r" +", line.raw.strip())}
    return len(line.text.split()) >= MIN_SPREAD_WORDS and len(gaps) == 1 and 2 <= min(gaps) <= MAX_SPREAD_GAP


def _gaps(line: Line) -> list[tuple[int, int]]:
    """The columns each gap between a line's cells spans, from the line's left edge."""
    begin = line.start - line.indent
    return [(start - begin + len(text), following - begin)
            for (text, start), (_, following) in zip(line.cells, line.cells[1:])]


def _edge(line: Line) -> int:
    """The column where a line's last cell ends, from the line's left edge."""
    text, start = line.cells[-1]
    return start - (line.start - line.indent) + len(text)


def _meets(gap: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(gap[0] < end and start < gap[1] for start, end in others)


def _same_columns(row: Line, line: Line) -> bool:
    """Whether two rows have as many cells, each starting in the same column as the other's."""
    columns = [[start - (each.start - each.indent) for _, start in each.cells] for each in (row, line)]
    return len(columns[0]) == len(columns[1]) and all(abs(a - b) <= 1 for a, b in zip(*columns))


def _inside_run(pending: dict[int, list[tuple[int, tuple[str, int]]]], last: int,
                first_cells: bool = False) -> dict[int, list[tuple[int, tuple[str, int]]]]:
    """The wrapped lines of a table, less those under its last row (line `last`) from the
    first that holds a piece of the first cell on: only a row below, with the same columns,
    tells such a line from text after the table. A table whose rows such a line parts needs
    three rows: two lines of prose set in columns beside each other look like two rows and a
    first cell's rest. With `first_cells`, only the lines past `last` that hold such a piece."""
    if first_cells:
        return {index: pieces for index, pieces in pending.items() if index > last and pieces[0][0] == 0}
    cut = min(_inside_run(pending, last, first_cells=True), default=None)
    return {index: pieces for index, pieces in pending.items() if cut is None or index < cut}


def _wraps_first_cell(cell: str, line: Line) -> bool:
    """Whether `line` holds only the wrapped rest of a row's first cell `cell`: it stands right
    under the row, in one piece, and goes on the cell's words (it starts in lower case, or the
    cell ends in a comma, a hyphen or a word no phrase ends with). A capitalised line there heads
    the rows under it ("Avond"), no cell's rest."""
    if not line.text or line.after_blank or line.heading_level or len(line.parts) > 1 or is_item_start(line.text):
        return False
    return starts_lower(line.text) or cell.endswith((",", "-")) or last_word(cell) in CONTINUATION_WORDS


def _under_cells(row: Line, line: Line) -> list[tuple[int, tuple[str, int]]] | None:
    """The pieces of a line that each start where a cell of `row` starts, with that cell's
    number; None when any piece stands elsewhere, or where the first cell starts but goes on
    no words of that cell (`_wraps_first_cell`)."""
    if not line.text or line.heading_level:
        return None
    columns = [start - (row.start - row.indent) for _, start in row.cells]
    begin = line.start - line.indent
    found = []
    for text, start in line.parts or ((line.text, line.start),):
        column = next((number for number, at in enumerate(columns) if abs(start - begin - at) <= 1), None)
        if column is None or not _fits_cell(text, start - begin, column, columns, row):
            return None
        if column == 0 and not _wraps_first_cell(row.cells[0][0], line):
            return None
        found.append((column, (text, start)))
    return found


def _fits_cell(text: str, at: int, column: int, columns: list[int], row: Line) -> bool:
    """Whether a wrapped piece fits its cell: it ends before the next column starts, or, in
    the last column, is no longer than a cell's line there (twice its text, at most). An
    indented paragraph under the table runs past them."""
    if column + 1 < len(columns):
        return at + len(text) < columns[column + 1]
    return len(text) <= max(2 * len(row.cells[column][0]), 20)


MAX_HEADER_WORDS = 8  # a header row names its columns in a few words; a longer line is prose
MIN_HEADER_CELLS = 2  # one capital opens a heading ("Na het onderzoek"); a second opens a second cell
MIN_SPACED_ROWS = 2  # under the header: a short line over one line is as often a heading over a paragraph


def spaced_rows(lines: list[Line], layout: Layout, taken: set[int]) -> frozenset[int]:
    """The lines of a table whose cells a PDF's reader (pdfplumber, PDFium) or a text browser
    (vilistextum) set one space apart, header row included: no gap parts its cells, so they are
    read as its author broke them, a row to a line. Joined as prose, the rows ran into one
    sentence and the header ("Middel Hoe te gebruiken Let op") stood as a heading. Such a table
    shows as a header row of a few words that opens a capital for every cell (`_header_cells`),
    right under a line its author ended, and two rows or more right under it, each a line its
    author ended too (the first word of the next had room on it, where a margin's wrap leaves
    none), each from a capital with a word for every column, none ending a sentence or a clause.
    Wrapped prose ends its lines where the margin falls; a line that the next goes on in lower
    case is the first of a paragraph under the table, no row. A table stands in the leaflet's
    body, under its first sentence (`_body_start`)."""
    found: set[int] = set()
    index = _body_start(lines)
    while index < len(lines):
        run = _spaced_run(lines, index, layout, taken)
        found.update(run)
        index = run[-1] + 1 if run else index + 1
    return frozenset(found)


def _body_start(lines: list[Line]) -> int:
    """The index of the line under the text's first sentence. A leaflet's cover (its title, a
    subtitle, the practice or hospital, a department, a date) stands above it in short lines
    from capitals, each ended by its author, as a spaced table's header and rows are; a table
    belongs to the body, which opens with prose, and a section's table stands under prose above."""
    return next((index + 1 for index, line in enumerate(lines) if ends_sentence(line.text)), len(lines))


def _spaced_run(lines: list[Line], header: int, layout: Layout, taken: set[int]) -> list[int]:
    """The header row at `header` and the rows under it, or [] where `header` opens no such table."""
    cells = _header_cells(lines[header])
    above = lines[header - 1] if header else None
    if header in taken or cells < MIN_HEADER_CELLS \
            or above is not None and above.text and not layout.had_room(above.text, lines[header].text):
        return []
    run = [header]
    counted = header + 1 < len(lines) and lines[header + 1].text[:1].isdigit()  # rows that open with a number
    for at in range(header + 1, len(lines)):
        if at in taken or lines[at].after_blank or not _row_shaped(lines[at], cells, counted) \
                or not layout.had_room(lines[at - 1].text, lines[at].text):
            break
        run.append(at)
    if len(run) > 1 and _goes_on_lower(lines, run[-1]):
        run.pop()
    return run if len(run) > MIN_SPACED_ROWS else []


def _header_cells(line: Line) -> int:
    """How many cells a header row set one space apart names: one for every word from a capital
    ("Toegang Drukverband Bedrust", "Middel Hoe te gebruiken Let op"), as a column's name opens
    with one; 0 for a line that is no such header (long, a sentence's or a clause's end, an
    item, a row whose gaps already part it, a marked heading). A comma parts no column names:
    it joins the parts of one phrase, as a name and its place ("Afdeling Cardiologie, Rijnland
    Hartcentrum" over contact lines); nor does a colon, which ends a label the rest of the line
    fills: a step's or a part's title ("Stap 1: Voorbereiding voor een injectie") in a list of them."""
    text = line.text
    words = text.split()
    if not text[:1].isupper() or len(words) > MAX_HEADER_WORDS or re.search(r"[.,;:!?]$|[,:] ", text) \
            or line.cells or line.heading_level or is_item_start(text):
        return 0
    return sum(word[:1].isupper() for word in words)


def _row_shaped(line: Line, cells: int, counted: bool = False) -> bool:
    """Whether a line may be a row under a header of `cells` columns: from a capital (from a
    number, in a table whose rows all open with one: `counted`, "3 maanden 6 van de 10 mannen"
    under "Tijd na de operatie Droog (ongeveer)", red team 56), a word or
    more for each column, one of them in lower case (a cell says something; a masthead's or an
    address's lines are names and numbers: "Afdeling Cardiologie Zwolle"), ending no sentence and
    no clause (a comma, a word no phrase ends with), and no date line: that is the leaflet's
    metadata (`is_date_line`), as under a colophon's name and department, no cell of a table."""
    text = line.text
    opens = text[:1].isdigit() if counted else text[:1].isupper()
    return opens and len(text.split()) >= cells and not line.cells and not line.heading_level \
        and any(word[:1].islower() for word in text.split()) and not is_item_start(text) and not is_date_line(text) \
        and not ends_sentence(text) and text[-1] not in ",;:" and last_word(text) not in CONTINUATION_WORDS


def _goes_on_lower(lines: list[Line], index: int) -> bool:
    """Whether the line under `index` goes on its sentence: it stands right under it, in lower case."""
    below = lines[index + 1] if index + 1 < len(lines) else None
    return below is not None and bool(below.text) and not below.after_blank and starts_lower(below.text)
