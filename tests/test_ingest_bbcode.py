"""BBCode leaflets as red team 28 found them read wrongly: a forum post's BBCode (pandoc's
XenForo writer) kept as `.txt` went through the plain-text path, so its title was the file's
name, "[heading=2]Pijn[/heading]" opened no section, a table stood as "[tr][td]...[/td]" lines
and passages ran over several sections. A `.txt` with closing tags of several kinds is now read
as the Markdown it corresponds to (ingest/bbcode.py), in the dialects of XenForo, pandoc's
default writer, phpBB, vBulletin, SMF and Steam."""

from __future__ import annotations

from pathlib import Path

from ingest.bbcode import bbcode_as_markdown, is_bbcode
from ingest.pipeline import ingest_file

XENFORO = """\
[heading=1]Wondzorg na een operatie[/heading]

Afdeling Chirurgie

[heading=2]Wat mag u verwachten?[/heading]

De wond kan de eerste dagen wat [b]rood[/b] zijn. Zie [url=https://www.thuisarts.nl/wond]Thuisarts[/url].

[table]
[tr][th]Dag[/th][th]Wat mag u doen[/th][/tr]
[tr][td]1[/td][td]Rust houden[/td][/tr]
[tr][td]2[/td][td]Douchen[/td][/tr]
[/table]

[heading=2]Douchen[/heading]

[list]
[*]Na twee dagen mag u douchen.
[*]Niet in bad.
[/list]

Dep de wond droog.
"""

PANDOC_DEFAULT = """\
[u][b]Wondzorg na een operatie[/b][/u]

[b]Wat mag u verwachten?[/b]

De wond kan rood zijn.
[img alt="wond"]wond.png[/img]

[u]Douchen[/u]

[list=1]
[*]Na twee dagen.
[*]Niet in bad.
[/list]
"""

PHPBB = """\
[center][size=150][b]Wondzorg na een operatie[/b][/size][/center]
[b]Wat mag u verwachten?[/b]
De wond kan [color=#FF0000]rood[/color] zijn, zie [1].
[list=1][*]Rust houden.[*]Douchen:[list][*]na twee dagen[*]kort[/list][*]Niet in bad.[/list]
[quote="verpleegkundige"]Bel bij koorts.[/quote]
[hr]
[b]Bel direct de afdeling als de wond gaat lekken en u koorts krijgt boven de achtendertig graden.[/b]
"""

STEAM = """\
[h1]Wondzorg na een operatie[/h1]
[h2]Douchen[/h2]
[olist][*]Na twee dagen.[*]Niet in bad.[/olist]
[code]geen [b]tags[/b] hier[/code]
[code]
[b]Kop in code[/b]
[/code]
"""


def test_a_xenforo_post_kept_as_txt_is_read_as_its_sections(tmp_path: Path):
    path = tmp_path / "wondzorg.txt"
    path.write_text(XENFORO, encoding="utf-8")
    ingested = ingest_file(path)
    assert ingested.leaflet.title == "Wondzorg na een operatie"
    by_heading = {passage.headings[-1]: passage.text for passage in ingested.passages if passage.headings}
    assert set(by_heading) >= {"Wat mag u verwachten?", "Douchen"}
    assert "1 | Rust houden" in by_heading["Wat mag u verwachten?"]
    assert "Thuisarts" in by_heading["Wat mag u verwachten?"] and "Niet in bad" not in by_heading["Wat mag u verwachten?"]
    assert "Niet in bad." in by_heading["Douchen"]
    assert not any("[" in passage.text for passage in ingested.passages)


def test_xenforo_markup_becomes_markdown():
    markdown = bbcode_as_markdown(XENFORO)
    assert markdown.startswith("# Wondzorg na een operatie\n")
    assert "\n## Douchen\n" in markdown
    assert "| Dag | Wat mag u doen |\n| --- | --- |\n| 1 | Rust houden |" in markdown
    assert "\n- Na twee dagen mag u douchen.\n- Niet in bad.\n\nDep de wond droog." in markdown
    assert "Zie Thuisarts." in markdown and "https" not in markdown


def test_pandoc_default_headings_are_emphasised_lines_and_pictures_drop():
    markdown = bbcode_as_markdown(PANDOC_DEFAULT)
    assert "# Wondzorg na een operatie\n" in markdown
    assert "\n## Wat mag u verwachten?\n" in markdown and "\n### Douchen\n" in markdown
    assert "1. Na twee dagen.\n2. Niet in bad." in markdown
    assert "wond.png" not in markdown and "[" not in markdown


def test_phpbb_sizes_nested_lists_quotes_and_a_bold_sentence():
    markdown = bbcode_as_markdown(PHPBB)
    assert markdown.startswith("# Wondzorg na een operatie\n")
    assert "\n## Wat mag u verwachten?\n" in markdown
    assert "De wond kan rood zijn, zie [1]." in markdown  # an unknown "[word]" is text
    assert "1. Rust houden.\n2. Douchen:\n   - na twee dagen\n   - kort\n3. Niet in bad." in markdown
    assert "Bel bij koorts." in markdown and "verpleegkundige" not in markdown
    assert "\n* * *\n" in markdown
    assert "\nBel direct de afdeling als" in markdown  # a long bold sentence is no heading
    assert is_bbcode(PHPBB)


def test_steam_headings_lists_and_code():
    markdown = bbcode_as_markdown(STEAM)
    assert "# Wondzorg na een operatie\n\n## Douchen\n" in markdown
    assert "1. Na twee dagen.\n2. Niet in bad." in markdown
    assert "```\ngeen [b]tags[/b] hier\n```" in markdown
    assert "```\n[b]Kop in code[/b]\n```" in markdown  # a bold line in code is no heading


def test_a_plain_text_with_brackets_is_no_bbcode():
    assert not is_bbcode("Zie bron [1] en [sic].\n\nLet op: [b]niet[/b] drinken.\n")
    assert not is_bbcode("* een\n* twee\n\n[[Link]] en [label|https://x.nl]\n")
    assert is_bbcode("[b]Let op[/b]\n[list][*]een[/list]\n")
