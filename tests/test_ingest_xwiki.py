"""XWiki leaflets as red team 30 found them read wrongly: a page in XWiki 2.x syntax (pandoc's
XWiki writer) kept as `.txt` was taken for MediaWiki, so its "|=" table ran into one line with
its marks, its "*." items read "• . ..." and every numbered item stayed "1.". A `.txt` with
XWiki's own marks is now read as the Markdown it corresponds to (ingest/xwiki.py), before
Creole and MediaWiki are asked."""

from __future__ import annotations

from pathlib import Path

from ingest.creole import is_creole
from ingest.mediawiki import is_mediawiki
from ingest.pipeline import ingest_file
from ingest.xwiki import is_xwiki, xwiki_as_markdown

PAGE = """\
= Wondzorg {{id name="wondzorg" /}}=

{{toc/}}

Afdeling Chirurgie\\\\
Telefoon 040 123 45 67

== Wat mag u //verwachten//? ==

De wond is **soms** rood, __echt__ ##niet## --nat--. Zie [[Thuisarts>>https://www.thuisarts.nl/wond]] of [[https://x.nl]].
- 3 keer per dag is hier geen lijst, 10--12 dagen.
(% class="note" %)Let op: 1 op de 10.

* Douchen mag.
** Kort.
1. Dep droog.
11. Zacht.
1. Plak een pleister.

; Wondvocht
: Helder vocht uit de wond.

(% class="table-bordered" %)
|=Dag|=Wat mag u doen
|1|Rust houden, {{{a|b}}}
|2|[[Douchen>>https://x.nl/douchen||target="_blank"]]
Bel bij koorts.

{{info}}
Neem pijnstillers mee.
{{/info}}

----

{{code language="none"}}
geen **vet** hier
{{/code}}
"""


def test_the_red_team_leaflet_has_its_table_and_lists():
    ingested = ingest_file(Path(__file__).parent / "data" / "redteam30_leaflets" / "alopecia-areata.txt")
    assert ingested.leaflet.title == "Alopecia areata: pleksgewijze kaalheid"
    by_heading = {passage.headings[-1]: passage.text for passage in ingested.passages if passage.headings}
    assert "Vorm | Wat gebeurt er | Hoe vaak\nAlopecia areata | een of meer ronde kale plekken | het meest\n" \
        in by_heading["Vormen"]
    assert "\n• een sterke corticosteroïdcrème" in by_heading["Behandeling"]
    assert "1. Bescherm" in by_heading["Wat kunt u zelf doen?"]
    assert "\n4. Praat erover" in by_heading["Wat kunt u zelf doen?"]
    assert not any("|=" in passage.text or "{{" in passage.text for passage in ingested.passages)


def test_xwiki_is_told_from_creole_and_mediawiki():
    assert is_xwiki(PAGE)
    assert not is_xwiki("= Wondzorg =\n\n== Klachten ==\n\n* Pijn.\n\n{{Folderkop|titel=Wond}}\n[[Pijn|pijn]]\n")
    assert not is_xwiki("= Wondzorg\n\n|= Dag |= Wat |\n| 1 | Rust |\n\n//Let op//: [[Wond|hier]]\n")
    assert is_mediawiki("= Wondzorg =\n\n== Klachten ==\n\n{{Folderkop|titel=Wond}}\n[[Pijn|pijn]]\n")
    assert is_creole("= Wondzorg\n\n|= Dag |= Wat |\n| 1 | Rust |\n\n//Let op//: [[Wond|hier]]\n")


def test_xwiki_markup_becomes_markdown():
    markdown = xwiki_as_markdown(PAGE)
    assert markdown.startswith("# Wondzorg\n\nAfdeling Chirurgie\nTelefoon 040 123 45 67\n\n## Wat mag u *verwachten*?\n")
    assert "De wond is **soms** rood, echt `niet` nat. Zie Thuisarts of https://x.nl.\n\\- 3 keer" in markdown
    assert "10--12 dagen.\nLet op: 1 op de 10.\n" in markdown
    assert "- Douchen mag.\n  - Kort.\n1. Dep droog.\n   1. Zacht.\n2. Plak een pleister." in markdown
    assert "**Wondvocht**\n\nHelder vocht uit de wond." in markdown
    assert "| Dag | Wat mag u doen |\n| --- | --- |\n| 1 | Rust houden, `a\\|b` |\n| 2 | Douchen |\n\nBel" in markdown
    assert "\n\nNeem pijnstillers mee.\n\n* * *\n\n```\ngeen **vet** hier\n```" in markdown
