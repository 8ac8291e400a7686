"""Red team 28's Calligra Words page: every line drawn twice at one place (a text object of
one glyph a show, then the same object again) is read once, so its running footer repeats
from page to page; and the file's name with its extension cut off ("rabiesvaccinatie.") is
no title."""

from __future__ import annotations

from pathlib import Path

import pypdf
from pdf_factory import Placed, ingest_pdf, make_pdf, passages_text

from ingest.pdf.fragments import page_fragments
from ingest.pdf.overstrike import Glyphs, drawn_once
from ingest.pdf.title import metadata_title
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam28_leaflets"


def _twice(block: list[Placed]) -> list[Placed]:
    """A block of lines drawn, then drawn again at the same places, as Calligra does."""
    return block + block


def _page(heading: str, sentences: list[str], number: int) -> list[Placed]:
    lines = [Placed(heading, 72, 760, 16, True)]
    lines += [Placed(sentence, 72, 730 - 14 * row, 11) for row, sentence in enumerate(sentences)]
    footer = [Placed("GGD-RV-012 · pagina", 240, 77, 11), Placed(str(number), 350, 77, 11)]
    return _twice(footer) + _twice(lines[:1]) + _twice(lines[1:])


def test_lines_drawn_twice_at_one_place_are_read_once(tmp_path):
    pdf = make_pdf([_page("Wat is rabiës?", ["Rabiës is een virusinfectie van het zenuwstelsel.",
                                             "Het virus zit in het speeksel van besmette zoogdieren."], 1),
                    _page("Bijwerkingen", ["De meeste mensen hebben weinig last van de prik.",
                                           "Soms krijgt u hoofdpijn of een lichte verhoging."], 2)])
    item = ingest_pdf(tmp_path, pdf)
    text = passages_text(item)
    assert text.count("Rabiës is een virusinfectie") == 1
    assert text.count("De meeste mensen") == 1
    assert "pagina" not in text  # the running footer, once a page, is dropped
    assert [passage.headings[-1] for passage in item.passages] == ["Wat is rabiës?", "Bijwerkingen"]


def _redrawn(operations: list[tuple[bytes, list]]) -> set[int]:
    glyphs = Glyphs({})  # no font measured: where a show ends is not known
    for number, (operator, operands) in enumerate(operations):
        glyphs.follow(operator, operands, number)
    return glyphs.redrawn


def _text_object(x: float, y: float, *shown: bytes) -> list[tuple[bytes, list]]:
    return [(b"BT", []), (b"Tf", ["/F1", 12]), (b"Tm", [1, 0, 0, 1, x, y]),
            *[(b"Tj", [text]) for text in shown], (b"ET", [])]


def test_a_show_started_again_where_it_started_is_drawn_again():
    first, again = _text_object(72, 300, b"Prik"), _text_object(72.3, 300.2, b"Prik")
    assert _redrawn(first + again) == {len(first) + 3}
    assert _redrawn(first + _text_object(72, 286, b"Prik")) == set()  # the next row's cell


def test_a_show_after_glyphs_of_unknown_width_is_not_placed():
    """pypdf gives a line's pieces the place where the line started; so does a reader that
    cannot measure the glyphs shown before ("uw an", "ti", "bio", "ti" in one line)."""
    assert _redrawn(_text_object(72, 300, b"an", b"ti", b"bio", b"ti")) == set()


def test_a_show_the_next_one_stands_on_stays():
    operations = _text_object(72, 300, b"ab") + _text_object(72, 300, b"ab", b"cd")
    assert drawn_once([(operands, operator) for operator, operands in operations], {8}) == set()
    assert drawn_once([(operands, operator) for operator, operands in operations], {8, 9}) == {8, 9}


def test_calligras_page_reads_each_line_once():
    page = pypdf.PdfReader(LEAFLETS / "rabiesvaccinatie.pdf").pages[0]
    places = [(fragment.text, round(fragment.x), round(fragment.y)) for fragment in page_fragments(page)]
    assert len(places) == len(set(places))


def test_a_file_name_without_its_extension_is_no_title():
    assert metadata_title("rabiesvaccinatie.") == ""
    assert metadata_title("Na uw operatie.") == "Na uw operatie"



