"""Tables typed as boxes of rules and pipes ("grid tables"), read one line a row.

Plain text and Markdown type tables as boxes: pandoc's and reStructuredText's grid tables,
the tables psql and MySQL print, tbl's `box` as mandoc and groff set it. Read as prose, the
rules and pipes stand in the text, a cell that wraps is cut over several lines, and the
paragraph after the box runs on from its last rule. A box is a rule ("+-----+-----+",
"+=====+" under a header) and the rows under it, each a line between pipes, up to its last
rule; blank lines may stand among them, as PDF text spaces its lines. Within the box a rule
may end in pipes ("|-----+-----|", as links2 rules its rows under a top rule with "+" at its
corners only); the columns stand where any of its rules has a joint. A box of Unicode's box
characters ("┌──┬──┐", "│"), as ELinks draws a page's table, is read as the same box in ASCII. Each row becomes one
line, its cells apart by `CELL_SEPARATOR` as every table row is, each cell's wrapped lines
joined into it.

A table framed by pipes with no rule above it is read so too: Org's and orgtbl's tables, with
a rule "|----+----|" under the header, and antiword's, with none ("|Leeftijd   |Slaap per nacht |"):
two lines or more of as many pipes, three or more (`_pipe_table_end`). Read as prose, the header,
its rule and the first row ran into one line, and each pipe padded by spaces was a cell of its own.

Which lines make a row: between two rules when the box rules off every row (three groups
of lines or more); the lines of the first group (the header) are one row too. A box that marks
its header with "=" as pandoc does but rules off no body row reads its body a line a row where
every cell of the line is filled (a label printer's or report template's box, red team 52), as
one row of wrapped cells elsewhere (`_wraps`). Elsewhere (psql, MySQL, tbl: one rule, under the header, or
none) each line is a row, unless it goes on with the row above: its first cell is empty, or
every cell starts in lower case under a row with a cell left unfinished (a comma, or a word
no phrase ends with: "Brood en" over "granen"). A spreadsheet's table as csvkit's `csvlook` sets
it is no typed table: its header names columns it had no name for by letters ("b", "c",
`made_up_column`), and each line is a row of the sheet, one with an empty first cell too (a list
item, a table's row under a section's name in column A); those names are no text (red team 44).
"""

from __future__ import annotations

import re

from ingest.clean.joining import join_hyphenated
from ingest.clean.lines import (
    CELL_SEPARATOR, CONTINUATION_WORDS, SPACES, Line, Logical, column_cells, ends_sentence, last_word,
    starts_lower,
)


_RULE = re.compile(r"\+(?:[-=:]+\+)+")
# Inside a box, a rule between rows may end in its uprights: links2 draws its box's rules
# "|-----+-----|" with "+" at the joints only, and its top rule with "+" at the corners only;
# Sphinx's text builder draws its header rule with uprights for joints too ("|=====|=====|");
# a Markdown table kept in plain text pads its rule's dashes ("| --- | :---: |"), or its colons
# mark a column's alignment over a single dash (pptx2md: "| :-: | :-: |").
_RULE_RUN = r"(?:[-=:]+| (?::?-{3,}:?|:-+:?|-+:) )"
_INNER_RULE = re.compile(rf"\|{_RULE_RUN}(?:[+|]{_RULE_RUN})*\|")
# A box drawn with Unicode's box characters (ELinks' and w3m's tables, `tabulate`'s and rich's
# grids: "┌───┬───┐", "│ a │ b │", "╞═══╪═══╡") reads as the same box in ASCII, one character for
# one, so its columns stand where they did: lines as "-" ("=" doubled), uprights as "|", each
# corner and joint as "+".
_JOINTS = "".join(chr(code) for code in [*range(0x250C, 0x254C), *range(0x2552, 0x2571)])
_ASCII_BOX = str.maketrans("─━┄┅┈┉╌╍═│┃┆┇┊┋╎╏║" + _JOINTS, "--------=|||||||||" + "+" * len(_JOINTS))


def _ascii(text: str) -> str:
    return text.translate(_ASCII_BOX)
Cell = tuple[str, int, int]  # a cell's text, its offset in the source, its column in the line


def grid_rows(lines: list[Line]) -> dict[int, Logical | None]:
    """Every line of a grid table: the row that starts at it, or None for a line that is
    none (a rule, a blank, a cell's wrapped line, which its row holds)."""
    found: dict[int, Logical | None] = {}
    index = 0
    while index < len(lines):
        end = _table_end(lines, index) if _is_rule(lines[index]) else _pipe_table_end(lines, index)
        if end is None:
            index += 1
            continue
        found.update(dict.fromkeys(range(index, end + 1)))
        found.update(_rows(lines, index, end))
        index = end + 1
    return found


