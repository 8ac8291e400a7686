"""Red team 37: page furniture and OCR slips in plain text made from PDFs and scans."""

from __future__ import annotations

from pathlib import Path

from ingest.clean import clean
from ingest.clean.furniture import is_speck, named_headers
from ingest.clean.lines import BULLET
from ingest.clean.normalise import ocr_digits
from ingest.running_footer import paged_by_numbers
from ingest.text import load_text

LEAFLETS = Path(__file__).parent / "data" / "redteam37_leaflets"

_PARAGRAPH = "Een zin over de behandeling die doorloopt tot het einde van de regel.\n" * 4


def _cleaned(text: str) -> str:
    return clean(load_text(text.encode(), "leaflet.txt")).text


def test_page_numbers_mark_the_pages_of_text_without_form_feeds():
    text = f"Kop\n\n{_PARAGRAPH}\n1\n\nAfzender   Titel\n\n{_PARAGRAPH}\n2\n"
    paged = paged_by_numbers(text)
    assert paged.count("\f") == 2 and "1\f" in paged and "2\f" in paged


def test_page_numbers_that_do_not_close_the_text_mark_no_pages():
    text = f"Stap\n\n1\n\n{_PARAGRAPH}\n2\n\nDaarna volgt nog tekst."
    assert paged_by_numbers(text) == text


def test_header_that_repeats_sender_and_title_goes_on_page_two():
    pages = [["Ziekenhuis Noord – Polikliniek Chirurgie", "", "Een bult verwijderen", "", "Tekst."],
             ["Ziekenhuis Noord            Een bult verwijderen", "", "Contact"]]
    assert named_headers(pages) == [set(), {0}]


def test_header_of_two_lines_and_an_ocr_slip_go():
    pages = [["GGD Hollands Noorden – Jeugdgezondheidszorg", "Navelgranuloom bij uw baby", "Tekst."],
             ["GGD Hollands Noorden", "Navelgranuloom", "Vragen?", "Bel ons."]]
    assert named_headers(pages) == [set(), {0, 1}]
    ocr = [["ziekemuis Gelderse Vallei - Afdeling kadiologie", "", "Barbotage bij een kalkschouder", "Tekst."],
           ["_ekemttis Gelderse Vallei Barbotage kaXschouder", "", "Wanneer bellen?"]]
    assert named_headers(ocr) == [set(), {0}]


def test_heading_that_repeats_the_title_stays():
    pages = [["Ziekenhuis Noord – Chirurgie", "Het verwijderen van een lipoom", "Wat is een lipoom?", "Tekst."],
             ["Wat is een lipoom", "Tekst."]]
    assert named_headers(pages) == [set(), set()]


def test_pymupdf_blocks_lose_header_and_page_numbers():
    text = (f"Ziekenhuis Noord – Polikliniek Chirurgie\n\nEen bult verwijderen\n\nUitslag\n\n{_PARAGRAPH}\n1\n\n"
            f"Ziekenhuis Noord                    Een bult verwijderen\n\nContact\n\n{_PARAGRAPH}\n2\n")
    cleaned = _cleaned(text)
    assert "Ziekenhuis Noord Een bult" not in " ".join(cleaned.split())
    assert "\n1\n" not in f"\n{cleaned}\n" and "\n2\n" not in f"\n{cleaned}\n"


def test_lipoom_passages_hold_no_furniture():
    from ingest.pipeline import ingest_leaflets

    for name in ("lipoom.txt", "navelgranuloom.txt"):
        (item,) = ingest_leaflets(LEAFLETS / name, root=LEAFLETS)
        texts = [passage.text for passage in item.passages]
        assert all(text.strip() != "2" for text in texts)
        assert not any(text.rstrip().endswith(("Het verwijderen van een lipoom", "Navelgranuloom")) for text in texts)


def test_roman_page_number_at_the_foot_goes():
    text = f"Titel\n\n{_PARAGRAPH}\nI\n\f{_PARAGRAPH}\n2\n\f"
    assert "\nI\n" not in f"\n{_cleaned(text)}\n"


def test_ocr_speck_and_dotted_bullets():
    assert is_speck("_") and is_speck(" . ") and not is_speck("•") and not is_speck("-")
    assert BULLET.match(". Trek een ruim bovenstuk aan.") and not BULLET.match(". en verder")


def test_ocr_digits_read_as_numbers():
    assert ocr_digits("een coldpack, I5 minuten, IOOO milligram, 3O graden") == \
        "een coldpack, 15 minuten, 1000 milligram, 30 graden"
    assert ocr_digits("O2 en CO2, Il, IO, www.x.nl/I5") == "O2 en CO2, Il, IO, www.x.nl/I5"


def test_title_under_an_ocr_speck():
    from ingest.pipeline import ingest_leaflets

    (item,) = ingest_leaflets(LEAFLETS / "broken-toe-en.txt", root=LEAFLETS)
    assert item.leaflet.title == "A broken toe"


def test_full_stop_the_margin_wrapped_stays():
    text = (Path(__file__).parent / "data" / "redteam26_leaflets" / "vitamine-b12.txt").read_text()
    assert "daarom niet gevaarlijk." in " ".join(_cleaned(text).split())
