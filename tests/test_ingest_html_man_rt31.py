"""Web pages made by man2html (red team 31): its `.IP` items as a definition list whose terms
are only a bullet or a number, each section's text loose after its heading, the page's name in
capitals as the title with the NAME line under it."""

from __future__ import annotations

from pathlib import Path

from ingest.html.man_page import read_man_page
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam31_leaflets"


CLOSING = ("<h2>Wanneer naar de huisarts?</h2><p>Neem contact op met uw huisarts als de jeuk na twee weken niet "
           "minder wordt, als er vocht of pus uit het oor komt, of als u slechter gaat horen. Bij koorts en veel "
           "pijn belt u dezelfde dag. Buiten kantoortijden belt u de huisartsenpost.</p>")


def _page(tmp_path: Path, body: str) -> Path:
    page = tmp_path / "page.html"
    page.write_text("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Jeuk bij de oren</title>"
                    f"</head><body>{body}{CLOSING}</body></html>", encoding="utf-8")
    return page


def test_a_definition_list_of_marks_is_a_list(tmp_path):
    """A `<dt>` that is only a bullet or an item number is the item's mark, not a term."""
    page = _page(tmp_path, "<h1>Jeuk bij de oren</h1><h2>Wat doet u?</h2><dl compact>"
                 "<dt>&bull;<dd>Krab niet in de oren.<dt>&bull;<dd>Gebruik geen wattenstaafjes.</dl>"
                 "<h2>Zo druppelt u</h2><dl><dt>1.<dd>Houd het hoofd schuin.<dt>2.<dd>Druppel twee druppels."
                 "</dl><h2>Woorden</h2><dl><dt>Otitis<dd>Een ontsteking van de gehoorgang.</dl>")
    texts = [passage.text for passage in ingest_file(page).passages][:-1]
    assert texts == ["• Krab niet in de oren.\n• Gebruik geen wattenstaafjes.",
                     "1. Houd het hoofd schuin.\n2. Druppel twee druppels.",
                     "• Otitis: Een ontsteking van de gehoorgang."]


def test_words_loose_after_a_heading_are_its_paragraph(tmp_path):
    """Text set straight in the body after a heading, in no box, reads under the heading;
    loose links alone after one (a share bar) stay out."""
    page = _page(tmp_path, "<h1>Jeuk bij de oren</h1><h2>Afdeling</h2>\n"
                 "Polikliniek KNO, Ziekenhuis Oost, locatie Zuid, route 42\n<a name='x'>&nbsp;</a>"
                 "<h2>Wat is het?</h2><a href='#'>Facebook</a> <a href='#'>X</a>"
                 "<p>Jeuk in de gehoorgang komt vaak door een droge huid of eczeem.</p>")
    passages = ingest_file(page).passages
    assert [(passage.headings[-1], passage.text) for passage in passages][:-1] == [
        ("Afdeling", "Polikliniek KNO, Ziekenhuis Oost, locatie Zuid, route 42"),
        ("Wat is het?", "Jeuk in de gehoorgang komt vaak door een droge huid of eczeem.")]


def test_a_man_page_is_titled_by_its_name_line():
    markdown = ("# OORJEUK\n\nSection: Folders (7)\\\nUpdated: 3 maart 2025\nIndex\n\n## NAAM\n\n"
                "oorjeuk - Jeuk in de gehoorgang\n\n## WAT IS HET?\n\nJeuk in de gehoorgang is vaak onschuldig. "
                "Het komt door een droge huid.\n\n## WAT MERKT U?\n\nU heeft jeuk.")
    page = read_man_page(markdown)
    assert page is not None and page.title == "Oorjeuk – Jeuk in de gehoorgang"
    assert page.furniture == ("Section: Folders (7)", "Updated: 3 maart 2025", "Index")
    assert page.text.split("\n\n")[:3] == ["# Oorjeuk – Jeuk in de gehoorgang", "## Wat is het?",
                                           "Jeuk in de gehoorgang is vaak onschuldig. Het komt door een droge huid."]
    assert "## Wat merkt u?" in page.text  # capitals are the man convention, "MERKT" no abbreviation


def test_a_leaflet_that_opens_otherwise_is_no_man_page():
    assert read_man_page("# Oorjeuk\n\n## Wat is het?\n\nJeuk in de oren. Het komt vaak voor.") is None


def test_an_ordinary_page_keeps_a_name_like_first_line(tmp_path):
    """Without a converter's mark, "x - y" under the first heading is the leaflet's own text."""
    page = _page(tmp_path, "<h1>Oorjeuk</h1><h2>Wat is het?</h2><p>Oorjeuk - jeuk in de gehoorgang</p>"
                 "<h2>Wat doet u?</h2><p>Krab niet in de oren en houd ze droog.</p>")
    ingested = ingest_file(page)
    assert ingested.leaflet.title == "Oorjeuk"
    assert ingested.passages[0].text == "Oorjeuk - jeuk in de gehoorgang"


def test_red_team_man2html_page():
    ingested = ingest_file(LEAFLETS / "zweepslag.html")
    assert ingested.leaflet.title == "Zweepslag in de kuit"  # the NAME line says "zweepslag" once (rt34)
    passages = {passage.headings[-1]: passage.text for passage in ingested.passages}
    assert passages["Uitgever"] == "Sportfysiotherapie Het Kuitenpad, Leiden"
    assert passages["Eerste hulp: de eerste twee dagen"].startswith(
        "1. Stop direct met sporten.\n2. Koel de kuit")
    assert passages["Wat merkt u?"].startswith("• Een plotselinge, scherpe pijn midden in de kuit.\n• Lopen")
    assert not any("Index" in text or "Section:" in text or "•:" in text for text in passages.values())
    assert not any("Index" in heading for passage in ingested.passages for heading in passage.headings)
