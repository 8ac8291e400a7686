"""Red team 19's layout findings: a table and a chart drawn before the page's text (matplotlib)
are read where they stand; a box floated high on a page, drawn after its text (Dompdf), is read
beside the text it stands by, not on the next page."""

from __future__ import annotations

from pdf_factory import Placed, make_drawn_pdf, make_pdf, ingest_pdf

from ingest.pipeline import ingest_file

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
