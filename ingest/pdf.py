"""Load PDF leaflets from the geometry of their text, keeping where each page begins.

A citation of a PDF names its page, so the page of every character must survive
cleaning: pages are joined into one text with their start offsets kept. pypdf
gives no blank lines and no reading order beyond the content stream, so the
layout is read from where each piece of text sits (pypdf's text visitor):

- lines are runs of pieces on one baseline, in the order the page draws them;
  a page set in two columns (a gutter no line crosses) is read column by column,
  unless the two sides pair up line by line as a table's cells do: a table is
  read row by row, and so is a run of lines of three or more cells set apart by
  wide gaps (a dosing schedule), its cells kept apart by two spaces, the mark of
  columns that cleaning keeps; a box set beside the text (a sidebar) is read after
  it, its headings beside the text's sections; a table printed from the web, drawn cell by cell,
  is read row by row too, each cell's wrapped lines going on in it (`cell_row`), and
  a row whose full cells leave no wide gap is cut where the rows beside it have
  their cells (`aligned_cells`); a justified line's stretched word spacing is no
  column gap (`unjustified`); a bold heading set in the margin beside its
  section's first line is a line of its own;
- a vertical gap larger than the body's line spacing ends a paragraph, written
  as a blank line; a line that wraps gets a trailing space, the mark that
  cleaning reads as "continues on the next line";
- running headers, footers and page numbers are dropped, found by where they sit
  (`page_furniture`), not where the page happens to draw them (in a file of up to
  four pages, a header or footer no other page repeats by its place in the top or
  bottom margin and its shape), and carried apart
  (`SourceText.furniture`) for the date a footer may state; so is a table of
  contents (`without_contents`), which would otherwise answer every question;
- a paragraph set bold or larger than the body text, short and not ending like a
  sentence, is a heading; numbered headings ("2. Wanneer mag u ...") rank above
  unnumbered ones at the same size. A title wrapped over two lines is one heading,
  but a sentence set under it in its style (a subtitle: "Wat kunt u zelf doen?") is
  the leaflet's first paragraph, not part of the title nor a second one.

- a column may be split again at a gutter of its own: a folder folded in three is read
  panel by panel, its front cover (the largest text, on the right of the first page)
  first (`cover_first`); a bordered table's cells are told apart by the vertical rules
  the page draws between them, however close they stand (`Fragment.rule`), and a
  two-column table whose cells wrap is read row by row (`two_cell_rows`);
- an invisible OCR layer (text render mode 3) has its misread words put right where the
  reading is a word and the OCR's is none (`ocr_corrected`: "p1ek", "naarn", "3O");
- the title is the metadata's only where the text states it, or where no larger text
  opens the document: a scanner's or printer's file name loses to the largest text of the
  first pages (`document_title`).

Whatever goes wrong inside pypdf becomes an IngestError that names the file and
the cause (a password, a missing AES library, damage). A file cut short is rebuilt
from its whole objects (`_recovered`) and the pages that can be read are kept; the
lost ones are named (`PdfDocument.lost_pages`, logged as a warning).
"""

from __future__ import annotations

import functools
import io
import logging
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

import pypdf
from pypdf.errors import DependencyError, FileNotDecryptedError

from ingest.clean import (CONTINUATION_WORDS, ends_sentence, furniture_keys, is_page_number,
                          normalise_unicode, runs_through)
from ingest.document import IngestError
from ingest.source import SourceText

HEADING_SIZE_RATIO = 1.15
MAX_HEADING_WORDS = 15
PARAGRAPH_GAP_RATIO = 1.3  # a gap this much above the body's line spacing ends a paragraph
CHAR_WIDTH = 0.45  # average glyph width in ems, to guess where a piece of text ends

# Symbol and Wingdings bullets that pypdf reads as private-use characters.
_BULLETS = str.maketrans({"\uf0b7": "•", "\uf0a7": "▪", "\uf0a8": "□", "\uf0d8": "➢",
                          "\uf076": "❖", "\uf0fc": "✓", "\uf0e0": "➢", "\uf02d": "–"})


def _symbol_font_table() -> dict[int, str]:
    """Text set in the Symbol font comes out of pypdf as U+F000 + the font's code: "2\uf0b0C"
    for "2°C", "T\uf068\uf06c" for Cyprus's "Τηλ". Adobe's Symbol encoding puts Greek on the
    Latin letters' codes and signs above 0xA0; these are the signs a leaflet may use."""
    table = {0xF000 + code: chr(code) for code in range(0x20, 0x7F)}  # digits, punctuation
    for latin, greek in (("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ"),
                         ("abcdefghijklmnopqrstuvwxyz", "αβχδεφγηιϕκλμνοπθρστυϖωξψζ")):
        table.update({0xF000 + ord(a): b for a, b in zip(latin, greek)})
    signs = {0x22: "∀", 0x24: "∃", 0x2A: "∗", 0x40: "≅", 0x5C: "∴", 0x5E: "⊥", 0x7E: "∼",
             0xA2: "′", 0xA3: "≤", 0xA5: "∞", 0xAB: "↔", 0xAC: "←", 0xAD: "↑", 0xAE: "→", 0xAF: "↓",
             0xB0: "°", 0xB1: "±", 0xB2: "″", 0xB3: "≥", 0xB4: "×", 0xB5: "∝", 0xB7: "•", 0xB8: "÷",
             0xB9: "≠", 0xBA: "≡", 0xBB: "≈", 0xBC: "…", 0xD7: "·"}
    table.update({0xF000 + code: sign for code, sign in signs.items()})
    return table


_SYMBOL_FONT = _symbol_font_table()


def readable(text: str, font_name: str) -> str:
    """Private-use characters of bullet and Symbol fonts turned into the characters they show
    (bullets first, whatever the font, as list items are recognised by them)."""
    text = text.translate(_BULLETS)
    return text.translate(_SYMBOL_FONT) if "symbol" in font_name.lower() else text
_ITEM_START = re.compile(r"^(?:[•●▪◦·‣∙○■□➢►❖✓–*\-+]\s|\d{1,2}[.)]\s|[a-z][.)]\s)")
_LETTER_O_BULLET = re.compile(r"^o\s+(?=[^\W\d_])")  # a lower-case "o" typed as a sub-bullet
_NUMBERED = re.compile(r"^\d{1,2}\.\s+\S")
_SUBNUMBERED = re.compile(r"^(?:\d{1,2}\.\d{1,2}\.?|[a-z][.)])\s+\S")


@dataclass(frozen=True)
class Fragment:
    """A piece of text as pypdf draws it: its baseline origin, size and weight."""

    text: str
    x: float
    y: float
    size: float
    bold: bool
    rule: float = float("-inf")  # the x of the vertical rule nearest left of it (a cell's border)

    @property
    def end(self) -> float:
        """Where the piece probably ends (glyph widths are estimated, not measured)."""
        return self.x + CHAR_WIDTH * self.size * len(self.text.rstrip())


@dataclass(frozen=True)
class PdfLine:
    """One visual line: its text, left edge, baseline, font size and weight.

    `region` numbers the column band the line was read in; lines of one region
    follow each other on the page, a new region starts a new column or band.
    `table` marks a line of a table read row by row (two columns split by a gutter,
    or three or more); `cells` counts the pieces of a line set apart by wide gaps,
    as a table row's cells are, and `starts` says where each of them begins.
    `aside` marks a line of a box set beside the text (a sidebar, see `find_gutter`).
    """

    text: str
    x: float
    y: float
    size: float
    bold: bool
    region: int = 0
    cells: int = 1
    table: bool = False
    starts: tuple[float, ...] = ()
    aside: bool = False
    ruled: bool = False  # its cells stand apart by vertical rules: a bordered table's row


@dataclass(frozen=True)
class Region:
    """Fragments read one after the other: a column, a band, or a whole page; `table`
    when it is a table whose two columns are read row by row."""

    fragments: list[Fragment]
    table: bool = False
    aside: bool = False


@dataclass(frozen=True)
class PdfDocument:
    """The lines of every page of a PDF, and what its metadata says."""

    pages: tuple[tuple[PdfLine, ...], ...]
    title: str = ""
    large_image: frozenset[int] = frozenset()  # 0-based pages of little text that draw a large image
    margins: tuple[float, ...] = ()  # for each page, the height below which its bottom margin lies
    tops: tuple[float, ...] = ()  # for each page, the height above which its top margin lies
    lost_pages: tuple[int, ...] = ()  # pages (1-based) of a truncated file that could not be read


def load_pdf(data: bytes, path: str | Path) -> SourceText:
    """The text of a PDF with its page map, title and headings."""
    return pdf_source(read_pdf(data, path), path)


def read_pdf(data: bytes, path: str | Path) -> PdfDocument:
    """The lines of every page; IngestError for encrypted, damaged or scanned files. Of a
    file cut short (see `_recovered`), the pages that can still be read, each lost page
    an empty one (the others keep their numbers) and named in `lost_pages`. A file whose
    cut took no page, only its cross-reference table, is still refused as it always was
    (tests/test_ingest_loaders.py holds it so)."""
    reader, damage = _open(data, path)
    try:
        found = _pages(reader, damage is not None)
        pages = tuple(lines for _, lines in found)
        lost = tuple(number for number, (page, _) in enumerate(found, start=1) if page is None)
        if damage is not None and (len(lost) == len(found) or not lost):
            raise damage  # nothing readable; or a cut that took no page, only the file's index
        if pages and found[0][0] is not None:
            pages = (cover_first(pages[0], _width(found[0][0]), pages), *pages[1:])
        title = document_title(metadata_title(str((reader.metadata or {}).get("/Title", "") or "")), pages)
        large_image = frozenset(number for number, (page, lines) in enumerate(found)
                                if page is not None and len(lines) <= MAX_SCAN_LINES and shows_scan(page))
        margins = tuple(bottom_margin(page) if page is not None else float("-inf") for page, _ in found)
        tops = tuple(top_margin(page) if page is not None else float("inf") for page, _ in found)
    except IngestError:
        raise
    except DependencyError:  # AES-128 files decrypt lazily, page by page
        raise _missing_cipher(path) from None
    except Exception as error:  # pypdf raises many kinds of errors on damaged files
        raise IngestError(path, f"the PDF is damaged ({_describe(error)})") from None
    if not any(line.text.strip() for lines in pages for line in lines):
        raise IngestError(path, "no text layer: the PDF looks scanned, OCR is needed")
    return PdfDocument(pages, title, large_image, margins, tops, lost)


def _pages(reader: pypdf.PdfReader, recovered: bool) -> list[tuple[pypdf.PageObject | None, tuple[PdfLine, ...]]]:
    """Each page with its lines; of a recovered file, a page that cannot be read is (None, ())."""
    if not recovered:
        return [(page, tuple(page_lines(page))) for page in reader.pages]
    found: list[tuple[pypdf.PageObject | None, tuple[PdfLine, ...]]] = []
    for number in range(len(reader.pages)):
        try:
            page = reader.pages[number]
            lines = tuple(page_lines(page))
        except Exception:  # the page's objects are cut off: the page is lost, not the file
            lines, page = (), None
        text = "".join(line.text for line in lines if line.text.strip())
        if text and sum(ch.isprintable() and ch != "\ufffd" for ch in text) < MIN_READABLE * len(text):
            lines, page = (), None  # its font was cut off: its codes are no characters
        found.append((page, lines))
    try:  # the page tree counts the pages whose objects the cut took with it ...
        tree = reader.trailer["/Root"]["/Pages"]
        declared = int(tree["/Count"])
        # ... as far as it names them: a damaged /Count (9999) names no pages
        declared = min(declared, max(len(tree.get("/Kids", ())), len(found)))
    except Exception:
        declared = len(found)
    return found + [(None, ())] * max(0, min(declared, MAX_LOST_PAGES) - len(found))


MAX_LOST_PAGES = 10_000  # a page count no leaflet reaches: a damaged /Count is no count
MIN_READABLE = 0.5  # of a recovered page's characters that must be characters, not unknown codes


