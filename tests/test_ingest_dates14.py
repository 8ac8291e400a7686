"""Dates printed without a label (red team 14): a date that stands alone as a line of the
title block (LaTeX's `\\maketitle`, a pandoc title block) or as a field of a running footer
dates the leaflet; a date in a sentence, after a label line or further down does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.dates import find_updated
from ingest.pipeline import ingest_leaflets

LEAFLETS = Path(__file__).parent / "data" / "redteam14_leaflets"
TITLE_BLOCK = "Zwangerschapsdiabetes\n\nAfdeling Verloskunde\n\n{date}\n\nTijdens de zwangerschap maakt de placenta hormonen.\n"


@pytest.mark.parametrize(("date", "iso"), [
    ("3 december 2025", "2025-12-03"),
    ("8 januari 2026.", "2026-01-08"),
    ("maart 2024", "2024-03"),
    ("2024-05-14", "2024-05-14"),
])
def test_a_bare_date_in_the_title_block_dates_the_leaflet(date, iso):
    assert find_updated(TITLE_BLOCK.format(date=date), unlabelled=True) == iso


@pytest.mark.parametrize(("footer", "iso"), [
    ("Patiënteninformatie | 3 december 2025 Pagina", "2025-12-03"),
    ("3 december 2025 Pagina", "2025-12-03"),
    ("2025-12-03 Pagina 1 van 2", "2025-12-03"),
    ("Afdeling KNO · mei 2024", "2024-05"),
])
def test_a_bare_date_field_of_the_running_footer_dates_the_leaflet(footer, iso):
    assert find_updated("Titel\n\nEen zin over iets.\n", footer, unlabelled=True) == iso


@pytest.mark.parametrize(("text", "furniture"), [
    ("Titel\n\nUw afspraak is op 3 december 2025 om 10.00 uur.\n", ""),  # in a sentence
    ("Uw afspraak:\n\n3 december 2025\n\nNeem uw medicijnen mee.\n", ""),  # after a label line
    ("Titel\n\nU bent opgenomen omdat uw kind ziek is en veel hoest. Wij behandelen het.\n\n"
     "3 december 2025\n", ""),  # below the title block
    ("Titel\n\nEen zin.\n", "Spreekuur 3 december 2025 | pagina 2"),  # not the whole field
    ("Titel\n\nEen zin.\n", "03-12-2025 14:05 Titel van de pagina"),  # a browser's print stamp
    ("Titel\n\n2019\n\nEen zin.\n", ""),  # a year alone is no bare date
])
def test_a_date_elsewhere_is_no_bare_date(text, furniture):
    assert find_updated(text, furniture, unlabelled=True) == ""


def test_bare_dates_count_only_where_asked():
    assert find_updated(TITLE_BLOCK.format(date="3 december 2025")) == ""


def test_a_labelled_date_outranks_a_bare_one_and_a_bare_one_a_copyright_year():
    text = TITLE_BLOCK.format(date="3 december 2025")
    assert find_updated(text + "\nLaatst herzien: maart 2024\n", unlabelled=True) == "2024-03"
    assert find_updated(text + "\n© 2023 Isala Zuid\n", unlabelled=True) == "2025-12-03"


@pytest.mark.parametrize(("name", "iso"), [
    ("zwangerschapsdiabetes.pdf", "2026-12-03"),  # LaTeX: under \maketitle and in the fancyhdr footer
    ("acne.pdf", "2026-01-08"),  # pandoc title block through mutool
])
def test_the_red_team_leaflets_are_dated_by_their_bare_date(name, iso):
    assert ingest_leaflets(LEAFLETS / name)[0].leaflet.updated == iso


SENTENCE = "\n\nDeze folder geeft u informatie over het onderzoek. Lees hem goed door.\n"


@pytest.mark.parametrize("block", [
    "Coloscopie\n\nUw afspraak\n\n3 februari 2025",  # under a form's field
    "Groeicurve\n\nNaam kind\n\nGeboortedatum\n\n4 mei 2023",  # a birth date
    "Informatieavond diabetes\n\n12 maart 2024",  # an event's date
    "Onderzoek naar nierziekte\n\nDe NIERSTUDIE\n\n1 januari 2020",  # a study's date
])
def test_a_bare_date_under_a_field_label_or_in_an_events_title_block_is_no_update(block):
    """Under a form's field ("Uw afspraak", "Geboortedatum") or in the title block of an
    event or a study, a date dates the appointment, the birth, the event: not the leaflet."""
    assert find_updated(block + SENTENCE, unlabelled=True) == ""


def test_a_footer_date_right_after_a_label_field_is_no_update():
    assert find_updated("Titel\n\nEen zin.\n", "Afspraak | 3 december 2025 Pagina 1", unlabelled=True) == ""
