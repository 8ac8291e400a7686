"""Red team 48 (2.3, 2.7, 2.8): PDF text dumps by layout tools. pdf.js-extract's "text rows"
recipe (a row's items joined by " | ", "--- Page N ---" markers) kept its separators, the
browser's print margins and the site's masthead, with no page, heading or title known;
djvused's form feed before each page put every page one too far on, kept groff's running
header and lost a title with a count after its colon; pdfquery's plain headings that share a
word were nested under the section before them."""

from __future__ import annotations

from pathlib import Path

from ingest.browser_print import without_print_margins
from ingest.clean.furniture import named_headers
from ingest.node_lines import title_and_site
from ingest.page_order import paged_by_break_lines
from ingest.pipeline import ingest_file
from ingest.clean.blocks import Block
from ingest.structure import is_title_line
from ingest.text import load_text, split_pages
from ingest.text_rows import read_text_rows

LEAFLETS = Path(__file__).parent / "data" / "redteam48_leaflets"


def _ingest(path: Path):
    return ingest_file(path, root=path.parent)


# --- pdf.js-extract text rows (2.3)

def test_numbered_page_markers_are_page_breaks():
    text = "--- Page 1 ---\nEerste pagina.\n--- Page 2 ---\nTweede pagina.\n"
    assert paged_by_break_lines(text) == "Eerste pagina.\n\fTweede pagina.\n"


def test_page_markers_out_of_order_stay_text():
    text = "Eerste.\n--- Page 2 ---\nTweede.\n--- Page 1 ---\n"
    assert paged_by_break_lines(text) == text


ROWS = "\n".join([
    " | Hoe werkt het?",
    " | Met een speciale laser breken we de inktdeeltjes in uw huid in",
    "heel kleine stukjes. Uw afweersysteem | interessant",
    "ruimt die stukjes in de weken daarna op.",
    " | Pigmentvlekken",
    "Rood, oranje en vooral groen zijn moeilijker te verwijderen dan zwart.",
    " | Soort tatoeage |   | Aantal behandelingen",
    " | amateur, zwart |   | 3 tot 6",
    " | fi | le:///tmp/site/tatoeage.html |   | 1/2",
])


def test_rows_read_back_without_item_separators():
    rows = read_text_rows(ROWS)
    assert rows is not None
    lines = rows.text.split("\n")
    assert not any(line.lstrip().startswith("|") for line in lines)
    assert "heel kleine stukjes. Uw afweersysteem" in lines  # the aside's word cut off
    assert "Soort tatoeage   Aantal behandelingen" in lines  # a drawn space: a wide gap, as a table's cells
    assert "file:///tmp/site/tatoeage.html   1/2" in lines  # the ligature joins its word
    assert "Pigmentvlekken" not in lines  # an aside's link between a paragraph's lines
    assert {"interessant", "Pigmentvlekken"} <= set(rows.furniture)


def test_interleaved_blocks_are_put_together():
    text = "\n".join([" | Home |   | Contact", " | Maak een", " | Hoesten bij kinderen met",
                      "afspraak", "astma", " | Wat is het?", " | Hoesten is normaal."])
    rows = read_text_rows(text)
    assert rows is not None
    assert "Maak een afspraak" in rows.text.split("\n")
    assert "Hoesten bij kinderen met astma" in rows.text.split("\n")


def test_markdown_table_is_no_rows():
    text = "| Soort | Aantal |\n|---|---|\n| amateur | 3 tot 6 |\n| professioneel | 6 tot 10 |\n"
    assert read_text_rows(text) is None


def test_print_margins_at_a_form_feed_keep_the_page():
    text = ("12/6/26, 8:40 PM   Griep | Praktijk De Linde\nGriep\nWat is griep?\nGriep is een infectie.\n"
            "file:///tmp/griep.html   1/2\n\f12/6/26, 8:40 PM   Griep | Praktijk De Linde\n"
            "Wat kunt u doen?\nNeem rust.\nfile:///tmp/griep.html   2/2\n")
    printed = without_print_margins(text)
    assert "PM" not in printed.text and "file://" not in printed.text
    assert printed.text.count("\f") == 1
    assert printed.title is not None and printed.title.title == "Griep"


