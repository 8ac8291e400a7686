"""Web pages that red team 9 found read wrongly. An old hospital page laid out with tables
(a banner row, a menu cell of in-page links beside the text cell, a footer row) lost the
definition list and the list in its text cell, ran its headings into the paragraphs, kept its
menu as text and moved the data tables inside the cell to the end of the page. A table used
for layout is now read as the blocks its cells hold, in page order; a data table stays rows of
cells, in its place. A list of in-page links is navigation, and a table's caption is a line
of its own before the table, not a row of it."""

import pytest

from tests.test_ingest_html_markup import _ingested

DEFINITIONS = {
    "Normale temperatuur": "Tussen 36,5 en 37,5 °C. De temperatuur is 's avonds wat hoger dan 's ochtends.",
    "Koorts": "38 °C of hoger, gemeten in de billen.",
    "Hoge koorts": "40 °C of hoger. Ook hoge koorts is op zichzelf niet gevaarlijk en beschadigt de hersenen niet.",
}
TIPS = ["Geef uw kind vaak kleine beetjes te drinken, ook 's nachts.",
        "Koud afsponzen of een koud bad helpt niet en is onprettig voor uw kind."]
DOSES = [("Gewicht van uw kind", "Leeftijd", "Zetpil"), ("8 - 11 kg", "6 maanden - 2 jaar", "180 mg"),
         ("12 - 15 kg", "2 - 4 jaar", "240 mg"), ("16 - 21 kg", "4 - 6 jaar", "350 mg")]
CALLS = [("Direct bellen", "als uw kind suf is of slecht wakker te krijgen, of erg benauwd is."),
         ("Dezelfde dag bellen", "als uw kind veel minder drinkt of de koorts na 3 dagen nog niet zakt.")]
INTRO = ("Uw kind heeft koorts. Dat is vervelend en soms maakt het u ongerust. Meestal is koorts "
         "onschuldig: het is een gezonde reactie van het lichaam op een infectie.")
BEFORE_DOSES = "Geef de dosis volgens het gewicht van uw kind, niet volgens de leeftijd."
AFTER_DOSES = "Laat minstens 6 uur tussen twee doses. Geef geen paracetamol aan baby's jonger dan 3 maanden."
STUIP = "Leg uw kind op de zij, blijf erbij en stop niets in de mond. Bel daarna altijd de huisarts."
MENU = ["Wat is koorts?", "Wat kunt u zelf doen?", "Paracetamol", "Wanneer bellen?"]
FOOTER = "© 2024 Kinderafdeling Voorbeeldziekenhuis, versie 3 – Deze folder vervangt geen medisch advies."


def _rows(rows, border: str = "1") -> str:
    return (f'<table border="{border}">'
            + "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
            + "</table>")


def _layout_page() -> str:
    """A leaflet laid out in a table, as the red team's koorts-bij-kinderen.html."""
    menu = "<b>In deze folder</b><br>" + "<br>".join(
        f'<a href="#s{n}">{label}</a>' for n, label in enumerate(MENU))
    definitions = "".join(f"<dt>{term}</dt><dd>{meaning}</dd>" for term, meaning in DEFINITIONS.items())
    text = (f"<p>{INTRO}</p>"
            f'<a name="s0"></a><h2>Wat is koorts?</h2><dl>{definitions}</dl>'
            f'<a name="s1"></a><h2>Wat kunt u zelf doen?</h2><ul>{"".join(f"<li>{tip}</li>" for tip in TIPS)}</ul>'
            f'<a name="s2"></a><h2>Paracetamol</h2><p>{BEFORE_DOSES}</p>{_rows(DOSES)}<p>{AFTER_DOSES}</p>'
            f'<a name="s3"></a><h2>Wanneer moet u de huisarts bellen?</h2>'
            + _rows([(f"<b>{when}</b>", what) for when, what in CALLS], border="0")
            + f"<h3>Koortsstuip</h3><p>{STUIP}</p>")
    return ('<html><head><title>Koorts bij kinderen</title></head><body>'
            '<table width="760" border="0" cellpadding="6">'
            '<tr><td colspan="2"><font size="5"><b>Koorts bij kinderen</b></font><br>'
            '<font size="2">Informatie voor ouders en verzorgers</font></td></tr>'
            f'<tr><td width="170" valign="top">{menu}</td><td valign="top">{text}</td></tr>'
            f'<tr><td colspan="2">{FOOTER}</td></tr>'
            "</table></body></html>")


