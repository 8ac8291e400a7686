"""The web address a saved page states as its own source, near its top: the leaflet's URL.

A web clipper or read-later tool writes where it took the page from under the title:
percollate's Markdown `Source: [http://…](http://…)`, other tools `Source: <http://…>`,
`Bron: http://…` or `URL: http://…`; a note tool (Joplin, Obsidian's clipper, clean-mark) a
`source:` or `link:` field in its front matter. The line is no text (the outline leaves a
lone link line out), but the address was lost: results linked to the file, not the page
(red team 57). It is what a saved page's Content-Location says (ingest/mime_message.py); a
catalog entry's URL still wins over it (ingest/pipeline.py `_leaflet`).

Only a labelled line holding one link and nothing else, among the first lines of the text, is
read so: a link in the text, or a "Bron:" that cites a guideline further on, is no address of
the file.
"""

from __future__ import annotations

import re

# The first lines (not blank) a clipper's source line stands among: the title, a byline, the line.
MAX_LINES_BEFORE = 6
_ADDRESS = r"https?://[^\s<>()\[\]]+"
_EMPHASIS = r"(?:\*\*|__|\*|_)?"
# "Source:", "**Bron:**", "URL :" and then one link: bare, in angle brackets, or a Markdown link
# whose target is the address (its label any words, perhaps the address again; a title after it).
_SOURCE_LINE = re.compile(
    rf"[ \t]*{_EMPHASIS}(?:source|bron|url)[ \t]*(?::{_EMPHASIS}|{_EMPHASIS}:)[ \t]*"
    rf"(?:(?P<bare>{_ADDRESS})|<(?P<angled>{_ADDRESS})>"
    rf"|\[[^\[\]\n]*\]\((?P<linked>{_ADDRESS})(?:[ \t]+\"[^\"\n]*\")?\))[ \t]*", re.IGNORECASE)
_WEB_ADDRESS = re.compile(_ADDRESS)
# Front matter keys a note tool writes the page's address under, beside the `url` read anyway.
SOURCE_KEYS = ("source", "link")


def stated_source(text: str) -> str:
    """The web address the labelled source line among the text's first lines states (see the
    module), or ""."""
    seen, start = 0, 0
    while seen < MAX_LINES_BEFORE and start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line, start = text[start:end], end + 1
        if not line.strip():
            continue
        found = _SOURCE_LINE.fullmatch(line)
        if found:
            return found["bare"] or found["angled"] or found["linked"]
        seen += 1
    return ""


def front_matter_source(meta: dict[str, str]) -> str:
    """The web address a front matter's `source:` or `link:` field holds, or "" (a name, a
    `null`, a path is none)."""
    return next((meta[key] for key in SOURCE_KEYS if _WEB_ADDRESS.fullmatch(meta.get(key, ""))), "")
