"""How a document's body text is set, and what a heading and a list item look like.

The title, the page furniture, the line breaks and the heading levels all judge a line
against the body text (`measure_body`): a vertical gap larger than the body's line
spacing ends a paragraph (`PARAGRAPH_GAP_RATIO`), and a paragraph set bold or larger than
the body, short and not ending like a sentence, is a heading (`heading_shaped`). They
share these measures here so that they agree.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ingest.pdf.geometry import PdfLine

HEADING_SIZE_RATIO = 1.15
MAX_HEADING_WORDS = 15
PARAGRAPH_GAP_RATIO = 1.3  # a gap this much above the body's line spacing ends a paragraph
ITEM_START = re.compile(r"^(?:[•●▪◦·‣∙○■□➢►❖✓–*\-+]\s|\d{1,2}[.)]\s|[a-z][.)]\s)")
NUMBERED = re.compile(r"^\d{1,2}\.\s+\S")
SUBNUMBERED = re.compile(r"^(?:\d{1,2}\.\d{1,2}\.?|[a-z][.)])\s+\S")


@dataclass(frozen=True)
class Body:
    """The body text's font size and line spacing (in ems), measured over a document."""

    size: float
    spacing: float


def measure_body(pages: list[list[PdfLine]]) -> Body:
    """The size most text is set in, and the line spacing that paragraph gaps exceed."""
    sizes: Counter[float] = Counter()
    spacings: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            sizes[line.size] += len(line.text)
        for above, below in zip(lines, lines[1:]):
            gap = (above.y - below.y) / max(above.size, below.size, 1.0)
            if above.region == below.region and 0.8 <= gap <= 3.0:
                spacings[round(gap, 1)] += 1
    size = sizes.most_common(1)[0][0] if sizes else 10.0
    if not spacings:
        return Body(size, 1.2)
    # The tightest spacing that is common: short documents may have more gaps between
    # paragraphs than lines within them.
    top = spacings.most_common(1)[0][1]
    spacing = min(gap for gap, count in spacings.items() if count >= min(2, top) and count >= 0.25 * top)
    return Body(size, spacing)


def heading_shaped(text: str) -> bool:
    words = text.split()
    limit = MAX_HEADING_WORDS + (5 if NUMBERED.match(text) else 0)
    if not words or len(words) > limit or text.endswith((".", ",", ";", ":")):
        return False
    return not ITEM_START.match(text) or bool(NUMBERED.match(text) or SUBNUMBERED.match(text))
