"""Red team 34: wv's `wvText` (a Word .doc through wvHtml and a text browser). It writes each
heading in Word's bulleted heading style as a bullet, the same "•" the real lists carry, over a
sender's line with fields ("Huisartsenpraktijk Het Baken, Zwolle - spreekuur kleine chirurgie"),
and the page's header and footer once, at the end ("... pagina 2 van 2"). The headings stayed
one-item lists, the sender's line was the title and the footer a passage."""

from __future__ import annotations

from pathlib import Path

from ingest.bullet_headings import without_heading_bullets
from ingest.pipeline import ingest_file
from ingest.running_footer import without_running_footers

LEAFLET = Path(__file__).parent / "data" / "redteam34_leaflets" / "atheroomcyste.txt"
SECTIONS = ("Wat is een atheroomcyste?", "Is het gevaarlijk?", "Wanneer haalt de huisarts hem weg?",
            "Voor de ingreep", "De ingreep", "Na de ingreep", "Kan hij terugkomen?", "Kosten", "Wanneer belt u ons?")
PROSE = "Jicht is een ontsteking van een gewricht. Het gewricht wordt dik, rood en pijnlijk.\n"


def test_the_wvtext_leaflet_has_its_title_sender_and_sections_and_no_footer():
    item = ingest_file(LEAFLET)
    assert item.leaflet.title == "Atheroomcyste (vetbult) laten verwijderen"
    assert item.leaflet.publisher == "Huisartsenpraktijk Het Baken"
    assert item.leaflet.updated == "2026-01-06"
    assert [passage.headings[-1] for passage in item.passages] == list(SECTIONS)
    assert not any("pagina 2 van 2" in p.text or "www.hetbaken" in p.text for p in item.passages)
    items = next(p.text for p in item.passages if p.headings[-1] == "Wanneer haalt de huisarts hem weg?")
    assert "• hij vaak ontstoken raakt;" in items  # the real list keeps its bullets


def test_lone_bullets_between_paragraphs_lose_their_bullet():
    text = f"Jicht\n\n  •\u00a0 Wat is jicht?\n\n{PROSE}\n  • Behandeling\n\n{PROSE}"
    assert without_heading_bullets(text) == f"Jicht\n\n  Wat is jicht?\n\n{PROSE}\n  Behandeling\n\n{PROSE}"


def test_a_list_of_short_items_between_paragraphs_stays_a_list():
    run = f"{PROSE}\n• Pijn\n\n• Zwelling\n\n• Roodheid\n\n{PROSE}"
    assert without_heading_bullets(run) == run
    announced = f"{PROSE}\nNeem mee:\n\n• Uw medicijnen\n\n{PROSE}\nVergeet niet:\n\n• Uw pas\n\n{PROSE}"
    assert without_heading_bullets(announced) == announced


def test_one_lone_bullet_is_no_pattern_of_headings():
    text = f"{PROSE}\n• Uw medicijnlijst\n\n{PROSE}"
    assert without_heading_bullets(text) == text


def test_lone_bullets_that_end_a_sentence_stay_items():
    text = f"{PROSE}\n• Neem uw pas mee.\n\n{PROSE}\n• Bel bij koorts.\n\n{PROSE}"
    assert without_heading_bullets(text) == text


def test_a_sender_line_with_place_and_service_is_no_title(tmp_path):
    path = tmp_path / "jicht.txt"
    path.write_text(f"Huisartsenpraktijk De Linde, Zwolle - spreekuur\n\nJicht\n\nWat is jicht?\n\n{PROSE}"
                    f"\nBehandeling\n\n{PROSE}", encoding="utf-8")
    item = ingest_file(path)
    assert item.leaflet.title == "Jicht"
    assert item.leaflet.publisher == "Huisartsenpraktijk De Linde"


def test_a_genuine_title_on_the_first_line_stays_the_title(tmp_path):
    path = tmp_path / "jicht.txt"
    path.write_text(f"Jicht in de grote teen\n\nWat is jicht?\n\n{PROSE}\nBehandeling\n\n{PROSE}", encoding="utf-8")
    assert ingest_file(path).leaflet.title == "Jicht in de grote teen"


def test_the_last_pages_footer_goes_with_the_fielded_line_over_it():
    text = f"Jicht\n\n{PROSE}\nPraktijk De Linde · Zwolle · www.delinde.nl\n\nJicht - versie 2 - pagina 3 van 3\n"
    kept, furniture = without_running_footers(text)
    assert "pagina" not in kept and "www.delinde.nl" not in kept
    assert furniture == ["Praktijk De Linde · Zwolle · www.delinde.nl", "Jicht - versie 2 - pagina 3 van 3"]


def test_a_text_that_ends_otherwise_keeps_its_end():
    for ending in ("Zie ook pagina 2 van de folder.", "Jicht - pagina 1 van 3", "Bel ons gerust."):
        text = f"Jicht\n\n{PROSE}\n{ending}\n"
        assert without_running_footers(text) == (text, [])
