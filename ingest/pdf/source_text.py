"""A PDF's pages written out as one SourceText (`load_pdf`, `pdf_source`).

Furniture and the table of contents are dropped, footnotes and boxes moved, lines broken into
paragraphs and headings marked; each page's start in the text is kept, so that a
citation can name the page of every character.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from ingest.clean.lines import CELL_SEPARATOR, ends_sentence
from ingest.document import IngestError
from ingest.pdf.boxes import boxes_after_paragraphs
from ingest.pdf.contents import without_contents
from ingest.pdf.footnotes import footnotes_after_references
from ingest.pdf.furniture import contact_kept, front_matter, furniture_text, newest_revision, page_furniture
from ingest.pdf.geometry import PdfLine
from ingest.man import unshouted_heading
from ingest.pdf.headings import header_cells_apart, heading_levels, scanned_headings, subtitles_apart
from ingest.pdf.man_page import man_page_lines
from ingest.pdf.paragraphs import line_breaks
from ingest.pdf.reader import UNREADABLE, PdfDocument, read_pdf
from ingest.pdf.style import MAX_HEADING_WORDS, measure_body
from ingest.pdf.title import without_author_label
from ingest.pdf.tables import cells_in_columns, headers_over_page, without_repeated_headers
from ingest.source import SourceText
from ingest.title_frame import unshouted


def load_pdf(data: bytes, path: str | Path) -> SourceText:
    """The text of a PDF with its page map, title and headings."""
    return pdf_source(read_pdf(data, path), path)


def pdf_source(document: PdfDocument, path: str | Path, pages: range | None = None,
               first_page: int = 1) -> SourceText:
    """The SourceText of some pages (default: all), cited from `first_page` on.

    `pages` are 0-based positions in the file; the text of each page becomes one
    stretch of the source text, its start kept in `page_starts`. Pages that show only a
    large image once headers, footers and page numbers are gone (a scan among pages with
    text) are named in `scanned_pages`; pages whose text layer is glyph codes, not words, in
    `unread_pages`.
    """
    picked = list(pages if pages is not None else range(len(document.pages)))
    chosen = [list(document.pages[i]) for i in picked]
    margins = [document.margins[i] for i in picked] if document.margins else None
    tops = [document.tops[i] for i in picked] if document.tops else None
    dropped = page_furniture(chosen, first_page, margins, tops)
    manual = man_page_lines(chosen, first_page)
    if manual:
        dropped = [found | frame for found, frame in zip(dropped, manual.frame)]
    furniture = furniture_text(chosen, dropped, first_page)
    front = front_matter(chosen, dropped)
    furniture = "\n".join(text for text in (furniture, newest_revision(chosen, front)) if text)
    dropped = [found | more for found, more in zip(dropped, front)]
    dropped = contact_kept(chosen, dropped, margins, tops)
    if manual:
        dropped = [found | name for found, name in zip(dropped, manual.name)]
    chosen = [[ln for i, ln in enumerate(lines) if i not in drop] for lines, drop in zip(chosen, dropped)]
    if not any(ln.text.strip() for lines in chosen for ln in lines):
        last = first_page + len(chosen) - 1
        if any(index + 1 in document.unread_pages for index in picked):
            raise IngestError(path, f"no text on pages {first_page}-{last}: {UNREADABLE}")
        raise IngestError(path, f"no text on pages {first_page}-{last}: they look scanned, OCR is needed")
    chosen = without_contents(chosen, first_page + len(document.pages) - 1 - picked[0])  # the file's last page
    chosen = headers_over_page(without_repeated_headers(chosen), tops)
    body = measure_body(chosen)
    if picked[0] == 0:  # the file's cover
        chosen[0] = without_author_label(chosen[0], body)
    flat = footnotes_after_references([(number, line) for number, lines in enumerate(chosen) for line in lines],
                                      body)
    flat = boxes_after_paragraphs(flat, body)
    breaks = line_breaks(flat, body)
    headings, breaks = header_cells_apart(flat, breaks, heading_levels(flat, breaks, body))
    breaks = subtitles_apart(flat, breaks, headings, body)
    headings, breaks = scanned_headings(flat, breaks, headings, body)
    source = _assemble(flat, breaks, headings, len(chosen), manual and manual.title or document.title, first_page)
    source = replace(source, text=unshouted_opening(source.text))
    if manual:
        source = replace(source, text=_unshouted_headings(source.text, source.heading_at))
    scanned = tuple(position for position, (index, lines) in enumerate(zip(picked, chosen))
                    if index in document.large_image and not any(ln.text.strip() for ln in lines))
    lost = tuple(position for position, index in enumerate(picked) if index + 1 in document.lost_pages)
    unread = tuple(position for position, index in enumerate(picked) if index + 1 in document.unread_pages)
    return replace(source, scanned_pages=scanned, lost_pages=lost, unread_pages=unread, furniture=furniture)


def _assemble(flat: list[tuple[int, PdfLine]], breaks: list[str], headings: dict[int, int],
              page_count: int, title: str, first_page: int) -> SourceText:
    """Lines written out with their breaks; headings as one line each."""
    pages: list[list[str]] = [[] for _ in range(page_count)]
    marks: list[dict[int, int]] = [{} for _ in range(page_count)]
    columned = cells_in_columns(flat)
    index = 0
    while index < len(flat):
        page, line = flat[index]
        if index in headings:
            end = index
            while breaks[end] == "wrap":
                end += 1
            text = " ".join(" ".join(flat[i][1].text for i in range(index, end + 1)).split())
            marks[page][len(pages[page])] = headings[index]
            pages[page].append(text)
            pages[page].append("")
            index = end + 1
            continue
        kind = breaks[index]
        pages[page].append(columned.get(index, _row_text(line)).rstrip() + (" " if kind == "wrap" else ""))
        if kind == "paragraph":
            pages[page].append("")
        index += 1
    texts, starts, heading_at, at = [], [], {}, 0
    for lines, marked in zip(pages, marks):
        starts.append(at)
        offset = at
        for number, text in enumerate(lines):
            if number in marked:
                heading_at[offset] = marked[number]
            offset += len(text) + 1
        page_text = "\n".join(lines)
        texts.append(page_text)
        at += len(page_text) + 1
    return SourceText("\n".join(texts), "plain", tuple(starts), title=title,
                      heading_at=heading_at, first_page=first_page)


def unshouted_opening(text: str) -> str:
    """The text with its opening line, a title typed in capitals on a line of its own
    ("KWALLENSTEEK", podofotxt2pdf's text file set in one size), in the case the text writes
    its words in (`unshouted`, as Org's framed title is): a title in capitals named every
    passage so. A line of a heading's few words only, no sentence, over a line not in
    capitals (the cover line the PDF sets right under it, read as the same paragraph): of a
    paragraph in capitals, a first line alone would change. A line set in fields ("REGIONAAL
    ZIEKENHUIS NOORDOOST - AFDELING FYSIOTHERAPIE") is a masthead, whose names the text
    does not case, and a title of which a word stays in capitals that the text never writes so
    ("JETLAG: TIPS VOOR VERRE REIZEN" gave "Jetlag: TIPS voor VERRE reizen") stays as it is.
    Cased in place, so every offset after it stands."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    following = text[end:].lstrip().split("\n", 1)[0]
    if not line or len(line.split()) > MAX_HEADING_WORDS or ends_sentence(line) or following.upper() == following \
            or _FIELDS.search(line):
        return text
    cased = unshouted(line, text[end:])
    shouting = [word for word in re.findall(r"[^\W\d_]{2,}", cased) if word.isupper()]
    if len(cased) != len(line) or any(not re.search(rf"\b{word}\b", text[end:]) for word in shouting):
        return text
    at = text.index(line, start)
    return text[:at] + cased + text[at + len(line):]


_FIELDS = re.compile(r"\s[|•·–—-]\s|\S {3,}\S")  # a masthead's fields, apart by a bar, a dash or wide space


def _unshouted_headings(text: str, heading_at: dict[int, int]) -> str:
    """A man page's text with its section headings, in capitals as man sets them all, in the
    case the text writes their words in (`unshouted_heading`), as its HTML's are. Cased in
    place, so every offset stands: a heading whose length the casing would change stays."""
    lines = {at: text[at:_line_end(text, at)] for at in heading_at}
    headings = set(lines.values())
    prose = "\n".join(line for line in text.split("\n") if line not in headings)
    for at, line in lines.items():
        cased = unshouted_heading(line, prose)
        if len(cased) == len(line):
            text = text[:at] + cased + text[at + len(line):]
    return text


def _line_end(text: str, at: int) -> int:
    """Where the line that starts at `at` ends: its newline, or the text's end."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _row_text(line: PdfLine) -> str:
    """A line's text; a table's row of two cells (bordered, or typed with spaces) with its
    cells apart by " | ". Two spaces set the cells of a row of three or more apart, which
    cleaning reads as columns; two cells apart by two spaces it reads as one ("Een verstopte
    neus Minder dan vier natte luiers per dag"), but the layout says they are cells."""
    if line.open_cell:  # its second cell left empty
        return line.text.strip() + CELL_SEPARATOR
    cells = line.text.strip().split("  ")
    if not (line.table and len(cells) == 2 == len(line.starts)):
        return line.text
    return CELL_SEPARATOR.join(cell.strip() for cell in cells)
