"""A word-per-object OCR layer that hocr2pdf stacked down and off its page (red team 45)."""

from pathlib import Path

from ingest.pdf.geometry import Fragment
from ingest.pdf.reader import read_pdf
from ingest.pdf.stacked import restacked, stacked

HOLTER = Path(__file__).parent / "data" / "redteam45_leaflets" / "holter.pdf"


def _stack(lines: list[str], size: float = 34.0, top: float = 300.0) -> list[Fragment]:
    """Words as hocr2pdf draws them: each after `T*`, led by spaces, one leading lower."""
    out, y = [], top
    for line in lines:
        for number, word in enumerate(line.split()):
            out.append(Fragment(("" if number == 0 else "      ") + word, 90.0, y, size, False))
            y -= size
        y -= 2 * size  # the two blank strings hocr2pdf writes between its lines
    return out


def test_stacked_layer_is_recognised_and_joined_into_lines():
    lines = ["Uw cardioloog wil weten hoe uw hart", "klopt tijdens uw gewone dagelijkse",
             "bezigheden. Daarvoor krijgt u een", "holterkastje mee naar huis."]
    fragments = _stack(lines)
    assert stacked(fragments, 0.0, 842.0)
    relaid = restacked(fragments, 842.0)
    assert [f.text for f in relaid] == lines
    assert all(f.ocr and f.size == relaid[0].size for f in relaid)
    assert all(above.y > below.y > 0 for above, below in zip(relaid, relaid[1:]))


def test_a_typeset_column_of_words_on_the_page_is_no_stacked_layer():
    words = [Fragment(f"woord{n}", 90.0, 800.0 - 12 * n, 10.0, False) for n in range(40)]
    assert not stacked(words, 0.0, 842.0)


def test_holter_reads_as_lines_with_its_title_whole():
    document = read_pdf(HOLTER.read_bytes(), HOLTER)
    texts = [line.text for line in document.pages[0]]
    assert texts[0] == "Holteronderzoek: 24 of 48 uur uw"
    assert "U mag dus niet douchen, baden of zwemmen" in " ".join(texts)
    assert document.title == "Holteronderzoek: 24 of 48 uur uw hartritme meten"


def test_holter_passages_hold_its_sections():
    from ingest.pipeline import ingest_leaflets
    (item,) = ingest_leaflets(HOLTER, root=HOLTER.parent)
    headings = {heading for passage in item.passages for heading in passage.headings}
    assert {"Waarom een holteronderzoek?", "Voorbereiding", "Het aanbrengen", "Thuis met het kastje",
            "Inleveren en uitslag", "Wanneer direct bellen?"} <= headings
    assert max(len(passage.headings) for passage in item.passages) == 1
    assert any("niet douchen, baden of zwemmen zolang u het draagt" in passage.text for passage in item.passages)


def _leaflet(name: str):
    from ingest.pipeline import ingest_leaflets
    path = HOLTER.parent / name
    (item,) = ingest_leaflets(path, root=path.parent)
    return item


def test_department_before_brand_and_town_under_a_title_a_point_larger_is_the_sender():
    # pdfly's nierbiopsie.pdf: title 11 pt bold, sections 10 pt bold, the sender's line under the title
    item = _leaflet("nierbiopsie.pdf")
    assert item.leaflet.title == "Nierbiopsie"
    assert item.leaflet.publisher == "Isala Zwolle"
    assert not any("Afdeling Nefrologie, Isala Zwolle" in passage.text for passage in item.passages)


def test_a_blood_bank_names_the_sender():
    item = _leaflet("bloed-geven.pdf")
    assert item.leaflet.publisher == "Sanquin Bloedbank"


def test_sender_name_of_a_blood_bank():
    from ingest.structure import _sender_name
    assert _sender_name("Sanquin Bloedbank") == "Sanquin Bloedbank"


def test_first_bold_heading_a_point_larger_ranks_over_the_sections():
    from ingest.pdf.geometry import PdfLine
    from ingest.pdf.headings import heading_levels
    from ingest.pdf.style import Body
    lines = [PdfLine("Nierbiopsie", 90, 714, 11.0, True), PdfLine("Afdeling Nefrologie, Isala Zwolle", 90, 697, 10.0, False),
             PdfLine("Uw nefroloog heeft met u afgesproken dat er een biopsie wordt gedaan.", 90, 680, 10.0, False),
             PdfLine("Voorbereiding", 90, 656, 10.0, True),
             PdfLine("Een week voor de biopsie wordt uw bloed geprikt.", 90, 644, 10.0, False),
             PdfLine("Het onderzoek", 90, 620, 10.0, True),
             PdfLine("U ligt op uw buik op de behandeltafel.", 90, 608, 10.0, False)]
    flat = [(0, line) for line in lines]
    breaks = ["paragraph"] * len(flat)
    levels = heading_levels(flat, breaks, Body(10.0, 1.2))
    assert levels == {0: 1, 3: 2, 5: 2}
