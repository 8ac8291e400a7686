"""Red team 19's layout findings: a table and a chart drawn before the page's text (matplotlib)
are read where they stand; a box floated high on a page, drawn after its text (Dompdf), is read
beside the text it stands by, not on the next page; a table's header row alone at a page's foot
(TCPDF) stays with its rows; bullets drawn as filled arcs (pycairo) are list items."""

from __future__ import annotations

from pdf_factory import Ops, Placed, ingest_pdf, make_drawn_pdf, make_pdf

PARAGRAPH = ["Begin met naproxen of ibuprofen op de eerste dag van de menstruatie, of een dag",
             "ervoor als uw cyclus regelmatig is. Gebruik ze niet langer dan drie dagen per",
             "menstruatie zonder overleg met uw arts."]
DIARY = ["Houd drie maanden bij op welke dagen u pijn heeft en hoe erg die is, op een schaal",
         "van 0 tot 10. Neem het dagboek mee naar uw afspraak; het helpt de arts om te zien",
         "of de pijn"]


def _figure_first_pages() -> list[list[Placed]]:
    """Two pages as matplotlib draws them: each figure's axes (a table, a chart's ticks and
    labels) first, then the texts placed on the figure from the top down."""
    table = [Placed(text, x, 371 - 18 * row, 9)
             for row, cells in enumerate([("Middel", "Dosering", "Let op"),
                                          ("Naproxen 250 mg", "2 keer per dag", "Niet bij een maagzweer"),
                                          ("Ibuprofen 400 mg", "3 keer per dag", "Innemen met eten")])
             for text, x in zip(cells, (77, 218, 393))]
    first = [*table, Placed("Westfries Gasthuis", 54, 812, 8), Placed("Pijnlijke menstruatie", 54, 757, 24, True),
             Placed("Wat kunt u zelf doen?", 54, 480, 13, True),
             Placed("Leg een warme kruik op uw buik en blijf bewegen, dat helpt tegen de krampen.", 54, 464, 10),
             Placed("Pijnstillers", 54, 393, 13, True),
             *(Placed(text, 54, 272 - 13 * row, 10) for row, text in enumerate(PARAGRAPH)),
             Placed("Een pijndagboek", 54, 114, 13, True),
             *(Placed(text, 54, 82 - 13 * row, 10) for row, text in enumerate(DIARY))]
    ticks = [Placed(" ".join(str(day) for day in range(0, 30, 5)), 92, 577, 10), Placed("Dag van de cyclus", 260, 563, 10),
             *(Placed(str(score), 70, 588 + 14.3 * score, 10) for score in range(0, 11, 2)),
             Placed("Voorbeeld van een ingevuld pijndagboek", 204, 741, 10)]
    second = [*ticks, Placed("Westfries Gasthuis", 54, 812, 8), Placed("samenhangt met uw cyclus.", 54, 767, 10),
              Placed("Meisjes en school", 54, 525, 13, True),
              Placed("Bij meisjes in de eerste jaren is pijn heel gewoon en meestal geen ziekte.", 54, 509, 10)]
    return [first, second]


def test_a_table_drawn_before_the_text_is_read_under_its_heading(tmp_path):
    """matplotlib drew the painkiller table before the page's texts: it stood before the title,
    in no section, and "Pijnstillers" held only the paragraph under it."""
    result = ingest_pdf(tmp_path, make_pdf(_figure_first_pages()))
    table = next(passage for passage in result.passages if "Naproxen 250 mg" in passage.text)
    assert table.headings[-1] == "Pijnstillers"
    assert table.text.index("Middel | Dosering | Let op") < table.text.index("Begin met naproxen")


def test_chart_ticks_drawn_before_the_text_stay_out_of_its_sentence(tmp_path):
    """The chart's ticks were drawn before the page's text, whose first line ends a sentence
    begun on the page before: read as drawn, they stood in the middle of it."""
    result = ingest_pdf(tmp_path, make_pdf(_figure_first_pages()))
    text = "\n".join(passage.text for passage in result.passages)
    assert "het helpt de arts om te zien of de pijn samenhangt met uw cyclus." in text
    assert text.index("samenhangt met uw cyclus.") < text.index("Dag van de cyclus")


def test_a_box_drawn_before_the_text_beside_its_lines_keeps_the_drawing_order(tmp_path):
    """A box floated beside the text and drawn before it may start in the gap between two
    paragraphs, but its lines stand beside the text's: read by position, each of its lines
    would run into a line of the paragraph beside it."""
    wide = ["De wond wordt schoongemaakt en verbonden met een vet gaas of een speciaal verband met",
            "zilver. U krijgt uitleg over de verzorging en verband mee naar huis voor de eerste dagen."]
    narrow = ["Gebruik geen zalf uit de drogist", "op een open wond zonder overleg", "met de huisarts of de SEH."]
    page = [Placed("Koel eerst, bel daarna.", 400, 708, 9), Placed("Tien minuten koelen met", 400, 690, 9),
            Placed("lauw water helpt het best.", 400, 676, 9),
            Placed("Verband en zalf", 56, 770, 13, True),
            *(Placed(text, 56, 750 - 14 * n, 10) for n, text in enumerate(wide)),
            *(Placed(text, 56, 690 - 14 * n, 10) for n, text in enumerate(narrow))]
    text = ingest_pdf(tmp_path, make_pdf([page])).text
    assert "drogist op een open wond zonder overleg met de huisarts" in text


