"""A diff tool's page read as the new version it shows: the deleted text and change marks out.

A review copy shows what changed between two versions of a leaflet; read as text, the old and
the new words ran together ("maximaal 75 dagen" of "7" deleted and "5" inserted, red team 53).
Each tool marks its changes in a way of its own, unmistakable, and a module reads each:
`xmldiff_marks` (xmldiff's `diff:` namespace, the page itself), `colour_words` (git's colour
words through an ANSI-to-HTML converter: the source file's text) and `pretty_html`
(diff-match-patch's `diff_prettyHtml`: a text's stream of spans). Pages that mark changes as
HTML `<del>` and `<ins>` (lxml's htmldiff, pandiff) are read by `tracked_changes`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ingest.html.diff_pages.colour_words import colour_words_text
from ingest.html.diff_pages.pretty_html import pretty_html_text
from ingest.html.diff_pages.xmldiff_marks import xmldiff_new_page


@dataclass(frozen=True)
class NewVersion:
    """The new version a diff page shows: a page to read as any page ("html"), or the text of
    the file the tool compared, read as that text is ("markdown" or "plain")."""

    text: str
    markup: Literal["html", "markdown", "plain"]


def new_version(html: str) -> NewVersion | None:
    """The new version shown by a diff tool's page, or None where the page is no diff."""
    page = xmldiff_new_page(html)
    if page is not None:
        return NewVersion(page, "html")
    coloured = colour_words_text(html)
    if coloured is not None:
        return NewVersion(coloured.text, coloured.markup)
    text = pretty_html_text(html)
    if text is not None:
        return NewVersion(text, "plain")
    return None
