"""A word-per-object OCR text layer whose words were stacked down the page, laid out again.

hocr2pdf (ExactImage) writes a scan's text layer one word per string, each after a `T*`
with the leading set to the font size, and the word led by spaces: it meant "on the same
line, after a space", but `T*` moves each word one line down. Its words stand in a column,
one under the other, and run far below the page (a page of 300 words ends thousands of
points under its bottom); their sizes come from the OCR's boxes, not from any typesetting.
Read by position, a line's words fell apart and body lines were taken for headings (red
team 45). Such a layer keeps its words in reading order, though: `restacked` joins each
word led by a space that stands one leading under the word before it to that word's line,
and lays the lines out again down the page at one size, a paragraph's gap after a line that
ends a sentence (a paragraph may end there; a question may be a heading, which the text under
it follows closely), so that the reader finds lines, paragraphs and headings as on any other
OCR page (`ingest.pdf.headings`: a heading-shaped line after a gap, over a line that starts
afresh).
"""

from __future__ import annotations

from dataclasses import replace

from ingest.pdf.geometry import Fragment

OFF_PAGE_SHARE = 0.25  # of a layer's characters, at least this many drawn off the page: a stacked layer
ONE_WORD_SHARE = 0.8  # of its pieces, at least this many a single word: a word-per-object layer
LEADING_SLACK = 0.5  # points: a word this close to one leading under the one before follows it on its line
RELAID_SIZE = 10.0  # points: the size the relaid lines are set in
RELAID_SPACING = 1.2  # ems from one relaid line to the next
RELAID_PARAGRAPH = 2.2  # ems above a line after a paragraph's end
SENTENCE_ENDS = (".", "!", ":")


def stacked(fragments: list[Fragment], bottom: float, top: float) -> bool:
    """Whether a page's text is a word-per-object layer stacked off the page (see the module)."""
    words = [fragment for fragment in fragments if fragment.text.strip()]
    if len(words) < 20:
        return False
    off = sum(len(f.text.strip()) for f in words if f.y < bottom - f.size or f.y > top + f.size)
    single = sum(1 for f in words if len(f.text.split()) == 1)
    return off >= OFF_PAGE_SHARE * sum(len(f.text.strip()) for f in words) and single >= ONE_WORD_SHARE * len(words)


def restacked(fragments: list[Fragment], top: float) -> list[Fragment]:
    """The stacked layer's words joined into their lines and laid out again from `top` down
    (see the module), each line one piece marked as an OCR layer's."""
    lines: list[list[Fragment]] = []
    for fragment in fragments:
        if not fragment.text.strip():
            continue
        if lines and _follows(lines[-1][-1], fragment):
            lines[-1].append(fragment)
        else:
            lines.append([fragment])
    texts = [" ".join(word.text.strip() for word in line) for line in lines]
    if not texts:
        return []
    left = min(line[0].x for line in lines)
    out: list[Fragment] = []
    y = top - 2 * RELAID_SIZE
    for number, (line, text) in enumerate(zip(lines, texts)):
        if number:
            ended = texts[number - 1].endswith(SENTENCE_ENDS)
            y -= RELAID_SIZE * (RELAID_PARAGRAPH if ended else RELAID_SPACING)
        out.append(replace(line[0], text=text, x=left, y=y, size=RELAID_SIZE, ocr=True, box=None))
    return out


def _follows(before: Fragment, word: Fragment) -> bool:
    """Whether `word` was meant after `before` on its line: led by a space, one leading under it."""
    return word.text[:1].isspace() and abs(before.y - word.y - word.size) <= LEADING_SLACK \
        and abs(before.x - word.x) <= word.size
