"""PDF page layout findings of red team 14: a box drawn at a page's foot that cut a sentence
running over the page (its heading taking the text after it), tables whose columns were
lost, and page headers read as the leaflet's structure."""

from __future__ import annotations

from pathlib import Path

import pytest

from pdf_factory import Ops, Placed, ingest_pdf, make_drawn_pdf

from ingest.pdf.boxes import boxes_after_paragraphs
from ingest.pdf.fragments import text_boxes
from ingest.pdf.geometry import PdfLine
from ingest.pdf.source_text import load_pdf
from ingest.pdf.style import measure_body
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam14_leaflets"


def _passage(result, words: str):
    return next(passage for passage in result.passages if words in passage.text)


# ---------------------------------------------------------------- finding 3.2: a side box mid-sentence

SECTION = ["De meest gebruikte medicijnen zijn bisfosfonaten. Ze remmen de afbraak van bot en",
           "verkleinen de kans op een nieuwe breuk met ongeveer de helft. Neem het middel een keer",
           "per week op een nuchtere maag. Kunt u geen tabletten slikken of werken ze niet goed"]
AFTER = ["genoeg? Dan krijgt u soms een keer per jaar een infuus met zoledroninezuur.",
         "Stop nooit zomaar met denosumab. Na het stoppen kan het bot snel verzwakken."]
BOX = ["Krijgt u plotseling hevige pijn", "in uw rug na tillen? Bel dan", "dezelfde dag uw huisarts."]


def _box_pages(fill: str) -> list[list]:
    first = [Placed("Osteoporose", 56, 780, 20, True), Placed("Behandeling met medicijnen", 56, 740, 14, True)]
    first += [Placed(text, 56, 720 - 14 * row, 10) for row, text in enumerate(SECTION)]
    first += [Ops(fill), Placed("Let op!", 402, 330, 11, True)]  # a box the page draws last, at its foot
    first += [Placed(text, 402, 314 - 14 * row, 10) for row, text in enumerate(BOX)]
    second = [Placed(AFTER[0], 56, 780, 10), Placed(AFTER[1], 56, 752, 10),
              Placed("Calcium en vitamine D", 56, 700, 14, True),
              Placed("Uw botten hebben calcium nodig. Eet elke dag zuivel.", 56, 680, 10)]
    return [first, second]


def test_a_box_at_a_page_foot_does_not_cut_the_sentence_running_over_the_page(tmp_path):
    """Scribus's "Let op!" box at page 1's foot was read between "werken ze niet goed" and
    "genoeg?" on page 2, and the rest of the section fell under the box's heading."""
    for fill in ("0.9 0.9 1 rg 395 260 150 90 re f", "0.5 w 395 260 150 90 re S",
                 "0.9 0.9 1 rg 395 260 m 545 260 l 545 350 l 395 350 l h f*"):
        result = ingest_pdf(tmp_path, make_drawn_pdf(_box_pages(fill)))
        sentence = _passage(result, "niet goed")
        assert "werken ze niet goed genoeg? Dan krijgt u" in sentence.text, fill
        box = _passage(result, "hevige pijn")
        assert box.text.index("Let op!") < box.text.index("Krijgt u plotseling")
        assert "Let op!" not in box.headings
        stop = _passage(result, "Stop nooit")
        assert stop.headings[-1] == "Behandeling met medicijnen" and "Let op!" not in stop.headings
        text = "\n".join(passage.text for passage in result.passages)
        assert text.index("huid" if "huid" in text else "zoledroninezuur") < text.index("hevige pijn") \
            < text.index("Stop nooit")


