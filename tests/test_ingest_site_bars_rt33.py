"""A site's link bar and copyright line set as plain paragraphs (red team 33, unified's
remark and rehype): the bar "Home · Patiënten · …" was a passage of its own and the line
"© 2026 Ziekenhuis De Vallei · Privacyverklaring · …" was cited as the contact section's."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import ingest_file

LEAFLET = Path(__file__).parent / "data" / "redteam33_leaflets" / "botscan.html"
SECTIONS = ("<h1>Longfunctieonderzoek</h1><h2>Voorbereiding</h2><p>Rook niet in de vier uur voor het onderzoek"
            " en gebruik uw puffers zoals altijd.</p><h2>Het onderzoek</h2><p>U blaast zo hard mogelijk in een"
            " buis. Het onderzoek duurt ongeveer twintig minuten.</p>")


def _texts(tmp_path: Path, body: str) -> list[str]:
    page = tmp_path / "longfunctie.html"
    page.write_text(f"<!doctype html><html lang='nl'><head><title>Longfunctie</title></head><body>{body}"
                    "<script src='/cookiebar.js'></script></body></html>", encoding="utf-8")
    return [passage.text for passage in ingest_file(page).passages]


def test_the_committed_page_has_no_link_bar_or_copyright_passage():
    item = ingest_file(LEAFLET)
    text = "\n".join(passage.text for passage in item.passages)
    assert "Home" not in text and "Privacyverklaring" not in text and "©" not in text
    assert item.leaflet.updated == "2026-01-20"
    contact = [passage for passage in item.passages if passage.headings[-1:] == ("Contact",)]
    assert [passage.text for passage in contact] == [
        "Nucleaire Geneeskunde, route 85, telefoon 0318 43 44 50 (werkdagen 8.00–16.30 uur)."]


def test_a_menu_before_the_title_and_a_copyright_line_at_the_end_leave(tmp_path):
    menu = ('<p><a href="/">Start</a> · <a href="/zorg">Zorg</a> · <a href="/long">Longziekten</a> · '
            '<a href="/contact">Contact</a></p>')
    footer = ('<hr><p>© 2025 Longcentrum Zuid · <a href="/privacy">Privacy</a> · '
              '<a href="/cookies">Cookies</a></p>')
    texts = _texts(tmp_path, menu + SECTIONS + footer)
    text = "\n".join(texts)
    assert "Longziekten" not in text and "Cookies" not in text and "©" not in text
    assert texts[-1] == "U blaast zo hard mogelijk in een buis. Het onderzoek duurt ongeveer twintig minuten."


def test_links_in_the_text_and_a_copyright_line_before_more_text_stay(tmp_path):
    related = ('<h2>Meer lezen</h2><p><a href="/astma">Astma</a> · <a href="/copd">COPD</a> · '
               '<a href="/puffers">Puffers gebruiken</a></p>')
    sentence = '<p>Lees ook <a href="/astma">Astma</a>, <a href="/copd">COPD</a> en <a href="/x">Puffers</a>.</p>'
    credit = "<p>© Longfonds, overgenomen met toestemming.</p><p>Bel bij vragen de longafdeling.</p>"
    text = "\n".join(_texts(tmp_path, SECTIONS + related + sentence + credit))
    assert "Astma · COPD · Puffers gebruiken" in text
    assert "Lees ook Astma, COPD en Puffers." in text
    assert "© Longfonds, overgenomen met toestemming." in text
