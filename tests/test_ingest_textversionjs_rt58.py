"""A newsletter's text part as textversionjs writes it, read as the leaflet it is (red team 58, 2.2)."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import ingest_leaflets
from ingest.textversionjs import is_textversionjs, read_textversionjs

LEAFLETS = Path(__file__).parent / "data" / "redteam58_leaflets"

# textversionjs's own shape, as it writes it: no blank lines, an ordered list, a nested list.
BARE = """Nieuws van de poli: Eczeem
[Bekijk online] (https://mail.example.org/web/42)
![image] (https://mail.example.org/logo.png)
Eczeem bij kinderen
===================
Eczeem is een droge huid die jeukt.
Wat kun je doen?
----------------
---Smeer twee keer per dag.
------Ook als de huid rustig is.
---Knip de nagels kort.
1--Was met lauw water.
2--Dep de huid droog.
Je ontvangt deze e-mail omdat je bent ingeschreven.
[Uitschrijven] (https://mail.example.org/unsubscribe/42)
"""


def _leaflet(path: Path):
    [item] = ingest_leaflets(path, root=path.parent)
    return item


def test_huilbaby_title_sections_items_and_table():
    item = _leaflet(LEAFLETS / "huilbaby.txt")
    assert item.leaflet.title == "Als je baby veel huilt"
    assert item.leaflet.publisher == "GGD Hollands Midden"
    headings = [list(passage.headings) for passage in item.passages]
    assert ["Wat kun je zelf doen?"] in headings and ["Hoe kunnen wij helpen?"] in headings
    assert ["Via de jeugdverpleegkundige"] not in headings
    texts = {passage.headings[-1] if passage.headings else "": passage.text for passage in item.passages}
    assert "Zorg voor een vast ritme" in texts["Wat kun je zelf doen?"]
    assert "---" not in "\n".join(texts.values())
    assert "Pedagogisch adviseur | Hulp bij ritme en slapen | Via de jeugdverpleegkundige" in texts["Hoe kunnen wij helpen?"]
    assert "huildagboek" in texts["Hoe kunnen wij helpen?"]


def test_huilbaby_mail_furniture_is_no_text():
    item = _leaflet(LEAFLETS / "huilbaby.txt")
    text = "\n".join(passage.text for passage in item.passages)
    for gone in ("In deze nieuwsbrief", "Bekijk deze e-mail", "logo.png", "Instagram", "Je ontvangt deze e-mail",
                 "Afmelden", "Doorsturen naar een vriend", "https://"):
        assert gone not in text
    assert "JGZ-lijn GGD Hollands Midden: 088 308 32 00" in text


def test_bare_output_reads_headings_items_and_drops_furniture():
    part = read_textversionjs(BARE)
    assert part is not None
    markdown = part.markdown
    assert "# Eczeem bij kinderen" in markdown and "## Wat kun je doen?" in markdown
    assert "- Smeer twee keer per dag.\n  - Ook als de huid rustig is.\n- Knip de nagels kort." in markdown
    assert "1. Was met lauw water.\n2. Dep de huid droog." in markdown
    assert "Bekijk online" not in markdown and "Uitschrijven" not in markdown and "Nieuws van de poli" not in markdown
    assert part.furniture == ("Nieuws van de poli: Eczeem", "Bekijk online",
                              "Je ontvangt deze e-mail omdat je bent ingeschreven.", "Uitschrijven")


def test_short_lines_that_make_no_whole_rows_stay_lines():
    text = ("Titel\n=====\nWie Wat\nArts\nSpreekuur\nApotheek\nBalie\nApotheek\nTekst van de folder.\n"
            "[Site] (https://example.org)\n")
    markdown = read_textversionjs(text).markdown
    assert "| Wie | Wat |\n| --- | --- |\n| Arts | Spreekuur |\n| Apotheek | Balie |\n" in markdown
    assert "\n\nApotheek\n\nTekst van de folder." in markdown  # the lone line after the rows heads nothing


def test_footer_stays_without_an_unsubscribe_link():
    text = "Titel\n=====\nTekst.\nMail ons: [info@example.org] (mailto:info@example.org)\n"
    part = read_textversionjs(text)
    assert "info@example.org" in part.markdown and part.furniture == ()


def test_ordinary_plain_leaflet_with_rules_and_dashes_stays_plain(tmp_path: Path):
    text = ("Wratten\n\nEen wrat is een bultje op de huid.\n\n---\n\n--Let op: niet krabben.\n"
            "---------\nBEHANDELING\n\nDe huisarts kan de wrat aanstippen. Zie www.thuisarts.nl (Wratten).\n")
    assert not is_textversionjs(text)
    assert read_textversionjs(text) is None
    path = tmp_path / "wratten.txt"
    path.write_text(text, encoding="utf-8")
    item = _leaflet(path)
    assert "--Let op: niet krabben." in "\n".join(passage.text for passage in item.passages)


def test_markdown_links_without_a_blank_are_no_textversionjs():
    text = "Titel\n=====\n\nZie [Thuisarts](https://www.thuisarts.nl).\n\n---Item\n"
    assert not is_textversionjs(text)


def test_bare_output_reads_as_a_leaflet(tmp_path: Path):
    path = tmp_path / "eczeem.txt"
    path.write_text(BARE, encoding="utf-8")
    item = _leaflet(path)
    assert item.leaflet.title == "Eczeem bij kinderen"
    assert [list(passage.headings) for passage in item.passages] == [[], ["Wat kun je doen?"]]
    assert "Bekijk online" not in "\n".join(passage.text for passage in item.passages)
