"""A feed's items (a leaflet posted as a series of posts, read back by a feed reader) set out as
the one web page they make, for the HTML reader.

A patient organisation posts its leaflet a section a post, and a feed reader writes the posts
back as text: sfeed's TSV (`ingest.feed_tsv`), rsstail's labelled lines (`ingest.feed_labels`).
Whatever the tool, the leaflet is the posts in the order they were published (a feed lists the
newest first), each post's title a heading over its text, and the posts' links, ids and dates
none of its text. A series' posts often share the series' name before their own
("Zindelijk worden (7/8): Wanneer vraag je hulp?"): that name is the leaflet's title and the
rest each post's heading (`series_headings`).
"""

from __future__ import annotations

import html
import os
import re
from dataclasses import dataclass
from datetime import datetime, timezone

# A series counter in a post's title: "(7/8)", "[7/8]".
_COUNTER = re.compile(r"\s*[(\[]\s*\d{1,3}\s*/\s*\d{1,3}\s*[)\]]")
# What sets a series' name apart from a post's own title: ": ", " – ", " | ", " - ".
_SEPARATOR = re.compile(r"\s*(?::|\s[|–—-])\s+")
MIN_SERIES_POSTS = 2


@dataclass(frozen=True)
class FeedItem:
    """One post of a feed: its title (may be empty), its text as HTML, and when it was published
    (None where the tool wrote no date it can be read from)."""

    title: str
    content_html: str
    published: datetime | None = None


def in_published_order(items: list[FeedItem]) -> list[FeedItem]:
    """The items oldest first, where each has a date (a feed lists the newest first); else as given."""
    if all(item.published for item in items):
        return sorted(items, key=lambda item: item.published)  # type: ignore[arg-type, return-value]
    return items


def newest_date(items: list[FeedItem]) -> str:
    """The date of the newest item as YYYY-MM-DD, or "": when the leaflet was last posted."""
    dates = [item.published for item in items if item.published]
    return max(dates).astimezone(timezone.utc).date().isoformat() if dates else ""


def series_headings(titles: list[str]) -> tuple[str, list[str]] | None:
    """The series' name the titles all open with and each title's rest ("" for a title that is
    the name alone), their counters left out; None where they share no name ending at a separator
    or a title's end (two posts at least)."""
    bare = [" ".join(_COUNTER.sub("", title).split()) for title in titles]
    if len(bare) < MIN_SERIES_POSTS or not all(bare):
        return None
    name = os.path.commonprefix(bare)
    while name and not all(title == name or _SEPARATOR.match(title, len(name)) for title in bare):
        name = name[:-1]
    name = name.rstrip()
    if not name or not any(title != name for title in bare):
        return None
    return name, [_SEPARATOR.sub("", title[len(name):], count=1).strip() if title != name else "" for title in bare]


def items_as_html(items: list[FeedItem]) -> str:
    """The page the items make, in the order given: the series' name (else the first item's
    title) an `<h1>`, each item's own title an `<h2>` over its text."""
    named = series_headings([item.title for item in items])
    if named:
        title, headings = named
        parts = [f"<h1>{html.escape(title)}</h1>"]
    else:
        title, headings = "", [item.title for item in items]
        parts = []
    for number, (item, heading) in enumerate(zip(items, headings)):
        level = 1 if not parts and number == 0 else 2
        if heading.strip():
            parts.append(f"<h{level}>{html.escape(heading.strip())}</h{level}>")
        parts.append(f"<div>\n{item.content_html}\n</div>")
    return "<html><body>\n" + "\n".join(parts) + "\n</body></html>\n"


def plain_as_html(text: str) -> str:
    """A post's plain text as HTML: a paragraph for each run of lines between blank lines."""
    paragraphs = [block.strip() for block in re.split(r"\n\s*\n", text) if block.strip()]
    return "\n".join(f"<p>{html.escape(block)}</p>" for block in paragraphs)
