"""Leaflets as transactional-mail tools write them (red team 58, finding 2.1): Mailgen's default
theme sets a data table's title as a second `<h1>`, and the sender's name in a masthead link."""

from pathlib import Path

import lxml.html
import pytest

from ingest.html.load import load_html
from ingest.html.mail_masthead import masthead_name
from ingest.html.table_titles import table_titles_as_sections
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam58_leaflets"

DATA_TABLE = ("<table><tr><th>Situatie</th><th>Advies</th></tr>"
              "<tr><td>Borstvoeding</td><td>Laat zelf zuivel weg</td></tr>"
              "<tr><td>Flesvoeding</td><td>Speciale voeding op recept</td></tr></table>")
TEXT = "<p>{} Dit is een gewone zin van de tekst met genoeg woorden om een alinea te zijn.</p>"


def _mail(caption: str = '<h1 class="data-table-title">Welke voeding?</h1>', table: str = DATA_TABLE,
          section: str = "<p><strong>{}</strong></p>", masthead: str = "", sender: str = "") -> str:
    """A mail of a title `<h1>`, two sections, a table under its own title, one section after it."""
    head = f"<h1>Koemelkallergie bij baby's</h1>{sender}"
    before = "".join(section.format(name) + TEXT.format(name) for name in ("Wat is het?", "Hoe merkt u het?"))
    after = section.format("Gaat het over?") + TEXT.format("Later")
    return (f"<html><body>{masthead}<table class='email-body'><tr><td>{head}{before}{caption}"
            f"<table class='data-wrapper'><tr><td>{table}</td></tr></table>{after}</td></tr></table></body></html>")


def _tags(html: str) -> list[tuple[str, str]]:
    tree = lxml.html.fromstring(html)
    table_titles_as_sections(tree)
    return [(heading.tag, heading.text_content()) for heading in tree.xpath("//h1|//h2|//h3|//h4|//h5|//h6")]


def test_mailgens_table_title_is_a_section_and_the_first_h1_the_title():
    item = ingest_file(LEAFLETS / "koemelkallergie.html")
    assert item.leaflet.title == "Koemelkallergie bij baby's"
    assert item.leaflet.publisher == "JGZ Brabant-Noord"
    assert item.leaflet.updated == "2026-02"
    headings = [passage.headings for passage in item.passages]
    assert ("Welke voeding krijgt uw baby?",) in headings
    assert ("Gaat het over?",) in headings and ("Contact",) in headings  # not under the table's title
    assert ("Wat is koemelkallergie?",) in headings  # not under the title
    assert all(len(path) == 1 for path in headings)
    assert not any(passage.text.strip() == "JGZ Brabant-Noord, consultatiebureau" for passage in item.passages)
    over = next(passage.text for passage in item.passages if passage.headings == ("Gaat het over?",))
    assert over.startswith("De meeste kinderen groeien eroverheen.")
    table = next(passage.text for passage in item.passages if passage.headings == ("Welke voeding krijgt uw baby?",))
    assert "U geeft borstvoeding | U laat zelf alle melk" in table


@pytest.mark.parametrize("caption", [
    '<h1 class="data-table-title">Welke voeding?</h1>',  # Mailgen
    '<h1 class="table_caption">Welke voeding?</h1>',
    '<h1>Welke voeding?</h1>',  # no class: right over a table of data, after the sections began
    '<h1 class="heading">Welke voeding?</h1>',
])
@pytest.mark.parametrize("section", ["<p><strong>{}</strong></p>", "<p><b>{}</b></p>", "<h2>{}</h2>"])
def test_a_tables_h1_becomes_a_section_at_the_level_of_the_others(caption, section):
    assert _tags(_mail(caption, section=section))[0] == ("h1", "Koemelkallergie bij baby's")
    assert ("h2", "Welke voeding?") in _tags(_mail(caption, section=section))
    source = load_html(_mail(caption, section=section), "mail.html")
    assert source.title == "Koemelkallergie bij baby's"
    assert "\n## Welke voeding?\n" in source.text and "\n## Gaat het over?\n" in source.text


