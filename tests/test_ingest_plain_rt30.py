"""Red team 30's plain text from tools no earlier round used. pypdf's text of a justified PDF
spreads a stretched line's words two spaces apart, with no flush right edge in characters
(the font was proportional): prose, no table of one word a cell. catdoc's text of a Word
document sets each table row and each list item as a paragraph of its own, a blank line
between them: the rows parted by tabs stay rows, and the items ending in ";" stay items."""

from __future__ import annotations

from ingest.pipeline import ingest_file

PYPDF = """Bevalling en daarna

Bekkenpijn is geen ziekte. Het gaat na de bevalling meestal over.
Bekkenpijn  is  geen  reden  voor  een  keizersnede.  U  kunt  bijna  altijd  gewoon  bevallen.
Vertel  het  de  verloskundige  wel,  zodat  zij  rekening  houdt  met  uw  houding  tijdens  de
bevalling. Na de bevalling verdwijnt de pijn bij de meeste vrouwen binnen drie maanden.
"""

CATDOC = """Blaren aan de voeten

Blaren voorkomen

Loop nieuwe schoenen eerst in.

Welke pleister wanneer?

Soort blaar\tWat gebruikt u\tHoe lang laten zitten

dichte, kleine blaar\tblarenpleister\ttot hij vanzelf loslaat

doorgeprikte blaar\tsteriel gaasje of blarenpleister\tverschonen als het
nat is

open blaar\tsteriel gaasje met wondpleister\tdagelijks verschonen

Wanneer naar de huisarts?

Bel direct uw huisarts als:

de huid rond de blaar rood, warm en dik wordt, of er een rode streep omhoog loopt;

er pus uit de blaar komt of het vocht troebel is;

u koorts krijgt.

Dit kunnen tekenen zijn van een infectie.
"""


def _passages(tmp_path, text: str) -> dict[tuple[str, ...], str]:
    path = tmp_path / "folder.txt"
    path.write_text(text, encoding="utf-8")
    return {p.headings: p.text for p in ingest_file(path).passages}


def test_spread_lines_of_a_ragged_justified_text_are_prose(tmp_path):
    text = "\n".join(_passages(tmp_path, PYPDF).values())
    assert " | " not in text
    assert ("Bekkenpijn is geen reden voor een keizersnede. U kunt bijna altijd gewoon bevallen. Vertel het de "
            "verloskundige wel, zodat zij rekening houdt met uw houding tijdens de bevalling.") in text


def test_tab_rows_a_paragraph_each_stay_rows_under_their_heading(tmp_path):
    passages = _passages(tmp_path, CATDOC)
    assert passages[("Welke pleister wanneer?",)] == (
        "Soort blaar | Wat gebruikt u | Hoe lang laten zitten\n"
        "dichte, kleine blaar | blarenpleister | tot hij vanzelf loslaat\n"
        "doorgeprikte blaar | steriel gaasje of blarenpleister | verschonen als het nat is\n"
        "open blaar | steriel gaasje met wondpleister | dagelijks verschonen")


def test_items_a_paragraph_each_under_a_lead_stay_items(tmp_path):
    text = _passages(tmp_path, CATDOC)[("Wanneer naar de huisarts?",)]
    assert "of er een rode streep omhoog loopt;\ner pus uit de blaar komt of het vocht troebel is;\n" \
           "u koorts krijgt." in text


def test_a_table_row_at_the_text_end_reads(tmp_path):
    """The last line of a text may end a run of rows: no line below it is asked for."""
    assert _passages(tmp_path, "Titel\n\na\tb\tc\n\nd\te\tf") == {(): "a | b | c\nd | e | f"}


def test_prose_under_a_short_tab_row_is_no_cell_of_it(tmp_path):
    """Only a line the margin wrapped off a row goes on its last cell: sentences right under a
    short last row are the text after the table."""
    prose = "Neem nooit meer dan 4 gram paracetamol per dag. Bij twijfel belt u de apotheek."
    text = (f"Titel\n\nKop\n\nMiddel\tDosis\tWanneer\n\nParacetamol\t1000 mg\t4 keer per dag\n\n"
            f"Ibuprofen\t400 mg\t3 keer per dag\n{prose}\nBij maagklachten stopt u met ibuprofen.\n")
    text = "\n".join(_passages(tmp_path, text).values())
    assert "Ibuprofen | 400 mg | 3 keer per dag\n" in text
    assert f"{prose} Bij maagklachten stopt u met ibuprofen." in text
