"""Red team 36: texi2any's HTML sets the manual's title twice, as its `<h1 class="settitle">` and
as the Top node's `<h1>`, the node's navigation line between them. Read twice, neither titled the
page, and the sender's line under them was a section of its own and named no publisher."""

from __future__ import annotations

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam36_leaflets"

BODY = ("<h2>Wat is hielspoor?</h2><p>Bij hielspoor is de peesplaat onder de voet geïrriteerd.</p>"
        "<h2>Vragen?</h2><p>Bel de poli op werkdagen.</p>")


def _ingest(tmp_path: Path, head: str, body: str = BODY):
    page = f"<html><head><title>Hielspoor</title></head><body>{head}{body}</body></html>"
    return ingest_file_as(tmp_path, "hielspoor.html", page, rooted=False)


def test_texi2anys_page_is_titled_once_and_names_its_sender():
    item = ingest_file(LEAFLETS / "pulled-elbow-en.html")
    assert item.leaflet.title == "Pulled elbow"
    assert item.leaflet.publisher == "Franciscus Gasthuis & Vlietland"
    assert item.passages[0].headings == ("1 What is a pulled elbow?",)
    assert not any("Emergency Department" in passage.text for passage in item.passages)


TEXI2ANY_TOP = ('<h1 class="settitle">Hielspoor</h1><div class="top" id="Top"><div class="nav-panel"><p>Next: '
                '<a href="#Wat" accesskey="n" rel="next">Wat is hielspoor?</a></p></div><h1 class="top">Hielspoor</h1>'
                "<p>Children’s Emergency Department – Franciscus Gasthuis &amp; Vlietland, Rotterdam</p></div>")


def test_a_heading_said_twice_in_a_row_is_one(tmp_path):
    item = _ingest(tmp_path, TEXI2ANY_TOP)
    assert item.leaflet.title == "Hielspoor"
    assert item.leaflet.publisher == "Franciscus Gasthuis & Vlietland"
    assert item.passages[0].headings == ("Wat is hielspoor?",)


def test_a_heading_said_again_after_words_stays(tmp_path):
    body = BODY + "<h2>Vragen?</h2><p>Mail ons.</p>"
    item = _ingest(tmp_path, "<h1>Hielspoor</h1>", body)
    assert [passage.headings[-1] for passage in item.passages].count("Vragen?") == 2
