"""Red team 22's PDF sheets: A5 pages put two to a landscape A4 sheet (each page keeps its own
running header and footer, differing only by the page number), and a folder folded in three
whose cover panel ends in a line of its own at the sheet's foot."""

from __future__ import annotations

from pdf_factory import Placed, ingest_pdf, make_drawn_pdf, passages_text

from ingest.pdf.reader import read_pdf

A4_WIDE = (842.0, 595.0)
HALF = A4_WIDE[0] / 2

SECTIONS = [("Waarvoor is het?", ["Dit middel remt de aanmaak van maagzuur. Het werkt pas na een",
                                  "paar dagen goed; bij plotseling zuurbranden helpt het niet."]),
            ("Hoe gebruikt u het?", ["Neem de tablet een half uur voor het ontbijt in. Slik de",
                                     "tablet heel door met een half glas water."]),
            ("Bijwerkingen", ["De meeste mensen hebben weinig last van bijwerkingen. Soms",
                              "krijgt u hoofdpijn, diarree of buikpijn."]),
            ("Stoppen", ["Stop niet in een keer na langdurig gebruik. Bouw af: neem een",
                         "paar weken om de dag een tablet en stop daarna."]),
            ("Contact", ["Apotheek De Linde, Kerkstraat 18, Deventer. Open maandag tot en",
                         "met vrijdag van 8.00 tot 18.00 uur."])]


def _a5_page(number: int, left: float, sections: list[tuple[str, list[str]]]) -> list[Placed]:
    """One A5 page at `left` on the sheet: its header, its sections, its footer."""
    page = [Placed("Apotheek De Linde | Patiënteninformatie", left + 42, 565, 7.5)]
    y = 530.0
    for heading, lines in sections:
        page.append(Placed(heading, left + 42, y, 11.5, bold=True))
        for line in lines:
            y -= 13
            page.append(Placed(line, left + 42, y, 9.5))
        y -= 30
    page.append(Placed(f"ADL-112 | Laatst herzien: 23 september 2026 pagina {number} van 3", left + 42, 28, 7.5))
    return page


def _two_up() -> bytes:
    """Three A5 pages on two landscape sheets: pages 1 and 2 side by side, page 3 alone."""
    first = [Placed("Maagzuurremmers", 42, 545, 17, bold=True)] + _a5_page(1, 0, SECTIONS[:2])
    return make_drawn_pdf([first + _a5_page(2, HALF, SECTIONS[2:4]), _a5_page(3, 0, SECTIONS[4:])],
                          width=A4_WIDE[0], height=A4_WIDE[1])


def test_two_pages_side_by_side_are_read_one_after_the_other_each_with_its_own_footer():
    """Read across the sheet, the two footers made one line, half of it the right page's."""
    sheet = read_pdf(_two_up(), "maagzuur.pdf").pages[0]
    footers = [line for line in sheet if line.text.startswith("ADL-112")]
    assert [(line.half, line.text.split()[-3]) for line in footers] == [(0, "1"), (1, "2")]
    assert [line.half for line in sheet] == sorted(line.half for line in sheet)  # the left page, then the right


def test_the_running_footer_of_two_pages_side_by_side_is_no_passage_text(tmp_path):
    text = passages_text(ingest_pdf(tmp_path, _two_up(), "maagzuur.pdf"))
    assert "Laatst herzien" not in text and "ADL-112" not in text
    assert "Apotheek De Linde | Patiënteninformatie" not in text
    assert "Stop niet in een keer na langdurig gebruik." in text


def test_two_columns_of_one_landscape_page_are_no_two_pages():
    """A page set in two columns across a landscape sheet, a footer under each column: its
    right column starts a gutter past the middle, not a margin, and it stays one page."""
    page = [Placed(f"Regel {number} van de linker kolom met wat tekst erin.", 42, 500 - 13 * number, 9.5)
            for number in range(10)]
    page += [Placed(f"Regel {number} van de rechter kolom met wat tekst erin.", HALF + 12, 500 - 13 * number, 9.5)
             for number in range(10)]
    page += [Placed("Apotheek De Linde", 42, 28, 7.5), Placed("pagina 1", HALF + 12, 28, 7.5)]
    sheet = read_pdf(make_drawn_pdf([page], width=A4_WIDE[0], height=A4_WIDE[1]), "kolommen.pdf").pages[0]
    assert {line.half for line in sheet} == {0}


PANEL = A4_WIDE[0] / 3


def _folder() -> bytes:
    """The outside of a folder folded in three: flap (a warning), back (contact), cover (the
    title, and "Patiënteninformatie" alone at its foot), one landscape page; the inside on a second."""
    flap = [Placed("Bel direct de huisarts als:", 22, 545, 10, bold=True)]
    flap += [Placed(f"! {item}", 23, 528 - 16 * number, 9) for number, item in
             enumerate(["de wond rood, warm of dik wordt;", "er pus uit de wond komt;", "u koorts krijgt."])]
    flap += [Placed("Het dier", 22, 436, 12, bold=True),
             Placed("Meld een beet van een loslopende hond bij de politie. Kent u", 22, 415, 9),
             Placed("de eigenaar, wissel dan gegevens uit voor de verzekering.", 22, 403, 9)]
    back = [Placed("Contact", PANEL + 22, 291, 12, bold=True),
            Placed("Huisartsenpost Midden-Brabant, 's avonds, 's nachts en in het", PANEL + 22, 270, 9),
            Placed("weekend: 0900 332 22 11. Overdag belt u uw eigen huisarts.", PANEL + 22, 258, 9),
            Placed("Huisartsenpost Midden-Brabant", PANEL + 22, 230, 9, bold=True),
            Placed("Ringbaan-Oost 201, 5013 CA Tilburg", PANEL + 22, 214, 9)]
    cover = [Placed("Na een beet van", 2 * PANEL + 22, 397, 22, bold=True),
             Placed("een hond of kat", 2 * PANEL + 22, 368, 22, bold=True),
             Placed("Patiënteninformatie", 2 * PANEL + 22, 50, 9)]
    inside = [Placed("Eerste hulp", 22, 541, 12, bold=True)]
    inside += [Placed(line, 22, 520 - 12 * number, 9) for number, line in enumerate(
        ["Spoel de wond direct vijf minuten met lauw stromend", "kraanwater en laat de wond een beetje",
         "doorbloeden. Dep de wond droog en dek hem af met", "een steriel gaasje."])]
    return make_drawn_pdf([flap + back + cover, inside], width=A4_WIDE[0], height=A4_WIDE[1])


def test_a_line_alone_at_the_foot_of_a_folders_cover_is_no_text_of_the_next_panel(tmp_path):
    item = ingest_pdf(tmp_path, _folder(), "hondenbeet.pdf")
    assert item.leaflet.title == "Na een beet van een hond of kat"
    assert "Patiënteninformatie" not in passages_text(item)
    assert any(passage.text.startswith("Bel direct de huisarts als:") for passage in item.passages)