FIRST_AID = ["Koel een brandwond direct tien tot twintig minuten met", "lauw, zacht stromend kraanwater. Gebruik geen ijs of",
             "ijskoud water, want dat kan de huid nog meer", "beschadigen. Haal kleding en sieraden voorzichtig weg."]
DRESSING = ["Op de SEH wordt de wond schoongemaakt en verbonden met een vet gaas of een speciaal",
            "verband met zilver. U krijgt uitleg en verband mee naar huis. Gebruik geen zalf uit de"]
BOX = ["Koel eerst, bel daarna. Tien tot", "twintig minuten koelen met lauw", "water is de belangrijkste hulp."]


def _floated_box_pages() -> list[list]:
    """Dompdf's pages: a box floated at the top right of page 1, beside the first section, drawn
    after the page's column, which ends in a paragraph that runs on over the page."""
    first = [Placed("Brandwonden", 38, 760, 20, True), Placed("Eerste hulp bij een brandwond", 38, 700, 13, True),
             *(Placed(text, 38, 680 - 14 * row, 10) for row, text in enumerate(FIRST_AID)),
             Placed("Smeer geen boter, tandpasta of olie op de wond. Dit zijn oude huismiddelen.", 38, 610, 10),
             Placed("Verband en zalf", 38, 560, 13, True),
             *(Placed(text, 38, 540 - 14 * row, 10) for row, text in enumerate(DRESSING)),
             Ops("0.9 0.95 1 rg 358 628 200 80 re f"), Placed("Goed om te weten", 365, 694, 9, True),
             *(Placed(text, 365, 680 - 12 * row, 9) for row, text in enumerate(BOX))]
    second = [Placed("drogist op een open wond zonder overleg met de huisarts of de polikliniek.", 38, 760, 10),
              Placed("Jeuk en littekens", 38, 720, 13, True),
              Placed("Een genezende brandwond jeukt vaak. Een vette creme kan helpen.", 38, 700, 10)]
    return [first, second]


def test_a_box_floated_high_on_a_page_is_read_beside_its_text_not_on_the_next_page(tmp_path):
    """The box was read after the page's column and moved after the paragraph that runs on
    over the page: cited on page 2, under "Verband en zalf"."""
    result = ingest_pdf(tmp_path, make_drawn_pdf(_floated_box_pages()))
    box = next(passage for passage in result.passages if "Koel eerst" in passage.text)
    assert box.pages == (1,) and box.headings[-1] == "Eerste hulp bij een brandwond"
    dressing = next(passage for passage in result.passages if "schoongemaakt" in passage.text)
    assert "Gebruik geen zalf uit de drogist op een open wond" in dressing.text and "Koel eerst" not in dressing.text


def _header_at_foot_pages(header_again: bool) -> list[list[Placed]]:
    """TCPDF's pages: a table broken right after its header row, which stands alone at page
    1's foot; page 2 opens with the running header (in its top margin), then the rows."""
    running = [Placed("Maasland Ziekenhuis - Urologie", 42, 816, 11, True),
               Placed("Versie 4, laatst herzien 9 juni 2025", 42, 792, 10)]
    text = ["U kunt direct na het onderzoek naar huis. Drink de eerste twee dagen extra, ongeveer",
            "twee liter per dag. Het plassen kan de eerste dag branderig aanvoelen."]
    cells = [("Klacht", "Normaal?", "Wat doet u?"), ("Branderig gevoel bij plassen", "Ja, 1 tot 2 dagen", "Extra drinken"),
             ("Roze urine", "Ja, de eerste dag", "Extra drinken"), ("Koorts boven 38,5 graden", "Nee", "Bel de polikliniek")]
    rows = [[Placed(text, x, 0, 10) for text, x in zip(row, (46, 216, 386))] for row in cells]
    first = [*running, Placed("Na het onderzoek", 42, 700, 14, True),
             *(Placed(line, 42, 680 - 12.5 * number, 10) for number, line in enumerate(text)),
             *(Placed(piece.text, piece.x, 90, 10) for piece in rows[0])]
    body = rows if header_again else rows[1:]
    second = [*running, *(Placed(piece.text, piece.x, 755 - 19 * number, 10)
                          for number, row in enumerate(body) for piece in row),
              Placed("Uitslag", 42, 640, 14, True), Placed("De uroloog vertelt u meestal direct wat hij zag.", 42, 620, 10)]
    return [first, second]


