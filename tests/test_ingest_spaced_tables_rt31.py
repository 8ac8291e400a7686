"""Red team 31's tables whose cells a tool set one space apart: pdfplumber and PDFium write a
PDF table's row as one line of words, vilistextum an HTML table's row as one line indented one
space. No gap parts the cells, so the rows ran together as prose and the header row stood as
a heading; they stay rows, a line each, and the line above the header stays a line of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.clean.lines import split_lines
from ingest.clean.plain import join_plain_lines
from ingest.pipeline import ingest_file

DATA = Path(__file__).parent / "data" / "redteam31_leaflets"

PDF_TEXT = """Bloedsuiker meten
Voor de meting prikt u met een naaldje in de zijkant van een vingertop. Was eerst uw handen met warm
water, dan komt het bloed beter. Veeg de eerste druppel weg en gebruik de tweede druppel.
Wanneer meten
Moment Waarde Wat doen
Voor het ontbijt 4 tot 7 mmol/l niets, ga door zoals u gewend bent
Twee uur na het eten lager dan 10 mmol/l bel de praktijk als dit vaker hoger is
Schrijf elke meting op in uw dagboek, met de tijd erbij. Neem het dagboek mee naar elke controle
bij de praktijkondersteuner."""

TEXT_BROWSER = """Na de behandeling

Uw oog kan de eerste dagen wat branden of tranen. Dat is normaal en gaat vanzelf
over. Wrijf niet in uw oog.

 Wanneer Wat mag weer
 Dezelfde dag lezen en televisie kijken, met mate
 Na een week fietsen en licht huishoudelijk werk doen
 Na vier weken zwemmen, sporten en zwaar tillen

Heeft u veel pijn of ziet u slechter? Bel dan de polikliniek.
"""

# German capitalises its nouns: wrapped prose whose lines open with a capital and end no
# sentence, under a short heading of two capitals; the margin broke every line.
GERMAN_PROSE = """Nach der Untersuchung
Sie bleiben nach der Untersuchung zwei bis vier Stunden im Bett liegen und bekommen dort
Getränke und eine kleine Mahlzeit von der Pflegekraft, die auch den Druckverband am Arm
Regelmäßig kontrolliert und Ihnen sagt, wann Sie wieder aufstehen und umhergehen dürfen
Ohne dass die Einstichstelle in der Leiste oder am Handgelenk erneut zu bluten beginnt.
Trinken Sie viel Wasser."""


# A PDF's masthead: short lines from capitals, none ending a sentence, like a header over rows.
MASTHEAD = """Isala Hartcentrum
Afdeling Cardiologie Zwolle
Patiënteninformatie Hartkatheterisatie
Hartkatheterisatie
Bij een hartkatheterisatie maakt de cardioloog röntgenfoto's van de kransslagaders van uw hart. Zo
ziet de cardioloog of er vernauwingen zijn. Via een slagader in de pols of de lies schuift hij een
dun slangetje naar het hart. Het onderzoek duurt ongeveer een half uur."""


def _lines(text: str) -> list[str]:
    return [logical.text for logical in join_plain_lines(split_lines(text))]


def test_rows_one_space_apart_in_a_pdf_text_stay_lines(tmp_path):
    """No blank line anywhere: the header row and each row a line, the heading above them not
    glued to the paragraph before it, and the paragraph under them read on as prose."""
    assert _lines(PDF_TEXT)[2:] == [
        "Wanneer meten",
        "Moment Waarde Wat doen",
        "Voor het ontbijt 4 tot 7 mmol/l niets, ga door zoals u gewend bent",
        "Twee uur na het eten lager dan 10 mmol/l bel de praktijk als dit vaker hoger is",
        "Schrijf elke meting op in uw dagboek, met de tijd erbij. Neem het dagboek mee naar elke controle "
        "bij de praktijkondersteuner.",
    ]


def test_rows_one_space_apart_in_a_text_browser_dump_stay_lines():
    assert _lines(TEXT_BROWSER)[2:6] == [
        "Wanneer Wat mag weer",
        "Dezelfde dag lezen en televisie kijken, met mate",
        "Na een week fietsen en licht huishoudelijk werk doen",
        "Na vier weken zwemmen, sporten en zwaar tillen",
    ]


def test_a_header_row_is_no_heading(tmp_path):
    path = tmp_path / "folder.txt"
    path.write_text(PDF_TEXT, encoding="utf-8")
    passages = ingest_file(path).passages
    assert all("Moment Waarde Wat doen" not in passage.headings for passage in passages)
    assert any("Moment Waarde Wat doen\nVoor het ontbijt" in passage.text for passage in passages)


def test_wrapped_prose_whose_lines_open_with_capitals_stays_prose():
    assert _lines(GERMAN_PROSE) == ["Nach der Untersuchung", " ".join(GERMAN_PROSE.splitlines()[1:])]


def test_a_masthead_of_names_is_no_table():
    """Its lines are names: no word in lower case, where a table's cells say something."""
    assert all(logical.kind != "row" for logical in join_plain_lines(split_lines(MASTHEAD)))


@pytest.mark.parametrize("name, rows", [
    ("hartkatheterisatie.txt", "Toegang Drukverband Bedrust\nPols drukbandje 2 tot 4 uur niet nodig, u mag lopen\n"
                               "Lies drukverband of afsluitsysteem 2 tot 4 uur plat liggen\n\nDrink na het onderzoek"),
    ("knieartrose.txt", "Middel Hoe te gebruiken Let op\nParacetamol maximaal 3 keer per dag 1000 mg werkt vaak "
                        "maar beperkt\nDiclofenac-gel 3 tot 4 keer per dag op de knie smeren weinig bijwerkingen\n"),
    ("neuspoliepen.txt", "Na de operatie Advies\nEerste week niet snuiten, niet bukken, niet zwaar tillen\n"
                         "Vanaf dag 2 neus spoelen met zoutwater, 3 keer per dag\nNa 2 weken weer sporten en werken\n"
                         "Na 6 weken controle bij de KNO-arts"),
])
def test_red_team_tables_read_a_row_a_line(name, rows):
    passages = ingest_file(DATA / name).passages
    assert any(rows in passage.text for passage in passages)
    header = rows.split("\n")[0]
    assert all(header not in passage.headings for passage in passages)
