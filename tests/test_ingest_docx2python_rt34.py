"""Red team 34: docx2python's text of a Word leaflet. It sets the page's header over the text
("Ziekenhuis Gelderse Poort · MDL · patiënteninformatie"), the footer once at its end ("MDL-041
... · pagina 2 van 2") and each bulleted paragraph as "--" and a tab. The header was the title,
the footer a passage, the items no list and the heading over them no heading."""

from __future__ import annotations

from pathlib import Path

from ingest.clean.lines import BULLET
from ingest.pipeline import ingest_file

LEAFLET = Path(__file__).parent / "data" / "redteam34_leaflets" / "darmpoliepen.txt"
PROSE = "Jicht is een ontsteking van een gewricht. Het gewricht wordt dik, rood en pijnlijk.\n"


def test_the_docx2python_leaflet_has_its_title_list_and_no_footer():
    item = ingest_file(LEAFLET)
    assert item.leaflet.title == "Poliepen in de dikke darm"
    assert item.leaflet.publisher == "Ziekenhuis Gelderse Poort"
    assert item.leaflet.updated == "2026-02"
    headings = [passage.headings[-1] for passage in item.passages]
    assert headings[:4] == ["Wat zijn darmpoliepen?", "Waarom weghalen?", "Hoe gaat het weghalen?", "Na het weghalen"]
    assert headings[-1] == "Wanneer bellen?"
    after = item.passages[3].text.split("\n")
    assert len(after) == 4 and all(line.startswith("• ") for line in after)
    assert not any("pagina 2 van 2" in p.text or "--" in p.text for p in item.passages)


def test_docx2pythons_marker_is_a_bullet_and_a_dash_in_a_word_is_not():
    assert BULLET.match("--\tVermijd zwaar tillen.")
    assert not BULLET.match("--Vermijd")
    assert not BULLET.match("Maag-, Darm- en Leverziekten")


def test_a_header_line_of_sender_department_and_kind_is_no_title(tmp_path):
    path = tmp_path / "jicht.txt"
    path.write_text(f"Ziekenhuis De Linde · Reumatologie · patiënteninformatie\n\nJicht\n\nWat is jicht?\n\n{PROSE}"
                    f"\nBehandeling\n\n--\tRust.\n\n--\tIjs.\n", encoding="utf-8")
    item = ingest_file(path)
    assert item.leaflet.title == "Jicht"
    assert item.leaflet.publisher == "Ziekenhuis De Linde"
    assert "• Rust." in item.passages[-1].text
