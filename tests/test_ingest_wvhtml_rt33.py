"""A Word 97 file as wvWare's `wvHtml` writes it (red team 33): each paragraph a
`<div name="STYLE">` with its look inline, numbered headings in one-item lists, the list
before a table closed only inside the table's first cell, the page's header and footer after
the body. Every heading was read as a bullet, the sections after the table had none, and
the header and footer were a passage ranked first for three questions."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import ingest_file

LEAFLET = Path(__file__).parent / "data" / "redteam33_leaflets" / "penicilline-allergie.html"


def _div(style: str, words: str) -> str:
    return (f'<p><div name="{style}" align="left" style="margin: 0mm;"> \n<p style="text-indent: 0.00mm;">\n'
            f'<font color="DarkCyan"><b>{words}</b></font>\n</p></div>\n')


def _numbered(number: int, style: str, words: str) -> str:
    return f'<ul>\n<li value="{number}">{_div(style, words)}</li>\n'


def _page(body: str) -> str:
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<html><head>'
            '<META NAME="GENERATOR" CONTENT="wvWare/wvWare version 1.2.9"><title>\nUntitled\n</title></head>'
            f'<body bgcolor="#FFFFFF"><!--Section Begins--><br>\n{body}<!--Section Ends--></body></html>')


def test_the_committed_leaflet_has_its_sections_in_order_under_their_headings():
    item = ingest_file(LEAFLET)
    assert item.leaflet.title == "Penicilline-allergie: klopt het wel?"
    assert item.leaflet.updated == "2026-01-15"
    headed = [(passage.headings[-1], passage.text) for passage in item.passages]
    assert [heading for heading, _ in headed] == [
        "Waarom deze folder?", "Waarom is het belangrijk om dit uit te zoeken?", "Welke reacties zijn wel een allergie?",
        "Hoe gaat het verder?", "De proefdosis", "Na de test", "Contact"]
    table = dict(headed)["Welke reacties zijn wel een allergie?"]
    assert table.startswith("Reactie | Allergie?") and "Blaren, loslatende huid of slijmvliezen | Ja" in table
    assert dict(headed)["De proefdosis"].startswith("U slikt in de praktijk één tablet amoxicilline.")
    text = "\n".join(passage.text for passage in item.passages)
    assert "pagina 2" not in text and "patiënteninformatie" not in text  # the page's header and footer
    assert "•" not in text


def test_dutch_style_names_rank_the_headings_and_the_title_heads_them(tmp_path):
    body = (_div("Titel", "Hooikoorts bij kinderen")
            + _numbered(1, "Kop 1", "Wat is hooikoorts?") + "</ul>"
            + _div("Standaard", "Hooikoorts is een allergie voor stuifmeel van bomen, grassen of kruiden.")
            + _div("Kop 2", "Klachten in de ogen")
            + _div("Standaard", "De ogen jeuken, tranen en worden rood, vooral op zonnige dagen met wind.")
            + _div("Koptekst", "Kinderkliniek Noord - folder 12") + _div("Voettekst", "pagina 1"))
    page = tmp_path / "hooikoorts.html"
    page.write_text(_page(body), encoding="utf-8")
    item = ingest_file(page)
    assert item.leaflet.title == "Hooikoorts bij kinderen"
    paths = [passage.headings[-2:] for passage in item.passages]
    assert paths[-1] == ("Wat is hooikoorts?", "Klachten in de ogen"), paths
    text = "\n".join(passage.text for passage in item.passages)
    assert "folder 12" not in text and "pagina 1" not in text


def test_a_styled_box_in_a_table_or_a_sentence_stays_text(tmp_path):
    body = (_div("Title", "Griepprik")
            + _div("Heading 1", "Wie krijgt een uitnodiging?")
            + '<table width="100.00%" border="1" cols="2" rows="4">'
            + "".join(f"<tr><td>{_div(style, left)}</td><td>{_div(style, right)}</td></tr>" for style, left, right in [
                ("Heading 1", "Groep", "Wanneer"), ("Table Contents", "60 jaar en ouder", "oktober"),
                ("Table Contents", "Zwangeren", "november"), ("Table Contents", "Zorgmedewerkers", "september")])
            + "</table>"
            + _div("Heading 2", "U krijgt de prik in uw bovenarm en mag daarna meteen naar huis.")
            + _div("Text Body", "Neem de uitnodiging en uw identiteitsbewijs mee naar de praktijk."))
    page = tmp_path / "griepprik.html"
    page.write_text(_page(body), encoding="utf-8")
    item = ingest_file(page)
    headings = {heading for passage in item.passages for heading in passage.headings}
    assert "Wie krijgt een uitnodiging?" in headings
    assert "Groep" not in headings and not any(heading.startswith("U krijgt") for heading in headings)
    text = "\n".join(passage.text for passage in item.passages)
    assert "60 jaar en ouder | oktober" in text and "U krijgt de prik in uw bovenarm" in text


def test_a_list_of_real_items_with_a_heading_among_them_stays_a_list(tmp_path):
    body = (_div("Title", "Na de operatie")
            + _div("Heading 1", "Wat mag u?")
            + "<ul><li>" + _div("List Paragraph", "U mag na een dag douchen.") + "</li><li>"
            + _div("List Paragraph", "U mag na twee weken weer fietsen.") + "</li></ul>"
            + _div("Text Body", "Bel bij koorts boven 38,5 graden de afdeling."))
    page = tmp_path / "operatie.html"
    page.write_text(_page(body), encoding="utf-8")
    text = "\n".join(passage.text for passage in ingest_file(page).passages)
    assert "• U mag na een dag douchen." in text and "• U mag na twee weken weer fietsen." in text
