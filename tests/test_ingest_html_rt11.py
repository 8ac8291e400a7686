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
    line = ("<p>قسم الجراحة – Amstelland Medisch Centrum – آخر تحديث: "
            "<time datetime='2025-03-12'>12 مارس 2025</time></p>")
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
    nested = "[" * 50_000  # past Python's recursion limit: refused the whole page (review)
    item = _ingested(tmp_path, _arabic("", head=f"<script type='application/ld+json'>{nested}</script>"))
    assert item.leaflet.updated == "" and item.passages


@pytest.mark.parametrize("where", [
    pytest.param("<p>Uw afspraak is op <time datetime='2025-10-11'>11 oktober</time>. Neem uw pas mee.</p>",
                 id="a sentence of the text"),
    pytest.param("<footer><p>© Ziekenhuis <time datetime='2025-01-01'>2025</time></p></footer>", id="the footer"),
    pytest.param("<p class='event-date'><time datetime='2025-03-01'>1 maart</time></p>", id="an event's date"),
    pytest.param("<p class='date'><time datetime='2099-03-01'>1 maart 2099</time></p>", id="a date to come"),
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


# ------------------------------------------------------------------ G1: headings set by font size

GDOCS_STYLE = (".c0{padding-top:0pt;line-height:1.15}.c2{color:#1f3864;font-weight:700;font-size:20pt;"
               "font-family:\"Arial\"}.c3{color:#000000;font-weight:400;font-size:11pt;font-family:\"Arial\"}"
               ".c5{color:#1f3864;font-weight:700;font-size:14pt}.c6{border-right-style:solid;width:150pt}"
               ".c8{height:0pt}.c10{font-weight:700}.c11{color:#666666;font-size:9pt}.c12{width:12pt}")
INTRO = "U krijgt deze folder omdat u dit najaar een uitnodiging krijgt voor de griepprik."
WHEN = "De griepprik wordt gegeven in oktober en november. U hoeft geen afspraak te maken."
NOT_ITEMS = ["Heeft u koorts boven 38,5 graden op de dag van de prik, kom dan naar het inhaalmoment.",
             "Gebruikt u bloedverdunners, dan mag u de prik gewoon krijgen."]
AFTER_PRICK = "De meeste mensen merken weinig van de prik. Van de griepprik kunt u geen griep krijgen."


def _p(text: str, size: str = "c3", para: str = "c0") -> str:
    return f'<p class="{para}"><span class="{size}">{text}</span></p>'


def _gdocs_row(*cells: str) -> str:
    spacer = '<td class="c6 c12"><p class="c0 c8"><span class="c3"></span></p></td>'
    return "<tr>" + spacer.join(f'<td class="c6">{_p(cell)}</td>' for cell in cells) + "</tr>"


def _gdocs() -> str:
    """A Google Docs "Download > Web page" export: every block a styled paragraph."""
    items = "".join(f'<p class="c0 c13"><span class="c3">●&nbsp;&nbsp;&nbsp;&nbsp;</span>'
                    f'<span class="c3">{item}</span></p>' for item in NOT_ITEMS)
    table = ('<table class="c7"><tbody>' + _gdocs_row("Datum", "Tijd", "Voor wie")
             + _gdocs_row("Zaterdag 11 oktober", "9.00 - 12.00 uur", "achternaam A t/m K") + "</tbody></table>")
    return (f'<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">'
            f'{GDOCS_STYLE}</style><title>Griepprik folder 2025 concept v3</title></head><body class="c9 doc-content">'
            + _p("Huisartsenpraktijk De Linde", "c11") + _p("De griepprik: informatie voor patiënten", "c2", "c4")
            + '<p class="c0 c8"><span class="c3"></span></p>' + _p(INTRO)
            + _p("Wanneer en waar?", "c5", "c4") + _p(WHEN) + table
            + _p("Wanneer geen griepprik?", "c5", "c4") + items
            + _p("Wat kunt u merken na de prik?", "c5", "c4") + _p(AFTER_PRICK) + "</body></html>")


def test_a_google_docs_export_has_its_title_and_headings_by_font_size(tmp_path):
    item = _ingested(tmp_path, _gdocs(), "griepprik.html")
    assert item.leaflet.title == "De griepprik: informatie voor patiënten"
    assert [passage.headings for passage in item.passages] == [
        (), ("Wanneer en waar?",), ("Wanneer geen griepprik?",), ("Wat kunt u merken na de prik?",)]
    assert item.passages[0].text == INTRO
    assert item.passages[2].text == "\n".join(f"• {item}" for item in NOT_ITEMS)  # list items, no "●"
    assert "Datum | Tijd | Voor wie\nZaterdag 11 oktober | 9.00 - 12.00 uur | achternaam A t/m K" \
        in item.passages[1].text


def test_headings_set_by_inline_font_sizes_are_ranked_by_size(tmp_path):
    def line(text: str, size: str) -> str:
        return f'<p><span style="font-size:{size}">{text}</span></p>'
    page = ("<html><head><title>concept</title></head><body><div>"
            + line("Hielspoor", "24pt") + f"<p>{FIRST}</p>" + line("Behandeling", "16pt")
            + line("Steunzolen", "13.5pt") + f"<p>{AFTER}</p>" + line("Oefeningen", "13.5pt") + f"<p>{FIRST}</p>"
            + line("Contact", "16pt") + "<p>Bel de polikliniek op werkdagen, telefoon 030 123 45 67.</p>"
            + "</div></body></html>")
    item = _ingested(tmp_path, page, "hielspoor.html")
    assert item.leaflet.title == "Hielspoor"
    assert [passage.headings for passage in item.passages] == [
        (), ("Behandeling", "Steunzolen"), ("Behandeling", "Oefeningen"), ("Contact",)]


def test_beside_marked_headings_only_a_title_is_read_by_size(tmp_path):
    style = "<style>body{font-size:10.5pt}h1{font-size:22pt}h2{font-size:14pt}.intro{font-size:11.5pt}</style>"
    page = (f"<html><head><title>Pacemaker implantatie</title>{style}</head><body>"
            "<h1>Een pacemaker krijgen</h1><p class='intro'>Informatie voor patiënten van de afdeling Cardiologie</p>"
            f"<p>{FIRST}</p><h2>Wondverzorging</h2><p>{AFTER}</p></body></html>")
    item = _ingested(tmp_path, page, "pacemaker.html")
    assert item.leaflet.title == "Een pacemaker krijgen"
    assert [passage.headings for passage in item.passages] == [(), ("Wondverzorging",)]
    assert item.passages[0].text.startswith("Informatie voor patiënten van de afdeling Cardiologie\n\n")


def test_a_styled_title_above_the_pages_own_headings_is_its_title(tmp_path):
    style = "<style>.title{font-size:26pt}h1{font-size:20pt}h2{font-size:16pt}</style>"
    page = (f"<html><head><title>doc</title>{style}</head><body><p class='title'>Hooikoorts</p>"
            f"<h1>Wat is het?</h1><p>{FIRST}</p><h2>Klachten</h2><p>{AFTER}</p></body></html>")
    item = _ingested(tmp_path, page, "hooikoorts.html")
    assert item.leaflet.title == "Hooikoorts"
    assert [passage.headings for passage in item.passages] == [("Wat is het?",), ("Wat is het?", "Klachten")]


def test_text_straight_in_the_body_keeps_its_headings_and_lists(tmp_path):
    page = ("<html><head><title>Koorts</title></head><body><h1>Koorts bij kinderen</h1>"
            f"<p>{FIRST}</p><h2>Wat kunt u doen?</h2><ul><li>Geef uw kind extra drinken.</li>"
            f"<li>Kleed uw kind niet te warm aan.</li></ul><p>{AFTER}</p></body></html>")
    item = _ingested(tmp_path, page, "koorts.html")
    assert item.leaflet.title == "Koorts bij kinderen"
    assert _passages(item) == [((), FIRST), (("Wat kunt u doen?",), "• Geef uw kind extra drinken.\n"
                                             f"• Kleed uw kind niet te warm aan.\n\n{AFTER}")]


def test_only_columns_empty_in_every_row_go():
    rows = "".join(f"<tr><td>{a}</td><td></td><td>{b}</td></tr>" for a, b in [("Datum", "Tijd"), ("11 oktober", "")])
    text = load_html(_page(f"<table>{rows}</table>"), "x.html").text
    assert "| Datum | Tijd |" in text and "| 11 oktober |  |" in text


@pytest.mark.parametrize("line", ["-5 graden is de laagste temperatuur in de koelkast.",
                                  "Neem pijnstillers in ● volgens het schema."])
def test_a_paragraph_without_a_leading_bullet_and_space_stays_a_paragraph(line):
    text = load_html(_page(f"<p>{line}</p>"), "x.html").text
    assert f"\n\n{line}\n\n" in text


def test_headings_set_by_old_font_tags_are_headings(tmp_path):
    page = ("<html><head><title>x</title></head><body><p><font size='6'>Hooikoorts</font></p>"
            f"<p>{FIRST}</p><p><font size='+1'>Wat kunt u doen?</font></p><p>{AFTER}</p></body></html>")
    item = _ingested(tmp_path, page, "hooikoorts.html")
    assert item.leaflet.title == "Hooikoorts"
    assert [passage.headings for passage in item.passages] == [(), ("Wat kunt u doen?",)]


def test_a_pull_quote_set_large_is_no_title_and_a_lone_marked_line_no_list(tmp_path):
    """Review: a pull quote in a 24px class became the page's title (and left its text); a
    footnote "* ..." and a signature "– Dr. Jansen" after it became one bulleted list."""
    page = ("<html><head><title>Wondzorg</title><style>.quote{font-size:24px}.t{font-size:28px}</style></head>"
            "<body><main><p class='t'>Wondzorg</p><p class='quote'>“Na drie weken kon ik weer fietsen”</p>"
            f"<p>{FIRST}</p><p>* Vergoeding geldt alleen met een verwijzing van de huisarts</p>"
            "<p>– Dr. Jansen, chirurg</p></main></body></html>")
    item = _ingested(tmp_path, page)
    assert item.leaflet.title == "Wondzorg"
    text = "\n".join(p.text for p in item.passages)
    assert "“Na drie weken kon ik weer fietsen”" in text
    assert "* Vergoeding geldt" in text and "– Dr. Jansen, chirurg" in text and "• " not in text
