"""Logical lines grouped into paragraphs, lists and headings, and laid out as the result.

The result is a `CleanText`: blocks (paragraphs, lists, marked headings) separated by one
blank line, list items on their own lines, and a map from every character back to the
source text so that PDF pages can be cited.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Literal

from ingest.clean.lines import NUMBERED, Logical, ends_sentence, starts_lower
from ingest.dates import is_date_line


@dataclass(frozen=True)
class Block:
    """A paragraph, a list, or a heading the markup marks, in the cleaned text.

    `start`/`end` is its [start, end) span in `CleanText.text`; list items are
    its `lines`. `level` is the heading level for marked headings, else 0. `underline` is
    how plain text underlined a line of its own (1 for "=====", 2 for "-----", else 0):
    not a marked heading, but a rank that the shape of lines alone cannot tell.
    """

    kind: Literal["paragraph", "list", "heading"]
    start: int
    end: int
    lines: tuple[str, ...]
    level: int = 0
    underline: int = 0

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass(frozen=True)
class CleanText:
    """Cleaned text, its blocks, and where each piece came from in the source.

    `origins` holds (clean offset, source offset) pairs, sorted, one per piece of
    source text that was copied; `page_starts` are the source's page offsets and
    `first_page` the number cited for the first of them.
    """

    text: str
    blocks: tuple[Block, ...]
    origins: tuple[tuple[int, int], ...] = ()
    page_starts: tuple[int, ...] = ()
    first_page: int = 1

    def source_offset(self, index: int) -> int:
        """Offset in the (normalised) source text of cleaned character `index`."""
        if not self.origins:
            return index
        position = bisect_right(self.origins, (index, float("inf"))) - 1
        clean_at, source_at = self.origins[max(position, 0)]
        return source_at + max(index - clean_at, 0)

    def pages(self, start: int, end: int) -> tuple[int, ...]:
        """Every page (as cited: from `first_page` on) that characters [start, end) come from."""
        if not self.page_starts or end <= start:
            return ()
        offsets = [self.source_offset(start), self.source_offset(end - 1)]
        offsets += [src for at, src in self.origins if start <= at < end]
        found = {bisect_right(self.page_starts, offset) for offset in offsets}
        shift = self.first_page - 1
        return tuple(range(min(found) + shift, max(found) + shift + 1)) if found else ()

    def page_at(self, index: int) -> int:
        """The page (as cited) that cleaned character `index` comes from; 0 when unpaged."""
        if not self.page_starts:
            return 0
        return bisect_right(self.page_starts, self.source_offset(index)) + self.first_page - 1

    def page_offsets(self, start: int, end: int) -> tuple[int, ...]:
        """For each page of `pages(start, end)`, where its text begins, counted from `start`
        (the first is 0; a page with no text of its own shares the next one's offset)."""
        pages = self.pages(start, end)
        return tuple(0 if n == 0 else bisect_left(range(start, end), page, key=self.page_at)
                     for n, page in enumerate(pages))


@dataclass
class _RawBlock:
    kind: Literal["paragraph", "list", "heading"]
    items: list[Logical] = field(default_factory=list)
    level: int = 0


def group_blocks(logical: list[Logical]) -> list[_RawBlock]:
    """Group logical lines into paragraphs, lists and marked headings.

    Consecutive items form one list. A line starting lower-case after a list
    intro (":"), a list item or an unfinished line is an unmarked list item, as in
    "Je merkt dat aan:" followed by "darmkrampen", "diarree". A numbered line
    starting with a capital that no intro announces may be a heading
    ("1. Wat is Enbrel?"), so it stays a paragraph of its own, unless it goes on
    from the number before it: "2." right after "1." makes both steps of one list.
    """
    blocks: list[_RawBlock] = []
    for line in logical:
        previous = blocks[-1] if blocks else None
        if line.kind == "heading":
            blocks.append(_RawBlock("heading", [line], line.level))
        elif line.kind == "row":
            if previous and _is_table(previous):
                previous.items.append(line)
            else:
                blocks.append(_RawBlock("list", [line]))
        elif previous and previous.kind == "paragraph" and _continues_numbering(line, previous):
            previous.kind = "list"
            previous.items.append(line)
        elif _is_list_item(line, previous):
            if previous and previous.kind == "list" and not _is_table(previous):
                previous.items.append(line)
            else:
                blocks.append(_RawBlock("list", [line]))
        else:
            blocks.append(_RawBlock("paragraph", [line]))
    return blocks


def _is_table(block: _RawBlock) -> bool:
    """Whether a block holds the rows of a table: a list of rows, one per line."""
    return block.kind == "list" and block.items[-1].kind == "row"


def _is_list_item(line: Logical, previous: _RawBlock | None) -> bool:
    text = line.text
    if previous is not None and _is_table(previous):  # a bulleted list may follow, in a list of its own
        return line.kind == "item" and not _numbered_title(text)
    after_intro = previous is not None and previous.kind != "heading" and (
        previous.kind == "list"
        or previous.items[-1].text.endswith(":")
        or not ends_sentence(previous.items[-1].text)
    )
    if line.kind == "item":
        return not _numbered_title(text) or _continues_numbering(line, previous) or (
            previous is not None and previous.kind != "heading" and previous.items[-1].text.endswith(":"))
    return starts_lower(text) and after_intro and not is_date_line(text)  # "versie: juni 2019" is no item


def _numbered_title(text: str) -> bool:
    """Whether a line is numbered and goes on with a capital ("1. Wat is Enbrel?"): a
    heading, or a step."""
    match = NUMBERED.match(text)
    return bool(match) and text[match.end():][:1].isupper()


def _number(text: str) -> int | None:
    """The number a numbered line starts with ("3. Na 6 weken" gives 3), else None."""
    match = NUMBERED.match(text)
    return int(match.group(1)) if match else None


def _continues_numbering(line: Logical, previous: _RawBlock | None) -> bool:
    """Whether a numbered line takes up the numbering of the block before it: the next
    number, or "1." again after "1." (Markdown lets every item say "1."). A numbered
    heading after a bullet list ("3. Na 6 weken" under "2.2 Wat mag u niet?"), or one that
    repeats the list's last number ("2. Spuiten" after steps 1 and 2), does not."""
    number = _number(line.text)
    if number is None or previous is None or previous.kind == "heading":
        return False
    numbers = [n for n in (_number(item.text) for item in previous.items) if n is not None]
    return bool(numbers) and (numbers[-1] == number - 1 or numbers[-1] == number == 1)


def render(blocks: list[_RawBlock], page_starts: tuple[int, ...] = (), first_page: int = 1) -> CleanText:
    """Lay blocks out as text: one blank line between blocks, items one per line."""
    parts: list[str] = []
    origins: list[tuple[int, int]] = []
    placed: list[Block] = []
    at = 0
    for number, block in enumerate(blocks):
        if number:
            parts.append("\n\n")
            at += 2
        start = at
        for index, item in enumerate(block.items):
            if index:
                parts.append("\n")
                at += 1
            for piece, source in item.pieces:
                origins.append((at, source))
                parts.append(piece)
                at += len(piece)
        lines = tuple(item.text for item in block.items)
        last = block.items[0].last if len(block.items) == 1 else None
        underline = last.underline if block.kind == "paragraph" and last is not None else 0
        placed.append(Block(block.kind, start, at, lines, block.level, underline))
    return CleanText("".join(parts), tuple(placed), tuple(origins), page_starts, first_page)
