"""Red team 54, findings 2.5-2.7: slides and pages that a text tool marks in its own way.

node-pptx-parser opens each slide with "Slide rIdN:", pdfgrep `-n ''` puts the page number
before every line (and writes each line break twice), and a beamer deck read as text (playa-pdf)
closes each slide with its footline and the counter "k / N" glued to the date. Each mark is a
page break: the slides become pages, their repeated furniture goes, the first slide's title is
the leaflet's and beamer's frame titles (without `allowframebreaks`' numeral) are headings."""

from __future__ import annotations

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.deck_pages import paged_deck_text
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam54_leaflets"

BODY = ("Een zetpil is handig als uw kind niet wil slikken of moet overgeven. Bewaar zetpillen op een "
        "koele plek, niet warmer dan 25 graden. Was uw handen voor en na het geven van de zetpil.")
BODIES = [
    "Een koortsstuip duurt meestal korter dan vijf minuten. Uw kind is daarna vaak suf en slaperig.",
    "Leg uw kind op de zij op een veilige plek. Stop niets in de mond en houd uw kind niet vast.",
    "Bel 112 als de stuip langer dan vijf minuten duurt of als uw kind blauw wordt rond de lippen.",
    "Geef paracetamol als uw kind zich niet lekker voelt. Het voorkomt geen nieuwe koortsstuip.",
]


