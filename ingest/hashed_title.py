"""A plain text titled by a Markdown heading on its first line, and by no other Markdown sign.

A note tool's plain-text export writes the note's name as `# Name` over the note's text and
nothing else of Markdown (CherryTree's "Export to Plain Text": the node's name, then its text
with its headings as plain lines, bullets "•" and table rows "| … |"). One "#" line makes no
Markdown (`ingest.markdown_signs`), so the text was read as plain: the "# " line stood as a
passage with the sender line under it, and the leaflet kept its file's name (red team 57).

Here such a first line is the title, its "# " gone, and the text under it stays plain. Only a
text that shows no Markdown sign at all (`markdown_signs`), whose first line with words is one
"#", a blank and a title's words (a letter first, `MAX_TITLE_WORDS` at most, no sentence's end)
with a blank line or the end after it: a hashtag ("#griep") or a "#" line further down is no
title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.clean.lines import MAX_TITLE_WORDS
from ingest.markdown_signs import markdown_signs

_TITLE_LINE = re.compile(r"#[ \t]+(?P<title>[^\W\d_].*)")  # the line comes stripped
_SENTENCE_END = re.compile(r"[.;,]$")


@dataclass(frozen=True)
class HashedTitle:
    """A text with its first line's "# " gone, and the title that line gives ("" where none)."""

    text: str
    title: str = ""


def hashed_title(text: str) -> HashedTitle:
    """The title a plain text's first line gives as `# Title` (see the module), and the text
    with that line as its words alone; any other text comes back as it is, untitled."""
    start = len(text) - len(text.lstrip("\ufeff \t\n"))
    start = text.rfind("\n", 0, start) + 1  # the first line with words, from its margin
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = _TITLE_LINE.fullmatch(text[start:end].strip())
    if line is None or len(line["title"].split()) > MAX_TITLE_WORDS or _SENTENCE_END.search(line["title"]):
        return HashedTitle(text)
    if text[end + 1:].split("\n", 1)[0].strip() or markdown_signs(text):
        return HashedTitle(text)  # a line of text right under it, or Markdown: no plain text's title
    title = line["title"]
    return HashedTitle(text[:start] + title + text[end:], title)
