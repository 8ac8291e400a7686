"""Markdown kept as a `.txt`: told by its signs, so it is read as the Markdown it is.

A leaflet typed in Markdown is often saved or sent as `.txt` (a note app's export, a text
editor's default, a mail attachment). Read as plain text, its marks became words: "# Ziekte
van Lyme" stood as a passage, the title was the file's name and "## Behandeling" no heading.
Its signs are unmistakable together: headings opened by "#", links written
`[tekst](adres)`, `**vet**`, a pipe table's rule row (`| --- | --- |`), a fence of backticks.

A plain text shows at most one kind by chance, and a heading sign is counted only where
Markdown would read one: a "#" line followed by a blank line or by text that does not open
with the same mark, so a box typed with "##" as its margin on every line
(`ingest/clean/plain.py`, `without_box_frames`) is no Markdown.

Markdown needs no blank line before a "#" heading, and a notebook's Markdown cells as a viewer
prints them (nbmanips' `nb show`) set each section's heading right under the last line of the
section before (red team 47). Such a heading counts where the file has `MIN_HEADINGS_UNSPACED`
of them: a plain text's own "#" line ("# 1 tablet", a hashtag has no blank after its "#") is rare
and alone, a leaflet's section headings many.
"""

from __future__ import annotations

import re

_ATX = re.compile(r" {0,3}(#{1,6})[ \t]+\S")  # "## Behandeling"
_LINK = re.compile(r"(?<!!)\[[^\[\]\n]{1,1000}\]\((?:https?://|mailto:|www\.|/|\.{0,2}/|#)[^)\s]{0,2000}\)")
_STRONG = re.compile(r"(?<![\w*])\*\*(?=\S)[^*\n]+(?<=\S)\*\*(?![\w*])")
_TABLE_RULE = re.compile(r" {0,3}\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*")
_FENCE = re.compile(r" {0,3}```")
# A rendering of Markdown for a terminal (lowdown's `-tterm`) keeps its "#" headings at the margin
# and indents all its text as far as Markdown's code blocks or further: a layout no typed text has.
_BODY_INDENT = re.compile(r" {4,}\S")
MAX_OUTDENTED_SHARE = 0.2  # of the lines of text, no "#" heading, at the margin there: its titles
# A heading sign needs this many headings: one "#" line may be a plain text's own mark.
MIN_HEADINGS = 2
# Kinds of sign a file needs, the headings counting as one kind ...
MIN_SIGNS = 2
# ... or this many headings alone: a leaflet of headings, paragraphs and "- " lists.
MIN_HEADINGS_ALONE = 3
# ... or this many headings where none need a blank line before them (see above).
MIN_HEADINGS_UNSPACED = 4


def is_markdown(text: str) -> bool:
    """Whether a text file's `text` is Markdown: `MIN_SIGNS` kinds of sign (as in
    `markdown_signs`), or `MIN_HEADINGS_ALONE` headings."""
    lines = text.split("\n")
    return (len(markdown_signs(text)) >= MIN_SIGNS or len(_headings(lines)) >= MIN_HEADINGS_ALONE
            or len(_headings(lines, spaced=False)) >= MIN_HEADINGS_UNSPACED)


def markdown_signs(text: str) -> set[str]:
    """The kinds of Markdown `text` shows: headings, links, strong words, a table's rule
    row, a code fence, a terminal's rendering (`_indented_body`)."""
    lines = text.split("\n")
    signs = set()
    if len(_headings(lines)) >= MIN_HEADINGS:
        signs.add("headings")
    if _LINK.search(text):
        signs.add("link")
    if _STRONG.search(text):
        signs.add("strong")
    if any(_TABLE_RULE.fullmatch(line.rstrip()) and "|" in line for line in lines):
        signs.add("table")
    if any(_FENCE.match(line) for line in lines):
        signs.add("fence")
    if "headings" in signs and _indented_body(lines):
        signs.add("rendered")
    return signs


def _indented_body(lines: list[str]) -> bool:
    """Whether nearly every line of text but the "#" headings is indented four blanks or more,
    as a terminal's rendering of Markdown sets its text under headings at the margin."""
    body = [line for line in lines if line.strip() and not _ATX.match(line)]
    outdented = sum(1 for line in body if not _BODY_INDENT.match(line))
    return bool(body) and outdented <= MAX_OUTDENTED_SHARE * len(body)


def _headings(lines: list[str], spaced: bool = True) -> list[int]:
    """The lines that are "#" headings: after a blank line (or first) where `spaced`, and
    neither line beside them opened by a "#", as the lines of a box typed with "##" as its
    margin are."""
    found = []
    for index, line in enumerate(lines):
        if not _ATX.match(line):
            continue
        before = lines[index - 1] if index else ""
        if (spaced and before.strip()) or before.lstrip().startswith("#"):
            continue
        if index + 1 < len(lines) and lines[index + 1].lstrip().startswith("#"):
            continue
        found.append(index)
    return found
