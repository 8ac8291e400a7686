"""PDF findings of red team 16 at the level of glyphs and lines: ConTeXt's words set apart
only by kerns among letters kerned closer, and a2ps's pages turned a quarter (`/Rotate 90`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pdf_factory import Ops, Placed, _assemble, ingest_pdf, make_drawn_pdf, passages_text

from ingest.pdf.title import metadata_title
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam16_leaflets"


# ---------------------------------------------------------------- finding A: words set apart by kerns alone

def _tracked(words: list[str], letter: float, gap: float) -> str:
    """A `TJ` array as ConTeXt writes it with DejaVu: each glyph a string of its own, every
    pair of letters kerned `letter` closer, words `gap` apart (thousandths of an em), no
    space glyph between them."""
    items = []
    for number, word in enumerate(words):
        if number:
            items.append(f"{-gap:g}")
        items.append(f" {letter:g} ".join(f"({char})" for char in word))
    return "[" + " ".join(items) + "] TJ"


def test_words_set_apart_by_kerns_among_letters_kerned_closer_keep_their_spaces(tmp_path):
    lines = [["Maak", "de", "gehoorgang", "niet", "schoon."], ["Uitgave:", "12", "maart", "2026"]]
    ops = [f"BT /F1 10 Tf 1.15 0 0 0.985 56 {760 - 14 * n} Tm {_tracked(words, 90, 110)} ET"
           for n, words in enumerate(lines)]
    item = ingest_pdf(tmp_path, make_drawn_pdf([[Ops(" ".join(ops))]]))
    assert "Maak de gehoorgang niet schoon." in passages_text(item)
    # the date line under the sentence is a paragraph of its own (red team 36), its words read
    # apart as the date
    assert item.leaflet.updated == "2026-03-12"


def test_kerns_between_letters_set_as_they_are_add_no_space(tmp_path):
    """Text whose letters are not kerned closer is read as pypdf reads it: a kerning pair's
    small kern (here "Wa" and "To" pulled apart a little) is no word's gap."""
    ops = "BT /F1 10 Tf 1 0 0 1 56 760 Tm [(W) -110 (at u moet weten over de T) -110 (oets van uw bloed.)] TJ ET"
    assert passages_text(ingest_pdf(tmp_path, make_drawn_pdf([[Ops(ops)]]))) == "Wat u moet weten over de Toets van uw bloed."


def test_context_leaflet_with_dejavu_reads_its_words():
    item = ingest_file(LEAFLETS / "oorsmeer.pdf")
    text = passages_text(item)
    assert item.leaflet.title == "Oorsmeer en een verstopt oor"
    assert item.leaflet.updated.startswith("2026-03")
    assert item.leaflet.language == "nl"
    assert "Maak de gehoorgang niet schoon met wattenstaafjes" in text
    assert "Ziekenhuis" not in text  # the running footer, its words no longer glued


# ---------------------------------------------------------------- finding C: a page turned a quarter

_WHIPLASH = ["Whiplash", "", "Wat is een whiplash?", "",
             "Een whiplash ontstaat als het hoofd plotseling heen en weer zwiept. De spieren en",
             "banden in de nek worden daarbij overrekt. Op een rontgenfoto is meestal niets te",
             "zien. Dat betekent niet dat de klachten niet echt zijn.", "",
             "Wat kunt u zelf doen?", "",
             "Blijf bewegen. Rust helpt niet: een nek die stil wordt gehouden, wordt stijver."]


def _turned_lines(lines: list[str], matrix: str, size: float = 10) -> str:
    """Lines drawn as a2ps draws them on a turned sheet: one text object, each line shown
    with `'` (the next line, at the leading set by `TL`) along the text matrix `matrix`."""
    escaped = [line.replace("(", r"\(").replace(")", r"\)") for line in lines]
    return f"BT /F1 {size} Tf {matrix} Tm {1.2 * size:g} TL ({escaped[0]}) Tj " + \
        " ".join(f"({line}) '" for line in escaped[1:]) + " ET"


def test_lines_of_a_page_turned_a_quarter_are_read_as_lines(tmp_path):
    """a2ps prints on a sheet turned a quarter (`/Rotate 90`), its lines running up the page:
    read as shown, each line is a line and the text's headings are found."""
    pdf = make_drawn_pdf([[Ops(_turned_lines(_WHIPLASH, "0 1 -1 0 60 40"))]], rotate=90)
    item = ingest_pdf(tmp_path, pdf)
    text = passages_text(item)
    assert "banden in de nek worden daarbij overrekt" in text
    assert "niets te zien." in text
    assert any(passage.headings[-1:] == ("Wat kunt u zelf doen?",) for passage in item.passages)


def test_page_turned_upside_down_reads_as_the_upright_page(tmp_path):
    upright = passages_text(ingest_pdf(tmp_path, make_drawn_pdf([[Ops(_turned_lines(_WHIPLASH, "1 0 0 1 56 780"))]]), "a.pdf"))
    turned = make_drawn_pdf([[Ops(_turned_lines(_WHIPLASH, "-1 0 0 -1 539 62"))]], rotate=180)
    assert passages_text(ingest_pdf(tmp_path, turned, "b.pdf")) == upright


