"""Red team 37: a GGD page as BeautifulSoup's `get_text("\\n", strip=True)` writes it (a text node
a line, no blank line anywhere) and a GP practice's page as edbrowse prints it ("h2 " heading
tags, links in braces, "Zoeken<><Zoek>" fields). Title, publisher, table rows and headings read
right; no passage holds the site's cookie notice, menu, breadcrumb, share links or footer."""

from __future__ import annotations

from pathlib import Path

from ingest.clean.cell_lines import cell_line_rows
from ingest.clean.lines import split_lines
from ingest.edbrowse import is_edbrowse, read_edbrowse
from ingest.node_lines import is_node_per_line, title_and_site, titled_page
from ingest.pipeline import ingest_file
from ingest.web_dump import without_page_chrome

DATA = Path(__file__).parent / "data" / "redteam37_leaflets"

PARAGRAPH = ("Een wrat is een goedaardig bultje op de huid dat wordt veroorzaakt door een virus. Wratten gaan "
             "meestal vanzelf over, maar dat kan maanden tot soms een paar jaar duren.")
# A page as a scraper writes it, a text node a line (BeautifulSoup's get_text("\n", strip=True)).
NODE_PAGE = [
    "Wratten bij kinderen - Huidcentrum Oost", "Deze website gebruikt noodzakelijke en analytische cookies.",
    "Alles accepteren", "Weigeren", "Huidcentrum Oost", "Patiënten", "Afdelingen", "Werken bij", "Contact",
    "Home", "›", "Folders", "› Wratten", "Huidcentrum Oost – Dermatologie", "Wratten bij kinderen",
    "Wat is een wrat?", PARAGRAPH, "Wat kunt u doen?", PARAGRAPH, "Versie 3 – april 2026",
    "Deel:", "Facebook", "WhatsApp", "E-mail", "Lees ook", "Eczeem", "Zonnebrand",
    "Huidcentrum Oost · Stationsweg 4 · 7511 AB Enschede", "Privacy", "© 2026 Huidcentrum Oost",
]


