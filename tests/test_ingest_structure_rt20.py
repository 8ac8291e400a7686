"""Red team 20's cover and heading lines read as text: a w3m dump set a page's section heading
("Bel direct") over its box's bold lead ("Bel direct de huisarts als"), and the short line
ended the section before as a stub; txt2html set a laboratory's name over the title and a
subtitle under it, each a passage of its own (the subtitle the first card for a question)."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import ingest_file

BODY = "Een operatie aan het kaakgewricht is zelden nodig. Meestal helpen oefeningen en rust."


def _ingested(tmp_path: Path, text: str, name: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return ingest_file(path)


def test_a_short_line_that_the_heading_under_it_repeats_is_no_text(tmp_path):
    text = ("Klachten van het kaakgewricht\n\nBehandeling\n\n"
            "Gaan de klachten niet over, dan kan de kaakchirurg u doorverwijzen naar een\n"
            f"fysiotherapeut.\n\n{BODY}\n\nBel direct\n\nBel direct de huisarts als\n\n"
            "  • uw mond plotseling niet meer dicht kan;\n  • u koorts heeft en uw wang dik en rood wordt.\n\n"
            "Oefeningen\n\nDoe de volgende oefeningen drie keer per dag, steeds tien keer.\n")
    item = _ingested(tmp_path, text, "kaak.txt")
    texts = {passage.headings: passage.text for passage in item.passages}
    assert texts[("Behandeling",)].endswith("zelden nodig. Meestal helpen oefeningen en rust."), texts
    assert texts[("Bel direct de huisarts als",)].startswith("• uw mond"), texts
    assert not any(text.endswith("Bel direct") for text in texts.values()), texts


def test_a_short_line_over_a_heading_that_says_something_else_stays(tmp_path):
    text = ("Klachten van het kaakgewricht\n\nBehandeling\n\n"
            f"{BODY}\n\nBel dan direct 112\n\nOefeningen\n\n"
            "Doe de volgende oefeningen drie keer per dag, steeds tien keer.\n")
    item = _ingested(tmp_path, text, "kaak.txt")
    assert any("Bel dan direct 112" in passage.text for passage in item.passages), item.passages


def test_a_laboratorys_name_over_the_title_and_a_subtitle_under_it_are_cover(tmp_path):
    # txt2html: the lines around the title are paragraphs, the title and sections headings
    html = ("<html><head><title></title></head><body>\n"
            "<p>Klinisch Chemisch Laboratorium Zaanstreek\n</p>\n"
            "<h1>24-uurs urine verzamelen</h1>\n<p>Instructie voor thuis\n</p>\n"
            "<p>Laatst herzien: 2 december 2025\n</p>\n"
            "<h2>Waarom urine verzamelen?</h2>\n<p>Uw arts wil weten hoeveel van bepaalde stoffen u in een "
            "hele dag uitplast. Daarom verzamelt u 24 uur lang al uw urine.</p>\n"
            "<h2>Inleveren</h2>\n<p>Breng de bokaal dezelfde ochtend naar de bloedafname.</p>\n</body></html>\n")
    item = _ingested(tmp_path, html, "urine.html")
    assert [passage.headings for passage in item.passages] == [("Waarom urine verzamelen?",), ("Inleveren",)], \
        item.passages
    assert item.leaflet.title == "24-uurs urine verzamelen"
