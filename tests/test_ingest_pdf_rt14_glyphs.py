"""PDF findings of red team 14 at the level of glyphs and lines: a Scribus PDF at a
fractional font size that sets its font again before every glyph, groff's justified lines
that go on after each kerning pair, and words hyphenated before a paragraph's last line."""

from __future__ import annotations

from pathlib import Path

import pytest

from pdf_factory import Ops, Placed, ingest_pdf, make_drawn_pdf, passages_text

from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam14_leaflets"

# Helvetica's advance widths (thousandths of an em) of the letters these tests draw.
_WIDTHS = {" ": 278, "E": 667, "H": 722, "M": 833, "b": 556, ":": 278, ";": 278, "a": 556, "d": 556, "e": 556, "f": 278, "g": 556, "i": 222, "j": 222,
           "k": 500, "l": 222, "n": 556, "o": 556, "p": 556, "r": 333, "s": 500, "t": 278, "u": 556,
           "v": 500, "h": 556, "c": 500, "m": 833, "w": 722, "y": 500, ".": 278}


# ---------------------------------------------------------------- finding 3.1: a font set before every glyph

def _glyph_by_glyph(text: str, x: float, y: float, size: float) -> str:
    """`text` drawn as Scribus draws it at 10.5 pt: each glyph (spaces too) at its own text
    matrix, the font set again before it."""
    ops = []
    for char in text:
        ops.append(f"/F1 {size} Tf 1 0 0 1 {x:.1f} {y} Tm ({char}) Tj")
        x += round(_WIDTHS[char] * size / 1000, 1)  # Scribus rounds each advance to a tenth
    return "BT " + " ".join(ops) + " ET"


def test_glyphs_drawn_one_by_one_with_their_font_set_again_read_as_words(tmp_path):
    lines = ["Meten doet geen pijn.", "ongeveer elke dag drie", "of vier porties."]
    pages = [[Ops(_glyph_by_glyph(line, 56, 760 - 15 * n, 10.5)) for n, line in enumerate(lines)]]
    text = passages_text(ingest_pdf(tmp_path, make_drawn_pdf(pages)))
    assert text == "Meten doet geen pijn. ongeveer elke dag drie of vier porties."  # no "M e t e n", no "• f"


def test_scribus_leaflet_at_10_5_points_reads_as_words():
    item = ingest_file(LEAFLETS / "osteoporose.pdf")
    text = passages_text(item)
    assert "Daarnaast krijgt u vitamine D, meestal 800" in text
    for word in ("alendroninezuur", "denosumab", "te eten of te drinken", "onderrug"):
        assert word in text, word
    assert "•" not in text
    assert item.leaflet.language == "nl"


@pytest.mark.parametrize("order", ["move, then font", "font, then move"])
def test_a_font_set_again_a_cell_on_still_parts_a_table_row_s_cells(tmp_path, order):
    """A table whose rows one text object each draws, setting the font again before each
    cell: that `Tf` is all that told pypdf the cells apart (a move along the baseline, however
    far, reads as one space), so only one a glyph's step on is left out (review of red team 14)."""
    body = [Placed(f"Dit is een gewone zin in de tekst van de folder, regel {n}.", 72, 760 - 14 * n, 10)
            for n in range(10)]
    rows = [("Medicijn", "Ochtend", "Avond"), ("Prednison", "20 mg", "10 mg"), ("Tacrolimus", "2 mg", "2 mg")]
    cell = "150 0 Td /F1 10 Tf" if order == "move, then font" else "/F1 10 Tf 150 0 Td"
    table = [Ops(f"BT /F1 10 Tf 72 {560 - 14 * n} Td ({a}) Tj {cell} ({b}) Tj {cell} ({c}) Tj ET")
             for n, (a, b, c) in enumerate(rows)]
    text = passages_text(ingest_pdf(tmp_path, make_drawn_pdf([body + table])))
    assert "Medicijn | Ochtend | Avond" in text and "Tacrolimus | 2 mg | 2 mg" in text, text


# ---------------------------------------------------------------- finding 3.4: word spacing and kerning pairs

def _width(text: str, size: float, spacing: float) -> float:
    """How far `text` moves the pen: its glyphs, and word spacing after each space."""
    return sum(_WIDTHS[char] for char in text) * size / 1000 + spacing * text.count(" ")


def test_a_justified_line_going_on_after_a_kerning_pair_keeps_its_words_whole(tmp_path):
    """groff justifies with word spacing (`Tw`) and ends its string at each kerning pair,
    going on with `Td` by the width the string took, word spacing included."""
    size, spacing = 10, 2.5
    pieces = ["Er is een plekje met v", "eel kleine v", "aatjes vlak onder het slijmvlies."]
    ops = [f"BT /F1 {size} Tf 1 0 0 1 56 700 Tm {spacing} Tw"]
    for piece in pieces:
        ops.append(f"({piece}) Tj {_width(piece, size, spacing) - 0.3:.3f} 0 Td")  # a kerning pair's pull
    ops.append("ET")
    word_gap = _width(" ", size, 0)  # a word's end, then the next word one space on: a real gap
    ops.append(f"BT /F1 {size} Tf 1 0 0 1 56 685 Tm {spacing} Tw (dat is veel) Tj "
               f"{_width('dat is veel', size, spacing) + word_gap:.3f} 0 Td (erger.) Tj ET")
    text = passages_text(ingest_pdf(tmp_path, make_drawn_pdf([[Ops(" ".join(ops))]])))
    assert text == "Er is een plekje met veel kleine vaatjes vlak onder het slijmvlies. dat is veel erger."


