"""A text file is checked for the signs of many markups before it is read (ingest/pipeline.py
`load_source`). Lines of repeated openers ("//", "[[", "http:", "<verbatim>") once made those
checks scan the rest of the line from every opener; the spans are bounded now. Such lines are
no markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.asciidoc import is_asciidoc
from ingest.bbcode import bbcode_as_markdown, is_bbcode
from ingest.dokuwiki import dokuwiki_as_markdown, is_dokuwiki
from ingest.markdown_signs import is_markdown
from ingest.mediawiki import is_mediawiki
from ingest.jira import is_jira
from ingest.muse import is_muse, muse_as_markdown
from ingest.org import is_org
from ingest.textile import is_textile
from ingest.zim import is_zim, zim_as_markdown

REPEATS = 20_000
LINES = {
    "slashes": "//a " * REPEATS + "http://x",
    "brackets": "[[" * REPEATS,
    "addresses": "http:" * REPEATS,
    "macros": "link:" * REPEATS,
    "tags": "<verbatim>" * REPEATS,
    "bbcode openers": "[url=" * REPEATS + "[size=" * REPEATS,
    "bbcode closers": "[/b]" * REPEATS,
}


@pytest.mark.parametrize("name", sorted(LINES))
def test_a_line_of_repeated_openers_is_no_markup(name):
    text = LINES[name]
    assert not is_dokuwiki(text)
    assert not is_mediawiki(text)
    assert not is_asciidoc(text)
    assert not is_org(text, Path("folder.txt"))
    assert not is_markdown(text)
    assert not is_muse(text)
    assert not is_zim(text)
    assert not is_jira(text)
    assert not is_textile(text)
    assert not is_bbcode(text)


def test_bounded_spans_still_read_emphasis_links_and_notes():
    page = ("====== Bof ======\n\n===== Klachten =====\n\nDe klieren zijn //dik en pijnlijk//, zie "
            "[[https://www.ggd.nl|de GGD]].((Bron: GGD.))\n\n  * koorts\n")
    assert is_dokuwiki(page)
    markdown = dokuwiki_as_markdown(page)
    assert "*dik en pijnlijk*" in markdown and "de GGD" in markdown and "Bron: GGD." in markdown


def test_spans_that_never_close_still_convert_and_closed_ones_read():
    """Zim's "''" and "__" and Muse's `<comment>` once scanned to the end from every opener."""
    zim = "====== Titel ======\n\n" + "''a " * REPEATS + "\n\nDe ''code'' en __dit__.\n"
    markdown = zim_as_markdown(zim)
    assert "De `code` en dit." in markdown
    muse = "#title Titel\n\n" + "<comment>" * REPEATS + "\n\n<comment>\nweg\n</comment>\nTekst.\n"
    markdown = muse_as_markdown(muse)
    assert "Tekst." in markdown and "weg" not in markdown  # the first opening opens the comment


@pytest.mark.parametrize("line", ["[b]" * REPEATS + "x" + "[/b]" * REPEATS, "[list]" * REPEATS + "[*]a" * REPEATS,
                                  "[img]" * REPEATS, "[table][tr]" * REPEATS, "[b][/" * REPEATS + "]"])
def test_bbcode_lines_of_repeated_tags_convert_in_one_pass(line):
    """BBCode's emphasised-line headings, nested lists and unclosed pictures are read in one pass."""
    markdown = bbcode_as_markdown(line + "\n\n[heading=2]Kop[/heading]\nTekst.\n")
    assert "## Kop\n\nTekst." in markdown
