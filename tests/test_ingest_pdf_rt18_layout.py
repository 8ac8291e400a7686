"""Red team 18's PDF layouts: a hand-written PostScript leaflet in two columns (a title set on a
leading tighter than its size, a header across the page, a sentence run on from one column to
the next) and a jsPDF booklet imposed two pages a sheet by pdfbook2 (each page a form set on
half a landscape sheet, every other sheet upside down, the cover on the right of the first)."""

from __future__ import annotations

import io
from pathlib import Path

from pdf_factory import Ops, Placed, ingest_pdf, make_drawn_pdf, passages_text
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject, NameObject

from ingest.dates import find_updated
from ingest.pdf.fragments import page_fragments
from ingest.pdf.reader import read_pdf
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam18_leaflets"

LEFT = ["Bij een aangezichtsverlamming werkt de zenuw",
        "die de spieren van een kant van uw gezicht",
        "aanstuurt tijdelijk niet goed. Uw mondhoek",
        "hangt en fronsen lukt aan die kant niet.",
        "Meestal merkt u binnen drie weken de eerste",
        "verbetering. Ongeveer zeven van de tien mensen",
        "herstellen volledig, vaak binnen drie maanden. Bij"]
RIGHT = ["een deel van de mensen blijft een lichte scheefstand",
         "over.",
         "Soms groeit de zenuw verkeerd terug. U knippert",
         "dan met uw oog als u uw mond beweegt. Dit heet",
         "synkinesie. Een fysiotherapeut kan u helpen."]


def _two_columns(title: list[Placed | Ops]) -> bytes:
    """A page in two columns under a header across the page (the organisation on the left,
    the department on the right) and `title`; the left column's last sentence goes on at the
    top of the right column, level with the title."""
    page: list[Placed | Ops] = [Placed("Medisch Centrum Zuiderhaven", 50, 815, 14, bold=True),
                                Placed("Polikliniek Neurologie", 400, 815, 9), *title]
    page += [Placed(text, 50, 690 - 13 * number, 10) for number, text in enumerate(LEFT)]
    page += [Placed(text, 308, 740 - 13 * number, 10) for number, text in enumerate(RIGHT)]
    return make_drawn_pdf([page])


TIGHT_TITLE = Ops("BT /F2 20 Tf 1 0 0 1 50 740 Tm 13 TL (Aangezichtsverlamming ) Tj ((Bell's palsy) ) ' ET")


def test_a_title_set_on_a_leading_tighter_than_its_size_is_two_lines(tmp_path):
    """pypdf read the second line of a 20-point title 13 points lower as the same line: one
    piece, whose guessed width ran across the gutter and cut the columns at the title."""
    pdf = make_drawn_pdf([[TIGHT_TITLE, Placed("Polikliniek Neurologie", 50, 705, 11)]])
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert [(f.text.strip(), f.y) for f in page_fragments(page)][:2] == [
        ("Aangezichtsverlamming", 740), ("(Bell's palsy)", 727)]
    item = ingest_pdf(tmp_path, _two_columns([TIGHT_TITLE]))
    assert item.leaflet.title == "Aangezichtsverlamming (Bell's palsy)"


def test_a_sentence_runs_on_from_one_column_to_the_next_under_a_header_across_the_page(tmp_path):
    item = ingest_pdf(tmp_path, _two_columns([Placed("Aangezichtsverlamming", 50, 740, 20, bold=True)]))
    text = passages_text(item)
    assert "Bij een deel van de mensen blijft een lichte scheefstand over." in text
    assert "Bij Polikliniek" not in text


def test_the_red_teams_postscript_leaflet_reads_its_columns_in_order():
    item = ingest_file(LEAFLETS / "aangezichtsverlamming.pdf")
    assert item.leaflet.title == "Aangezichtsverlamming (Bell’s palsy)"
    assert "Bij een deel van de mensen blijft een lichte scheefstand over." in passages_text(item)
    assert item.passages[0].text.startswith("Bij een aangezichtsverlamming werkt de zenuw")


# ---------------------------------------------------------------- a booklet imposed two pages a sheet

A5 = (420.0, 595.0)


def _a5_pages() -> list[list[Placed]]:
    """A booklet of four A5 pages: cover, two pages of text, a back page with a note."""
    cover = [Placed("Bedplassen bij kinderen", 42, 480, 22, bold=True),
             Placed("Poli Kinderurologie - informatie voor ouders", 42, 330, 12),
             Placed("Herziene uitgave mei 2026", 42, 54, 10)]
    inside = [Placed("Bedplassen komt veel voor", 42, 536, 12, bold=True),
              Placed("Veel kinderen plassen nog in bed terwijl ze overdag al droog zijn.", 42, 519, 10),
              Placed("Het is geen luiheid en uw kind doet het niet expres.", 42, 506, 10),
              Placed("Hoe werkt een plaswekker?", 42, 470, 12, bold=True),
              Placed("Zodra de eerste druppels plas de sensor raken, gaat er een alarm af.", 42, 453, 10),
              Placed("Uw kind leert zo wakker te worden als de blaas vol is.", 42, 440, 10)]
    header = Placed("Kinderurologie – Kinderziekenhuis Noordhorn", 42, 575, 8)
    inside.insert(0, header)
    further = [header, Placed("Medicijn als de wekker niet helpt", 42, 536, 12, bold=True),
               Placed("Soms schrijft de arts desmopressine voor. Dit medicijn zorgt dat de", 42, 519, 10),
               Placed("nieren 's nachts minder plas maken.", 42, 506, 10)]
    back = [Placed("Ruimte voor uw vragen", 42, 544, 12, bold=True),
            Placed("Deze folder is gemaakt door de Poli Kinderurologie. Code KUR-23.", 42, 85, 9)]
    return [cover, inside, further, back]