def test_groff_leaflet_justified_words_are_whole():
    item = ingest_file(LEAFLETS / "neusbloeding.pdf")
    text = passages_text(item) + "\n" + "\n".join(heading for passage in item.passages for heading in passage.headings)
    for word in ("zilvernitraat", "vaselinezalf", "bloedverdunners", "met veel kleine", "Wat doet u zelf",
                 "Kinderen met een bloedneus", "Overleg"):
        assert word in text, word
    for split in ("v eel", "W at", "zilv ernitraat", "k omen"):
        assert split not in text, split


def test_a_lone_o_opening_a_line_is_a_bullet_only_a_tab_stop_before_its_text():
    from ingest.pdf.geometry import Fragment
    from ingest.pdf.lines import group_lines

    def line(*pieces: tuple[str, float]) -> str:
        return group_lines([Fragment(text, x, 700, 10, False) for text, x in pieces])[0].text

    assert line(("o ", 56), ("anche domani", 62.8)) == "o anche domani"  # a word, one space on
    assert line(("o", 56), ("doos patronen", 74)) == "◦ doos patronen"  # a sub-bullet, a tab stop on
    assert line(("o doos patronen", 56)) == "◦ doos patronen"  # one piece: the tab read as a space


# ---------------------------------------------------------------- finding 3.9: a hyphen drawn apart

def test_a_hyphen_drawn_apart_at_a_justified_line_end_joins_its_word(tmp_path):
    """Typst draws a hyphenation's hyphen as a text object of its own, at the right margin of
    a justified line; guessed glyph widths left it a word or a cell away ("makke - lijker")."""
    from pdf_factory import Placed

    words = "Hoog hoofdeinde: uw baby ligt met het hoofdeinde iets omhoog; dat ademt wat makke".split()
    stretch = 4.0  # points added to each word space, as a justified line's TJ shifts add them
    shown = " ".join(f"({word} ) {-stretch * 100:g}" for word in words[:-1]) + f" ({words[-1]})"
    end = 56 + _width(" ".join(words), 10, stretch)
    page = [Ops(f"BT /F1 10 Tf 1 0 0 1 56 700 Tm [{shown}] TJ ET"), Ops(f"BT /F1 10 Tf 1 0 0 1 {end:.2f} 700 Tm (-) Tj ET"),
            Placed("lijker. Zo slaapt uw baby rustiger.", 56, 686, 10)]
    text = passages_text(ingest_pdf(tmp_path, make_drawn_pdf([page])))
    assert "ademt wat makkelijker. Zo slaapt" in text


def test_a_dash_in_a_table_s_last_cell_stays_apart():
    from ingest.pdf.geometry import Fragment
    from ingest.pdf.lines import group_lines

    row = [Fragment("Paracetamol", 56, 700, 10, False), Fragment("500 mg", 200, 700, 10, False),
           Fragment("-", 340, 700, 10, False)]
    assert "Paracetamol" in group_lines(row)[0].text and not group_lines(row)[0].text.endswith("500 mg-")
    alone = [Fragment("Paracetamol", 56, 700, 10, False), Fragment("-", 200, 700, 10, False)]
    assert group_lines(alone)[0].text != "Paracetamol-"


def test_a_dash_cell_after_a_long_first_cell_stays_apart_where_the_column_s_cells_start(tmp_path):
    """A two-column table whose "-" cell follows a long first cell seemed no further off than
    a justified line's hyphen (widths are guessed) and was glued to its word; it stands where
    the rows beside it start their second cells (review of red team 14)."""
    page = [Placed("Bijwerkingen", 56, 790, 18)]
    page += [Placed(f"Dit is een gewone zin in de tekst van de folder, regel {n}.", 56, 760 - 14 * n, 10)
             for n in range(8)]
    rows = [("Misselijkheid en duizeligheid na het innemen", "vaak"),
            ("Hoofdpijn in de eerste weken van de behandeling", "-"), ("Huiduitslag", "zelden"), ("Haaruitval", "-")]
    for n, (effect, often) in enumerate(rows):
        page += [Placed(effect, 56, 620 - 14 * n, 10), Placed(often, 340, 620 - 14 * n, 10)]
    page.append(Placed("Meer tekst na de tabel.", 56, 540, 10))
    text = passages_text(ingest_pdf(tmp_path, make_drawn_pdf([page])))
    assert "van de behandeling" in text and "behandeling-" not in text, text
