"""Red team 28's PDFs, in parts: a heading's outline number drawn apart from its words
(Calligra Words), an item's number right-aligned against its text (pdfjs), and a filled
form's last label whose field lies over the blank typed after it (PyPDFForm)."""

from __future__ import annotations

from pdf_factory import Placed, ingest_pdf, make_drawn_pdf, passages_text
from test_ingest_pdf_rt18_parts import _with_fields

from ingest.pdf.geometry import Fragment
from ingest.pdf.lines import group_lines

STEPS = ["Meet uw bloedsuiker als dat kan.", "Neem 15 gram snelle suikers.", "Wacht 15 minuten en meet opnieuw."]


def test_a_headings_outline_number_drawn_a_tab_before_it_stands_a_space_apart():
    """Calligra draws "1" at the margin and the heading's words a tab stop on, less than an em
    of guessed blank away: read "1Wat is rabiës?"."""
    lines = group_lines([Fragment("1", 72.0, 665.6, 14.0, True), Fragment("Wat is rabiës?", 90.6, 665.6, 14.0, True),
                         Fragment("1", 72.0, 714.2, 16.0, True),
                         Fragment("Rabiësvaccinatie voor reizigers", 91.7, 714.2, 16.0, True)])
    assert [line.text for line in lines] == ["1 Wat is rabiës?", "1 Rabiësvaccinatie voor reizigers"]


def test_a_number_drawn_right_against_its_word_stays_one_word():
    """An ordinal's "1" and "e" drawn as two pieces with no blank between them is no outline number."""
    lines = group_lines([Fragment("1", 72.0, 600.0, 11.0, False), Fragment("e prik", 76.9, 600.0, 11.0, False)])
    assert lines[0].text == "1e prik"


def test_an_items_number_right_aligned_against_its_text_stands_a_space_apart():
    """pdfjs sets a numbered list as a table, the number right-aligned in its own cell: "1."
    ends where "Meet" starts (its guessed width even runs past it), and the item read
    "1.Meet uw bloedsuiker ...", which cleaning took for no item."""
    lines = group_lines([Fragment("1.", 59.2, 436.1, 10.5, False), Fragment(STEPS[0], 68.0, 436.1, 10.5, False)])
    assert lines[0].text == "1. " + STEPS[0]


def test_pdfjs_numbered_list_is_read_item_by_item(tmp_path):
    page = [Placed("Wat doet u bij een hypo?", 50, 470, 13, bold=True),
            Placed("Doe het volgende als u een hypo voelt aankomen.", 50, 452, 10.5)]
    for number, step in enumerate(STEPS):
        page += [Placed(f"{number + 1}.", 59.2, 436 - 15.5 * number, 10.5), Placed(step, 68.0, 436 - 15.5 * number, 10.5)]
    text = passages_text(ingest_pdf(tmp_path, make_drawn_pdf([page])))
    assert "\n".join(f"{number + 1}. {step}" for number, step in enumerate(STEPS)) in text


def test_a_forms_last_label_with_its_blank_under_the_field_is_no_leaflet_text(tmp_path):
    """PyPDFForm lays each field over the blank typed after its label ("Sonde wisselen uiterlijk
    op: ____"): counted with its blank, the label ran into its field and stayed, at the end of
    the section before the form; the labels above it went only as lines over the next field."""
    labels = ["Naam patiënt: ____________________", "Sonde wisselen uiterlijk op: ____________________"]
    page = [Placed("Bel direct de thuiszorg als", 107, 700, 13.5, bold=True),
            Placed("Duw een verschoven sonde nooit zelf terug.", 107, 680, 9),
            Placed("Gegevens voor thuis", 107, 650, 13.5, bold=True)]
    page += [Placed(label, 107, 630 - 20 * number, 9) for number, label in enumerate(labels)]
    page += [Placed("Contact", 107, 580, 13.5, bold=True), Placed("Bel het voedingsteam: 038 424 50 00.", 107, 560, 9)]
    fields = [("/Tx", (174.6, 628, 264.6, 641), "Mevr. J. de Vries"), ("/Tx", (233.3, 608, 323.3, 621), "17-03-2026")]
    text = passages_text(ingest_pdf(tmp_path, _with_fields(make_drawn_pdf([page]), fields)))
    assert "Sonde wisselen" not in text and "Naam patiënt" not in text
    assert "Duw een verschoven sonde nooit zelf terug." in text



def test_a_phone_number_cut_at_a_line_end_is_no_numbered_item():
    """"… uur: 071 516 22" over "00. Een afspraak maken …" (Calligra's contact line, red team
    28): a list number never starts with a 0, so the number goes on and the paragraph stays one."""
    from pathlib import Path

    from ingest.pipeline import ingest_file

    path = Path(__file__).parent / "data" / "redteam28_leaflets" / "rabiesvaccinatie.pdf"
    assert any("071 516 22 00. Een afspraak" in passage.text for passage in ingest_file(path).passages)
