"""A leaflet that Markdown.pl and showdown wrote into a site's template (red team 34): the site's
name as an `<h1>` in a header box of its own over the leaflet's `<h1>` is no title, and a footer
line of the site's name, address and links with no "©" is no text (ingest/html/site_bars.py)."""

from __future__ import annotations

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.clean.markdown import table_cells
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam34_leaflets"

TEMPLATE = """<html><head><title>{title}</title></head><body>
<div id="kop"><h1>Huidtherapie Het Duin</h1><p>Duinweg 3 · Castricum · 0251 12 34 56</p></div>
<div id="inhoud">
<h1>Eczeem bij volwassenen</h1>
<h2>Wat is eczeem?</h2>
<p>Eczeem is een ontsteking van de huid die jeukt en rood ziet. Het komt en gaat in periodes.</p>
<h2>Wat kunt u doen?</h2>
<p>Smeer de huid twee keer per dag in met een vette crème en douche kort en niet te heet.</p>
{last}
</div>
<div id="voet"><p>{footer}</p></div>
</body></html>"""

FOOTER = 'Huidtherapie Het Duin · <a href="privacy.html">Privacy</a> · <a href="klachten.html">Klachten</a>'


def _ingest(tmp_path, title="Huidtherapie Het Duin - Folders", last="", footer=FOOTER):
    return ingest_file_as(tmp_path, "eczeem.html", TEMPLATE.format(title=title, last=last, footer=footer), rooted=False)


def test_red_team_markdown_pl_page():
    ingested = ingest_file(LEAFLETS / "platvoeten-kind.html")
    assert ingested.leaflet.title == "Platvoeten bij kinderen"
    assert ingested.leaflet.updated == "2026-03-04"
    texts = [passage.text for passage in ingested.passages]
    assert not any("Leusderweg" in text or "Privacyreglement" in text or "NVvP" in text for text in texts)
    # the sender's line over the title names the practice, though no word of its name says so (red team 35)
    assert ingested.leaflet.publisher == "Kinderfysiotherapie De Kikker"
    assert ingested.passages[0].headings == ("Wat zijn platvoeten?",)
    assert not any("Amersfoort" in text for text in texts)


def test_red_team_showdown_footer():
    ingested = ingest_file(LEAFLETS / "heesheid.html")
    assert ingested.leaflet.title == "Heesheid"
    assert ingested.leaflet.publisher == "Ziekenhuis Zeevang"
    assert ingested.passages[-1].headings[-1] == "Contact"
    assert not any("Waterlandlaan" in passage.text for passage in ingested.passages)


def test_the_sites_name_over_the_leaflet_is_no_title(tmp_path):
    ingested = _ingest(tmp_path)
    assert ingested.leaflet.title == "Eczeem bij volwassenen"
    assert not any("Duinweg" in passage.text or "Klachten" in passage.text for passage in ingested.passages)


def test_a_leaflet_whose_first_h1_is_its_title_stays_titled_so(tmp_path):
    page = tmp_path / "eczeem.html"
    page.write_text("<html><head><title>Eczeem bij volwassenen - Huidtherapie Het Duin</title></head><body>"
                    "<div id='inhoud'><h1>Eczeem bij volwassenen</h1><p>Eczeem is een ontsteking van de huid die"
                    " jeukt.</p><h1>Wat kunt u doen?</h1><p>Smeer de huid twee keer per dag in met een vette"
                    " crème.</p></div></body></html>", encoding="utf-8")
    assert ingest_file(page).leaflet.title == "Eczeem bij volwassenen"


def test_a_last_paragraph_with_a_link_stays(tmp_path):
    last = '<p>Meer over eczeem leest u op <a href="https://www.thuisarts.nl">Thuisarts.nl</a>.</p>'
    ingested = _ingest(tmp_path, last=last, footer="")
    assert ingested.passages[-1].text.endswith("Meer over eczeem leest u op Thuisarts.nl.")


def test_a_contact_line_of_items_stays(tmp_path):
    last = '<p>Polikliniek · 0251 12 34 56 · <a href="mailto:info@duin.nl">info@duin.nl</a></p>'
    ingested = _ingest(tmp_path, last=last, footer="")
    assert "info@duin.nl" in ingested.passages[-1].text


def test_the_pipe_table_markdown_pl_left_as_a_paragraph_is_a_table():
    ingested = ingest_file(LEAFLETS / "platvoeten-kind.html")
    lines = [line for passage in ingested.passages for line in passage.text.split("\n")]
    assert "Leeftijd | Wat is normaal?" in lines
    assert "3 tot 6 jaar | gewelf zichtbaar op de tenen, plat bij staan" in lines
    assert not any("---" in line for line in lines)


def test_a_paragraph_of_pipe_rows_without_a_delimiter_row_stays_a_paragraph(tmp_path):
    last = "<p>| Kies | Home | Folders |\n| Contact |</p>"
    kept = _ingest(tmp_path, last=last, footer="").passages[-1].text
    assert "| Kies | Home | Folders |" in kept
    table = "<p>| Crème | Hoe vaak |\n| :--- | ---: |\n| Vette crème | 2 keer per dag |\n| Hormooncrème | 1 keer |</p>"
    rows = _ingest(tmp_path, last=table, footer="").passages[-1].text.split("\n")
    assert rows[-3:] == ["Crème | Hoe vaak", "Vette crème | 2 keer per dag", "Hormooncrème | 1 keer"]


def test_an_escaped_pipe_stays_in_its_cell():
    assert table_cells("| Ja \\| nee | Soms |") == ["Ja | nee", "Soms"]
