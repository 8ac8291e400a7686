"""Web pages as red team 15 found them read wrongly: Astro Starlight's "Laatst bewerkt:
<time>" line, its Dutch "last updated", dated nothing (frozen-shoulder.html)."""

from __future__ import annotations

from pathlib import Path

from ingest.dates import find_updated
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam15_leaflets"
TEXT = "Bij een frozen shoulder wordt uw schouder eerst pijnlijk en daarna steeds stijver."


def test_a_last_edited_line_dates_the_page(tmp_path):
    """Starlight ends each page with "Laatst bewerkt: <time datetime=...>30 sep 2025</time>"
    beside its "Bewerk pagina" link (English: "Last updated"); "bewerkt" was no update word,
    so the leaflet had no date and counted as stale."""
    page = tmp_path / "schouder.html"
    page.write_text(
        "<!doctype html><html lang='nl'><head><title>Frozen shoulder</title></head><body><main>"
        f"<div class='sl-markdown-content'><h1>Frozen shoulder</h1><p>{TEXT}</p><p>{TEXT}</p></div>"
        "<footer class='sl-flex'><div class='meta sl-flex'><a href='https://x.example/edit'>Bewerk pagina</a> "
        "<p>Laatst bewerkt: <time datetime='2025-09-30T00:00:00.000Z'>30 sep 2025</time></p></div></footer>"
        "</main></body></html>", encoding="utf-8")
    assert ingest_file(page).leaflet.updated == "2025-09-30"
    assert find_updated("Last edited: 12 March 2025", language="en") == "2025-03-12"
    assert ingest_file(LEAFLETS / "frozen-shoulder.html").leaflet.updated == "2025-09-30"


def test_a_tip_box_keeps_the_title_its_label_reads_out(tmp_path):
    """Starlight's `:::caution[Diabetes]` is an `<aside aria-label="Diabetes">` whose visible
    title line is `aria-hidden` (the label says it to screen readers): it was dropped with
    what is hidden. A hidden line that is not the box's label stays out."""
    body = ("<p class='starlight-aside__title' aria-hidden='true'><svg viewBox='0 0 24 24'><path d='M1 1'/>"
            "</svg>Diabetes</p><p aria-hidden='true'>icoon</p><div><p>Heeft u diabetes? Na een injectie kan "
            "uw bloedsuiker een paar dagen hoger zijn.</p></div>")
    page = tmp_path / "schouder.html"
    page.write_text(
        "<!doctype html><html lang='nl'><head><title>X</title></head><body><main><div>"
        f"<h1>Frozen shoulder</h1><p>{TEXT}</p><h2>Behandeling</h2><p>{TEXT}</p>"
        f"<aside aria-label='Diabetes' class='starlight-aside starlight-aside--caution'>{body}</aside>"
        f"<h2>Oefeningen</h2><p>{TEXT}</p></div></main></body></html>", encoding="utf-8")
    text = ingest_file(page).text
    assert "Diabetes\n\nHeeft u diabetes?" in text and "icoon" not in text
    shown = ingest_file(LEAFLETS / "frozen-shoulder.html").text
    assert "Goed om te weten\n\nBij ongeveer één op de zes" in shown