def _titled_page(title: str, headings: list[str]) -> list[Placed]:
    """A page with a large title over three headings, each over a sentence of body text."""
    body = "Dit is een gewone zin over wat de folder de lezer onder deze kop vertelt."
    page = [Placed(title, 72, 760, 18, True)]
    for row, heading in enumerate(headings):
        page += [Placed(heading, 72, 720 - 60 * row, 14, True), Placed(body, 72, 700 - 60 * row, 11)]
    return page


def test_numbered_headings_give_a_title_without_its_outline_number(tmp_path):
    """Calligra numbers every heading, the title's too ("1 Rabiësvaccinatie voor reizigers"
    over "1 Wat is rabiës?"): the title is the words, the number only orders sections."""
    page = _titled_page("1 Rabiësvaccinatie voor reizigers",
                        ["1 Wat is rabiës?", "2 Voor wie is de vaccinatie?", "3 Bijwerkingen"])
    item = ingest_pdf(tmp_path, make_pdf([page]))
    assert item.leaflet.title == "Rabiësvaccinatie voor reizigers"
    assert item.passages[0].headings[-1] == "1 Wat is rabiës?"


def test_a_title_that_starts_with_a_number_keeps_it(tmp_path):
    page = _titled_page("10 Tips bij hoofdpijn", ["Rust", "Drink genoeg", "Beweeg"])
    assert ingest_pdf(tmp_path, make_pdf([page])).leaflet.title == "10 Tips bij hoofdpijn"


def test_a_number_inside_the_title_of_numbered_headings_stays(tmp_path):
    page = _titled_page("Metformine 500 mg tabletten",
                        ["1 Wat is metformine?", "2 Hoe gebruikt u het?", "3 Bijwerkingen"])
    assert ingest_pdf(tmp_path, make_pdf([page])).leaflet.title == "Metformine 500 mg tabletten"


def _table_page(padding: float) -> list[Placed]:
    """A paragraph, a table whose header row is drawn after its body rows (as Calligra draws
    it), each cell set `padding` points in from the text's edge, and the paragraph after it."""
    text = [Placed("Het vaccinatieschema", 72, 760, 16, True),
            Placed("De vaccinatie bestaat uit twee prikken in de bovenarm, met minstens zeven", 72, 730, 12),
            Placed("dagen ertussen. Begin daarom op tijd, het liefst vier weken voor vertrek.", 72, 716, 12)]
    rows = [("1e prik", "dag 0"), ("2e prik", "dag 7 of later"), ("Boosterprik", "alleen na een beet")]
    body = [Placed(cell, 72 + padding + 150 * column, 684 - 14 * row, 12)
            for row, cells in enumerate(rows) for column, cell in enumerate(cells)]
    header = [Placed("Prik", 72 + padding, 698, 12), Placed("Wanneer", 222 + padding, 698, 12)]
    after = [Placed("Na twee prikken bent u levenslang beschermd tegen een ernstig verloop van de", 72, 626, 12),
             Placed("ziekte. U hoeft de vaccinatie niet te herhalen voor een volgende reis.", 72, 612, 12),
             Placed("Wel heeft u na een beet altijd nog twee extra prikken nodig.", 72, 598, 12)]
    return text + body + header + after


def test_a_table_header_drawn_after_its_rows_is_read_above_them(tmp_path):
    """Calligra draws a table's header row after the body rows: read as drawn, "Prik |
    Wanneer" followed the last row. The rows stand a cell's padding in from the text's edge."""
    text = passages_text(ingest_pdf(tmp_path, make_pdf([_table_page(padding=2.1)])))
    assert text.index("Prik | Wanneer") < text.index("1e prik | dag 0") < text.index("Boosterprik")
    assert text.index("Boosterprik") < text.index("Na twee prikken")


def test_calligras_table_reads_its_header_first():
    text = "\n".join(passage.text for passage in ingest_file(LEAFLETS / "rabiesvaccinatie.pdf").passages)
    assert text.index("Prik | Wanneer | Opmerking") < text.index("1e prik | dag 0")