def _is_rule(line: Line, inner: bool = False) -> bool:
    """Whether a line is a rule: one that can open a box, or with `inner` one within it."""
    text = _ascii(line.text)
    return bool(_RULE.fullmatch(text) or inner and _INNER_RULE.fullmatch(text))


def _is_row(line: Line) -> bool:
    text = _ascii(line.text)
    return len(text) > 1 and text.startswith("|") and text.endswith("|")


def _table_end(lines: list[Line], top: int) -> int | None:
    """The last line of the grid table whose top rule is line `top` (its closing rule, or
    its last row where none closes it), or None when no row stands under the rule."""
    end, rows = None, 0
    for index in range(top + 1, len(lines)):
        line = lines[index]
        if _is_rule(line, inner=True):
            end = index
        elif _is_row(line):
            end, rows = index, rows + 1
        elif line.text:
            break
    return end if rows else None


MIN_PIPES = 3  # a line framed by pipes with one inside: two cells
MIN_PIPE_ROWS = 2  # one framed line may be a box round a sentence


def _pipe_table_end(lines: list[Line], first: int) -> int | None:
    """The last line of a table framed by pipes that opens at line `first` with no rule
    above it, or None: lines framed by pipes, each with as many, `MIN_PIPES` or more, with
    rules among them ("|----+----|", `_INNER_RULE`) and blank lines as PDF text spaces them;
    `MIN_PIPE_ROWS` of them or more. The line above is no such row (the table opens here)."""
    pipes = _pipes(lines[first])
    if pipes < MIN_PIPES or first and _pipes(lines[first - 1]) == pipes:
        return None
    end, rows = None, 0
    for index in range(first, len(lines)):
        line = lines[index]
        if _is_rule(line, inner=True):
            end = index
        elif _pipes(line) == pipes:
            end, rows = index, rows + 1
        elif line.text:
            break
    return end if rows >= MIN_PIPE_ROWS else None


def _pipes(line: Line) -> int:
    """How many pipes a line framed by pipes holds; 0 for any other line."""
    return _ascii(line.text).count("|") if _is_row(line) else 0


def _rows(lines: list[Line], top: int, end: int) -> dict[int, Logical]:
    """The rows of the grid table on lines `top` (its top rule, or its first row where no
    rule opens it) to `end`, each by the line it starts at."""
    rules = [index for index in range(top, end + 1) if _is_rule(lines[index], inner=True)]
    joints = sorted({at for index in rules for at, char in enumerate(_ascii(lines[index].raw)) if char == "+"})
    groups: list[list[int]] = [[]]
    for index in range(top, end + 1):
        if index in rules:
            groups.append([])
        elif _is_row(lines[index]):
            groups[-1].append(index)
    groups = [group for group in groups if group]
    equals = any("=" in _ascii(lines[index].text) for index in rules)
    lined_body = equals and len(groups) == 2  # "=" under the header, no rule between body rows
    ruled = len(groups) > 2 or equals and not lined_body
    headed = top in rules or len(groups) > 1  # the first group is a header: a rule stands under it
    sheet = headed and is_sheet_header([text for text, _, _ in _cells(lines[groups[0][0]], joints)])
    rows: dict[int, list[list[Cell]]] = {}
    for number, group in enumerate(groups):
        current: list[list[Cell]] | None = None
        for index in group:
            cells = _cells(lines[index], joints)
            if sheet and number == 0:
                cells = [("", at, column) if made_up_column(place, text) else (text, at, column)
                         for place, (text, at, column) in enumerate(cells)]
            # a sheet's row of empty cells starts no row that a line could go on with
            whole = bool(current) and (ruled or number == 0 and headed)
            goes_on = bool(current) and (_wraps(current, cells) if lined_body else _goes_on(current, cells))
            if not sheet and (whole or goes_on):
                _place(current, cells)
            else:  # a sheet's row is its filled cells: a row of one is a line of text
                current = [[cell] for cell in cells if cell[0] or not sheet]
                rows[index] = current
    out = {}
    for index, columns in rows.items():
        logical = row_line(columns)
        if logical is not None:
            out[index] = logical
    return out