@pytest.fixture
def layout(tmp_path):
    return _ingested(tmp_path, _layout_page(), "koorts-bij-kinderen.html")


def _all_text(item) -> str:
    return "\n\n".join(passage.text for passage in item.passages)


def _by_heading(item) -> dict[str, str]:
    return {passage.headings[-1]: passage.text for passage in item.passages if passage.headings}


def test_block_content_in_a_layout_table_cell_keeps_every_word(layout):
    text = _all_text(layout)
    for term, meaning in DEFINITIONS.items():
        assert term in text and meaning in text, (term, text)
    for tip in TIPS:
        assert tip in text, (tip, text)
    for words in (INTRO, BEFORE_DOSES, AFTER_DOSES, STUIP):
        assert text.count(words) == 1, (words, text)


def test_headings_in_a_layout_table_cell_head_their_passages(layout):
    headed = _by_heading(layout)
    assert "Koud afsponzen" in headed["Wat kunt u zelf doen?"], headed
    assert "Ook hoge koorts is op zichzelf niet gevaarlijk" in headed["Wat is koorts?"], headed
    assert headed["Koortsstuip"].startswith(STUIP[:30]), headed
    path = next(passage.headings for passage in layout.passages if passage.headings[-1:] == ("Koortsstuip",))
    assert path == ("Wanneer moet u de huisarts bellen?", "Koortsstuip"), path
    for passage in layout.passages:  # no heading runs on into a paragraph
        assert "Wat is koorts? Normale" not in passage.text and "waterpokken" not in passage.text


def test_a_data_table_inside_a_layout_cell_stays_rows_in_its_place(layout):
    dosing = _by_heading(layout)["Paracetamol"]
    rows = [" | ".join(row) for row in DOSES]
    assert "\n\n".join([BEFORE_DOSES, "\n".join(rows), AFTER_DOSES]) in dosing, dosing
    calling = _by_heading(layout)["Wanneer moet u de huisarts bellen?"]
    assert f"{CALLS[0][0]} | {CALLS[0][1]}" in calling and f"{CALLS[1][0]} | {CALLS[1][1]}" in calling, calling


def test_a_layout_table_keeps_no_menu_banner_or_footer_as_text(layout):
    text = _all_text(layout)
    assert "In deze folder" not in text and "Wanneer bellen?" not in text, text
    assert "© 2024" not in text and "Informatie voor ouders" not in text, text
    assert not any(line.rstrip().endswith("|") for line in text.splitlines()), text
    assert layout.leaflet.title == "Koorts bij kinderen"
    assert layout.passages[0].text.startswith(INTRO), layout.passages[0].text


ARTICLE = ("<p>Jicht is een ontsteking van een gewricht door urinezuurkristallen. Vaak begint het in het "
           "gewricht van de grote teen.</p>")


def _main_page(body: str, title: str = "Jicht") -> str:
    return (f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>{ARTICLE}{body}"
            "</main></body></html>")


SECTIONS = {"Wat is jicht?": "Een aanval van jicht komt vaak 's nachts en is erg pijnlijk.",
            "Behandeling": "Uw huisarts geeft u ontstekingsremmers of colchicine tegen de pijn."}


def _sections() -> str:
    return "".join(f'<h2 id="h{n}">{heading}</h2><p>{text}</p>' for n, (heading, text) in enumerate(SECTIONS.items()))


@pytest.mark.parametrize("menu", [
    "<ul>" + "".join(f'<li><a href="#h{n}">{h}</a></li>' for n, h in enumerate(SECTIONS)) + "</ul>",
    '<div class="toc"><p><b>Op deze pagina</b></p><ol>'
    + "".join(f'<li><a href="#h{n}">{h}</a></li>' for n, h in enumerate(SECTIONS)) + "</ol></div>",
    "<p><strong>Inhoud</strong><br>" + "<br>".join(f'<a href="#h{n}">{h}</a>' for n, h in enumerate(SECTIONS))
    + "</p>",
    "<p>" + " | ".join(f'<a href="#h{n}">{h}</a>' for n, h in enumerate(SECTIONS)) + "</p>",
])
def test_a_menu_of_in_page_links_is_not_text(tmp_path, menu):
    item = _ingested(tmp_path, _main_page(menu + _sections()), "jicht.html")
    text = _all_text(item)
    for label in ("Op deze pagina", "Inhoud"):
        assert label not in text, text
    assert ARTICLE[3:40] in text and all(words in text for words in SECTIONS.values()), text
    headed = _by_heading(item)
    for heading, words in SECTIONS.items():  # each heading only heads its text, not a menu line too
        assert headed[heading] == words, headed
    assert text.count("Wat is jicht?") == 0, text


