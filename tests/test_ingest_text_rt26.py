"""Red team 26: a clinic's name in a title block, and a pdfminer text's contents page."""
import pytest

from ingest.dates import find_updated

SENTENCE = "\n\nDeze folder geeft u informatie over de operatie. Lees hem goed door.\n"


@pytest.mark.parametrize("department", ["Preoperatief Spreekuur", "Spreekuur Kindergeneeskunde"])
def test_a_consultation_hour_that_sends_the_leaflet_leaves_its_date_the_leaflets(department):
    """A "spreekuur" is a department, no event: the date under it dates the leaflet."""
    text = f"Nuchter zijn voor uw operatie\n\n{department}\n\n1 oktober 2025{SENTENCE}"
    assert find_updated(text, unlabelled=True) == "2025-10-01"


@pytest.mark.parametrize("block", ["Titel\n\nSpreekuur | 3 december 2025", "Titel\n\nInloopspreekuur · 3 december 2025"])
def test_a_consultation_hours_field_still_dates_the_appointment(block):
    assert find_updated(block + SENTENCE, unlabelled=True) == ""
