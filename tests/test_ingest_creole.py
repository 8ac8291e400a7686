"""Creole leaflets as red team 29 found them read wrongly: a Creole page (python-creole's
html2creole) kept as `.txt` was taken for AsciiDoc, as both write "= Title" and "== Section",
and its "|= Header |" table rows and the paragraph under them ran into one line with their
"|=" marks. A `.txt` with Creole's own marks is now read as the Markdown it corresponds to
(ingest/creole.py), before AsciiDoc is asked."""

from __future__ import annotations

from pathlib import Path

from ingest.creole import creole_as_markdown, is_creole
from ingest.pipeline import ingest_file

PAGE = """\
= Wondzorg

Afdeling Chirurgie\\\\
Telefoon 040 123 45 67\\\\ ma-vr

== Wat mag u //verwachten//?

De wond is **soms** rood. Zie [[https://www.thuisarts.nl/wond|Thuisarts]] of [[Wondzorg_thuis]].
- 3 keer per dag is hier geen lijst. {{wond.png|De wond na een week}}

* Douchen mag.
** Kort.
# Dep droog.
# Plak een pleister.

|= Dag |= Wat mag u doen |
| 1 | Rust houden, {{{a|b}}} |
| 2 | [[https://x.nl/douchen|Douchen]] |
Bel bij koorts.

{{{
geen **vet** hier
}}}
"""


def test_the_red_team_leaflet_has_its_table_rows_apart(tmp_path: Path):
    ingested = ingest_file(Path(__file__).parent / "data" / "redteam29_leaflets" / "nierbekkenontsteking.txt")
    assert ingested.leaflet.title == "Nierbekkenontsteking"
    by_heading = {passage.headings[-1]: passage.text for passage in ingested.passages if passage.headings}
    treatment = by_heading["Behandeling"]
    assert "\nAntibioticum | Hoe vaak | Hoe lang\nCiprofloxacine | 2 keer per dag 500 mg | 7 dagen\n" in treatment
    assert "14 dagen\n\nWelk middel u krijgt" in treatment
    assert not any("|=" in passage.text for passage in ingested.passages)


def test_creole_markup_becomes_markdown():
    markdown = creole_as_markdown(PAGE)
    assert markdown.startswith("# Wondzorg\n\nAfdeling Chirurgie\nTelefoon 040 123 45 67 ma-vr\n")
    assert "\n## Wat mag u *verwachten*?\n" in markdown
    assert "De wond is **soms** rood. Zie Thuisarts of Wondzorg thuis.\n\\- 3 keer" in markdown
    assert "geen lijst. De wond na een week\n" in markdown
    assert "- Douchen mag.\n  - Kort.\n1. Dep droog.\n2. Plak een pleister." in markdown
    assert "| Dag | Wat mag u doen |\n| --- | --- |\n| 1 | Rust houden, `a\\|b` |\n| 2 | Douchen |\n\nBel" in markdown
    assert "```\ngeen **vet** hier\n```" in markdown


def test_creole_is_told_from_asciidoc_and_the_other_wikis():
    assert is_creole(PAGE)
    assert is_creole("= Titel\n\n== Kop\n\nZie [[https://x.nl|hier]] en //dit//.\n")  # inline signs alone
    assert not is_creole(":toc:\n" + PAGE)  # an AsciiDoc attribute entry
    assert not is_creole("= Titel\n\n== Kop\n\n[source]\n----\n|= x\n----\n")
    assert not is_creole("= Titel\n\n== Kop\n\n----\nprint(1)\n|= x\n----\n")  # a listing block
    assert not is_creole("== Kop ==\n\nZie [[Pagina|hier]] en //dit//, regel\\\\ twee.\n")  # DokuWiki
    assert not is_creole("Zie https://x.nl//a// en |= hier.\n")


def test_lines_of_openers_that_never_close_convert_in_one_pass():
    """Unclosed "{{{", "__" and "{{{" block lines, and a long run of spaces, are read in one pass."""
    lines = ["{{{a " * 20_000, "__a " * 20_000, "| " + "{{{a " * 20_000, "= a" + " " * 100_000 + "b"]
    markdown = creole_as_markdown("\n\n".join(lines) + "\n\n" + "{{{\n" * 20_000 + "\n== Kop\n\nTekst //schuin//.\n")
    assert markdown.endswith("## Kop\n\nTekst *schuin*.\n")
