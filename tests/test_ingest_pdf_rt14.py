"""PDF page layout findings of red team 14: a box drawn at a page's foot that cut a sentence
running over the page (its heading taking the text after it), tables whose columns were
lost, and page headers read as the leaflet's structure."""

from __future__ import annotations

from pathlib import Path

from pdf_factory import Ops, Placed, make_drawn_pdf

from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam14_leaflets"


def _ingest(tmp_path, pdf: bytes, name: str = "folder.pdf"):
    path = tmp_path / name
    path.write_bytes(pdf)
    return ingest_file(path)


def _passage(result, words: str):
    return next(passage for passage in result.passages if words in passage.text)


# ---------------------------------------------------------------- finding 3.2: a side box mid-sentence

SECTION = ["De meest gebruikte medicijnen zijn bisfosfonaten. Ze remmen de afbraak van bot en",
           "verkleinen de kans op een nieuwe breuk met ongeveer de helft. Neem het middel een keer",
           "per week op een nuchtere maag. Kunt u geen tabletten slikken of werken ze niet goed"]
AFTER = ["genoeg? Dan krijgt u soms een keer per jaar een infuus met zoledroninezuur.",
         "Stop nooit zomaar met denosumab. Na het stoppen kan het bot snel verzwakken."]
BOX = ["Krijgt u plotseling hevige pijn", "in uw rug na tillen? Bel dan", "dezelfde dag uw huisarts."]


def _box_pages(fill: str) -> list[list]:
    first = [Placed("Osteoporose", 56, 780, 20, True), Placed("Behandeling met medicijnen", 56, 740, 14, True)]
    first += [Placed(text, 56, 720 - 14 * row, 10) for row, text in enumerate(SECTION)]
    first += [Ops(fill), Placed("Let op!", 402, 330, 11, True)]  # a box the page draws last, at its foot
    first += [Placed(text, 402, 314 - 14 * row, 10) for row, text in enumerate(BOX)]
    second = [Placed(AFTER[0], 56, 780, 10), Placed(AFTER[1], 56, 752, 10),
              Placed("Calcium en vitamine D", 56, 700, 14, True),
              Placed("Uw botten hebben calcium nodig. Eet elke dag zuivel.", 56, 680, 10)]
    return [first, second]


def test_a_box_at_a_page_foot_does_not_cut_the_sentence_running_over_the_page(tmp_path):
    """Scribus's "Let op!" box at page 1's foot was read between "werken ze niet goed" and
    "genoeg?" on page 2, and the rest of the section fell under the box's heading."""
    for fill in ("0.9 0.9 1 rg 395 260 150 90 re f", "0.5 w 395 260 150 90 re S",
                 "0.9 0.9 1 rg 395 260 m 545 260 l 545 350 l 395 350 l h f*"):
        result = _ingest(tmp_path, make_drawn_pdf(_box_pages(fill)))
        sentence = _passage(result, "niet goed")
        assert "werken ze niet goed genoeg? Dan krijgt u" in sentence.text, fill
        box = _passage(result, "hevige pijn")
        assert box.text.index("Let op!") < box.text.index("Krijgt u plotseling")
        assert "Let op!" not in box.headings
        stop = _passage(result, "Stop nooit")
        assert stop.headings[-1] == "Behandeling met medicijnen" and "Let op!" not in stop.headings
        text = "\n".join(passage.text for passage in result.passages)
        assert text.index("huid" if "huid" in text else "zoledroninezuur") < text.index("hevige pijn") \
            < text.index("Stop nooit")


def test_a_box_between_paragraphs_stays_and_a_shape_over_a_table_is_no_box(tmp_path):
    """A box that ends no sentence stays where the page draws it; its heading, followed by a
    heading, stays a heading."""
    page = [Placed("Titel van de folder", 56, 780, 20, True),
            Placed("Eerste alinea die hier gewoon eindigt.", 56, 740, 10),
            Ops("0.9 0.9 1 rg 50 640 300 80 re f"), Placed("Let op!", 56, 700, 11, True),
            Placed("Neem uw medicijnen mee.", 56, 684, 10),
            Placed("Volgende kop", 56, 600, 14, True), Placed("Tekst onder de kop.", 56, 580, 10)]
    result = _ingest(tmp_path, make_drawn_pdf([page]))
    assert "Let op!" in _passage(result, "medicijnen mee").headings
    assert _passage(result, "Tekst onder").headings[-1] == "Volgende kop"
