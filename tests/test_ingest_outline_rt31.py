"""Red team 31's outline fixes, checked again (review of round 40): only the leaflet's own date
is split from the closing sentence it was glued under, not an evening's or an appointment's
"Datum:" line; a title line that carries an edition field is no date line, so the title stays;
a page that names itself takes its first heading for a title slide only where that heading says
the name; and a table's rows with no marks between cells are body a heading stands over."""

from __future__ import annotations

from pathlib import Path

import pytest
from leaflet_files import ingest_file_as

from ingest.clean import clean
from ingest.dates import is_date_line
from ingest.pipeline import ingest_file
from ingest.source import SourceText
from ingest.structure import find_outline

DATA = Path(__file__).parent / "data" / "redteam31_leaflets"


def _ingest(tmp_path: Path, name: str, text: str):
    return ingest_file_as(tmp_path, name, text, rooted=False)


def _texts(ingested) -> str:
    return "\n".join(passage.text for passage in ingested.passages)


EVENING = """Informatieavond over diabetes

Praat mee over leven met diabetes type 2. De avond is in de wachtkamer van de praktijk en begint om 19.30 uur.
Datum: 13 november 2025

Aanmelden

Meld u aan bij de assistente, telefoon 030 123 45 67. Er zijn twintig plaatsen.
"""


def test_an_events_date_under_its_sentence_stays_with_it(tmp_path):
    """The date of the evening the sentence tells of: no leaflet's date, wherever it stands."""
    assert "begint om 19.30 uur. Datum: 13 november 2025" in _texts(_ingest(tmp_path, "avond.txt", EVENING))


def test_a_closing_date_line_that_names_no_revision_stays(tmp_path):
    text = EVENING.replace("Datum: 13 november 2025\n", "") + "Kom op tijd, de deur gaat om 19.15 uur open.\n" \
        "Datum: 13 november 2025\n"
    assert _texts(_ingest(tmp_path, "avond.txt", text)).endswith("19.15 uur open. Datum: 13 november 2025")


def test_a_revision_date_glued_under_a_sentence_within_the_text_stays(tmp_path):
    """Only the closing paragraph's date line is the leaflet's: within the text it dates what
    the sentence above names."""
    text = EVENING.replace("Datum: 13 november 2025", "Bijgewerkt op 3 november 2025")
    assert "19.30 uur. Bijgewerkt op 3 november 2025" in _texts(_ingest(tmp_path, "avond.txt", text))


@pytest.mark.parametrize("closing", ["", "\nFolder CAR-114\n"])
def test_a_revision_date_closing_the_leaflet_is_metadata(tmp_path, closing):
    """Also where the leaflet's number, metadata in no section, stands after it."""
    text = EVENING.replace("Datum: 13 november 2025\n", "") + "Uitgave: oktober 2025\n" + closing
    ingested = _ingest(tmp_path, "avond.txt", text)
    assert "Uitgave" not in _texts(ingested) and ingested.leaflet.updated == "2025-10"


@pytest.mark.parametrize("line", ["Hartfalen – versie maart 2025", "Nieuwsbrief Longpunt – editie november 2025",
                                  "Locatie Zuid – uitgave maart 2025", "Informatieavond – uitgave 2025"])
def test_words_beside_an_editions_field_make_no_date_line(line):
    assert not is_date_line(line)


@pytest.mark.parametrize("line", ["Versie 4 – uitgave september 2025", "TD-012 versie 4 – uitgave mei 2024",
                                  "Folder nr. 1187 – editie 2024"])
def test_the_leaflets_number_beside_an_editions_field_makes_a_date_line(line):
    assert is_date_line(line)


def test_a_title_line_with_an_edition_field_stays_the_title(tmp_path):
    text = ("Hartfalen – versie maart 2025\n\nWat is hartfalen?\n\n"
            "Bij hartfalen pompt het hart minder goed. U wordt sneller moe en kortademig.\n\nLeefregels\n\n"
            "Weeg uzelf elke ochtend. Bel de hartfalenpoli als u in drie dagen meer dan twee kilo aankomt.\n")
    ingested = _ingest(tmp_path, "hf.txt", text)
    assert ingested.leaflet.title.startswith("Hartfalen") and ingested.leaflet.updated == "2025-03"


