"""Text rows as pdf.js-extract's recipe writes them: a row's text items joined by " | ".

pdf.js-extract's README recipe "Extract All Pages as Text Rows" groups a page's text items by
their height on the page and prints each group as one line, the items joined by " | " (red team
48). An item is a run of text as the PDF drew it: a block's first line opens with an empty item
(so the line opens " | "), a space drawn between two runs on one line is an item of its own (so
"Home |   | Contact"), a ligature is one ("fi | le:///"), and text of another column at the same
height is the next item ("Uw afweersysteem | interessant", an aside beside the article). Read
as it stood, every line opened with "|", no line read as a heading, and the aside's words stood
inside the article's sentences.

A row is read back as text: runs a drawn space parted stand a wide gap apart, as a line set out
in columns (a table's cells, a menu's items: `ingest.clean` reads aligned rows as a table); a
ligature joins the word it was cut from; a short run glued to the row's text with no space
between is another column's (a word or two of an aside) and leaves the line, as furniture; a
longer one stays after " | " (a page title's own "Page | Site").

Blocks side by side interleave their rows: a block's first row opens with the empty item, its
further rows do not. A short first row (a word or two) whose next row goes on a long line is
another column's item set between the lines of a paragraph ("Pigmentvlekken", an aside's link):
it leaves the text, as furniture. Two short first rows followed by two short further rows are two
blocks whose lines alternate (a button "Maak een / afspraak" beside the page's heading "Tatoeage
laten verwijderen met / laser"): each block's lines are joined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.clean.lines import ends_sentence

_ITEM_SEPARATOR = " | "
_LIGATURE = re.compile(r"ff|fi|fl|ffi|ffl|ft|st")  # a glyph of two or three letters, drawn as one item
MIN_ROW_SHARE = 0.3  # of a text's filled lines that open with the empty item, for the text to be rows
MAX_CLOSED_SHARE = 0.1  # of its lines that end in "|": a Markdown table's rows open and close with one
MAX_INTERLEAVED_WORDS = 5  # a line of a narrow block (a button, a heading) beside another
LONG_LINE_FACTOR = 3  # a paragraph's line is this many times longer than an aside's item of a word or two
MAX_COLUMN_FRAGMENT_WORDS = 2  # another column's run glued to a row: a word or two of an aside
_GAP = "   "  # between runs a drawn space parted: a wide gap, as plain text sets out columns


@dataclass(frozen=True)
class TextRows:
    """The text read back from its rows, and the other column's runs cut from them."""

    text: str
    furniture: tuple[str, ...]


def is_text_rows(text: str) -> bool:
    """Whether `text` is written as pdf.js-extract's rows: many lines open with the empty item's
    separator ("| Hoe werkt het?") and hardly any closes with one (a Markdown table's rows do)."""
    filled = [line.strip(" \t\f") for line in text.split("\n") if line.strip(" \t\f")]
    opened = sum(1 for line in filled if line.startswith("| ") or line == "|")
    closed = sum(1 for line in filled if line.endswith(" |") or line.endswith("|") and len(line) > 1)
    return len(filled) >= 3 and opened >= MIN_ROW_SHARE * len(filled) and closed <= MAX_CLOSED_SHARE * len(filled)


def read_text_rows(text: str) -> TextRows | None:
    """`text` with each row read back as a line (see the module's docstring); None where the
    text is not written as rows."""
    if not is_text_rows(text):
        return None
    furniture: list[str] = []
    rows: list[_Row] = []
    for line in text.split("\n"):
        row, cut = _row_text(line)
        rows.append(_Row(row, line.strip(" \t\f").startswith("| ")))
        furniture += cut
    rows, items = _without_interjected_items(_untangled(rows))
    return TextRows("\n".join(row.text for row in rows), (*furniture, *items))


@dataclass(frozen=True)
class _Row:
    text: str
    opens_block: bool  # the row opens with the empty item: a block's first line

    @property
    def words(self) -> int:
        return len(self.text.split())


def _untangled(rows: list[_Row]) -> list[_Row]:
    """The rows with two blocks whose short lines alternate (first, first, further, further)
    put together, each block's two lines joined into one (a heading, a button) and a blank row between them."""
    out, index = [], 0
    while index < len(rows):
        group = rows[index:index + 5]
        if len(group) >= 4 and _interleaved(group):
            first, second, third, fourth = group[:4]
            out += [_Row(f"{first.text} {third.text.strip()}", True), _Row("", False),
                    _Row(f"{second.text} {fourth.text.strip()}", True)]
            index += 4
            continue
        out.append(rows[index])
        index += 1
    return out


def _interleaved(group: list[_Row]) -> bool:
    """Whether the group's first four rows are two short blocks' lines alternating, the row after
    them (if any) opening a block of its own."""
    four = group[:4]
    return [row.opens_block for row in four] == [True, True, False, False] \
        and all(0 < row.words <= MAX_INTERLEAVED_WORDS and _GAP not in row.text for row in four) \
        and not any(ends_sentence(row.text) for row in four[:2]) \
        and (len(group) < 5 or group[4].opens_block or not group[4].text.strip())


def _without_interjected_items(rows: list[_Row]) -> tuple[list[_Row], list[str]]:
    """The rows without another column's items set between a paragraph's lines (a block's
    first row of a word or two, under a line of a block and over a much longer further row),
    and those items."""
    kept, items = [], []
    for index, row in enumerate(rows):
        above = rows[index - 1] if index else None
        below = rows[index + 1] if index + 1 < len(rows) else None
        if row.opens_block and 0 < row.words <= MAX_COLUMN_FRAGMENT_WORDS and _GAP not in row.text \
                and above is not None and above.text.strip() and not above.text.startswith("\f") \
                and below is not None and not below.opens_block \
                and below.words >= LONG_LINE_FACTOR * row.words + 2:
            items.append(row.text.strip(" \f"))
            continue
        kept.append(row)
    return kept, items


def _row_text(line: str) -> tuple[str, list[str]]:
    """A row's line read back, and the other column's runs cut from it."""
    stripped = line.strip(" \t\f")
    lead = "\f" * line[:len(line) - len(line.lstrip(" \t\f"))].count("\f")  # a page break stays
    if _ITEM_SEPARATOR.strip() not in stripped:
        return line, []
    items = (" " + stripped if stripped.startswith("| ") else stripped).split(_ITEM_SEPARATOR)
    runs: list[list[str]] = [[]]  # runs a drawn space parted, each of items that touch
    for item in items:
        if not item.strip():
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append(item.strip())
    cut: list[str] = []
    return lead + _GAP.join(_touching(run, cut) for run in runs if run), cut


def _touching(items: list[str], cut: list[str]) -> str:
    """Items with no space drawn between them as one run's text: a ligature joins the next
    item's word; a short item after the first is another column's, added to `cut`; a longer one
    stays after " | "."""
    text = items[0]
    for item in items[1:]:
        if _LIGATURE.fullmatch(text.split(" ")[-1]) and item[:1].islower():
            text += item
        elif len(item.split()) <= MAX_COLUMN_FRAGMENT_WORDS:
            cut.append(item)
        else:
            text += _ITEM_SEPARATOR + item
    return text
