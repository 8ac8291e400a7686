"""Dates of red team 24: "Versie 11 maart 2026" is the 11th of March, not version 11 of
March; a revision table ("Herzieningen" over "Nummer Datum Beschrijving Naam") dates the
leaflet by its newest row, never a collaborators table's build day."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.dates import find_updated
from ingest.pipeline import ingest_file

DATA = Path(__file__).parent / "data" / "redteam24_leaflets"


@pytest.mark.parametrize("text, iso", [
    ("Versie 11 maart 2026", "2026-03-11"),
    ("Bevolkingsonderzoek darmkanker | Versie 11 maart 2026", "2026-03-11"),
    ("Version 11 March 2026", "2026-03-11"),
    ("Versie 3.1 maart 2026", "2026-03"),  # a dotted number is a version
    ("Versie 3.1, 12-05-2024", "2024-05-12"),
    ("TD-012 versie 4, januari 2025 | pagina 1", "2025-01"),
])
def test_a_day_after_versie_is_the_dates_day(text, iso):
    assert find_updated(text) == iso


def test_a_revision_table_dates_the_leaflet_by_its_newest_row():
    text = ("HERZIENINGEN\nNUMMER DATUM BESCHRIJVING NAAM\n3.0 14 december 2025 Faricimab toegevoegd MvdB\n"
            "2.1 3 maart 2023 Tekst nagelezen JK\n\n1.0 1 juni 2020 Eerste versie JK\n")
    assert find_updated(text, unlabelled=True) == "2025-12-14"
    oldest_first = "Revision History\nRevision | Date | Description\n1.0 | 2020-06-01 | First\n2.0 | 2024-02-03 | Second\n"
    assert find_updated(oldest_first) == "2024-02-03"


def test_a_collaborators_table_or_a_table_without_a_date_column_dates_nothing():
    assert find_updated("MEDEWERKERS\nACTIE NAAM DATUM\nGESCHREVEN DOOR 5 december 2025\n", unlabelled=True) == ""
    assert find_updated("Herzieningen\nDe richtlijn is herschreven.\n3 maart 2023 bijeenkomst\n") == ""


def test_the_docbook_leaflet_is_dated_by_its_revision_history():
    assert ingest_file(DATA / "maculadegeneratie.pdf").leaflet.updated == "2025-12-14"
