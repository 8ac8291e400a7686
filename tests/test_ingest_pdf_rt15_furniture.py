"""PDF furniture findings of red team 15: a table row that opens a page read as a page
header, and a one-page poster's contact line read as a page footer."""

from __future__ import annotations

from pathlib import Path

from pdf_factory import Placed, ingest_pdf, make_drawn_pdf, passages_text

from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam15_leaflets"


# ---------------------------------------------------------------- finding A: a table row over a page break

PROSE = ["Helpen de leefregels niet genoeg, dan kan de neuroloog medicijnen voorschrijven. Bij een",
         "lage ferritine krijgt u eerst ijzer, soms via een infuus. In de tabel staan de middelen die",
         "wij het meest gebruiken bij rusteloze benen, met wanneer u ze inneemt en wat ze doen."]
COLUMNS = (74, 224, 374)


def _row(cells: tuple[str, str, str], y: float) -> list[Placed]:
    return [Placed(cell, x, y, 12) for cell, x in zip(cells, COLUMNS)]


def test_a_table_row_that_opens_the_next_page_is_no_page_header(tmp_path):
    """AbiWord runs a table over the page break: page 2 opens with a row of its own, in the top
    margin, at the body's size, three cells wide and a row's padding above the next. It is
    shaped like a three-part header, but its cells stand over the columns of the rows under it."""
    first = [Placed("Medicijnen", 72, 720, 14, True),
             *(Placed(text, 72, 700 - 14 * number, 12) for number, text in enumerate(PROSE)),
             *_row(("Medicijn", "Wanneer innemen", "Bijwerkingen"), 640),
             *_row(("Pramipexol", "Twee uur voor het slapen", "Misselijkheid"), 610)]
    second = [*_row(("Ropinirol", "Een uur voor het slapen", "Hoofdpijn"), 790),
              *_row(("Rotigotine", "Een nieuwe pleister per dag", "Huidirritatie"), 760),
              *_row(("Pregabaline", "'s Avonds", "Slaperigheid"), 730),
              Placed("Let op: bij deze medicijnen kunnen de klachten na maanden juist erger worden.", 72, 700, 12)]
    text = passages_text(ingest_pdf(tmp_path, make_drawn_pdf([first, second])))
    assert "Ropinirol" in text and "Een uur voor het slapen" in text


def test_red_team_abiword_table_keeps_its_row_at_the_top_of_page_two():
    text = passages_text(ingest_file(LEAFLETS / "rusteloze-benen.pdf"))
    assert "Eén tot twee uur voor het slapengaan" in text


# ---------------------------------------------------------------- finding F: a poster's only contact details

POSTER = ["Uw ogen worden steeds bevochtigd door een dun laagje traanvocht. Bij droge ogen is",
          "dat laagje niet goed: er is te weinig traanvocht, of het verdampt te snel.",
          "Kunsttranen kunt u zonder recept kopen bij de apotheek of drogist."]
BAND = ("Oogpoli Oogziekenhuis Noord · Stationsplein 8, Alkmaar · 072 - 514 77 00 · www.oznh.nl"
        " · Uitgave januari 2026")


def _poster(tail: list[Placed]) -> list[Placed]:
    return [Placed("Droge ogen", 56, 780, 24, True),
            *(Placed(text, 56, 740 - 13 * number, 10) for number, text in enumerate(POSTER)), *tail]


def test_a_one_page_footer_band_that_gives_the_only_phone_number_stays(tmp_path):
    """A one-page poster sets its only contact details in a small footer band: nothing repeats
    to learn it from, and a reader needs the phone number. Its date still dates the leaflet."""
    result = ingest_pdf(tmp_path, make_drawn_pdf([_poster([Placed(BAND, 34, 20, 8)])]))
    assert "072 - 514 77 00" in passages_text(result)
    assert result.leaflet.updated == "2026-01"


def test_a_footer_whose_phone_number_the_text_gives_still_goes(tmp_path):
    """A footer that repeats a number the text gives, or that gives none (a page number, a
    document code), is furniture still."""
    call = Placed("Heeft u vragen? Bel de Oogpoli op 072 - 514 77 00 op werkdagen.", 56, 690, 10)
    result = ingest_pdf(tmp_path, make_drawn_pdf([_poster([call, Placed(BAND, 34, 20, 8)])]))
    assert "Stationsplein" not in passages_text(result) and "Bel de Oogpoli" in passages_text(result)
    stamp = Placed("Oogpoli · OOG-0412 · www.oznh.nl · pagina 1", 34, 20, 8)
    result = ingest_pdf(tmp_path, make_drawn_pdf([_poster([stamp])]))
    assert "OOG-0412" not in passages_text(result)


def test_red_team_poster_keeps_its_contact_band():
    result = ingest_file(LEAFLETS / "droge-ogen-poster.pdf")
    assert "514 77 00" in passages_text(result) and result.leaflet.updated == "2026-01"
