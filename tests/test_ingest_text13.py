"""A text browser's dump (`lynx -dump`), red team 13's finding 4: the list of link addresses at
its end ("References", "1. https://...") became a passage that came first for unrelated
questions, the site's menu and breadcrumb became the first passage, link marks stayed in
sentences ("hoe de [9]allergoloog de diagnose stelt"), the footer's "© Ziekenhuis" was glued
to the last sentence, and the title was the file's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.pipeline import ingest_file, ingest_leaflets
from ingest.text import without_link_list

LEAFLETS = Path(__file__).parent / "data" / "redteam13_leaflets"

DUMP = """   [1]Home | [2]Voor patiënten | [3]Afdelingen |
   [4]Contact

   [5]Home > [6]Afdelingen > Hooikoorts

                                   Hooikoorts

   Vraag het aan de [7]allergoloog van ons ziekenhuis als de tabletten
   niet helpen tegen de klachten van uw neus en ogen in het voorjaar.

Behandeling

   Meer over de behandeling leest u in de folder [8]Immunotherapie. Bel
   bij vragen de polikliniek via het [9]patiëntenportaal.
   [10]Privacy | [11]Cookies | © 2024 Rijnstreek
   Ziekenhuis

References

   1. https://h.example.nl/
   2. https://h.example.nl/patienten
   3. https://h.example.nl/afdelingen
   4. https://h.example.nl/contact
   5. https://h.example.nl/
   6. https://h.example.nl/afdelingen
   7. https://h.example.nl/allergoloog
   8. https://h.example.nl/folders/immunotherapie
   9. https://mijn.example.nl/
  10. https://h.example.nl/privacy
  11. https://h.example.nl/cookies
"""


def _ingested(tmp_path, text: str, name: str = "hooikoorts.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return ingest_file(path)


def test_a_lynx_dump_reads_as_the_page_it_shows(tmp_path):
    item = _ingested(tmp_path, DUMP)
    assert item.leaflet.title == "Hooikoorts"
    assert [(passage.headings, passage.text) for passage in item.passages] == [
        ((), "Vraag het aan de allergoloog van ons ziekenhuis als de tabletten niet helpen tegen de klachten "
             "van uw neus en ogen in het voorjaar."),
        (("Behandeling",), "Meer over de behandeling leest u in de folder Immunotherapie. Bel bij vragen de "
                           "polikliniek via het patiëntenportaal."),
    ]


def test_a_w3m_dump_numbers_its_addresses_in_brackets():
    dump = DUMP.replace("References", "References:")
    for number in range(11, 0, -1):
        dump = dump.replace(f"{number:>4}. https", f"[{number}] https")
    assert "[1] https" in dump and "[11] https" in dump
    (text, interface), (lynx_text, lynx_interface) = without_link_list(dump), without_link_list(DUMP)
    assert text == lynx_text and interface[:3] == lynx_interface[:3]
    assert interface[3:] == ["References:"] + [line.strip() for line in dump.split("\n") if "] https" in line]


def test_the_menus_of_a_dump_are_furniture_that_may_date_it(tmp_path):
    text, interface = without_link_list(DUMP)
    assert interface[:4] == ["Home | Voor patiënten | Afdelingen | Contact", "Home > Afdelingen > Hooikoorts",
                             "Privacy | Cookies | © 2024 Rijnstreek Ziekenhuis", "References"]
    assert interface[4:] == [f"{number}. https://{address}" for number, address in enumerate([
        "h.example.nl/", "h.example.nl/patienten", "h.example.nl/afdelingen", "h.example.nl/contact", "h.example.nl/",
        "h.example.nl/afdelingen", "h.example.nl/allergoloog", "h.example.nl/folders/immunotherapie",
        "mijn.example.nl/", "h.example.nl/privacy", "h.example.nl/cookies"], start=1)]
    assert "[" not in text and "https://" not in text and "References" not in text
    assert _ingested(tmp_path, DUMP).leaflet.updated == "2024"


@pytest.mark.parametrize("text", [
    pytest.param("Uit onderzoek blijkt dat dit werkt [1]. Ook bij kinderen [2]Zie ook de bijlage.\n\n"
                 "References\n\n1. Jansen J. Hooikoorts. NTVG 2020.\n2. Smit P. Allergie. 2021.\n", id="literature"),
    pytest.param("Zie [1]thuisarts en [3]apotheek.nl voor meer.\n\nReferences\n\n   1. https://thuisarts.nl/\n",
                 id="a mark the list does not number"),
    pytest.param("Zie [1]thuisarts voor meer.\n\nReferences\n\n   1. https://thuisarts.nl/\n", id="one mark"),
])
def test_a_text_that_is_no_dump_stays_as_it_is(text):
    assert without_link_list(text) == (text, [])


CITED = ("Hooikoorts\n\nAntihistaminica helpen bij de meeste mensen [1]. Een neusspray met corticosteroïden\n"
         "werkt beter [2], zegt de richtlijn.\n\n{label}\n\n1. https://richtlijnen.example.nl/hooikoorts\n"
         "2. https://www.example.org/nasal-steroids\n")


@pytest.mark.parametrize("label", ["Referenties", "References", "Verwijzingen"])
def test_a_leaflets_citations_before_its_list_of_sources_stay(label):
    text = CITED.format(label=label)
    assert without_link_list(text) == (text, [])


def test_a_long_run_of_blanks_in_a_menu_is_read_once():
    """A menu's separators are looked for from the start of a run of blanks only: 200,000
    blanks and no separator after them took the search minutes (each blank a new start)."""
    links = "\n\nReferences\n\n   1. https://h.example.nl/\n   2. https://h.example.nl/contact\n"
    body, interface = without_link_list("   [1]Home" + " " * 200_000 + "[2]Contact" + links)
    assert body.split("\n")[0].split() == ["Home", "Contact"] and interface[0] == "References"
    body, interface = without_link_list("   [1]Home" + " " * 200_000 + "| [2]Contact" + links)
    assert interface[0] == "Home | Contact"


def test_a_sentence_of_links_is_no_menu():
    text = ("   [1]Thuisarts en [2]de apotheek geven meer uitleg over hooikoorts.\n\nReferences\n\n"
            "   1. https://thuisarts.nl/\n   2. https://apotheek.nl/\n")
    assert without_link_list(text)[0].split("\n")[0] == "   Thuisarts en de apotheek geven meer uitleg over hooikoorts."


def test_the_red_team_dump_has_no_menu_marks_or_addresses():
    item = ingest_leaflets(LEAFLETS / "hooikoorts.txt")[0]
    assert item.leaflet.title == "Hooikoorts"
    texts = [passage.text for passage in item.passages]
    assert not any("[" in text or "https://" in text or "Home" in text for text in texts)
    assert "References" not in {heading for passage in item.passages for heading in passage.headings}
    assert texts[-1].endswith("U kunt ook een vraag stellen via het patiëntenportaal.")