def _printout(header_size: float = 8.8, path: str = "/tmp/build/src/a2ps/mini.txt") -> bytes:
    """A sheet as a2ps prints a text file: its stamp over the text ("Dec 04, 26 3:17 Page 1/1"
    and the file's name in large bold type), "Printed by root" above it at the right, and
    the print date, page count and file path at the foot; the text in 8 point."""
    body = ["Whiplash", "", "Wat kunt u zelf doen?", "",
            "Blijf bewegen. Rust helpt niet: een nek die stil wordt gehouden, wordt",
            "stijver en doet langer pijn. Een halskraag raden wij af.", "", "Vragen", "",
            "Afdeling Fysiotherapie, telefoon 0592 - 32 55 80."]
    items = [Placed(line, 40, 760 - 10 * n, 8) for n, line in enumerate(body) if line]
    items += [Placed("Dec 04, 26 3:17", 36, 788, header_size), Placed("Page 1/1", 500, 788, header_size),
              Placed("mini.txt", 280, 788, 11, bold=True), Placed("Printed by root", 480, 806, header_size),
              Placed("Friday December 04, 2026", 36, 26, header_size), Placed("1/1", 290, 26, header_size),
              *([Placed(path, 420, 26, header_size)] if path else [])]
    return make_drawn_pdf([items])


@pytest.mark.parametrize("path", ["/tmp/build/src/a2ps/mini.txt", ""])
def test_print_programs_stamps_on_a_sheet_are_furniture(tmp_path, path):
    """A print program's stamps at a sheet's head and foot are no text, however large: the
    file's name is no title, and the build server's user and path are shown to no one. a2ps
    prints the file's path at the foot of a landscape sheet, not of a portrait one."""
    item = ingest_pdf(tmp_path, _printout(path=path))
    text = passages_text(item)
    assert item.leaflet.title != "mini.txt"
    for stamp in ("Printed by", "root", "/tmp/", "Page 1/1", "3:17", "December 04"):
        assert stamp not in text, stamp
    assert text.endswith("telefoon 0592 - 32 55 80.")


def test_a2ps_leaflet_on_a_turned_sheet_reads_as_its_text():
    item = ingest_file(LEAFLETS / "whiplash.pdf")
    text = passages_text(item)
    assert "in de nek worden daarbij overrekt" in text
    assert item.leaflet.title != "whiplash.txt"
    assert {"Wat kunt u zelf doen?", "Oefeningen", "Vragen"} <= {h for p in item.passages for h in p.headings}
    for stamp in ("Printed by", "/tmp/", "Page 1/2", "whiplash.txt"):
        assert stamp not in text, stamp


# ---------------------------------------------------------------- finding C: a2ps's minus signs

def test_minus_signs_between_words_and_digit_groups_read_as_hyphens(tmp_path):
    """a2ps draws a text file's "-" as a minus sign (U+2212): between words and digit groups,
    and opening a list item, it reads as a hyphen; before a number it is the number's sign."""
    lines = ["Folder FT\u2212031 over de nek.", "Bel 0592 \u2212 32 55 80 in week 2 \u2212 3.",
             "Bewaar de zalf bij \u22125 graden."]
    ops = [f"BT /F1 10 Tf 1 0 0 1 56 {760 - 14 * n} Tm <{line.encode('utf-16-be').hex()}> Tj ET" for n, line in enumerate(lines)]
    text = passages_text(ingest_pdf(tmp_path, _unicode_pdf(" ".join(ops))))
    assert "FT-031" in text and "0592 - 32 55 80" in text and "week 2 - 3." in text
    assert "\u22125 graden" in text


def _unicode_pdf(ops: str) -> bytes:
    """A one-page PDF whose font /F1 shows two-byte codes that are their own Unicode values
    (Identity-H, a ToUnicode map of the identity), as a2ps's minus sign needs."""
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /U def "
            b"1 begincodespacerange <0000> <FFFF> endcodespacerange "
            b"1 beginbfrange <0000> <FFFF> <0000> endbfrange endcmap CMapName currentdict /CMap defineresource pop end end")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(ops), ops.encode()),
               b"<< /Type /Font /Subtype /Type0 /BaseFont /Sans /Encoding /Identity-H "
               b"/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
               b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Sans /DW 500 "
               b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap)]
    return _assemble(objects, 1, 0)


def test_a_printed_text_files_name_is_no_title(tmp_path):
    """a2ps stores the printed file's name as the PDF's title ("whiplash.txt"): like an office
    file's name, it names no leaflet, and a leaflet that shows no title of its own is titled
    by its text, not by the file."""
    assert metadata_title("whiplash.txt") == ""
    assert metadata_title("Na uw operatie.txt") == "Na uw operatie"
    lines = [Placed("Blijf bewegen, ook als uw nek pijn doet; rust maakt hem stijver.", 56, 760, 10)]
    item = ingest_pdf(tmp_path, make_drawn_pdf([lines], title="whiplash.txt"), "FT-031.pdf")
    assert item.leaflet.title != "whiplash.txt"


def test_page_turned_while_its_text_runs_along_it_reads_as_its_text_runs(tmp_path):
    """A page turned (`/Rotate 90`) whose text runs along the unturned page, as on a portrait
    page turned by mistake, is read as its text runs, not line by line across it."""
    upright = passages_text(ingest_pdf(tmp_path, make_drawn_pdf([[Ops(_turned_lines(_WHIPLASH, "1 0 0 1 56 780"))]]), "a.pdf"))
    turned = make_drawn_pdf([[Ops(_turned_lines(_WHIPLASH, "1 0 0 1 56 780"))]], rotate=90)
    assert passages_text(ingest_pdf(tmp_path, turned, "b.pdf")) == upright
