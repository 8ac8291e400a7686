"""Muse leaflets as red team 27 found them read wrongly: a text in Emacs Muse (pandoc's muse
writer) kept as `.txt` went through the plain-text path, so its title was the file's name, its
top heading "* Preventing carbon monoxide poisoning" became a list item, "** Symptoms" opened no
section and a writer's "<verbatim></verbatim>" stood in a list item. A `.txt` with several Muse
signs is now read as the Markdown it corresponds to (ingest/muse.py), and Org still as Org."""

from __future__ import annotations

from pathlib import Path

from ingest.muse import is_muse, muse_as_markdown, muse_signs
from ingest.org import is_org
from ingest.pipeline import ingest_file

DOCUMENT = """\
#author GGD Noordkust
#title Koolmonoxide
#date 2 oktober 2025

; een opmerking van de redactie

* Wat is het?

Een gas dat u niet ruikt, zie [[https://www.thuisarts.nl/co][Thuisarts]].[1]
Test de melder met =test=.

** Klachten

 - hoofdpijn;
 - <verbatim></verbatim>duizeligheid
   - vooral binnen
 - misselijkheid die lang
   aanhoudt.

 1. Open de ramen.
 2. Ga naar buiten.

<quote>
Bel 112 bij bewusteloosheid.
</quote>

 Melder || Plaats
 Rook   |  plafond
 CO     |  bij het toestel

<example>
EN 50291
</example>

[1] Thuisarts is een site van huisartsen.
"""


def test_muse_kept_as_txt_is_read_as_the_document_shows_it(tmp_path):
    path = tmp_path / "koolmonoxide.txt"
    path.write_text(DOCUMENT, encoding="utf-8")
    item = ingest_file(path)
    assert item.leaflet.title == "Koolmonoxide"
    assert item.leaflet.updated == "2025-10-02"
    headings = [p.headings for p in item.passages]
    assert ("Wat is het?",) in headings and ("Wat is het?", "Klachten") in headings
    text = "\n".join(passage.text for passage in item.passages)
    assert "Melder | Plaats\nRook | plafond\nCO | bij het toestel" in text
    assert "misselijkheid die lang aanhoudt." in text
    for markup in ("#title", "#author", "<verbatim", "[[", "||", "<quote", "<example", "opmerking", "* Wat"):
        assert markup not in text, markup


def test_muse_markup_becomes_markdown():
    markdown = muse_as_markdown(DOCUMENT)
    assert markdown.startswith("---\ndate: 2 oktober 2025\n---\n\n# Koolmonoxide\n")
    assert "\n## Wat is het?\n" in markdown and "\n### Klachten\n" in markdown  # one level under the title
    assert "- hoofdpijn;\n- duizeligheid\n  - vooral binnen\n- misselijkheid die lang\naanhoudt.\n" in markdown
    assert "1. Open de ramen.\n2. Ga naar buiten." in markdown
    assert "> Bel 112 bij bewusteloosheid." in markdown
    assert "| Melder | Plaats |\n| --- | --- |\n| Rook | plafond |" in markdown
    assert "```\nEN 50291\n```" in markdown
    assert "[Thuisarts](https://www.thuisarts.nl/co).[^1]" in markdown and "[^1]: Thuisarts is" in markdown
    assert "`test`" in markdown


def test_muse_is_told_from_org_markdown_and_plain_text():
    assert muse_signs(DOCUMENT) >= {"directive", "tag", "headings", "list", "table", "link"}
    assert is_muse(DOCUMENT)
    bare = "* Titel\n\nTekst.\n\n** Deel\n\n - een\n - twee\n"
    assert is_muse(bare)  # pandoc's writer without a title: headings over indented lists
    org = "#+TITLE: Oorpijn\n\n* Klachten\n** Pijn\n - zeurend\n\nZie [[https://thuisarts.nl][Thuisarts]].\n"
    assert is_org(org, "oorpijn.txt") and not is_muse(org)
    org_lists = "* Klachten\n\n- koorts\n- pijn\n\n** Behandeling\n\nZie [[https://a.nl][A]].\n"
    assert not is_muse(org_lists)  # Org's lists stand at the line's start
    markdown = "# Titel\n\n* een punt\n* nog een\n  - genest\n"
    assert not is_muse(markdown)
    assert not is_muse("Uitslag: 3 | 4 | 5\n")
    assert not is_muse("")


def test_the_red_team_leaflet_has_its_title_and_sections():
    item = ingest_file(Path(__file__).parent / "data" / "redteam27_leaflets" / "carbon-monoxide-en.txt")
    assert item.leaflet.title == "Preventing carbon monoxide poisoning"
    assert [p.headings[0] for p in item.passages][:2] == ["What is carbon monoxide?", "Symptoms"]
    text = "\n".join(passage.text for passage in item.passages)
    assert "Email: milieu@ggdnoordkust.example.nl" in text
    for markup in ("<verbatim", "** ", "• Preventing"):
        assert markup not in text, markup
