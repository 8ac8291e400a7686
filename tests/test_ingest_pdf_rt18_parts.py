"""Red team 18's PDFs, in parts: a pdfmake table whose running footer is drawn after it, a
pdf-lib form's field labels and date of issue, and a calibre book's headings and title."""

from __future__ import annotations

import io
from pathlib import Path

from pdf_factory import Ops, Placed, ingest_pdf, make_drawn_pdf, passages_text
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject, TextStringObject

from ingest.dates import find_updated
from ingest.pdf.reader import read_pdf
from ingest.pdf.title import document_title, metadata_title
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam18_leaflets"

INTRO = "Bouw uw activiteiten stap voor stap op. Als de klachten toenemen, doet u een stapje terug."
ROWS = [("Beeldscherm", "de eerste dagen maximaal 30 minuten"), ("Autorijden", "niet de eerste 24 uur"),
        ("Alcohol", "niet drinken tot de klachten over zijn"), ("Sporten", "pas als u klachtenvrij bent")]


def _table_page(footer: bool) -> list[Placed]:
    """A heading, a paragraph and a two-column table whose cells stand apart by blank alone
    (no rules), and, drawn after all of it as pdfmake does, a footer of two fields."""
    page = [Placed("Rust en weer opbouwen", 40, 760, 13, bold=True), Placed(INTRO, 40, 740, 10.5),
            Placed("Activiteit", 40, 710, 10.5, bold=True), Placed("Advies", 203, 710, 10.5, bold=True)]
    for number, (label, advice) in enumerate(ROWS):
        page += [Placed(label, 40, 690 - 20 * number, 10.5), Placed(advice, 203, 690 - 20 * number, 10.5)]
    if footer:
        page += [Placed("Ziekenhuis Rijnvallei | SEH-017", 40, 809, 8), Placed("Pagina 1", 525, 809, 8),
                 Placed("Versie 4, herzien op 12 januari 2026", 40, 32, 8), Placed("Pagina 1 van 1", 503, 32, 8)]
    return page


def test_a_tables_rows_keep_their_cells_apart_when_a_footer_is_drawn_after_them(tmp_path):
    for footer in (False, True):
        text = passages_text(ingest_pdf(tmp_path, make_drawn_pdf([_table_page(footer)])))
        assert "Activiteit | Advies" in text
        for label, advice in ROWS:
            assert f"{label} | {advice}" in text, (footer, text)


def test_the_pdfmake_table_of_red_team_18():
    text = passages_text(ingest_file(LEAFLETS / "hersenschudding.pdf"))
    assert "Autorijden | niet de eerste 24 uur" in text
    assert "Contactsport | minimaal drie weken niet" in text


def test_a_date_of_issue_labelled_after_datum_dates_the_leaflet():
    assert find_updated("", "Datum uitgifte: oktober 2025   |   CAR-HOL-03 pagina 1") == "2025-10"
    assert find_updated("Datum van uitgifte: 3 oktober 2025") == "2025-10-03"
    assert find_updated("Uitgiftedatum: oktober 2025") == "2025-10"
    assert find_updated("Datum volgende herziening: oktober 2025") == ""


def test_the_pdf_lib_forms_footer_dates_it():
    assert ingest_file(LEAFLETS / "holteronderzoek.pdf").leaflet.updated == "2025-10"


BODY = ["Met een Holteronderzoek wordt uw hartritme 24 uur lang vastgelegd terwijl u thuis bent.",
        "U draagt daarvoor een klein kastje dat met plakkers op uw borst verbonden is."]