def test_in_page_links_inside_a_sentence_stay_text(tmp_path):
    sentence = ('Lees meer bij <a href="#h0">Wat is jicht?</a> en bij <a href="#h1">Behandeling</a> '
                "verderop in deze folder.")
    item = _ingested(tmp_path, _main_page(f"<p>{sentence}</p>" + _sections()), "jicht.html")
    assert "Lees meer bij Wat is jicht? en bij Behandeling verderop in deze folder." in _all_text(item)


OVERVIEW = [("Klacht", "Wanneer na de beet", "Naar wie?"),
            ("Rode ring die groter wordt", "3 dagen tot 3 maanden", "Huisarts"),
            ("Dikke, pijnlijke knie", "Maanden", "Huisarts")]


def _header_table(caption: str = "") -> str:
    head = "<thead><tr>" + "".join(f"<th>{cell}</th>" for cell in OVERVIEW[0]) + "</tr></thead>"
    body = "<tbody>" + "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
                               for row in OVERVIEW[1:]) + "</tbody>"
    return f"<table>{f'<caption>{caption}</caption>' if caption else ''}{head}{body}</table>"


def test_a_caption_is_a_line_before_its_table_not_a_row(tmp_path):
    caption = "Overzicht: klacht na een tekenbeet en wat u dan doet"
    item = _ingested(tmp_path, _main_page("<h2>Wat doet u bij klachten?</h2>" + _header_table(caption)
                                          + "<p>Twijfelt u? Bel dan de huisarts.</p>", "Tekenbeet"), "teek.html")
    text = _by_heading(item)["Wat doet u bij klachten?"]
    rows = [" | ".join(row) for row in OVERVIEW]
    assert "\n\n".join([caption, "\n".join(rows)]) in text, text
    assert "|" not in next(line for line in text.splitlines() if caption in line), text


def test_a_data_table_with_a_header_row_stays_a_table(tmp_path):
    item = _ingested(tmp_path, _main_page("<h2>Wanneer naar de huisarts?</h2>" + _header_table()
                                          + "<p>Twijfelt u? Bel dan de huisarts.</p>", "Tekenbeet"), "teek.html")
    text = _by_heading(item)["Wanneer naar de huisarts?"]
    assert "\n".join(" | ".join(row) for row in OVERVIEW) in text, text


@pytest.mark.parametrize("wrap", ["{}", "<p>{}</p>", "<div><p>{}</p></div>"])
def test_a_short_data_table_stays_a_table(tmp_path, wrap):
    rows = [("Maandag", "8.00 - 12.00 uur"), ("Woensdag", "13.00 - 17.00 uur")]
    cells = [tuple(wrap.format(cell) for cell in row) for row in rows]
    item = _ingested(tmp_path, _main_page("<h2>Spreekuur</h2>" + _rows(cells) + "<p>Bel voor een afspraak.</p>"),
                     "jicht.html")
    assert "Maandag | 8.00 - 12.00 uur\nWoensdag | 13.00 - 17.00 uur" in _by_heading(item)["Spreekuur"]


def test_a_table_of_one_cell_per_row_keeps_its_paragraphs(tmp_path):
    paragraphs = ["Neem de tabletten in met een glas water, bij voorkeur tijdens het ontbijt.",
                  "Vergeet u een tablet? Neem hem dan alsnog in, tenzij het bijna tijd is voor de volgende.",
                  "Stop niet zelf met de tabletten, maar overleg eerst met uw arts."]
    table = "<table>" + "".join(f"<tr><td><p>{paragraph}</p></td></tr>" for paragraph in paragraphs) + "</table>"
    item = _ingested(tmp_path, _main_page("<h2>Innemen</h2>" + table + "<h2>Bijwerkingen</h2>"
                                          "<p>De meeste mensen merken weinig van de tabletten.</p>"), "jicht.html")
    text = _by_heading(item)["Innemen"]
    for paragraph in paragraphs:
        assert text.count(paragraph) == 1, (paragraph, text)


