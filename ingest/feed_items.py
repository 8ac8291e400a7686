"""A feed's dump of several posts or episodes read as the one leaflet it was saved for.

A feed reader's page of a blog's latest posts (feedparser's entries written out as HTML) sets
each post under its own top heading with a byline and date ("Redactie – Wed, 15 Oct 2025
08:00:00 +0000"); a podcast's show notes (podcastparser, rss-parser) print the show's name, then
per episode its title ("Afl. 14 – …", "Ep. 14 – …"), a date line (with its length, "(32 min)")
and its notes. Read as one text, the blog's or the show's name became the title and the other
posts' and episodes' notes were passages of this leaflet (red team 49). The longest item is the
leaflet the file was saved for: its heading titles it, its date line dates it, and the feed's
name above the first item is furniture. The others are left out and named in a warning, not
made leaflets of their own: a feed's other entries are mostly teasers (an app's launch, a
meeting's look back, one line on the next episode) that would stand in the index as leaflets
and answer questions the leaflet does not, and an upload is one leaflet a file.

WordPress writes "Het bericht X verscheen eerst op Y." ("The post X appeared first on Y.") under
every entry of its feeds: the site's furniture, no line of the leaflet (`without_feed_footer`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ingest.dates import WEEKDAYS, written_date
from ingest.fences import fenced_lines
from ingest.source import SourceText

_DATE = re.compile(written_date(), re.IGNORECASE)
MAX_STAMP_WORDS = 6  # beside its date, a byline's name and a weekday, a duration: "Diëtist Sanne Vos – Wed,"
MAX_PREAMBLE_WORDS = 40  # above the first item, the feed's name and its description at most
_WEEKDAY_SHORT = frozenset("mon tue wed thu fri sat sun ma di wo do vr za zo".split()) | WEEKDAYS
_MARKDOWN_HEADING = re.compile(r"(#{1,6})[ \t]+(.+?)[ \t#]*")
# An episode's title as a podcast's feed gives it: its number after "Afl.", "Aflevering", "Ep." or
# "Episode" ("Afl. 14 – Slaapverlamming", "Episode 3: Slapen").
_EPISODE = re.compile(r"(?:afl(?:evering)?|ep(?:isode)?)\.?[ \t]*#?\d{1,4}\b\S*[ \t]*[-–—:|.]?[ \t]*\S.*",
                      re.IGNORECASE)
MAX_EPISODE_TITLE_WORDS = 20
_BARE_LINK = re.compile(r"<?https?://\S+>?")
# WordPress's line under each entry of its feeds, in the languages of its translations that
# leaflets here come in: "Het bericht X verscheen eerst op Y.", "The post X appeared first on Y."
_FEED_FOOTER = re.compile(
    r"(?:het\s+bericht|the\s+post|der\s+beitrag|l[’']article)\s.+?\s"
    r"(?:verscheen\s+eerst\s+op|appeared\s+first\s+on|erschien\s+zuerst\s+auf|est\s+apparu\s+en\s+premier\s+sur)"
    r"\s.+?\.?", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class DumpedPost:
    """One post or episode of the dump, as lines: its title, its date line, and its text
    (`ingest.feed_page.FeedItem` is a post a feed reader's own format hands over)."""

    title: str
    stamp: str
    lines: tuple[str, ...]

    @property
    def words(self) -> int:
        return sum(len(line.split()) for line in self.lines)


@dataclass(frozen=True)
class FeedLeaflet:
    """The item a feed's dump was saved for, as a source of its own, and the titles of the
    items left out."""

    source: SourceText
    left_out: tuple[str, ...]


def feed_leaflet(source: SourceText) -> FeedLeaflet | None:
    """The longest post or episode of a feed's dump (see the module's docstring), or None where
    the text is no such dump. Offsets into the text (a PDF's pages) would no longer hold: only a
    text without them is read so."""
    if source.page_starts or source.heading_at:
        return None
    lines = source.text.split("\n")
    found = _markdown_items(lines) if source.markup == "markdown" else None
    found = found or _episodes(lines)
    if found is None:
        return None
    preamble, items = found
    chosen = max(items, key=lambda item: item.words)
    date = _DATE.search(chosen.stamp)
    furniture = "\n".join(line for line in (*preamble, chosen.stamp, source.furniture) if line.strip())
    text = "\n".join(chosen.lines).strip("\n") + "\n"
    own = replace(source, text=text, title=chosen.title, furniture=furniture,
                  updated=date.group(0) if date else source.updated)
    return FeedLeaflet(own, tuple(item.title for item in items if item is not chosen))


def without_feed_footer(source: SourceText) -> SourceText:
    """The source without WordPress's feed footer paragraphs (`_FEED_FOOTER`), where its text
    holds no offsets (a PDF's pages) that dropping them would move."""
    if source.page_starts or source.heading_at:
        return source
    paragraphs = re.split(r"(\n[ \t]*\n)", source.text)
    kept = [part for part in paragraphs if not _FEED_FOOTER.fullmatch(part.strip())]
    if len(kept) == len(paragraphs):
        return source
    return replace(source, text=re.sub(r"\n{3,}", "\n\n", "".join(kept)))


def _markdown_items(lines: list[str]) -> tuple[tuple[str, ...], list[DumpedPost]] | None:
    """The posts of a Markdown text whose every top heading (two or more) has a date line right
    under it (a blank line apart at most): a feed's entries, each under its title."""
    fenced = fenced_lines(lines)
    headings = [(number, match) for number, line in enumerate(lines)
                if number not in fenced and (match := _MARKDOWN_HEADING.fullmatch(line))]
    if not headings:
        return None
    top = min(len(match.group(1)) for _, match in headings)
    starts = [(number, match.group(2)) for number, match in headings if len(match.group(1)) == top]
    if len(starts) < 2:
        return None
    return _items(lines, starts)


def _episodes(lines: list[str]) -> tuple[tuple[str, ...], list[DumpedPost]] | None:
    """The episodes of a podcast's show notes as text: a line that numbers an episode
    (`_EPISODE`) at a paragraph's start, a date line right under it."""
    starts = [(number, line.strip()) for number, line in enumerate(lines)
              if (number == 0 or not lines[number - 1].strip()) and _EPISODE.fullmatch(line.strip())
              and len(line.split()) <= MAX_EPISODE_TITLE_WORDS]
    return _items(lines, starts) if starts else None


def _items(lines: list[str], starts: list[tuple[int, str]]) -> tuple[tuple[str, ...], list[DumpedPost]] | None:
    """The items that open at `starts` (a title's line number and words), each running to the
    next; None where any title has no date line under it, or much text stands above the first."""
    preamble = tuple(line for line in lines[:starts[0][0]] if line.strip())
    if sum(len(line.split()) for line in preamble) > MAX_PREAMBLE_WORDS or any(line.lstrip().startswith("#")
                                                                                for line in preamble):
        return None
    items = []
    for (start, title), (end, _) in zip(starts, [*starts[1:], (len(lines), "")]):
        stamp_at = next((number for number in range(start + 1, min(start + 3, end)) if lines[number].strip()), None)
        if stamp_at is None or not _is_stamp(lines[stamp_at]):
            return None
        rest = lines[stamp_at + 1:end]
        link = next((number for number, line in enumerate(rest) if line.strip()), None)
        if link is not None and _BARE_LINK.fullmatch(rest[link].strip()):
            rest = rest[link + 1:]  # the entry's link, as rss-parser prints it under the date
        items.append(DumpedPost(_plain_title(title), lines[stamp_at].strip(), (lines[start], "", *rest)))
    return tuple(preamble), items


def _is_stamp(line: str) -> bool:
    """Whether a line is an entry's date line: a date, perhaps with its clock time, weekday,
    time zone, duration and a byline's few words ("Redactie – Wed, 15 Oct 2025 08:00:00 +0000",
    "03-02-2026  (28 min)"), and no sentence."""
    text = line.strip()
    date = _DATE.search(text)
    if date is None or text.endswith((".", "!", "?", ":", ";")):
        return False
    rest = text[:date.start()] + " " + text[date.end():]
    words = [word for word in rest.split() if any(ch.isalpha() for ch in word)
             and word.strip(",.()").lower() not in _WEEKDAY_SHORT and not re.fullmatch(r"T?[\d:+.Z-]+", word)]
    return len(words) <= MAX_STAMP_WORDS


def _plain_title(title: str) -> str:
    """A heading's words without Markdown's emphasis marks."""
    return " ".join(re.sub(r"(\*\*|__|[*_`])(.+?)\1", r"\2", title).split())
