"""Red team 39: print tools' text. OCR of a LibreOffice PDF (rapidocr, a text box a line) gives
a table a cell a line with its header printed again on the next page and a wrapped cell's
further lines under its row; unpdf glued a table's last row, wrapped at "KNO-", into a section
heading; pdfminer (pdfx) boxes a list's wrapped last words apart from their items and sets a
stray bullet before an item that has its own."""

from __future__ import annotations

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam39_leaflets"


def _ingest(tmp_path: Path, lines: list[str], name: str = "folder.txt"):
    return ingest_file_as(tmp_path, name, "\n".join(lines) + "\n")


INTRO = [
    "Ziekenhuis Noorderlicht, Groningen",
    "Huidklachten behandelen",
    "Behandelingen",
    "Helpt zalf niet genoeg, dan kan de dermatoloog u een andere behandeling geven",
    "die beter past bij uw klachten.",
]
TABLE = [
    "Behandeling", "Voor welke plek", "Hoe lang helpt het?",
    "Lichttherapie", "romp en benen", "een paar maanden",
    "(drie keer per week in", "het ziekenhuis)",
    "Behandeling", "Voor welke plek", "Hoe lang helpt het?",
    "Zalven", "kleine plekken", "zolang u smeert",
    "Tabletten", "hele lichaam", "zolang u ze slikt",
    "(methotrexaat)",
]
OUTRO = ["Bij lichttherapie staat u een paar minuten in een cabine met lampen. U gaat daarna weer naar huis."]


def test_repeated_header_dropped_and_wrapped_cell_joins_its_row(tmp_path: Path) -> None:
    text = _ingest(tmp_path, INTRO + TABLE + OUTRO).text
    assert "Behandeling | Voor welke plek | Hoe lang helpt het?" in text
    assert text.count("Voor welke plek") == 1
    assert "Lichttherapie (drie keer per week in het ziekenhuis) | romp en benen | een paar maanden" in text
    assert "Tabletten (methotrexaat) | hele lichaam | zolang u ze slikt" in text


def test_lines_under_a_row_without_a_bracket_make_no_folded_table(tmp_path: Path) -> None:
    """A small-letter line under a "row" is a wrapped paragraph's as often as a cell's: no fold."""
    lines = ["Wat doen wij?", "Tijdens de afspraak kijken we naar uw tong. Daarna krijgt u een plan.",
             "Bevinding Behandeling", "Aanslag op de tong tongreiniging aanleren",
             "Tandvleesontsteking gebitsreiniging bij de", "mondhygiënist, soms in meerdere", "afspraken",
             "Geen oorzaak in de mond verwijzing naar de huisarts", "arts",
             "Mondhygiëne wordt niet uit de basisverzekering vergoed."]
    text = _ingest(tmp_path, lines).text
    assert " | " not in text


def test_redteam_ocr_table_reads_as_rows() -> None:
    text = ingest_file(LEAFLETS / "overmatig-zweten.txt", root=LEAFLETS).text
    assert "Botuline-injecties | oksels | viertot zesmaanden" in text
    assert "Iontoforese (stroombehandeling in een bakje water) | handen en voeten | zolang u het blijft doen" in text
    assert text.count("Voor welke plek") == 1


def test_row_wrapped_inside_a_word_is_no_heading() -> None:
    item = ingest_file(LEAFLETS / "slechte-adem.txt", root=LEAFLETS)
    headings = {heading for passage in item.passages for heading in passage.headings}
    assert not any("KNO" in heading for heading in headings)
    assert "Wat doen wij?" in headings


def test_hyphen_wrapped_line_is_no_heading(tmp_path: Path) -> None:
    """The leaflet with its table's last row put otherwise, wrapped at another compound's hyphen."""
    text = (LEAFLETS / "slechte-adem.txt").read_text(encoding="utf-8")
    text = text.replace("Geen oorzaak in de mond verwijzing naar de huisarts of KNO-\narts",
                        "Klachten van de maag verwijzing naar de huisarts of MDL-\narts")
    assert "MDL-\narts" in text
    item = _ingest(tmp_path, text.splitlines())
    headings = {heading for passage in item.passages for heading in passage.headings}
    assert not any("MDL" in heading for heading in headings)
    assert "MDL-arts" in item.text


def test_contact_over_an_address_that_lost_its_numbers_is_a_heading() -> None:
    item = ingest_file(LEAFLETS / "overmatig-zweten.txt", root=LEAFLETS)
    last = item.passages[-1]
    assert last.headings[-1] == "Contact"
    assert last.text.startswith("Polikliniek Dermatologie Tergooi MC")


def test_list_tails_set_apart_go_back_to_their_items(tmp_path: Path) -> None:
    lines = ["Ziekenhuis Noorderlicht, Groningen", "", "Na de operatie", "",
             "• Houd de hand de eerste twee dagen hoog, bijvoorbeeld in een mitella.",
             "• Beweeg de vinger direct na de operatie al voorzichtig, dat voorkomt ", "",
             "• Het verband mag na twee dagen eraf; doe dan een pleister op de ", "",
             "• Houd de wond droog tot de hechtingen eruit zijn, na tien tot veertien ", "",
             "stijfheid.", "", "wond.", "", "dagen.", "",
             "• Autorijden mag weer als u het stuur goed kunt vastpakken."]
    text = _ingest(tmp_path, lines).text
    assert "dat voorkomt stijfheid." in text
    assert "een pleister op de wond." in text
    assert "na tien tot veertien dagen." in text


def test_stray_bullet_before_an_item_with_its_own_adds_none(tmp_path: Path) -> None:
    lines = ["Klachten", "", "Uw vinger blijft 's ochtends hangen en doet pijn bij het buigen.", "",
             "•", "• U voelt een pijnlijk knobbeltje in de handpalm.", "",
             "• De vinger knakt of verspringt bij het strekken."]
    text = _ingest(tmp_path, lines).text
    assert "• •" not in text
    assert "• U voelt een pijnlijk knobbeltje" in text