def test_a_presentation_table_is_read_as_blocks(tmp_path):
    cells = ["<h2>Voor de operatie</h2><p>U mag vanaf middernacht niets meer eten of drinken.</p>",
             "<h2>Na de operatie</h2><p>U mag weer eten zodra u goed wakker bent.</p>"]
    table = '<table role="presentation"><tr>' + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr></table>"
    item = _ingested(tmp_path, _main_page(table), "jicht.html")
    headed = _by_heading(item)
    assert headed["Voor de operatie"] == "U mag vanaf middernacht niets meer eten of drinken.", headed
    assert headed["Na de operatie"] == "U mag weer eten zodra u goed wakker bent.", headed


QUESTIONS = "Heeft u nog vragen? Bel de polikliniek Kindergeneeskunde op 030 - 123 45 67."


def _framed(side: str, below: str) -> str:
    """A page framed by a table: a banner row, a cell beside the text, a row below it."""
    text = f"<p>{INTRO}</p><h2>Wat kunt u zelf doen?</h2><ul>{''.join(f'<li>{tip}</li>' for tip in TIPS)}</ul>"
    return ("<html><head><title>Koorts bij kinderen</title></head><body><table>"
            '<tr><td colspan="2"><b>Koorts bij kinderen</b></td></tr>'
            f'<tr><td>{side}</td><td>{text}</td></tr><tr><td colspan="2">{below}</td></tr></table></body></html>')


@pytest.mark.parametrize("side", ['<a href="/">Home</a> <a href="/folders">Folders</a>',
                                  "Spreekuur kinderarts: maandag van 8 tot 12 uur"])
def test_words_below_or_beside_the_text_of_a_layout_stay_text(tmp_path, side):
    item = _ingested(tmp_path, _framed(side, QUESTIONS), "koorts.html")
    text = _all_text(item)
    assert text.count(QUESTIONS) == 1 and text.count(TIPS[1]) == 1, text
    assert all(tip in _by_heading(item)["Wat kunt u zelf doen?"] for tip in TIPS), _by_heading(item)
    assert ("Spreekuur kinderarts" in text) == side.startswith("Spreekuur"), text
    assert "Home" not in text and item.leaflet.title == "Koorts bij kinderen", (item.leaflet.title, text)


def test_a_short_row_of_a_layout_inside_the_article_is_text(tmp_path):
    notice = "<b>Let op: neem uw medicijnen mee naar de afspraak.</b>"
    table = (f"<table><tr><td>{notice}</td></tr><tr><td><h2>Voorbereiding</h2><p>{INTRO}</p>"
             f"<ul>{''.join(f'<li>{tip}</li>' for tip in TIPS)}</ul></td></tr>"
             "<tr><td>© 2024 Afdeling Kindergeneeskunde</td></tr></table>")
    text = _all_text(_ingested(tmp_path, _main_page(table, "Koorts"), "koorts.html"))
    assert "Let op: neem uw medicijnen mee naar de afspraak." in text and TIPS[0] in text, text


def test_a_layout_with_its_title_and_text_in_different_rows_keeps_its_headings(tmp_path):
    text = f"<p>{INTRO}</p><h2>Wat kunt u zelf doen?</h2><ul>{''.join(f'<li>{tip}</li>' for tip in TIPS)}</ul>"
    page = ("<html><head><title>Koorts</title></head><body><table>"
            '<tr><td><a href="/">Home</a> <a href="/folders">Folders</a></td><td><h1>Koorts bij kinderen</h1></td></tr>'
            f"<tr><td></td><td>{text}</td></tr></table></body></html>")
    item = _ingested(tmp_path, page, "koorts.html")
    assert item.leaflet.title == "Koorts bij kinderen"
    assert all(tip in _by_heading(item)["Wat kunt u zelf doen?"] for tip in TIPS), _by_heading(item)
    assert "Home" not in _all_text(item) and _all_text(item).count(INTRO) == 1, _all_text(item)
