"""Pages that repeat an earlier page's text (`copied_pages`): a poster's tiles, one page read once.

A poster tool (pdfposter, a print dialog's "tile" or "poster" mode) prints one large page over
several sheets, each sheet a view of its own quarter: every sheet carries the whole page's
content, clipped to its quarter, and a text layer reads all of it on every sheet. Read so, red
team 48's poster was indexed four times over (28 passages for 7 sections), and the lines a
page heads or ends with (the sender, the last contact line) stood on every page, so the running
header and footer check took them for furniture and dropped them from every copy. Whatever the
tool, each copy shows the same lines as the page right before it; they are read once, at the
first page that shows them (where a reader finds them first), and the copies keep only the lines
the page before does not show (`own_lines`): a tile's label, or the one line a schedule's
second week changes ("Week 2: een kwart tablet"), which must not be lost with the repeat.
"""

from __future__ import annotations

from collections import Counter

from ingest.pdf.geometry import PdfLine

MIN_COPY_WORDS = 30  # a page of running text: two blank "Notities" pages are no poster's tiles
MAX_OTHER_LINES = 2  # lines a copy may hold that its first page does not (a tile's label, "A1"), or lack
MAX_OTHER_SHARE = 0.1  # of the page's lines, at most: two short pages that differ in a line are two pages


def copied_pages(pages: tuple[tuple[PdfLine, ...], ...]) -> frozenset[int]:
    """The 0-based pages whose lines are (nearly all, `MAX_OTHER_LINES` and `MAX_OTHER_SHARE`)
    the lines of the page right before them, that one holding `MIN_COPY_WORDS` words or more.
    A poster's tiles follow one another; a page repeated further on is a page of its own (the
    EMA's product information repeats its list of national contacts in every leaflet it holds,
    each a catalog part that must keep its own)."""
    copies = set()
    before: Counter[str] = Counter()
    for number, lines in enumerate(pages):
        texts = Counter(" ".join(line.text.split()) for line in lines if line.text.strip())
        words = sum(len(text.split()) * count for text, count in texts.items())
        if words >= MIN_COPY_WORDS and before \
                and _differing(texts, before) <= min(MAX_OTHER_LINES, MAX_OTHER_SHARE * sum(texts.values())):
            copies.add(number)
        before = texts if words >= MIN_COPY_WORDS else Counter()
    return frozenset(copies)


def _differing(one: Counter[str], other: Counter[str]) -> int:
    """How many lines one page holds that the other does not, and the other way round."""
    return sum(((one - other) + (other - one)).values())


def own_lines(lines: tuple[PdfLine, ...], before: tuple[PdfLine, ...]) -> tuple[PdfLine, ...]:
    """The lines of a copy (`copied_pages`) that the page before it does not show, in order."""
    left = Counter(" ".join(line.text.split()) for line in before if line.text.strip())
    kept = []
    for line in lines:
        text = " ".join(line.text.split())
        if left[text] > 0:
            left[text] -= 1
        elif text:
            kept.append(line)
    return tuple(kept)
