"""Red team 24: a tesseract text layer (one invisible GlyphLessFont, sizes from word boxes) of
a groff `ms` leaflet whose headings are bold at the body's size: the headings stand apart by
their gaps, the first line titles the file, and the page-2 header in two fields goes."""

from __future__ import annotations

from pathlib import Path

from pdf_factory import Placed, ingest_pdf, make_drawn_pdf

from ingest.pipeline import ingest_file

DATA = Path(__file__).parent / "data" / "redteam24_leaflets"


def _ocr_pages() -> bytes:
    """Two OCR'd pages: a title line, headings at the body's size after a wide gap, paragraphs
    whose first lines are indented, a bullet read as "e"; page 2 opens with a header of two fields."""
    lines = [("Voorste kruisbandreconstructie", 11, 0, 72), ("Operatie en revalidatie", 10, 17, 110),
             ("Waarom deze operatie?", 10, 42, 72),
             ("De voorste kruisband zit midden in de knie en zorgt dat het onderbeen niet", 10, 18, 100),
             ("naar voren schuift. Niet iedereen heeft een operatie nodig.", 10, 14, 72),
             ("De operatie", 10, 28, 72),
             ("De operatie gebeurt via een kijkoperatie. De chirurg maakt een nieuwe", 10, 18, 100),
             ("kruisband van een pees uit uw eigen been.", 10, 14, 72),
             ("Meestal mag u dezelfde dag of de volgende ochtend naar huis.", 10, 18, 100),
             ("Na de operatie", 10, 28, 72),
             ("e U loopt de eerste twee weken met twee krukken.", 10, 18, 72),
             ("e U krijgt zes weken een spuitje tegen trombose.", 10, 18, 72)]
    first, y = [], 711.0
    for text, size, gap, x in lines:
        y -= gap
        first.append(Placed(text, x, y, size))
    second = [Placed("Orthopedie", 72, 792, 10), Placed("Sint Lucas Ziekenhuis Venlo", 399, 792, 10),
              Placed("Met zittend werk kunt u meestal na twee tot drie weken weer aan het werk.", 100, 750, 10),
              Placed("Pijnstilling", 72, 722, 10),
              Placed("Neem de eerste week vast vier keer per dag 1000 mg paracetamol.", 100, 704, 10),
              Placed("U krijgt hiervoor een recept mee van de orthopeed.", 72, 690, 10)]
    return make_drawn_pdf([first, second], render_mode=3)


def test_ocr_headings_at_the_body_size_stand_apart_and_the_first_line_titles_it(tmp_path):
    item = ingest_pdf(tmp_path, _ocr_pages(), name="kruisbandreconstructie.pdf")
    found = [p.headings[-1] for p in item.passages if p.headings]
    assert {"Waarom deze operatie?", "De operatie", "Na de operatie", "Pijnstilling"} <= set(found)
    assert next(p for p in item.passages if "kijkoperatie" in p.text).headings[-1] == "De operatie"
    assert item.leaflet.title == "Voorste kruisbandreconstructie"
    assert "Sint Lucas Ziekenhuis Venlo" not in " ".join(p.text for p in item.passages)


def test_the_committed_tesseract_leaflet_keeps_its_sections_apart():
    item = ingest_file(DATA / "kruisbandreconstructie.pdf")
    found = [p.headings[-1] for p in item.passages if p.headings]
    assert {"Waarom deze operatie?", "Revalidatie", "Werk en school", "Wanneer moet u bellen?", "Contact"} <= set(found)
    assert "Periode Wat mag weer" not in found
    assert item.leaflet.title == "Voorste kruisbandreconstructie"
    assert "Orthopedie | Sint Lucas Ziekenhuis Venlo" not in " ".join(p.text for p in item.passages)
