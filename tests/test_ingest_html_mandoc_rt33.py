"""A manual page mandoc made (`mandoc -T html -O toc`, red team 33), read as a man2html page is:
titled by its NAME line, which mandoc breaks after the page's name; its sections, each an
`<h1>` as the title is, under the title; its frame (the table over it and the one under it)
no text, but what dates the page and names its source."""

from __future__ import annotations

from pathlib import Path

from ingest.html.man_page import read_man_page
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam33_leaflets"

MANDOC = """<!DOCTYPE html>
<html>
<head><meta charset="utf-8"/><title>OORONTSTEKING(7)</title></head>
<body>
<table class="head"><tr><td class="head-ltitle">OORONTSTEKING(7)</td>
<td class="head-vol">Miscellaneous Information Manual</td><td class="head-rtitle">OORONTSTEKING(7)</td></tr></table>
<div class="manual-text">
<section class="Sh"><h1 class="Sh" id="NAAM"><a class="permalink" href="#NAAM">NAAM</a></h1>
<p class="Pp"><code class="Nm">oorontsteking</code> &#x2014;
    <span class="Nd">middenoorontsteking bij kinderen</span></p></section>
<section class="Sh"><h1 class="Sh" id="WAT_IS_HET?"><a class="permalink" href="#WAT_IS_HET?">WAT IS HET?</a></h1>
<p class="Pp">Bij een middenoorontsteking is de ruimte achter het trommelvlies ontstoken. Het komt vaak
    voor bij jonge kinderen, meestal na een verkoudheid.</p></section>
<section class="Sh"><h1 class="Sh" id="WAT_KUNT_U_DOEN?"><a class="permalink" href="#WAT_KUNT_U_DOEN?">WAT KUNT U
  DOEN?</a></h1>
<p class="Pp">Geef paracetamol tegen de pijn. Laat uw kind goed drinken. Bel de huisarts als de koorts na
    drie dagen niet minder wordt.</p></section>
</div>
<table class="foot"><tr><td class="foot-date">2 februari 2026</td>
<td class="foot-os">Huisartsenpraktijk De Linde</td></tr></table>
</body>
</html>"""


def test_red_team_mandoc_page():
    ingested = ingest_file(LEAFLETS / "trigeminusneuralgie.html")
    leaflet = ingested.leaflet
    assert leaflet.title == "Trigeminusneuralgie – aangezichtspijn, patiëntenfolder van de afdeling Neurologie"
    assert leaflet.publisher == "Ziekenhuis Oost-Achterhoek"
    assert leaflet.updated == "2025-10-14"
    paths = [passage.headings for passage in ingested.passages]
    assert paths[:3] == [("Uitgever",), ("Wat is trigeminusneuralgie?",), ("Klachten",)]  # as man2html's
    assert not any("NAAM" in heading or "Naam" in heading for path in paths for heading in path)
    assert not any(passage.text.startswith("trigeminusneuralgie") for passage in ingested.passages)
    assert not any("TRIGEMINUSNEURALGIE(7)" in passage.text for passage in ingested.passages)


def test_a_mandoc_page_is_titled_by_its_name_line_and_framed(tmp_path):
    """No date line and no publisher's section: the frame's footer dates the page and names its
    source, as `man`'s footer does for a page rendered to text."""
    page = tmp_path / "oorontsteking.html"
    page.write_text(MANDOC, encoding="utf-8")
    ingested = ingest_file(page)
    assert ingested.leaflet.title == "Oorontsteking – middenoorontsteking bij kinderen"
    assert ingested.leaflet.updated == "2026-02-02"
    assert ingested.leaflet.publisher == "Huisartsenpraktijk De Linde"
    assert [passage.headings for passage in ingested.passages] == [("Wat is het?",), ("Wat kunt u doen?",)]
    assert not any("Manual" in passage.text or "(7)" in passage.text for passage in ingested.passages)


def test_a_name_line_broken_after_the_name_is_one_line():
    page = read_man_page("# NAAM\n\noorontsteking\n— middenoorontsteking bij kinderen\n\n# WAT IS HET?\n\n"
                         "Een ontsteking achter het trommelvlies.")
    assert page is not None and page.title == "Oorontsteking – middenoorontsteking bij kinderen"
    assert page.text.split("\n\n")[:2] == ["# Oorontsteking – middenoorontsteking bij kinderen", "## Wat is het?"]


def test_a_name_section_of_two_paragraphs_is_no_name_line():
    assert read_man_page("# NAAM\n\noorontsteking - ontsteking\n\nNog een alinea.\n\n# WAT IS HET?\n\nTekst.") is None
