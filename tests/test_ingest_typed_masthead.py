"""A typed leaflet's masthead: the sender in capitals, the leaflet's number and, set apart by
spaces on the same line, its date. The date dates the leaflet, and the title is the line in
capitals under the masthead, not the masthead."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.pipeline import ingest_file

SECTIONS = """
Wat is een whiplash?
Een whiplash ontstaat als het hoofd plotseling heen en weer zwiept,
meestal bij een aanrijding van achteren. De spieren en banden in de
nek worden daarbij overrekt.

Wat kunt u zelf doen?
Blijf bewegen. Rust helpt niet: een nek die stil wordt gehouden,
wordt stijver en doet langer pijn.
"""


@pytest.mark.parametrize("stamp, updated", [
    ("versie: juni 2019", "2019-06"),
    ("Datum: 3-2-2026", "2026-02-03"),
])
def test_a_date_set_apart_on_the_masthead_line_dates_the_leaflet(tmp_path: Path, stamp, updated):
    path = tmp_path / "whiplash.txt"
    path.write_text("REGIONAAL ZIEKENHUIS NOORDOOST - AFDELING FYSIOTHERAPIE \n"
                    f"Patientenvoorlichting nr. FT-031                    {stamp}\n\n"
                    f"WHIPLASH: KLACHTEN AAN DE NEK NA EEN ONGELUK\n{SECTIONS}", encoding="utf-8")
    item = ingest_file(path)
    assert item.leaflet.updated == updated
    assert item.leaflet.title == "Whiplash: klachten aan de nek na een ongeluk"
    assert [p.headings for p in item.passages if p.headings] == [("Wat is een whiplash?",),
                                                               ("Wat kunt u zelf doen?",)]


def test_a_date_in_a_sentence_after_a_wide_gap_stays_in_its_sentence(tmp_path: Path):
    path = tmp_path / "afspraak.txt"
    path.write_text("Uw afspraak\n\nKom naar de poli op       3 maart 2026 om 9.00 uur.\n", encoding="utf-8")
    assert "Kom naar de poli op 3 maart 2026 om 9.00 uur." in ingest_file(path).text


def test_a_masthead_in_capitals_does_not_run_into_the_line_in_ordinary_type_under_it():
    """a2ps keeps the typed text's trailing spaces, which mark its wrapped lines: the masthead
    in capitals had the leaflet's number run into it, and the two were taken for the title."""
    item = ingest_file(Path(__file__).parent / "data" / "redteam16_leaflets" / "whiplash.pdf")
    assert item.leaflet.title == "Whiplash: klachten aan de nek na een ongeluk"
    assert item.leaflet.updated == "2019-06"
