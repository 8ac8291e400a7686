"""A feed as sfeed writes it (its TSV, a post a line) read as the leaflet its posts make.

sfeed (and the tools around it: sfeed_update, sfeed_curses read the same files) turns an RSS or
Atom feed into tab-separated lines, a post a line, the newest first: the post's UNIX timestamp,
title, link, content, content type ("html" or "plain"), id, and perhaps author, enclosure and
categories; in the content, a line break is written `\\n`, a tab `\\t` and a backslash `\\\\`.
Read as text or as a spreadsheet's rows, the timestamps were the title and every heading, the
links and ids text, the escapes stayed in the words ("vierde\\nverjaardag") and the posts ran
from the last to the first (red team 49). Here the posts are read in the order they were
published, each post's title its heading and its content read as HTML (`ingest.feed_page`).

A text is sfeed's only where every line has `MIN_FIELDS` fields or more, the first a UNIX
timestamp (`_TIMESTAMP`) and the fifth a content type: no spreadsheet or leaflet writes that.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from ingest.feed_page import FeedItem, in_published_order, plain_as_html

MIN_FIELDS = 5  # timestamp, title, link, content, content type
MIN_ITEMS = 1  # the fields' shape is sfeed's alone: a feed of one post is one too
_TIMESTAMP = re.compile(r"\d{9,11}")  # seconds since 1970: from 1973 to 5138
_CONTENT_TYPES = ("html", "plain")
_ESCAPE = re.compile(r"\\(.)")
_UNESCAPED = {"n": "\n", "t": "\t", "\\": "\\"}


def is_sfeed_tsv(text: str) -> bool:
    """Whether `text` is sfeed's TSV of a feed's posts (see the module)."""
    lines = [line for line in text.lstrip("\ufeff").splitlines() if line.strip()]
    return len(lines) >= MIN_ITEMS and all(_is_item_line(line) for line in lines) \
        and any(line.split("\t")[4] for line in lines)


def read_sfeed_items(text: str) -> list[FeedItem]:
    """The posts of sfeed's TSV, oldest first, their content as HTML."""
    items = []
    for line in text.lstrip("\ufeff").splitlines():
        if not line.strip():
            continue
        stamp, title, _link, content, content_type = line.split("\t")[:MIN_FIELDS]
        content = _unescaped(content)
        items.append(FeedItem(
            title=" ".join(title.split()),
            content_html=content if content_type == "html" else plain_as_html(content),
            published=datetime.fromtimestamp(int(stamp), tz=timezone.utc),
        ))
    return in_published_order(items)


def _is_item_line(line: str) -> bool:
    """Whether a line is a post's: its timestamp first, its content's type fifth (none where it has no content)."""
    fields = line.split("\t")
    return len(fields) >= MIN_FIELDS and bool(_TIMESTAMP.fullmatch(fields[0])) and (
        fields[4] in _CONTENT_TYPES or not fields[4] and not fields[3])


def _unescaped(content: str) -> str:
    """The content with sfeed's escapes read back: `\\n` a line break, `\\t` a tab, `\\\\` a
    backslash; any other backslash is the content's own."""
    return _ESCAPE.sub(lambda escape: _UNESCAPED.get(escape.group(1), escape.group(0)), content)
