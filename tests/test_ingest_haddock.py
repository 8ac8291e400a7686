"""Haddock leaflets as red team 30 found them read wrongly: pandoc's Haddock writer kept as
`.txt` was taken for AsciiDoc, as both write "= Title" and "== Section"; every passage opened
with its "#anchor#" slug as text, and a grid table's "+---+" rules and rows ran into one line.
A `.txt` with Haddock's own marks is now read as the Markdown it corresponds to
(ingest/haddock.py), before AsciiDoc is asked."""

from __future__ import annotations

from pathlib import Path

from ingest.asciidoc import is_asciidoc
from ingest.haddock import haddock_as_markdown, is_haddock
from ingest.pipeline import ingest_file

PAGE = """\
= Hooikoorts
#hooikoorts#

Hooikoorts is een /allergie/ voor stuifmeel. Zie "Allergie.Pollen" en 'pollenTelling'.

== Wat helpt?
#wat-helpt#

*   Houd de __ramen__ dicht, zie <https://example.org/tips onze tips>.
-   Was uw haar \\/ uw handen.<<pollen.png Stuifmeel>>

    Voor het slapen.

(1) Neem de tablet.
2.  Gebruik de spray @2 keer@ per dag (info\\@example.org&#x2019;s).

[Stuifmeel] Korrels van planten.

+--------+------------------+
| Maand  | Wat bloeit?      |
+========+==================+
| maart  | /els/ en __hazelaar__ |
+--------+------------------+
| mei    | gras #gras#      |
+--------+------------------+

>>> telling 5
hoog

@
een \\@blok
@

# geen kop
"""


def test_haddock_markup_becomes_markdown():
    markdown = haddock_as_markdown(PAGE)
    assert "#hooikoorts#" not in markdown and "#wat-helpt#" not in markdown
    assert markdown.startswith("# Hooikoorts\n\nHooikoorts is een *allergie* voor stuifmeel. "
                               "Zie Allergie.Pollen en pollenTelling.\n\n## Wat helpt?\n")
    assert "- Houd de **ramen** dicht, zie onze tips.\n- Was uw haar / uw handen.\n\n    Voor het slapen." in markdown
    assert "1. Neem de tablet.\n2. Gebruik de spray `2 keer` per dag (info@example.org’s)." in markdown
    assert "**Stuifmeel**\n\nKorrels van planten." in markdown
    assert "| Maand  | Wat bloeit?      |\n+========+" in markdown
    assert "| maart  | *els* en **hazelaar** |\n" in markdown
    assert "| mei    | gras             |\n" in markdown
    assert "```\n>>> telling 5\nhoog\n```" in markdown and "```\neen @blok\n```" in markdown
    assert markdown.endswith("\\# geen kop\n")


def test_the_red_team_leaflet_reads_without_anchors_and_with_its_table_rows():
    ingested = ingest_file(Path(__file__).parent / "data" / "redteam30_leaflets" / "fifth-disease-en.txt")
    assert ingested.leaflet.title == "Fifth disease in children"
    by_heading = {passage.headings[-1]: passage.text for passage in ingested.passages if passage.headings}
    assert by_heading["What is fifth disease?"].startswith("Fifth disease is a contagious illness")
    rows = ["Stage | Contagious? | School or day care?", "Flu-like days | yes | only if your child feels well",
            "Red cheeks | no | yes", "Lacy rash | no | yes"]
    assert "\n".join(rows) in by_heading["Is it contagious?"]
    assert not any("#" in passage.text or "+---" in passage.text for passage in ingested.passages)


def test_haddock_is_told_from_asciidoc():
    assert is_haddock(PAGE)
    assert is_haddock("= Titel\n\n== Kop\n\nZie <https://x.nl hier> en /dit/.\n")  # inline signs alone
    assert not is_haddock(":toc:\n" + PAGE)  # an AsciiDoc attribute entry
    assert not is_haddock(PAGE + "\n----\nprint(1)\n----\n")  # an AsciiDoc listing block
    assert not is_haddock("= Titel\n\n== Kop\n\nZie https://x.nl[hier] en _dit_.\n")
    assert not is_haddock("Geen kop.\n#anker#\n\nZie <https://x.nl hier> en /dit/.\n")
    assert not is_haddock("== Kop ==\n#anker#\n")  # MediaWiki's closed headings
    assert is_asciidoc("= Titel\n:toc:\n\n== Kop\n\n#nadruk#\n")


def test_lines_of_openers_that_never_close_convert_in_one_pass():
    """Unclosed "/", "@", "__", "<", "\\(" and fence runs are read in one pass."""
    lines = ["/a " * 20_000, "@a " * 20_000, "__a " * 20_000, "<a b " * 20_000, "\\(a " * 20_000]
    fences = "\n".join("-" * width for width in range(4, 4_000))
    text = "= T\n#t#\n\n" + "\n\n".join(lines) + "\n\n" + fences + "\n\n== Kop\n\nTekst /schuin/.\n"
    is_haddock(text)
    assert haddock_as_markdown(text).endswith("## Kop\n\nTekst *schuin*.\n")
