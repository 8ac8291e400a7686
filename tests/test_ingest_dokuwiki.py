"""DokuWiki leaflets as red team 26 found them read wrongly: a page in DokuWiki markup (pandoc's
DokuWiki writer) kept as `.txt` went through the plain-text path, so its title was the file's
name, "====== Bof ======" and "===== Klachten =====" opened no section, and a "^ ... ^" /
"| ... |" table's cells were split from their rows. A `.txt` with several DokuWiki signs is now
read as the Markdown it corresponds to (ingest/dokuwiki.py), its inverted heading levels too."""

from __future__ import annotations

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.dokuwiki import dokuwiki_as_markdown, dokuwiki_signs, is_dokuwiki
from ingest.mediawiki import is_mediawiki
from ingest.pipeline import ingest_file

LEAFLET = """\
~~NOTOC~~
===== Inhalatoren gebruiken =====

{{ :folders:inhalator.png?200|Een inhalator}}
Informatie van de afdeling //Longziekten//.

==== Waarom een inhalator? ====

Een inhalator brengt het medicijn **direct** in de longen.((Zie de [[bijsluiter|bijsluiter]].))
Lees ook [[https://www.thuisarts.nl/astma|Thuisarts]] en [[folders:astma_klachten]].

=== Zo gebruikt u de inhalator ===

  - Schud de inhalator.
  - Adem rustig uit.
    * Niet in de inhalator blazen.
    * Niet ''hoesten''.
  - Houd uw adem tien seconden vast.

^ Medicijn    ^ Hoe vaak       ^
| Salbutamol  | bij klachten   |
| Budesonide  | 2 keer per dag |

<code>
dosis = 2 pufjes
</code>

----
Vragen? Bel 088 123 45 67.
"""


def _ingest(tmp_path: Path, text: str, name: str = "inhalatoren.txt"):
    return ingest_file_as(tmp_path, name, text, rooted=False)


def test_dokuwiki_kept_as_txt_is_read_as_the_page_shows_it(tmp_path):
    item = _ingest(tmp_path, LEAFLET)
    assert item.leaflet.title == "Inhalatoren gebruiken"
    headings = [p.headings for p in item.passages]
    assert ("Waarom een inhalator?",) in headings
    assert ("Waarom een inhalator?", "Zo gebruikt u de inhalator") in headings
    text = "\n".join(passage.text for passage in item.passages)
    assert "Een inhalator brengt het medicijn direct in de longen." in text
    assert "Lees ook Thuisarts en astma klachten." in text
    assert "Medicijn | Hoe vaak\nSalbutamol | bij klachten\nBudesonide | 2 keer per dag" in text
    for markup in ("{{", "~~", "[[", "//", "==", "^", "inhalator.png", "((", "<code"):
        assert markup not in text, markup


def test_dokuwiki_markup_becomes_markdown():
    markdown = dokuwiki_as_markdown(LEAFLET)
    assert markdown.startswith("# Inhalatoren gebruiken\n")  # the longest fence is the top level
    assert "\n## Waarom een inhalator?\n" in markdown and "\n### Zo gebruikt u de inhalator\n" in markdown
    assert ("1. Schud de inhalator.\n2. Adem rustig uit.\n   - Niet in de inhalator blazen.\n"
            "   - Niet `hoesten`.\n3. Houd uw adem") in markdown
    assert "| Medicijn | Hoe vaak |\n| --- | --- |\n| Salbutamol | bij klachten |" in markdown
    assert "```\ndosis = 2 pufjes\n```" in markdown
    assert "[^n1]: Zie de bijsluiter." in markdown
    assert "afdeling *Longziekten*." in markdown


def test_the_red_team_leaflet_has_its_title_sections_and_table():
    item = ingest_file(Path(__file__).parent / "data" / "redteam26_leaflets" / "bof.txt")
    assert item.leaflet.title == "Bof"
    assert item.leaflet.updated == "2025-09-09"
    assert [p.headings[0] for p in item.passages][:2] == ["Wat is bof?", "Klachten"]
    table = next(p.text for p in item.passages if "Situatie" in p.text)
    assert "Situatie | Advies van de GGD\nkind met bof | thuis tot 5 dagen na begin zwelling" in table
    text = "\n".join(passage.text for passage in item.passages)
    for markup in ("==", "^", "| |"):
        assert markup not in text, markup


def test_dokuwiki_is_told_from_plain_text_and_mediawiki():
    assert dokuwiki_signs(LEAFLET) >= {"headings", "top level first", "table", "link", "emphasis", "list", "code"}
    assert is_dokuwiki(LEAFLET)
    once = "Uitslag\n\n==== note ====\n\n  * eerst **dit**\n  * dan [[dat]]\n"
    assert not is_dokuwiki(once)  # one heading line may be a plain text's own mark
    rules = "Titel\n=====\n\n  * een //punt//\n\n=====\n\nDeel twee\n=====\n"
    assert not is_dokuwiki(rules)  # rules and setext underlines are no headings
    plain = "== Vooraf ==\n\nTekst.\n\n== Daarna ==\n\n  - een\n  - twee\n"
    assert not is_dokuwiki(plain)  # headings and an indented list alone a plain text may show
    mediawiki = ("== Klachten ==\n\n* koorts\n\n=== Wat te doen ===\n\nZie [[huisarts]] en **let op**.\n\n"
                 "{| class=\"wikitable\"\n! A !! B\n|-\n| 1 || 2\n|}\n")
    assert is_mediawiki(mediawiki) and not is_dokuwiki(mediawiki)
    pandoc = "====== Astma ======\n\nZie [[https://thuisarts.nl|Thuisarts]].\n\n===== Klachten =====\n\n  * hoesten\n"
    assert is_mediawiki(pandoc) and is_dokuwiki(pandoc)  # headings and a link fit both: DokuWiki is asked first
    assert not is_dokuwiki("")


def test_a_dokuwiki_page_with_links_is_not_read_as_mediawiki(tmp_path):
    text = ("====== Astma ======\n\nZie [[https://thuisarts.nl|Thuisarts]].\n\n===== Klachten =====\n\n"
            "  * hoesten\n  * piepen\n")
    item = _ingest(tmp_path, text, "astma.txt")
    assert item.leaflet.title == "Astma"
    assert [p.headings for p in item.passages] == [(), ("Klachten",)]