def _width(page: pypdf.PageObject) -> float:
    return float(page.mediabox.width) if page.mediabox else 595.0


def cover_first(lines: tuple[PdfLine, ...], width: float,
                pages: tuple[tuple[PdfLine, ...], ...]) -> tuple[PdfLine, ...]:
    """The first page's lines, its cover panel read first. A folder folded in three prints
    its outside as one page: inside flap, back cover, front cover, left to right. The front
    cover is the column on the right third of the page that holds the document's largest
    text (its title) and little else, less than either panel beside it; read in print
    order, the leaflet opened with its flap and its title stood under the back cover's small
    print."""
    regions = list(dict.fromkeys(line.region for line in lines))
    largest = max((line.size for page in pages for line in page if line.text.strip()), default=0.0)
    if len(regions) < 3 or not largest:
        return lines
    cover = [line for line in lines if line.region == regions[-1]]
    others = [sum(1 for line in lines if line.region == region) for region in regions[:-1]]
    if any(line.x < 0.6 * width for line in cover) or not any(line.size == largest for line in cover) \
            or any(line.size == largest for line in lines if line.region != regions[-1]) \
            or len(cover) > MAX_COVER_LINES or len(cover) >= min(others):
        return lines  # a page of three columns whose right one says something large ("Bel 112")
    return (*cover, *(line for line in lines if line.region != regions[-1]))


MAX_COVER_LINES = 8  # a cover: title, subtitle, who publishes it; little else, less than either panel beside it


MIN_SCAN_PIXELS = 800  # both sides of an image this large at least: a page scan or a photo, not a logo
MAX_SCAN_LINES = 4  # a scan may carry a stamped header, footer or page number


def shows_scan(page: pypdf.PageObject) -> bool:
    """Whether a page draws a large image (a scanned page, a photo), directly or inside a
    form it draws: on a page without text, its words (if any) are in the picture. Images
    a page could draw but does not (a resource shared with other pages) do not count."""
    def draws_image(owner, content: bytes, depth: int) -> bool:
        resources = owner.get("/Resources")
        resources = resources.get_object() if resources is not None else None
        xobjects = resources.get("/XObject") if resources else None
        for name, item in (xobjects.get_object().items() if xobjects else ()):
            if not re.search(re.escape(str(name).encode()) + rb"\s+Do\b", content):
                continue
            xobject = item.get_object()
            if xobject.get("/Subtype") == "/Image" and min(int(xobject.get("/Width", 0)),
                                                           int(xobject.get("/Height", 0))) >= MIN_SCAN_PIXELS:
                return True
            if xobject.get("/Subtype") == "/Form" and depth < 3 \
                    and draws_image(xobject, xobject.get_data(), depth + 1):
                return True
        return False

    contents = page.get_contents()
    return contents is not None and draws_image(page, contents.get_data(), 0)


# Office programs put themselves before the document's name ("Microsoft Word - folder.docx")
_OFFICE_PREFIX = re.compile(r"^Microsoft\s+(?:Office\s+)?(?:Word|PowerPoint|Excel|Publisher|Visio)\s*[-–—]\s*",
                            re.IGNORECASE)
_PLACEHOLDER = re.compile(
    r"(?:document|dokument|presentatie|presentation|powerpoint-presentatie|untitled|naamloos(?: document)?"
    r"|titel|title|slide|dia)[\s-]*\d*", re.IGNORECASE)
_FILE_NAME = re.compile(r"(?P<stem>.*)\.(?:pdf|docx?|docm|dotx?|odt|rtf|pptx?|pptm|ppsx?|odp|xlsx?|ods|pub|indd)",
                        re.IGNORECASE)


def metadata_title(title: str) -> str:
    """The metadata title as a patient may see it, or "" where it names a file, not a leaflet.

    Office exports store the program and the file name: "Microsoft Word - Na uw
    operatie.docx" is the leaflet "Na uw operatie", while "folder_def_2021.doc" or
    "Microsoft Word - Folder_Coloscopie_v3.docx" name no leaflet at all (a single word
    or one with underscores or a folder path is a file's name, not a title).
    """
    title = _OFFICE_PREFIX.sub("", title.strip())
    if _PLACEHOLDER.fullmatch(title):  # what an office program calls a new, unsaved file
        return ""
    file_name = _FILE_NAME.fullmatch(title)
    if file_name is None:
        return title
    stem = file_name.group("stem").strip()
    return stem if " " in stem and not any(mark in stem for mark in "_/\\") else ""


TITLE_PAGES = 2  # the first pages with text, where a leaflet's title stands


def document_title(metadata: str, pages: tuple[tuple[PdfLine, ...], ...]) -> str:
    """The leaflet's title as its metadata gives it (see `metadata_title`), unless the first
    pages show one in larger type that the metadata does not match: a metadata title that
    the text never states ("ORT-033 hielspoor drukproef", a printer's proof; "Scan
    2025-06-18") names a file, not the leaflet, and a file's name (scan0043.pdf) gives
    none. Without larger type on those pages the metadata title stands, stated or not."""
    shown = shown_title(pages)
    if metadata and (not shown or _states(pages, metadata)):
        return metadata
    return shown or metadata


TITLE_LINES = 3  # a title opens its page (in reading order), at most under a masthead line or two


def shown_title(pages: tuple[tuple[PdfLine, ...], ...]) -> str:
    """The largest text of the first pages with text, where it is set larger than the body,
    in a size no later page uses (a chapter heading on every page is no title), among the
    first lines of the first page that has large text, and reads as a title: the first line in that size and the lines right under it in the same style
    (a title wrapped over two lines), in a heading's few words; else ""."""
    body = measure_body([list(lines) for lines in pages])
    texts = [lines for lines in pages if any(line.text.strip() for line in lines)]
    first, later = texts[:TITLE_PAGES], texts[TITLE_PAGES:]
    sized = [line for lines in first for line in lines if line.text.strip()]
    largest = max((line.size for line in sized), default=0.0)
    if largest < body.size * HEADING_SIZE_RATIO or any(line.size >= largest for lines in later for line in lines):
        return ""
    for number, lines in enumerate(first):
        texts = [line for line in lines if line.text.strip()]
        start = next((n for n, line in enumerate(texts) if line.size == largest), None)
        if number and any(line.size >= body.size * HEADING_SIZE_RATIO for line in first[0]):
            return ""  # page 1 has a title of its own; a larger heading inside is a section's
        if start is None:
            continue
        if start >= TITLE_LINES:
            return ""  # large text further down (a call-out, "Bel 112") is no title
        run = [texts[start]]
        for line in texts[start + 1:]:
            if (line.size, line.bold, line.region) != (run[-1].size, run[-1].bold, run[-1].region) \
                    or not 0 < run[-1].y - line.y <= 2 * line.size:
                break
            run.append(line)
        text = " ".join(" ".join(line.text for line in run).split())
        return text if _heading_shaped(text) else ""
    return ""


def _states(pages: tuple[tuple[PdfLine, ...], ...], title: str) -> bool:
    """Whether the document's text holds every word of `title`."""
    words = {word for lines in pages for line in lines for word in re.findall(r"\w+", line.text.casefold())}
    return set(re.findall(r"\w+", title.casefold())) <= words


def _open(data: bytes, path: str | Path) -> tuple[pypdf.PdfReader, IngestError | None]:
    """A reader for the bytes, and, where it reads a file cut short whose objects had to be
    found again (`_recovered`), the error that names its damage; encrypted files open only
    without a password."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        return _reader(data, path), None
    except IngestError:
        raise
    except DependencyError:
        raise _missing_cipher(path) from None
    except (FileNotDecryptedError, NotImplementedError) as error:  # pypdf: unsupported cipher
        raise IngestError(path, f"the PDF is encrypted ({_describe(error)})") from None
    except Exception as error:  # PdfReadError and the many errors of damaged files
        damage = IngestError(path, f"the PDF is corrupt or truncated ({_describe(error)})")
    repaired = _recovered(data)
    if repaired is None:
        raise damage from None
    try:
        return _reader(repaired, path), damage
    except Exception:
        raise damage from None


def _reader(data: bytes, path: str | Path) -> pypdf.PdfReader:
    reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        raise IngestError(path, "the PDF is encrypted (password-protected): it opens only with its password")
    len(reader.pages)
    return reader


_OBJECT = re.compile(rb"(?<![\d.])(\d{1,7})\s+(\d{1,5})\s+obj\b")
_ENDOBJ = re.compile(rb"\bendobj\b")


def _recovered(data: bytes) -> bytes | None:
    """The file rebuilt from its whole objects, or None. A file cut short (a download broken
    off) has lost its cross-reference table and trailer, which pypdf needs to find anything,
    and its last objects; its first pages stand whole before the cut. The objects that end
    (`endobj`) are indexed again, a catalog is added where the cut took it, over the page
    tree's root, and the pages whose objects were cut off are lost, not the file."""
    objects = list(_OBJECT.finditer(data))
    whole: dict[int, tuple[int, int]] = {}  # number: (start, end)
    for index, match in enumerate(objects):
        stop = objects[index + 1].start() if index + 1 < len(objects) else len(data)
        ends = list(_ENDOBJ.finditer(data, match.end(), stop))
        if ends:
            whole[int(match.group(1))] = (match.start(), ends[-1].end())
    if not whole:
        return None
    cut = max(end for _, end in whole.values())
    bodies = {number: data[start:end] for number, (start, end) in whole.items()}
    root = next((n for n, body in bodies.items() if re.search(rb"/Type\s*/Catalog\b", body)), None)
    out = bytearray(data[:cut] + b"\n")
    if root is None:
        tree = next((n for n, body in bodies.items()
                     if re.search(rb"/Type\s*/Pages\b", body) and b"/Parent" not in body), None)
        if tree is None:
            return None
        root = max(whole) + 1
        whole[root] = (len(out), 0)
        out += b"%d 0 obj\n<< /Type /Catalog /Pages %d 0 R >>\nendobj\n" % (root, tree)
    size = max(whole) + 1
    xref = len(out)
    out += b"xref\n0 %d\n" % size
    for number in range(size):
        out += b"%010d 00000 n \n" % whole[number][0] if number in whole and number else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, root, xref)
    return bytes(out)


def _missing_cipher(path: str | Path) -> IngestError:
    """pypdf decrypts AES only with the `cryptography` package: without it, an AES file
    that any viewer opens is unreadable here, a fault of the installation, not of the file
    (so the cause does not start "the PDF is encrypted", which editors read as a password)."""
    return IngestError(path, "reading this AES-encrypted PDF needs the 'cryptography' package "
                             "(install pypdf[crypto])")


def _describe(error: Exception) -> str:
    message = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{error.__class__.__name__}: {message}"[:160] if message else error.__class__.__name__


# ---------------------------------------------------------------- page geometry


def page_lines(page: pypdf.PageObject) -> list[PdfLine]:
    """The lines of one page in reading order (columns one after the other)."""
    fragments = page_fragments(page)
    width = _width(page)
    lines: list[PdfLine] = []
    for region, part in enumerate(reading_regions(fragments, width)):
        lines.extend(replace(line, aside=part.aside) for line in group_lines(part.fragments, region, part.table))
    return lines


