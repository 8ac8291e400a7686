"""Red team 32's groff mom PDF (pdfmom). mom's title page sets "by" on a line of its own over
the AUTHOR: the label is the typesetter's, and the name alone is the cover's byline, no
passage. mom ends a list and indents the next paragraph's first line: that line opens a
paragraph, it is no part of the last item (nor is a line back at the list's margin after an
item that ended a sentence, where no item wraps there)."""

from __future__ import annotations

from pathlib import Path

from pdf_factory import Line, ingest_pdf, make_pdf, passages_text

from ingest.pdf import load_pdf
from ingest.pdf.geometry import PdfLine
from ingest.pdf.style import Body
from ingest.pdf.title import without_author_label
from ingest.pipeline import ingest_file

DATA = Path(__file__).parent / "data" / "redteam32_leaflets"

SECTION = [
    Line("Wat is het?", 14, bold=True, gap=12),
    Line("Bij een hartritmestoornis klopt uw hart te snel, te langzaam of onregelmatig. Vaak is het", gap=4),
    Line("onschuldig, maar soms is behandeling nodig."),
]


def _cover(label_lines: list[Line]) -> list[Line]:
    return [Line("Hartritmestoornissen bij kinderen", 18, bold=True, x=150), *label_lines, *SECTION]


def test_a_label_alone_over_the_author_is_dropped_and_the_name_sends_the_leaflet(tmp_path):
    item = ingest_pdf(tmp_path, make_pdf([_cover([Line("by", x=290), Line("Huisartsenpraktijk De Linde", x=230)])]))
    assert not any(passage.text.startswith("by") for passage in item.passages)
    assert "Huisartsenpraktijk De Linde" not in passages_text(item)
    assert item.leaflet.publisher == "Huisartsenpraktijk De Linde"


def _line(text: str, y: float, x: float = 56, size: float = 11) -> PdfLine:
    return PdfLine(text, x, y, size, False)


def test_a_label_before_the_name_on_its_line_is_cut():
    lines = [_line("Griep", 700, size=18), _line("Auteur: Stichting Hartwijzer", 670, x=200),
             _line("Griep is een virus.", 620)]
    assert [line.text for line in without_author_label(lines, Body(11, 1.2))] == [
        "Griep", "Stichting Hartwijzer", "Griep is een virus."]


def test_a_sentence_under_the_title_that_opens_with_door_keeps_it():
    lines = [_line("Griep", 700, size=18), _line("Door Corona zijn de wachttijden in ons ziekenhuis", 670),
             _line("langer dan u gewend bent.", 656)]
    assert without_author_label(lines, Body(11, 1.2)) == lines


def test_a_label_alone_over_a_heading_labels_nothing():
    lines = [_line("Griep", 700, size=18), _line("door", 670), _line("Wat is het?", 640, size=14)]
    assert without_author_label(lines, Body(11, 1.2)) == lines


INDENT = 81  # mom's first-line indent, 25 points right of the margin at 56


def _list_page(after: Line, items: list[Line]) -> list[Line]:
    return [
        Line("Leefregels", 14, bold=True),
        Line("Het nieuwe gewricht moet nog vastgroeien en de spieren eromheen moeten herstellen. Daarom gelden zes",
             gap=4),
        Line("weken lang deze regels:"),
        *items,
        after,
        Line("grond te pakken."),
        Line("Controle", 14, bold=True, gap=12),
        Line("Na zes weken komt u op controle.", gap=4),
    ]


ITEMS = [Line("• Sla uw benen niet over elkaar."), Line("• Draai niet met uw bovenlichaam terwijl uw voet stil staat."),
         Line("• Slaap op uw rug, of op uw zij met een kussen tussen uw knieën.")]
AFTER = "Gebruik een verhoogde toiletbril en een lange schoenlepel. Een helpende hand helpt om iets van de"


def test_an_indented_paragraph_after_the_last_item_is_no_part_of_it(tmp_path):
    text = passages_text(ingest_pdf(tmp_path, make_pdf([_list_page(Line(AFTER, x=INDENT), ITEMS)])))
    assert "tussen uw knieën.\n\nGebruik een verhoogde toiletbril" in text


def test_a_paragraph_back_at_the_lists_margin_after_a_sentence_ends_the_list(tmp_path):
    text = passages_text(ingest_pdf(tmp_path, make_pdf([_list_page(Line(AFTER), ITEMS)])))
    assert "tussen uw knieën.\n\nGebruik een verhoogde toiletbril" in text


def test_an_item_that_goes_on_where_items_wrap_keeps_its_sentence():
    """Where items wrap onto the paragraphs' indent, a line there goes on in the item: the
    reader breaks the line, it does not end a paragraph."""
    items = [Line("• Neem contact op met de afdeling als u na de operatie koorts krijgt of als de"),
             Line("wond gaat lekken.", x=INDENT), Line("• Slaap op uw rug, niet op uw buik."),
             Line("Zo blijft de heup in de kom.", x=INDENT)]
    text = load_pdf(make_pdf([_list_page(Line(AFTER, x=INDENT), items)]), "folder.pdf").text
    assert "• Slaap op uw rug, niet op uw buik.\nZo blijft de heup in de kom.\n" in text


def test_pdfmom_cover_and_lists_read():
    item = ingest_file(DATA / "heupprothese.pdf")
    text = passages_text(item)
    assert not any(passage.text.startswith("by") for passage in item.passages)
    assert item.leaflet.publisher == "Sint Maartenskliniek Nijmegen"
    assert "tussen uw knieën.\n\nGebruik een verhoogde toiletbril" in text
    assert "naar buiten gedraaid staat.\n\nDat laatste kan betekenen" in text
