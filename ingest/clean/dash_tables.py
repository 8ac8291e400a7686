"""Pandoc's simple and multiline tables: columns set by spaces, ruled with dashes.

Pandoc's Markdown writer sets a table without pipes: a header line over a rule of dashes,
one run a column ("------------ ----------------"), and the rows under it, aligned by spaces;
a table whose cells wrap (a multiline table) is ruled with dashes above and below too, its
rows apart by blank lines. Markdown's own rules read such a table as one paragraph, its rows
run together. Here the rule's runs of dashes give the columns: each word belongs to the
column it stands under, and each row becomes one line, its cells apart by `CELL_SEPARATOR`
as every table row is, a multiline row's lines joined cell by cell.
"""

from __future__ import annotations

import re

from ingest.clean.lines import CELL_SEPARATOR, Line, Logical


_COLUMN_RULE = re.compile(r"[ \t]*-{2,}(?:[ \t]+-{2,})+[ \t]*")  # one run of dashes a column
_FULL_RULE = re.compile(r"[ \t]*-{3,}[ \t]*")  # a multiline table's rule above and below
_Column = tuple[int, int]  # where a column's run of dashes starts and ends in the line


def dash_table_rows(lines: list[Line]) -> dict[int, Logical | None]:
    """Every line of a table ruled with dashes: the row that starts at it, or None for a
    line that is none (a rule, a blank, a multiline row's further lines)."""
    found: dict[int, Logical | None] = {}
    for index, line in enumerate(lines):
        if index not in found and _COLUMN_RULE.fullmatch(line.raw):
            found.update(_table(lines, index))
    return found


def _table(lines: list[Line], rule: int) -> dict[int, Logical | None]:
    """The lines of the table whose column rule is line `rule`, or {} when it is none: a
    header of one line over the rule (a simple table), of one line or more under a rule of
    its own (a multiline table), or no header, the rule opening the table; the rows end at
    a blank line in a simple table, at the closing rule in the others."""
    columns = [match.span() for match in re.finditer(r"-+", lines[rule].raw)]
    header = rule
    while header > 0 and lines[header - 1].text and not _is_rule(lines[header - 1]):
        header -= 1
    top = header - 1 if header > 0 and _FULL_RULE.fullmatch(lines[header - 1].raw) else None
    if top is not None and top > 0 and lines[top - 1].text:
        return {}  # a heading's underline, not a table's rule
    if top is None and rule - header > 1:
        return {}
    end = _closing_rule(lines, rule) if top is not None or header == rule else None
    if end is None and (top is not None or header == rule):
        return {}
    stop = end if end is not None else next((at for at in range(rule + 1, len(lines)) if not lines[at].text),
                                             len(lines))
    body = range(rule + 1, stop)
    multiline = top is not None or any(not lines[at].text for at in body)
    groups = _groups(lines, body) if multiline else [[at] for at in body if lines[at].text]
    if not groups:
        return {}
    if header < rule:
        groups.insert(0, list(range(header, rule)))
    found: dict[int, Logical | None] = dict.fromkeys(range(top if top is not None else header,
                                                           (end if end is not None else stop - 1) + 1))
    for group in groups:
        found[group[0]] = _row([lines[at] for at in group], columns)
    return found


def _is_rule(line: Line) -> bool:
    return bool(_COLUMN_RULE.fullmatch(line.raw) or _FULL_RULE.fullmatch(line.raw))


def _closing_rule(lines: list[Line], rule: int) -> int | None:
    """The line of the rule that closes a table opened at line `rule`, or None: a table's
    rows hold no heading, and two blank lines end it."""
    for at in range(rule + 1, len(lines)):
        if _is_rule(lines[at]):
            return at if at > rule + 1 else None
        if lines[at].text.startswith("#") or not lines[at].text and at > rule + 1 and not lines[at - 1].text:
            return None
    return None


def _groups(lines: list[Line], body: range) -> list[list[int]]:
    """The lines of a multiline table's rows: each row a run of lines, blank lines between."""
    groups: list[list[int]] = []
    for at in body:
        if lines[at].text and groups and lines[at - 1].text:
            groups[-1].append(at)
        elif lines[at].text:
            groups.append([at])
    return groups


def _row(lines: list[Line], columns: list[_Column]) -> Logical | None:
    """One row, its lines' words each put in the column it stands under, as one line."""
    cells: list[list[tuple[str, int]]] = [[] for _ in columns]
    for line in lines:
        base = line.start - line.indent
        words: dict[int, list[re.Match[str]]] = {}
        for word in re.finditer(r"\S+", line.raw):
            words.setdefault(_column_of(word.span(), columns), []).append(word)
        for number, found in words.items():
            text = " ".join(word.group() for word in found)
            cells[number].append((text if not cells[number] else " " + text, base + found[0].start()))
    while cells and not cells[-1]:
        cells.pop()
    pieces: list[tuple[str, int]] = []
    for cell in cells:  # an empty cell stands between its neighbours' separators
        if pieces:
            pieces[-1] = (pieces[-1][0] + CELL_SEPARATOR, pieces[-1][1])
        pieces += cell
    return Logical(pieces, "row", last=Line(pieces[-1][0], pieces[-1][1])) if pieces else None


def _column_of(span: tuple[int, int], columns: list[_Column]) -> int:
    """The column a word stands under: the one its span overlaps most, else the nearest."""
    def overlap(column: _Column) -> int:
        return min(span[1], column[1]) - max(span[0], column[0])

    return max(range(len(columns)), key=lambda number: overlap(columns[number]))