def _with_fields(pdf: bytes, fields: list[tuple[str, tuple[float, float, float, float], str]]) -> bytes:
    """The PDF with form fields on its first page: (type, rectangle, value) each, the field type
    set on the field a widget belongs to, as pdf-lib writes it."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    page = writer.pages[0]
    kids = ArrayObject()
    for number, (kind, rect, value) in enumerate(fields):
        field = DictionaryObject({NameObject("/FT"): NameObject(kind), NameObject("/V"): TextStringObject(value),
                                  NameObject("/T"): TextStringObject(f"f{number}")})
        field_ref = writer._add_object(field)
        widget = DictionaryObject({NameObject("/Type"): NameObject("/Annot"),
                                   NameObject("/Subtype"): NameObject("/Widget"),
                                   NameObject("/Rect"): ArrayObject(FloatObject(v) for v in rect),
                                   NameObject("/F"): NumberObject(4), NameObject("/Parent"): field_ref})
        widget_ref = writer._add_object(widget)
        field[NameObject("/Kids")] = ArrayObject([widget_ref])
        page.setdefault(NameObject("/Annots"), ArrayObject()).append(widget_ref)
        kids.append(field_ref)
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject({NameObject("/Fields"): kids})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _form(labels: bool = True) -> bytes:
    page = [Placed("Holteronderzoek", 56, 770, 18, bold=True),
            Placed("Wat is een Holteronderzoek?", 56, 620, 12, bold=True)]
    if labels:
        page += [Placed("Naam patiënt:", 56, 720, 9, bold=True), Placed("Aansluiten op:", 56, 698, 9, bold=True),
                 Placed("Gebruikt bloedverdunners", 76, 653, 9)]
    page += [Placed(text, 56, 600 - 14 * number, 10) for number, text in enumerate(BODY)]
    return _with_fields(make_drawn_pdf([page]), [("/Tx", (205, 714, 456, 731), "Mevr. J. de Vries"),
                                                 ("/Tx", (205, 692, 456, 709), "dinsdag 17 maart 2026"),
                                                 ("/Btn", (55, 650, 68, 663), "")])


def test_the_labels_of_a_forms_fields_are_no_leaflet_text(tmp_path):
    item = ingest_pdf(tmp_path, _form())
    text = passages_text(item)
    for label in ("Naam patiënt", "Aansluiten op", "Gebruikt bloedverdunners"):
        assert label not in text
    assert "Vries" not in text and "17 maart" not in text  # what is filled in stays out
    assert item.passages[0].headings == ("Wat is een Holteronderzoek?",)
    assert BODY[0] in text


def test_running_text_beside_a_box_to_write_in_stays(tmp_path):
    page = [Placed("Uw vragen", 56, 770, 14, bold=True)]
    page += [Placed(text, 56, 740 - 14 * number, 10) for number, text in enumerate(["Schrijf uw vragen op.",
                                                                                   "Neem ze mee naar de arts."])]
    item = ingest_pdf(tmp_path, _with_fields(make_drawn_pdf([page]), [("/Tx", (300, 600, 540, 760), "")]))
    assert "Neem ze mee naar de arts." in passages_text(item)


def test_the_pdf_lib_form_of_red_team_18():
    item = ingest_file(LEAFLETS / "holteronderzoek.pdf")
    text = passages_text(item)
    assert "Naam patiënt" not in text and "Terugbrengen op:" not in text
    assert "Vries-Bakker" not in text and "17 maart 2026" not in text
    assert item.passages[0].headings == ("Wat is een Holteronderzoek?",)
    assert "Vul hier in" not in text  # the empty diary page's instruction over its fields


def _diary(instruction: list[str]) -> bytes:
    """A diary page (a heading, `instruction` lines and a grid of fields under them), then a leaflet page."""
    leaflet = [Placed("Holteronderzoek", 56, 770, 18, bold=True), Placed("Het dagboek", 56, 740, 12, bold=True)]
    leaflet += [Placed(text, 56, 720 - 14 * number, 10) for number, text in enumerate(BODY)]
    diary = [Placed("Mijn dagboek", 56, 770, 14, bold=True)]
    diary += [Placed(text, 56, 747 - 13.5 * number, 10) for number, text in enumerate(instruction)]
    top = 747 - 13.5 * (len(instruction) - 1) - 3
    grid = [("/Tx", (56 + 100 * column, top - 19 - 24 * row, 150 + 100 * column, top - 24 * row), "")
            for row in range(4) for column in range(3)]
    return _with_fields(make_drawn_pdf([diary, leaflet]), grid)  # fields go on the first page


def test_the_instruction_over_a_grid_to_fill_in_is_no_leaflet_text(tmp_path):
    text = passages_text(ingest_pdf(tmp_path, _diary(["Vul hier in wat u doet en wanneer u klachten heeft."])))
    assert "Vul hier in" not in text
    assert BODY[0] in text


def test_a_paragraph_over_a_field_keeps_its_last_line(tmp_path):
    lines = ["Schrijf hier op wat u doet en wanneer u klachten heeft, met de tijd erbij, en",
             "neem het ingevulde dagboek mee als u de recorder terugbrengt."]
    text = passages_text(ingest_pdf(tmp_path, _diary(lines)))
    assert "neem het ingevulde dagboek mee" in text


def _book_page(heading: str, paragraph: str, top: float, warning: tuple[str, ...] = ()) -> list:
    """A page of a book printed from a web page (calibre): the body's column drawn whole, far
    longer than the page and cut to it (`top` is where the page's top falls in it), a heading,
    a paragraph and perhaps a warning in a box of its own."""
    page = [Ops(f"0.98 g 72 {top - 7288:g} 451 7288 re f 0 g"), Placed(heading, 77, 744, 21, bold=True),
            Placed(paragraph, 77, 707, 15)]
    if warning:
        page.append(Ops("1 0.9 0.9 rg 77 545 440 90 re f 0 g"))
        page += [Placed(line, 86, 603 - 17 * number, 15) for number, line in enumerate(warning)]
    return page


def test_a_heading_at_the_top_of_a_page_of_a_book_printed_from_the_web_stays_one(tmp_path):
    pages = [_book_page("Eten en drinken", "Drink geen alcohol en gebruik geen rietje.", 6000),
             _book_page("Droge kom", "Soms lost het bloedstolsel in de wond te vroeg op.", 6842,
                        ("Neem contact op als de wond na een uur", "stevig bijten nog blijft bloeden."))]
    item = ingest_pdf(tmp_path, make_drawn_pdf(pages))
    dry = next(passage for passage in item.passages if "bloedstolsel" in passage.text)
    assert dry.headings[-1] == "Droge kom"
    assert "Droge kom" not in dry.text


def test_the_calibre_book_of_red_team_18():
    item = ingest_file(LEAFLETS / "verstandskies.pdf")
    dry = next(passage for passage in item.passages if "alveolitis" in passage.text)
    assert dry.headings[-1] == "Droge kom"


def _titled(title: str, shown: str, footer: str = "") -> str:
    """The title ingest gives a two-page leaflet whose metadata /Title is `title` and whose first
    page shows `shown` in large type under a breadcrumb (which names the site, so that the text
    states every word of `title`), each page with `footer` at its foot."""
    crumb = "Ziekenhuis De Linde > Patiënten > Folders"
    pages = [[Placed(crumb, 56, 790, 9), Placed(shown, 56, 760, 24, bold=True)]
             + [Placed(text, 56, 700 - 14 * n, 10) for n, text in enumerate(BODY)],
             [Placed("Wat kunt u verwachten?", 56, 760, 14, bold=True), Placed(BODY[1], 56, 740, 10)]]
    if footer:
        pages = [page + [Placed(footer, 56, 30, 8)] for page in pages]
    return document_title(metadata_title(title), read_pdf(make_drawn_pdf(pages), "x.pdf").pages)


def test_a_web_pages_site_name_after_its_title_is_no_part_of_the_leaflets_title():
    assert _titled("Het verwijderen van een verstandskies - Ziekenhuis De Linde",
                   "Het verwijderen van een verstandskies") == "Het verwijderen van een verstandskies"
    assert _titled("Ziekenhuis De Linde | Holteronderzoek", "Holteronderzoek") == "Holteronderzoek"


def test_a_site_name_that_a_running_footer_prints_alone_is_dropped_from_the_title():
    assert _titled("Holteronderzoek thuis - Amstelland Hartcentrum", "Wat is een Holteronderzoek?",
                   "Amstelland Hartcentrum  |  Cardiologie") == "Holteronderzoek thuis"


def test_a_title_of_two_parts_of_its_own_stays_whole():
    assert _titled("Artrose - knie", "Artrose - knie") == "Artrose - knie"
    assert _titled("Artrose - knie", "Wat is artrose?", "Artrose - knie") == "Artrose - knie"


def test_the_calibre_books_title_of_red_team_18():
    assert ingest_file(LEAFLETS / "verstandskies.pdf").leaflet.title == "Het verwijderen van een verstandskies"
