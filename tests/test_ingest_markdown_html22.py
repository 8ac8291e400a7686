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