def test_a_box_between_paragraphs_stays_and_a_shape_over_a_table_is_no_box(tmp_path):
    """A box that ends no sentence stays where the page draws it; its heading, followed by a
    heading, stays a heading."""
    page = [Placed("Titel van de folder", 56, 780, 20, True),
            Placed("Eerste alinea die hier gewoon eindigt.", 56, 740, 10),
            Ops("0.9 0.9 1 rg 50 640 300 80 re f"), Placed("Let op!", 56, 700, 11, True),
            Placed("Neem uw medicijnen mee.", 56, 684, 10),
            Placed("Volgende kop", 56, 600, 14, True), Placed("Tekst onder de kop.", 56, 580, 10)]
    result = ingest_pdf(tmp_path, make_drawn_pdf([page]))
    assert "Let op!" in _passage(result, "medicijnen mee").headings
    assert _passage(result, "Tekst onder").headings[-1] == "Volgende kop"


def test_a_frame_without_a_border_beside_a_list_waits_for_the_list_to_end(tmp_path):
    """LibreOffice draws a text frame ("Let op!") beside the steps of a list after the page's
    text and footer, with no border: read in place it stood between steps 3c and 3d, and its
    heading took step 3d and what follows."""
    items = ["3. De aandrang leren onderdrukken", "a. Blijf stil staan of ga zitten als de aandrang komt.",
             "b. Knijp vijf seconden stevig de bekkenbodemspieren samen."]
    first = [Placed("Blaastraining", 72, 790, 20, True), Placed("Hoe werkt blaastraining?", 72, 760, 14, True),
             Placed("De training bestaat uit drie delen:", 72, 736, 12),
             *(Placed(text, 84 if number == 0 else 120, 700 - 16 * number, 12) for number, text in enumerate(items)),
             Placed("Blaastraining - pagina 1", 72, 49, 9),
             Placed("Let op!", 376, 716, 12, True), Placed("Neem uw plasdagboek mee", 376, 692, 12),
             Placed("naar elke afspraak.", 376, 678, 12)]
    second = [Placed("c. Loop pas naar het toilet als de aandrang is gezakt.", 120, 760, 12),
              Placed("Ga niet voor de zekerheid naar het toilet als u nog geen aandrang heeft.", 72, 730, 12),
              Placed("Blaastraining - pagina 2", 72, 49, 9)]
    result = ingest_pdf(tmp_path, make_drawn_pdf([first, second]))
    steps = _passage(result, "Knijp vijf")
    assert "samen.\nc. Loop pas naar het toilet" in steps.text
    frame = _passage(result, "plasdagboek")
    assert "Let op!" not in frame.headings and frame.headings[-1] == "Hoe werkt blaastraining?"
    assert _passage(result, "Ga niet").headings[-1] == "Hoe werkt blaastraining?"
    leaflet = ingest_file(LEAFLETS.parent / "redteam13_leaflets" / "blaastraining.pdf")
    assert "honderd.\nd. Loop pas naar het toilet" in _passage(leaflet, "Adem rustig").text
    assert not any("Let op!" in passage.headings for passage in leaflet.passages)


# ---------------------------------------------------------------- finding 3.3: tables whose columns were lost

def test_a_bordered_two_column_table_keeps_its_cells_apart(tmp_path):
    """Typst draws a bordered table's rules as lines and its rows cell by cell; a cell that
    wraps ends the row ("Minder dan vier nat-" / "te luiers per dag"), with no cell back up."""
    rules = [Ops(f"0.5 w {x} 600 m {x} 700 l S") for x in (50, 200, 350)]
    page = [Placed("Naar huis", 56, 780, 14, True),
            Placed("Geef thuis kleinere voedingen, maar vaker, elke twee tot drie uur.", 56, 740, 10),
            *rules,
            Placed("Dit is normaal", 56, 685, 10, True), Placed("Bel de huisarts", 206, 685, 10, True),
            Placed("Een verstopte neus", 56, 665, 10), Placed("Minder dan vier nat\xad", 206, 665, 10),
            Placed("te luiers per dag", 206, 651, 10),
            Placed("Lichte verhoging tot", 56, 631, 10), Placed("38,5 graden", 56, 617, 10),
            Placed("Koorts boven 39 graden", 206, 631, 10)]
    text = _passage(ingest_pdf(tmp_path, make_drawn_pdf([page])), "verstopte").text
    assert "Dit is normaal | Bel de huisarts" in text
    assert "Een verstopte neus | Minder dan vier natte luiers per dag" in text
    assert "Lichte verhoging tot 38,5 graden | Koorts boven 39 graden" in text


