"""AsciiDoc leaflets as red team 26 found them read wrongly: a leaflet written in AsciiDoc
(pandoc's AsciiDoc writer) and kept as `.txt` went through the plain-text path, so its title was
the file's name though it opens "= Altitude sickness", "== Prevention" stood as text at the end
of the passage above it, a table's `[cols=...]` and `|===` lines were words, and an ordered list
(". Do not go any higher.") ran into one line. A `.txt` with several AsciiDoc signs, its title
or sections among them, is now read as the Markdown it corresponds to (ingest/asciidoc.py)."""

from __future__ import annotations

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.asciidoc import asciidoc_as_markdown, asciidoc_signs, is_asciidoc
from ingest.pipeline import ingest_file

LEAFLET = """\
= Hoogteziekte voorkomen
Reisadvies, Reiskliniek Noord
v2.1, 3 maart 2026: herzien
:toc:
:kliniek: Reiskliniek Noord

// nog nakijken door de arts
[[inleiding]]
== Wat is hoogteziekte?

Hoogteziekte krijgt u als u *te snel* stijgt. Lees ook link:https://www.thuisarts.nl/hoogteziekte[Thuisarts].footnote:[Bron: NVR 2025.]

NOTE: Ook fitte mensen krijgen hoogteziekte.

=== Wat doet u bij klachten?

[arabic]
. Ga niet hoger.
. Rust uit.
.. Neem paracetamol.
.. Drink genoeg.
. Daal af als het _niet_ beter wordt.

[cols="1,2",options="header"]
|===
|Middel |Dosis
|acetazolamide |125 mg, twee keer per dag
2+|Neem het mee op reis.
|===

[WARNING]
====
Bel direct {kliniek} bij verwardheid.
====

////
Dit blok is commentaar.
////
"""


def _ingest(tmp_path: Path, text: str, name: str = "hoogteziekte.txt"):
    return ingest_file_as(tmp_path, name, text, rooted=False)


def test_asciidoc_kept_as_txt_is_read_as_the_page_shows_it(tmp_path):
    item = _ingest(tmp_path, LEAFLET)
    assert item.leaflet.title == "Hoogteziekte voorkomen"
    assert item.leaflet.updated == "2026-03-03"
    headings = [p.headings for p in item.passages]
    assert ("Wat is hoogteziekte?",) in headings
    assert ("Wat is hoogteziekte?", "Wat doet u bij klachten?") in headings
    text = "\n".join(passage.text for passage in item.passages)
    assert "Hoogteziekte krijgt u als u te snel stijgt. Lees ook Thuisarts." in text
    assert "NOTE: Ook fitte mensen krijgen hoogteziekte." in text  # the admonition's label stays
    assert "1. Ga niet hoger.\n2. Rust uit." in text
    assert "3. Daal af als het niet beter wordt." in text
    assert "Middel | Dosis\nacetazolamide | 125 mg, twee keer per dag" in text
    assert "WARNING: Bel direct Reiskliniek Noord bij verwardheid." in text
    for markup in ("[arabic]", "|===", "cols=", "[[", "====", ":toc:", "//", "commentaar", "nakijken",
                   "link:", "footnote:", "{kliniek}", "2+", "v2.1"):
        assert markup not in text, markup


def test_asciidoc_markup_becomes_markdown():
    markdown = asciidoc_as_markdown(LEAFLET)
    assert markdown.startswith("---\ndate: 3 maart 2026\n---\n")
    assert "# Hoogteziekte voorkomen\n" in markdown
    assert "## Wat is hoogteziekte?" in markdown and "### Wat doet u bij klachten?" in markdown
    assert "1. Ga niet hoger.\n2. Rust uit.\n    1. Neem paracetamol.\n    2. Drink genoeg.\n3. Daal" in markdown
    assert "| Middel | Dosis |\n| --- | --- |\n| acetazolamide | 125 mg, twee keer per dag |" in markdown
    assert "| Neem het mee op reis. |  |" in markdown  # a cell spanning two columns
    assert "[Thuisarts](https://www.thuisarts.nl/hoogteziekte)" in markdown
    assert "[^1]: Bron: NVR 2025." in markdown
    assert "**te snel**" in markdown and "*niet*" in markdown


