"""Date phrasings of red team 11: a check of the text dates it ("Deze informatie is voor het
laatst gecontroleerd in april 2025"), a check of something else does not; a footer's
leaflet code may be one letter and a number ("folder K-112 | september 2024")."""

from __future__ import annotations

import pytest

from ingest.dates import find_updated


@pytest.mark.parametrize("text, iso", [
    ("Deze informatie is voor het laatst gecontroleerd in april 2025.", "2025-04"),
    ("Laatst gecontroleerd: april 2025", "2025-04"),
    ("Last checked: 3 May 2025", "2025-05-03"),
    ("Kindergeneeskunde | folder K-112 | september 2024", "2024-09"),
    ("Kindergeneeskunde | folder K-112 | september 2024 | pagina 1 van 3", "2024-09"),
    ("K-112 · mei 2024", "2024-05"),
])
def test_the_leaflets_own_check_or_code_dates_it(text, iso):
    assert find_updated(text) == iso


@pytest.mark.parametrize("text", [
    "De arts heeft uw bloed voor het laatst gecontroleerd in april 2025.",
    "Uw bloedwaarden worden gecontroleerd in april 2025.",
    "Stap K-112 | 3 mei 2024",
    "Gecontroleerd op 12 maart 2025 door de wondverpleegkundige.",  # a wound's check, not the text's
    "Gecontroleerd: 12-05-2024",
    "Laatst gewijzigd: 12 mei 2099",  # a date to come is no update (an event, an appointment, a slip)
    "Bij COVID-19 | 2024",
])
def test_a_check_of_something_else_dates_nothing(text):
    assert find_updated(text) == ""