def test_a_table_typed_with_spaces_keeps_one_row_per_line(tmp_path):
    """enscript prints a text file's lines one piece each, columns aligned by spaces."""
    rows = ["Leeftijd            Startdosis per dag", "6 mnd - 1 jaar      1 sachet van 6,9 gram",
            "1 - 6 jaar          1 tot 2 sachets junior", "7 - 11 jaar         2 tot 3 sachets junior"]
    page = [Placed("Geef uw kind elke dag macrogol volgens deze tabel.", 23, 760, 10),
            *(Placed(row, 23, 738 - 11 * number, 10) for number, row in enumerate(rows)),
            Placed("Is de ontlasting na een week nog hard, verhoog dan met een half sachet.", 23, 680, 10)]
    text = _passage(ingest_pdf(tmp_path, make_drawn_pdf([page])), "sachets").text
    assert "1 - 6 jaar | 1 tot 2 sachets junior\n" in text and "7 - 11 jaar | 2 tot 3 sachets junior" in text
    assert "Leeftijd | Startdosis per dag" in text


def test_red_team_leaflets_keep_their_table_rows():
    rsv = "\n".join(passage.text for passage in ingest_file(LEAFLETS / "rsv-bronchiolitis.pdf").passages)
    assert "Een verstopte neus | Minder dan vier natte luiers per dag" in rsv
    assert rsv.count("Dit is normaal | Bel de huisarts") == 1
    child = "\n".join(passage.text for passage in ingest_file(LEAFLETS / "obstipatie-kinderen.pdf").passages)
    assert "7 - 11 jaar | 2 tot 3 sachets junior" in child


# ---------------------------------------------------------------- finding 3.5: enscript's page header

def _enscript_pages() -> list[list]:
    def header(page: int) -> list:
        return [Ops("0.5 w 18 770 72 36 re S"), Placed("12/03/26", 32, 790, 12, True),
                Placed(f"19:41:17  {page}", 32, 777, 12, True), Placed("folder.lat1", 231, 774.5, 14)]
    first = [*header(1), Placed("OBSTIPATIE BIJ KINDEREN", 23, 745, 10),
             Placed("Laat uw kind genoeg drinken, ongeveer zes tot acht bekers verdeeld over de", 23, 723, 10)]
    second = [*header(2), Placed("dag. Geef volkorenbrood, groente en fruit voor voldoende vezels.", 23, 745, 10),
              Placed("Extra vezels alleen lossen de obstipatie meestal niet op.", 23, 734, 10)]
    return [first, second]


def test_a_page_header_that_numbers_the_pages_is_furniture_however_it_is_set(tmp_path):
    """enscript's header (date, time, file name, page number) is bold and larger than the
    text, on two pages: it repeats with only the page number changing, so it is no heading."""
    result = ingest_pdf(tmp_path, make_drawn_pdf(_enscript_pages()))
    text = "\n".join(passage.text for passage in result.passages)
    assert "19:41:17" not in text and "12/03/26" not in text
    assert not any("folder.lat1" in heading or "12/03/26" in heading
                   for passage in result.passages for heading in passage.headings)
    assert "verdeeld over de dag. Geef volkorenbrood" in text


def test_enscript_leaflet_has_no_page_header_in_its_passages():
    result = ingest_file(LEAFLETS / "obstipatie-kinderen.pdf")
    text = "\n".join(passage.text for passage in result.passages)
    assert "19:41:17" not in text and "verdeeld over de dag." in text
    assert not any(".lat1" in heading for passage in result.passages for heading in passage.headings)
    assert any(passage.headings[-1:] == ("WANNEER BELT U DE KINDERARTS?",) for passage in result.passages)


