"""Red team 36's PDFs: HTML::FormatPS's lost UTF-8 byte and its table written a cell to a line,
groff ms's title one point over the body, groff mom's date line after the last sentence."""

from __future__ import annotations

from pathlib import Path

from pdf_factory import Placed, ingest_pdf, make_pdf, passages_text

from ingest.clean.normalise import normalise_unicode
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam36_leaflets"
BODY = "Dit is een gewone zin over de behandeling die u thuis kunt volgen als het nodig is."


def test_punctuation_whose_middle_byte_was_lost_is_restored():
    assert normalise_unicode("Versie 2.3 â\u25a1\u02c6 december 2025") == "Versie 2.3 – december 2025"
    assert normalise_unicode("Wacht â\u25a1\u02dc niet te lang") == "Wacht — niet te lang"
    assert normalise_unicode("baby\u00e2\u25a1\u25a1s en \u00e2\u25a1\u25a1s nachts") == "baby’s en ’s nachts"
    assert normalise_unicode("\u00e2\u25a1\u25a1Goed\u00e2\u25a1\u02dd en meer\u00e2\u25a1\u00a6") == "“Goed” en meer…"


def test_a_real_a_circumflex_stays():
    text = "Un pâté, tête-à-tête au château: âge, â la fin, Râ□ sans accent."
    assert normalise_unicode(text) == text


def test_formatps_leaflet_has_its_publisher_date_and_table_header():
    item = ingest_file(LEAFLETS / "zondagsarmpje.pdf")
    assert item.leaflet.publisher == "Franciscus Gasthuis & Vlietland"
    assert item.leaflet.updated == "2025-12"
    text = passages_text(item)
    assert "â" not in text and "Situatie" in text
    assert not any("Advies" in passage.headings for passage in item.passages)


def test_ms_title_one_point_over_the_body_titles_the_leaflet():
    item = ingest_file(LEAFLETS / "chlamydia.pdf")
    assert item.leaflet.title == "Chlamydia"


def test_mom_date_line_after_the_last_sentence_dates_the_leaflet():
    item = ingest_file(LEAFLETS / "kolven-neonatologie.pdf")
    assert item.leaflet.updated == "2025-11"
    assert "zorgverzekeraar." in passages_text(item)


def _page(lines: list[tuple[str, float, float, bool]]) -> list[Placed]:
    top = 760.0
    return [Placed(text, x, top - 16 * n - gap, size, bold) for n, (text, x, size, bold, gap)
            in enumerate((*line, 0.0) if len(line) == 4 else line for line in lines)]


def test_bold_title_one_point_over_the_body_names_a_file_without_title(tmp_path):
    page = _page([("Ziekenhuis Rivierenland, Tiel", 72, 10, False), ("Mazelen", 72, 11, True),
                  ("Wat is mazelen?", 72, 10, True)] + [(BODY, 72, 10, False)] * 6)
    item = ingest_pdf(tmp_path, make_pdf([page]), name="mazelen.pdf")
    assert item.leaflet.title == "Mazelen"


def test_a_date_line_under_the_last_sentence_is_apart_but_a_date_in_a_sentence_stays(tmp_path):
    page = _page([("Hulp", 72, 14, True), ("Vraag de verpleegkundige om een afspraak voor het eerste gesprek", 72, 10, False),
                  ("op de afdeling. Op 3 maart 2024 kreeg de afdeling een nieuwe kolf.", 72, 10, False),
                  ("Versie 5 · november 2025", 97, 10, False)])
    item = ingest_pdf(tmp_path, make_pdf([page]))
    assert item.leaflet.updated == "2025-11"
    assert "Op 3 maart 2024 kreeg de afdeling een nieuwe kolf." in passages_text(item)


def test_bold_cells_one_under_the_other_are_no_headings(tmp_path):
    rows = ["kind gebruikt de arm weer", "u mag naar huis", "kind gebruikt de arm niet", "de arts maakt een foto"]
    page = _page([("Zondagsarmpje", 72, 20, True), ("Wat is het?", 72, 14, True), (BODY, 72, 10, False),
                  ("Situatie", 72, 10, True), ("Advies", 72, 10, True)] + [(row, 72, 10, False) for row in rows]
                 + [("Tips", 72, 14, True), (BODY, 72, 10, False)])
    item = ingest_pdf(tmp_path, make_pdf([page]))
    assert "Situatie" in passages_text(item)
    assert all("Advies" not in passage.headings for passage in item.passages)


def test_a_bold_heading_over_a_sentence_stays_a_heading(tmp_path):
    page = _page([("Zondagsarmpje", 72, 20, True), ("Wat is het?", 72, 14, True), (BODY, 72, 10, False),
                  ("Thuis", 72, 10, True), (BODY, 72, 10, False), ("Tips", 72, 10, True), (BODY, 72, 10, False)])
    item = ingest_pdf(tmp_path, make_pdf([page]))
    assert any("Thuis" in passage.headings for passage in item.passages)