def _booklet() -> bytes:
    """The four pages imposed as pdfbook2 does: each a form on half a landscape sheet, sheet 1
    "4|1" turned upside down (for printing on both sides), sheet 2 "2|3"."""
    source = PdfReader(io.BytesIO(make_drawn_pdf(_a5_pages(), width=A5[0], height=A5[1])))
    writer = PdfWriter()
    for halves, turned in (((3, 0), True), ((1, 2), False)):
        sheet = writer.add_blank_page(2 * A5[0], A5[1])
        forms, ops = {}, []
        for side, number in enumerate(halves):
            page = source.pages[number]
            form = DecodedStreamObject()
            form.set_data(page.get_contents().get_data())
            form.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                         NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0),
                                                           FloatObject(A5[0]), FloatObject(A5[1])]),
                         NameObject("/Resources"): page["/Resources"].clone(writer)})
            name = f"/Im{number}"
            forms[NameObject(name)] = writer._add_object(form)
            at = (A5[0] * (2 - side), A5[1]) if turned else (A5[0] * side, 0)
            turn = "-1 0 0 -1" if turned else "1 0 0 1"
            ops.append(f"q {turn} {at[0]} {at[1]} cm {name} Do Q")
        sheet[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): DictionaryObject(forms)})
        content = DecodedStreamObject()
        content.set_data("\n".join(ops).encode())
        sheet[NameObject("/Contents")] = writer._add_object(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_text_in_a_form_stands_where_the_page_sets_the_form():
    """pypdf reads a form on its own, from the identity matrix: both halves of a sheet stood
    at one place, drawn over one another."""
    sheet = PdfReader(io.BytesIO(_booklet())).pages[1]
    starts = {round(f.x) for f in page_fragments(sheet)}
    assert starts == {42, 462}


def test_a_sheet_printed_upside_down_is_read_turned():
    sheet = PdfReader(io.BytesIO(_booklet())).pages[0]
    fragments = page_fragments(sheet)
    cover = [f for f in fragments if f.x > A5[0]]
    assert [f.text for f in cover][0] == "Bedplassen bij kinderen"
    assert cover[0].y == 480  # read as a reader turns the sheet: the title at the top, left to right


def test_a_booklets_cover_is_read_first_and_each_page_keeps_its_headings(tmp_path):
    """Read in print order, the back page came first: its title, under the back page's note,
    was no title, and its heading took the introduction on the next sheet for its own."""
    first = read_pdf(_booklet(), "boekje.pdf").pages[0]
    assert [line.text for line in first][:2] == ["Bedplassen bij kinderen",
                                                 "Poli Kinderurologie - informatie voor ouders"]
    item = ingest_pdf(tmp_path, _booklet())
    assert item.leaflet.title == "Bedplassen bij kinderen"
    assert all(passage.headings[:1] != ("Bedplassen bij kinderen",) for passage in item.passages)  # no section's
    assert item.leaflet.updated == "2026-05"
    by_heading = {passage.headings[-1]: passage.text for passage in item.passages if passage.headings}
    assert "Bedplassen" not in by_heading["Ruimte voor uw vragen"]
    assert by_heading["Bedplassen komt veel voor"].startswith("Veel kinderen plassen nog in bed")


def test_the_running_header_over_both_halves_of_a_sheet_is_furniture(tmp_path):
    """Set side by side, the two pages' headers make one row of two cells over the two pages'
    lines, as a table's row over its columns would: the same words twice are no table's row."""
    assert "Kinderziekenhuis Noordhorn" not in passages_text(ingest_pdf(tmp_path, _booklet()))
    toe = passages_text(ingest_file(LEAFLETS.parent / "redteam14_leaflets" / "ingegroeide-teennagel.pdf"))
    assert "Dagbehandeling" not in toe and "Fenol vernietigt de wortel van dat stukje nagel" in toe


def test_a_heading_that_ends_in_a_verbs_particle_is_a_heading(tmp_path):
    """"voor" runs a phrase on, and ends one too ("komt veel voor"): a larger line that ends so
    over a sentence in capitals ran into its paragraph."""
    page = [Placed("Hoofdluis", 56, 760, 20, bold=True), Placed("Hoofdluis komt vaak voor", 56, 720, 12, bold=True),
            Placed("Veel kinderen op de basisschool krijgen een keer hoofdluis.", 56, 703, 10),
            Placed("Het zegt niets over hoe schoon uw kind is.", 56, 690, 10)]
    item = ingest_pdf(tmp_path, make_drawn_pdf([page]))
    assert item.passages[0].headings[-1] == "Hoofdluis komt vaak voor"
    assert item.passages[0].text.startswith("Veel kinderen")


def test_a_revised_edition_dates_the_leaflet():
    assert find_updated("Kinderziekenhuis Noordhorn\n\nHerziene uitgave mei 2026") == "2026-05"
    assert find_updated("Revised edition: March 2024") == "2024-03"
    assert find_updated("Nieuwe versie, juni 2025") == "2025-06"
    assert find_updated("Een nieuwe uitgave van 2000 exemplaren") == ""


def test_the_red_teams_booklet_opens_with_its_cover():
    item = ingest_file(LEAFLETS / "bedplassen-boekje.pdf")
    assert item.leaflet.updated == "2026-05"
    assert item.passages[0].headings == ("Poli Kinderurologie - informatie voor ouders",)  # the cover
    by_heading = {passage.headings[-1]: passage.text for passage in item.passages if passage.headings}
    assert by_heading["Bedplassen komt veel voor"].startswith("Veel kinderen plassen nog in bed")
    assert "Veel kinderen" not in by_heading["Ruimte voor uw vragen"]