MIN_RULE_LENGTH = 5.0  # points: a vertical line this long is a cell's border, not a glyph or a dot
_PAINT = frozenset({b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"})
INVISIBLE = 3  # the text render mode of an OCR layer laid over a scan: neither filled nor stroked


@dataclass
class _Drawing:
    """What a page draws besides its text, as `page_fragments` needs it: the vertical rules
    (x, bottom, top) that border a table's cells, and how many characters the page shows in
    each render mode."""

    rules: list[tuple[float, float, float]]
    mode: int = 0
    chars: Counter | None = None
    saved: list[int] = field(default_factory=list)  # the render modes `q` saved, for `Q` to restore
    path: list[tuple[float, float, float]] = field(default_factory=list)  # drawn, not yet painted
    point: tuple[float, float] | None = None  # where the path being drawn stands

    def visit(self, operator: bytes, operands: list, cm: list[float], tm: list[float]) -> None:
        if operator == b"Tr" and operands:
            self.mode = int(operands[0])
        elif operator == b"q":  # the render mode is graphics state: saved and restored with it
            self.saved.append(self.mode)
        elif operator == b"Q" and self.saved:
            self.mode = self.saved.pop()
        elif operator in _PAINT:
            self.rules.extend(self.path)
            self.path = []
        elif operator == b"n":  # a clipping path, never painted
            self.path = []
        elif operator == b"re" and len(operands) == 4:
            x, y, w, h = (float(value) for value in operands)
            edges = [x + w / 2] if abs(w) <= 2 else [x, x + w]
            for edge in edges:
                self._rule(cm, (edge, y), (edge, y + h))
        elif operator == b"m" and len(operands) == 2:
            self.point = (float(operands[0]), float(operands[1]))
        elif operator == b"l" and len(operands) == 2 and self.point is not None:
            end = (float(operands[0]), float(operands[1]))
            self._rule(cm, self.point, end)
            self.point = end

    def _rule(self, cm: list[float], start: tuple[float, float], end: tuple[float, float]) -> None:
        (x0, y0), (x1, y1) = (_apply(cm, point) for point in (start, end))
        if abs(x0 - x1) <= 1 and abs(y0 - y1) >= MIN_RULE_LENGTH:
            self.path.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))


def _apply(cm: list[float], point: tuple[float, float]) -> tuple[float, float]:
    x, y = point
    return cm[0] * x + cm[2] * y + cm[4], cm[1] * x + cm[3] * y + cm[5]


def page_fragments(page: pypdf.PageObject) -> list[Fragment]:
    """Every non-empty piece of text on the page with its position, size and weight, and
    the vertical rule before it (see `Fragment.rule`). On a page whose text is an invisible
    OCR layer, words misread by the OCR are put right (see `ocr_corrected`)."""
    fragments: list[Fragment] = []
    drawing = _Drawing([], chars=Counter())

    def visit(text: str, cm: list[float], tm: list[float], font: dict | None, size: float) -> None:
        drawing.chars[drawing.mode] += len(text.strip())
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scaled = round(size * (abs(tm[3] * cm[3]) or 1.0), 1)
        name = str((font or {}).get("/BaseFont", "")).lower()
        bold = any(word in name for word in ("bold", "black", "heavy"))
        for number, piece in enumerate(readable(text, name).split("\n")):
            if piece.strip() == "o" and "courier" in name:  # Word's "o" sub-bullet
                piece = "◦ "
            if piece.strip():
                fragments.append(Fragment(unjustified(piece), x, y - number * scaled * 1.2, scaled, bold))

    page.extract_text(visitor_text=visit, visitor_operand_before=drawing.visit)
    fragments = words_joined(placed_again(fragments))
    if drawing.rules:
        fragments = [replace(fragment, rule=_rule_before(fragment, drawing.rules)) for fragment in fragments]
    total = sum(drawing.chars.values())
    if total and drawing.chars[INVISIBLE] >= OCR_SHARE * total:
        fragments = [replace(fragment, text=ocr_corrected(fragment.text)) for fragment in fragments]
    return fragments


OCR_SHARE = 0.8  # of a page's characters drawn invisibly: an OCR layer over a scan
# Glyphs an OCR engine takes for each other: what it read, and what may have stood there.
_CONFUSED = (("rn", "m"), ("1", "l"), ("0", "o"), ("I", "l"), ("l", "I"), ("|", "l"))
MAX_CONFUSED = 4  # places in one word tried, each read as it stands or as its twin
_DIGIT_O = re.compile(r"(?<=\d)O")


def ocr_corrected(text: str) -> str:
    """Text of an OCR layer with the misreadings put right that turn a word into none:
    "p1ek" (a digit among letters) is "plek", "naarn" is "naam", "Iangzaam" is "langzaam",
    "3O" (a letter O among digits) is "30", and "be schadigt" (a word cut in two, one half
    no word) is "beschadigt". A word is changed only where it is no word (`wordfreq`, Dutch
    or English) and its reading is one; a word that is already a word stays as it is."""
    def word(match: re.Match) -> str:
        token = match.group()
        if any(ch.isdigit() for ch in token) and not any(ch.isalpha() and ch != "O" for ch in token):
            return _DIGIT_O.sub("0", token)  # "3O graden"
        return _reading(token)

    pieces = re.sub(r"[^\W_]+(?:\|[^\W_]+)*", word, text).split(" ")
    out: list[str] = []
    for piece in pieces:
        if out and _split_word(out[-1], piece):
            out[-1] += piece
        else:
            out.append(piece)
    return " ".join(out)


def _split_word(first: str, second: str) -> bool:
    """Whether two words are one cut in two: one half is no word (nor two words written as
    one, as "nierfilters" is), the whole is ("be schadigt"); "bij nierfilters" stays two."""
    if not (first.isalpha() and re.fullmatch(r"[^\W\d_]+[.,;:!?)]?", second)) or len(first) < 2 \
            or second[:1].isupper():
        return False
    letters = second.rstrip(".,;:!?)")
    return len(letters) >= 2 and not (_is_word(first) and _is_word(letters)) and _is_word(first + letters)


def _reading(token: str) -> str:
    """The word an OCR engine misread as `token`, or `token` (see `ocr_corrected`)."""
    if len(token) < 3 or not any(ch.isalpha() for ch in token) or _zipf(token) > 0 or _compound(token):
        return token
    places = [(at, seen, meant) for seen, meant in _CONFUSED for at in _find_all(token, seen)
              if seen not in "Il" or _confusable_letter(token, at, seen)]
    if not places or len(places) > MAX_CONFUSED:
        return token
    best, best_zipf = token, 0.0
    for mask in range(1, 1 << len(places)):
        chosen = [place for bit, place in enumerate(places) if mask >> bit & 1]
        spans = sorted((at, at + len(seen)) for at, seen, _ in chosen)
        if any(a_end > b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:])):
            continue  # two readings of one glyph
        reading = token
        for at, seen, meant in sorted(chosen, reverse=True):
            reading = reading[:at] + meant + reading[at + len(seen):]
        if any(ch.isdigit() for ch in reading):
            continue
        zipf = _zipf(reading) if _zipf(reading) >= EVERYDAY_ZIPF else (EVERYDAY_ZIPF if _compound(reading) else 0.0)
        if zipf > best_zipf:
            best, best_zipf = reading, zipf
    return best


def _find_all(token: str, seen: str) -> list[int]:
    return [at for at in range(len(token)) if token.startswith(seen, at)]


def _confusable_letter(token: str, at: int, seen: str) -> bool:
    """Whether an "I" may be an "l" (before a small letter: "Iangzaam", "Iigt") or an "l" an
    "I" (a word's first letter before an n, m or k, which no Dutch or English word starts
    with after an l, and many after an I: "lnformatie", "lk")."""
    if seen == "I":
        return token[at + 1:at + 2].islower()
    return at == 0 and len(token) > 1 and token[1].islower() and token[1] in "nmk"


EVERYDAY_ZIPF = 2.0  # wordfreq's scale: a word met at least once per ten million words
MIN_PART = 3  # letters of each word a compound is made of ("druk" + "plek")


def _is_word(word: str) -> bool:
    return _zipf(word) >= EVERYDAY_ZIPF or _compound(word)


def _compound(word: str) -> bool:
    """Whether a word is two everyday words written as one, as Dutch writes compounds."""
    word = word.lower()
    return any(_zipf(word[:cut]) >= EVERYDAY_ZIPF and _zipf(word[cut:]) >= EVERYDAY_ZIPF
               for cut in range(MIN_PART, len(word) - MIN_PART + 1))


@functools.lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    """How common a word is in Dutch or English (`wordfreq`, loaded on the first OCR page)."""
    from wordfreq import zipf_frequency

    word = word.lower()
    return max(zipf_frequency(word, language) for language in ("nl", "en"))


def placed_again(fragments: list[Fragment]) -> list[Fragment]:
    """The pieces, each one whose place was lost put between the pieces drawn before and
    after it. A text matrix pypdf cannot read (a number written "3.2e-05", as no PDF may
    write one) leaves a piece at the page's origin, its lower left corner, where no text
    stands: read there, the line broke its paragraph mid-sentence ("Dat noemen we" /
    "wisselhouding."). The line drawn between two others stands between them: halfway,
    where they stand two lines apart, else a line under the one before."""
    out = list(fragments)
    for number, fragment in enumerate(out):
        if fragment.x or fragment.y or not 0 < number:
            continue
        before = out[number - 1]
        after = next((f for f in out[number + 1:] if f.x or f.y), None)
        leading = 1.2 * max(before.size, fragment.size)
        if after is not None and 1.5 * leading <= before.y - after.y <= 2.5 * leading:
            y = (before.y + after.y) / 2
        else:
            y = before.y - leading
        out[number] = replace(fragment, x=before.x, y=y)
    return out


CELL_PADDING = 1.0  # points at least between a cell's border and its text (Word sets 5.4)


def _rule_before(fragment: Fragment, rules: list[tuple[float, float, float]]) -> float:
    """The x of the nearest vertical rule left of where `fragment` starts that runs past its
    baseline, or -inf."""
    return max((x for x, bottom, top in rules
                if x <= fragment.x - CELL_PADDING and bottom - 1 <= fragment.y <= top + 1), default=float("-inf"))


WORD_BY_WORD_SHARE = 0.8  # of a page's pieces that are one word each: an OCR layer's way
MAX_WORD_SPACE = 1.5  # ems between two words of one line: more sets cells or columns apart


def words_joined(fragments: list[Fragment]) -> list[Fragment]:
    """The pieces of a page drawn word by word (as OCR programs lay an invisible text
    layer over a scan) joined into runs of words on one baseline, as other writers draw
    them. Single words leave gaps everywhere that look like the gutter between columns or
    the gaps between a table's cells, and the page was read out of order. Words join when
    one follows the other on the same baseline, in the same font, less than
    `MAX_WORD_SPACE` apart; a page of longer pieces is left as it is. The baseline is the
    word before's, not the line's first word's: on a scan laid a little askew, a line's
    baseline climbs or falls from word to word."""
    words = sum(1 for f in fragments if len(f.text.split()) == 1)
    if len(fragments) < 20 or words < WORD_BY_WORD_SHARE * len(fragments):
        return fragments
    joined: list[Fragment] = []
    last: Fragment | None = None  # the last word joined: a tilted line's baseline drifts
    for fragment in fragments:
        previous = joined[-1] if joined else None
        if previous and last and abs(last.y - fragment.y) <= 0.1 * fragment.size \
                and (previous.size, previous.bold) == (fragment.size, fragment.bold) \
                and -0.5 * fragment.size <= fragment.x - last.end <= MAX_WORD_SPACE * fragment.size:
            space = "" if fragment.text[:1].isspace() or previous.text[-1:].isspace() else " "
            joined[-1] = replace(previous, text=previous.text + space + fragment.text)
        else:
            joined.append(fragment)
        last = fragment
    return joined


_WORD_GAP = re.compile(r"(?<=\S) +(?=\S)")


def unjustified(text: str) -> str:
    """A justified line's words one space apart. Word spacing stretched to fill the line
    reads as two spaces between every pair of words ("In  uw  pols  loopt"), and two
    spaces are how cleaning tells a table's columns apart; a table row keeps single spaces
    inside its cells ("Week 1  10 mg"), so only a line whose every gap is double is one."""
    gaps = [len(gap.group()) for gap in _WORD_GAP.finditer(text)]
    return _WORD_GAP.sub(" ", text) if len(gaps) >= 2 and all(gap == 2 for gap in gaps) else text