def test_a_tables_h1_under_third_level_sections_is_one_of_them():
    html = _mail("<h1>Welke voeding?</h1>", section="<h3>{}</h3>")
    assert ("h3", "Welke voeding?") in _tags(html)


@pytest.mark.parametrize("html", [
    # a site's name as an `<h1>` over the article's, which stands right over a table
    "<html><body><h1>Ziekenhuis De Vallei</h1><nav><a href='/'>Home</a></nav><h1>Bloedwaarden</h1>"
    + DATA_TABLE + TEXT.format("Uitleg") + "</body></html>",
    # sections set as `<h1>`s (mandoc): one opens with a table
    "<html><body><h1>NAAM</h1>" + TEXT.format("Naam") + "<h1>OPTIES</h1>" + DATA_TABLE + "</body></html>",
    # sections set as `<h1>`s, one with a section under it, and one that opens with a table (red team 16)
    "<html><body><h1>Wat is het?</h1>" + TEXT.format("Eerst") + "<h1>Behandeling</h1><h2>Allergie</h2>"
    + TEXT.format("Soms") + "<h1>Werk</h1>" + DATA_TABLE + "<h1>Meer informatie</h1>" + TEXT.format("Bel") + "</body></html>",
    # a later article's `<h1>` over a layout table of its text, no data table
    _mail("<h1>Tweede artikel</h1>", table="<p>Tekst van het tweede artikel.</p><p>Nog een alinea.</p>"),
    # words between the later `<h1>` and the table
    _mail("<h1>Welke voeding?</h1>" + TEXT.format("Eerst")),
    # a class that only holds the word ("tablet", "captioned")
    _mail('<h1 class="tablet-view">Welke voeding?</h1>'.replace("Welke voeding?", "Tweede artikel"),
          table="<p>Tekst.</p><p>Nog een alinea.</p>"),
])
def test_an_ordinary_pages_later_h1_stays(html):
    before = [heading.tag for heading in lxml.html.fromstring(html).xpath("//h1|//h2|//h3")]
    assert [tag for tag, _ in _tags(html)] == before


def test_the_masthead_names_the_sender_where_the_text_names_none(tmp_path):
    masthead = ("<table><tr><td class='email-masthead'><a class='email-masthead_name' href='https://x.nl/'>"
                "JGZ Brabant-Noord</a></td></tr></table>")
    item_html = _mail(masthead=masthead)
    assert masthead_name(lxml.html.fromstring(item_html)) == "JGZ Brabant-Noord"
    assert "JGZ Brabant-Noord" in load_html(item_html, "mail.html").furniture.split("\n")
    path = tmp_path / "mail.html"
    path.write_text(item_html, encoding="utf-8")
    item = ingest_file(path)
    assert item.leaflet.publisher == "JGZ Brabant-Noord"
    assert "JGZ Brabant-Noord" not in "\n".join(passage.text for passage in item.passages)


@pytest.mark.parametrize("html", [
    "<html><body><a class='nav-link' href='/'>Home</a><h1>Titel</h1></body></html>",  # no masthead's class
    "<html><body><a class='brand' href='/'>Samen gezond leven in de regio, elke dag weer een beetje beter"
    "</a><h1>Titel</h1></body></html>",  # a slogan, no name
    "<html><body><a class='branding' href='/'>Ziekenhuis X</a><h1>Titel</h1></body></html>",  # another word
])
def test_no_masthead_name_where_none_is_marked(html):
    assert masthead_name(lxml.html.fromstring(html)) == ""


def test_the_senders_line_outranks_the_masthead(tmp_path):
    masthead = "<a class='email-masthead_name' href='https://x.nl/'>Stichting Nieuwsbrief</a>"
    sender = "<p>GGD Hollands Midden, Jeugdgezondheidszorg</p><p>Laatst bijgewerkt: januari 2026</p>"
    path = tmp_path / "mail.html"
    path.write_text(_mail(masthead=masthead, sender=sender), encoding="utf-8")
    assert ingest_file(path).leaflet.publisher == "GGD Hollands Midden"
