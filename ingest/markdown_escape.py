"""A line of text that a reader writes into Markdown as a paragraph's line, kept one.

A reader that turns another markup (jusText's paragraph dump, Creole, XWiki) into Markdown
writes its paragraphs' words as they stand; a line that happens to open with a Markdown block
mark ("- niet", "1. stap", "# 3", "> zie", a "---" or "===" line under a paragraph) would be
read back as an item, a heading, a quote, a rule or the line above's heading underline. Each
reader first takes the marks its own markup means (its lists, headings, quotes) and hands the
rest here, so one escape serves them all alike.
"""

from __future__ import annotations

import re

# A Markdown block mark opening a line: a quote's ">" (a space after it optional), an item's
# bullet or number or a heading's "#" run (a space or the line's end after it), or a line of
# only rule or setext underline marks.
_BLOCK_START = re.compile(r"^>|^(?:[-+*]|#{1,6}|\d{1,9}[.)])(?=[ \t]|$)|^[-_=*]+$")
_NUMBER = re.compile(r"\d{1,9}(?=[.)])")


def escaped_line_start(words: str) -> str:
    """`words`, a paragraph's line, escaped where a Markdown block mark opens it, so it stays
    text: "1\\. stap" (a number's dot, not its digits, takes the escape), "\\- niet"."""
    if not _BLOCK_START.match(words):
        return words
    number = _NUMBER.match(words)
    return words[:number.end()] + "\\" + words[number.end():] if number else "\\" + words
