"""A manual page typeset to PDF (pdfroff, `groff -man -Tpdf`), read as `ingest.man` reads the
page `man` renders to text (`man_page_lines`).

groff frames each page with man's header, the page's name and section at both ends
("trommelvliesperforatie(7) KNO-patiënteninformatie trommelvliesperforatie(7)"), and a footer
of its source, its date and the page's number ("Ziekenhuis Rivierenland Tiel 2026-12-06 1").
On a page of its own no repeat tells them for a running header and footer: the header stood
in the leaflet's first passage, the footer was a passage (red team 35, scdoc through pdfroff).
The page's first section (NAME, "NAAM") holds one line "name - what it is", its title
(`ingest.man.name_title`); left in, it was a passage of its own and the file's name the title.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest.man import name_title, typeset_header
from ingest.pdf.geometry import PdfLine


@dataclass(frozen=True)
class ManPageLines:
    """What a typeset man page's lines hold besides its text: the lines of its frame and of its
    NAME section on each page (0-based indices), and the title its NAME line gives ("" if none)."""

    frame: list[set[int]]
    name: list[set[int]]
    title: str


def man_page_lines(pages: list[list[PdfLine]], first_page: int = 1) -> ManPageLines | None:
    """The frame and NAME section of a typeset man page; None where the first page does not
    open with man's header. The header is each page's first line that repeats the first page's;
    the footer each page's lowest line, set below the rest, that ends with the page's number or
    the page's name and section, as man's footer does (`_footer`). Pages are numbered from
    `first_page`: a catalog part's pages go on from the file's earlier ones."""
    first = next((lines for lines in pages if lines), [])
    page = typeset_header(first[0].text) if first else ""
    if not page:
        return None
    header = " ".join(first[0].text.split())
    frame = [{index for index in _top(lines) if " ".join(lines[index].text.split()) == header} | _footer(lines, page, number)
             for number, lines in enumerate(pages, start=first_page)]
    name, title = _name_section(first, frame[pages.index(first)])
    return ManPageLines(frame, [name if lines is first else set() for lines in pages], title)


def _top(lines: list[PdfLine]) -> list[int]:
    """The page's highest line (the first drawn, where more stand as high)."""
    if not lines:
        return []
    top = max(line.y for line in lines)
    return [next(index for index, line in enumerate(lines) if line.y == top)]


def _footer(lines: list[PdfLine], page: str, number: int) -> set[int]:
    """The page's lowest line where man's footer stands there: below every other line, in
    fields, its last the page's number or name and section."""
    if len(lines) < 2:
        return set()
    lowest = min(range(len(lines)), key=lambda index: lines[index].y)
    words = lines[lowest].text.split()
    above = min(line.y for index, line in enumerate(lines) if index != lowest)
    if len(words) < 2 or lines[lowest].y >= above or words[-1] not in {str(number), page}:
        return set()
    return {lowest}


def _name_section(lines: list[PdfLine], frame: set[int]) -> tuple[set[int], str]:
    """The NAME section's heading and line, and the title the line gives: the page's first
    heading, one word in capitals, over one line "name - what it is" (`name_title`) and the
    next heading. ((), "") where the first section is no NAME section."""
    text = [index for index in range(len(lines)) if index not in frame and lines[index].text.strip()]
    headings = [index for index in text if _section_heading(lines[index])]
    if len(headings) < 2 or len(lines[headings[0]].text.split()) != 1:
        return set(), ""
    start, end = headings[0], headings[1]
    said = [index for index in text if start < index < end]
    title = name_title(lines[said[0]].text) if len(said) == 1 else ""
    return ({start, said[0]}, title) if title else (set(), "")


def _section_heading(line: PdfLine) -> bool:
    """Whether a line is a section's heading as man sets it: bold, in capitals."""
    words = line.text.strip()
    return line.bold and words.upper() == words and any(char.isalpha() for char in words)
