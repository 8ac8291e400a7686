"""Red team 54's kiosk page (html5lib `itertext`): its tile menu, a run of the page's own section
titles with no "Inhoud" over it, is furniture, not a passage; and a section's own list of steps,
which names the next sections in passing, does not make them its subsections."""

from __future__ import annotations

from pathlib import Path

from ingest.clean import clean
from ingest.page_menu import without_page_menu
from ingest.source import SourceText
from ingest.structure import find_outline
from leaflet_files import ingest_file_as

DATA = Path(__file__).parent / "data" / "redteam54_leaflets"

_SECTIONS = (
    "Wat is griep?\nGriep is een infectie met het influenzavirus. U wordt er flink ziek van.\n\n"
    "Klachten\nU krijgt koorts, spierpijn en hoofdpijn. De klachten duren ongeveer een week.\n\n"
    "Wat kunt u zelf doen?\nRust veel en drink genoeg. Paracetamol helpt tegen de koorts.\n\n"
    "Wanneer belt u de huisarts?\nBel als u benauwd wordt of als de koorts na vijf dagen niet zakt.\n"
)
_HEAD = "Griep\nHuisartsenpraktijk De Linde, Zeist\nLaatst bijgewerkt: 3 maart 2026\n\n"
_MENU = "Wat is griep?\nKlachten\n› Wat kunt u zelf doen\n4. Wanneer belt u de huisarts?\n\n"


def _headings(ingested) -> list[list[str]]:
    return [list(passage.headings) for passage in ingested.passages]


def test_a_tile_menu_before_the_first_sentence_is_furniture(tmp_path):
    ingested = ingest_file_as(tmp_path, "griep.txt", _HEAD + _MENU + _SECTIONS)
    assert _headings(ingested) == [["Wat is griep?"], ["Klachten"], ["Wat kunt u zelf doen?"],
                                   ["Wanneer belt u de huisarts?"]]
    assert ingested.passages[0].text.startswith("Griep is een infectie")


def test_the_menu_lines_come_back_as_furniture():
    text, menu = without_page_menu(_HEAD + _MENU + _SECTIONS)
    assert menu == ["Wat is griep?", "Klachten", "› Wat kunt u zelf doen", "4. Wanneer belt u de huisarts?"]
    assert text.count("Klachten") == 1 and text.startswith(_HEAD)


def test_a_list_after_an_introduction_sentence_stays():
    intro = "In deze folder leest u:\n"
    text, menu = without_page_menu(_HEAD + intro + _MENU + _SECTIONS)
    assert menu == [] and text == _HEAD + intro + _MENU + _SECTIONS


def test_two_entries_are_no_menu():
    text, menu = without_page_menu(_HEAD + "Wat is griep?\nKlachten\n\n" + _SECTIONS)
    assert menu == []


def test_a_list_under_a_heading_naming_only_some_later_headings_stays():
    symptoms = "Griep\n\nKlachten\nKoorts\nSpierpijn\nHoofdpijn\n\n"
    body = ("Koorts\nDe koorts is vaak hoog.\n\nSpierpijn\nDe spieren doen pijn.\n\n"
            "Hoofdpijn\nHet hoofd bonst.\n\nBehandeling\nRust veel.\n\nContact\nBel de praktijk.\n")
    text, menu = without_page_menu(symptoms + body)
    assert menu == []


def test_an_entry_out_of_order_ends_the_menu():
    menu_lines = "Klachten\nWat is griep?\nWat kunt u zelf doen?\n\n"
    text, menu = without_page_menu(_HEAD + menu_lines + _SECTIONS)
    assert menu == []


def test_the_kiosk_page_has_no_passage_of_section_titles_and_siblings_stay_siblings(tmp_path):
    ingested = ingest_file_as(tmp_path, "reanimatie-aed.txt", (DATA / "reanimatie-aed.txt").read_bytes())
    assert _headings(ingested) == [["Iemand zakt in elkaar"], ["De stappen"], ["Borstcompressies"], ["De AED"],
                                   ["Burgerhulpverlener worden"], ["Bang om iets verkeerd te doen?"],
                                   ["Cursus en contact"]]
    assert ingested.passages[0].text.startswith("Bij een hartstilstand")


def _levels(text: str) -> list[tuple[str, int]]:
    return [(heading.text, heading.level) for heading in find_outline(clean(SourceText(text, "plain"))).headings]


def test_a_sections_own_steps_do_not_adopt_the_next_headings():
    text = ("Folder\n\nDe stappen\n\nLaat iemand de AED halen.\n\nBegin met borstcompressies.\n\n"
            "Borstcompressies\n\nDruk vijf centimeter diep, honderd keer per minuut.\n\n"
            "De AED\n\nZet het apparaat aan en volg de instructies.")
    assert _levels(text) == [("Folder", 1), ("De stappen", 2), ("Borstcompressies", 2), ("De AED", 2)]


def test_an_announcement_over_its_list_still_nests_the_headings_it_names():
    text = ("Folder\n\nVormen\n\nWe onderscheiden twee vormen:\n\n- de natte vorm\n- de droge vorm\n\n"
            "Natte vorm\n\nTekst over nat.\n\nDroge vorm\n\nTekst over droog.")
    assert _levels(text) == [("Folder", 1), ("Vormen", 2), ("Natte vorm", 3), ("Droge vorm", 3)]


def test_a_contents_list_under_its_heading_goes_with_the_heading(tmp_path):
    ingested = ingest_file_as(tmp_path, "griep.txt", _HEAD + "Inhoudsopgave\n" + _MENU + _SECTIONS)
    assert "Inhoudsopgave" not in "\n".join(passage.text for passage in ingested.passages)
    assert _headings(ingested)[0] == ["Wat is griep?"]
