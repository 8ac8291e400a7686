"""PDF findings of red team 20: a text layer that is a cipher (cups-filters' texttopdf embeds
its font as CID TrueType with no ToUnicode, so the text is glyph numbers, not words)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_factory import Line, ingest_pdf, make_pdf, passages_text

from ingest.document import UNREAD_PAGES, IngestError, IngestWarning
from ingest.pdf.legible import reads_as_text
from ingest.pipeline import ingest_file
from leaflets.pages.strings import plain_warning

LEAFLETS = Path(__file__).parent / "data" / "redteam20_leaflets"

DUTCH = ("Een slijmbeurs is een klein zakje met vocht. Het ligt tussen bot en huid en zorgt dat de huid "
         "soepel over het bot glijdt. Aan de achterkant van de elleboog zit zo een slijmbeurs vlak onder "
         "de huid. Bij een ontsteking zwelt dit zakje op. U ziet dan een zachte bult op de punt van de "
         "elleboog, soms zo groot als een ei.")


def _glyph_numbers(text: str, shift: int = 29) -> str:
    """`text` as a font's glyph numbers read as characters: a TrueType font in the Macintosh
    glyph order numbers "a" 68, so a text layer without ToUnicode gives "D" for it."""
    return "".join(chr(ord(ch) - shift) if ord(ch) > shift + 32 else ch for ch in text)


def _wrapped(text: str, width: int = 70) -> list[Line]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + len(word) >= width:
            lines.append(Line(line))
            line = ""
        line = f"{line} {word}".strip()
    return [*lines, Line(line)]


def test_words_read_and_glyph_numbers_do_not():
    assert reads_as_text(DUTCH) is True
    assert reads_as_text(_glyph_numbers(DUTCH)) is False
    assert reads_as_text("".join(chr(ord(ch) % 31 + 1) for ch in DUTCH)) is False  # a subset font's 1, 2, 3 ...
    assert reads_as_text("Bel 112") is None  # too few words to tell


def test_a_pdf_whose_text_layer_is_glyph_numbers_is_refused(tmp_path):
    with pytest.raises(IngestError, match="the text cannot be read: its fonts map no glyph to a letter"):
        ingest_pdf(tmp_path, make_pdf([_wrapped(_glyph_numbers(DUTCH))]))


def test_the_texttopdf_leaflet_is_refused_not_indexed_as_a_cipher():
    path = LEAFLETS / "slijmbeursontsteking-elleboog.pdf"
    with pytest.raises(IngestError, match="OCR is needed") as caught:
        ingest_file(path)
    assert caught.value.path == str(path)


def test_a_page_of_glyph_numbers_among_pages_of_text_is_left_out_and_named(tmp_path):
    text_page = [Line("Na uw operatie", 18, True),
                 Line("U mag de eerste week niet zwaar tillen. Bel bij koorts de afdeling.", gap=8)]
    cipher = _wrapped(_glyph_numbers(DUTCH))
    item = ingest_pdf(tmp_path, make_pdf([text_page, cipher, cipher]))
    assert passages_text(item) == "U mag de eerste week niet zwaar tillen. Bel bij koorts de afdeling."
    path = str(tmp_path / "folder.pdf")
    assert item.warnings == (IngestWarning(path, UNREAD_PAGES, (2, 3)),)
    assert "pages 2-3 cannot be read" in str(item.warnings[0])
    assert "pagina's 2-3 is niet leesbaar" in plain_warning("nl", item.warnings[0])
