"""Slides and pages that a deck's or a PDF's text tool marks in its own way, read as form feeds.

Three tools write a page's (or a slide's) place in the text where no form feed stands:

- node-pptx-parser's text extraction opens each slide with a label line of its own, "Slide
  rId6:" (the slide's relationship id) after a blank line. Left in, each label and the footer
  over it were a passage of their own, and the first slide's title was no title (red team 54).
- pdfgrep `-n ''` prints every line of a PDF's text after its page number ("1:Verkoudheid"),
  and each line break twice, so every second line is an empty "1:". Left in, every passage and
  the title kept the "1:", and the layout's columns stood apart by blank lines only.
- A beamer deck's PDF read as text (playa-pdf `--text`) closes each slide with its footline:
  the sender, title and date, and the slide counter "3 / 9" glued to the date ("september
  20253 / 9"). Left in, the footline stood in every passage, and a frame title with
  `allowframebreaks` kept its glued numeral ("Hoeveel tandpasta?II") and was no heading.

Each mark, read as the page break it is, lets `ingest.text.split_pages` number the pages (a
slide is cited as a PDF's page) and drop what repeats on them, as for any paged text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# node-pptx-parser's "Slide rId6:" (or "Slide 2:"), a line of its own after a blank line
_SLIDE_LABEL = re.compile(r"[ \t]*Slide[ \t]+(?:rId)?\d+[ \t]*:[ \t]*")
MIN_SLIDES = 2

# pdfgrep's page number before each line: "1:Verkoudheid", "12:" (an empty line)
_PAGE_PREFIX = re.compile(r"(\d{1,5}):")
MIN_PREFIXED_LINES = 3
_MINUTES = re.compile(r"\d\d(?!\d)")  # a time's minutes after the hour's colon: "09:15"

# A slide counter at a footline's end, "3 / 9"; the number may stand glued to the words before it
_COUNTER = re.compile(r"(?P<head>.*\d)[ \t]*/[ \t]*(?P<total>\d+)[ \t]*")
MIN_COUNTED_SLIDES = 3
# The numeral LaTeX's beamer sets after a frame title that `allowframebreaks` splits ("Contact"
# "I", then "II"), glued to the title's last letter or mark in the text.
_FRAME_NUMERAL = re.compile(r"(?P<title>.*[a-z?!:.)])(?P<numeral>I{1,3}|IV|VI{0,3}|IX|X)")
FRAME_TITLE_LEVEL = 2


@dataclass(frozen=True)
class DeckPages:
    """A text with its slides or pages as form feeds, the lines taken out as each slide's
    furniture (each once), and the frame titles that are headings (their text, their level)."""

    text: str
    furniture: tuple[str, ...] = ()
    headings: dict[str, int] = field(default_factory=dict)


def paged_deck_text(text: str) -> DeckPages | None:
    """`text` with its slide labels, page prefixes or slide counters as form feeds (see the
    module's docstring); None where it has none of them. pdfgrep keeps the PDF's form feeds
    in its lines; a deck's text with form feeds of its own is paged already."""
    if _PAGE_PREFIX.match(text):
        return _paged_by_line_prefixes(text)
    if "\f" in text.rstrip("\f\n"):
        return None
    return _paged_by_slide_labels(text) or _paged_by_slide_counters(text)


def _paged_by_slide_labels(text: str) -> DeckPages | None:
    """node-pptx-parser's slides: each "Slide rIdN:" line after a blank line (or opening the
    text) starts a slide; the first opens it, two or more there must be, and nothing but
    blank lines stands before the first."""
    lines = text.split("\n")
    labels = [index for index, line in enumerate(lines) if _SLIDE_LABEL.fullmatch(line)
              and (index == 0 or not lines[index - 1].strip())]
    if len(labels) < MIN_SLIDES or any(line.strip() for line in lines[:labels[0]]):
        return None
    kept = [("\f" if index != labels[0] else None) if index in labels else line for index, line in enumerate(lines)]
    paged = "\n".join(line for line in kept if line is not None)
    return DeckPages(paged.replace("\n\f\n", "\f"))


def _paged_by_line_prefixes(text: str) -> DeckPages | None:
    """pdfgrep's pages: every line opens with its page number and a colon, the numbers
    never falling. The numbers go; the form feed that ends each page (poppler's, on a line
    of its own) stays, and where the text has none, one stands where the numbers rise (one for
    each page they pass, so that an empty page still counts). An empty line that the tool
    writes after each line with text goes (`_single_spaced`)."""
    lines = text.rstrip("\n").split("\n")
    found = [_PAGE_PREFIX.match(line) for line in lines]
    if len(lines) < MIN_PREFIXED_LINES or not all(found):
        return None
    pages = [int(match[1]) for match in found]
    if pages[0] < 1 or any(b < a for a, b in zip(pages, pages[1:])):
        return None
    bodies = [line[match.end():] for line, match in zip(lines, found)]
    if _clock_times(bodies):
        return None
    bodies, pages = _single_spaced(bodies, pages)
    if not any("\f" in body for body in bodies):
        bodies = ["\f" * (page - (pages[index - 1] if index else 1)) + body
                  for index, (body, page) in enumerate(zip(bodies, pages))]
    return DeckPages("\n".join(bodies) + "\n")


def _clock_times(bodies: list[str]) -> bool:
    """Whether the lines open with clock times ("09:15 Spreekuur", a chat's "12:30 Jan: ...")
    rather than pdfgrep's page numbers: pdfgrep writes an empty line as a bare "1:", and a
    time's minutes stand right after its colon."""
    filled = [body for body in bodies if body.strip()]
    return all(body.strip() for body in bodies) or sum(1 for body in filled if _MINUTES.match(body)) * 2 > len(filled)


def _single_spaced(bodies: list[str], pages: list[int]) -> tuple[list[str], list[int]]:
    """pdfgrep's lines without the empty line it writes after each line with text, where
    every such line has one: left in, a text's lines stood apart as paragraphs, and a layout's
    columns and table rows were no longer lines next to each other. A form feed in a line that
    goes stays, on the line before it."""
    filled = [index for index, body in enumerate(bodies) if body.strip()]
    if not filled or any(index + 1 >= len(bodies) or bodies[index + 1].strip() for index in filled):
        return bodies, pages
    gone = {index + 1 for index in filled}
    kept = [(body + "\f" * bodies[index + 1].count("\f") if index in filled else body, page)
            for index, (body, page) in enumerate(zip(bodies, pages)) if index not in gone]
    return [body for body, _ in kept], [page for _, page in kept]


@dataclass(frozen=True)
class _Counter:
    """A footline whose slide counter closes it: its line, its words, and the slide it counts."""

    index: int
    words: str
    slide: int


def _paged_by_slide_counters(text: str) -> DeckPages | None:
    """A beamer deck's slides: lines that end in a slide counter "k / N" after the same words,
    k rising by one from the first slide (or the second: a title page may have no footline)
    to N, three or more. Each such line goes, a form feed after it (before it where the first
    opens the text: the footline then opens each slide), its words once as furniture. The
    first line of each slide after it is its frame title where those lines end in beamer's
    glued numeral on most slides: the numeral goes and the title is a heading."""
    lines = text.split("\n")
    counters = _slide_counters(lines)
    if not counters:
        return None
    at = {counter.index for counter in counters}
    opens = not any(line.strip() for line in lines[:counters[0].index])
    out = [("\f" if opens and index != counters[0].index else "") if index in at
           else line for index, line in enumerate(lines)]
    if not opens:
        out = [line + "\f" if index in at else line for index, line in enumerate(out)]
    paged = "\n".join(out)
    paged, headings = _frame_titles(paged)
    return DeckPages(paged, (counters[0].words,), headings)


def _slide_counters(lines: list[str]) -> list[_Counter]:
    """The footlines of the one total that count slides 1 (or 2) to N (`_paged_by_slide_counters`).
    The counter's number may stand glued to a date's digits ("20253 / 9"): the words are
    what all the footlines share, and the number what follows them."""
    by_total: dict[str, list[tuple[int, str]]] = {}
    for index, line in enumerate(lines):
        match = _COUNTER.fullmatch(line.strip())
        if match:
            by_total.setdefault(match["total"], []).append((index, match["head"]))
    for total, found in by_total.items():
        counters = _counted(found, int(total))
        if counters:
            return counters
    return []


def _counted(found: list[tuple[int, str]], total: int) -> list[_Counter]:
    """The lines `found` (index, text before the "/") as counters of slides up to `total`,
    where one split of their shared text from a number each makes them count so; none else."""
    if len(found) < MIN_COUNTED_SLIDES:
        return []
    heads = [head for _, head in found]
    shared = len(_common_prefix(heads))
    for cut in range(shared, max(shared - len(str(total)), 0) - 1, -1):
        numbers = [head[cut:] for head in heads]
        if not all(number.isdigit() for number in numbers):
            continue
        slides = [int(number) for number in numbers]
        if slides[0] in (1, 2) and slides[-1] == total and all(b == a + 1 for a, b in zip(slides, slides[1:])):
            words = " ".join(heads[0][:cut].split())
            return [_Counter(index, words, slide) for (index, _), slide in zip(found, slides)] \
                if any(c.isalpha() for c in words) else []
    return []


def _common_prefix(texts: list[str]) -> str:
    """The longest text that all of `texts` open with."""
    first, last = min(texts), max(texts)
    size = next((i for i, (a, b) in enumerate(zip(first, last)) if a != b), min(len(first), len(last)))
    return first[:size]


def _frame_titles(paged: str) -> tuple[str, dict[str, int]]:
    """Each slide's first line without beamer's glued numeral, and those titles as headings,
    where most slides after the first open with such a numeral; the text as it is else."""
    pages = paged.split("\f")
    firsts = [_first_filled(page) for page in pages[1:]]
    numbered = [(place, match) for place, match in enumerate(firsts, 1)
                if match is not None and _FRAME_NUMERAL.fullmatch(pages[place].split("\n")[match].strip())]
    slides = sum(1 for first in firsts if first is not None)
    if not slides or 2 * len(numbered) <= slides:
        return paged, {}
    headings: dict[str, int] = {}
    for place, line in numbered:
        page_lines = pages[place].split("\n")
        title = _FRAME_NUMERAL.fullmatch(page_lines[line].strip())["title"].strip()
        page_lines[line] = title
        headings[title] = FRAME_TITLE_LEVEL
        pages[place] = "\n".join(page_lines)
    return "\f".join(pages), headings


def _first_filled(page: str) -> int | None:
    """The index of a page's first line with text on it, if any."""
    return next((index for index, line in enumerate(page.split("\n")) if line.strip()), None)
