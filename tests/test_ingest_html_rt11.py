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


# ------------------------------------------------------------------ G3: dates a page states in its markup

ARABIC_TEXT = ("لقد أُجريت لك عملية جراحية وستعود إلى المنزل مع جرح. في هذه النشرة تقرأ كيف تعتني بالجرح، "
               "وما هو طبيعي أثناء الشفاء، ومتى يجب أن تتصل بنا.")
ARABIC_SECTION = ("<h2>كيف يلتئم الجرح؟</h2><p>يُغلق جرح العملية عادةً بغرز أو دبابيس جراحية أو لاصق طبي. "
                  "تلتحم حواف الجرح في الأيام الأولى.</p>")


def _arabic(meta_line: str, after: str = "", head: str = "") -> str:
    return ("<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'>"
            f"<title>العناية بالجرح</title>{head}</head><body><main><article>"
            f"<h1>العناية بالجرح بعد العملية الجراحية</h1>{meta_line}<p>{ARABIC_TEXT}</p>{ARABIC_SECTION}{after}"
            "</article></main></body></html>")


def test_a_time_under_the_title_dates_a_page_in_any_language(tmp_path):
    line = "<p>قسم الجراحة – Amstelland Medisch Centrum – آخر تحديث: <time datetime='2025-03-12'>12 مارس 2025</time></p>"
    assert _ingested(tmp_path, _arabic(line)).leaflet.updated == "2025-03-12"


def test_a_time_named_as_the_page_date_dates_it_wherever_it_stands(tmp_path):
    after = ("<p>" + ARABIC_TEXT * 3 + "</p><p class='page-updated'>آخر تحديث: "
             "<time datetime='2024-11-05T10:00'>5 نوفمبر 2024</time></p>")
    assert _ingested(tmp_path, _arabic("", after)).leaflet.updated == "2024-11-05"


@pytest.mark.parametrize("ld, date", [
    ('{"@context": "https://schema.org", "@type": "MedicalWebPage", "datePublished": "2022-06-01",'
     ' "dateModified": "2025-03-12T09:14:00+01:00"}', "2025-03-12"),
    ('{"@context": "https://schema.org", "@graph": [{"@type": "Organization", "name": "AMC"},'
     ' {"@type": "WebPage", "dateModified": "2024-02-29"}]}', "2024-02-29"),
    ('[{"@type": "Article", "datePublished": "2023-09-01"}]', "2023-09-01"),
])
def test_a_page_dated_only_in_its_json_ld_is_dated(tmp_path, ld, date):
    head = f"<script type='application/ld+json'>{ld}</script>"
    assert _ingested(tmp_path, _arabic("", head=head)).leaflet.updated == date


def test_a_broken_json_ld_dates_nothing_and_breaks_nothing(tmp_path):
    item = _ingested(tmp_path, _arabic("", head="<script type='application/ld+json'>{\"dateModified\": </script>"))
    assert item.leaflet.updated == "" and item.passages


@pytest.mark.parametrize("where", [
    pytest.param("<p>Uw afspraak is op <time datetime='2025-10-11'>11 oktober</time>. Neem uw pas mee.</p>",
                 id="a sentence of the text"),
    pytest.param("<footer><p>© Ziekenhuis <time datetime='2025-01-01'>2025</time></p></footer>", id="the footer"),
    pytest.param("<p>" + "Lees eerst deze tekst over de wond goed door voordat u naar huis gaat. " * 6
                 + "</p><p>Spreekuur: <time datetime='2025-10-11'>11 oktober</time></p>", id="far below the title"),
])
def test_a_time_elsewhere_does_not_date_the_page(tmp_path, where):
    page = ("<html><head><title>Wondzorg</title></head><body><main><h1>Wondzorg</h1>"
            f"{where}<p>{FIRST}</p><h2>Wanneer naar de huisarts?</h2><p>{AFTER}</p></main></body></html>")
    assert _ingested(tmp_path, page).leaflet.updated == ""


def test_a_labelled_date_still_comes_before_the_json_ld(tmp_path):
    head = "<script type='application/ld+json'>{\"dateModified\": \"2025-06-01\"}</script>"
    line = "<p class='meta'>Laatst bijgewerkt: <time datetime='2025-03-12'>12 maart 2025</time></p>"
    page = _page(line).replace("</head>", head + "</head>")
    assert _ingested(tmp_path, page).leaflet.updated == "2025-03-12"
