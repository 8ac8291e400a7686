"""Red team 30: xmlto's `txt` of a DocBook article sets its revision history ("Wijzigingsgeschiedenis"
over "Herziening 2   2025-06-30   MvdB" rows, no header row) under the title. Its label ran into the
title as a subtitle, nothing dated the leaflet by its rows, and the rows stood as the first passage."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.clean import clean
from ingest.dates import find_updated
from ingest.pipeline import ingest_file
from ingest.source import SourceText
from ingest.structure import find_outline
from ingest.text import load_text

DATA = Path(__file__).parent / "data" / "redteam30_leaflets"
BODY = "Een schimmel groeit graag tussen de tenen. Houd uw voeten droog en was ze elke dag."
HISTORY = ("Wijzigingsgeschiedenis\nHerziening 2        2025-06-30      MvdB\nHormoontherapie bijgewerkt\n"
           "Herziening 1        2022-03-14      AK\nEerste uitgave\n")


@pytest.mark.parametrize("text, iso", [
    (HISTORY, "2025-06-30"),
    ("Revision History\nRevision 0.3   March 5, 2024   jd\nRevision 0.2   January 9, 2023   jd\n", "2024-03-05"),
    ("Versiegeschiedenis\nVersie 1.1, 12-01-2023, AK\nVersie 1.2, 3 maart 2024, JK\n", "2024-03-03"),
])
def test_the_newest_numbered_row_of_a_revision_history_dates_the_leaflet(text, iso):
    assert find_updated(text) == iso


def test_a_revision_label_over_body_text_dates_nothing():
    assert find_updated("Wijzigingsgeschiedenis\nVersie 2 van de richtlijn kwam in 2019 uit.\n") == ""


def test_a_plain_texts_revision_history_is_furniture_not_text():
    text = f"Voetschimmel\n\n{HISTORY}\nWat is het?\n\n{BODY}\n"
    source = load_text(text.encode(), "voet.txt")
    assert "Herziening" not in source.text and "Wijzigingsgeschiedenis" not in source.text
    assert "Herziening 2        2025-06-30      MvdB" in source.furniture
    assert "Wat is het?" in source.text


def test_a_revision_table_sharing_its_paragraph_with_text_stays():
    text = f"Voetschimmel\n\nWijzigingsgeschiedenis\nHerziening 1   2022-03-14   AK\n{BODY}\n{BODY}\n"
    assert "Herziening 1" in load_text(text.encode(), "voet.txt").text


@pytest.mark.parametrize("label", ["Wijzigingsgeschiedenis", "Revision History", "Versiegeschiedenis",
                                   "Inhoudsopgave", "Table of Contents"])
def test_a_cover_label_of_the_documents_bookkeeping_is_no_subtitle(label):
    outline = find_outline(clean(SourceText(f"# Voetschimmel\n\n{label}\n\n## Wat is het?\n\n{BODY}\n", "markdown")))
    assert outline.title == "Voetschimmel"


def test_red_team_30_xmlto_leaflet_has_its_title_date_and_no_revision_passage():
    item = ingest_file(DATA / "overgangsklachten.txt")
    assert item.leaflet.title == "Opvliegers en andere overgangsklachten"
    assert item.leaflet.updated == "2025-06-30"
    assert not any("Herziening" in passage.text for passage in item.passages)
