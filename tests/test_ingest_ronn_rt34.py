"""A manual page ronn made from Markdown (Ronn-NG, red team 34), read as mandoc's is: its header
and footer lists (`ol.man-decor`) are its frame, not its text, but the footer dates the page and
names its source; its NAME line, broken before its dash, titles it."""

from __future__ import annotations

from pathlib import Path

from ingest.html.man_page import is_converted_man_page, read_man_page
from ingest.man import name_title
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam34_leaflets"

RONN = """<!DOCTYPE html>
<html>
<head><meta name='generator' content='Ronn-NG/v0.9.1'><title>hielspoor(7) - hielspoor en hielpijn</title></head>
<body id='manpage'>
<div class='mp' id='man'>
<ol class='man-decor man-head man head'>
<li class='tl'>hielspoor(7)</li><li class='tc'>Folders</li><li class='tr'>hielspoor(7)</li>
</ol>
<h2 id="NAAM">NAAM</h2>
<p class="man-name"><code>hielspoor</code> - <span class="man-whatis">pijn onder de hiel</span></p>
<h2 id="WAT-IS-HET-">WAT IS HET?</h2>
<p>Bij hielspoor is de peesplaat onder de voet geprikkeld waar hij aan het hielbeen vastzit. De pijn
is 's ochtends bij de eerste stappen het ergst.</p>
<h2 id="WAT-KUNT-U-DOEN-">WAT KUNT U DOEN?</h2>
<p>Draag schoenen met een stevige hak en doe elke dag rekoefeningen voor de kuit en de voetzool.</p>
<ol class='man-decor man-foot man foot'>
<li class='tl'>Podotherapiepraktijk Veluwezoom</li><li class='tc'>maart 2026</li><li class='tr'>hielspoor(7)</li>
</ol>
</div>
</body>
</html>"""


def test_red_team_ronn_page():
    ingested = ingest_file(LEAFLETS / "impingement-schouder.html")
    leaflet = ingested.leaflet
    assert leaflet.title == "Impingement van de schouder"
    assert leaflet.publisher == "Orthopedisch Centrum Kennemerland"
    assert leaflet.updated == "2025-12-12"  # "Laatst herzien: 12 december 2025", in the footer's month
    paths = [passage.headings for passage in ingested.passages]
    assert paths[:3] == [("Uitgever",), ("Wat is impingement?",), ("Klachten",)]
    assert not any("impingement(7)" in passage.text or "Patiëntenfolders" in passage.text
                   or "December 2025" in passage.text for passage in ingested.passages)
    assert not any(passage.text.startswith("impingement -") for passage in ingested.passages)


def test_a_ronn_page_is_titled_by_its_name_line_and_framed(tmp_path):
    page = tmp_path / "hielspoor.html"
    page.write_text(RONN, encoding="utf-8")
    ingested = ingest_file(page)
    assert ingested.leaflet.title == "Hielspoor – pijn onder de hiel"
    assert ingested.leaflet.updated == "2026-03"
    assert ingested.leaflet.publisher == "Podotherapiepraktijk Veluwezoom"
    assert [passage.headings for passage in ingested.passages] == [("Wat is het?",), ("Wat kunt u doen?",)]
    assert not any("Folders" in passage.text or "(7)" in passage.text or "Veluwezoom" in passage.text
                   for passage in ingested.passages)


def test_a_page_with_a_list_of_its_own_is_no_man_page():
    assert is_converted_man_page(RONN)
    assert not is_converted_man_page("<ol class='steps'><li>Was uw handen.</li></ol>")


def test_a_name_line_broken_before_its_dash_is_one_line():
    page = read_man_page("## NAME\n\nhielspoor\n\\- pijn onder de hiel\n\n## WAT IS HET?\n\nTekst.")
    assert page is not None and page.title == "Hielspoor – pijn onder de hiel"


def test_a_name_line_whose_subject_opens_with_the_name_says_it_once():
    assert name_title("impingement - Impingement van de schouder") == "Impingement van de schouder"
    assert name_title("ls - list directory contents") == "Ls – list directory contents"
    assert name_title("jicht - jichtaanval in de grote teen") == "Jicht – jichtaanval in de grote teen"
