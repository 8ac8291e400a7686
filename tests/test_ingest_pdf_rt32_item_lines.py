"""Review 41 (b), defect 2: a list item's second line that starts a new sentence where the
item's own text starts (its hanging indent) goes on in the item, also where the document's
indented paragraphs start at that x. groff -ms `.IP` indents an item's text by the paragraph
indent, and so does mom when PARA_INDENT equals the list's text indent; where no item wrapped
mid-sentence in lower case, the second sentence was torn off as a paragraph after the list.
The PDFs were typeset from review 41's sources (`groff -ms -Tpdf`, `pdfmom -k`); the `.br`
stands for a line that ends at a sentence, or a Shift-Enter break."""

from __future__ import annotations

from pathlib import Path

from pdf_factory import Line, make_pdf

from ingest.pdf import load_pdf
from ingest.pipeline import ingest_file

DATA = Path(__file__).parent / "data" / "ingest"


def _text(name: str) -> str:
    return "\n\n".join(passage.text for passage in ingest_file(DATA / name).passages)


def test_groff_ms_ip_items_keep_their_second_sentence():
    text = _text("ms_list5.pdf")
    assert "• Druppel het oog drie keer per dag met de voorgeschreven druppels. " \
           "Doe dit vier weken lang, ook als het oog rustig is." in text
    assert "na een week.\n\nNeem contact op met de polikliniek" in text


def test_groff_ms_ip_item_lines_go_on_in_the_item():
    text = load_pdf((DATA / "ms_list5.pdf").read_bytes(), "ms_list5.pdf").text
    assert "• Druppel het oog drie keer per dag met de voorgeschreven druppels.\n" \
           "Doe dit vier weken lang, ook als het oog rustig is.\n• Wrijf niet in uw oog.\n" \
           "Draag buiten de eerste week een zonnebril.\n• Bukken" in text


def test_mom_items_at_the_paragraph_indent_keep_their_second_sentence():
    text = _text("mom_list2.pdf")
    assert "voorgeschreven oogdruppels.\n\nDoe dit" not in text
    assert "• Wrijf niet in uw oog.\n\nDraag" not in text
    assert "Doe dit vier weken lang." in text and "Draag buiten een zonnebril." in text


def test_mom_paragraph_at_the_items_text_after_the_list_is_no_part_of_it():
    """The paragraph after the list starts where the items' text does, but wraps back to
    the margin mid-sentence: a first line's indent, where an item's text wraps under itself."""
    assert "mag weer na een week.\n\nNeem contact op met de polikliniek" in _text("mom_list2.pdf")


ITEM_TEXT = 81  # where the items' text starts, and the paragraphs' first-line indent


def _page(items: list[Line]) -> list[Line]:
    return [
        Line("Leefregels", 14, bold=True),
        Line("Het nieuwe gewricht moet nog vastgroeien en de spieren eromheen moeten herstellen. Daarom gelden zes",
             gap=4),
        Line("weken lang deze regels:"),
        *items,
        Line("Gebruik een verhoogde toiletbril en een lange schoenlepel. Een helpende hand helpt om iets van de",
             x=ITEM_TEXT),
        Line("grond te pakken."),
    ]


def test_an_items_second_sentence_at_its_text_goes_on_in_the_item():
    items = [Line("•       Sla uw benen niet over elkaar."), Line("Zo blijft de heup in de kom.", x=ITEM_TEXT),
             Line("•       Slaap op uw rug."), Line("Leg een kussen tussen uw knieën.", x=ITEM_TEXT),
             Line("•       Draai niet met uw bovenlichaam.")]
    text = load_pdf(make_pdf([_page(items)]), "folder.pdf").text
    assert "Sla uw benen niet over elkaar.\nZo blijft de heup in de kom.\n•" in text
    assert "Slaap op uw rug.\nLeg een kussen tussen uw knieën.\n•" in text
    assert "met uw bovenlichaam.\n\nGebruik een verhoogde toiletbril" in text
