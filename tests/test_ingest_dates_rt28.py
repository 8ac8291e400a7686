"""Dates of red team 28: English ordinal days ("Last updated 5th January 2026") are read,
and a wiki's byline with a timestamp under the title (TiddlyWiki's subtitle "assistente"
run on into "5th January 2026 at 10:15am") is page metadata that dates the page, no passage."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.dates import find_updated, is_date_line
from ingest.pipeline import ingest_file


@pytest.mark.parametrize("text, iso", [
    ("Last updated 5th January 2026", "2026-01-05"),
    ("Last reviewed: 2nd February 2026", "2026-02-02"),
    ("Last updated January 3rd, 2026", "2026-01-03"),
    ("Last updated on the 21st of March 2025", "2025-03-21"),
    ("Published 1st April 2024", "2024-04-01"),
])
def test_an_english_ordinal_day_is_read(text, iso):
    assert find_updated(text, language="en", unlabelled=True) == iso
    assert is_date_line(text)


@pytest.mark.parametrize("line", ["assistente5th January 2026 at 10:15am", "Jan de Vries 5 januari 2026 om 10:15"])
def test_a_byline_with_a_timestamp_under_the_title_dates_the_leaflet(line):
    assert is_date_line(line)
    assert find_updated(f"# Waterwratjes\n\n{line}\n\nWaterwratjes zijn kleine bultjes.", unlabelled=True) \
        == "2026-01-05"


@pytest.mark.parametrize("line", ["Opname op 5 januari 2026 om 10:00", "Dinsdag 12 maart 2026 om 19:30",
                                  "Uw afspraak 5 januari 2026 om 10:00", "Informatieavond 12 maart 2026 om 19:30"])
def test_an_appointment_with_its_time_is_no_byline(line):
    assert not is_date_line(line)
    assert find_updated(f"# Waterwratjes\n\n{line}\n\nWaterwratjes zijn kleine bultjes.", unlabelled=True) == ""


_TIDDLER = """<html><head><title>Waterwratjes</title></head><body><section class="tc-story-river">
<div class="tc-tiddler-frame" role="article"><div class="tc-tiddler-title"><h2 class="tc-title">Waterwratjes</h2></div>
<div class="tc-subtitle"><a class="tc-tiddlylink" href="assistente.html">assistente</a>5th January 2026 at 10:15am</div>
<div class="tc-tiddler-body"><h1>Wat zijn waterwratjes?</h1><p>Waterwratjes zijn kleine, glanzende bultjes op de huid.
Ze zijn huidkleurig of parelachtig en hebben vaak een kuiltje in het midden.</p>
<h1>Behandelen of niet?</h1><p>Meestal raden we aan om waterwratjes niet te behandelen, want het doet pijn.</p>
</div></div></section></body></html>"""


def test_a_tiddlers_subtitle_is_no_passage_and_dates_the_page(tmp_path: Path):
    page = tmp_path / "waterwratjes.html"
    page.write_text(_TIDDLER, encoding="utf-8")
    ingested = ingest_file(page)
    assert ingested.leaflet.updated == "2026-01-05"
    assert not any("10:15" in passage.text for passage in ingested.passages)
