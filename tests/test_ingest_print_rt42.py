"""Red team 42 (2.7, 2.9): a web page a browser printed to PDF, read by pdf-parse, kept the
browser's print header ("12/6/26, 3:27 PM" + the page's `<title>`) and footer (the page's
address + "1/2") inside its passages, with no page known; a WordPress post's content, exported
without its title field, had its sender's byline as its title and no publisher."""

from __future__ import annotations

from pathlib import Path

import pytest
from leaflet_files import ingest_file_as

from ingest.browser_print import without_print_margins
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam42_leaflets"
PAGE_ONE = ("Griep\nHuisartsenpraktijk Het Baken, Zwolle\nWat is griep?\n"
            "Griep is een infectie met het influenzavirus. U krijgt koorts, spierpijn en\n"
            "hoofdpijn. De meeste mensen zijn na een week weer beter.\n")
PAGE_TWO = ("Wat kunt u zelf doen?\nNeem rust en drink voldoende. Paracetamol helpt tegen de koorts\n"
            "en de pijn. Blijf thuis zolang u koorts heeft.\n")
ADDRESS = "https://www.hetbaken.nl/gezondheid/griep"


def _chrome(header: str, footer: str, pages: list[str] = [PAGE_ONE, PAGE_TWO]) -> str:
    """pdf-parse's text of Chrome's print: each page's header and footer glued, at its end."""
    return "".join(f"\n{page}{header}\n{footer.format(page=number, pages=len(pages))}\n"
                   for number, page in enumerate(pages, 1))


def _ingest(tmp_path: Path, text: str, name: str = "griep.txt"):
    return ingest_file_as(tmp_path, name, text)


def _text(item) -> str:
    return "\n".join(passage.text for passage in item.passages)


@pytest.mark.parametrize("header", ["12/6/26, 3:27 PMGriep - Huisartsenpraktijk Het Baken",
                                    "6-12-2026 15:27Griep - Huisartsenpraktijk Het Baken",
                                    "12/6/26, 3:27 PM    Griep - Huisartsenpraktijk Het Baken"])
def test_chromes_print_header_and_footer_are_dropped_and_mark_the_pages(tmp_path: Path, header: str) -> None:
    item = _ingest(tmp_path, _chrome(header, ADDRESS + "{page}/{pages}"))
    text = _text(item)
    assert "3:27" not in text and "15:27" not in text and "hetbaken.nl" not in text and "1/2" not in text
    assert "Paracetamol helpt tegen de koorts en de pijn." in text
    assert item.leaflet.paged
    assert [list(p.pages) for p in item.passages if "Paracetamol" in p.text] == [[2]]
    assert item.leaflet.updated != "2026-12-06"  # the print's date dates no leaflet


def test_an_address_that_ends_in_digits_keeps_its_page_number_apart() -> None:
    text = _chrome("12/6/26, 3:27 PMGriep", "https://www.hetbaken.nl/artikel/123{page}/{pages}")
    printed = without_print_margins(text)
    assert "hetbaken" not in printed.text and "3:27" not in printed.text
    assert printed.furniture == ("https://www.hetbaken.nl/artikel/123",)


def test_firefoxs_print_margins_are_dropped() -> None:
    pages = [PAGE_ONE, PAGE_TWO]
    text = "".join(f"Griep - Huisartsenpraktijk Het Baken{ADDRESS}\n{page}{number} of 212/6/26, 3:27 PM\n"
                   for number, page in enumerate(pages, 1))
    printed = without_print_margins(text)
    assert "hetbaken" not in printed.text and "of 2" not in printed.text
    assert printed.text.count("\f") == 2


def test_the_print_title_names_the_page_and_the_site() -> None:
    pages = ["\nGriep\nWat is griep?\nGriep is een infectie.\n", "\nRust en drink voldoende.\n"]
    printed = without_print_margins(_chrome("12/6/26, 3:27 PMGriep - Huisartsenpraktijk Het Baken",
                                            ADDRESS + "{page}/{pages}", pages))
    assert printed.title is not None and (printed.title.title, printed.title.site) == (
        "Griep", "Huisartsenpraktijk Het Baken")


def test_form_feeds_stay_and_none_is_added() -> None:
    text = _chrome("12/6/26, 3:27 PMGriep", ADDRESS + "{page}/{pages}").replace(ADDRESS + "1/2\n", ADDRESS + "1/2\n\f")
    printed = without_print_margins(text)
    assert printed.text.count("\f") == 1 and "hetbaken" not in printed.text


@pytest.mark.parametrize("text", [
    _chrome("12/6/26, 3:27 PMGriep", ADDRESS + "{page}/3"),  # counts pages the text has not
    _chrome("12/6/26, 3:27 PMGriep", ADDRESS + "1/{pages}"),  # numbers no page after the first
    "Neem 1/2 tablet.\nZie https://www.hetbaken.nl/griep\n1/2\n",  # a fraction, no footer
])
def test_footers_that_number_no_pages_leave_the_text_as_it_is(text: str) -> None:
    assert without_print_margins(text).text == text


def test_wintertenen_loses_its_print_margins_and_knows_its_pages() -> None:
    item = ingest_file(LEAFLETS / "wintertenen.txt", root=LEAFLETS)
    text = _text(item)
    assert "file://" not in text and "3:27 PM" not in text
    assert item.leaflet.title == "Wintertenen" and item.leaflet.updated == "2026-01-12"
    assert item.leaflet.publisher == "Huisartsenpraktijk De Linde"
    assert {page for p in item.passages for page in p.pages} == {1, 2}


def test_a_senders_byline_over_the_first_section_is_no_title(tmp_path: Path) -> None:
    text = ("\n\nGGD Hollands Noorden, jeugdgezondheidszorg\n\n\nUitgave: maart 2026\n\n\n"
            "Luieruitslag: rode billen bij baby's\n\n\n"
            "Veel baby's krijgen weleens rode billen. Dat komt door urine en ontlasting in de luier.\n"
            "Meestal is het na een paar dagen weer over.\n\n\nWat kunt u doen?\n\n\n"
            "Verschoon de luier vaak en laat de billen aan de lucht drogen.\n")
    item = _ingest(tmp_path, text, "luieruitslag.txt")
    assert item.leaflet.title == "Luieruitslag: rode billen bij baby's"
    assert item.leaflet.publisher == "GGD Hollands Noorden"


def test_fopspeen_is_titled_by_its_first_heading_and_published_by_its_sender() -> None:
    item = ingest_file(LEAFLETS / "fopspeen.txt", root=LEAFLETS)
    assert item.leaflet.title == "De speen: handig, maar niet voor altijd"
    assert item.leaflet.publisher == "Centrum voor Jeugd en Gezin Zaanstreek"
    assert item.leaflet.updated == "2026-02"


def test_a_page_label_without_the_print_date_is_left_to_the_running_footers() -> None:
    text = f"{PAGE_ONE}Pagina 1 van 2\n{PAGE_TWO}Pagina 2 van 2\n"
    assert without_print_margins(text).text == text


def test_one_printed_page_needs_its_header_too() -> None:
    one = _chrome("12/6/26, 3:27 PMGriep", ADDRESS + "{page}/{pages}", [PAGE_ONE])
    assert "hetbaken" not in without_print_margins(one).text
    bare = f"{PAGE_ONE}https://www.hetbaken.nl/folder1/1\n"
    assert without_print_margins(bare).text == bare
