"""MediaWiki leaflets as red team 25 found them read wrongly: a page written in wiki markup
(pandoc's MediaWiki writer) and kept as `.txt` went through the plain-text path, so its title
was the file's name, "== Klachten ==" opened no section, "{{Folderkop|...}}", "__TOC__",
`<span id>` anchors, "''cursief''" and "[[Categorie:...]]" were words, and a "{| ... |}"
table's header cells were split from its rows. A `.txt` with several wiki signs is now read as
the Markdown it corresponds to (ingest/mediawiki.py)."""

from __future__ import annotations

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.mediawiki import is_mediawiki, mediawiki_as_markdown, mediawiki_signs
from ingest.pipeline import ingest_file

LEAFLET = """\
{{Infobox folder
| afdeling = Longziekten
| code = {{Code|LONG-12}}
}}
__NOTOC__
<!-- Nog laten nakijken door de longarts. -->
<span id="inhalatoren"></span>
= Inhalatoren gebruiken =

<span id="waarom"></span>
== Waarom een inhalator? ==

Een inhalator brengt het medicijn '''direct''' in de longen.<ref>Zie de [[Bijsluiter|bijsluiter]].</ref>
Lees ook de folder over [[astma]]tische klachten en [https://www.thuisarts.nl/astma Thuisarts].

=== Zo gebruikt u de inhalator ===

# Schud de inhalator.
# Adem rustig uit.
#* Niet in de inhalator blazen.
# Houd uw adem ''tien seconden'' vast.

{| class="wikitable"
|+ Hoe vaak?
! Medicijn !! Hoe vaak
|-
| style="text-align:left" | Salbutamol || bij klachten
|-
| Budesonide
| 2 keer per dag
|}

----
; Spacer : een voorzetkamer voor de inhalator.

[[Categorie:Longziekten]]
[[en:Inhalers]]
"""


def _ingest(tmp_path: Path, text: str, name: str = "inhalatoren.txt"):
    return ingest_file_as(tmp_path, name, text, rooted=False)


def test_mediawiki_kept_as_txt_is_read_as_the_page_shows_it(tmp_path):
    item = _ingest(tmp_path, LEAFLET)
    assert item.leaflet.title == "Inhalatoren gebruiken"
    headings = [p.headings for p in item.passages]
    assert ("Waarom een inhalator?",) in headings
    assert ("Waarom een inhalator?", "Zo gebruikt u de inhalator") in headings
    text = "\n".join(passage.text for passage in item.passages)
    assert "Een inhalator brengt het medicijn direct in de longen." in text
    assert "astmatische klachten en Thuisarts" in text
    assert "Houd uw adem tien seconden vast." in text
    assert "Medicijn | Hoe vaak\nSalbutamol | bij klachten\nBudesonide | 2 keer per dag" in text
    for markup in ("{{", "}}", "Infobox", "LONG-12", "__", "<span", "[[", "''", "{|", "|}", "Categorie",
                   "Inhalers", "nakijken", "style=", "<ref"):
        assert markup not in text, markup


def test_wiki_markup_becomes_markdown():
    markdown = mediawiki_as_markdown(LEAFLET)
    assert markdown.startswith("# Inhalatoren gebruiken\n")
    assert "## Waarom een inhalator?" in markdown and "### Zo gebruikt u de inhalator" in markdown
    assert "1. Schud de inhalator.\n2. Adem rustig uit.\n   - Niet in de inhalator blazen.\n3. Houd" in markdown
    assert "| Medicijn | Hoe vaak |\n| --- | --- |\n| Salbutamol | bij klachten |" in markdown
    assert "[^ref1]: Zie de bijsluiter." in markdown  # a note as a footnote
    assert "**Spacer**" in markdown and "een voorzetkamer voor de inhalator." in markdown


def test_the_red_team_leaflet_has_its_title_sections_and_table():
    item = ingest_file(Path(__file__).parent / "data" / "redteam25_leaflets" / "blefaritis.txt")
    assert item.leaflet.title == "Ooglidrandontsteking (blefaritis)"
    assert item.leaflet.updated == "2025-09-30"
    assert [p.headings[0] for p in item.passages][:3] == [
        "Wat is blefaritis?", "Klachten", "Dagelijkse ooglidhygiëne"]
    table = next(p.text for p in item.passages if "Medicijn" in p.text)
    assert "Medicijn | Hoe | Hoe lang\nKunsttranen |" in table
    assert "Doxycycline tabletten | 1 keer per dag 100 mg" in table
    text = "\n".join(passage.text for passage in item.passages)
    for markup in ("{{", "__TOC__", "<span", "''", "[[", "Categorie", "width=", "== "):
        assert markup not in text, markup


def test_mediawiki_is_told_from_plain_text_by_several_signs():
    assert mediawiki_signs(LEAFLET) >= {"headings", "table", "link", "template", "emphasis", "magic word"}
    assert is_mediawiki(LEAFLET)
    once = "Uitslag\n\n== Let op ==\n\nNeem contact op met ''de'' huisarts als [[dit]] zo is.\n"
    assert not is_mediawiki(once)  # one heading line may be a plain text's own mark
    equation = "De formule:\n\nE = m c 2 =\n= x + y =\n\nDat is alles.\n"
    assert not is_mediawiki(equation)  # "headings" alone is one sign
    rules = "Titel\n=====\n\nTekst over de ''folder''.\n\nDeel twee\n=====\n\n=====\n"
    assert not is_mediawiki(rules)  # rules and setext underlines are no headings
    assert not is_mediawiki("Zie {{dit}} en [[dat]] en ''zo''.\n")  # no headings nor a table
    assert not is_mediawiki("")