def made_up_column(index: int, name: str) -> bool:
    """Whether `name` is the one csvkit (agate) gives column `index` where the sheet has none:
    "a" … "z", then "aa", "bb", …"""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return name == letters[index % len(letters)] * (index // len(letters) + 1)


def is_sheet_header(names: list[str]) -> bool:
    """Whether a table's header is csvlook's of a sheet: a column past the first, or every one,
    named by csvkit's made-up name. A typed table's header names its columns in words."""
    made_up = [made_up_column(index, name) for index, name in enumerate(names)]
    return len(names) >= 2 and (any(made_up[1:]) or all(made_up))


def _cells(line: Line, joints: list[int]) -> list[Cell]:
    """A row line's cells: between the pipes that stand where the top rule's joints do
    (a pipe elsewhere is a cell's own text), or between any pipes, or, in a box with no
    inner rules (tbl's `box`), apart by wide spacing (see `column_cells`)."""
    raw, base = (_ascii(line.raw).rstrip(), line.start - line.indent) if "|" in _ascii(line.raw) \
        else (_ascii(line.text), line.start)
    left, right = raw.index("|"), len(raw) - 1
    inner = [at for at in joints if left < at < right and raw[at] == "|"]
    bounds = inner or [at for at in range(left + 1, right) if raw[at] == "|"]
    if bounds:
        edges = [left, *bounds, right]
        return [_cell(raw[a + 1:b], a + 1, base) for a, b in zip(edges, edges[1:])]
    text = raw[left + 1:right].rstrip()  # a gap right after the pipe: the first cell is empty
    spaced = column_cells(text, gaps=1) or ((text, 0),)
    return [_cell(piece, left + 1 + at, base) for piece, at in spaced]


def _cell(text: str, column: int, base: int) -> Cell:
    """A cell's collapsed text with its source offset and its column in the line."""
    lead = len(text) - len(text.lstrip())
    return SPACES.sub(" ", text.strip()), base + column + lead, column + lead


def _place(columns: list[list[Cell]], cells: list[Cell]) -> None:
    """Add a wrapped line's cells to the row's columns: one each where the line has as many
    cells as the row, else each to the column it stands under."""
    for number, cell in enumerate(cells):
        if len(cells) != len(columns):
            number = max(n for n, column in enumerate(columns) if n == 0 or column[0][2] <= cell[2] + 1)
        if cell[0]:
            columns[number].append(cell)


def _goes_on(columns: list[list[Cell]], cells: list[Cell]) -> bool:
    """Whether a line of a box that makes each line a row goes on with the row above: its
    first cell is empty, or its cells start in lower case under an unfinished cell."""
    texts = [text for text, _, _ in cells if text]
    if not texts:
        return True
    first = cells[0][0] == "" or len(cells) != len(columns) and cells[0][2] > columns[0][0][2] + 1
    lower = all(text[0].islower() for text in texts)
    return first or lower and any(_unfinished(column[-1][0]) for column in columns)


def _wraps(columns: list[list[Cell]], cells: list[Cell]) -> bool:
    """Whether a body line of a box with "=" under its header and no rule between its body rows
    goes on with the row above. reStructuredText and pandoc read such a body as one row of
    wrapped cells; a label printer's or report template's box (PrettyTable's look with pandoc's
    header rule) writes a row a line. A line that fills every cell, not all in lower case
    ("| 8 tot 12 kilo | 240 mg | maximaal 3 keer |"), is a row of its own; one with an empty cell,
    or that only runs on in lower case, is a wrapped line of the row above."""
    texts = [text for text, _, _ in cells]
    return len(cells) != len(columns) or not all(texts) or all(text[0].islower() for text in texts)


def _unfinished(text: str) -> bool:
    return bool(text) and not ends_sentence(text) and (text.endswith(",") or last_word(text) in CONTINUATION_WORDS)


def _broken(line: str, following: str) -> bool:
    """Whether a cell's line ends in a word that its next line goes on with ("Mechanische
    hartklep (mitralis-" over "klep of twee kunstkleppen)")."""
    return bool(re.search(r"[^\W\d_]-$", line)) and starts_lower(following)


def row_line(columns: list[list[Cell]]) -> Logical | None:
    """A row as one logical line, its cells apart by " | ", a cell's wrapped lines joined, a
    word broken over two of them whole again (`join_hyphenated`, as in running text); None
    when every cell is empty."""
    if not any(text for column in columns for text, _, _ in column):
        return None
    pieces: list[tuple[str, int]] = []
    for number, column in enumerate(columns):
        if number and pieces:
            text, start = pieces[-1]
            pieces[-1] = (text + CELL_SEPARATOR, start)
        for place, (text, start, _) in enumerate(column):
            if text and place and pieces and _broken(pieces[-1][0], text):
                glue = join_hyphenated(pieces[-1][0], text, set())  # "(mitralis-" over "klep": one word
                if glue == "":
                    pieces[-1] = (pieces[-1][0][:-1], pieces[-1][1])
                pieces.append((text, start) if glue in ("", "-") else (" " + text, start - 1))
            elif text:
                pieces.append((" " + text, start - 1) if place else (text, start))
    text, start = pieces[-1]
    return Logical(pieces, "row", last=Line(text, start))
