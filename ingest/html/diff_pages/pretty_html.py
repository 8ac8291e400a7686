"""diff-match-patch's `diff_prettyHtml` read as the new text: deletions out, pilcrows line breaks.

`diff_prettyHtml` writes a text diff as one stream of `<span>` (equal), `<del style=…>` and
`<ins style=…>` runs, each newline as a pilcrow and a break (`&para;<br>`). Read as a page, each
line ended in "¶", the text's headings were not found and its file name was the title (red team
53). The equal and inserted runs, with their breaks as newlines, are the new text, read as any
text leaflet.
"""

from __future__ import annotations

import html as html_entities
import re


# One run of the stream: a `<span>`, or a `<del>`/`<ins>` with diff-match-patch's background
# colour (any colour: ports differ), holding text and `<br>` only.
_RUN = r"""<(span|del|ins)(?:\s+style\s*=\s*"background:\s*#[0-9a-fA-F]{3,6};?")?>[^<]*(?:<br\s*/?>[^<]*)*</\1>"""
_STREAM = re.compile(rf"\s*(?:{_RUN})+\s*")
_DELETED = re.compile(r"<del\b[^>]*>.*?</del>", re.DOTALL)
_BREAK = re.compile(r"&para;<br\s*/?>")
_TAG = re.compile(r"<[^>]+>")
# A page around the stream, where one was saved whole: its body holds the stream alone.
_BODY = re.compile(r"<body\b[^>]*>(.*)</body>", re.DOTALL | re.IGNORECASE)


def pretty_html_text(html: str) -> str | None:
    """The new text a `diff_prettyHtml` stream shows, or None where the page is none: a stream
    of those runs alone, with its newlines as pilcrows and at least one change."""
    if "&para;<br" not in html:
        return None
    body = _BODY.search(html)
    stream = body.group(1) if body else html
    if not re.search(r"<(?:del|ins)\b", stream) or not _STREAM.fullmatch(stream):
        return None
    new = _DELETED.sub("", stream)
    return html_entities.unescape(_TAG.sub("", _BREAK.sub("\n", new)))