def _leaflet(tmp_path: Path, text: str, name: str = "folder.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return ingest_file(path)


def _all_text(item) -> str:
    return "\n".join(passage.text for passage in item.passages)


def test_a_node_a_line_text_is_told_by_its_lack_of_blank_lines_and_its_unwrapped_paragraphs():
    assert is_node_per_line(NODE_PAGE)
    assert not is_node_per_line("\n\n".join(NODE_PAGE).split("\n"))  # blank lines: paragraphs of their own
    wrapped = ["Een wrat is een goedaardig bultje op de huid dat wordt veroorzaakt"] * 20
    assert not is_node_per_line(wrapped)  # a margin's width: lines a wrap broke


def test_a_node_a_line_page_loses_its_cookie_notice_masthead_breadcrumb_share_links_and_footer():
    text, furniture = without_page_chrome("\n".join(NODE_PAGE))
    kept = [line for line in text.split("\n") if line]
    assert kept == ["Huidcentrum Oost – Dermatologie", "Wratten bij kinderen", "Wat is een wrat?", PARAGRAPH,
                    "Wat kunt u doen?", PARAGRAPH, "Versie 3 – april 2026"]
    assert "Huidcentrum Oost" in furniture and "› Wratten" in furniture


def test_a_cookie_notice_is_told_by_its_consent_buttons_whatever_it_says():
    lines = ["Wij plaatsen functionele cookies.", "Accepteren", "Weigeren", "Home", "›", "Folders", "› Wratten",
             "Wratten", "Wat is een wrat?", PARAGRAPH, "Hoe komt u eraan?", PARAGRAPH, "Wat kunt u doen?",
             PARAGRAPH]
    text, _ = without_page_chrome("\n".join(lines))
    assert "cookies" not in text and "Accepteren" not in text
    # without buttons under it, a sentence on cookies is the text's own
    own = ["Koekjes (cookies) bevatten veel suiker.", *lines[7:]]
    assert without_page_chrome("\n".join(own))[0] == "\n".join(own)


def test_the_title_line_gives_the_page_title_and_the_site():
    found = title_and_site("Wratten bij kinderen - Huidcentrum Oost", ["Wratten bij kinderen", PARAGRAPH])
    assert (found.title, found.site) == ("Wratten bij kinderen", "Huidcentrum Oost")
    found = title_and_site("Huidcentrum Oost | Wratten bij kinderen", ["Wratten bij kinderen"])
    assert (found.title, found.site) == ("Wratten bij kinderen", "Huidcentrum Oost")
    assert title_and_site("Wratten - bij kinderen", ["Iets anders"]) is None
    before = "\n".join(NODE_PAGE)
    page = titled_page(before, without_page_chrome(before)[0])
    assert (page.title, page.site) == ("Wratten bij kinderen", "Huidcentrum Oost")


def test_a_table_whose_label_column_is_shorter_reads_a_row_a_line():
    lines = ["Klacht", "Wat kunt u doen?",
             "haren op de huid", "plak de haren eraf met tape en spoel de huid met lauw water",
             "jeuk", "gebruik een verkoelende crème met mentholgel of zinkolie", "haren in de ogen",
             "spoel de ogen met ruim lauw water en wrijf niet"]
    rows = [row.text for row in cell_line_rows(split_lines("\n".join(lines))).values() if row]
    assert rows[1:] == ["haren op de huid | plak de haren eraf met tape en spoel de huid met lauw water",
                        "jeuk | gebruik een verkoelende crème met mentholgel of zinkolie",
                        "haren in de ogen | spoel de ogen met ruim lauw water en wrijf niet"]
    # a list of like lines, no column all the shorter, stays a list
    items = ["Neem mee", "Wat u nodig heeft", "uw medicijnen", "een pasje", "een boek voor onderweg", "pen",
             "uw verzekeringspas", "de brief van de huisarts"]
    assert not cell_line_rows(split_lines("\n".join(items)))


def test_the_beautifulsoup_page_reads_its_title_publisher_table_and_headings():
    item = ingest_file(DATA / "eikenprocessierups.txt")
    assert item.leaflet.title == "Jeuk door de eikenprocessierups"
    assert item.leaflet.publisher == "GGD Gelderland-Midden"
    text = _all_text(item)
    assert "jeuk | gebruik een verkoelende crème met mentholgel of zinkolie" in text
    assert "haren op de huid | plak de haren eraf met tape en spoel de huid met lauw water" in text
    headings = {heading for passage in item.passages for heading in passage.headings}
    assert "Wat kunt u zelf doen?" in headings and "Hitte en gezondheid" not in headings
    for furniture in ("cookies", "Vaccinaties", "Eikenprocessierups\n", "WhatsApp", "Tekenbeet", "Privacyverklaring"):
        assert furniture not in text


EDBROWSE_PAGE = """Spoed? Bel 088 555 00 00.
{Huidcentrum Oost}

* {Home}
* {Folders}

Zoeken<><Zoek>

{Home} > {Folders} > Wratten

Huidcentrum Oost, Enschede

h1 Wratten bij kinderen

h2 Wat is een wrat?

Een wrat is een goedaardig bultje op de huid.
Lees meer op {Thuisarts}.

h2 Wat kunt u doen?

* laat de wrat met rust;
* dek hem af bij het zwemmen.

Laatst bijgewerkt: 3 maart 2026
Delen: {WhatsApp} {Facebook}

h3 Snel naar

* {Afspraak maken}

Huidcentrum Oost · Stationsweg 4 · 7511 AB Enschede

{Privacy} | {Disclaimer}
"""


def test_an_edbrowse_print_is_told_by_its_heading_tags_and_braced_links():
    assert is_edbrowse(EDBROWSE_PAGE)
    assert not is_edbrowse("h2 Wat is het?\n\nEen tekst {met accolades}.\n")  # one tag: a text's own
    assert not is_edbrowse("h1 Titel\n\nh2 Kop\n\nTekst.\n")  # no link in braces


def test_an_edbrowse_print_reads_its_headings_and_links_and_loses_the_site():
    page = read_edbrowse(EDBROWSE_PAGE)
    kept = [line for line in page.markdown.split("\n") if line]
    assert kept == ["Huidcentrum Oost, Enschede", "# Wratten bij kinderen", "## Wat is een wrat?",
                    "Een wrat is een goedaardig bultje op de huid.", "Lees meer op Thuisarts.", "## Wat kunt u doen?",
                    "* laat de wrat met rust;", "* dek hem af bij het zwemmen.", "Laatst bijgewerkt: 3 maart 2026"]
    assert "Home > Folders > Wratten" in page.furniture
    numbered = read_edbrowse("{Home}\n\nh1 Titel\n\nh2 Zo doet u het\n\n1. Was uw handen.\n2. Open de {verpakking}.\n")
    assert "1. Was uw handen.\n2. Open de verpakking." in numbered.markdown  # an ordered list stays one
    assert "Huidcentrum Oost · Stationsweg 4 · 7511 AB Enschede" in page.furniture


def test_the_edbrowse_page_reads_its_title_publisher_and_sections(tmp_path):
    item = ingest_file(DATA / "mondhoekontsteking.txt")
    assert item.leaflet.title == "Kloofjes in de mondhoeken"
    assert item.leaflet.publisher == "Huisartsenpraktijk Het Kloosterveld"
    assert item.leaflet.updated == "2026-03-03"
    assert all(passage.headings for passage in item.passages)
    text = _all_text(item)
    for furniture in ("{", "Praktijkinfo", "Zoeken", "WhatsApp", "Snel naar", "Disclaimer", "h2 "):
        assert furniture not in text
    small = _leaflet(tmp_path, EDBROWSE_PAGE)
    assert small.leaflet.title == "Wratten bij kinderen"
    assert [passage.headings[-1] for passage in small.passages] == ["Wat is een wrat?", "Wat kunt u doen?"]


def test_a_cookie_notice_that_names_the_kinds_of_cookies_is_interface():
    from ingest.clean.furniture import is_ui_line

    assert is_ui_line("Wij gebruiken functionele en analytische cookies.")
    assert is_ui_line("We use essential, analytics and marketing cookies.")
    assert not is_ui_line("Wij gebruiken een zalf die u niet mag afspoelen.")
