"""A feed as rsstail prints it (a post a block of labelled lines) read as the leaflet its posts make.

rsstail prints each post of an RSS feed as lines labelled by what they hold, in one order:
`Title: `, `Link: `, `Description: `, `Pub.date: `, `Author: `, `Comments: ` (each only where
asked for and given; `-t` sets the time it read the post before the first), a blank line before
each post; a description keeps its own line breaks, as HTML or, with `-H`, with its tags taken
out. Read as text, the labels, links and dates were the leaflet's words and the posts ran into
one another, a passage holding two or three (red team 49). Here each post's description is its
text, as HTML where it holds tags, its title (where printed) its heading, in the order the
posts were published (`ingest.feed_page`); links, dates, authors and comments are no text.

`-H` takes the tags out with no space between them: a toot's first paragraph, its heading,
runs into its text ("Wat is scheelzien?Bij scheelzien …"). That is the tool's loss; nothing
here guesses where the tags were.

A text is rsstail's only where it opens with a labelled line and every post is a run of two
labelled lines or more in rsstail's order, the lines between them only a description's (or a
comment's) own: a leaflet that says "Link: …" once, or a form with "Title:" and "Author:"
fields, shows no such run of posts.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from ingest.feed_page import FeedItem, in_published_order, plain_as_html

# The labels in the order rsstail prints them; a label no later than the one before opens a post.
LABELS = ("Title", "Link", "Description", "Pub.date", "Author", "Comments")
_MULTILINE = ("Description", "Comments")  # fields whose own line breaks rsstail keeps
_LABELLED = re.compile(r"(?:\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}\s+)?"  # `-t`: when rsstail read the post
                       rf"(?P<label>{'|'.join(re.escape(label) for label in LABELS)}): ?(?P<value>.*)")
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\b[^<>]*>")
MIN_POSTS = 2
MIN_LABELS = 2  # a post's fields: a description alone under a label could be any "Description:" line


@dataclass
class _Post:
    fields: dict[str, list[str]] = field(default_factory=dict)
    last: str = ""

    def value(self, label: str) -> str:
        return "\n".join(self.fields.get(label, [])).strip()


def is_rsstail_text(text: str) -> bool:
    """Whether `text` is rsstail's print of a feed's posts (see the module)."""
    posts = _posts(text)
    return posts is not None and len(posts) >= MIN_POSTS and all(
        len(post.fields) >= MIN_LABELS and ("Title" in post.fields or "Description" in post.fields) for post in posts)


def read_rsstail_items(text: str) -> list[FeedItem]:
    """The posts rsstail printed, oldest first, their descriptions as HTML."""
    return in_published_order([FeedItem(
        title=" ".join(post.value("Title").split()),
        content_html=_as_html(post.value("Description")),
        published=_date(post.value("Pub.date")),
    ) for post in _posts(text) or []])


def _posts(text: str) -> list[_Post] | None:
    """The posts' labelled fields, in the order printed; None where a line that no label opens
    stands before the first post or under a field of one line (a link, a date)."""
    posts: list[_Post] = []
    for line in text.lstrip("\ufeff").splitlines():
        labelled = _LABELLED.fullmatch(line.rstrip())
        if labelled:
            label = labelled["label"]
            if not posts or LABELS.index(label) <= LABELS.index(posts[-1].last):
                posts.append(_Post())
            posts[-1].fields[label] = [labelled["value"]]
            posts[-1].last = label
        elif not line.strip():
            if posts and posts[-1].last in _MULTILINE:
                posts[-1].fields[posts[-1].last].append("")
        elif posts and posts[-1].last in _MULTILINE:
            posts[-1].fields[posts[-1].last].append(line)
        else:
            return None
    return posts


def _as_html(description: str) -> str:
    """A description as HTML: as printed where it holds tags, else its text (`-H`), whose
    character references rsstail left as they were."""
    return description if _TAG.search(description) else plain_as_html(html.unescape(description))


def _date(value: str) -> datetime | None:
    """The post's date as RSS writes it ("Tue, 02 Dec 2025 10:00:00 +0000") or Atom (ISO 8601)."""
    if not value:
        return None
    try:
        date = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        try:
            date = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    return date if date.tzinfo else date.replace(tzinfo=timezone.utc)  # one without a zone: UTC, as feeds mostly are
