"""Leaflets made by real programs (red team 12, `tests/data/redteam12_leaflets/`): what a
word processor's PDF, Ghostscript, a browser's print and pdftotext hand over, read right."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ingest.catalog import load_catalog
from ingest.pipeline import ingest_file

FOLDER = Path(__file__).resolve().parent / "data" / "redteam12_leaflets"


@cache
def _read(name: str):
    return ingest_file(FOLDER / name, root=FOLDER, catalog=load_catalog(FOLDER / "catalog.toml"))


def _passages(name: str) -> dict[tuple[str, ...], str]:
    return {p.headings: p.text for p in _read(name).passages}


def test_a_numbered_lists_numbers_stand_apart_from_their_items():
    """LibreOffice sets an item a tab stop after its number: it read "1.Gebruikt u
    bloedverdunners … 2.U mag gewoon eten …", one run-on line."""
    items = _passages("aambeien-rubberbandligatie.pdf")[("Voorbereiding",)].split("\n")
    assert [item[:3] for item in items] == ["1. ", "2. ", "3. ", "4. "]
    assert items[1] == "2. U mag gewoon eten en drinken op de dag van de behandeling."


def test_a_bordered_two_column_tables_rows_stay_rows():
    """Rows ran together: "Werken (zittend werk) Meestal de volgende dag weer mogelijk Zwaar
    tillen en persen Twee weken vermijden". Their cells stand apart too, as the rule between
    them does (red team 14)."""
    rows = _passages("aambeien-rubberbandligatie.pdf")[("Na de behandeling",)].split("\n")
    assert "Werken (zittend werk) | Meestal de volgende dag weer mogelijk" in rows
    assert "Zwaar tillen en persen | Twee weken vermijden" in rows


def test_ghostscripts_byte_swapped_ligatures_read_as_letters():
    """Ghostscript's pdfwrite wrote "ti", "ft", "fi" byte-swapped: "De opera琀椀e", "houd
    minstens 琀椀en minuten stevige druk", "昀椀stel"; exact search found no "fistel"."""
    leaflet = _read("dialyseshunt.pdf")
    text = " ".join(p.text for p in leaflet.passages)
    assert not any("\u3400" <= c <= "\u9fff" for c in text + "".join(h for p in leaflet.passages for h in p.headings))
    assert ("De operatie",) in _passages("dialyseshunt.pdf")
    assert "tien minuten" in text and "fistel" in text and "blijft bloeden" in text
    assert leaflet.leaflet.updated == "2024-11"  # "Laatste revisie: 11-2024"


def test_a_printed_web_page_keeps_its_text_only():
    """Chromium's print of a hospital page: the cookie bar (printed on every page), share and
    feedback bars, site footer, breadcrumb, menu and department line stood in passages."""
    leaflet = _read("trommelvliesbuisjes.pdf")
    text = "\n".join(p.text for p in leaflet.passages)
    for interface in ("cookies", "Deel deze pagina", "nuttig?", "Home ›", "Privacy", "Bezoekers"):
        assert interface not in text, interface
    assert leaflet.leaflet.title == "Trommelvliesbuisjes bij kinderen"
    assert all(p.headings for p in leaflet.passages)  # no line of the cover makes a passage of its own
    assert "duurt ongeveer tien minuten" in _passages("trommelvliesbuisjes.pdf")[("De ingreep",)]


def test_pdftotexts_running_header_is_no_section_and_its_bullets_join_their_items():
    passages = _passages("allergie-immunotherapie.txt")
    assert not any("Allergiecentrum" in " ".join(headings) for headings in passages)
    assert "Een rode, jeukende zwelling op de prikplek" in passages[("Injecties",)]
    assert "• drinkt u geen alcohol;" in passages[("Injecties",)]
    assert "\uf0b7" not in "".join(passages.values())


def test_a_pandoc_pages_date_dates_it_after_any_stated_update(tmp_path):
    """pandoc writes a document's `date:` as `<meta name="dcterms.date">`: the leaflet was
    listed as undated (and stale). A modification date, where a page states one, comes first."""
    assert _read("slapeloosheid.html").leaflet.updated == "2025-01-20"
    body = "<h1>Wondzorg</h1><p>Houd het wondje droog en schoon. Verwissel de pleister elke dag.</p>"
    for head, updated in [('<meta name="dcterms.date" content="2025-01-20">', "2025-01-20"),
                          ('<meta name="dcterms.date" content="2025-01-20">'
                           '<meta name="dcterms.modified" content="2025-03-02">', "2025-03-02")]:
        path = tmp_path / "wond.html"
        path.write_text(f"<html><head><title>Wondzorg</title>{head}</head><body><main>{body}</main></body></html>")
        assert ingest_file(path).leaflet.updated == updated
