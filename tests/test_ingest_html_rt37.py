"""Red team 37: a web page's encoding, poppler's bbox-layout XHTML, a publisher the `<title>` names."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from ingest.document import IngestError
from ingest.html.bbox_layout import bbox_layout_text, is_bbox_layout, lone_headers
from ingest.html.encoding import decode_page, declared_encoding
from ingest.pipeline import load_source

LEAFLETS = Path(__file__).parent / "data" / "redteam37_leaflets"
BODY = ("<h1>Griep bij kinderen</h1><p>{}</p><p>Bel de huisarts als uw kind erg ziek is en koorts heeft. "
        "Geef genoeg te drinken, ook als het kind weinig eet.</p>")


def _page(head: str, words: str) -> str:
    return f"<html><head>{head}<title>Griep</title></head><body>{BODY.format(words)}</body></html>"


# --- encoding -------------------------------------------------------------------------------

def test_utf8_without_declaration_is_utf8():
    assert "bacteriën" in decode_page(_page("", "bacteriën").encode("utf-8"), "p.html")


def test_utf8_bytes_win_over_a_wrong_western_declaration():
    page = _page('<meta charset="windows-1252">', "één bacteriën")
    assert "één bacteriën" in decode_page(page.encode("utf-8"), "p.html")


def test_utf8_bytes_win_over_a_wrong_xml_declaration():
    page = '<?xml version="1.0" encoding="ISO-8859-2"?>\n' + _page("", "één bacteriën")
    assert "één bacteriën" in decode_page(page.encode("utf-8"), "p.html")


def test_boms_are_read():
    page = _page("", "één")
    assert "één" in decode_page(b"\xef\xbb\xbf" + page.encode("utf-8"), "p.html")
    assert "één" in decode_page(page.encode("utf-16"), "p.html")


@pytest.mark.parametrize("head, encoding, words", [
    ('<meta charset="windows-1251">', "cp1251", "Грипп у детей: позвоните врачу"),
    ('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">', "iso-8859-2", "Zażółć gęślą jaźń"),
    ('<meta charset="shift_jis">', "shift_jis", "インフルエンザの子ども"),
])
def test_declared_encoding_reads_bytes_that_are_no_utf8(head, encoding, words):
    assert words in decode_page(_page(head, words).encode(encoding), "p.html")


def test_xml_declaration_names_the_encoding():
    page = '<?xml version="1.0" encoding="windows-1250"?>\n' + _page("", "Zażółć łódź")
    assert declared_encoding(page.encode("cp1250")) == "cp1250"
    assert "Zażółć łódź" in decode_page(page.encode("cp1250"), "p.html")


def test_western_declaration_keeps_the_single_byte_guess():
    page = _page('<meta charset="iso-8859-1">', "één café")
    assert "één café" in decode_page(page.encode("cp1252"), "p.html")


def test_utf16_without_bom_is_known_by_its_first_character():
    page = '<?xml version="1.0" encoding="UTF-16"?>\n' + _page("", "één")
    assert "één" in decode_page(page.encode("utf-16-le"), "p.html")
    assert "één" in decode_page(page.encode("utf-16-be"), "p.html")


def test_unknown_declaration_and_binary_data():
    assert "één" in decode_page(_page('<meta charset="x-nonsense">', "één").encode("cp1252"), "p.html")
    with pytest.raises(IngestError):
        decode_page(b"<html>\x00\x01\x02" + bytes(range(256)) * 40, "p.html")


def test_page_in_windows_1251_is_read_through_the_pipeline():
    source = load_source(_page('<meta charset="windows-1251">', "Грипп у детей").encode("cp1251"), Path("p.html"))
    assert "Грипп у детей" in source.text


# --- pdftotext -bbox-layout -----------------------------------------------------------------

def _word(text: str, x: float, top: float, bottom: float) -> str:
    return f'<word xMin="{x}" yMin="{top}" xMax="{x + 40}" yMax="{bottom}">{text}</word>'


def _line(words: str, x: float, top: float, size: float = 10.33) -> str:
    boxes = "".join(_word(word, x + 45 * i, top, top + size) for i, word in enumerate(words.split()))
    return f'<line xMin="{x}" yMin="{top}" xMax="500" yMax="{top + size}">{boxes}</line>'


def _block(*lines: str) -> str:
    return f"<block>{''.join(lines)}</block>"


def _bbox(*pages: list[str]) -> str:
    body = "".join(f'<page width="595" height="842"><flow>{"".join(blocks)}</flow></page>' for blocks in pages)
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "x.dtd">'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><title></title></head>'
            f"<body><doc>{body}</doc></body></html>")


def test_bbox_layout_lines_blocks_and_pages():
    tree = lxml.html.fromstring(_bbox([_block(_line("Een kop", 90, 100)),
                                       _block(_line("eerste regel", 90, 120), _line("tweede regel", 90, 132))],
                                      [_block(_line("andere pagina", 90, 100))]))
    assert is_bbox_layout(tree)
    assert bbox_layout_text(tree) == "Een kop\n\neerste regel\ntweede regel\n\fandere pagina\n\f"


def test_an_ordinary_page_is_no_bbox_layout():
    assert not is_bbox_layout(lxml.html.fromstring(_page("", "woord")))


def test_lone_header_over_a_later_page_is_found_by_its_place():
    tree = lxml.html.fromstring(_bbox(
        [_block(_line("Tekst van pagina een.", 90, 111))],
        [_block(_line("Praktijk", 90, 49.5)), _block(_line("Titel", 386, 49.5)),
         _block(_line("Tekst van pagina twee.", 90, 94.5))]))
    assert sorted(line.text_content() for line in lone_headers(tree)) == ["Praktijk", "Titel"]


def test_first_line_of_a_later_page_close_to_the_text_is_no_header():
    tree = lxml.html.fromstring(_bbox(
        [_block(_line("Tekst van pagina een.", 90, 111))],
        [_block(_line("Tekst van pagina twee.", 90, 49.5), _line("gaat hier verder.", 90, 61.5))]))
    assert not lone_headers(tree)


def test_bbox_layout_leaflet_reads_as_paged_text():
    source = load_source((LEAFLETS / "oorpiercing-ontsteking.html").read_bytes(),
                         Path("oorpiercing-ontsteking.html"))
    assert source.markup == "plain" and len(source.page_starts) == 2
    assert "Huisartsenpraktijk De Boog\n" not in source.text[source.page_starts[1]:]
    assert "\nHoe ontstaat een ontsteking?\n" in source.text
    assert "Huisartsenpraktijk De Boog" in source.furniture


# --- a publisher the <title> names beside the leaflet's title --------------------------------

def test_title_half_named_on_a_cover_line_is_the_publisher():
    page = ('<html><head><meta charset="utf-8"><title>Een gebroken teen | Tergooi MC</title></head><body>'
            "<p>Spoedeisende Hulp – Tergooi MC</p><h1>Een gebroken teen</h1><h2>Wat is er aan de hand?</h2>"
            "<p>U heeft een teen gebroken. Dat gebeurt vaak door stoten tegen een deur.</p></body></html>")
    assert load_source(page.encode("utf-8"), Path("teen.html")).publisher == "Tergooi MC"


def test_title_half_no_line_names_is_no_publisher():
    page = ('<html><head><meta charset="utf-8"><title>Een gebroken teen | Tergooi MC</title></head><body>'
            "<h1>Een gebroken teen</h1><h2>Wat is er aan de hand?</h2>"
            "<p>U heeft een teen gebroken. Dat gebeurt vaak door stoten tegen een deur.</p></body></html>")
    assert load_source(page.encode("utf-8"), Path("teen.html")).publisher == ""