def find_gutter(fragments: list[Fragment], width: float, left: float = 0.0) -> tuple[float, int | None] | None:
    """The x of a column gutter that splits the text between `left` and `left + width` (the
    page, or a column of it) in two, and the side of it (0 left, 1 right) that is a box
    beside the text, None for two columns; or None.

    A gutter is the left edge of a column: several lines start there, a fair
    share of the text lies on each side of it, and almost no text crosses it; or
    a box beside the text (a sidebar) that no text crosses, whose lines stand
    on baselines of their own.
    """
    total = sum(len(f.text) for f in fragments)
    starts = Counter(round(f.x) for f in fragments if left + 0.2 * width <= f.x <= left + 0.8 * width)
    best: tuple[int, float, int | None] | None = None
    for edge, count in starts.items():
        if count < 3:
            continue
        right = sum(len(f.text) for f in fragments if f.x >= edge - 1)
        crossing = sum(len(f.text) for f in fragments if f.x < edge - 1 and f.end > edge + f.size)
        before = total - right - crossing
        columns = min(before, right) >= 0.2 * total and crossing <= 0.05 * total \
            and left + 0.3 * width <= edge <= left + 0.7 * width
        if columns or (min(before, right) >= SIDEBAR_SHARE * total and not crossing and _apart(fragments, edge - 1)):
            if best is None or crossing < best[0]:
                best = (crossing, edge - 1, None if columns else int(right < before))
    return best[1:] if best else None


SIDEBAR_SHARE = 0.05  # of a page's text: a box beside the text ("In het kort") is a column too


SIDEBAR_RUNS = 2  # stretches of the drawing order a box beside the text is drawn in


def _apart(fragments: list[Fragment], gutter: float) -> bool:
    """Whether the text on one side of a gutter is a box set beside the text: drawn in one
    go (or two), not piece by piece between the lines beside it as notes in the margin
    are, and on baselines of its own, not labels and their values ("Telefoon" ...
    "020 566 31 70") or headings in the margin, which share their lines' baselines."""
    sides = [fragment.x >= gutter for fragment in fragments]
    small = sum(sides) <= len(sides) / 2  # the side with fewer pieces: True is the right side
    runs = sum(1 for number, side in enumerate(sides) if side == small and (number == 0 or sides[number - 1] != small))
    if runs > SIDEBAR_RUNS:
        return False
    box = [f for f, side in zip(fragments, sides) if side == small]
    beside = [f.y for f, side in zip(fragments, sides) if side != small]
    shared = sum(1 for f in box if any(abs(f.y - y) <= 0.1 * f.size for y in beside))
    return 2 * shared <= len(box)


MAX_COLUMN_SPLITS = 2  # a column split again, and once more: the three or four panels of a folder


def reading_regions(fragments: list[Fragment], width: float, left: float = 0.0, depth: int = 0) -> list[Region]:
    """The page's fragments in reading order: one region, or bands of two columns.

    Text that crosses the gutter (a title over both columns) cuts the page into
    bands; each band is read left column, then right column, unless its two
    sides are the columns of a table: then the band is one region, read row by
    row in drawing order like a table of three or more columns. A box set beside
    the text (see `find_gutter`) is a column too; its regions are marked `aside`.
    A column may hold a gutter of its own (a folder folded in three sets a panel
    beside a panel beside a panel): it is read column by column again, each part a
    column of its own however little text it holds (a cover), never a box beside it.
    """
    found = find_gutter(fragments, width, left)
    if found is None:
        return [Region(fragments)]
    gutter, aside = found
    if depth:
        aside = None
    spanning = [f for f in fragments if f.x < gutter and f.end > gutter + f.size]
    cuts = sorted({round(f.y) for f in spanning}, reverse=True)
    right = [f.y for f in fragments if f.x >= gutter]
    keys = [(sum(1 for cut in cuts if cut > f.y + f.size * 0.5), 2 if f in spanning else int(_right_of(f, gutter, right)))
            for f in fragments]
    sides: dict[tuple[int, int], list[Fragment]] = {}
    for fragment, key in zip(fragments, keys):
        sides.setdefault(key, []).append(fragment)
    tables = {band for band, _ in sides if reads_as_table(sides.get((band, 0), []), sides.get((band, 1), []))}
    regions: dict[tuple[int, int], list[Fragment]] = {}
    for fragment, (band, column) in zip(fragments, keys):
        regions.setdefault((band, 0 if band in tables and column < 2 else column), []).append(fragment)
    out: list[Region] = []
    for key in sorted(regions):
        band, column = key
        if band in tables or column == 2 or column == aside or depth >= MAX_COLUMN_SPLITS:
            out.append(Region(regions[key], band in tables and column == 0, column == aside and band not in tables))
        else:
            start, end = (left, gutter) if column == 0 else (gutter, left + width)
            out.extend(reading_regions(regions[key], end - start, start, depth + 1))
    return out


def _right_of(fragment: Fragment, gutter: float, right: list[float]) -> bool:
    """Whether a piece belongs to the column right of the gutter: it starts there, or it
    is a bullet or number hanging into the gutter before an item that does ("•" a point
    left of the column, on the baseline of "Drink elke dag ...")."""
    if fragment.x >= gutter:
        return True
    return len(fragment.text.strip()) <= 2 and fragment.x >= gutter - 1.5 * fragment.size \
        and any(abs(y - fragment.y) <= 0.1 * fragment.size for y in right)


MIN_TABLE_ROWS = 3
MIN_TABLE_COLUMNS = 3  # cells in a row that no running text, list or address block has
TABLE_ALIGNED_SHARE = 0.75  # of the left side's rows that must have a right-hand partner
WIDE_GAP = 3.0  # ems of blank between two pieces of one baseline that set them apart as cells


def reads_as_table(left: list[Fragment], right: list[Fragment]) -> bool:
    """Whether the two sides of a gutter are a table's columns, not two columns of text.

    Both look alike from afar: text on either side, nothing crossing. A table pairs
    its cells: (almost) every left line has a right-hand cell on its baseline, and
    each row starts afresh, where a text column runs on from line to line as
    sentences do. A list set in two columns (bullets on the right) stays columns, and
    so do two blocks alike side by side, unless their rows hold three or more cells
    (a schedule's "1 | 30 mg | 6 tabletten | 3 maart", split by the gutter in two).
    """
    rows = baseline_rows(left, right)
    paired = [number for number, (left_text, right_text) in enumerate(rows) if left_text and right_text]
    if len(paired) < MIN_TABLE_ROWS:
        return False
    left_rows = sum(1 for left_text, _ in rows[paired[0]:paired[-1] + 1] if left_text)
    cells = [rows[number] for number in paired]
    if len(paired) < TABLE_ALIGNED_SHARE * left_rows:
        return False
    if 2 * sum(1 for _, right_text in cells if _ITEM_START.match(right_text)) > len(cells):
        return False
    counts = baseline_cells(left, right)
    wide = sum(1 for number in paired if counts[number] >= MIN_TABLE_COLUMNS)
    if wide < TABLE_ALIGNED_SHARE * len(paired) \
            and 2 * sum(1 for left_text, right_text in cells if _shape(left_text) == _shape(right_text)) > len(cells):
        return False  # two blocks alike side by side (two addresses, two checklists): columns
    return not any(runs_on([row[side] for row in cells]) for side in (0, 1))


def _shape(cell: str) -> str:
    """How a cell begins: with a digit, a capital or a small letter. A table pairs cells of
    different kinds (a medicine and "3 dagen", a department and its number); two text
    blocks set side by side begin their lines alike ("Locatie Arnhem", "Locatie Velp")."""
    first = cell.lstrip()[:1]
    return "digit" if first.isdigit() else "capital" if first.isupper() else "small" if first.islower() else "other"


def baseline_rows(left: list[Fragment], right: list[Fragment]) -> list[tuple[str, str]]:
    """The text left and right of the gutter on each baseline, from the top down."""
    return [(" ".join(f.text.strip() for f, s in row if s == 0).strip(),
             " ".join(f.text.strip() for f, s in row if s == 1).strip()) for row in _baselines(left, right)]


def baseline_cells(left: list[Fragment], right: list[Fragment]) -> list[int]:
    """How many cells each of the `baseline_rows` holds: pieces set apart by wide gaps."""
    counts = []
    for row in _baselines(left, right):
        pieces = sorted((fragment for fragment, _ in row), key=lambda fragment: fragment.x)
        counts.append(1 + sum(1 for before, after in zip(pieces, pieces[1:])
                              if after.x - before.end > WIDE_GAP * after.size))
    return counts


def _baselines(left: list[Fragment], right: list[Fragment]) -> list[list[tuple[Fragment, int]]]:
    """The fragments of both sides (0 left, 1 right) grouped by baseline, from the top down."""
    pieces = sorted([(f, 0) for f in left] + [(f, 1) for f in right], key=lambda p: (-p[0].y, p[0].x))
    rows: list[list[tuple[Fragment, int]]] = []
    for fragment, side in pieces:
        head = rows[-1][0][0] if rows else None
        if head is not None and head.y - fragment.y <= 0.5 * max(head.size, fragment.size):
            rows[-1].append((fragment, side))
        else:
            rows.append([(fragment, side)])
    return rows


def runs_on(lines: list[str]) -> bool:
    """Whether lines read as running text: a third or more of them end mid-sentence
    and the next goes on in lower case (a table's cells each start afresh)."""
    wraps = sum(1 for line, following in zip(lines, lines[1:])
                if not ends_sentence(line) and not line.endswith(":") and following[:1].islower())
    return wraps >= 1 and 3 * wraps >= len(lines) - 1


def group_lines(fragments: list[Fragment], region: int = 0, table: bool = False) -> list[PdfLine]:
    """Fragments as lines, in the order the page draws them (within one region).

    A line goes on while pieces stay on its baseline and move rightwards; the
    drawing order is kept because it is the reading order of most PDFs, tables
    drawn cell by cell included (sorting by height would interleave the cells).
    A heading set in the margin beside its section's first line is a line of its own.
    """
    rows = drawn_rows(fragments)
    splits = {} if table else margin_headings(rows)
    parts = [part for number, row in enumerate(rows)
             for part in ((row[:splits[number]], row[splits[number]:]) if number in splits else (row,))]
    lines = aligned_cells(parts, [_line(part, region, table) for part in parts], region, table)
    rows_of_table = set(range(len(lines))) if table else table_rows(lines) | two_cell_rows(lines)
    out: list[PdfLine] = []
    for number, (part, line) in enumerate(zip(parts, lines)):
        if number not in rows_of_table:
            out.append(line)
        elif out and out[-1].table and line.cells == 1 and (
                out[-1].cells >= MIN_TABLE_COLUMNS and line.x > out[-1].x + 1
                or out[-1].cells == 2 and abs(line.x - out[-1].starts[1]) <= 1):  # a cell's next line
            out[-1] = continue_cell(out[-1], line)
        else:
            out.append(_line(part, region, True, line.starts[1:]))
    return out


def aligned_cells(parts: list[list[Fragment]], lines: list[PdfLine], region: int, table: bool) -> list[PdfLine]:
    """The lines again, a line beside a table row cut into cells where that row's cells start.

    A table row shows its cells by wide gaps or, printed from the web, by cells drawn one
    after the other (`cell_row`). A row beside it whose text fills its cells leaves gaps
    too narrow to tell ("Normaal eten is toegestaan" / "Alles mag"), but its pieces start
    where the row's cells do; so does the next row's, down the table.
    """
    todo = [number for number, (part, line) in enumerate(zip(parts, lines))
            if line.cells >= MIN_TABLE_COLUMNS or (line.cells > 1 and _drawn_cell_by_cell(part))]
    while todo:
        number = todo.pop()
        columns = lines[number].starts[1:]
        for other in (number - 1, number + 1):
            if 0 <= other < len(lines) and _column_pieces(parts[other], columns) >= min(2, len(columns)):
                line = _line(parts[other], region, table, columns)
                if line.cells > lines[other].cells:  # cells only grow: this ends
                    lines[other] = line
                    todo.append(other)
    return lines


def _column_pieces(part: list[Fragment], columns: tuple[float, ...]) -> int:
    """How many pieces of a row, after its first, start where one of `columns` does: a row
    of the table has a piece in each column (two at least); a line of prose beside it, one
    word in bold at a column's place by chance."""
    return sum(1 for fragment in part[1:] if any(abs(fragment.x - column) <= 1 for column in columns))


