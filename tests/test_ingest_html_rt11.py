"""Web pages that red team 11 found read wrongly. A page with a 20 MB inline image (`<img
src="data:...">`) lost everything after the image without a word: libxml2 stops at a node of
over 10 MB (and at boxes nested over 256 deep) and hands back what it has. A Google Docs
export ("File > Download > Web page") marks its headings only by the font sizes of CSS
classes, its bullets as paragraphs that start with "●", and spaces the columns of its tables
with empty cells: its title became the small line above it, a heading above a list became
text, and table rows read "Datum | | Tijd". An Arabic page dated by `<time datetime>` under
its title, with an Arabic label, and a page dated only in its JSON-LD, got no date."""

import pytest

from ingest.document import IngestError
from ingest.html import load_html

from tests.test_ingest_html_markup import _ingested

FIRST = "Koel een brandwond direct tien tot twintig minuten met lauw stromend water."
AFTER = "Ga naar de huisarts als de brandwond groter is dan uw handpalm of als er blaren ontstaan."


def _page(middle: str, title: str = "Brandwonden koelen") -> str:
    return (f"<!DOCTYPE html><html lang='nl'><head><title>{title}</title></head><body><main>"
            f"<h1>{title}</h1><p>{FIRST}</p>{middle}<h2>Wanneer naar de huisarts?</h2><p>{AFTER}</p>"
            "</main></body></html>")


def _passages(item) -> list[tuple[tuple[str, ...], str]]:
    return [(passage.headings, passage.text) for passage in item.passages]


# ------------------------------------------------------------------ G2: nothing lost after a huge node

@pytest.mark.parametrize("megabytes", [2, 20])
def test_text_after_a_large_inline_image_is_kept(tmp_path, megabytes):
    image = f'<p><img alt="Brandwond" src="data:image/png;base64,{"A" * (megabytes * 1_000_000)}"></p>'
    item = _ingested(tmp_path, _page(image))
    assert _passages(item) == [((), FIRST), (("Wanneer naar de huisarts?",), AFTER)]


@pytest.mark.parametrize("middle", [
    pytest.param(f"<script>var plaatje = '{'A' * 11_000_000}';</script>", id="a script of 11 MB"),
    pytest.param(f"<img src='data:image/svg+xml;utf8,<svg>{'A' * 11_000_000}</svg>'>", id="an svg data uri"),
    pytest.param(f"<style>@font-face{{src:url(data:font/woff2;base64,{'A' * 11_000_000})}}</style>", id="a font"),
    pytest.param("<div>" * 300 + "<p>Diep in de pagina.</p>" + "</div>" * 300, id="boxes 300 deep"),
])
def test_text_after_a_node_past_the_parsers_limits_is_kept(middle):
    text = load_html(_page(middle), "brandwonden.html").text
    assert text.endswith(AFTER)


def test_a_page_the_parser_cannot_read_to_its_end_is_refused_not_cut():
    deep = "<div>" * 3000 + "<p>Diep in de pagina.</p>" + "</div>" * 3000
    with pytest.raises(IngestError, match="cannot be read to its end"):
        load_html(_page(deep), "brandwonden.html")
