"""HTML inside a Markdown leaflet reaches the passages as the text a reader sees."""

from __future__ import annotations

from ingest.markdown_html import html_as_markdown
from ingest.pipeline import ingest_file

LEAFLET = """# Revalidatie na een beroerte

<div class="intro">
<p>Informatie voor patiënten van <strong>Revalidatiecentrum De Brug</strong>.</p>
</div>

## Wat is een beroerte?

Een beroerte is een **herseninfarct** of een hersenbloeding.<br>
Een TIA is een kortdurende beroerte: de klachten verdwijnen binnen 24&nbsp;uur weer.

## Waar revalideert u?

<table>
  <thead><tr><th>Waar</th><th>Hoe lang</th></tr></thead>
  <tbody>
    <tr><td>Revalidatiecentrum</td><td>gemiddeld 6 tot 10 weken</td></tr>
    <tr><td>Verpleeghuis<br>(geriatrische revalidatie)</td><td>6 tot 12 weken</td></tr>
  </tbody>
</table>

<div class="tip">
<p><strong>Tip:</strong> Schrijf uw vragen op voor het teamoverleg.</p>
<ul><li>over lopen</li><li>over werk<ul><li>uren per week</li></ul></li></ul>
</div>

```
<div>code blijft code</div>
```

Glucose < 5 mmol/l is laag; <span class="x">een span</span> gaat weg.
"""


def test_html_blocks_become_markdown():
    text = html_as_markdown(LEAFLET)
    assert "Informatie voor patiënten van **Revalidatiecentrum De Brug**." in text
    assert "| Waar | Hoe lang |\n| --- | --- |\n| Revalidatiecentrum | gemiddeld 6 tot 10 weken |" in text
    assert "| Verpleeghuis (geriatrische revalidatie) | 6 tot 12 weken |" in text
    assert "- over lopen\n- over werk\n  - uren per week" in text
    assert "<div>code blijft code</div>" in text  # fenced code is left as written


def test_inline_tags_and_entities():
    text = html_as_markdown(LEAFLET)
    assert "hersenbloeding. \nEen TIA" in text and "24 uur" in text
    assert "Glucose < 5 mmol/l is laag; een span gaat weg." in text


def test_no_tag_reaches_the_passages(tmp_path):
    path = tmp_path / "beroerte.md"
    path.write_text(LEAFLET, encoding="utf-8")
    result = ingest_file(path, root=tmp_path)
    texts = [p.text for p in result.passages]
    assert not any("<" in t and ">" in t for t in texts if "code blijft" not in t), texts
    where = next(p for p in result.passages if "Revalidatiecentrum | gemiddeld" in p.text)
    assert where.headings == ("Waar revalideert u?",)
    assert any("Tip: Schrijf uw vragen op" in t for t in texts)
    assert any("Een TIA is een kortdurende beroerte" in t and "hersenbloeding. Een TIA" in t for t in texts)


def test_markdown_without_html_is_unchanged():
    plain = "# Titel\n\nTekst met **vet** en een [link](https://x.nl).\n\n- punt\n"
    assert html_as_markdown(plain) == plain


def test_a_broken_fragment_keeps_its_words():
    assert "Zwelling" in html_as_markdown("<div><p>Zwelling</div></span>")


def test_html_shapes_a_review_found():
    assert html_as_markdown("<table>\n<td>los</td>\n</table>") == "los"  # no <tr>: its words stay
    assert html_as_markdown("<ul><li><p>Koorts</p><p>Hoofdpijn</p></li></ul>") == "- Koorts Hoofdpijn"
    nested = html_as_markdown("<table><tr><td>a<table><tr><td>binnen</td></tr></table></td></tr></table>")
    assert nested.count("binnen") == 1
    apart = html_as_markdown("<table>\n<tr><td>r1</td><td>x</td></tr>\n\n<tr><td>r2</td><td>y</td></tr>\n</table>")
    assert apart == "| r1 | x |\n| --- | --- |\n| r2 | y |"  # a blank line between rows ends no table
    assert html_as_markdown("tekst <p>met</p> <del>oud</del>") == "tekst  met  oud"
    assert html_as_markdown("gebruik `<b>code</b>` hier") == "gebruik `<b>code</b>` hier"  # a code span
    assert "<div>x</div>" in html_as_markdown("````\n```\n<div>x</div>\n````\nna")  # a longer fence


def test_a_footnote_nothing_cites_and_one_in_code_stay_where_they_are():
    from ingest.text import footnotes_in_place

    text = "[^a]: Een losse noot bovenaan.\n\nTekst.\n\n```\n[^b]: code\n```\n"
    assert footnotes_in_place(text) == text