def _drawn_cell_by_cell(part: list[Fragment]) -> bool:
    """Whether a row's pieces stand on more than one line: a table row drawn cell by cell."""
    return max(f.y for f in part) - min(f.y for f in part) > 0.5 * max(f.size for f in part)


WRAPPED_CELL_LINES = 4  # lines a table cell drawn cell by cell may wrap to


def drawn_rows(fragments: list[Fragment], wrapped_cells: bool = True) -> list[list[Fragment]]:
    """The fragments in rows: pieces on one baseline drawn left to right, and with
    `wrapped_cells` a table row whose cells wrap (see `cell_row`). Such a row is
    kept only beside another row with a piece where its second cell starts; a row of
    its own (labels around a picture) falls apart into its lines again."""
    rows: list[list[Fragment]] = []
    merged: set[int] = set()
    for fragment in fragments:
        if rows:
            head, last = rows[-1][0], rows[-1][-1]
            line = last if len(rows) - 1 in merged else head  # a cell's line, or the row's baseline
            if abs(line.y - fragment.y) <= 0.5 * max(line.size, fragment.size) and fragment.x >= last.x - 1:
                rows[-1].append(fragment)
                continue
            wrapped = cell_row(rows, fragment) if wrapped_cells else None
            if wrapped is not None:
                rows[wrapped:] = [[piece for row in rows[wrapped:] for piece in row] + [fragment]]
                merged = {number for number in merged if number < wrapped} | {wrapped}
                continue
        rows.append([fragment])
    if not merged:
        return rows
    out: list[list[Fragment]] = []
    for number, row in enumerate(rows):
        starts = _cell_starts(row) if number in merged else ()
        beside = [piece.x for n in (number - 1, number + 1) if 0 <= n < len(rows) for piece in rows[n][1:]]
        if number in merged and not (len(starts) > 1 and any(abs(x - starts[1]) <= 1 for x in beside)):
            out.extend(drawn_rows(row, wrapped_cells=False))
        else:
            out.append(row)
    return out


def cell_row(rows: list[list[Fragment]], fragment: Fragment) -> int | None:
    """The index of the earliest of the last rows that `fragment` goes on as a table row
    drawn cell by cell, or None.

    Pages printed from the web draw a table cell by cell: a cell that wraps draws
    its second line before the next cell goes back up, to the row's baseline when the
    cells stand at the top ("Arm boven schouderhoogte" / "heffen", then "Na 6 weken"
    beside the first) or between the lines of the tallest cell when they stand in the
    middle. So a row is read as a run of cells, each a stack of lines at one left edge,
    the next one starting right of all of them and back up (see `_cell_by_cell`).
    """
    found = None
    for back in range(1, min(len(rows), WRAPPED_CELL_LINES + 1) + 1):
        start = len(rows) - back
        if _cell_by_cell([piece for row in rows[start:] for piece in row] + [fragment]):
            found = start
    return found


def _cell_by_cell(pieces: list[Fragment]) -> bool:
    """Whether `pieces`, in drawing order, are one table row of two or more cells drawn cell
    by cell. From one piece to the next, a line goes on along its baseline; or a cell's line
    wraps onto the next line at the cell's left edge and goes on in the words above it (lines
    that start afresh with a capital or a bullet are lines of their own, as in an address:
    "Deutschland" / "Pfizer Pharma GmbH"); or the next cell starts, right of every piece so
    far and higher than the piece before (back up to the row, never above its tallest cell),
    or along the baseline after a wide gap. One cell at least must start back up (a side
    heading beside its section's wrapped lines is no such row), and the last piece must be
    a wrapped line or a new cell back up (on one baseline a row is a line)."""
    head = pieces[0]
    cell_x, right, top, bottom, cells, back_up = head.x, head.end, head.y, head.y, 1, False
    for previous, piece in zip(pieces, pieces[1:]):
        size = max(previous.size, piece.size)
        drop = previous.y - piece.y
        if min(previous.size, piece.size) < 0.85 * size:  # a superscript or subscript goes on its line
            drop = 0.0 if abs(drop) <= size else drop
        if abs(drop) <= 0.5 * size and piece.x >= previous.x - 1:
            step = "line"
            if piece.x - previous.end > WIDE_GAP * piece.size or _ruled_apart(previous, piece):
                cell_x, cells = piece.x, cells + 1  # the next cell, on the same baseline
        elif 0.5 * size < drop <= 2 * size and abs(piece.x - cell_x) <= 1 \
                and (_goes_on(piece.text) or _bordered(previous, piece)):
            step = "wrap"
        elif drop < -0.5 * size and piece.x > right and piece.y <= top + WRAPPED_CELL_LINES * size:
            step, cell_x, cells, back_up = "cell", piece.x, cells + 1, True
        else:
            return False
        right, top, bottom = max(right, piece.end), max(top, piece.y), min(bottom, piece.y)
    span = (WRAPPED_CELL_LINES + 1) * 1.5 * head.size
    return back_up and step != "line" and top - bottom <= span


def _bordered(above: Fragment, piece: Fragment) -> bool:
    """Whether a line under `above`, at its left edge, stands in the same bordered cell: a
    rule runs down beside both, close to their start; a cell's line may start with a capital
    ("microgram (Ventolin," / "Airomir)") where no border tells a new line from a wrap."""
    return above.rule == piece.rule and piece.x - piece.rule <= piece.size


def _goes_on(text: str) -> bool:
    """Whether a line reads as the wrapped rest of the words above it: it starts in lower
    case, with a number or a bracket, not with a capital or a list item's mark."""
    text = text.lstrip()
    return bool(text) and not text[0].isupper() and not _ITEM_START.match(text)


def continue_cell(row: PdfLine, line: PdfLine) -> PdfLine:
    """The row with `line`, the wrapped next line of one of its cells, added to the cell it
    stands under: a second-column line ("alleen heldere dranken") goes on in that column,
    not in the row's last cell. Cells stand apart by two spaces (see `_line`)."""
    cells = row.text.rstrip().split("  ")
    if len(cells) != len(row.starts):  # a cell's own text holds two spaces: add it at the end
        return replace(row, text=f"{row.text.rstrip()} {line.text.strip()}")
    column = max(number for number, start in enumerate(row.starts) if number == 0 or start <= line.x + 1)
    cells[column] = f"{cells[column]} {line.text.strip()}"
    return replace(row, text="  ".join(cells))


def _under_cell(row: PdfLine, above: PdfLine, line: PdfLine) -> bool:
    """Whether `line`, one cell right under `above`, starts where a cell of `row` other
    than the first does: the wrapped last line of that cell, not text after the table."""
    close = 0 < above.y - line.y <= 2 * max(above.size, line.size)
    return line.cells == 1 and close and any(abs(start - line.x) <= 1 for start in row.starts[1:])


def table_rows(lines: list[PdfLine]) -> set[int]:
    """The indices of the lines that are rows of a table of three or more columns.

    Such a table needs no gutter (running text may cross the page above and below it):
    each row is one line of cells set apart by wide gaps. A run of `MIN_TABLE_ROWS` or
    more lines of `MIN_TABLE_COLUMNS` cells is one, and so is a shorter run of rows whose
    cells vertical rules set apart (a bordered table's last row, run on to the next page);
    rows with an empty cell (two cells) and the wrapped second line of a cell (indented past the row's start) go on in it,
    the last row's too when it stands right under one of that row's cells.
    """
    rows: set[int] = set()
    start = 0
    while start < len(lines):
        if lines[start].cells < MIN_TABLE_COLUMNS:
            start += 1
            continue
        end, last, row = start, start, start  # `last`: the run's last line of two or more cells,
        # or of a cell's wrapped line right under it; `row`: the last of two or more cells
        while end + 1 < len(lines) and (lines[end + 1].cells > 1 or lines[end + 1].x > lines[start].x + 1):
            end += 1
            if lines[end].cells > 1:
                last = row = end
            elif end == last + 1 and _under_cell(lines[row], lines[last], lines[end]):
                last = end
        wide = [line for line in lines[start:last + 1] if line.cells >= MIN_TABLE_COLUMNS]
        if len(wide) >= MIN_TABLE_ROWS or all(line.ruled for line in wide):  # borders say it: a table
            rows.update(range(start, last + 1))
        start = end + 1
    return rows


def two_cell_rows(lines: list[PdfLine]) -> set[int]:
    """The indices of the lines that are rows of a table of two columns inside a column of
    text: `MIN_TABLE_ROWS` or more lines of two cells, the second cells starting at one x,
    and between them the wrapped lines of a second cell, which start there too. One such
    line at least between two rows: a table whose cells wrap, whose rows would otherwise run into each
    other ("minder lang staan, dagelijks" / "rekken" / "Steunzolen via de podotherapeut")."""
    rows: set[int] = set()
    start = 0
    while start < len(lines):
        if lines[start].cells != 2:
            start += 1
            continue
        column, end, last = lines[start].starts[1], start, start
        while end + 1 < len(lines):
            line = lines[end + 1]
            if line.cells == 2 and abs(line.starts[1] - column) <= 1 and abs(line.x - lines[start].x) <= 1:
                last = end + 1
            elif not (line.cells == 1 and abs(line.x - column) <= 1):
                break
            end += 1
        run = range(start, last + 1)  # the last row's wrapped line may as well be text under the table
        pairs = sum(1 for n in run if lines[n].cells == 2)
        if pairs >= MIN_TABLE_ROWS and any(lines[n].cells == 1 for n in run):
            rows.update(run)
        start = end + 1
    return rows


def margin_headings(rows: list[list[Fragment]]) -> dict[int, int]:
    """For each row that begins with a heading set in the margin, where its body text starts.

    Folders set side headings bold in the left margin, on the baseline of their
    section's first line. Such a row is a bold start, a wide gap, then regular text
    in a body column that the next row goes on in; and the margin stays sparse:
    at least as many lines of the body column have nothing beside them as have a
    heading (a table's bold first column labels nearly every row), and where they
    are as many, the line after the heading's row ends a sentence, as a short
    section does (a table whose cells each wrap once ends them mid-phrase: "bij het
    ontbijt / met een glas water").
    """
    candidates = {number: split for number, row in enumerate(rows) if (split := _margin_split(row))}
    chosen: dict[int, int] = {}
    for number, split in candidates.items():
        body_x = rows[number][split].x
        beside = sum(1 for n, s in candidates.items() if abs(rows[n][s].x - body_x) <= 1)
        alone = sum(1 for row in rows if abs(row[0].x - body_x) <= 1)
        following = rows[number + 1] if number + 1 < len(rows) else None
        if following is None or abs(following[0].x - body_x) > 1 or alone < beside:
            continue
        if alone > beside or ends_sentence("".join(fragment.text for fragment in following).strip()):
            chosen[number] = split
    return chosen


def _margin_split(row: list[Fragment]) -> int:
    """The index of the first regular piece after a bold, heading-shaped start and a wide gap, or 0."""
    split = next((number for number, fragment in enumerate(row) if not fragment.bold), 0)
    if split == 0:
        return 0
    head, body = row[:split], row[split]
    text = " ".join("".join(fragment.text for fragment in head).split())
    return split if body.x - head[-1].end > 3 * body.size and _heading_shaped(text) else 0