def test_a_table_header_row_alone_at_a_page_foot_stays_with_its_rows(tmp_path):
    """The header row stood alone at page 1's foot, its cells run together ("Klacht Normaal?
    Wat doet u?"), cut from its rows on page 2 by the running header."""
    for again in (False, True):
        text = ingest_pdf(tmp_path, make_drawn_pdf(_header_at_foot_pages(again))).text
        assert "Klacht | Normaal? | Wat doet u?\nBranderig gevoel bij plassen | Ja, 1 tot 2 dagen" in text, again
        assert text.count("Klacht") == 1


def _cairo_dot(x: float, y: float, start: tuple[float, float]) -> Ops:
    """A filled circle of radius 2 around (x, y) as cairo draws `arc` after `show_text`: a
    line from where the text ended (`start`) to the circle's right, then its four curves."""
    r, k = 2.0, 1.1
    return Ops(f"0 0 0 rg {start[0]} {start[1]} m {x + r} {y} l "
               f"{x + r} {y + k} {x + k} {y + r} {x} {y + r} c {x - k} {y + r} {x - r} {y + k} {x - r} {y} c "
               f"{x - r} {y - k} {x - k} {y - r} {x} {y - r} c {x + k} {y - r} {x + r} {y - k} {x + r} {y} c f")


def test_bullets_cairo_draws_as_small_filled_arcs_are_list_items(tmp_path):
    """pycairo's bullets are filled arcs, each joined by a line to where the text before it
    ended: measured from there, no dot was small enough to be a bullet, and the four advices
    ran into one paragraph."""
    items = ["Draag kleding van katoen, wol of speciale ademende stof, en geen nylon.",
             "Draag elke dag schone sokken en wissel uw schoenen af.",
             "Vermijd sterk gekruid eten, alcohol en veel koffie.",
             "Gebruik een antitranspirant met aluminiumchloride."]
    page = [Placed("Overmatig zweten", 56, 780, 22, True), Placed("Wat kunt u zelf doen?", 56, 740, 12.5, True)]
    end = (210.0, 740.0)
    for number, item in enumerate(items):
        y = 720 - 16 * number
        page += [_cairo_dot(60, y + 3.5, end), Placed(item, 70, y, 10)]
        end = (70 + 4.5 * len(item), y)
    page += [Placed("Helpt dit niet genoeg, dan kan de huisarts een middel voorschrijven.", 56, 640, 10)]
    text = ingest_pdf(tmp_path, make_drawn_pdf([page])).text
    assert all(f"• {item}" in text for item in items), text


CONTAGIOUS = ["Waterpokken is erg besmettelijk. Het virus verspreidt zich via de lucht en via het vocht",
              "uit de blaasjes. Uw kind is al besmettelijk vanaf twee dagen voordat de blaasjes verschijnen.",
              "Uw kind is niet"]


def _sidebar_pages() -> list[list]:
    """A web page printed by a browser: a sidebar box of links ("Direct naar") at the top right
    of page 1, drawn after the page's column, whose last sentence goes on over the page."""
    first = [Placed("Waterpokken", 52, 760, 24, True), Placed("Hoe besmettelijk is het?", 52, 700, 16, True),
             *(Placed(text, 52, 680 - 14 * row, 10) for row, text in enumerate(CONTAGIOUS)),
             Ops("0.9 0.95 1 rg 440 640 120 100 re f"), Placed("Direct naar", 448, 725, 10, True),
             *(Placed(text, 466, 710 - 13 * row, 10) for row, text in enumerate(["• Gordelroos", "• Mazelen", "• Hand-voet-"])),
             Placed("mondziekte", 476, 671, 10)]
    second = [Placed("meer besmettelijk als alle blaasjes zijn ingedroogd tot korstjes.", 52, 760, 10),
              Placed("Wat kunt u zelf doen?", 52, 720, 16, True),
              Placed("Knip de nagels van uw kind kort, zodat het de blaasjes niet openkrabt.", 52, 700, 10)]
    return [first, second]


def test_a_sidebar_drawn_after_a_sentence_that_runs_over_the_page_stays_out_of_it(tmp_path):
    """The sidebar's last link ("mondziekte") does not end a sentence and the next page opens in
    lower case: that was read as the box running on, so the box lost its frame and stood inside
    the sentence ("Uw kind is niet | Gordelroos ... | meer besmettelijk"). The next page's line
    stands where the line before the box does, not where the box's lines do."""
    result = ingest_pdf(tmp_path, make_drawn_pdf(_sidebar_pages()))
    contagious = next(passage for passage in result.passages if "Uw kind is niet" in passage.text)
    assert "Uw kind is niet meer besmettelijk als alle blaasjes" in contagious.text
    assert "Gordelroos" not in contagious.text and contagious.headings[-1] == "Hoe besmettelijk is het?"
