"""Red team 52's web pages (Chameleon's Plone layout, Mako's WordPress theme): a CMS's lead
paragraph set as a box of words alone, a byline's date beside its category link, and the
organisation the `<title>` names beside the leaflet's title as its publisher."""

from __future__ import annotations

from pathlib import Path

from leaflet_files import ingest_file_as

DATA = Path(__file__).parent / "data" / "redteam52_leaflets"

_SECTIONS = "".join(
    f"<h2>Vraag {number}?</h2><p>Dit is de uitleg bij vraag {number}. Het ooglid wordt rood, dik en gevoelig, "
    f"en na een paar dagen ziet u vaak een geel puntje met pus aan de rand van het ooglid.</p>"
    f"<p>Een tweede alinea bij vraag {number} vertelt wat u zelf kunt doen en wanneer u de praktijk belt.</p>"
    for number in range(1, 7))
_LEAD = ("Een gerstekorrel is een pijnlijk, rood bultje aan de rand van het ooglid. Het is een ontsteking "
         "van een talgkliertje.")


def _page(lead_box: str, title: str = "Gerstekorrel", header: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<header id='portal-top'>{header}<a id='portal-logo' href='/'>Praktijk</a></header>"
            f"<article id='content'><h1>Gerstekorrel</h1>{lead_box}<div id='content-core'>{_SECTIONS}</div>"
            f"</article></body></html>")


def _text(ingested) -> str:
    return "\n".join(passage.text for passage in ingested.passages)


def test_plone_document_description_is_the_first_passage(tmp_path):
    ingested = ingest_file_as(tmp_path, "p.html", _page(f'<div class="documentDescription">{_LEAD}</div>'))
    assert "talgkliertje" in ingested.passages[0].text
    assert not ingested.passages[0].headings


def test_drupal_summary_field_is_text(tmp_path):
    box = f'<div class="field field--name-field-summary field--type-text-long">{_LEAD}</div>'
    assert "talgkliertje" in _text(ingest_file_as(tmp_path, "d.html", _page(box)))


def test_site_tagline_and_hidden_description_stay_out(tmp_path):
    """The site's tagline ("site-description") and a hidden description are no text."""
    hidden = ('<div class="description" style="display:none">Een verborgen beschrijving van deze pagina '
              'voor zoekmachines en sociale media.</div>')
    tagline = '<div class="site-description">Samen sterker bij kanker, elke dag weer opnieuw.</div>'
    text = _text(ingest_file_as(tmp_path, "h.html", _page(hidden, header=tagline)))
    assert "zoekmachines" not in text
    assert "Samen sterker" not in text


def test_wordpress_entry_meta_date_beside_category_link(tmp_path):
    meta = ('<header class="entry-header"><h1 class="entry-title">Gerstekorrel</h1><div class="entry-meta">'
            '<span class="posted-on">Laatst bijgewerkt: 4 november 2025</span> <span class="cat-links">'
            'Geplaatst in <a href="/informatie">Informatie</a></span></div></header>')
    page = (f"<!DOCTYPE html><html lang='nl'><head><title>Gerstekorrel</title></head><body><main>"
            f"<article class='post'>{meta}<div class='entry-content'>{_SECTIONS}</div></article></main></body></html>")
    assert ingest_file_as(tmp_path, "w.html", page).leaflet.updated == "2025-11-04"


def test_card_with_date_and_title_link_still_dates_another_page():
    """A related page's card in the article's footer (a heading, a link) dates that page, not this one."""
    from ingest.html.page import parse_page
    from ingest.html.page_dates import page_date
    card = ('<footer class="entry-footer"><ul><li><h3><a href="/hagelkorrel">Hagelkorrel</a></h3>'
            '<span>Laatst bijgewerkt: 1 januari 2020</span></li></ul></footer>')
    page = (f"<!DOCTYPE html><html lang='nl'><head><title>Gerstekorrel</title></head><body><main>"
            f"<article class='post'><h1>Gerstekorrel</h1><div class='entry-content'>{_SECTIONS}</div>{card}"
            f"</article></main></body></html>")
    assert page_date(parse_page(page)).labelled == ""


def test_publisher_from_title_half_naming_an_organisation(tmp_path):
    page = _page(f"<p>{_LEAD}</p>", title="Gerstekorrel — Huisartsenpraktijk De Linde")
    assert ingest_file_as(tmp_path, "t.html", page).leaflet.publisher == "Huisartsenpraktijk De Linde"


def test_title_half_of_a_section_name_is_no_publisher(tmp_path):
    page = _page(f"<p>{_LEAD}</p>", title="Gerstekorrel | Gezondheid A-Z")
    assert ingest_file_as(tmp_path, "s.html", page).leaflet.publisher == ""


def test_redteam52_pages():
    from ingest.pipeline import ingest_file
    gerstekorrel = ingest_file(DATA / "gerstekorrel.html", root=DATA)
    assert "meestal onschuldig" in gerstekorrel.passages[0].text
    assert gerstekorrel.leaflet.publisher == "Huisartsenpraktijk De Linde"
    haarverlies = ingest_file(DATA / "haarverlies.html", root=DATA)
    assert haarverlies.leaflet.updated == "2025-11-04"
    assert haarverlies.leaflet.publisher == "Stichting Kanker en Haar"


def test_title_half_opening_with_the_leaflet_section_is_no_publisher(tmp_path):
    """"Patiënteninformatie Kinderziekenhuis" names the site's collection of leaflets."""
    page = _page(f"<p>{_LEAD}</p>", title="Gerstekorrel – Patiënteninformatie Kinderziekenhuis")
    assert ingest_file_as(tmp_path, "k.html", page).leaflet.publisher == ""
