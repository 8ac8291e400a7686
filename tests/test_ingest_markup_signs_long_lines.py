"""A text file is checked for the signs of five markups before it is read (ingest/pipeline.py
`load_source`). Lines of repeated openers ("//", "[[", "http:") once made those checks scan the
rest of the line from every opener; the spans are bounded now. Such lines are no markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.asciidoc import is_asciidoc
from ingest.dokuwiki import dokuwiki_as_markdown, is_dokuwiki
from ingest.markdown_signs import is_markdown
from ingest.mediawiki import is_mediawiki
from ingest.org import is_org

REPEATS = 20_000
LINES = {
    "slashes": "//a " * REPEATS + "http://x",
    "brackets": "[[" * REPEATS,
    "addresses": "http:" * REPEATS,
    "macros": "link:" * REPEATS,
}


@pytest.mark.parametrize("name", sorted(LINES))
def test_a_line_of_repeated_openers_is_no_markup(name):
    text = LINES[name]
    assert not is_dokuwiki(text)
    assert not is_mediawiki(text)
    assert not is_asciidoc(text)
    assert not is_org(text, Path("folder.txt"))
    assert not is_markdown(text)


def test_bounded_spans_still_read_emphasis_links_and_notes():
    page = ("====== Bof ======\n\n===== Klachten =====\n\nDe klieren zijn //dik en pijnlijk//, zie "
            "[[https://www.ggd.nl|de GGD]].((Bron: GGD.))\n\n  * koorts\n")
    assert is_dokuwiki(page)
    markdown = dokuwiki_as_markdown(page)
    assert "*dik en pijnlijk*" in markdown and "de GGD" in markdown and "Bron: GGD." in markdown
