"""Section headings a converter set as bulleted lines, like the list items beside them.

wv's `wvText` (a Word .doc through wvHtml and a text browser) writes a heading in Word's
numbered or bulleted heading style as a bullet, the same "•" the real lists carry: "• Wat is
een atheroomcyste?" over its paragraph. Left so, every heading was a one-item list and the
leaflet one section with no heading to cite its passages by.

The file's own layout tells them apart: a real item stands in a run of items, or alone under
the line that announces it ("... haalt hem weg als:"); a heading's bullet stands alone between
paragraphs and its words end no sentence. Such lines lose their bullet, and the heading rules
read them as any short line over a paragraph.
"""

from __future__ import annotations

import re

from ingest.clean.lines import filled_spans

# A bullet and the space after it; wvText puts a no-break space there ("•\u00a0 Kosten").
_BULLET = re.compile(r"^(?P<indent>[ \t]*)[•◦▪‣*-][ \t\u00a0]+(?=\S)")
MAX_HEADING_WORDS = 12  # a heading, not an item's sentence (as ingest/structure.py counts)
MIN_BULLETED_HEADINGS = 2  # one lone bullet may be a list of one item; a pattern needs two


def without_heading_bullets(text: str) -> str:
    """The text with the bullet dropped from each line that is a section heading set as a
    bulleted line (`_heading_lines`), its indent kept; a text with fewer than
    `MIN_BULLETED_HEADINGS` such lines comes back as it is."""
    lines = text.split("\n")
    headings = _heading_lines(lines)
    if len(headings) < MIN_BULLETED_HEADINGS:
        return text
    for index in headings:
        match = _BULLET.match(lines[index])
        lines[index] = match["indent"] + lines[index][match.end():]
    return "\n".join(lines)


def _heading_lines(lines: list[str]) -> list[int]:
    """The bulleted lines that head a section: each a paragraph of one line between blank lines,
    its words heading-shaped (`_heading_words`), with neither paragraph beside it another
    bulleted one and the one over it announcing no list (no ":" at its end)."""
    paragraphs = filled_spans(lines)
    found = []
    for at, (start, end) in enumerate(paragraphs):
        if end - start != 1 or not _bulleted(lines[start]) or not _heading_words(lines[start]):
            continue
        before = paragraphs[at - 1] if at else None
        after = paragraphs[at + 1] if at + 1 < len(paragraphs) else None
        if before and (_bulleted(lines[before[0]]) or lines[before[1] - 1].rstrip().endswith(":")):
            continue
        if after is None or _bulleted(lines[after[0]]):
            continue
        found.append(start)
    return found


def _bulleted(line: str) -> bool:
    """Whether a line opens with a list's bullet."""
    return _BULLET.match(line) is not None


def _heading_words(line: str) -> bool:
    """Whether a bulleted line's words read as a heading: a capital first, a few words, and no
    sentence's or clause's end (".", ",", ";", ":")."""
    words = line[_BULLET.match(line).end():].strip()
    return words[:1].isupper() and len(words.split()) <= MAX_HEADING_WORDS and words[-1] not in ".,;:!…"
