"""A web page's admonition (docutils writes a `.. warning::` as `<aside class="admonition
warning">`) is text wherever it stands in the `<main>`: as the last thing in it, it was taken
for a sidebar and dropped (red team 22, the warning that ends an RST leaflet)."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import ingest_file

BODY = ("<h1>Lumbaalpunctie</h1><p>Bij een lumbaalpunctie haalt de neuroloog met een dunne naald wat hersenvocht "
        "uit uw onderrug.</p>")


def _page(tmp_path: Path, main: str) -> Path:
    page = tmp_path / "folder.html"
    page.write_text("<!doctype html><html lang='nl'><head><title>Lumbaalpunctie</title></head><body>"
                    f"<main>{main}</main></body></html>", encoding="utf-8")
    return page


def test_an_admonition_aside_ending_the_main_is_text(tmp_path):
    aside = ("<aside class='admonition warning'><p>Waarschuwing</p><p>Bel direct de polikliniek als u koorts "
             "krijgt met een stijve nek.</p></aside>")
    assert "stijve nek" in ingest_file(_page(tmp_path, BODY + aside)).text


def test_a_sidebar_aside_ending_the_main_is_still_no_text(tmp_path):
    aside = "<aside class='sidebar'><p>Bezoektijden van het ziekenhuis zijn van tien tot acht uur.</p></aside>"
    assert "Bezoektijden" not in ingest_file(_page(tmp_path, BODY + aside)).text
