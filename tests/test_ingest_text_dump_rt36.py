"""Red team 36: a hospital page as Perl's HTML::FormatText writes it (buttons glued to the logo
and to the breadcrumb, the title underlined with "=", a table a cell a paragraph, a box of links
after the leaflet) and a GGD page as netrik's `--dump` draws it (a table of "-|" rows, share
links behind "->" arrows, a box of links after the date line). Title, publisher, table rows and
headings read right; no passage holds the site's menu, breadcrumb, share line or boxes."""

from __future__ import annotations

from pathlib import Path

from ingest.clean.cell_lines import cell_line_rows
from ingest.clean.lines import split_lines
from ingest.clean.netrik_tables import netrik_rows
from ingest.pipeline import ingest_file
from ingest.web_dump import without_page_chrome

DATA = Path(__file__).parent / "data" / "redteam36_leaflets"


def _leaflet(tmp_path: Path, text: str, name: str = "folder.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return ingest_file(path)


def _all_text(item) -> str:
    return "\n".join(passage.text for passage in item.passages)


def test_formattext_page_reads_its_title_publisher_and_table():
    item = ingest_file(DATA / "beenmergpunctie.txt")
    assert item.leaflet.title == "Beenmergonderzoek"
    assert item.leaflet.publisher == "Maasziekenhuis Pantein"
    assert item.leaflet.updated == "2026-01-14"
    text = _all_text(item)
    for chrome in ("Alles accepteren", "Zoek", "Home ›", "Patiënt en bezoeker", "Bloedtransfusie", "IJzerinfuus"):
        assert chrome not in text
    assert all(passage.headings for passage in item.passages)
    assert "Wat merkt u? | Wat doet u?" in text
    assert "een blauwe plek | niets, dit gaat vanzelf over" in text
    assert "koorts boven 38,5 graden | bel dezelfde dag de afdeling" in text
    assert [p.headings[-1] for p in item.passages][-1] == "Vragen"


def test_netrik_page_reads_its_table_and_heading_without_share_line_or_box():
    item = ingest_file(DATA / "prep-hiv.txt")
    assert item.leaflet.title == "PrEP: pillen die hiv voorkomen"
    assert item.leaflet.publisher == "GGD Haaglanden"
    assert item.leaflet.updated == "2025-12-05"
    table = next(p for p in item.passages if p.headings[-1] == "Dagelijks of rond de seks")
    assert table.text.split("\n")[:3] == [
        "Schema | Hoe neemt u het in?",
        "dagelijks | elke dag één pil, op ongeveer dezelfde tijd",
        "rond de seks | twee pillen 2 tot 24 uur voor de seks, dan 24 en 48 uur na de eerste dosis nog één pil"]
    text = _all_text(item)
    assert "-|" not in text and "Deel deze pagina" not in text and "->" not in text
    assert "Afspraak maken" not in text and "wachtlijst PrEP" not in text
    assert [p.headings[-1] for p in item.passages].count("Stoppen") == 1


PAGE = """Pijn na een operatie

Wat is het?

Na een operatie heeft u vaak pijn. Dat is normaal en gaat in een paar dagen over.

Wat kunt u doen?

Neem paracetamol op vaste tijden. Bel ons als de pijn erger wordt.

{after}
"""


def test_a_box_of_links_after_the_date_line_is_dropped(tmp_path):
    item = _leaflet(tmp_path, PAGE.format(after="Laatst bijgewerkt op 3 maart 2026\n\n"
                                                "Deel deze pagina:-> Facebook-> E-mail Print\n\n"
                                                "Ook handig\n\n* Afspraak maken\n* Route en parkeren\n"))
    text = _all_text(item)
    assert item.leaflet.updated == "2026-03-03"
    assert "Afspraak maken" not in text and "Route en parkeren" not in text and "Deel deze" not in text
    assert "Bel ons als de pijn erger wordt." in text


def test_a_list_before_the_date_line_or_text_after_it_stays(tmp_path):
    # the leaflet's own last section is a short list: no date line over it, so it is the leaflet's
    own = _leaflet(tmp_path, PAGE.format(after="Meenemen\n\n* Uw medicijnen\n* Uw pasje\n\n"
                                               "Laatst bijgewerkt op 3 maart 2026\n"))
    assert "Uw medicijnen" in _all_text(own) and "Uw pasje" in _all_text(own)
    # text after the date line: the date does not close the leaflet, nothing after it goes
    more = _leaflet(tmp_path, PAGE.format(after="Laatst bijgewerkt op 3 maart 2026\n\nMeenemen\n\n"
                                                "* Uw medicijnen\n* Uw pasje\n\n"
                                                "Neem ook iemand mee die u naar huis kan brengen.\n"), "twee.txt")
    assert "Uw medicijnen" in _all_text(more) and "naar huis kan brengen" in _all_text(more)


def test_a_breadcrumb_with_a_button_glued_to_home_is_the_sites(tmp_path):
    item = _leaflet(tmp_path, "Menu\n\n  * Patiënten\n\n  * Afdelingen\n\nZoekHome › Afdelingen › Folders\n\n"
                              "Ziekenhuis Oost – afdeling Chirurgie\n\n\n\nLiesbreuk\n=========\n\n"
                              "Wat is een liesbreuk?\n---------------------\n\n"
                              "Een liesbreuk is een zwakke plek in de buikwand. U ziet een bult in de lies.\n")
    assert item.leaflet.title == "Liesbreuk"
    assert "Home" not in _all_text(item) and "Patiënten" not in _all_text(item)
    # a word glued to "Home" that no capital parts stays a word: no trail
    page = "Thuiszorg\n\nZorghome › Afdelingen\n\nDe zorg thuis regelt u zelf met de wijkverpleging.\n"
    assert without_page_chrome(page) == (page, [])


def _rows(lines: list[str]) -> list[str]:
    return [row.text for row in cell_line_rows(split_lines("\n\n".join(lines))).values() if row]


def test_a_header_of_questions_parts_columns_that_open_alike():
    assert _rows(["Wat merkt u?", "Wat doet u?", "een blauwe plek", "niets, dit gaat vanzelf over",
                  "koorts boven 38,5 graden", "bel dezelfde dag de afdeling", "pijn in de rug", "neem paracetamol"]) \
        == ["Wat merkt u? | Wat doet u?", "een blauwe plek | niets, dit gaat vanzelf over",
            "koorts boven 38,5 graden | bel dezelfde dag de afdeling", "pijn in de rug | neem paracetamol"]
    # labels, not questions, over lines that open alike: a list, no table
    assert _rows(["Klachten", "Wat te doen", "een blauwe plek", "niets, dit gaat vanzelf over",
                  "koorts boven 38,5 graden", "bel dezelfde dag de afdeling"]) == []


def test_netrik_rows_need_two_alike_rows(tmp_path):
    one = _leaflet(tmp_path, "Schema\n\nWat is het?\n\nDit is een zin over het schema van de pillen.\n\n"
                             "-|dagelijks|elke dag één pil-\n\nNeem de pil met water in.\n")
    assert "-|dagelijks|elke dag één pil-" in _all_text(one)


def _netrik_table(text: str) -> list[str]:
    return [row.text for row in netrik_rows(split_lines(text)).values() if row]


def test_netrik_rows_keep_each_run_of_a_width_where_the_width_changes():
    text = ("-|dag|ochtend-\n-|maandag|één pil-\n-|dinsdag|twee pillen-\n"
            "-|week|pillen|water-\n-|een|twee|drie glazen-\n")
    assert _netrik_table(text) == ["dag | ochtend", "maandag | één pil", "dinsdag | twee pillen",
                                   "week | pillen | water", "een | twee | drie glazen"]
    # one row of its own width between two runs: a sentence's line, not a row; the runs stay rows
    text = "-|a|b-\n-|c|d-\n-|e|f|g-\n-|h|i-\n-|j|k-\n"
    assert _netrik_table(text) == ["a | b", "c | d", "h | i", "j | k"]


def test_netrik_rows_of_alternating_width_take_each_line_once():
    pairs = "".join(f"-|a{n}|b{n}-\n-|c{n}|d{n}-\n-|e{n}|f{n}|g{n}-\n-|h{n}|i{n}|j{n}-\n" for n in range(500))
    rows = _netrik_table(pairs)
    assert len(rows) == 2_000
    assert rows[-1] == "h499 | i499 | j499"