@pytest.mark.parametrize("heading", ["Week {} na de operatie", "Dag {}", "Stap {}"])
def test_numbered_headings_at_the_top_of_two_pages_are_no_page_header(tmp_path, heading):
    """A bold heading that numbers the page ("Week 1 na de operatie", "Week 2 ...") at the
    top of each of two pages has no other mark of furniture: it stays, as a heading."""
    body = ["neem rustig de tijd om te herstellen en bouw uw activiteiten langzaam op samen met de",
            "fysiotherapeut. Wandel elke dag een stukje verder en rust tussendoor goed uit."]
    pages = [[Placed(heading.format(page), 72, 790, 14, True),
              *(Placed(line, 72, 760 - 14 * number, 10) for number, line in enumerate(body * 3))]
             for page in (1, 2)]
    result = ingest_pdf(tmp_path, make_drawn_pdf(pages))
    headings = {heading for passage in result.passages for heading in passage.headings}
    assert {heading.format(1), heading.format(2)} <= headings


# ---------------------------------------------------------------- findings 3.4, 3.9: groff's header, a booklet's halves

def test_a_three_part_header_from_page_two_on_is_furniture(tmp_path):
    """groff -ms prints its three-part running header (`.tl`) from page 2 on, at the body's size."""
    text_1 = ["Een bloedneus is meestal onschuldig en stopt vaak vanzelf. In deze folder leest u",
              "wat u zelf kunt doen en wanneer u de huisarts belt."]
    first = [Placed("Neusbloeding", 260, 711, 13, True),
             *(Placed(text, 72, 660 - 14 * number, 11) for number, text in enumerate(text_1))]
    second = [Placed("KNO-afdeling", 72, 792, 11), Placed("Neusbloeding", 260, 792, 11),
              Placed("Gelre Vechtdal", 450, 792, 11),
              Placed("Blijft de neus bloeden, dan brengt de arts een neustampon in.", 72, 756, 11),
              Placed("Een tampon blijft meestal een tot twee dagen zitten.", 72, 742, 11)]
    text = "\n".join(passage.text for passage in ingest_pdf(tmp_path, make_drawn_pdf([first, second])).passages)
    assert "KNO-afdeling" not in text and "Blijft de neus bloeden" in text


def test_a_sentence_from_one_half_of_a_booklet_sheet_to_the_other_stays_one(tmp_path):
    """pdfjam sets two A5 pages on one sheet: the sentence goes on back up the sheet."""
    left = ["Knip uw teennagels recht af en niet te kort: de hoeken moeten boven de huid",
            "uitsteken. Vijl scherpe randjes bij. Draag schoenen met voldoende ruimte voor",
            "uw tenen en sokken die vocht opnemen. Heeft u diabetes of slechte bloedvaten"]
    page = [Placed("Een nieuwe ingegroeide nagel voorkomen", 45, 106, 12, True),
            *(Placed(text, 45, 82 - 12 * number, 10) for number, text in enumerate(left)),
            Placed("2", 207, 15, 9),
            Placed("in uw benen, laat uw nagels dan knippen door een pedicure.", 45, 540, 10),
            Placed("Wanneer belt u ons?", 45, 494, 12, True)]
    text = "\n".join(passage.text for passage in ingest_pdf(tmp_path, make_drawn_pdf([page])).passages)
    assert "slechte bloedvaten in uw benen" in text


def test_red_team_groff_and_booklet_leaflets():
    nose = "\n".join(passage.text for passage in ingest_file(LEAFLETS / "neusbloeding.pdf").passages)
    assert "KNO-afdeling Neusbloeding" not in nose
    toe = "\n".join(passage.text for passage in ingest_file(LEAFLETS / "ingegroeide-teennagel.pdf").passages)
    assert "slechte bloedvaten in uw benen" in toe


# ---------------------------------------------------------------- finding 3.8: a short file name and the cover's title

