"""A Mastodon thread as mastodon-archive's `text` command writes it, read as the leaflet it posts.

An organisation posts a leaflet as a thread, a section a toot, and the account's archive is
saved as text. Each toot opens with a byline ("Huidpatiënten Nederland @huidpatienten
2025-11-12T09:31:00+00:00": the display name, the account and the ISO time it was posted; a
boost has "<name> boosted" over it) and a line with its address ("🔗 https://mastodon.nl/@…/113…"),
then its content as html2text wrote it (Markdown: hard breaks as "  ", escaped list marks), then
a line for each attachment ("🖻 file" or "🔗 address"). Read as plain text, the first byline was
the title, a toot's thread counter ("1/11", "2/11") read as a page number, so a thread was cited
as "p. 4–7", and its closing hashtags (`[#huid](https://mastodon.nl/tags/huid)`) and the next
byline were a passage (red team 49).

Here the leaflet is the toots' contents, in order, read as the Markdown html2text wrote; the
bylines, the address and attachment lines, and each toot's closing counter and hashtag lines are
no text of it. The first byline's display name is furniture (a publisher where it names an
organisation), its day dates the thread where the text states no date.

A text is such an archive only where its first filled line is a byline with the address line
right under it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "Name @user 2025-11-12T09:31:00+00:00": the display name may be empty; the time as the archive
# stores it (ISO 8601, a "T" or a blank between day and time, fractions and zone optional).
_BYLINE = re.compile(r"(?P<name>.*?) ?@(?P<user>[\w.-]+(?:@[\w.-]+)?) "
                     r"(?P<day>\d{4}-\d\d-\d\d)[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?")
_ADDRESS_LINE = re.compile(r"🔗 \S+")
_ATTACHMENT_LINE = re.compile(r"(?:🔗|🖻) \S.*")
_BOOST_LINE = re.compile(r".* boosted")
# A toot's closing line of thread counter and hashtags: "1/11 [#huid](https://…/tags/huid)", "2/11",
# "(3/11)", "🧵 4/", "[#winter](…)", "#huid #winter".
_HASHTAG = r"(?:\[#[^\]\s]+\]\([^)\s]*\)|#[^\W\d_][\w-]*)"
_COUNTER = r"(?:🧵[ \t]*)?\(?\d{1,3}[ \t]*/[ \t]*(?:\d{1,3})?\)?"
_CLOSING_LINE = re.compile(rf"(?:{_COUNTER}|{_HASHTAG})(?:[ \t]+{_HASHTAG})*[ \t]*")
_TAGGED_COUNTER = re.compile(rf"[ \t]*{_COUNTER}(?:[ \t]+{_HASHTAG})+[ \t]*")


@dataclass(frozen=True)
class TootThread:
    """The toots' contents as Markdown, what was taken out (a line each), and the first toot's
    author's display name and day (YYYY-MM-DD)."""

    markdown: str
    furniture: tuple[str, ...]
    author: str
    posted: str


def read_toot_archive(text: str) -> TootThread | None:
    """The thread in `text` (see the module), or None where it is no mastodon-archive text."""
    lines = text.split("\n")
    starts = [index for index in range(len(lines) - 1) if _opens_toot(lines, index)]
    filled = next((index for index, line in enumerate(lines) if line.strip()), None)
    if not starts or filled not in (starts[0], starts[0] - 1) or not _is_boost_over(lines, filled, starts[0]):
        return None
    first = _BYLINE.fullmatch(lines[starts[0]].strip())
    contents: list[str] = []
    furniture: list[str] = []
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(lines)
        body = lines[start + 2:end]
        if body and number + 1 < len(starts) and _BOOST_LINE.fullmatch(body[-1].strip()):
            body.pop()  # the next toot's boost line, kept with its byline below
        boost = lines[start - 1].strip() if start and _BOOST_LINE.fullmatch(lines[start - 1].strip()) else ""
        furniture += [line for line in (boost, lines[start].strip(), lines[start + 1].strip()) if line]
        body, closing = _without_closing_lines(body)
        furniture += closing
        contents.append("\n".join(body).strip("\n"))
    author = " ".join(first["name"].split())
    furniture = ([author] if author else []) + list(dict.fromkeys(furniture))
    return TootThread("\n\n".join(content for content in contents if content.strip()) + "\n", tuple(furniture),
                      author, first["day"])


def is_tagged_counter(line: str) -> bool:
    """Whether a line is a post's thread counter with hashtags after it ("1/11 [#huid](…)"): no
    page's number, which no hashtag follows (`ingest.running_footer.paged_by_numbers`)."""
    return bool(_TAGGED_COUNTER.fullmatch(line))


def _opens_toot(lines: list[str], index: int) -> bool:
    return bool(_BYLINE.fullmatch(lines[index].strip()) and _ADDRESS_LINE.fullmatch(lines[index + 1].strip()))


def _is_boost_over(lines: list[str], filled: int, start: int) -> bool:
    """Whether the text's first filled line is the first byline, or a boost's line right over it."""
    return filled == start or bool(_BOOST_LINE.fullmatch(lines[filled].strip()))


def _without_closing_lines(body: list[str]) -> tuple[list[str], list[str]]:
    """A toot's lines without the attachment, counter and hashtag lines that close it, and those."""
    closing: list[str] = []
    end = len(body)
    while end and (not body[end - 1].strip() or _ATTACHMENT_LINE.fullmatch(body[end - 1].strip())
                   or _CLOSING_LINE.fullmatch(body[end - 1].strip())):
        if body[end - 1].strip():
            closing.insert(0, body[end - 1].strip())
        end -= 1
    return body[:end], closing
