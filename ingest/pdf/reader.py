"""Open a PDF and read the lines of every page (`read_pdf`, `PdfDocument`).

Whatever goes wrong inside pypdf becomes an IngestError that names the file and
the cause (a password, a missing AES library, damage). A file cut short is rebuilt
from its whole objects (`_recovered`) and the pages that can be read are kept; the
lost ones are named (`PdfDocument.lost_pages`, logged as a warning). A folder folded in
three has its front cover (the largest text, on the right of the first page) read first
(`cover_first`), and a page of little text that draws a large image is noted as a scan.
A page that shows an earlier page's lines again (a poster's
tiles, `ingest.pdf.copies`) is left empty: its text is read once. A text box stuck on a page is read after it (`sticker_lines`); the labels of a form's fields
are no leaflet text (`without_field_labels`). A page whose text layer gives glyph numbers, not
words (a font without ToUnicode, see `ingest.pdf.legible`), is left empty and named
(`PdfDocument.unread_pages`); a file of no other pages is refused. A document system's cover
sheet before the leaflet is left empty too (`ingest.pdf.cover_sheet`). A file without text that draws
no image but its glyphs as shapes is refused as such (`ingest.pdf.outlines`), not as a scan. Glyphs named by their codes
alone (/x41, TeX's bitmap fonts) are renamed for their characters first (`ingest.pdf.code_names`).
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import pypdf
from pypdf.errors import DependencyError, FileNotDecryptedError

from ingest.document import IngestError, given_stem
from ingest.pdf.code_names import name_codes
from ingest.pdf.columns import reading_regions
from ingest.pdf.copies import copied_pages, own_lines
from ingest.pdf.cover_sheet import without_cover_sheet
from ingest.pdf.fragments import box_around, displayed_box, page_fragments
from ingest.pdf.furniture import SAME_PLACE, bottom_margin, top_margin, without_cookie_bar
from ingest.pdf.geometry import CHAR_WIDTH, Fragment, PdfLine
from ingest.pdf.legible import unread_pages
from ingest.pdf.lines import group_lines
from ingest.pdf.order import page_order
from ingest.pdf.outlines import OUTLINED, drawn_as_outlines
from ingest.pdf.tables import spaced_rows
from ingest.pdf.title import document_title, metadata_title
from ingest.pdf.xobjects import MAX_FORM_DEPTH, drawn_xobjects


@dataclass(frozen=True)
class PdfDocument:
    """The lines of every page of a PDF, and what its metadata says."""

    pages: tuple[tuple[PdfLine, ...], ...]
    title: str = ""
    large_image: frozenset[int] = frozenset()  # 0-based pages of little text that draw a large image
    margins: tuple[float, ...] = ()  # for each page, the height below which its bottom margin lies
    tops: tuple[float, ...] = ()  # for each page, the height above which its top margin lies
    lost_pages: tuple[int, ...] = ()  # pages (1-based) of a truncated file that could not be read
    unread_pages: tuple[int, ...] = ()  # pages (1-based) whose text is glyph codes, not words (`unread_pages`)


def read_pdf(data: bytes, path: str | Path) -> PdfDocument:
    """The lines of every page; IngestError for encrypted, damaged or scanned files. Of a
    file cut short (see `_recovered`), the pages that can still be read, each lost page
    an empty one (the others keep their numbers) and named in `lost_pages`. A file whose
    cut took no page, only its cross-reference table, is still refused as it always was
    (tests/test_ingest_loaders.py holds it so)."""
    reader, damage = _open(data, path)
    try:
        name_codes(reader)
        found = _pages(reader, damage is not None)
        pages = tuple(lines for _, lines in found)
        lost = tuple(number for number, (page, _) in enumerate(found, start=1) if page is None)
        if damage is not None and (len(lost) == len(found) or not lost):
            raise damage  # nothing readable; or a cut that took no page, only the file's index
        unread = unread_pages(pages)
        copies = copied_pages(pages)  # a poster's tiles: the page they show is read once, at the first
        pages = without_cover_sheet(tuple(() if number in unread else own_lines(lines, pages[number - 1])
                                          if number in copies else lines for number, lines in enumerate(pages)))
        if pages and found[0][0] is not None:
            left, bottom, right, top = displayed_box(found[0][0])
            pages = (cover_first(pages[0], right - left, pages, top - bottom), *pages[1:])
        title = document_title(metadata_title(str((reader.metadata or {}).get("/Title", "") or "")), pages,
                               given_stem(path))
        large_image = frozenset(number for number, (page, lines) in enumerate(found)
                                if page is not None and number not in unread and number not in copies
                                and len(lines) <= MAX_SCAN_LINES and shows_scan(page))
        margins = tuple(bottom_margin(page) if page is not None else float("-inf") for page, _ in found)
        tops = tuple(top_margin(page) if page is not None else float("inf") for page, _ in found)
    except IngestError:
        raise
    except DependencyError:  # AES-128 files decrypt lazily, page by page
        raise _missing_cipher(path) from None
    except Exception as error:  # pypdf raises many kinds of errors on damaged files
        raise IngestError(path, f"the PDF is damaged ({_describe(error)})") from None
    if unread and not any(line.text.strip() for lines in pages for line in lines):
        raise IngestError(path, UNREADABLE)
    if not any(line.text.strip() for lines in pages for line in lines):
        raise IngestError(path, OUTLINED if _outlined(found) else "no text layer: the PDF looks scanned, OCR is needed")
    return PdfDocument(pages, title, large_image, margins, tops, lost, tuple(number + 1 for number in unread))


# The cause is the fonts, not a scan: saying "OCR is needed" sent a user looking for a scanner.
UNREADABLE = ("the text cannot be read: its fonts map no glyph to a letter (they have no Unicode map, so the "
              "text layer gives glyph codes, not words); the PDF is no scan: it needs saving again with "
              "fonts that carry a Unicode map (ToUnicode)")


def _outlined(found: list[tuple[pypdf.PageObject | None, tuple[PdfLine, ...]]]) -> bool:
    """Whether the pages of a file without text draw it as shapes (`drawn_as_outlines`); a page
    whose drawing cannot be read leaves the cause as it was ("looks scanned")."""
    try:
        return drawn_as_outlines([page for page, _ in found if page is not None])
    except Exception:  # pypdf raises many kinds of errors on damaged files
        return False


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


def cover_first(lines: tuple[PdfLine, ...], width: float,
                pages: tuple[tuple[PdfLine, ...], ...], height: float = 0.0) -> tuple[PdfLine, ...]:
    """The first page's lines, its cover panel read first. A folder folded in three prints
    its outside as one page: inside flap, back cover, front cover, left to right. The front
    cover is the column on the right third of the page that holds the document's largest
    text (its title) and little else, less than either panel beside it; read in print
    order, the leaflet opened with its flap and its title stood under the back cover's small
    print. A sheet folded once (a booklet's outer sheet, pdfbook2's "4|1"; a folder folded in
    two) prints back cover and front cover side by side on a landscape page (`width` over
    `height`): the front cover is its right half, holding the largest text and little else;
    the back cover may hold less (a note, a colophon), so only the size of the type tells."""
    regions = list(dict.fromkeys(line.region for line in lines))
    largest = max((line.size for page in pages for line in page if line.text.strip()), default=0.0)
    halves = len(regions) == 2 and width > height
    if not (len(regions) >= 3 or halves) or not largest:
        return lines
    cover = [line for line in lines if line.region == regions[-1]]
    others = [sum(1 for line in lines if line.region == region) for region in regions[:-1]]
    if any(line.x < (0.5 if halves else 0.6) * width for line in cover) \
            or halves and any(line.x >= 0.5 * width for line in lines if line.region != regions[-1]) \
            or not any(line.size == largest for line in cover) \
            or any(line.size == largest for line in lines if line.region != regions[-1]) \
            or len(cover) > MAX_COVER_LINES or not halves and len(cover) >= min(others):
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
        for xobject in drawn_xobjects(owner, content):
            if xobject.get("/Subtype") == "/Image" and min(int(xobject.get("/Width", 0)),
                                                           int(xobject.get("/Height", 0))) >= MIN_SCAN_PIXELS:
                return True
            if xobject.get("/Subtype") == "/Form" and depth < MAX_FORM_DEPTH \
                    and draws_image(xobject, xobject.get_data(), depth + 1):
                return True
        return False

    contents = page.get_contents()
    return contents is not None and draws_image(page, contents.get_data(), 0)


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


def page_lines(page: pypdf.PageObject) -> list[PdfLine]:
    """The lines of one page in reading order (columns one after the other, each read by
    position where the page is drawn in passes down it, see `page_order`), each line set
    in a box the page draws knowing its box (see `text_boxes`)."""
    fragments = without_cookie_bar(page_fragments(page))
    left, bottom, right, top = displayed_box(page)
    ocr = any(fragment.ocr for fragment in fragments)  # the page is an OCR layer over a scan
    boxes = list(dict.fromkeys(fragment.box for fragment in fragments if fragment.box))
    fold = sheet_fold(fragments, (left, bottom, right, top), bottom_margin(page), top_margin(page))
    halves = [(fragments, 0.0, right - left)] if fold is None else \
        [([f for f in fragments if f.x < fold], left, fold), ([f for f in fragments if f.x >= fold], fold, right)]
    lines: list[PdfLine] = []
    region = -1
    for half, (pieces, start, end) in enumerate(halves):
        for part in reading_regions(pieces, end - start, start):
            region += 1
            lines.extend(replace(line, aside=part.aside, ocr=ocr, box=box_around(line, boxes), half=half)
                         for line in spaced_rows(group_lines(page_order(part.fragments), region, part.table)))
    return without_field_labels(lines, form_fields(page)) + sticker_lines(page, region + 1)


MIRROR_SLACK = 0.02  # of a half sheet's width: two pages set side by side start their text this close alike


def sheet_fold(fragments: list[Fragment], box: tuple[float, float, float, float], margin: float,
               top: float) -> float | None:
    """The x of the middle of a landscape sheet that sets two pages side by side, or None.
    Two A5 pages put on an A4 sheet (pypdf's `merge_transformed_page`, pdfjam, a booklet's
    imposition) each keep their own running header and footer; read across the sheet, the two
    footers made one row ("ADL-112 | ... pagina 1 van 3 ADL-112 | ... pagina 2 van 3") that no
    other sheet repeats, and it stayed in the text. Whatever tool imposed them, such a sheet
    shows: no text crosses its middle, each half's text starts as far into its half
    (`MIRROR_SLACK`), and each half has a row in the sheet's bottom (or top) margin at one
    height, its own footer (or header). Two columns of one page start their right column
    a gutter's width past the middle, not a margin's."""
    left, bottom, right, up = box
    fold = (left + right) / 2
    sides = [[f for f in fragments if f.text.strip() and (f.x >= fold) == side] for side in (False, True)]
    if right - left <= up - bottom or not all(sides) \
            or any(f.x < fold and f.end > fold + f.size for f in fragments if f.text.strip()):
        return None
    starts = [Counter(round(f.x - edge) for f in side).most_common(1)[0][0] for side, edge in zip(sides, (left, fold))]
    if abs(starts[0] - starts[1]) > MIRROR_SLACK * (fold - left):
        return None
    feet = [min(f.y for f in side) for side in sides]
    heads = [max(f.y for f in side) for side in sides]
    footers = max(feet) <= margin and abs(feet[0] - feet[1]) <= SAME_PLACE
    headers = min(heads) >= top and abs(heads[0] - heads[1]) <= SAME_PLACE
    return fold if footers or headers else None


# An annotation's flags that keep it off the page as shown: Hidden (2) and NoView (32).
_UNSEEN = 2 | 32
STICKER_SIZE = 9.0  # points: a text box's font size where its appearance string names none


def sticker_lines(page: pypdf.PageObject, region: int) -> list[PdfLine]:
    """The text of the page's visible FreeText annotations (a text box or sticker a viewer
    adds on top of the page: "Let op: nieuw telefoonnummer 055 521 30 30 vanaf 1 juni 2026"),
    each a line of its own `region`, read after the page's text. A reader sees it on the page,
    often as the correction of what the page says (red team 17's stamped folder kept showing
    the old number); set where it stands, it would run into the line it covers. A note that
    opens in a pop-up (a Text annotation) is no text of the page and stays out."""
    out: list[PdfLine] = []
    for annotation in page.get("/Annots") or ():
        try:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") != "/FreeText" or int(annotation.get("/F", 0)) & _UNSEEN:
                continue
            text = " ".join(str(annotation.get("/Contents", "") or "").split())
            left, _, _, top = _rect(annotation)
        except Exception:  # a damaged annotation: the page's own text still stands
            continue
        if text:
            size = _sticker_size(str(annotation.get("/DA", "") or ""))
            out.append(PdfLine(text, left, top - size, size, False, region))
    return out


def form_fields(page: pypdf.PageObject) -> list[tuple[float, float, float, float]]:
    """The rectangles (left, bottom, right, top) of the page's visible form fields: the widget
    annotations of an AcroForm, whose field type (/FT) stands on the widget or on the field
    it belongs to (its /Parent, as pdf-lib writes them)."""
    out = []
    for annotation in page.get("/Annots") or ():
        try:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") == "/Widget" and not int(annotation.get("/F", 0)) & _UNSEEN \
                    and _field_type(annotation):
                out.append(_rect(annotation))
        except Exception:  # a damaged annotation: the page's own text still stands
            continue
    return out


def _field_type(annotation) -> str:
    """A widget's field type ("/Tx", "/Btn", "/Ch"), inherited from its field; "" for none."""
    node = annotation
    for _ in range(MAX_FIELD_DEPTH):
        if "/FT" in node:
            return str(node["/FT"])
        parent = node.get("/Parent")
        if parent is None:
            return ""
        node = parent.get_object()
    return ""


