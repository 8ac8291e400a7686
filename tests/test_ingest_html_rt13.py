"""Web pages that red team 13 found read wrongly. Sphinx and MkDocs put a permalink "¶" in
every heading (`<a class="headerlink" href="#...">¶</a>`), which stayed in the title and in
every heading path ("Wat is BPPV?¶")."""

from pathlib import Path

import pytest

from ingest.pipeline import ingest_leaflets

from tests.test_ingest_html_markup import _ingested

LEAFLETS = Path(__file__).parent / "data" / "redteam13_leaflets"
TEXT = "Eerste alinea met genoeg woorden om een passage te vormen voor de proef van vandaag."
MORE = "Tweede alinea met genoeg woorden om een passage te vormen voor de proef van vandaag."


def _headed(h1_anchor: str, h2_anchor: str) -> str:
    return ("<!DOCTYPE html><html lang='nl'><head><title>Proef</title></head><body><div role='main'>"
            f"<h1>Proef{h1_anchor}</h1><p>{TEXT}</p><h2>Wat is het?{h2_anchor}</h2><p>{MORE}</p>"
            "</div></body></html>")


# ------------------------------------------------------------------ finding 10: permalink marks

@pytest.mark.parametrize("anchor", [
    pytest.param('<a class="headerlink" href="#p" title="Link to this heading">¶</a>', id="sphinx"),
    pytest.param('<a class="headerlink" href="#p" title="Permanent link">&para;</a>', id="mkdocs"),
    pytest.param('<a class="heading-anchor" href="#p">#</a>', id="hugo"),
    pytest.param('<a href="#p" aria-hidden="true">§</a>', id="section sign"),
    pytest.param('<a class="anchor" href="#p">🔗</a>', id="link emoji"),
    pytest.param('<a class="anchor" href="#p"><svg viewBox="0 0 16 16"><path d="M0"/></svg></a>', id="icon"),
    pytest.param('<a class="hash-link" href="#p">\u200b</a>', id="zero width"),
])
def test_a_headings_permalink_mark_is_no_word_of_the_title_or_heading(tmp_path, anchor):
    item = _ingested(tmp_path, _headed(anchor, anchor.replace("#p", "#w")))
    assert item.leaflet.title == "Proef"
    assert [passage.headings for passage in item.passages] == [(), ("Wat is het?",)]


def test_a_heading_that_links_with_words_keeps_them(tmp_path):
    item = _ingested(tmp_path, _headed("", '<a href="#w"> (meer)</a>'))
    assert item.passages[-1].headings == ("Wat is het? (meer)",)


@pytest.mark.parametrize("name", ["bppv-duizeligheid.html", "hay-fever-en.html"])
def test_the_red_team_pages_have_no_pilcrow(name):
    item = ingest_leaflets(LEAFLETS / name)[0]
    assert "¶" not in item.leaflet.title and item.leaflet.title
    assert not any("¶" in heading for passage in item.passages for heading in passage.headings)