def test_a_short_file_name_finds_the_title_it_names_as_a_word(tmp_path):
    """mutool writes no /Title: "acne.pdf" opens with "Acne bij jongeren", set as large as
    the sections after it; the file's four-letter name names it as a word of its own."""
    prose = "Acne komt veel voor bij jongeren tussen twaalf en twintig jaar. Het gaat vanzelf over."
    first = [Placed("Acne bij jongeren", 118, 760, 22, True), Placed("Informatie van de polikliniek", 104, 730, 11),
             Placed("Wat is acne?", 72, 680, 22, True), Placed(prose, 72, 650, 11)]
    second = [Placed("Behandeling", 72, 760, 22, True), Placed(prose, 72, 730, 11)]
    third = [Placed("Vragen", 72, 760, 22, True), Placed(prose, 72, 730, 11)]
    assert ingest_pdf(tmp_path, make_drawn_pdf([first, second, third]), "acne.pdf").leaflet.title \
        == "Acne bij jongeren"
    assert ingest_file(LEAFLETS / "acne.pdf").leaflet.title == "Acne bij jongeren"
    # a name inside another word ("scan" in "CT-scanner") names no subject of a short name
    assert ingest_pdf(tmp_path, make_drawn_pdf([[Placed("Uw CT-scanner", 72, 760, 22, True), *first[1:]],
                                             second, third]), "scan.pdf").leaflet.title != "Uw CT-scanner"


@pytest.mark.parametrize(("heading", "name"), [
    ("Meer info over de behandeling", "info.pdf"),  # holds the name, does not open with it
    ("Test uw kennis", "test.pdf"),  # opens with it, but is not the cover's largest text
])
def test_a_short_file_name_that_names_a_files_kind_titles_no_heading(tmp_path, heading, name):
    """"info.pdf", "test.pdf", "scan.pdf" name a file's kind, not a subject: a heading that
    merely holds the word, or opens with it in smaller type than the cover's largest, is no title."""
    prose = ["Acne komt veel voor bij jongeren tussen twaalf en twintig jaar. Het gaat vanzelf over.",
             "Was uw gezicht twee keer per dag met lauw water en een milde, zeepvrije reiniger.",
             "Heeft u vragen, bel dan op werkdagen tussen negen en twaalf uur met de polikliniek."]
    first = [Placed(heading, 72, 760, 16, True), Placed(prose[0], 72, 730, 11)]
    second = [Placed("Behandeling van de huid", 72, 760, 22, True), Placed(prose[1], 72, 730, 11)]
    third = [Placed("Vragen", 72, 760, 16, True), Placed(prose[2], 72, 730, 11)]
    assert ingest_pdf(tmp_path, make_drawn_pdf([first, second, third]), name).leaflet.title != heading


# ---------------------------------------------------------------- review: a shape that frames no block of its own

RUN_ON = ["Dit is de eerste regel van een lange alinea over het innemen van uw",
          "medicijnen, die gewoon doorloopt tot onderaan de pagina en verder gaat",
          "op de volgende pagina. Neem de tabletten elke ochtend in met water en",
          "wacht daarna een half uur met eten. Vergeet u een tablet, neem hem dan",
          "alsnog in zodra u eraan denkt, tenzij het bijna tijd is voor de volgende"]


def test_a_band_behind_the_last_lines_of_a_paragraph_running_over_the_page_is_no_box(tmp_path):
    """A pale band behind a paragraph's last three lines on page 1 was a box: moved after the
    paragraph's end on page 2 ("... verder gaat" / "dosis. ..." / "op de volgende pagina")."""
    first = [Placed("Medicijnen innemen", 72, 790, 18, True), Ops("0.95 0.95 0.9 rg 60 698 480 44 re f 0 g"),
             *(Placed(text, 72, 760 - 14 * row, 10) for row, text in enumerate(RUN_ON))]
    second = [Placed("dosis. Neem nooit twee tabletten tegelijk.", 72, 780, 10),
              Placed("Bij vragen kunt u bellen met de apotheek.", 72, 752, 10),
              Placed("Bijwerkingen", 72, 700, 14, True), Placed("Soms krijgt u hoofdpijn.", 72, 680, 10)]
    text = _passage(ingest_pdf(tmp_path, make_drawn_pdf([first, second])), "eerste regel").text
    assert "verder gaat op de volgende pagina" in text
    assert text.index("tenzij het bijna tijd") < text.index("Neem nooit twee")


