"""Date phrasings of red team 13: a guideline or leaflet dates its version with the words of
a guideline ("versie 4, vastgesteld 3 februari 2025", "Versie 3, geautoriseerd 12-03-2024",
"versie 2 d.d. 12-03-2024"); the same words about an appointment, a diagnosis or a
protocol in a sentence date nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.dates import find_updated
from ingest.pipeline import ingest_leaflets

LEAFLETS = Path(__file__).parent / "data" / "redteam13_leaflets"


@pytest.mark.parametrize("text, iso", [
    ("Afdeling KNO, Ziekenhuis Oostergoo – versie 4, vastgesteld 3 februari 2025", "2025-02-03"),
    ("Versie 3, geautoriseerd 12-03-2024", "2024-03-12"),
    ("Versie 2.1 – gereviseerd maart 2024", "2024-03"),
    ("Gereviseerd: maart 2024", "2024-03"),
    ("Geautoriseerd op 4 mei 2024", "2024-05-04"),
    ("Deze folder is geaccordeerd op 4 mei 2024.", "2024-05-04"),
    ("Versie 4 d.d. 3 februari 2025", "2025-02-03"),
    ("Folder KNO-012 | versie 2 d.d. 12-03-2024", "2024-03-12"),
    ("Vastgesteld d.d. 3-2-2025", "2025-02-03"),
])
def test_a_guidelines_words_date_its_version(text, iso):
    assert find_updated(text) == iso


@pytest.mark.parametrize("text", [
    "Uw afspraak is vastgesteld op 3 februari 2025.",
    "De diagnose werd vastgesteld op 3 mei 2024.",
    "Het protocol is versie 4, vastgesteld 3 februari 2025 door de vereniging.",
    "Uw brief d.d. 3 maart 2024",
    "Afspraak d.d. 3 maart 2024 om 10 uur",
    "Uw machtiging is geautoriseerd op 4 mei 2024 door de verzekeraar.",
    "Uw verwijzing, versie 2, geaccordeerd op 5 maart 2025 door uw verzekeraar.",
    "Uw verwijzing, versie 2, geaccordeerd op 5 maart 2025",
    "Afdeling KNO – versie 2, geaccordeerd op 5 maart 2025 door uw verzekeraar.",
])
def test_the_same_words_about_something_else_date_nothing(text):
    assert find_updated(text) == ""


def test_the_bppv_page_is_dated_by_its_version_line():
    assert ingest_leaflets(LEAFLETS / "bppv-duizeligheid.html")[0].leaflet.updated == "2025-02-03"


def test_a_version_in_a_sentence_leaves_the_copyright_to_date_the_leaflet():
    text = ("Wij volgen de richtlijn van de NVN, versie 4, vastgesteld op 3 februari 2019, en uw arts.\n\n"
            "© 2024 Ziekenhuis Oostergoo")
    assert find_updated(text) == "2024"


@pytest.mark.parametrize("text, iso", [
    ("KNO-012 - versie 2, geaccordeerd op 5 maart 2025 | pagina 2", "2025-03-05"),
    ("versie 4, vastgesteld 3 februari 2025", "2025-02-03"),
])
def test_a_version_field_dates_the_leaflet_when_its_date_ends_the_field(text, iso):
    assert find_updated(text) == iso
