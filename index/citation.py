"""Where a passage stands: the citation text and a link that opens the source there."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote, urlsplit

from ingest.document import Leaflet, Passage


def source_link(leaflet: Leaflet, passage: Passage, sentence: str = "") -> str:
    """A link that opens the source at the passage, or at `sentence` inside it.

    PDFs (and paged texts linked to one) open at the page (`#page=N`) where the sentence stands (a passage may run over
    two pages; the answer is on one), else where the passage begins; web pages scroll to
    the sentence or the passage with a text fragment (`#:~:text=`); a local file without
    URL gets a file link.
    """
    base = leaflet.url or Path(leaflet.source_path).resolve().as_uri()
    if leaflet.paged and passage.pages and _opens_as_pdf(leaflet):
        return f"{base}#page={cited_page(passage, sentence)}"
    if leaflet.url:
        inside = sentence if sentence and sentence in passage.text else passage.text
        return f"{base}#:~:text={_text_fragment(inside)}"
    return base


def _opens_as_pdf(leaflet: Leaflet) -> bool:
    """Whether the link opens a PDF, where `#page=N` means a page: the source is one, or its
    URL names one (a text made from a PDF by pdftotext, linked to that PDF). A paged text
    linked to a web page scrolls by its words instead."""
    return Path(leaflet.source_path).suffix.lower() == ".pdf" or urlsplit(leaflet.url).path.lower().endswith(".pdf")


def cited_page(passage: Passage, sentence: str = "") -> int | None:
    """The page where `sentence` stands in the passage, else its first page; None when
    the source has no pages."""
    at = passage.text.find(sentence) if sentence else 0
    return passage.page_of(max(at, 0))


def page_label(passage: Passage) -> str:
    """'p. 3' or 'pp. 3–4'; empty for unpaged sources."""
    if not passage.pages:
        return ""
    first, last = passage.pages[0], passage.pages[-1]
    return f"p. {first}" if first == last else f"pp. {first}–{last}"


def place_label(leaflet: Leaflet, passage: Passage) -> str:
    """Where a passage stands in a list of places: 'Title (p. 3)', or the title alone."""
    return leaflet.title + (f" ({page_label(passage)})" if passage.pages else "")


def citation(leaflet: Leaflet, passage: Passage, sentence: str = "", *, dated: str = "",
             unlinked: str = "{file}", quote: str = "") -> str:
    """`"passage" (Title, section, p. N, date, link)`: ready to paste into a reply; the link
    opens at `sentence` when given. `quote` quotes a part of the passage instead (its marked
    sentence: staff often answer with the one line); its page is the page it stands on.

    `dated` says the leaflet's date as the page around it does ("bijgewerkt 2 juli 2025",
    "datum onbekend"); without it, the ISO date where there is one. A leaflet without a web
    address is named by its file instead (`unlinked`, with `{file}` for the file's name:
    "geen webadres; bestand fsgs.txt"), never by a path on this machine: the reader of a
    reply cannot open it, and it tells where the server keeps its files.
    """
    parts = [leaflet.title]
    if passage.headings:
        parts.append(" > ".join(passage.headings))
    part = bool(quote) and quote in passage.text and quote != passage.text
    quoted = quote if part else passage.text
    if part and passage.pages:
        parts.append(f"p. {cited_page(passage, quote)}")
    elif page_label(passage):
        parts.append(page_label(passage))
    if dated or leaflet.updated:
        parts.append(dated or leaflet.updated)
    if leaflet.url:
        parts.append(source_link(leaflet, passage, sentence))
    else:
        parts.append(unlinked.format(file=Path(leaflet.source_path).name))
    return f"\"{quoted}\" ({', '.join(parts)})"


def _text_fragment(text: str, words: int = 5) -> str:
    """`start,end` text directive: the first and last words of the passage's first line.

    A list marker that cleaning added ("• ") is not on the page and is left out;
    "-" is escaped because the directive uses it to mark a prefix or suffix. A table row
    stands in the passage as one line, its cells apart by " | " ("Nepafenac (Nevanac)
    1 mg/ml | 3 keer per dag"), but on the page each cell is text of its own and the
    separator is nowhere: the fragment is then taken from the cells (`_row_fragment`). A
    row with too few words for that gets the line as it is, separators and all: the page
    then opens at its top, not at a row that only shares a word with this one.
    """
    first = text.strip().splitlines()[0] if text.strip() else ""
    first = re.sub(r"^(?:[•◦▪]\s*)", "", first)
    cells = _cells(first)
    row = _row_fragment(cells, words) if len(cells) > 1 else ""
    return row or _line_fragment(first.split(), words)


def _line_fragment(line: list[str], words: int) -> str:
    """All the words when they are few, else the first and last `words` as `start,end`."""
    if len(line) <= 2 * words:
        return _escape(" ".join(line))
    return f"{_escape(' '.join(line[:words]))},{_escape(' '.join(line[-words:]))}"


def _row_fragment(cells: list[str], words: int) -> str:
    """The fragment of a table row: its label (the first cell with a letter, most often the
    words that name the row), or its longest cell when the label is a word or two, provided
    that has `_FEW_WORDS` words; else "" (none). Each cell is text of its own on the page,
    so the fragment stays inside one. A cell of a word or two ("Ja", "Stap 1") is found
    where it first stands on the page, most often not in this row, and a `start,end` range
    from it would begin there too."""
    texts = [cell.split() for cell in cells if _has_letter(cell)]
    if not texts:
        return ""
    chosen = texts[0] if len(texts[0]) >= _FEW_WORDS else max(texts, key=len)
    return _line_fragment(chosen, words) if len(chosen) >= _FEW_WORDS else ""


def _cells(line: str) -> list[str]:
    """The non-empty cells of a table row written as "cell | cell"; a line that is no
    row is one cell."""
    cells = [cell.strip() for cell in _CELL_SEPARATOR.split(line)]
    return [cell for cell in cells if cell and cell != "|"]


def _has_letter(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


_FEW_WORDS = 3  # fewer words than this are most often found elsewhere on the page first


_CELL_SEPARATOR = re.compile(r"\s\|(?=\s|$)|^\|(?=\s)")


def _escape(words: str) -> str:
    return quote(words, safe="").replace("-", "%2D")