def _line(row: list[Fragment], region: int, table: bool = False, columns: tuple[float, ...] = ()) -> PdfLine:
    """The line of a row of fragments. The cells of a table row of `MIN_TABLE_COLUMNS` or
    more stay apart by two spaces, the mark of columns that cleaning keeps ("Week | Dosis");
    a piece that holds them apart by runs of spaces itself holds as many cells.
    A piece starting at one of `columns`, where the cells of a row beside it start, starts
    a cell too, however narrow the gap before it (see `aligned_cells`)."""
    new_cell = [number > 0 and _starts_cell(row[number - 1], fragment, columns)
                for number, fragment in enumerate(row)]
    starts = tuple(fragment.x for number, fragment in enumerate(row) if number == 0 or new_cell[number])
    cells = len(starts)
    apart = table and cells >= MIN_TABLE_COLUMNS
    text = ""
    for number, fragment in enumerate(row):
        gap = _gap(row[number - 1] if number else None, fragment)
        if apart and new_cell[number]:
            text = text.rstrip() + "  "
            fragment = replace(fragment, text=fragment.text.lstrip())
        elif (gap > fragment.size or new_cell[number]) and text and not text.endswith(" ") \
                and not fragment.text.startswith(" "):
            text += " "
        text += fragment.text
    weights: Counter[float] = Counter()
    for fragment in row:
        weights[fragment.size] += len(fragment.text.strip())
    bold = all(f.bold for f in row if f.text.strip())
    size = weights.most_common(1)[0][0]
    text = _LETTER_O_BULLET.sub("◦ ", text)
    ruled = any(new_cell[number] and _ruled_apart(row[number - 1], fragment) for number, fragment in enumerate(row))
    if cells == 1:  # a row typed with spaces in one piece, as an OCR layer or a typewriter sets it
        spaced = len(_SPACED_CELLS.split(text.strip()))
        cells = spaced if spaced >= MIN_TABLE_COLUMNS else 1
    return PdfLine(normalise_unicode(text), row[0].x, row[0].y, size, bold, region, cells, table, starts,
                   ruled=ruled)


_SPACED_CELLS = re.compile(r" {3,}")  # between the cells of a row typed with spaces


def _cell_starts(row: list[Fragment]) -> tuple[float, ...]:
    """Where each cell of a row begins: its first piece, and each piece after a wide gap."""
    return tuple(fragment.x for number, (previous, fragment) in enumerate(zip([None, *row], row))
                 if number == 0 or _starts_cell(previous, fragment))


def _starts_cell(previous: Fragment, fragment: Fragment, columns: tuple[float, ...] = ()) -> bool:
    """Whether `fragment` starts a new cell after `previous`: after a wide gap (or back up,
    see `_gap`), or as a piece of its own where a column of the table starts. Glyph widths
    are guessed, so the gap before a column's piece may seem narrow or even negative."""
    gap = _gap(previous, fragment)
    return gap > WIDE_GAP * fragment.size or _ruled_apart(previous, fragment) or (
        fragment.x > previous.x + 1 and gap > -fragment.size and fragment.size >= 0.85 * previous.size
        and any(abs(fragment.x - column) <= 1 for column in columns))  # no superscript after its word


def _ruled_apart(previous: Fragment, fragment: Fragment) -> bool:
    """Whether a vertical rule stands between the starts of two pieces: a bordered table's
    cells, however narrow the gap between them (Word sets them a few points apart)."""
    return fragment.x > previous.x + 1 and fragment.rule > previous.x + 1


def _gap(previous: Fragment | None, fragment: Fragment) -> float:
    """The blank before `fragment` in its row. In a row drawn cell by cell (see `cell_row`)
    a piece on a lower line goes on in its cell after a space; a piece back up after one
    has wrapped starts the next cell, however close it stands."""
    if previous is None:
        return 0.0
    apart = 0.5 * max(previous.size, fragment.size)  # as `_cell_by_cell` and baselines tell lines apart
    if min(previous.size, fragment.size) < 0.85 * max(previous.size, fragment.size):
        apart = float("inf")  # a smaller piece set higher or lower is a superscript or subscript
    if fragment.y < previous.y - apart:
        return fragment.size * 1.5
    if fragment.y > previous.y + apart:
        return max(fragment.x - previous.end, (WIDE_GAP + 1) * fragment.size)
    return fragment.x - previous.end


# ---------------------------------------------------------------- page furniture

EDGE_ROWS = 2  # rows at the top and at the bottom of a page where headers and footers stand
SAME_PLACE = 2.0  # points: a header on two pages sits at the same height on both


@dataclass(frozen=True)
class _Row:
    """The lines of a page that share a baseline, read left to right: a footer set in
    pieces ("Pagina 2 van 3" ... "OZ-0412 versie 3"), even split over two columns, is one row."""

    indices: tuple[int, ...]
    text: str
    y: float
    size: float
    bold: bool


def edge_rows(lines: list[PdfLine]) -> list[_Row]:
    """The top and bottom `EDGE_ROWS` rows of a page by height, in whatever order it draws them."""
    rows: list[list[int]] = []
    for index in sorted(range(len(lines)), key=lambda i: -lines[i].y):
        line = lines[index]
        if not line.text.strip():
            continue
        if rows and lines[rows[-1][0]].y - line.y <= 0.5 * max(lines[rows[-1][0]].size, line.size):
            rows[-1].append(index)
        else:
            rows.append([index])
    chosen = rows if len(rows) <= 2 * EDGE_ROWS else rows[:EDGE_ROWS] + rows[-EDGE_ROWS:]
    return [_row(lines, sorted(row, key=lambda i: lines[i].x)) for row in chosen]


def _row(lines: list[PdfLine], indices: list[int]) -> _Row:
    text = " ".join(lines[i].text.strip() for i in indices)
    return _Row(tuple(indices), text, max(lines[i].y for i in indices),
                max(lines[i].size for i in indices), all(lines[i].bold for i in indices))


def page_furniture(pages: list[list[PdfLine]], first_page: int = 1,
                   margins: list[float] | None = None, tops: list[float] | None = None) -> list[set[int]]:
    """For each page, the indices of its running headers, footers and page numbers.

    A row at the top or bottom of a page is furniture when it is a bare page number,
    or when it repeats, only its page number changing, on at least half of the
    pages and three or more (`runs_through`). A leaflet of two to four pages has
    too few for that: there a row on two pages (and half of them) counts when it
    sits at the same height on both and is set like furniture, smaller than the
    body text or at its size and not bold; a heading that happens to repeat is
    larger or bold. A single page repeats nothing, and a short leaflet may set its header
    or footer on one page only (the first, the last): on up to `MAX_SHORT_PAGES` pages, each
    page's own footer and header are also found by their place and shape (`lone_footer`,
    `lone_header`), given where each page's bottom and top margins begin (`margins`, `tops`).
    """
    body = measure_body(pages)
    numbers = range(first_page, first_page + len(pages))
    rows = [edge_rows(lines) for lines in pages]
    found: dict[str, list[_Row]] = {}
    for number, page_rows in zip(numbers, rows):
        on_page: dict[str, _Row] = {}
        for row in page_rows:
            for key in furniture_keys(row.text, number):
                on_page.setdefault(key, row)
        for key, row in on_page.items():
            found.setdefault(key, []).append(row)
    repeated = {key for key, same in found.items() if _running(same, len(pages), body.size)}
    dropped = [{i for row in page_rows for i in row.indices
                if is_page_number(row.text) or furniture_keys(row.text, number) & repeated}
               for number, page_rows in zip(numbers, rows)]
    if len(pages) <= MAX_SHORT_PAGES:
        for number, lines in enumerate(pages):
            if margins:
                dropped[number] |= lone_footer(lines, margins[number], body)
            if tops:
                dropped[number] |= lone_header(lines, tops[number], body)
    return dropped


MAX_SHORT_PAGES = 4  # a leaflet this short is read for headers and footers page by page too
BOTTOM_MARGIN = 0.1  # share of a page's height, from its foot, where a footer stands
TOP_MARGIN = 0.1  # share of a page's height, from its head, where a header stands
MAX_FOOTER_WORDS = 20
# What only a footer says: a page number, a web or e-mail address, a version or a document code.
_FOOTER_MARK = re.compile(r"\b(?:pagina|page|blz)\.?\s*\d|\bwww\.|https?://|\S@\S|\b[\w-]+\.(?:nl|be|com|org|eu)\b"
                          r"|\b(?:versie|version|v|rev|revisie)\.?\s?\d|©|(?-i:\b[A-Z]{2,}[-/]?\d{2,}\b)", re.IGNORECASE)


def bottom_margin(page: pypdf.PageObject) -> float:
    """The height below which a line stands in the page's bottom margin; none on a turned
    page, whose foot lies elsewhere."""
    box = page.mediabox
    return float(box.bottom) + BOTTOM_MARGIN * float(box.height) if page.rotation % 360 == 0 else float("-inf")


def top_margin(page: pypdf.PageObject) -> float:
    """The height above which a line stands in the page's top margin; none on a turned page."""
    box = page.mediabox
    return float(box.top) - TOP_MARGIN * float(box.height) if page.rotation % 360 == 0 else float("inf")


def lone_header(lines: list[PdfLine], margin: float, body: _Body) -> set[int]:
    """The indices of the header of a page that no other page repeats: its top rows (one or
    two), as `lone_footer` finds a footer: in the top margin, smaller than the body text,
    shaped like a footer, and the text under them starting more than a paragraph's gap lower.
    A title is larger than the body text, a masthead of one field has no footer's shape, and
    small print that runs on into the text under it is text: these stay."""
    header: list[_Row] = []
    for row in edge_rows(lines)[:EDGE_ROWS]:
        if row.y < margin or row.size >= body.size or not footer_shaped(row, lines):
            break
        header.append(row)
    if not header:
        return set()
    bottom = header[-1]
    below = [line.y for line in lines if line.text.strip() and line.y < bottom.y - 0.5 * bottom.size]
    if not below or (bottom.y - max(below)) / body.size <= body.spacing * PARAGRAPH_GAP_RATIO:
        return set()
    return {index for row in header for index in row.indices}


def lone_footer(lines: list[PdfLine], margin: float, body: _Body) -> set[int]:
    """The indices of the footer of a page that no other page repeats (a one-page leaflet).

    The page's bottom rows (one or two) are its footer when they stand in its bottom
    margin, smaller than the body text and shaped like a footer (`footer_shaped`), and
    the text above them ends more than a paragraph's gap higher. A last paragraph is set
    at the body's size, a sentence is text wherever it stands, and a contact block in
    small print runs on from the text above it: these stay.
    """
    footer: list[_Row] = []
    for row in reversed(edge_rows(lines)[-EDGE_ROWS:]):
        if row.y > margin or row.size >= body.size or not footer_shaped(row, lines):
            break
        footer.append(row)
    if not footer:
        return set()
    top = footer[-1]
    above = [line.y for line in lines if line.text.strip() and line.y > top.y + 0.5 * top.size]
    if not above or (min(above) - top.y) / body.size <= body.spacing * PARAGRAPH_GAP_RATIO:
        return set()
    return {index for row in footer for index in row.indices}


def footer_shaped(row: _Row, lines: list[PdfLine]) -> bool:
    """Whether a row reads as a footer: a few words, no sentence, and either a mark only
    a footer has (`_FOOTER_MARK`) or fields set apart by a bar, a dash or a wide gap
    ("Interne Geneeskunde - Ziekenhuis Rijnland Oost")."""
    text = row.text.strip()
    if "?" in text or "!" in text or ends_sentence(text) or text.endswith((",", ":", ";")) \
            or len(re.findall(r"\w+", text)) > MAX_FOOTER_WORDS:
        return False
    pieces = sum(lines[index].cells for index in row.indices)
    return bool(_FOOTER_MARK.search(text)) or pieces + len(_FIELD_SEPARATOR.findall(text)) >= 2


def _running(rows: list[_Row], page_count: int, body_size: float) -> bool:
    """Whether rows with one key, one from each page, are a running header or footer."""
    if runs_through(len(rows), page_count):
        return True
    if len(rows) < 2 or len(rows) * 2 < page_count:
        return False
    heights = [row.y for row in rows]
    styled = all(row.size < body_size or (row.size == body_size and not row.bold) for row in rows)
    return max(heights) - min(heights) <= SAME_PLACE and styled


# ---------------------------------------------------------------- table of contents

CONTENTS_HEADINGS = frozenset({"inhoud", "inhoudsopgave", "inhoudstafel", "contents", "table of contents"})
MAX_WRAPPED_LINES = 2  # lines of one contents entry above the line with its page number
MIN_LEADER_DOTS = 4
MIN_ENTRIES = 2
_PAGE_AT_END = re.compile(r"(?<!\d)\d{1,3}$")