def test_a_band_behind_the_middle_of_a_paragraph_does_not_break_it(tmp_path):
    """A band behind the middle lines of a paragraph broke it mid-sentence at both edges."""
    lines = ["De patient neemt het medicijn elke ochtend in met een glas water en wacht",
             "daarna een half uur voordat hij iets eet of drinkt, ook geen koffie of thee",
             "want dan werkt het middel minder goed en krijgt hij misschien last van zijn",
             "maag of slokdarm. Neem het medicijn ook niet in vlak voordat u gaat liggen."]
    page = [Placed("Medicijnen innemen", 72, 790, 18, True), Ops("0.9 0.9 0.9 rg 60 725 480 24 re f 0 g"),
            *(Placed(text, 72, 760 - 14 * row, 10) for row, text in enumerate(lines))]
    text = load_pdf(make_drawn_pdf([page]), "folder.pdf").text
    assert "\n\n" not in text.split("innemen\n\n")[1].strip()  # one paragraph, as the page sets it


def test_a_panel_running_over_the_page_keeps_its_heading_and_its_sentence(tmp_path):
    """A tinted panel at page 1's foot under a heading, its sentence going on in a panel at the
    top of page 2, lost its heading and was split at the page."""
    first = [Placed("Osteoporose", 56, 790, 20, True),
             *(Placed(f"Gewone tekst over botontkalking bij ouderen, regel {row}.", 56, 760 - 14 * row, 10)
               for row in range(6)),
             Ops("0.93 0.95 1 rg 50 110 495 80 re f 0 g"), Placed("Behandeling met medicijnen", 56, 170, 14, True),
             Placed("Bisfosfonaten remmen de afbraak van bot en verkleinen de kans op een", 56, 150, 10),
             Placed("nieuwe breuk. Neem ze in op een nuchtere maag met een groot glas", 56, 136, 10),
             Placed("water. Blijf daarna een half uur", 56, 122, 10)]
    second = [Ops("0.93 0.95 1 rg 50 740 495 60 re f 0 g"),
              Placed("rechtop zitten of staan, zodat het middel niet in uw slokdarm blijft.", 56, 780, 10),
              Placed("Stop nooit zonder overleg met uw arts met het middel.", 56, 766, 10),
              Placed("Calcium en vitamine D", 56, 700, 14, True),
              Placed("Uw botten hebben calcium nodig.", 56, 680, 10)]
    passage = _passage(ingest_pdf(tmp_path, make_drawn_pdf([first, second])), "rechtop zitten")
    assert "Blijf daarna een half uur rechtop zitten" in passage.text
    assert passage.headings[-1] == "Behandeling met medicijnen"


def test_a_tinted_column_holding_the_page_text_is_no_box(tmp_path):
    """A tinted column behind all of a page's text is its ground: the heading that opens it,
    followed by the next page's text, stays a heading."""
    column = "0.95 0.95 0.95 rg 50 60 450 760 re f 0 g"
    pages = [[Ops(column), Placed("Bijwerkingen", 56, 800, 14, True),
              *(Placed(f"Soms krijgt u hoofdpijn of buikpijn, zegt regel {row}.", 56, 780 - 14 * row, 10)
                for row in range(8))]
             for _ in range(3)]
    pages[0][1] = Placed("Osteoporose", 56, 800, 20, True)
    pages[2][1] = Placed("Verder kunt u duizelig worden na het innemen.", 56, 800, 10)
    result = ingest_pdf(tmp_path, make_drawn_pdf(pages))
    assert "Bijwerkingen" in _passage(result, "duizelig").headings


