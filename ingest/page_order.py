"""Text extractors' page-break lines as form feeds, and pages written bottom to top read top down.

pdf2json's text (`-c`, its `.content.txt`) ends each page with a line of its own,
"----------------Page (0) Break----------------", and writes each page's lines in reverse:
the footer ("Pagina 1") first, the running header last. Read as it stands, every sentence
the margin wrapped was cut and its halves swapped, headings stood after their sections, and
no passage knew its page. The break line is a page break as a form feed is (`split_pages`
then drops the pages' furniture), and the order of a page's lines is decided by the text:
a tool that reverses one page reverses them all.

Other extractors open each page with a numbered marker line instead: pdf.js-extract's "text
rows" recipe "--- Page 2 ---" (red team 48). Numbered 1 to the last in order, each marker is a
page break; the first, before any text, only opens page 1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.clean.lines import ends_sentence, starts_lower

# "----------------Page (0) Break----------------" (pdf2json), the line and its line end
_PAGE_BREAK_LINE = re.compile(r"^[ \t]*-{4,}[ \t]*Page[ \t]*\(\d+\)[ \t]*Break[ \t]*-{4,}[ \t]*(?:\n|\Z)", re.MULTILINE)

# "--- Page 2 ---", "=== Page 2 ===" (pdf.js-extract's recipe and scripts like it), the line and its end
_PAGE_MARKER_LINE = re.compile(r"^[ \t]*(?:-{2,}|={2,})[ \t]*Page[ \t]+(\d+)[ \t]*(?:-{2,}|={2,})[ \t]*(?:\n|\Z)",
                               re.MULTILINE | re.IGNORECASE)

MIN_REVERSED_EVIDENCE = 3  # line breaks that read right only upward: one or two may be chance
REVERSED_MARGIN = 3  # how many times more of them than of those that read right only downward


def paged_by_break_lines(text: str) -> str:
    """`text` with each extractor's page-break line as a form feed, which ends its page, and
    its page-marker lines as form feeds that start theirs (`_paged_by_markers`)."""
    return _paged_by_markers(_PAGE_BREAK_LINE.sub("\f", text))


def _paged_by_markers(text: str) -> str:
    """`text` with its "--- Page N ---" lines as page breaks where they number the pages 1 to
    the last in order (else a line that only looks like one: left as it is). A marker with no
    text before it starts page 1 and leaves nothing: a form feed there would count a page."""
    markers = list(_PAGE_MARKER_LINE.finditer(text))
    if not markers or [int(marker[1]) for marker in markers] != list(range(1, len(markers) + 1)):
        return text
    parts, at = [], 0
    for marker in markers:
        before = text[at:marker.start()]
        parts.append(before)
        parts.append("" if not "".join(parts).strip() else "\f")
        at = marker.end()
    parts.append(text[at:])
    return "".join(parts)


@dataclass(frozen=True)
class LineOrderEvidence:
    """Line breaks as read downward and upward: a line that ends no sentence before one that
    goes on in lower case reads right (`joined_*`); a sentence's end before a line in lower case
    reads wrong (`broken_*`). Wrapped prose reads right both ways in its middle; its first and
    last lines tell the direction (a paragraph's last line under one in lower case is broken upward)."""

    joined_down: int
    broken_down: int
    joined_up: int
    broken_up: int


def line_order_evidence(text: str) -> LineOrderEvidence:
    """Count, over each page's filled lines next to each other, the breaks that read right
    downward and upward (see `LineOrderEvidence`)."""
    counts = [0, 0, 0, 0]
    for page in text.split("\f"):
        lines = [line.strip() for line in page.split("\n")]
        for above, below in zip(lines, lines[1:]):
            if not above or not below:
                continue
            counts[0] += not ends_sentence(above) and starts_lower(below)
            counts[1] += ends_sentence(above) and starts_lower(below)
            counts[2] += not ends_sentence(below) and starts_lower(above)
            counts[3] += ends_sentence(below) and starts_lower(above)
    return LineOrderEvidence(*counts)


def reads_upward(evidence: LineOrderEvidence) -> bool:
    """Whether the lines read right only bottom to top: sentences' ends over lines in lower
    case reading down (each a paragraph's last lines turned over), enough of them and many times
    more than reading up, and more lines going on upward than downward. Normal text is never
    turned over on a few odd lines (a list item in lower case under a full stop)."""
    return evidence.broken_down >= MIN_REVERSED_EVIDENCE \
        and evidence.broken_down >= REVERSED_MARGIN * evidence.broken_up \
        and evidence.joined_up > evidence.joined_down


def in_reading_order(text: str) -> str:
    """`text` with every page's lines turned over where they read right only upward."""
    if not reads_upward(line_order_evidence(text)):
        return text
    return "\f".join(_turned_over(page) for page in text.split("\f"))


def _turned_over(page: str) -> str:
    """A page's lines in reverse order, its line end after the last kept where it stood."""
    body, end = (page[:-1], "\n") if page.endswith("\n") else (page, "")
    return "\n".join(reversed(body.split("\n"))) + end if body else page
