"""PDF findings of red team 20: a text layer that is a cipher (cups-filters' texttopdf embeds
its font as CID TrueType with no ToUnicode, so the text is glyph numbers, not words), and
Ghostscript's re-save that draws a line's cells and bullets as one `TJ` with jumps in it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pdf_factory import Line, Ops, ingest_pdf, make_drawn_pdf, make_pdf, passages_text

from ingest.document import UNREAD_PAGES, IngestError, IngestWarning
from ingest.pdf.geometry import PdfLine
from ingest.pdf.legible import reads_as_text
from ingest.pdf.tables import continue_cell
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
    with pytest.raises(IngestError, match="its fonts .* have no Unicode map") as caught:
        ingest_file(path)
    assert "OCR" not in str(caught.value)  # no scan: the fonts are the cause
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


# ---------------------------------------------------------------- a Ghostscript re-save: jumps inside one TJ

def _row(first: str, jump: float, second: str) -> str:
    return f"[({first}) {jump:g} ({second})] TJ"


def test_a_table_row_and_bullets_drawn_as_one_tj_with_jumps_are_read_apart(tmp_path):
    # gs -sDEVICE=pdfwrite -dPDFA writes iText's cells as one TJ that jumps to the next cell
    # (the same x on every row), and each list item before its bullet, jumping back to it.
    # Helvetica at 10 pt: "Behandeling" is 55.59 pt wide, so -18791 lands at 54 + 55.59 + 187.91
    # = 297.5, where each row's second cell starts.
    rows = [("Behandeling", -18791), ("Oedeemtherapie", -16902), ("Therapeutische armkous", -13346)]
    cells = ["Vergoeding uit basisverzekering", "vanaf de 10e behandeling per jaar", "ja, na eigen risico"]
    table = " T* ".join(_row(first, jump, second) for (first, jump), second in zip(rows, cells))
    items = ["uw arm plotseling rood, warm en pijnlijk wordt;", "u koorts krijgt of zich grieperig voelt;"]
    backs = [21450, 16950]  # back over the item's width and 10 points more: the bullet before it
    bullets = " T* ".join(_row(item, back, "•") for item, back in zip(items, backs))
    body = ("(De oedeemtherapeut behandelt lymfoedeem met zwachtelen, oefeningen en soms met) Tj "
            "(lymfedrainage. De zorgverzekering vergoedt een deel van de behandeling, zo:) '")
    page = [Ops("BT /F2 12 Tf 1 0 0 1 50 760 Tm (Vergoeding) Tj ET"),
            Ops("BT /F1 10 Tf 13 TL 1 0 0 1 50 736 Tm " + body + " ET"),
            Ops("BT /F1 10 Tf 18 TL 1 0 0 1 54 700 Tm " + table + " ET"),
            Ops("BT /F2 10 Tf 1 0 0 1 56 620 Tm (Bel direct uw huisarts als) Tj ET"),
            Ops("BT /F1 10 Tf 15 TL 1 0 0 1 66 605 Tm " + bullets + " ET")]
    text = passages_text(ingest_pdf(tmp_path, make_drawn_pdf([page])))
    assert "Behandeling | Vergoeding uit basisverzekering\n" in text
    assert "Therapeutische armkous | ja, na eigen risico" in text
    assert "• uw arm plotseling rood, warm en pijnlijk wordt;\n• u koorts krijgt" in text
    assert "wordt;•" not in text


def test_a_justified_title_with_one_wide_gap_stays_one_line(tmp_path):
    # mPDF justifies a wrapped title: "Operatie" ... "bij" over "carpaletunnelsyndroom", one
    # TJ with a jump no other line's jump lands beside: no table's column
    page = [Ops("BT /F2 20 Tf 1 0 0 1 45 766 Tm [(Operatie) -11505 (bij)] TJ ET"),
            Ops("BT /F2 20 Tf 1 0 0 1 45 741 Tm (carpaletunnelsyndroom) Tj ET"),
            Ops("BT /F1 10 Tf 1 0 0 1 45 700 Tm (De zenuw in de pols zit bekneld. Een kleine operatie helpt.) Tj ET")]
    item = ingest_pdf(tmp_path, make_drawn_pdf([page]))
    assert passages_text(item) == "De zenuw in de pols zit bekneld. Een kleine operatie helpt."


def test_a_cells_word_broken_at_a_hyphen_is_joined_in_its_cell():
    # ConTeXt's table (red team 16's oorsmeer.pdf), its cells now read apart: "trom-" / "melvlies"
    row = PdfLine("Uitspuiten huisartsenpraktijk niet bij een gaatje in het trom-", 71, 503, 9.8, False, 0,
                  cells=2, table=True, starts=(71, 340))
    wrapped = PdfLine("melvlies", 340, 489, 9.8, False, 0)
    assert continue_cell(row, wrapped).text.endswith("in het trommelvlies")
    compound = replace(row, text="Verwijzing  naar de KNO-")
    assert continue_cell(compound, replace(wrapped, text="arts")).text == "Verwijzing  naar de KNO-arts"
