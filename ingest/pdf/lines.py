"""Pieces of text into lines, in the order the page draws them (`group_lines`).

Lines are runs of pieces on one baseline. A table's row of three or more cells keeps them
apart by two spaces, the mark of columns that cleaning keeps; a table printed from
the web, drawn cell by cell, is read row by row too, each cell's wrapped lines going on in
it (`cell_row`); a row whose full cells leave no wide gap is cut where the rows beside it
have their cells (`aligned_cells`), and so is a row of a box typed with rules and pipes
(`boxed_cells`); a bordered table's cells stand apart by their rules.
A bold heading set in the margin beside its section's first line is a line of its own
(`margin_headings`); a hyphen drawn apart at a line's end stays with its word (`_line_end_hyphen`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ingest.clean.joining import join_hyphenated
from ingest.clean.lines import ends_sentence
from ingest.clean.normalise import minus_as_hyphen, normalise_unicode
from ingest.pdf.bidi import logical_text, mostly_right_to_left
from ingest.pdf.geometry import Fragment, PdfLine
from ingest.pdf.style import ITEM_START, heading_shaped
from ingest.pdf.tables import MIN_TABLE_COLUMNS, aligned_two_cell_rows, continue_cell, table_rows, two_cell_rows

_LETTER_O_BULLET = re.compile(r"^o\s+(?=[^\W\d_])")  # a lower-case "o" typed as a sub-bullet
O_BULLET_EMS = 1.2  # from a sub-bullet's "o" to its item's text at least: a word space is less
WIDE_GAP = 3.0  # ems of blank between two pieces of one baseline that set them apart as cells


def group_lines(fragments: list[Fragment], region: int = 0, table: bool = False) -> list[PdfLine]:
    """Fragments as lines, in the order the page draws them (within one region).

    A line goes on while pieces stay on its baseline and move rightwards; the
    drawing order is kept because it is the reading order of most PDFs, tables
    drawn cell by cell included (sorting by height would interleave the cells).
    A heading set in the margin beside its section's first line is a line of its own.
    """
    rows = drawn_rows(marks_before_items(fragments))
    splits = {} if table else margin_headings(rows)
    parts = [part for number, row in enumerate(rows)
             for part in ((row[:splits[number]], row[splits[number]:]) if number in splits else (row,))]
    lines = aligned_cells(parts, [_line(part, region, table, beside=_cells_beside(parts, number))
                                  for number, part in enumerate(parts)], region, table)
    lines = boxed_cells(parts, lines, region, table)
    aligned, open_rows = (set(), set()) if table else aligned_two_cell_rows(lines)
    if not table:
        aligned |= two_cell_rows(lines)  # cells kept apart
    wide = set() if table else table_rows(lines)
    rows_of_table = set(range(len(lines))) if table else wide | aligned
    columns = [x for number in wide if lines[number].cells >= MIN_TABLE_COLUMNS for x in lines[number].starts]
    out: list[PdfLine] = []
    for number, (part, line) in enumerate(zip(parts, lines)):
        if number not in rows_of_table:
            out.append(line)
        elif out and out[-1].table and line.cells == 1 and (
                out[-1].cells >= MIN_TABLE_COLUMNS and line.x > out[-1].x + 1
                or out[-1].cells == 2 and abs(line.x - out[-1].starts[1]) <= 1):  # a cell's next line
            out[-1] = continue_cell(out[-1], line)
        elif number in open_rows:  # a row of a two-column table whose second cell is empty
            out.append(replace(_line(part, region, True, apart=True), open_cell=True))
        else:
            in_columns = number in wide and all(_at_column(x, columns) for x in line.starts)
            out.append(_line(part, region, True, line.starts[1:], apart=number in aligned or in_columns))
    return out


_BULLET_MARK = re.compile(r"[•●▪◦·‣∙○■□➢►❖✓]")  # a list item's bullet (not a dash: "10 – 12")
MAX_MARK_GAP = 3.0  # ems from a bullet to its item's text at most


def marks_before_items(fragments: list[Fragment]) -> list[Fragment]:
    """The pieces, each bullet drawn apart from its item moved to just before the item's first
    piece, the nearest piece right of it on its baseline. WeasyPrint draws a list's bullets
    after the whole page's text: read in drawing order they stood together under the page's
    last line, the items ran together, and cleaning gave the bullets one each to the lines
    that followed, over the page break ("• Wat kunt u wel en niet eten?")."""
    out = list(fragments)
    for mark in [f for f in fragments if _BULLET_MARK.fullmatch(f.text.strip())]:
        beside = [f for f in out if f is not mark and abs(f.y - mark.y) <= 0.25 * mark.size
                  and mark.x < f.x <= mark.x + MAX_MARK_GAP * mark.size]  # the item's text
        if not beside:
            continue
        item = min(beside, key=lambda f: f.x)
        at = _position(out, mark)
        if at + 1 < len(out) and out[at + 1] is item:
            continue
        out.pop(at)
        out.insert(_position(out, item), mark)
    return out


def _position(fragments: list[Fragment], fragment: Fragment) -> int:
    return next(number for number, other in enumerate(fragments) if other is fragment)


def aligned_cells(parts: list[list[Fragment]], lines: list[PdfLine], region: int, table: bool) -> list[PdfLine]:
    """The lines again, a line beside a table row cut into cells where that row's cells start.

    A table row shows its cells by wide gaps or, printed from the web, by cells drawn one
    after the other (`cell_row`). A row beside it whose text fills its cells leaves gaps
    too narrow to tell ("Normaal eten is toegestaan" / "Alles mag"), but its pieces start
    where the row's cells do; so does the next row's, down the table.
    """
    todo = [(number, line.starts) for number, (part, line) in enumerate(zip(parts, lines))
            if line.cells >= MIN_TABLE_COLUMNS or (line.cells > 1 and _drawn_cell_by_cell(part))
            or line.cells == 2 and len(part) == 2]
    passed: set[tuple[int, tuple[float, ...]]] = set()
    while todo:
        number, starts = todo.pop()
        columns = starts[1:]
        for other in (number - 1, number + 1):
            if not 0 <= other < len(lines):
                continue
            if _column_pieces(parts[other], columns) >= min(2, len(columns)):
                line = _line(parts[other], region, table, columns)
                if line.cells > lines[other].cells:  # cells only grow: this ends
                    lines[other] = line
                    todo.append((other, line.starts))
            elif len(starts) >= MIN_TABLE_COLUMNS and (other, starts) not in passed \
                    and _keeps_to_columns(parts[other], starts):
                passed.add((other, starts))
                line = _line(parts[other], region, table, columns)
                if line.cells > lines[other].cells:
                    lines[other] = line
                todo.append((other, starts))
    return lines


def _keeps_to_columns(part: list[Fragment], starts: tuple[float, ...]) -> bool:
    """Whether a row's cells stand in a table's columns (`starts`), one of them at least after
    the first column: a row whose middle cell is empty ("3 dagen voor het onderzoek" … "Eet
    vezelarm"), whose first cell is ("12.00 uur" under "De dag voor het onderzoek"), or a
    cell's wrapped line. Such rows stand between the table's full rows, and LibreOffice sets
    a schedule's cells a word space apart where they fill their width, too close to tell by
    the gap: the columns go on through them, down the table (red team 64). A line that opens
    at the first column and has one piece at another must stand apart from it by a wide gap:
    a bold word or a link of a paragraph under the table may start where a column does."""
    later = starts[1:]
    cells = [(None, part[0]), *((previous, fragment) for previous, fragment in zip(part, part[1:])
                                if _starts_cell(previous, fragment, later))]
    if not all(_at_column(fragment.x, starts) for _, fragment in cells):
        return False
    inside = [(previous, fragment) for previous, fragment in cells if _at_column(fragment.x, later)]
    if not inside:
        return False
    if _at_column(part[0].x, later) or len(inside) >= 2:  # its first cell empty, or two columns kept
        return True
    return all(previous is not None and _starts_cell(previous, fragment) for previous, fragment in inside)


def _at_column(x: float, columns) -> bool:
    """Whether a piece starting at `x` starts where one of `columns` does (within a point)."""
    return any(abs(x - column) <= 1 for column in columns)


_BOX_RULE = re.compile(r"\+(?:[-=]+\+)+")  # a typed box's rule: "+------+------+"


def boxed_cells(parts: list[list[Fragment]], lines: list[PdfLine], region: int, table: bool) -> list[PdfLine]:
    """The lines again, the rows of a table typed as a box of rules and pipes ("+-----+" over
    "|Vezelrijk  Voorbeelden|") cut into cells where pieces of half its rows or more start.
    Set in proportional type (mandoc's `-T pdf` sets tbl's `box` so) the spaces that align
    its columns in a typewriter's font leave gaps as narrow as a word's, but each column's
    pieces start at one x; cleaning reads the cells by the spacing (`ingest.clean.grids`)."""
    out = list(lines)
    run: list[int] = []
    for number, line in enumerate([*lines, None]):
        text = line.text.strip() if line else ""
        if text.startswith("|") and run or _BOX_RULE.fullmatch(text):
            run.append(number)
            continue
        rows = [row for row in run if lines[row].text.strip().startswith("|")]
        starts = Counter(round(fragment.x) for row in rows for fragment in parts[row][1:])
        columns = tuple(x for x, count in starts.items() if count >= max(2, len(rows) / 2))
        for row in rows if columns else ():
            if _column_pieces(parts[row], columns):
                out[row] = _line(parts[row], region, table, columns, apart=True)
        run = []
    return out


def _column_pieces(part: list[Fragment], columns: tuple[float, ...]) -> int:
    """How many pieces of a row, after its first, start where one of `columns` does: a row
    of the table has a piece in each column (two at least); a line of prose beside it, one
    word in bold at a column's place by chance."""
    return sum(1 for fragment in part[1:] if _at_column(fragment.x, columns))


def _drawn_cell_by_cell(part: list[Fragment]) -> bool:
    """Whether a row's pieces stand on more than one line: a table row drawn cell by cell."""
    return max(f.y for f in part) - min(f.y for f in part) > 0.5 * max(f.size for f in part)


WRAPPED_CELL_LINES = 4  # lines a table cell drawn cell by cell may wrap to


def drawn_rows(fragments: list[Fragment], wrapped_cells: bool = True) -> list[list[Fragment]]:
    """The fragments in rows: pieces on one baseline drawn left to right, and with
    `wrapped_cells` a table row whose cells wrap (see `cell_row`). Such a row is
    kept only beside another row with a piece where its second cell starts; a row of
    its own (labels around a picture) falls apart into its lines again."""
    rows: list[list[Fragment]] = []
    merged: set[int] = set()
    for fragment in fragments:
        if rows:
            head, last = rows[-1][0], rows[-1][-1]
            line = last if len(rows) - 1 in merged else head  # a cell's line, or the row's baseline
            if abs(line.y - fragment.y) <= 0.5 * max(line.size, fragment.size) and fragment.x >= last.x - 1:
                rows[-1].append(fragment)
                continue
            wrapped = cell_row(rows, fragment) if wrapped_cells else None
            if wrapped is not None:
                rows[wrapped:] = [[piece for row in rows[wrapped:] for piece in row] + [fragment]]
                merged = {number for number in merged if number < wrapped} | {wrapped}
                continue
        rows.append([fragment])
    if not merged:
        return rows
    out: list[list[Fragment]] = []
    for number, row in enumerate(rows):
        starts = _cell_starts(row) if number in merged else ()
        beside = [piece.x for n in (number - 1, number + 1) if 0 <= n < len(rows) for piece in rows[n][1:]]
        if number in merged and not (len(starts) > 1 and any(abs(x - starts[1]) <= 1 for x in beside)):
            out.extend(drawn_rows(row, wrapped_cells=False))
        else:
            out.append(row)
    return out


def cell_row(rows: list[list[Fragment]], fragment: Fragment) -> int | None:
    """The index of the earliest of the last rows that `fragment` goes on as a table row
    drawn cell by cell, or None.

    Pages printed from the web draw a table cell by cell: a cell that wraps draws
    its second line before the next cell goes back up, to the row's baseline when the
    cells stand at the top ("Arm boven schouderhoogte" / "heffen", then "Na 6 weken"
    beside the first) or between the lines of the tallest cell when they stand in the
    middle. So a row is read as a run of cells, each a stack of lines at one left edge,
    the next one starting right of all of them and back up (see `_cell_by_cell`).
    """
    found = None
    for back in range(1, min(len(rows), WRAPPED_CELL_LINES + 1) + 1):
        start = len(rows) - back
        if _cell_by_cell([piece for row in rows[start:] for piece in row] + [fragment]):
            found = start
    return found


def _cell_by_cell(pieces: list[Fragment]) -> bool:
    """Whether `pieces`, in drawing order, are one table row of two or more cells drawn cell
    by cell. From one piece to the next, a line goes on along its baseline; or a cell's line
    wraps onto the next line at the cell's left edge and goes on in the words above it (lines
    that start afresh with a capital or a bullet are lines of their own, as in an address:
    "Deutschland" / "Pfizer Pharma GmbH"); or the next cell starts, right of every piece so
    far or past a rule right of where each of them starts (glyph widths are guessed: htmldoc's
    "Hartslag vertragen bij weinig inspanning" seemed to run past its cell's border), and
    higher than the piece before (back up to the row, never above its tallest cell),
    or along the baseline after a wide gap, or after a narrow one where the line's next line
    goes on (cairo sets a tbl table's "Corticosteroïdzalf" a point and a half before "1 keer
    per dag dun smeren, maxi-", and "maal 2 weken" under it). One cell at least must start back up (a side
    heading beside its section's wrapped lines is no such row), and the last piece must be
    a wrapped line or a new cell back up (on one baseline a row is a line). A row whose
    cells a rule sets apart needs no cell back up: its last cell's wrapped line ends it (Typst
    draws "Een verstopte neus" | "Minder dan vier nat-" / "te luiers per dag" so)."""
    head = pieces[0]
    cell_x, right, top, bottom, cells, back_up = head.x, head.end, head.y, head.y, 1, False
    last_start = head.x  # where the rightmost piece so far starts
    ruled = False  # a rule stands between two cells: a bordered table's row
    apart = None  # the x of a piece drawn apart on the line, a narrow gap after the piece before
    for previous, piece in zip(pieces, pieces[1:]):
        size = max(previous.size, piece.size)
        drop = previous.y - piece.y
        if min(previous.size, piece.size) < 0.85 * size:  # a superscript or subscript goes on its line
            drop = 0.0 if abs(drop) <= size else drop
        if abs(drop) <= 0.5 * size and piece.x >= previous.x - 1:
            step = "line"
            apart = piece.x if piece.x > previous.end else apart
            if piece.x - previous.end > WIDE_GAP * piece.size or _ruled_apart(previous, piece):
                cell_x, cells = piece.x, cells + 1  # the next cell, on the same baseline
                ruled = ruled or _ruled_apart(previous, piece)
        elif 0.5 * size < drop <= 2 * size and apart is not None and abs(piece.x - apart) <= 1 < piece.x - cell_x \
                and _goes_on(piece.text):
            step, cell_x, cells = "wrap", piece.x, cells + 1  # the line wraps in a cell begun a narrow gap on
        elif 0.5 * size < drop <= 2 * size and abs(piece.x - cell_x) <= 1 \
                and (_goes_on(piece.text) or _bordered(previous, piece)):
            step = "wrap"
        elif drop < -0.5 * size and (piece.x > right or piece.rule > last_start + 1) \
                and piece.y <= top + WRAPPED_CELL_LINES * size:
            step, cell_x, cells, back_up, apart = "cell", piece.x, cells + 1, True, None
        else:
            return False
        right, top, bottom = max(right, piece.end), max(top, piece.y), min(bottom, piece.y)
        last_start = max(last_start, piece.x)
    span = (WRAPPED_CELL_LINES + 1) * 1.5 * head.size
    return (back_up or ruled and step == "wrap") and step != "line" and top - bottom <= span


def _bordered(above: Fragment, piece: Fragment) -> bool:
    """Whether a line under `above`, at its left edge, stands in the same bordered cell: a
    rule runs down beside both, close to their start; a cell's line may start with a capital
    ("microgram (Ventolin," / "Airomir)") where no border tells a new line from a wrap."""
    return above.rule == piece.rule and piece.x - piece.rule <= piece.size


def _goes_on(text: str) -> bool:
    """Whether a line reads as the wrapped rest of the words above it: it starts in lower
    case, with a number or a bracket, not with a capital or a list item's mark."""
    text = text.lstrip()
    return bool(text) and not text[0].isupper() and not ITEM_START.match(text)


def margin_headings(rows: list[list[Fragment]]) -> dict[int, int]:
    """For each row that begins with a heading set in the margin, where its body text starts.

    Folders set side headings bold in the left margin, on the baseline of their
    section's first line. Such a row is a bold start, a wide gap, then regular text
    in a body column that the next row goes on in; and the margin stays sparse:
    at least as many lines of the body column have nothing beside them as have a
    heading (a table's bold first column labels nearly every row), and where they
    are as many, the line after the heading's row ends a sentence, as a short
    section does (a table whose cells each wrap once ends them mid-phrase: "bij het
    ontbijt / met een glas water").
    """
    candidates = {number: split for number, row in enumerate(rows) if (split := _margin_split(row))}
    chosen: dict[int, int] = {}
    for number, split in candidates.items():
        body_x = rows[number][split].x
        beside = sum(1 for n, s in candidates.items() if abs(rows[n][s].x - body_x) <= 1)
        alone = sum(1 for row in rows if abs(row[0].x - body_x) <= 1)
        following = rows[number + 1] if number + 1 < len(rows) else None
        if following is None or abs(following[0].x - body_x) > 1 or alone < beside:
            continue
        if alone > beside or ends_sentence("".join(fragment.text for fragment in following).strip()):
            chosen[number] = split
    return chosen


def _margin_split(row: list[Fragment]) -> int:
    """The index of the first regular piece after a bold, heading-shaped start and a wide gap, or 0."""
    split = next((number for number, fragment in enumerate(row) if not fragment.bold), 0)
    if split == 0:
        return 0
    head, body = row[:split], row[split]
    text = " ".join("".join(fragment.text for fragment in head).split())
    return split if body.x - head[-1].end > 3 * body.size and heading_shaped(text) else 0


def _line(row: list[Fragment], region: int, table: bool = False, columns: tuple[float, ...] = (),
          beside: tuple[float, ...] = (), apart: bool = False) -> PdfLine:
    """The line of a row of fragments. The cells of a table row of `MIN_TABLE_COLUMNS` or
    more stay apart by two spaces, the mark of columns that cleaning keeps ("Week | Dosis");
    a piece that holds them apart by runs of spaces itself holds as many cells.
    A piece starting at one of `columns`, where the cells of a row beside it start, starts
    a cell too, however narrow the gap before it (see `aligned_cells`); a hyphen at a row's
    end that stands there or at one of `beside` is a cell of its own (see `_cells_beside`)."""
    broken = len(row) > 1 and _line_end_hyphen(row[-2], row[-1]) \
        and not _at_column(row[-1].x, (*columns, *beside))
    new_cell = [number > 0 and _starts_cell(row[number - 1], fragment, columns)
                and not (broken and number == len(row) - 1) for number, fragment in enumerate(row)]
    starts = tuple(fragment.x for number, fragment in enumerate(row) if number == 0 or new_cell[number])
    cells = len(starts)
    ruled = any(new_cell[number] and _ruled_apart(row[number - 1], fragment) for number, fragment in enumerate(row))
    # a bordered table's two cells are as much apart as three: the rule between them says so
    apart = apart or ruled or cells >= MIN_TABLE_COLUMNS
    text = ""
    for number, fragment in enumerate(row):
        gap = _gap(row[number - 1] if number else None, fragment)
        if apart and new_cell[number]:
            text = text.rstrip() + "  "
            fragment = replace(fragment, text=fragment.text.lstrip())
        elif broken and number == len(row) - 1:
            text = text.rstrip()  # the word goes on in the next line: "makke-" over "lijker."
            fragment = replace(fragment, text=fragment.text.lstrip())
        elif text.endswith("\xad") and not new_cell[number]:
            text = text[:-1]  # a word a cell's line breaks with a soft hyphen ("nat\xad" / "te luiers")
        elif number and not new_cell[number] and _wraps_below(row[number - 1], fragment) and re.search(r"\w-$", text):
            # a word a cell's line breaks with a hyphen ("ontstek-" / "ingsremmer"), joined as
            # cleaning joins any line's: "ontstekingsremmer", but "IgA-" / "nefropathie" keeps it
            fragment = replace(fragment, text=fragment.text.lstrip())
            text = text[:-1] + join_hyphenated(text, fragment.text, set())
        elif (gap > fragment.size or new_cell[number] or _marks_item(text, gap, fragment)) and text \
                and not text.endswith(" ") and not fragment.text.startswith(" "):
            text += " "
        text += fragment.text
    weights: Counter[float] = Counter()
    for fragment in row:
        weights[fragment.size] += len(fragment.text.strip())
    bold = all(f.bold for f in row if f.text.strip())
    size = weights.most_common(1)[0][0]
    if _letter_o_bullet(row):
        text = _LETTER_O_BULLET.sub("◦ ", text)
    if cells == 1 and mostly_right_to_left(text):  # drawn as it shows, read right to left
        text = logical_text(row)
    if cells == 1:  # a row typed with spaces in one piece, as an OCR layer or a typewriter sets it
        spaced = len(_SPACED_CELLS.split(text.strip()))
        cells = spaced if spaced >= MIN_TABLE_COLUMNS else 1
    return PdfLine(minus_as_hyphen(normalise_unicode(text)), row[0].x, row[0].y, size, bold, region, cells, table or apart, starts,
                   ruled=ruled, tabbed=_tabbed_label(row))


LABEL_TAB_EMS = 0.6  # blank after a list item's label, beyond a word space (about 0.3 em)


def _tabbed_label(row: list[Fragment]) -> bool:
    """Whether a row opens with a list item's label drawn apart ("- ", "•", "3.") and its
    text stands a tab right of it: the list indents its items' text, so its wrapped lines
    stand there too (pdfme sets "- " at the margin and the text 14 points in), and a line
    back at the label's place is none of the item's."""
    return len(row) > 1 and bool(ITEM_START.fullmatch(row[0].text.strip() + " ")) \
        and row[1].x - row[0].end > LABEL_TAB_EMS * row[0].size


_HYPHEN = re.compile(r"\s*[-\u2010\u2011\u00ad]\s*")
HYPHEN_SLACK = 0.5  # of a piece's guessed width, the gap a hyphen after it may seem to leave


def _wraps_below(previous: Fragment, fragment: Fragment) -> bool:
    """Whether `fragment` goes on a line below `previous` (a cell's wrapped line), not beside it."""
    return previous.y - fragment.y > 0.5 * max(previous.size, fragment.size)


def _line_end_hyphen(previous: Fragment, fragment: Fragment) -> bool:
    """Whether a row's last piece is a hyphen drawn apart from the word it breaks (Typst draws
    it so). Glyph widths are guessed, and a justified line's are stretched, so the hyphen
    seemed a word or even a cell away ("makke -" over "lijker."); it stands on the word's
    baseline, after a letter, no rule between them, and its gap is no more than the guess
    of the word's piece can be out by (`HYPHEN_SLACK`): a dash in a table's last cell stands
    further off."""
    return bool(_HYPHEN.fullmatch(fragment.text)) and previous.text[-1:].isalpha() \
        and abs(previous.y - fragment.y) <= 0.1 * fragment.size and not _ruled_apart(previous, fragment) \
        and 0 <= fragment.x - previous.end <= HYPHEN_SLACK * (previous.end - previous.x)


def _cells_beside(parts: list[list[Fragment]], number: int) -> tuple[float, ...]:
    """Where the cells of the rows above and below row `number` start, after its first: a
    piece after a wide gap, not a hyphen. A table's "-" cell after a long first cell ("Hoofdpijn
    in de eerste weken van de behandeling" / "-") seemed no further off than a hyphen at a
    justified line's end (see `_line_end_hyphen`: glyph widths are guessed) and was glued to
    its word ("behandeling-"); it stands where the next cells of the rows beside it start
    ("vaak", "zelden"). A hyphen at a justified line's end may stand under another, but
    under a word only by chance."""
    return tuple(fragment.x for other in (number - 1, number + 1) if 0 <= other < len(parts)
                 for previous, fragment in zip(parts[other], parts[other][1:])
                 if _starts_cell(previous, fragment) and not _HYPHEN.fullmatch(fragment.text))


def _letter_o_bullet(row: list[Fragment]) -> bool:
    """Whether a row may open with a lower-case "o" typed as a sub-bullet. An "o" drawn as a
    piece of its own is one only with its item's text a tab stop after it (`O_BULLET_EMS`): a
    line's first word "o" (the Italian "or", a word drawn glyph by glyph) is followed one
    space on. In a piece with its item ("o doos patronen") pypdf kept the tab as a space."""
    first = row[0]
    if first.text.strip() != "o":
        return True
    return len(row) > 1 and row[1].x - first.x >= O_BULLET_EMS * first.size


# A list's number or bullet drawn apart from its item, a tab stop away: "1." and "Gebruikt u ..."
# read "1.Gebruikt u ..." in a word processor's PDF, its item unseen by cleaning.
_LIST_MARK = re.compile(r"\s*(?:\d{1,2}[.)]|[a-z][.)]|[•●▪◦‣∙○■□➢►–-])")
_NUMBER_MARK = re.compile(r"\s*\d{1,2}[.)]")  # a numbered item's mark: "1.", "2)"
_OUTLINE_NUMBER = re.compile(r"\s*\d{1,2}(?:\.\d{1,2})*")  # a heading's bare number: "1", "2.3"
OUTLINE_GAP_EMS = 0.3  # blank after a bare number that sets it apart: a word space, guessed widths' error aside


def _marks_item(text: str, gap: float, fragment: Fragment) -> bool:
    """Whether the line so far is a list's mark or a heading's number, set apart from the words
    of its item ("1." and "Gebruikt"), not a number going on ("1." and "5 mg"). A bullet or an
    item's number drawn as a piece of its own is set apart however close its guessed width puts
    it (rst2pdf's " •" from a Courier code, whose leading space pypdf adds and `Fragment.end`
    counts; pdfjs right-aligns "1." in a cell of its own, against "Meet"). A bare number needs a
    word space's gap ("1" a tab before "Wat is rabiës?" in Calligra's outline; "1" and "e" is
    an ordinal), far less than the em of blank that sets words apart elsewhere in a line."""
    mark = text.strip()
    close = gap > -0.5 * fragment.size and bool(_BULLET_MARK.fullmatch(mark) or _NUMBER_MARK.fullmatch(mark))
    listed = (gap > 0 or close) and bool(_LIST_MARK.fullmatch(text))
    outline = gap > OUTLINE_GAP_EMS * fragment.size and bool(_OUTLINE_NUMBER.fullmatch(text))
    return (listed or outline) and fragment.text.lstrip()[:1].isalpha()


_SPACED_CELLS = re.compile(r" {3,}")  # between the cells of a row typed with spaces


def _cell_starts(row: list[Fragment]) -> tuple[float, ...]:
    """Where each cell of a row begins: its first piece, and each piece after a wide gap."""
    return tuple(fragment.x for number, (previous, fragment) in enumerate(zip([None, *row], row))
                 if number == 0 or _starts_cell(previous, fragment))


def _starts_cell(previous: Fragment, fragment: Fragment, columns: tuple[float, ...] = ()) -> bool:
    """Whether `fragment` starts a new cell after `previous`: after a wide gap (or back up,
    see `_gap`), or as a piece of its own where a column of the table starts. Glyph widths
    are guessed, so the gap before a column's piece may seem narrow or even negative."""
    gap = _gap(previous, fragment)
    return gap > WIDE_GAP * fragment.size or _ruled_apart(previous, fragment) or (
        fragment.x > previous.x + 1 and gap > -fragment.size and fragment.size >= 0.85 * previous.size
        and _at_column(fragment.x, columns))  # no superscript after its word


def _ruled_apart(previous: Fragment, fragment: Fragment) -> bool:
    """Whether a vertical rule stands between the starts of two pieces: a bordered table's
    cells, however narrow the gap between them (Word sets them a few points apart). A rule
    that the piece before runs across (`RULE_ACROSS_SHARE` of its guessed width) or that
    only a list's bullet stands left of is a box's side, no cell's: groff's -ms draws a
    box's left side between its items' bullets and their text, and through its first
    words ("Bel dir" | "ect de huisarts als:", cut where groff kerns)."""
    rule = fragment.rule
    return fragment.x > previous.x + 1 and rule > previous.x + 1 \
        and not _BULLET_MARK.fullmatch(previous.text.strip()) \
        and rule - previous.x >= RULE_ACROSS_SHARE * (previous.end - previous.x)


RULE_ACROSS_SHARE = 0.4  # of a piece's guessed width, how far on a cell's border may seem to stand


def _gap(previous: Fragment | None, fragment: Fragment) -> float:
    """The blank before `fragment` in its row. In a row drawn cell by cell (see `cell_row`)
    a piece on a lower line goes on in its cell after a space; a piece back up after one
    has wrapped starts the next cell, however close it stands."""
    if previous is None:
        return 0.0
    apart = 0.5 * max(previous.size, fragment.size)  # as `_cell_by_cell` and baselines tell lines apart
    if min(previous.size, fragment.size) < 0.85 * max(previous.size, fragment.size):
        apart = float("inf")  # a smaller piece set higher or lower is a superscript or subscript
    if fragment.y < previous.y - apart:
        return fragment.size * 1.5
    if fragment.y > previous.y + apart:
        return max(fragment.x - previous.end, (WIDE_GAP + 1) * fragment.size)
    return fragment.x - previous.end
