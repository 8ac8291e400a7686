"""Write small, valid PDFs with real text layers for tests.

pypdf reads PDFs but does not lay out text, and a committed binary fixture hides
what it contains; this writes the PDF operators by hand (Helvetica, WinAnsi), so
a test states its pages as plain Python data: `Line`s flow down the page from the
top (`gap` adds space above one, as between paragraphs), `Placed` text sits where
it says, drawn in the order given (so a test can interleave two columns the way
some PDF writers draw them, row by row).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Line:
    """One line of text on a page: its words, font size, and whether it is bold."""

    text: str
    size: float = 11
    bold: bool = False
    gap: float = 0
    x: float = 56


@dataclass(frozen=True)
class Placed:
    """Text at a fixed baseline position (points from the bottom left)."""

    text: str
    x: float
    y: float
    size: float = 11
    bold: bool = False


def two_columns(left: list[str], right: list[str], *, top: float = 760, leading: float = 14,
                gutter: float = 310, size: float = 10) -> list[Placed]:
    """Two columns of lines, drawn row by row (left, right, left, ...): the order in
    which a naive reader would mix the columns."""
    placed = []
    for row in range(max(len(left), len(right))):
        y = top - row * leading
        if row < len(left) and left[row]:
            placed.append(Placed(left[row], 56, y, size))
        if row < len(right) and right[row]:
            placed.append(Placed(right[row], gutter, y, size))
    return placed


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _content(lines: list[Line | Placed | str]) -> bytes:
    """The content stream of one page: lines from the top, spaced by their size."""
    out, y = [], 800.0
    for line in lines:
        line = Line(line) if isinstance(line, str) else line
        if isinstance(line, Placed):
            x, at = line.x, line.y
        else:
            y -= line.size * 1.3 + line.gap
            x, at = line.x, y
        font = b"/F2" if line.bold else b"/F1"
        out.append(b"BT %s %g Tf 1 0 0 1 %g %g Tm (%s) Tj ET" % (font, line.size, x, at, _escape(line.text)))
    return b"\n".join(out)


def make_pdf(pages: list[list[Line | Placed | str]], *, encrypt_marker: bool = False) -> bytes:
    """A PDF with one page per list of lines.

    `encrypt_marker` adds an /Encrypt entry to the trailer (with a standard
    security handler dictionary), which readers must treat as encrypted.
    """
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below, once the pages object exists
    pages_id = add(b"")
    regular = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    bold = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for lines in pages:
        stream = _content(lines)
        content = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        kids.append(add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>" % (pages_id, content, regular, bold)
        ))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    encrypt = 0
    if encrypt_marker:
        encrypt = add(b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>" % (
            b"00" * 32, b"00" * 32))
    return _assemble(objects, catalog, encrypt)


def _assemble(objects: list[bytes], root: int, encrypt: int) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    extra = b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (encrypt, b"11" * 16, b"11" * 16) if encrypt else b""
    out += b"trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, root, extra, xref)
    return bytes(out)


@dataclass(frozen=True)
class Rule:
    """A vertical line drawn on the page (a table cell's border), from `bottom` to `top`."""

    x: float
    bottom: float
    top: float


@dataclass(frozen=True)
class Raw:
    """Text drawn with a text matrix written as given (`matrix`: six numbers as the file
    spells them, "1 3.2e-05 -3.2e-05 1 56 700"), to state what some writers get wrong."""

    text: str
    matrix: str
    size: float = 11


@dataclass(frozen=True)
class Ops:
    """Content-stream operators written as given (`/F1` is Helvetica, `/F2` its bold), for what
    the other items cannot draw: a table row in one text object, a filled shape."""

    ops: str


def make_drawn_pdf(pages: list[list[Placed | Rule | Raw | Ops]], *, width: float = 595, height: float = 842,
                   title: str = "", render_mode: int = 0, rotate: int = 0,
                   glyph_width: int | None = None) -> bytes:
    """A PDF whose pages draw text where it is placed, vertical rules and raw text matrices,
    on pages of `width` by `height` points; `render_mode` 3 draws all text invisibly, as an
    OCR layer over a scan does; `title` is the metadata /Title; `rotate` turns each page as
    it is shown (its `/Rotate`); with `glyph_width` the fonts state their widths (`/Widths`),
    every glyph that many thousandths of an em wide."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")
    pages_id = add(b"")
    widths = b"" if glyph_width is None else b" /FirstChar 32 /LastChar 255 /Widths [%s]" % (
        b" ".join([b"%d" % glyph_width] * 224))
    regular = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding%s >>" % widths)
    bold = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding%s >>" % widths)
    kids = []
    for items in pages:
        ops = []
        for item in items:
            if isinstance(item, Ops):
                ops.append(item.ops.encode("cp1252"))
            elif isinstance(item, Rule):
                ops.append(b"0.5 w %g %g m %g %g l S" % (item.x, item.bottom, item.x, item.top))
            elif isinstance(item, Raw):
                ops.append(b"BT %d Tr /F1 %g Tf %s Tm (%s) Tj ET" % (
                    render_mode, item.size, item.matrix.encode(), _escape(item.text)))
            else:
                font = b"/F2" if item.bold else b"/F1"
                ops.append(b"BT %d Tr %s %g Tf 1 0 0 1 %g %g Tm (%s) Tj ET" % (
                    render_mode, font, item.size, item.x, item.y, _escape(item.text)))
        stream = b"\n".join(ops)
        content = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        kids.append(add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %g %g] /Rotate %d /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>" % (pages_id, width, height, rotate, content,
                                                                       regular, bold)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    pdf = _assemble(objects, catalog, 0)
    if not title:
        return pdf
    info = b"%d 0 obj\n<< /Title (%s) >>\nendobj\n" % (len(objects) + 1, _escape(title))
    body, _, _ = pdf.partition(b"xref\n")
    offsets = [int(line[:10]) for line in pdf.split(b"xref\n")[1].split(b"\n")[2:2 + len(objects)]]
    out = bytearray(body)
    offsets.append(len(out))
    out += info
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 2)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 2, catalog, len(objects) + 1, xref)
    return bytes(out)


def ingest_pdf(tmp_path: Path, pdf: bytes, name: str = "folder.pdf"):
    """What ingest makes of a generated PDF, written to `tmp_path / name` first."""
    from ingest.pipeline import ingest_file

    path = tmp_path / name
    path.write_bytes(pdf)
    return ingest_file(path)


def passages_text(item) -> str:
    """An ingested leaflet's passages, one after the other."""
    return "\n".join(passage.text for passage in item.passages)