PAGE = ("<html lang='nl'><head><meta charset='utf-8'><title>Griepprik 2025</title></head><body>"
        "<h1>Locatie</h1><p>Gezondheidscentrum Overvecht, Zamenhofdreef 12, Utrecht</p>"
        "<h1>Wie krijgt een uitnodiging?</h1><p>U krijgt een uitnodiging als u 60 jaar of ouder bent.</p>"
        "<h1>Wat moet u meenemen?</h1><p>Neem de uitnodiging mee.</p></body></html>")


def test_a_titled_pages_first_section_over_an_address_stays_a_section(tmp_path):
    ingested = _ingest(tmp_path, "griep.html", PAGE)
    assert ingested.leaflet.title == "Griepprik 2025"
    assert ingested.passages[0].headings == ("Locatie",) and "Zamenhofdreef" in ingested.passages[0].text


def test_front_matters_title_decides_the_title_slide_too(tmp_path):
    text = ("---\ntitle: Griepprik 2025\n---\n\n# Waar?\n\nHuisartsenpraktijk De Linde, Lindelaan 4, Utrecht\n\n"
            "# Wie krijgt een uitnodiging?\n\nU krijgt een uitnodiging als u 60 jaar of ouder bent.\n")
    ingested = _ingest(tmp_path, "griep.md", text)
    assert ingested.leaflet.title == "Griepprik 2025"
    assert ingested.passages[0].headings == ("Waar?",) and "Lindelaan 4" in ingested.passages[0].text


def test_a_title_slide_that_says_the_files_own_name_is_the_title():
    """`<title>` may add the sender's name to the slide's words."""
    body = ("# Griepprik 2025\n\nHuisartsenpraktijk De Linde\n\n# Wie krijgt een uitnodiging?\n\n"
            "U krijgt een uitnodiging als u 60 jaar of ouder bent.\n")
    outline = find_outline(clean(SourceText(body, "markdown")), own_title="De Linde – Griepprik 2025")
    assert outline.title.startswith("Griepprik 2025")
    assert [section.headings for section in outline.sections] == [("Wie krijgt een uitnodiging?",)]


def test_a_heading_stands_over_a_tables_rows_with_no_marks_between_cells():
    text = ("Hartkatheterisatie\n\nHet onderzoek\nU ligt op een smalle tafel. De plek in de pols wordt verdoofd.\n"
            "Na het onderzoek\nToegang Drukverband Bedrust\nPols drukbandje 2 tot 4 uur niet nodig, u mag lopen\n"
            "Lies drukverband of afsluitsysteem 2 tot 4 uur plat liggen\n"
            "Drink na het onderzoek extra water. Meestal gaat u dezelfde dag naar huis.\n")
    outline = find_outline(clean(SourceText(text, "plain")))
    assert ("Na het onderzoek",) in [section.headings for section in outline.sections]


def test_a_line_over_items_that_go_on_its_sentence_is_no_heading():
    """Items in lower case with no marks (`group_blocks`) go on the line above: no table, no body
    a heading stands over."""
    text = ("Buikgriep bij kinderen\n\nBuikgriep gaat meestal vanzelf over. Geef uw kind vaak kleine slokjes water.\n\n"
            "Kinderen hebben vaak last van\nbuikpijn\ndiarree en overgeven\nkoorts\n\n"
            "Wanneer bellen?\nBel de huisarts als uw kind slap is of niet meer plast.\n")
    headings = [heading.text for heading in find_outline(clean(SourceText(text, "plain"))).headings]
    assert not any(heading.startswith("Kinderen") for heading in headings)


@pytest.mark.parametrize("name, heading, row", [
    ("hartkatheterisatie.txt", "Na het onderzoek", "Pols drukbandje 2 tot 4 uur"),
    ("knieartrose.txt", "Pijnstillers", "Paracetamol maximaal 3 keer per dag"),
])
def test_red_team_tables_stand_under_their_heading(name, heading, row):
    passages = ingest_file(DATA / name).passages
    assert any(passage.headings[-1:] == (heading,) and row in passage.text for passage in passages)
