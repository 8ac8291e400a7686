"""Fenced code blocks of Markdown, found once, as CommonMark finds them.

Several readers need them: the HTML-in-Markdown rewrite and the cleaner keep a block's lines as
they are (an ASCII table, an address), and a block of a program's code is left out altogether
(`code_blocks`). One reading of the fences keeps them agreeing on where a block opens and ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A fence's opening line: its backticks or tildes, and the info string after them.
_FENCE_OPEN = re.compile(r" {0,3}(?P<fence>`{3,}|~{3,})(?P<info>.*)")


@dataclass(frozen=True)
class FencedBlock:
    """A fenced block's first and last line numbers (fences included) and its info string."""

    first: int
    last: int
    info: str


def fenced_blocks(lines: list[str]) -> list[FencedBlock]:
    """The fenced blocks of Markdown `lines`. A fence closes at a line of only the same
    character, at least as many of it; a block never closed runs to the end; a backtick fence
    whose info string holds a backtick opens none (it is inline code), as CommonMark reads it."""
    blocks: list[FencedBlock] = []
    fence, first, info = "", 0, ""
    for number, line in enumerate(lines):
        mark = _FENCE_OPEN.match(line)
        if not fence:
            if mark and not ("`" in mark.group("fence") and "`" in mark.group("info")):
                fence, first, info = mark.group("fence"), number, mark.group("info")
            continue
        if mark and mark.group("fence")[0] == fence[0] and len(mark.group("fence")) >= len(fence) \
                and not mark.group("info").strip():
            blocks.append(FencedBlock(first, number, info))
            fence = ""
    if fence:
        blocks.append(FencedBlock(first, len(lines) - 1, info))
    return blocks


def fenced_lines(lines: list[str]) -> set[int]:
    """The numbers of the lines of fenced blocks, fences included."""
    return {number for block in fenced_blocks(lines) for number in range(block.first, block.last + 1)}
