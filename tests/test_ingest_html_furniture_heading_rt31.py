"""A heading over nothing but page furniture goes with it (review of red team 31's fixes): left
empty, it read as the parent of the section after it."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import ingest_file


def _passages(tmp_path: Path, body: str) -> list[tuple[tuple[str, ...], str]]:
    page = tmp_path / "page.html"
    page.write_text("<html lang='nl'><head><meta charset='utf-8'><title>Hielspoor</title></head><body>"
                    f"<div id='content'><h1>Hielspoor</h1><h2>Wat is het?</h2><p>Hielspoor is pijn onder de hiel "
                    f"bij het opstaan. Het gaat vaak vanzelf over.</p>{body}<h2>Wanneer belt u?</h2><p>Bel de "
                    "huisarts als de pijn na zes weken niet minder is.</p></div></body></html>", encoding="utf-8")
    return [(passage.headings, passage.text) for passage in ingest_file(page).passages]


def test_a_heading_over_a_loose_share_bar_goes_with_it(tmp_path):
    passages = _passages(tmp_path, "<h2>Deel deze pagina</h2> Deel via: <a href='#'>Facebook</a> "
                                   "<a href='#'>WhatsApp</a> <a href='#'>E-mail</a>\n")
    assert [headings for headings, _ in passages] == [("Wat is het?",), ("Wanneer belt u?",)]


def test_a_heading_over_a_share_bar_and_a_subsection_stays(tmp_path):
    """The heading heads a subsection too: it is a section's title, not the bar's."""
    passages = _passages(tmp_path, "<h2>Meer weten</h2><div><a href='#'>Facebook</a> <a href='#'>WhatsApp</a>"
                                   "</div><h3>Steunzolen</h3><p>Steunzolen kunnen de hiel ontlasten.</p>")
    assert (("Meer weten", "Steunzolen"), "Steunzolen kunnen de hiel ontlasten.") in passages
