"""Last-updated dates as leaflets state them."""

from __future__ import annotations

import pytest

from ingest.dates import find_updated, is_date_line


@pytest.mark.parametrize(("text", "iso"), [
    ("Laatste update, 2 juli 2025", "2025-07-02"),
    ("Laatst gewijzigd op 3 maart 2024", "2024-03-03"),
    ("Bijgewerkt: 12-05-2023", "2023-05-12"),
    ("Last updated 2 July 2025", "2025-07-02"),
    ("Last updated: July 2, 2025", "2025-07-02"),
    ("Laatst herzien: 2024-11-30", "2024-11-30"),
    ("tekst\nLaatste update 14 okt. 2022\nmeer", "2022-10-14"),
    ("Gastroscopie\nUitgave: mei 2024\nMaag-, Darm- en Leverziekten", "2024-05"),  # on a cover
    ("Uitgavedatum 12-03-2024", "2024-03-12"),
    ("Nazorg na een wondje\n\nLaatste revisie: 11-2024", "2024-11"),  # a Word template's footer line
    ("Laatste aanpassing: 3 mei 2024", "2024-05-03"),
])
def test_updated_dates(text, iso):
    assert find_updated(text) == iso


@pytest.mark.parametrize("text", [
    "Op 2 juli 2025 is er een bijeenkomst.", "Laatste update, 31 februari 2025", "geen datum",
    "Deze uitgave is gratis voor patiënten sinds 2024.",
])
def test_no_date_when_the_text_does_not_state_an_update(text):
    assert find_updated(text) == ""


def test_date_lines():
    assert is_date_line("Laatste update, 2 juli 2025")
    assert not is_date_line("De behandeling is bijgewerkt op 2 juli 2025 en sindsdien veel beter geworden.")


@pytest.mark.parametrize("text, expected", [
    ("Publicatiedatum: 01-03-2019\n\nTekst van de folder.\n\nLaatst herzien: 12-05-2024", "2024-05-12"),
    ("Datum: 12 maart 2025, 10.30 uur polikliniek\n\nLaatst bijgewerkt: 2 juli 2024", "2024-07-02"),
    ("Sinds het protocol is herzien in maart 2019 krijgt u een katheter.\n\nNijmegen, maart 2024", "2024-03"),
    ("Sinds het protocol is herzien in maart 2019 krijgt u een katheter.", "2019-03"),
])
def test_a_last_updated_statement_outranks_other_dates(text, expected):
    assert find_updated(text) == expected
