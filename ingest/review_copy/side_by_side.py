"""A side-by-side diff (GNU `diff -y`, `sdiff`'s output) read as its right column, the new version.

`diff -y` prints each line of the old version at the left and of the new one at the right, the
right column at a fixed offset and a gutter between them marking the line: blank where the two
are the same, `|` changed, `<` only at the left (deleted), `>` only at the right (inserted), `(`
the same line shown at the left only (`--left-column`), `/` and `\\` a changed last line without
its line end. Read as plain text, both columns stood in every passage, joined, and the leaflet's
date was the left, OLD one (red team 53). The new version is the right column, its lines in
order: a common line's copy, a changed or inserted line's right half; a deleted line is none.

Tabs are expanded at stops of 8, as diff sets them (its right column starts at a tab stop). A
long line is cut at the column's width by diff itself: what it cut is lost to any reader.

A text is taken for a side-by-side diff only where it is unmistakably one (`read_side_by_side`):
a gutter column with at least `MIN_MARKS` marks, every other line blank or a common line whose two
halves are the same text, and either `MIN_COMMON` such lines or marks of two kinds (a diff of
changed lines only, `--suppress-common-lines`, read as what it shows); a leaflet's table with a
"|" at a fixed column has prose around it, and that is none of these lines.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_MARKS = "|<>(/\\"
_RIGHT_MARKS = "|>/\\"  # the line's new version stands at the right
_SET_OFF_MARK = re.compile(r"(?<![^ ])[|<>(/\\](?![^ ])")  # a space or the line's edge on both sides
MIN_MARKS = 2
MIN_COMMON = 3
MIN_LINES = 5


@dataclass(frozen=True)
class _Layout:
    """Where the gutter's mark stands and where the right column starts, in expanded columns."""

    gutter: int
    right: int | None


def read_side_by_side(text: str) -> str | None:
    """The right column's lines of a side-by-side diff; None where `text` is no such diff."""
    lines = [line.expandtabs(8) for line in text.rstrip("\n").split("\n")]
    if sum(1 for line in lines if line.strip()) < MIN_LINES:
        return None
    layout = _layout(lines)
    if layout is None:
        return None
    new_lines: list[str] = []
    marks: Counter[str] = Counter()
    common = 0
    for line in lines:
        kind = _kind(line, layout)
        if kind is None:
            return None
        if kind in _MARKS:
            marks[kind] += 1
        elif kind == "=" and line.strip():
            common += 1
        new = _new_line(line, kind, layout)
        if new is not None:
            new_lines.append(new)
    kinds = len(set(marks) & set("|<>"))
    if sum(marks.values()) < MIN_MARKS or (common < MIN_COMMON and kinds < 2):
        return None
    return "\n".join(new_lines) + "\n"


def _layout(lines: list[str]) -> _Layout | None:
    """The gutter at the column where most lines show a mark set off by spaces, the right column
    where the first of the right halves starts."""
    votes = Counter(found.start() for line in lines for found in _SET_OFF_MARK.finditer(line))
    if not votes:
        return None
    gutter, count = votes.most_common(1)[0]
    if count < MIN_MARKS:
        return None
    starts = [len(line) - len(line[gutter + 1:].lstrip(" ")) for line in lines
              if len(line) > gutter + 1 and line[gutter] in _RIGHT_MARKS and line[gutter + 1:].strip()]
    return _Layout(gutter, min(starts) if starts else None)


def _set_off(line: str, column: int) -> bool:
    """Whether the sign at `column` stands alone: a space before it (or the line's start) and a
    space after it (or the line's end)."""
    return (column == 0 or line[column - 1] == " ") and (column + 1 == len(line) or line[column + 1] == " ")


def _kind(line: str, layout: _Layout) -> str | None:
    """The line's mark ("=" a common line, "" a blank one), None where the line fits no diff line."""
    if not line.strip():
        return ""
    sign = line[layout.gutter] if len(line) > layout.gutter else " "
    left = line[:layout.gutter]
    rest = line[layout.gutter + 1:]
    if sign in _MARKS and _set_off(line, layout.gutter):
        if sign in "<(" and rest.strip():
            return None
        if sign == ">" and left.strip():
            return None
        gap = rest[:layout.right - layout.gutter - 1] if layout.right is not None else rest
        if sign in _RIGHT_MARKS and rest.strip() and gap.strip():  # text in the gutter: no diff's
            return None
        return sign
    if sign != " " or layout.right is None or len(line) <= layout.right:
        return None
    between = line[len(left.rstrip()):layout.right]
    same = left.rstrip() == line[layout.right:].rstrip()
    return "=" if same and not between.strip() else None


def _new_line(line: str, kind: str, layout: _Layout) -> str | None:
    """The new version's line that `line` shows, None for a deleted one."""
    if kind == "":
        return ""
    if kind == "<":
        return None
    if kind == "(":
        return line[:layout.gutter].rstrip()
    if layout.right is None:
        return ""
    return line[layout.right:].rstrip()
