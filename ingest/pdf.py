"""Load PDF leaflets page by page, keeping where each page begins.

A citation of a PDF names its page, so the page of every character must survive
cleaning: pages are joined into one text with their start offsets kept. Headings
are told by font size (and bold) through pypdf's text visitor. Whatever goes
wrong inside pypdf becomes an IngestError that names the file and the cause.
"""

from __future__ import annotations

import io
import logging
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pypdf
from pypdf.errors import FileNotDecryptedError

from ingest.clean import strip_page_furniture
from ingest.document import IngestError
from ingest.source import SourceText

HEADING_SIZE_RATIO = 1.15
MAX_HEADING_WORDS = 15


@dataclass(frozen=True)
class _PdfLine:
    """A line of a page as pypdf reads it, with its largest font size and boldness."""

    text: str
    size: float
    bold: bool


def load_pdf(data: bytes, path: str | Path) -> SourceText:
    """The text of a PDF with its page map, title and font-size heading hints."""
    reader = _open(data, path)
    try:
        pages = [_page_lines(page) for page in reader.pages]
        title = str((reader.metadata or {}).get("/Title", "") or "").strip()
    except IngestError:
        raise
    except Exception as error:  # pypdf raises many kinds of errors on damaged files
        raise IngestError(path, f"the PDF is damaged ({_describe(error)})") from None
    if not any(line.text.strip() for lines in pages for line in lines):
        raise IngestError(path, "no text layer: the PDF looks scanned, OCR is needed")
    hints = heading_hints([line for lines in pages for line in lines])
    texts = strip_page_furniture(["\n".join(line.text for line in lines) for lines in pages])
    starts, at = [], 0
    for text in texts:
        starts.append(at)
        at += len(text) + 1
    return SourceText("\n".join(texts), "plain", tuple(starts), title=title, heading_hints=hints)


def _open(data: bytes, path: str | Path) -> pypdf.PdfReader:
    """A reader for the bytes; encrypted files open only without a password."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError(path, "the PDF is encrypted (password protected)")
        len(reader.pages)
        return reader
    except IngestError:
        raise
    except (FileNotDecryptedError, NotImplementedError) as error:  # pypdf: unsupported cipher
        raise IngestError(path, f"the PDF is encrypted ({_describe(error)})") from None
    except Exception as error:  # PdfReadError and the many errors of damaged files
        raise IngestError(path, f"the PDF is corrupt or truncated ({_describe(error)})") from None


def _describe(error: Exception) -> str:
    message = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{error.__class__.__name__}: {message}"[:160] if message else error.__class__.__name__


def _page_lines(page: pypdf.PageObject) -> list[_PdfLine]:
    """The lines of one page, each with the font size and weight of its text."""
    lines: list[list[tuple[str, float, bool]]] = [[]]

    def visit(text: str, cm: list[float], tm: list[float], font: dict | None, size: float) -> None:
        scale = abs(tm[3] * cm[3]) or 1.0
        bold = "bold" in str((font or {}).get("/BaseFont", "")).lower()
        for number, piece in enumerate(text.split("\n")):
            if number:
                lines.append([])
            if piece:
                lines[-1].append((piece, size * scale, bold))

    page.extract_text(visitor_text=visit)
    return [_line(pieces) for pieces in lines]


def _line(pieces: list[tuple[str, float, bool]]) -> _PdfLine:
    text = "".join(piece for piece, _, _ in pieces)
    visible = [(p, s, b) for p, s, b in pieces if p.strip()]
    size = max((s for _, s, _ in visible), default=0.0)
    bold = bool(visible) and all(b for _, _, b in visible)
    return _PdfLine(text, round(size, 1), bold)


def heading_hints(lines: list[_PdfLine]) -> dict[str, int]:
    """Lines set larger than the body text (or short bold lines) and their levels.

    The body size is the size most characters have; larger sizes rank as levels
    1, 2, 3 from the largest down; bold lines at body size rank below them.
    """
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[line.size] += len(line.text)
    if not sizes:
        return {}
    body = sizes.most_common(1)[0][0]
    larger = sorted({ln.size for ln in lines if ln.size >= body * HEADING_SIZE_RATIO}, reverse=True)
    rank = {size: level for level, size in enumerate(larger, start=1)}
    hints: dict[str, int] = {}
    for line in lines:
        text = " ".join(line.text.split())
        if not text or len(text.split()) > MAX_HEADING_WORDS or text.endswith((".", ",", ";")):
            continue
        if line.size in rank:
            hints.setdefault(text, rank[line.size])
        elif line.bold and abs(line.size - body) < 0.5 and not text.endswith(":"):
            hints.setdefault(text, len(larger) + 1)
    return hints