def test_title_half_shown_as_a_wrapped_heading():
    below = ["Dermatologie Centrum", "Home", "Tatoeage laten verwijderen met", "laser", "Hoe werkt het?"]
    found = title_and_site("Tatoeage laten verwijderen met laser | Dermatologie Centrum", below)
    assert found is not None and found.title == "Tatoeage laten verwijderen met laser"


def test_site_shown_first_is_the_site():
    below = ["Dermatologie Centrum", "Laserbehandeling", "Wat is het?"]
    found = title_and_site("Laserbehandeling | Dermatologie Centrum", below)
    assert found is not None and (found.title, found.site) == ("Laserbehandeling", "Dermatologie Centrum")


def test_tatoeage_rows_leaflet():
    source = load_text((LEAFLETS / "tatoeage-verwijderen.txt").read_bytes(), "tatoeage-verwijderen.txt")
    assert len(source.page_starts) == 2
    assert source.title == "Tatoeage laten verwijderen met laser"
    assert "|" not in source.text
    assert "8:40 PM" not in source.text and "Wij gebruiken cookies" not in source.text
    item = _ingest(LEAFLETS / "tatoeage-verwijderen.txt")
    assert item.leaflet.title == "Tatoeage laten verwijderen met laser"
    assert item.leaflet.publisher == "Dermatologie Centrum Zuid-Limburg"
    headings = {heading for passage in item.passages for heading in passage.headings}
    assert {"Hoe werkt het?", "Hoeveel behandelingen?", "De behandeling", "Contact"} <= headings
    assert all(passage.pages for passage in item.passages)
    assert not any("Uw afweersysteem interessant" in passage.text for passage in item.passages)


# --- djvused print-pure-txt (2.7)

PAGE = "Regel een.\nRegel twee.\n{number}\n"


def test_form_feed_before_each_page_opens_page_one():
    text = "\f" + PAGE.format(number=1) + "\f" + PAGE.format(number=2) + "\f"
    body, starts, _ = split_pages(text)
    assert len(starts) == 2
    assert not body.startswith("\f")


def test_blank_first_page_numbered_so_stays_a_page():
    text = "\f" + PAGE.format(number=2) + "\f" + PAGE.format(number=3) + "\f"
    _, starts, _ = split_pages(text)
    assert len(starts) == 3  # pdftotext's blank cover: the pages print their own numbers


def test_holter_pages_header_and_title():
    item = _ingest(LEAFLETS / "holter-onderzoek.txt")
    leaflet, passages = item.leaflet, item.passages
    assert leaflet.title == "Holteronderzoek: 24 of 48 uur een hartfilmpje"
    assert {page for passage in passages for page in passage.pages} == {1, 2}
    assert list(passages[0].pages) == [1]
    assert not any("Ziekenhuis Gelderse Vallei\nHolteronderzoek" in passage.text or
                   "Klacht Ziekenhuis Gelderse Vallei" in " ".join(passage.text.split()) for passage in passages)


def test_named_header_on_page_two():
    pages = [["Holteronderzoek: 24 of 48 uur", "Ziekenhuis Gelderse Vallei, afdeling Cardiologie", "Tekst."],
             ["Ziekenhuis Gelderse Vallei", "Holteronderzoek", "08.15 uur traplopen"]]
    assert named_headers(pages)[1] == {0, 1}


def test_title_with_a_count_after_its_colon():
    assert is_title_line(Block("paragraph", 0, 0, ("Holteronderzoek: 24 of 48 uur een hartfilmpje",)))
    assert not is_title_line(Block("paragraph", 0, 0, ("Telefoon: 010 123 45 67",)))
    assert not is_title_line(Block("paragraph", 0, 0, ("Bijgewerkt: 12 maart 2026",)))


# --- pdfquery, a text node a line (2.8)

def test_sibling_headings_that_share_a_word_stay_siblings():
    item = _ingest(LEAFLETS / "ooginjecties.txt")
    paths = [list(passage.headings) for passage in item.passages]
    assert ["Voor de injectie"] in paths and ["De injectie"] in paths and ["Na de injectie"] in paths
    assert all(len(path) == 1 for path in paths)
