"""Red team 54, findings 2.3 and 2.4: a hall kiosk's page (html5lib's `itertext`) and a waiting
room's narrowcasting page (domino's `textContent`) read back as DOM text, each element's text run
into the next: the attract screen's call and the weather as the title, the clock glued to the
publisher, a sentence cut inside a name ("HartslagNu") and its first half made a heading, a table's
last row a heading, the player's script and credit in the contact passage."""

from pathlib import Path

from ingest.clean.furniture import is_ui_line
from ingest.code_blocks import is_program_line
from ingest.glued_blocks import unglued_blocks
from ingest.pipeline import ingest_leaflets
from ingest.screen_widgets import without_screen_widgets
from ingest.web_dump import without_page_chrome

LEAFLETS = Path(__file__).parent / "data" / "redteam54_leaflets"
# Blocks run together as a DOM text writes them: enough sentence seams for `is_glued`.
GLUED = ("Over de ziekte.Het is erfelijk.Het komt weinig voor.Dat is alles.\n"
         "Burgerhulpverlener worden\n"
         "Als u zich aanmeldt bij HartslagNu, krijgt u een bericht als iemand in uw buurt hulp nodig heeft.\n"
         "Wie eHealth gebruikt, kan thuis meten. Gebruik de app op uw iPhone.\n")


def _ingest(tmp_path: Path, text: str):
    path = tmp_path / "scherm.txt"
    path.write_text(text, encoding="utf-8")
    return ingest_leaflets(path, root=tmp_path)[0]


def test_a_name_with_a_capital_inside_is_no_glue_point():
    lines = unglued_blocks(GLUED).split("\n")
    assert "Als u zich aanmeldt bij HartslagNu, krijgt u een bericht als iemand in uw buurt hulp nodig heeft." in lines
    assert "Als u zich aanmeldt bij Hartslag" not in lines
    assert "Wie eHealth gebruikt, kan thuis meten. Gebruik de app op uw iPhone." in lines


def test_a_glued_table_is_set_a_row_a_line():
    text = GLUED + ("Deze tabel laat zien hoe lang ze duren.\n"
                    "KlachtDuur zonder antibioticaOorontsteking4 dagenKeelpijn1 weekHoesten3 weken\n"
                    "Hoesten na een verkoudheid houdt dus vaak lang aan.\n")
    lines = unglued_blocks(text).split("\n")
    assert ["Klacht  Duur zonder antibiotica", "Oorontsteking  4 dagen", "Keelpijn  1 week", "Hoesten  3 weken"] \
        == lines[lines.index("Deze tabel laat zien hoe lang ze duren.") + 1:][:4]


def test_a_line_of_text_with_numbers_is_no_table():
    line = "Neem 2 tabletten per dag.Neem ze in met water.Stop na 5 dagen.Bel bij koorts.Bel 112."
    assert "2 tabletten per dag" in unglued_blocks(line)
    assert "Neem  2" not in unglued_blocks(line)


def test_a_screen_s_clock_weather_and_queue_call_are_no_text():
    text = ("Gezondheidscentrum De Boomgaard08:00Nieuwegein 7°C bewolkt\nNu aan de beurt: balie 2, nummer A-041\n\n"
            "Antibiotica: niet altijd nodig\nBijgewerkt: januari 2026\n\nAntibiotica werken alleen tegen bacteriën.\n"
            "Bewaar de drank beneden 25 °C.\nNarrowcasting door SchermNL · speler WK-03 · playlist bijgewerkt 09:12\n")
    lines = without_screen_widgets(text).split("\n")
    assert lines[0] == "Gezondheidscentrum De Boomgaard"
    assert not any("°C bewolkt" in line or "A-041" in line or "Narrowcasting" in line for line in lines)
    assert "Bewaar de drank beneden 25 °C." in lines


def test_a_text_without_widgets_is_left_alone():
    text = "Koorts\n\nBoven 38 °C heeft u koorts.\nMeet 's ochtends om 08:00 uur.\nPlaylist\n"
    assert without_screen_widgets(text) == text


def test_script_notices_and_kiosk_buttons_are_no_text():
    assert is_program_line('if (slides.length) { slides[0].classList.add("active"); setInterval(next, SLIDE_MS); }')
    assert not is_program_line("Als u koorts heeft (boven 38 graden) {zie hieronder}")
    for line in ("Dit scherm heeft JavaScript nodig.", "Tik op het scherm om te beginnenTouch the screen to start",
                 "◀ Terug⌂ HomePrint deze pagina",
                 "Deze zuil gaat na 60 seconden zonder aanraking terug naar het beginscherm."):
        assert is_ui_line(line), line
    assert not is_ui_line("Terug")
    assert not is_ui_line("Druk op het scherm om te beginnen met de oefening en adem rustig.")


def test_a_trail_whose_last_step_the_title_repeats_closes_the_masthead():
    text = ("Tik hier\nZiekenhuis WestNLEN\nA+ Grotere letters\nInformatiezuil › Hart en vaten › Reanimeren\n\n"
            "Reanimeren\nBij een hartstilstand telt elke minuut.\n")
    kept, furniture = without_page_chrome(text)
    assert kept.split("\n")[:4] == ["", "", "", ""]
    assert "Ziekenhuis WestNLEN" in furniture


def test_kiosk_page_reads_its_title_and_sections():
    item = ingest_leaflets(LEAFLETS / "reanimatie-aed.txt", root=LEAFLETS)[0]
    assert item.leaflet.title == "Reanimeren en een AED gebruiken"
    headings = [passage.headings for passage in item.passages]
    assert ("Burgerhulpverlener worden",) in headings
    assert not any("Hartslag" in heading for found in headings for heading in found)
    text = "\n".join(passage.text for passage in item.passages)
    assert "Als u zich aanmeldt bij HartslagNu, krijgt u" in text
    assert "Diepte 5 tot 6 centimeter" in text
    assert "Terug" not in text and "beginscherm" not in text and "Touch the screen" not in text


def test_narrowcasting_page_reads_its_title_publisher_and_table():
    item = ingest_leaflets(LEAFLETS / "antibiotica.txt", root=LEAFLETS)[0]
    assert item.leaflet.title == "Antibiotica: niet altijd nodig"
    assert item.leaflet.publisher == "Gezondheidscentrum De Boomgaard"
    table = next(passage for passage in item.passages if "Hoesten 3 weken" in passage.text)
    assert table.headings == ("Hoe lang duren veelvoorkomende infecties?",)
    assert not any("Hoesten3" in heading for passage in item.passages for heading in passage.headings)
    text = "\n".join(passage.text for passage in item.passages)
    for gone in ("classList", "JavaScript", "Narrowcasting", "A-041", "bewolkt"):
        assert gone not in text, gone