def contents_page(text: str) -> int | None:
    """The page number of a table-of-contents line, or None: words, a leader of four or
    more dots, spaced or not ("Voorbereiding ....... 3", "2.1 Na de operatie . . . . 7"),
    and a page number. Three dots are an ellipsis ("tot tien... 10"), not a leader."""
    entry = _contents_entry(text)
    return entry[1] if entry else None


def _contents_entry(text: str) -> tuple[str, int] | None:
    """(words, page number) of a table-of-contents line, or None (see `contents_page`)."""
    text = text.replace("…", "...").strip()
    page = _PAGE_AT_END.search(text)
    if page is None:
        return None
    before = text[:page.start()].rstrip()
    words = before.rstrip(". \t")
    leader_dots = before[len(words):].count(".")
    return (words, int(page.group())) if leader_dots >= MIN_LEADER_DOTS and re.search(r"[^\W\d_]", words) else None


def without_contents(pages: list[list[PdfLine]], last_page: int) -> list[list[PdfLine]]:
    """The pages without their table of contents, and without its heading.

    A table of contents would be a passage of its own that names every subject of
    the leaflet, and so would answer every question. It has two or more entries that
    end in a dot leader and a page number; the pages never go down and never pass the
    document's last page ("Spoedeisende hulp ..... 112" in a four-page leaflet is no
    page). Since a dosing schedule can be set the same way ("Week 1 ........ 2"), the
    entries must also stand under an "Inhoud" heading, or at least half of them must
    name a line further on (the sections they point to). The first lines of an entry
    that wraps go with it, and so does the heading.
    """
    flat = [line for lines in pages for line in lines]
    numbers = [contents_page(line.text) for line in flat]
    dropped: set[int] = set()
    index = 0
    while index < len(flat):
        if numbers[index] is None:
            index += 1
            continue
        first, last = index, _last_entry(flat, numbers, index)
        entries = [number for number in numbers[first:last + 1] if number is not None]
        start = _contents_start(flat, first)
        if len(entries) >= MIN_ENTRIES and entries[-1] <= last_page \
                and all(a <= b for a, b in zip(entries, entries[1:])) \
                and (_is_contents_heading(flat[start].text) or _names_later_lines(flat, start, last)):
            dropped.update(range(start, last + 1))
        index = last + 1
    kept: list[list[PdfLine]] = []
    at = 0
    for lines in pages:
        kept.append([line for number, line in enumerate(lines, start=at) if number not in dropped])
        at += len(lines)
    return kept


_SECTION_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?\s+")


def _names_later_lines(flat: list[PdfLine], start: int, last: int) -> bool:
    """Whether at least half of the entries from `start` to `last` name a line after them
    (a section heading, perhaps wrapped: the line may be the start of a longer entry)."""
    def plain(text: str) -> str:
        return " ".join(_SECTION_NUMBER.sub("", text.strip()).casefold().split())

    later = {plain(line.text) for line in flat[last + 1:]} - {""}
    titles, wrapped = [], []
    for line in flat[start:last + 1]:
        entry = _contents_entry(line.text)
        if entry is None:
            wrapped.append(line.text)
            continue
        titles.append(plain(" ".join([*wrapped, entry[0]])))
        wrapped = []
    named = sum(title in later or any(len(text) >= 10 and title.startswith(text) for text in later)
                for title in titles)
    return 2 * named >= len(titles)


def _last_entry(flat: list[PdfLine], numbers: list[int | None], index: int) -> int:
    """The last entry of the table of contents that has an entry at `index`: entries
    follow each other, or have the wrapped first lines of the next between them."""
    while True:
        ahead = range(index + 1, min(index + 2 + MAX_WRAPPED_LINES, len(flat)))
        following = next((number for number in ahead if numbers[number] is not None), None)
        if following is None or any(ends_sentence(flat[n].text.strip()) for n in range(index + 1, following)):
            return index
        index = following


def _contents_start(flat: list[PdfLine], first: int) -> int:
    """Where the table of contents whose first entry is at `first` begins: at its heading
    ("Inhoud"), with the wrapped lines of the first entry, or at the entry itself."""
    for number in range(first - 1, max(first - 2 - MAX_WRAPPED_LINES, -1), -1):
        text = flat[number].text.strip()
        if _is_contents_heading(text):
            return number
        if ends_sentence(text):
            break
    return first


def _is_contents_heading(text: str) -> bool:
    return text.strip().rstrip(":").strip().casefold() in CONTENTS_HEADINGS


# ---------------------------------------------------------------- layout to text


@dataclass(frozen=True)
class _Body:
    """The body text's font size and line spacing (in ems), measured over a document."""

    size: float
    spacing: float


def measure_body(pages: list[list[PdfLine]]) -> _Body:
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
        return _Body(size, 1.2)
    # The tightest spacing that is common: short documents may have more gaps between
    # paragraphs than lines within them.
    top = spacings.most_common(1)[0][1]
    spacing = min(gap for gap, count in spacings.items() if count >= min(2, top) and count >= 0.25 * top)
    return _Body(size, spacing)


def pdf_source(document: PdfDocument, path: str | Path, pages: range | None = None,
               first_page: int = 1) -> SourceText:
    """The SourceText of some pages (default: all), cited from `first_page` on.

    `pages` are 0-based positions in the file; the text of each page becomes one
    stretch of the source text, its start kept in `page_starts`. Pages that show only a
    large image once headers, footers and page numbers are gone (a scan among pages with
    text) are named in `scanned_pages`.
    """
    picked = list(pages if pages is not None else range(len(document.pages)))
    chosen = [list(document.pages[i]) for i in picked]
    margins = [document.margins[i] for i in picked] if document.margins else None
    tops = [document.tops[i] for i in picked] if document.tops else None
    dropped = page_furniture(chosen, first_page, margins, tops)
    furniture = furniture_text(chosen, dropped, first_page)
    chosen = [[ln for i, ln in enumerate(lines) if i not in drop] for lines, drop in zip(chosen, dropped)]
    if not any(ln.text.strip() for lines in chosen for ln in lines):
        last = first_page + len(chosen) - 1
        raise IngestError(path, f"no text on pages {first_page}-{last}: they look scanned, OCR is needed")
    chosen = without_contents(chosen, first_page + len(document.pages) - 1 - picked[0])  # the file's last page
    chosen = without_repeated_headers(chosen)
    body = measure_body(chosen)
    flat = footnotes_after_references([(number, line) for number, lines in enumerate(chosen) for line in lines],
                                      body)
    breaks = line_breaks(flat, body)
    headings = _heading_levels(flat, breaks, body)
    breaks = _subtitles_apart(flat, breaks, headings, body)
    source = _assemble(flat, breaks, headings, len(chosen), document.title, first_page)
    scanned = tuple(position for position, (index, lines) in enumerate(zip(picked, chosen))
                    if index in document.large_image and not any(ln.text.strip() for ln in lines))
    lost = tuple(position for position, index in enumerate(picked) if index + 1 in document.lost_pages)
    return replace(source, scanned_pages=scanned, lost_pages=lost, furniture=furniture)


_FIELD_SEPARATOR = re.compile(r"\s[|•·–—-]\s")


def furniture_text(pages: list[list[PdfLine]], dropped: list[set[int]], first_page: int = 1) -> str:
    """The running headers and footers that `page_furniture` found, each once, a line each.

    They are no passage, but may be the only place a leaflet states its date ("Laatst
    herzien: september 2023", "Apotheek – versie 4 – september 2023"). A footer sets its
    fields apart with a bar, a dash or wide space, and a date's label begins its line:
    so each field from there on is a line of its own too. Page numbers are left out,
    alone or at either end of a line.
    """
    texts: dict[str, None] = {}
    for number, (lines, drop) in enumerate(zip(pages, dropped), start=first_page):
        for index in sorted(drop):
            words = lines[index].text.split()
            words = words[1:] if words[:1] == [str(number)] else words
            words = words[:-1] if words[-1:] == [str(number)] else words
            text = " ".join(words)
            if not text or is_page_number(text):
                continue
            texts[text] = None
            for separator in _FIELD_SEPARATOR.finditer(text):
                texts.setdefault(text[separator.end():].strip(), None)
    return "\n".join(text for text in texts if text)


def without_repeated_headers(pages: list[list[PdfLine]]) -> list[list[PdfLine]]:
    """The pages, less a table's header row printed again at the top of a page that the
    table runs on to ("Voedingsmiddel  Purine  Advies" over the rest of the rows): read in
    place, the rows of one table held its header twice. Only where the page before ends in
    a row of the table and the line repeats that table's first row, its header."""
    out = [list(lines) for lines in pages]
    for number in range(1, len(out)):
        above, lines = out[number - 1], out[number]
        if not above or not lines or above[-1].cells < 2 or lines[0].cells < 2:
            continue
        start = len(above) - 1  # the table the page before ends in: its rows, up to its header
        while start and above[start - 1].cells > 1:
            start -= 1
        header = above[start]
        if start + 1 < len(above) and " ".join(lines[0].text.split()) == " ".join(header.text.split()):
            lines.pop(0)
    return out


# A footnote opens with its mark: a superscript number, an asterisk or a dagger.
_FOOTNOTE = re.compile(r"([¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*{1,3}|†)\s*(?=\S)")


def footnotes_after_references(flat: list[tuple[int, PdfLine]], body: _Body) -> list[tuple[int, PdfLine]]:
    """The lines, each footnote at a page's foot moved to just after the paragraph that
    refers to it ("... meer mag drinken.¹" then "¹ Bij koorts ..."): read in place, it
    broke a paragraph or a list that runs on over the page break, and its passage was not
    the one that cites it. A footnote stays where it is unless its mark stands after a
    word earlier on its page and the paragraph holding that mark ends before it."""
    breaks = line_breaks(flat, body)
    after: dict[int, list[int]] = {}
    moved: set[int] = set()
    for page in sorted({page for page, _ in flat}):
        lines = [index for index, (number, _) in enumerate(flat) if number == page]
        for block in _page_footnotes(flat, lines, body):
            mark = _FOOTNOTE.match(flat[block[0]][1].text.strip()).group(1)
            cited = re.compile(rf"[\w.,;:!?)\]]{re.escape(mark)}(?![¹²³⁴⁵⁶⁷⁸⁹⁰])")
            reference = next((i for i in lines if i < block[0] and cited.search(flat[i][1].text)), None)
            end = next((i for i in range(reference, block[0]) if breaks[i] == "paragraph"), None) \
                if reference is not None else None
            if end is not None and end + 1 < block[0]:
                after.setdefault(end, []).extend(block)
                moved.update(block)
    order: list[int] = []
    for index in range(len(flat)):
        if index not in moved:
            order += [index, *after.get(index, [])]
    return [flat[index] for index in order]


def _page_footnotes(flat: list[tuple[int, PdfLine]], lines: list[int], body: _Body) -> list[list[int]]:
    """The footnotes at the foot of a page (its lines' indices): from the first line that
    opens with a mark, set smaller than the body text (a list of "*" items in the text's size
    is no footnote), every line to the page's end is a footnote's, each opened by its mark."""
    for position, index in enumerate(lines):
        line = flat[index][1]
        if not _FOOTNOTE.match(line.text.strip()) or position == 0 or line.size > body.size - 0.5:
            continue
        tail = lines[position:]
        if all(flat[i][1].size <= line.size + 0.5 and not flat[i][1].table for i in tail):
            blocks: list[list[int]] = []
            for i in tail:
                if _FOOTNOTE.match(flat[i][1].text.strip()) or not blocks:
                    blocks.append([i])
                else:
                    blocks[-1].append(i)
            return blocks
    return []


def line_breaks(flat: list[tuple[int, PdfLine]], body: _Body) -> list[str]:
    """How each line ends: "wrap" (continues), "line" (hard break) or "paragraph"."""
    breaks: list[str] = []
    start = 0
    hanging = hanging_items(flat)
    for index in range(len(flat)):
        breaks.append(_break_after(flat, index, start, body, hanging))
        if breaks[-1] != "wrap":
            start = index + 1
    return breaks


