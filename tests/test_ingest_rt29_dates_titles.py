"""Red team 29's dates and titles: ikiwiki's "Last edited Tue Nov 18 14:32:00 2025" (C's `%c`,
a day's name and the time inside the date) dates the page, and Emacs Muse's title loses the
author it names in brackets ("Acute bronchitis (by Longgeneeskunde, …)")."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.dates import find_updated
from ingest.html.headings import without_byline
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam29_leaflets"


@pytest.mark.parametrize(("line", "date"), [
    ("Last edited Tue Nov 18 14:32:00 2025", "2025-11-18"),
    ("Last edited Tue Nov 18 14:32:00 UTC 2025", "2025-11-18"),
    ("Last edited Tuesday, November 18, 2025", "2025-11-18"),
    ("Bijgewerkt op dinsdag 18 november 2025 om 14:32", "2025-11-18"),
    ("Laatst herzien: vrijdag 3 oktober 2025", "2025-10-03"),
])
def test_a_days_name_and_a_time_inside_the_date_are_read(line, date):
    assert find_updated(line) == date


def test_a_time_alone_is_no_date():
    assert find_updated("Last edited Tue Nov 18 14:32:00") == ""


def test_ikiwikis_page_is_dated_by_its_last_edit():
    assert ingest_file(LEAFLETS / "ringworm.html").leaflet.updated == "2025-11-18"


@pytest.mark.parametrize(("title", "kept"), [
    ("Acute bronchitis (by Longgeneeskunde, Spaarne Gasthuis Haarlem)", "Acute bronchitis"),
    ("Griep (door Huisartsenpraktijk De Linde)", "Griep"),
    ("Bevalling (door middel van een keizersnede)", "Bevalling (door middel van een keizersnede)"),
    ("Antibiotica (by mouth)", "Antibiotica (by mouth)"),
    ("Ziekte van Lyme (borreliose)", "Ziekte van Lyme (borreliose)"),
    ("(by Longgeneeskunde)", "(by Longgeneeskunde)"),
])
def test_an_author_in_brackets_after_the_title_goes(title, kept):
    assert without_byline(title) == kept


def test_muses_page_is_titled_without_its_author():
    item = ingest_file(LEAFLETS / "bronchitis.html")
    assert item.leaflet.title == "Acute bronchitis"
    assert not any("(by " in " ".join(passage.headings) + passage.text for passage in item.passages)