MAX_FIELD_DEPTH = 8  # fields nested in fields, deeper than any form nests them
MAX_FIELD_LINES = 2.5  # a field this many of its label's lines high at most: a line to fill in, a box to tick
MAX_LABEL_WORDS = 6  # "Naam patiënt:", "Gebruikt bloedverdunners": a label, not a line of running text
LABEL_GAP = 3.0  # ems from a box to tick to its label after it, at most


def without_field_labels(lines: list[PdfLine], fields: list[tuple[float, float, float, float]]) -> list[PdfLine]:
    """The lines, less the labels of the page's form fields. A form-like leaflet (pdf-lib, a
    word processor's form) asks who the patient is and when they come ("Naam patiënt:",
    "Aansluiten op:", a box ticked by "Gebruikt bloedverdunners"); what is filled in lives in
    the fields, not the page's text, and stays out, and the labels alone made a passage of
    questions without answers. A label is a short line (`MAX_LABEL_WORDS`) on a field's row
    that stands wholly beside it: the nearest text left of it, or right after a box to tick
    (`LABEL_GAP`). A field taller than a line or two (`MAX_FIELD_LINES`: a box to write notes
    in) has no label on its rows, and running text beside it stays. A line of its own right
    over a field heads it (`_over_field`): an empty diary's "Vul hier in wat u doet ..." over
    its grid, a section of the form's words alone, which weak questions in other languages
    found first."""
    labels: set[int] = set()
    for field in fields:
        left, bottom, right, top = field
        row = [(number, line) for number, line in enumerate(lines) if line.text.strip()
               and top - bottom <= MAX_FIELD_LINES * line.size and bottom - 0.5 * line.size <= line.y <= top]
        before = [(_label_end(line), number) for number, line in row
                  if line.x < left and _label_end(line) <= left + line.size]
        after = [number for number, line in row if right - 1 <= line.x <= right + LABEL_GAP * line.size]
        for number in ([max(before)[1]] if before else []) + after:
            if len(_BLANK.sub("", lines[number].text).split()) <= MAX_LABEL_WORDS:
                labels.add(number)
        labels.update(number for number in range(len(lines)) if _over_field(lines, number, field))
    return [line for number, line in enumerate(lines) if number not in labels]


