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


# ------------------------------------------------------------------ finding 14: footnotes and print furniture

CITING = "Wij gebruiken smalspectrum UVB (TL-01).{ref} Dit licht remt de ontsteking in de huid."
LAST = "Kunt u niet komen? Meld dit dan minstens 24 uur van tevoren via de polikliniek."
NOTE = "TL-01 lampen geven licht met een golflengte van 311 nanometer."


def _footnoted(ref: str, notes: str, footer: str = "") -> str:
    return ("<!DOCTYPE html><html lang='nl'><head><title>Lichttherapie</title></head><body>"
            f"<h1>Lichttherapie</h1><h2>Wat is lichttherapie?</h2><p>{CITING.format(ref=ref)}</p>"
            f"<p>{TEXT}</p><h2>Praktische informatie</h2><p>{LAST}</p><p>{MORE}</p>{notes}{footer}</body></html>")


@pytest.mark.parametrize("ref, notes, shown", [
    pytest.param('<a class="sdfootnoteanc" name="sdfootnote1anc" href="#sdfootnote1sym"><sup>1</sup></a>',
                 '<div id="sdfootnote1"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote1sym"'
                 f' href="#sdfootnote1anc">1</a>{NOTE}</p></div>', "¹", id="libreoffice"),
    pytest.param('<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a>',
                 '<section id="footnotes" class="footnotes" role="doc-endnotes"><hr /><ol><li id="fn1"><p>'
                 f'{NOTE}<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section>',
                 "¹", id="pandoc"),
    pytest.param('<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup>',
                 '<div class="footnote"><hr><ol><li id="fn:1"><p>'
                 f'{NOTE}&nbsp;<a class="footnote-backref" href="#fnref:1">&#8617;</a></p></li></ol></div>',
                 "¹", id="markdown"),
    pytest.param('<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup>',
                 f'<hr><div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a><span> {NOTE}</span></p></div>',
                 "[1]", id="google docs"),
])
def test_a_footnote_follows_the_paragraph_that_cites_it_with_its_mark(tmp_path, ref, notes, shown):
    item = _ingested(tmp_path, _footnoted(ref, notes))
    passages = {passage.headings[-1]: passage.text for passage in item.passages}
    assert passages["Wat is lichttherapie?"].startswith(
        f"{CITING.format(ref=shown)}\n\n{shown} {NOTE}\n\n{TEXT}")
    assert passages["Praktische informatie"] == f"{LAST}\n\n{MORE}"


def test_a_word_footnote_keeps_its_bracketed_mark(tmp_path):
    ref = '<a style="mso-footnote-id:ftn1" href="#_ftn1" name="_ftnref1"><span class="MsoFootnoteReference">[1]</span></a>'
    notes = ('<div style="mso-element:footnote-list"><hr><div style="mso-element:footnote" id="ftn1">'
             f'<p class="MsoFootnoteText"><a href="#_ftnref1" name="_ftn1">[1]</a> {NOTE}</p></div></div>')
    text = "\n".join(p.text for p in _ingested(tmp_path, _footnoted(ref, notes)).passages)
    assert f"{CITING.format(ref='[1]')}\n\n[1] {NOTE}\n\n{TEXT}" in text


def test_a_link_to_a_section_is_no_footnote(tmp_path):
    toc = '<p>Zie <a href="#praktisch">2</a> voor de tijden.</p>'
    page = _footnoted("", "").replace("<h2>Praktische", "<h2 id='praktisch'>Praktische").replace(
        f"<p>{TEXT}</p>", f"<p>{TEXT}</p>{toc}")
    text = "\n".join(p.text for p in _ingested(tmp_path, page).passages)
    assert "Zie 2 voor de tijden." in text and text.index(TEXT) < text.index("Zie 2")


@pytest.mark.parametrize("footer", [
    pytest.param('<div title="footer"><p align="center"><span><sdfield type=PAGE subtype=RANDOM format=PAGE>2'
                 '</sdfield></span></p></div>', id="libreoffice"),
    pytest.param('<div style="mso-element:footer" id="f1"><p class="MsoFooter">Pagina 2</p></div>', id="word"),
])
def test_a_word_processors_page_footer_is_no_text(tmp_path, footer):
    item = _ingested(tmp_path, _footnoted("", "", footer))
    assert item.passages[-1].text == f"{LAST}\n\n{MORE}"


def test_the_libreoffice_page_reads_its_footnotes_in_place():
    item = ingest_leaflets(LEAFLETS / "psoriasis-lichttherapie.html")[0]
    passages = {passage.headings[-1]: passage.text for passage in item.passages}
    assert "(TL-01).¹ Dit licht" in passages["Wat is lichttherapie?"]
    assert "\n\n¹ TL-01 lampen geven licht" in passages["Wat is lichttherapie?"]
    assert passages["Op lange termijn"].endswith("meestal af.²\n\n² Dit aantal geldt voor volwassenen met een "
                                                 "lichte huid; voor andere huidtypen kan de dermatoloog een "
                                                 "andere grens aanhouden.")
    assert passages["Praktische informatie"].endswith("0546 - 69 33 10.")


def test_a_date_stated_only_in_the_page_footer_still_dates_the_leaflet(tmp_path):
    footer = '<div title="footer"><p>Versie 3 | maart 2024 | <sdfield type=PAGE>1</sdfield></p></div>'
    item = _ingested(tmp_path, _footnoted("", "", footer))
    assert item.leaflet.updated == "2024-03" and "maart 2024" not in item.text