def test_a_table_without_header_option_and_cells_on_their_own_lines():
    text = "= T\n\n== A\n\n[cols=\"1,1\"]\n|===\n|een\n|twee\n\n|drie\n|vier\n|===\n"
    markdown = asciidoc_as_markdown(text)
    assert "|  |  |\n| --- | --- |\n| een | twee |\n| drie | vier |" in markdown
    implicit = asciidoc_as_markdown("= T\n\n== A\n\n|===\n|Kop |Kop 2\n\n|a |b\n|===\n")
    assert "| Kop | Kop 2 |\n| --- | --- |\n| a | b |" in implicit  # the first line alone: the header


def test_the_red_team_leaflet_has_its_title_sections_table_and_list():
    item = ingest_file(Path(__file__).parent / "data" / "redteam26_leaflets" / "altitude-sickness-en.txt")
    assert item.leaflet.title == "Altitude sickness"
    assert item.leaflet.updated == "2026-04-14"
    assert [p.headings[0] for p in item.passages][:3] == ["What is altitude sickness?", "Symptoms", "Prevention"]
    table = next(p.text for p in item.passages if "Dose" in p.text)
    assert "Use | Dose\nprevention | 125 mg, twice a day\nstart | 1 day before travelling to altitude" in table
    steps = next(p.text for p in item.passages if "Do not go any higher" in p.text)
    assert "1. Do not go any higher.\n2. Rest and take paracetamol" in steps
    text = "\n".join(passage.text for passage in item.passages)
    for markup in ("= ", "[arabic]", "|===", "cols=", "options="):
        assert markup not in text, markup


def test_asciidoc_is_told_from_other_texts_by_several_signs():
    assert asciidoc_signs(LEAFLET) >= {"title", "sections", "table", "block attributes", "attribute entry",
                                       "admonition", "link", "dot list"}
    assert is_asciidoc(LEAFLET)
    assert is_asciidoc("= Titel\n\n== Deel een\n\nTekst.\n\n== Deel twee\n\nMeer tekst.\n")
    assert not is_asciidoc("# Titel\n\n## Deel\n\n* een\n* twee\n\nNOTE: tekst.\n")  # Markdown
    assert not is_asciidoc("#+TITLE: Titel\n\n* Deel\n\n** Sub\n\n- een\n")  # Org
    assert not is_asciidoc("= Titel =\n\n== Deel ==\n\nTekst [[link]].\n")  # MediaWiki
    assert not is_asciidoc("====== Titel ======\n\n===== Deel =====\n\n  * een\n")  # DokuWiki
    assert not is_asciidoc("Uitslag\n\nNOTE: neem contact op.\n\n. Een punt.\n")  # no title nor sections
    assert not is_asciidoc("Titel\n=====\n\nTekst over de folder.\n\n= x + y\n")  # one "=" line is no sign pair
    assert not is_asciidoc("")


def test_asciidoc_with_nested_bullets_and_anchors_is_not_taken_for_org(tmp_path):
    """"** " nested bullets and "[[id]]" anchors are also Org's subheadings and links: the
    file went through the Org reader, its "= Title" and "== " lines kept as words."""
    path = tmp_path / "hielspoor.txt"
    path.write_text(
        "= Hielspoor\n:revdate: 12 maart 2026\n\n[[klachten]]\n== Klachten\n\n"
        "* Pijn bij de eerste stappen in de ochtend\n** vooral na lang stilzitten\n\n"
        "[[behandeling]]\n== Behandeling\n\nRek de kuitspieren twee keer per dag.\n",
        encoding="utf-8",
    )
    ingested = ingest_file(path)
    assert ingested.leaflet.title == "Hielspoor"
    assert [p.headings[-1] for p in ingested.passages] == ["Klachten", "Behandeling"]
    text = "\n".join(p.text for p in ingested.passages)
    assert "==" not in text and "[[" not in text and "klachten ==" not in text.lower()
    assert "vooral na lang stilzitten" in text
    # an Org file keeps its reader
    org = tmp_path / "hielspoor.org"
    org.write_text("#+TITLE: Hielspoor\n* Klachten\n** Ochtend\nPijn bij de eerste stappen.\n", encoding="utf-8")
    assert ingest_file(org).leaflet.title == "Hielspoor"