_BLANK = re.compile(r"\s*(?:_{3,}|\.{4,}|…{2,})\s*$")  # a line's blank to fill in: "____", "........"


def _label_end(line: PdfLine) -> float:
    """Where a label's words end, less a blank typed after them: a form's field lies over its
    blank ("Sonde wisselen uiterlijk op: ____", PyPDFForm fills it so), the blank no text of
    the label; counted in, the line ran into the field and stayed as text."""
    return line.x + CHAR_WIDTH * line.size * len(_BLANK.sub("", line.text).rstrip())


ABOVE_FIELD = 1.5  # ems from a line's baseline down to the field it heads, at most


def _over_field(lines: list[PdfLine], number: int, field: tuple[float, float, float, float]) -> bool:
    """Whether line `number` heads a field right under it, as a line of its own: the
    instruction over a grid to fill in ("Vul hier in wat u doet ...", "Dag  Ochtend  Middag"),
    a label set above its box. A paragraph's last line is no line of its own: the line
    before it stands a line's spacing above, at its left edge, in its size."""
    line = lines[number]
    left, _, right, top = field
    end = line.x + CHAR_WIDTH * line.size * len(line.text.rstrip())
    if not (0 <= line.y - top <= ABOVE_FIELD * line.size and line.x < right and end > left and line.text.strip()):
        return False
    previous = lines[number - 1] if number else None
    return previous is None or not (0 < previous.y - line.y <= 2 * line.size and abs(previous.x - line.x) <= 1
                                    and previous.size == line.size)


def _rect(annotation) -> tuple[float, float, float, float]:
    """An annotation's rectangle as (left, bottom, right, top), however its corners are given."""
    x1, y1, x2, y2 = (float(value) for value in annotation["/Rect"])
    return min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)


def _sticker_size(appearance: str) -> float:
    """The font size a FreeText annotation's appearance string sets ("/Helv 9 Tf"), else 9 points."""
    found = re.search(r"(\d+(?:\.\d+)?)\s+Tf\b", appearance)
    return float(found.group(1)) if found and float(found.group(1)) > 0 else STICKER_SIZE
