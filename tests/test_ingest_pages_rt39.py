"""Red team 39: pdf2json's text (`-c`) writes each page's lines bottom to top, then its own
page-break line ("----------------Page (0) Break----------------"); and LaTeX's numbered
sections ("1.3  Uitwendige versie"), as pdf2json and dvi2tty write them, were read as prose.
Read top down, every wrapped sentence was cut and its halves swapped, no passage had a page,
and the headings stood inside the text after their sections."""

from __future__ import annotations

from pathlib import Path

from ingest.clean.lines import outline_follows
from ingest.page_order import in_reading_order, line_order_evidence, paged_by_break_lines, reads_upward
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam39_leaflets"
BREAK = "----------------Page ({}) Break----------------"

PAGE_ONE = [
    "Zorgcentrum De Linde                                   Hoofdpijn",
    "1  Hoofdpijn bij kinderen",
    "1.1  Wat is hoofdpijn?",
    "Veel kinderen hebben weleens hoofdpijn. Meestal is het onschuldig en gaat het",
    "vanzelf over. Soms komt het door te weinig drinken, door te weinig slaap of door",
    "spanning op school.",
    "Houdt de pijn lang aan, dan is het goed om een dagboek bij te houden. Schrijf op",
    "wanneer de pijn begint en hoe lang hij duurt.",
    "1.2  Wat kunt u zelf doen?",
    "Laat uw kind rustig liggen in een donkere kamer. Een koude doek op het voorhoofd",
    "helpt vaak. Geef paracetamol als de pijn erg is, in de dosis die bij het gewicht",
    "van uw kind past.",
    "Pagina 1",
]
PAGE_TWO = [
    "Zorgcentrum De Linde                                   Hoofdpijn",
    "1.3  Wanneer bellen?",
    "Bel de huisarts als uw kind ook koorts heeft, een stijve nek krijgt of steeds",
    "suffer wordt. Bel ook als de hoofdpijn na een val of klap op het hoofd begint en",
    "erger wordt.",
    "Pagina 2",
]


def _pdf2json(pages: list[list[str]]) -> str:
    """Pages as pdf2json's `-c` text writes them: each page's lines bottom to top, its break line after."""
    return "".join("\r\n".join([*reversed(page), BREAK.format(number)]) + "\r\n" for number, page in enumerate(pages))


def test_break_lines_become_form_feeds():
    text = "een\n" + BREAK.format(0) + "\ntwee\n" + BREAK.format(1) + "\n"
    assert paged_by_break_lines(text) == "een\n\ftwee\n\f"


def test_pages_written_bottom_to_top_are_turned_over():
    text = paged_by_break_lines(_pdf2json([PAGE_ONE, PAGE_TWO]).replace("\r\n", "\n"))
    assert reads_upward(line_order_evidence(text))
    pages = in_reading_order(text).split("\f")
    assert pages[0].split("\n")[:3] == PAGE_ONE[:3]
    assert pages[1].split("\n")[:2] == PAGE_TWO[:2]


def test_text_in_reading_order_is_never_turned_over():
    text = "\n".join(PAGE_ONE) + "\n\f" + "\n".join(PAGE_TWO) + "\n\f"
    assert not reads_upward(line_order_evidence(text))
    assert in_reading_order(text) == text


def test_a_few_lower_case_lines_under_sentences_turn_nothing_over():
    # items in lower case under a full stop: one or two such breaks are no page written upward
    text = "Neem mee naar het ziekenhuis.\nuw medicijnen;\nuw pasje.\nBel bij twijfel de afdeling.\n"
    assert in_reading_order(text) == text


def test_pdf2json_text_reads_as_the_page_read(tmp_path):
    path = tmp_path / "hoofdpijn.txt"
    path.write_bytes(_pdf2json([PAGE_ONE, PAGE_TWO]).encode("utf-8"))
    leaflet = ingest_file(path)
    assert leaflet.leaflet.title == "Hoofdpijn bij kinderen"
    texts = {passage.headings[-1]: passage for passage in leaflet.passages if passage.headings}
    assert set(texts) == {"1.1 Wat is hoofdpijn?", "1.2 Wat kunt u zelf doen?", "1.3 Wanneer bellen?"}
    assert "meestal is het onschuldig en gaat het vanzelf over." in texts["1.1 Wat is hoofdpijn?"].text.lower()
    assert list(texts["1.1 Wat is hoofdpijn?"].pages) == [1]
    assert list(texts["1.3 Wanneer bellen?"].pages) == [2]
    assert all("Break" not in passage.text and "Pagina" not in passage.text for passage in leaflet.passages)


def test_stuitligging_reads_top_down_with_its_sections():
    leaflet = ingest_file(LEAFLETS / "stuitligging.txt")
    assert leaflet.leaflet.title == "Uw baby ligt in stuitligging"
    assert leaflet.leaflet.publisher == "Verloskundigenpraktijk De Wieg"
    headings = [passage.headings[-1] for passage in leaflet.passages if passage.headings]
    for number in ("1.1", "1.2", "1.3", "1.4", "1.5", "1.6"):
        assert any(heading.startswith(number + " ") for heading in headings), number
    first = leaflet.passages[0]
    assert first.text.startswith("De meeste baby’s liggen aan het einde van de zwangerschap met het hoofd naar beneden. "
                                 "Bij een stuitligging ligt uw baby")
    assert {page for passage in leaflet.passages for page in passage.pages} == {1, 2}


def test_numbered_sections_head_their_text_whatever_follows_them():
    # dvi2tty: "1.1  Wat gebeurt er bij een steek?" over a paragraph its wrap marks left unfinished
    leaflet = ingest_file(LEAFLETS / "bijensteek.txt")
    assert leaflet.leaflet.title == "Gestoken door een bij of wesp"
    headings = {passage.headings[-1] for passage in leaflet.passages if passage.headings}
    assert {"1.1 Wat gebeurt er bij een steek?", "1.2 Wat kunt u zelf doen?", "1.5 Kan allergie behandeld worden?",
            "1.7 Contact"} <= headings


def test_numbered_lines_in_blankless_prose_stand_alone(tmp_path):
    lines = [
        "1  Slapen na de operatie",
        "1.1  De eerste nacht",
        "De eerste nacht slaapt u op uw rug, met het hoofd wat hoger dan normaal. Zo zakt de",
        "zwelling sneller en heeft u minder pijn aan de wond.",
        "1.2  Daarna",
        "Na een week mag u weer op uw zij slapen. Leg dan een kussen tussen uw knieën, dat",
        "ontlast de heup en de rug.",
        "1.3  Contact",
        "Heeft u vragen, bel dan de polikliniek Orthopedie: 030 123 45 67.",
    ]
    path = tmp_path / "slapen.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    leaflet = ingest_file(path)
    assert leaflet.leaflet.title == "Slapen na de operatie"
    by_heading = {passage.headings[-1]: passage.text for passage in leaflet.passages if passage.headings}
    assert by_heading["1.1 De eerste nacht"].endswith("minder pijn aan de wond.")
    assert by_heading["1.2 Daarna"].endswith("de heup en de rug.")


def test_outline_numbers_follow_on():
    assert outline_follows("1", "1.1") and outline_follows("1.1", "1.2") and outline_follows("1.3.", "1.4.")
    assert outline_follows("1.4", "2") and not outline_follows("1.1", "1.3")