def test_a_template_box_at_the_same_place_on_two_pages_is_two_boxes(tmp_path):
    """A box keyed by its corners alone was one box on both pages: the second page's box, which
    cuts a sentence running over the page, stayed where it was drawn."""
    fill = "0.9 0.9 1 rg 395 260 150 90 re f"
    intro = [Placed("Osteoporose", 56, 780, 20, True), Placed("Botten worden met de jaren brozer.", 56, 740, 10),
             Ops(fill), Placed("Goed om te weten", 402, 330, 11, True),
             Placed("Bewegen houdt uw botten sterk.", 402, 314, 10)]
    first, second = _box_pages(fill)
    first = [Placed("Behandeling met medicijnen", 56, 740, 14, True), *first[2:]]
    result = ingest_pdf(tmp_path, make_drawn_pdf([intro, first, second]))
    assert "werken ze niet goed genoeg? Dan krijgt u" in _passage(result, "niet goed").text
    assert _passage(result, "Stop nooit").headings[-1] == "Behandeling met medicijnen"


def test_a_title_bar_on_each_slide_stays_before_its_list(tmp_path):
    """A slide's title on a band at the same place on every page, after a list that runs on
    from the page before (no full stop): the band opens its list, it is not moved after it."""
    slides = [("Wat is de bekkenbodem?", ["• Een laag spieren onderin het bekken", "• Draagt de blaas en de darm"]),
              ("Waarom trainen?", ["• Urineverlies bij hoesten of niezen",
                                   "• Na een bevalling worden spieren zwakker"])]
    pages = [[Ops("0.2 0.3 0.6 rg 0 770 595 72 re f 0 g"), Placed(title, 50, 790, 24, True),
              *(Placed(item, 60, 720 - 30 * row, 16) for row, item in enumerate(items))] for title, items in slides]
    result = ingest_pdf(tmp_path, make_drawn_pdf(pages))
    assert _passage(result, "hoesten").headings[-1] == "Waarom trainen?"
    assert _passage(result, "Draagt de blaas").headings[-1] == "Wat is de bekkenbodem?"


def test_boxes_on_every_page_of_a_long_document_cost_no_pass_over_it_each(monkeypatch):
    """Each box worked out the breaks of the whole document again (a box on every page: 80
    pages 2.5 s, 200 pages 15 s), and each page's shapes were compared all with all (3,000
    nested shapes: 6 s). Counted in work done, not in seconds: the breaks are worked out once,
    each box then looks at its own paragraph's lines, and shapes are compared only where their
    left and right edges overlap."""
    import ingest.pdf.boxes as boxes
    import ingest.pdf.fragments as fragments

    flat = []
    for page in range(150):
        row = 0
        for number in range(50):
            if number % 15 in (10, 11, 12):  # a box drawn at the page's foot, cutting the paragraph
                box = (300.0, 50.0 + 100 * (number // 15), 500.0, 120.0 + 100 * (number // 15))
                flat.append((page, PdfLine("Let op dit.", 310, box[1] + 50 - 14 * (number % 15 - 10), 10, False,
                                           box=box)))
            else:
                flat.append((page, PdfLine("de patient neemt het medicijn in en wacht", 56, 800 - 14 * row, 10, False)))
                row += 1
    body = measure_body([[line for number, line in flat if number == page] for page in range(150)])
    passes, looks = [], []
    real_breaks, real_after = boxes.line_breaks, boxes.break_after
    monkeypatch.setattr(boxes, "line_breaks", lambda *args: passes.append(1) or real_breaks(*args))
    monkeypatch.setattr(boxes, "break_after", lambda *args, **kw: looks.append(1) or real_after(*args, **kw))
    out = boxes_after_paragraphs(flat, body)
    assert sorted(repr(line) for _, line in out) == sorted(repr(line) for _, line in flat) and out != flat
    assert len(passes) <= 1  # one pass over the document's lines, however many boxes
    assert len(looks) <= 10 * len(flat)  # each box then looks at its paragraph's lines only
    nested = [(300 - i * 0.05, 300 - i * 0.05, 325 + i * 0.05, 325 + i * 0.05) for i in range(3000)]
    page = type("Page", (), {"mediabox": None})()
    compared, real_touching = [], fragments._touching
    monkeypatch.setattr(fragments, "_touching", lambda *args: compared.append(1) or real_touching(*args))
    assert text_boxes(nested, page) == []  # a page painting thousands of shapes is a drawing
    assert not compared
    assert text_boxes(nested[:50], page) == nested[:50]
