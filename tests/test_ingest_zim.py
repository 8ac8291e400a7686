"""Zim pages as red team 27 found them read wrongly: a Zim Desktop Wiki page (pandoc's zimwiki
writer) kept as `.txt` went through the plain-text path, so its title was the file's name, Zim's
"Content-Type:"/"Wiki-Format:" header opened the first passage, "====== Muisarm ======" opened no
section and a table kept its "|---|" rule. The DokuWiki reader missed it: Zim's lists stand at
the line's start and its tables have no "^" cells. A `.txt` with Zim's header, or several Zim
signs, is now read as the Markdown it corresponds to (ingest/zim.py)."""

from __future__ import annotations

from pathlib import Path

from ingest.dokuwiki import is_dokuwiki
from ingest.pipeline import ingest_file
from ingest.zim import is_zim, zim_as_markdown, zim_signs

BODY = """\
====== Hooikoorts ======

Informatie van de //huisartsenpraktijk//.

===== Klachten =====

* niezen en een ''loopneus'';
	* vooral in het voorjaar
* [ ] jeukende ogen

1. Spoel uw neus.
2. Lees [[https://www.thuisarts.nl/hooikoorts|Thuisarts]] of [[Gezondheid:Allergie]].

|Middel     |Wanneer       |
|-----------|--------------|
|Neusspray  |elke ochtend  |
|Tabletten  |bij klachten  |

'''
dosis = 1 tablet
'''

==== Wanneer bellen ====

Bel bij benauwdheid.{{./pollen.png}}
"""
PAGE = "Content-Type: text/x-zim-wiki\nWiki-Format: zim 0.4\nCreation-Date: 2025-04-01T10:00:00+02:00\n\n" + BODY


def test_zim_page_kept_as_txt_is_read_as_the_page_shows_it(tmp_path):
    path = tmp_path / "hooikoorts.txt"
    path.write_text(PAGE, encoding="utf-8")
    item = ingest_file(path)
    assert item.leaflet.title == "Hooikoorts"
    headings = [p.headings for p in item.passages]
    assert ("Klachten",) in headings and ("Klachten", "Wanneer bellen") in headings
    text = "\n".join(passage.text for passage in item.passages)
    assert "Middel | Wanneer\nNeusspray | elke ochtend\nTabletten | bij klachten" in text
    assert "Lees Thuisarts of Allergie." in text
    for markup in ("Content-Type", "Wiki-Format", "Creation-Date", "==", "[[", "//", "|---", "'''", "{{", "[ ]"):
        assert markup not in text, markup


def test_zim_markup_becomes_markdown():
    markdown = zim_as_markdown(PAGE)
    assert markdown.startswith("# Hooikoorts\n")  # six "=" is Zim's level one
    assert "\n## Klachten\n" in markdown and "\n### Wanneer bellen\n" in markdown
    assert "- niezen en een `loopneus`;\n    - vooral in het voorjaar\n- jeukende ogen\n" in markdown
    assert "| Middel | Wanneer |\n| --- | --- |\n| Neusspray | elke ochtend |" in markdown
    assert "```\ndosis = 1 tablet\n```" in markdown
    assert "[Thuisarts](https://www.thuisarts.nl/hooikoorts) of Allergie." in markdown
    assert "*huisartsenpraktijk*" in markdown


def test_zim_is_told_by_its_header_or_its_signs_and_not_taken_for_dokuwiki():
    assert is_zim(PAGE) and is_zim(BODY)  # pandoc without -s writes no header
    assert zim_signs(BODY) >= {"headings", "top level first", "list", "table", "link", "emphasis"}
    assert is_dokuwiki(PAGE)  # its links and "//" fit DokuWiki too: Zim is asked first
    dokuwiki = "====== Astma ======\n\nZie [[https://thuisarts.nl|Thuisarts]].\n\n===== Klachten =====\n\n  * hoesten\n"
    assert not is_zim(dokuwiki)
    markdown = "# Titel\n\n* een punt\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
    assert not is_zim(markdown)
    assert not is_zim("")


def test_the_red_team_leaflet_has_its_title_sections_and_table():
    path = Path(__file__).parent / "data" / "redteam27_leaflets" / "muisarm.txt"
    assert not is_dokuwiki(path.read_text(encoding="utf-8"))  # no indented list, no "^" table, no link
    item = ingest_file(path)
    assert item.leaflet.title == "Muisarm (KANS)"
    assert item.leaflet.updated == "2026-02-06"
    assert [p.headings[0] for p in item.passages if p.headings][:2] == ["Wat is een muisarm?", "Oorzaken"]
    text = "\n".join(passage.text for passage in item.passages)
    assert "Onderdeel | Goede instelling\nStoel | Voeten plat op de grond" in text
    for markup in ("Content-Type", "Wiki-Format", "==", "|---"):
        assert markup not in text, markup