def hanging_items(flat: list[tuple[int, PdfLine]]) -> bool:
    """Whether the document's list items wrap with a hanging indent, their second line
    under the item's text, not under its bullet: then a line back at the bullet after an
    item is no part of it, whatever its case, and none wraps at the bullet in lower case."""
    hanging = flush = False
    for (page, line), (next_page, following) in zip(flat, flat[1:]):
        if not _ITEM_START.match(line.text.strip()) or page != next_page or following.region != line.region \
                or _ITEM_START.match(following.text.strip()) or not 0 < line.y - following.y <= 2 * line.size:
            continue
        if line.x + 1 < following.x <= line.x + 3 * line.size:
            hanging = True
        elif abs(following.x - line.x) <= 1 and following.text.strip()[:1].islower():
            flush = True
    return hanging and not flush


def _break_after(flat: list[tuple[int, PdfLine]], index: int, start: int, body: _Body,
                 hanging: bool = False) -> str:
    """How line `index` ends, given that its paragraph began at line `start`; `hanging`
    when list items wrap with a hanging indent (see `hanging_items`)."""
    page, line = flat[index]
    if index + 1 >= len(flat):
        return "paragraph"
    next_page, following = flat[index + 1]
    text, next_text = line.text.strip(), following.text.strip()
    moved = next_page != page or following.region != line.region  # a page or column break
    if line.table and (following.cells > 1 or line.cells > 1 and following.x <= line.x + 1):
        # a table's row stands alone; an indented line goes on in the cell above it; rows whose
        # cells stand apart follow each other, as cleaning reads the rows of a table
        # (over a page break too, where the table runs on: its rows stay one table)
        over = not moved or next_page != page and following.region == line.region
        wide = over and following.table and min(line.cells, following.cells) >= MIN_TABLE_COLUMNS
        return "line" if wide else "paragraph"
    if following.table and not line.table and not moved:
        return "paragraph"  # a table's first row (its header) is no part of the text above it
    if _ends_heading(flat, start, index, body) or _ITEM_START.match(next_text):
        return "paragraph" if moved else "line"
    unfinished = not ends_sentence(text) and not text.endswith(":")
    if moved:
        return "wrap" if unfinished and not _heading_follows(line, following) else "paragraph"
    gap = (line.y - following.y) / max(line.size, following.size, 1.0)
    if gap > body.spacing * PARAGRAPH_GAP_RATIO or gap < 0:
        return "paragraph"
    if _outdented(flat, index) and not (unfinished and next_text[:1].islower()):
        # an item ends where the margin comes back, unless it goes on mid-sentence; where items
        # wrap with a hanging indent, the list ends there too
        return "paragraph" if hanging and _ITEM_START.match(_item_of(flat, index)) else "line"
    if _subtitle_follows(flat, index, start, body):
        return "line"
    if unfinished or next_text[:1].islower():
        return "wrap"
    return "line"


def _heading_follows(line: PdfLine, following: PdfLine) -> bool:
    """Whether the line after a page or column break is set as a heading would be next to
    `line` (larger, or bold where it is not) and is shaped like one: a paragraph goes on
    over the break in its own style, so an unfinished line (a list item, a table's last
    cell) ends there, and the heading at the top of the next page stays a heading."""
    styled = following.size >= line.size * HEADING_SIZE_RATIO or (following.bold and not line.bold)
    return styled and _heading_shaped(following.text.strip())


def _subtitle_follows(flat: list[tuple[int, PdfLine]], index: int, start: int, body: _Body) -> bool:
    """Whether the lines after title line `index` (its paragraph began at `start`), set in its
    style, are a sentence of their own (a subtitle: "Wat kunt u zelf doen?" under "Bijwerkingen
    van chemotherapie"), not the rest of a title wrapped over two lines: the line ends a
    phrase, the next starts with a capital, and before the style changes they end like a
    sentence, in a heading's few words. A title wraps mid-phrase and goes on in lower case.
    The title is the first text set larger than the body; a section heading over a question
    in its style may be a heading over a sub-heading, and is left as it is."""
    page, line = flat[index]
    text = flat[index + 1][1].text.strip()
    if not _is_title(flat, start, body) or not text[:1].isupper() \
            or not _heading_shaped(line.text.strip()) or _last_word(line.text) in CONTINUATION_WORDS:
        return False
    words: list[str] = []
    for number, following in flat[index + 1:]:
        if number != page or following.region != line.region \
                or (following.size, following.bold) != (line.size, line.bold):
            return False
        words.extend(following.text.split())
        if len(words) > MAX_HEADING_WORDS:
            return False
        if ends_sentence(following.text.strip()):
            return True
    return False


def _is_title(flat: list[tuple[int, PdfLine]], index: int, body: _Body) -> bool:
    """Whether line `index` is set larger than the body and is the first line that is."""
    larger = body.size * HEADING_SIZE_RATIO
    return flat[index][1].size >= larger and not any(line.size >= larger for _, line in flat[:index])


def _ends_heading(flat: list[tuple[int, PdfLine]], start: int, index: int, body: _Body) -> bool:
    """Whether the style changes after line `index` and the lines since `start` read as
    a heading: set apart (bold or larger) from what follows, short, unfinished as a
    sentence. Bold words inside a paragraph do not count: the run began before them.
    """
    lines = [line for _, line in flat[start:index + 1]]
    following = flat[index + 1][1]
    size_changed = abs(lines[-1].size - following.size) > (HEADING_SIZE_RATIO - 1) * body.size
    if not size_changed and not (all(ln.bold for ln in lines) and not following.bold):
        return False
    text = " ".join(ln.text.strip() for ln in lines)
    return _heading_shaped(text) and not text.endswith(",") and _last_word(text) not in CONTINUATION_WORDS


def _last_word(text: str) -> str:
    words = re.findall(r"[^\W\d_]+", text.lower())
    return words[-1] if words else ""


def _item_of(flat: list[tuple[int, PdfLine]], index: int) -> str:
    """The first line of the list item that line `index` ends (see `_outdented`)."""
    for back in range(index, max(index - 30, -1), -1):
        text = flat[back][1].text.strip()
        if _ITEM_START.match(text):
            return text
    return ""


def _outdented(flat: list[tuple[int, PdfLine]], index: int) -> bool:
    """Whether the next line starts left of the list item that line `index` belongs to."""
    following = flat[index + 1][1]
    for back in range(index, max(index - 30, -1), -1):
        page, line = flat[back]
        if page != flat[index][0] or line.region != following.region:
            return False
        if _ITEM_START.match(line.text.strip()):
            return following.x <= line.x + 1
        if line.x <= following.x + 1:  # a body line at the margin: not inside an item
            return False
    return False


def _heading_levels(flat: list[tuple[int, PdfLine]], breaks: list[str], body: _Body) -> dict[int, int]:
    """Heading level by the index of the first line of each heading paragraph.

    Larger sizes rank first (1 = largest); at body size, bold numbered headings
    rank next, then sub-numbered and unnumbered bold ones. A numbered paragraph
    at body size that stands alone (gaps around it, not in a list) counts too.
    """
    paragraphs = _paragraphs(flat, breaks)
    larger = sorted({flat[i][1].size for p in paragraphs for i in p
                     if flat[i][1].size >= body.size * HEADING_SIZE_RATIO}, reverse=True)
    rank = {size: level for level, size in enumerate(larger, start=1)}
    levels: dict[int, int] = {}
    for number, indices in enumerate(paragraphs):
        lines = [flat[i][1] for i in indices]
        text = " ".join(" ".join(ln.text for ln in lines).split())
        if not _heading_shaped(text) or len({flat[i][0] for i in indices}) > 1 \
                or any(ln.cells > 1 for ln in lines):
            continue
        size = min(ln.size for ln in lines)
        if _subtitle(paragraphs, number, flat, levels, text, body):
            continue
        if size in rank:
            levels[indices[0]] = rank[size]
        elif all(ln.bold for ln in lines) or _alone_and_numbered(paragraphs, number, flat, breaks, text):
            sub = 2 if _SUBNUMBERED.match(text) or not _NUMBERED.match(text) else 1
            levels[indices[0]] = len(larger) + sub
    return _asides_apart(levels, flat)


def _asides_apart(levels: dict[int, int], flat: list[tuple[int, PdfLine]]) -> dict[int, int]:
    """A heading in a box beside the text ("In het kort", "Contact") at the level of the
    text's own sections, not under whichever section the page's column ended in."""
    main = sorted(level for index, level in levels.items() if not flat[index][1].aside)
    if not main:
        return levels
    section = main[1] if len(main) > 1 and main[0] < main[1] else main[0]  # below a title of its own
    return {index: min(level, section) if flat[index][1].aside else level for index, level in levels.items()}


def _subtitle(paragraphs: list[list[int]], number: int, flat: list[tuple[int, PdfLine]],
              levels: dict[int, int], text: str, body: _Body) -> bool:
    """Whether a paragraph is a sentence set right under the title in its style, larger than
    the body: a subtitle ("Wat kunt u zelf doen?"), text that opens the leaflet, not a second
    title (two would leave the leaflet with none). Under a section heading such a question
    may be a sub-heading (EMA's "Wanneer mag u dit middel niet gebruiken?"): it is left alone."""
    if number == 0 or not ends_sentence(text) or paragraphs[number - 1][0] not in levels \
            or not _is_title(flat, paragraphs[number - 1][0], body):
        return False
    above, here = paragraphs[number - 1], paragraphs[number]
    styles = {(flat[i][1].size, flat[i][1].bold) for i in above + here}
    return flat[above[-1]][0] == flat[here[0]][0] and len(styles) == 1


def _subtitles_apart(flat: list[tuple[int, PdfLine]], breaks: list[str], headings: dict[int, int],
                     body: _Body) -> list[str]:
    """The breaks, with a paragraph after each subtitle (`_subtitle`): it stands apart from
    the text under it, as it does on the page, and does not run on into its first sentence."""
    paragraphs = _paragraphs(flat, breaks)
    out = list(breaks)
    for number, indices in enumerate(paragraphs):
        text = " ".join(" ".join(flat[i][1].text for i in indices).split())
        if indices[0] not in headings and _heading_shaped(text) \
                and _subtitle(paragraphs, number, flat, headings, text, body):
            out[indices[-1]] = "paragraph"
    return out


def _paragraphs(flat: list[tuple[int, PdfLine]], breaks: list[str]) -> list[list[int]]:
    """Line indices grouped into runs joined by wraps."""
    groups: list[list[int]] = [[]]
    for index, kind in enumerate(breaks):
        groups[-1].append(index)
        if kind != "wrap":
            groups.append([])
    return [group for group in groups if group]


def _heading_shaped(text: str) -> bool:
    words = text.split()
    limit = MAX_HEADING_WORDS + (5 if _NUMBERED.match(text) else 0)
    if not words or len(words) > limit or text.endswith((".", ",", ";", ":")):
        return False
    return not _ITEM_START.match(text) or bool(_NUMBERED.match(text) or _SUBNUMBERED.match(text))


def _alone_and_numbered(paragraphs: list[list[int]], number: int, flat: list[tuple[int, PdfLine]],
                        breaks: list[str], text: str) -> bool:
    """A numbered title line with paragraph gaps on both sides, not inside a list."""
    if not _NUMBERED.match(text) or not text[text.index(" ") + 1:][:1].isupper():
        return False
    first, last = paragraphs[number][0], paragraphs[number][-1]
    before = breaks[first - 1] if first else "paragraph"
    previous = flat[first - 1][1].text.strip() if first else ""
    return before == "paragraph" and breaks[last] == "paragraph" and not previous.endswith(":")


def _assemble(flat: list[tuple[int, PdfLine]], breaks: list[str], headings: dict[int, int],
              page_count: int, title: str, first_page: int) -> SourceText:
    """Lines written out with their breaks; headings as one line each."""
    pages: list[list[str]] = [[] for _ in range(page_count)]
    marks: list[dict[int, int]] = [{} for _ in range(page_count)]
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
        pages[page].append(line.text.rstrip() + (" " if kind == "wrap" else ""))
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