def _wrapped(body: str) -> list[str]:
    """A slide's paragraph over two lines, as a PDF's text breaks it."""
    half = body.index(" ", len(body) // 2)
    return [body[:half], body[half + 1:]]


def _all_text(item) -> str:
    return "\n".join(passage.text for passage in item.passages)


def _pptx_parser_text() -> str:
    """node-pptx-parser's "Basic Text Extraction": "Slide <id>:" and the slide's lines."""
    slides = [["Koortsstuipen bij kinderen", "GGD Voorbeeldstad, Jeugdgezondheidszorg"],
              ["Wat is een koortsstuip?", BODIES[0]], ["Wat doet u?", BODIES[1]], ["Wanneer bellen?", BODIES[2]]]
    parts = []
    for number, lines in enumerate(slides, 1):
        footer = f"GGD Voorbeeldstad, Jeugdgezondheidszorg | Ouderavond Koorts | {number}"
        parts.append(f"\nSlide rId{number + 4}:\n" + "\n\n".join([*lines, footer]) + "\n")
    return "\n".join(parts)


def test_pptx_parser_slides_are_pages_without_labels_or_footer(tmp_path):
    item = ingest_file_as(tmp_path, "koortsstuip.txt", _pptx_parser_text())
    text = _all_text(item)
    assert "Slide rId" not in text
    assert "Ouderavond Koorts" not in text
    assert item.leaflet.title == "Koortsstuipen bij kinderen"
    assert [passage.headings[-1] for passage in item.passages] == [
        "Wat is een koortsstuip?", "Wat doet u?", "Wanneer bellen?"]
    assert [list(passage.pages) for passage in item.passages] == [[2], [3], [4]]


def test_pptx_parser_red_team_deck():
    item = ingest_file(LEAFLETS / "alcohol-minderen.txt")
    text = _all_text(item)
    assert item.leaflet.title == "Minder alcohol drinken"
    assert item.leaflet.publisher.startswith("GGD Twente")
    assert "Slide rId" not in text and "Informatieavond" not in text
    assert item.passages[0].headings[-1] == "Hoeveel is te veel?"


def _pdfgrep(pages: list[list[str]]) -> str:
    """pdfgrep -n '': each line after its page number, an empty line after each line with text,
    poppler's form feed closing each page."""
    out = []
    for number, lines in enumerate(pages, 1):
        for line in lines:
            out.append(f"{number}:{line}")
            if line:
                out.append(f"{number}:")
        out.append(f"{number}:\f")
    return "\n".join(out) + "\n"


def test_pdfgrep_prefix_is_the_page(tmp_path):
    first = ["Hielspoor", "Huisartsenpraktijk De Brug", "", "Wat is het?", *_wrapped(BODY)]
    second = ["Wat kunt u doen?", *_wrapped(" ".join(BODIES))]
    item = ingest_file_as(tmp_path, "hielspoor.txt", _pdfgrep([first, second]))
    text = _all_text(item)
    assert item.leaflet.title == "Hielspoor"
    assert "1:" not in text and "2:" not in text
    assert [(passage.headings[-1], list(passage.pages)) for passage in item.passages] == [
        ("Wat is het?", [1]), ("Wat kunt u doen?", [2])]
    assert BODY in item.passages[0].text.replace("\n", " ")  # the doubled line breaks join again


def test_pdfgrep_red_team_poster():
    item = ingest_file(LEAFLETS / "verkoudheid.txt")
    assert item.leaflet.title == "Verkoudheid"
    assert item.leaflet.publisher == "Huisartsenpraktijk Het Anker"
    assert not any(line.startswith("1:") for line in _all_text(item).split("\n"))
    assert all(list(passage.pages) == [1] for passage in item.passages)


def _beamer_text(titles: list[str]) -> str:
    """playa-pdf --text of a beamer deck: the title page, then each frame, each slide closed by
    the footline with its counter glued to the date."""
    total = len(titles) + 1
    footline = "(GGD Voorbeeldstad)Koorts bij kinderen Laatst bijgewerkt: maart 2026{} / {}"
    lines = ["Koorts bij kinderen", "GGD Voorbeeldstad", "Laatst bijgewerkt: maart 2026", footline.format(1, total)]
    for number, (title, body) in enumerate(zip(titles, BODIES), 2):
        lines += [title, *_wrapped(body), footline.format(number, total)]
    return "\n".join(lines) + "\n"


def test_beamer_footline_goes_and_frame_titles_are_headings(tmp_path):
    titles = ["Wat is koorts?I", "Wat is koorts?II", "Wat doet u?I", "Wanneer bellen?I"]
    item = ingest_file_as(tmp_path, "koorts.txt", _beamer_text(titles))
    text = _all_text(item)
    assert "Laatst bijgewerkt: maart 2026" not in text and " / 5" not in text
    assert item.leaflet.title == "Koorts bij kinderen"
    assert [(passage.headings[-1], list(passage.pages)) for passage in item.passages][-4:] == [
        ("Wat is koorts?", [2]), ("Wat is koorts?", [3]), ("Wat doet u?", [4]), ("Wanneer bellen?", [5])]


def test_beamer_red_team_deck():
    item = ingest_file(LEAFLETS / "tandenpoetsen-peuter.txt")
    text = _all_text(item)
    assert "(Centrum Jeugd" not in text and " / 9" not in text
    headings = [passage.headings[-1] for passage in item.passages if passage.headings]
    assert headings[:3] == ["Vanaf het eerste tandje", "Hoeveel tandpasta?", "Hoeveel tandpasta?"]
    assert headings[-1] == "Contact"
    assert list(item.passages[-1].pages) == [9]


def test_counters_of_another_shape_are_left_alone():
    # a numbered list of doses, no page marks of any tool
    text = "Dosering\n\n1/2 tablet per dag\n1/4 tablet per dag\nDeel 1 / 2\nDeel 2 / 2\n"
    assert paged_deck_text(text) is None
    # a line that only opens with a number and a colon: a time, not pdfgrep's page
    assert paged_deck_text("10:00 uur spreekuur\nBel ons\n11:00 uur\n") is None
    assert paged_deck_text("9:15 Spreekuur\n9:\n10:30 Bel ons\n10:\n11:00 Klaar\n11:\n") is None
    # "Slide 1:" inside the text, not opening it
    assert paged_deck_text(f"{BODY}\n\nSlide 1:\nEen dia\n\nSlide 2:\nNog een\n") is None
