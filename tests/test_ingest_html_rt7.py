"""Web pages that red team 7 found losing their headings: a page with no `<main>` or
`<article>` landmark and no content class trafilatura knows, its text in a plain box
(`<div class="page">`). Without a frame trafilatura gathers loose paragraphs only, so
every heading and list went, and the passages showed no section."""

import pytest

from ingest.html import load_html

from tests.test_ingest_html_markup import _ingested


QUESTIONS = {
    "Is psoriasis besmettelijk?": "Nee, psoriasis is niet besmettelijk. U kunt gewoon zwemmen en sporten "
                                  "met andere mensen.",
    "Welke zalf helpt het best?": "Vaak krijgt u eerst een zalf met een corticosteroïd, soms samen met "
                                  "calcipotriol. Smeer 1 keer per dag de plekken in.",
    "Wanneer belt u de huisarts?": "Bel als de huid ondanks goed smeren niet beter wordt of als u koorts "
                                   "krijgt met pijnlijke, rode plekken.",
}
INTRO = ("<p>Heeft u psoriasis? Dan heeft u vast veel vragen. Hieronder leest u de antwoorden op "
         "de vragen die patiënten ons het vaakst stellen.</p>")
TIPS = "<ul><li>Smeer na het douchen.</li><li>Draag katoenen kleding.</li></ul>"


def _text_box(tag: str = 'div class="page"', close: str = "div") -> str:
    """The leaflet's text: a title, an intro, a list and a question under each heading."""
    faq = "".join(f"<h3>{question}</h3><p>{answer}</p>" for question, answer in QUESTIONS.items())
    return (f"<{tag}><h1>Vragen over psoriasis</h1>{INTRO}<h2>Veelgestelde vragen</h2>{faq}"
            f"<h2>Tips</h2>{TIPS}</{close}>")


def _landmarkless(box: str, furniture_before: str = "", furniture_after: str = "") -> str:
    return ("<html><head><title>Vragen over psoriasis</title></head><body>"
            '<div id="top"><a href="/">Huidfonds</a> <a href="/lid-worden">Word lid</a> <a href="/doneren">Doneer</a></div>'
            f"{furniture_before}{box}{furniture_after}"
            '<div id="footer">© Huidfonds · <a href="/privacy">Privacyverklaring</a></div></body></html>')


def _assert_headed(markdown: str) -> None:
    assert "## Veelgestelde vragen" in markdown, markdown
    for question, answer in QUESTIONS.items():
        assert f"### {question}\n\n{answer}" in markdown, markdown
    assert "## Tips\n\n- Smeer na het douchen.\n- Draag katoenen kleding." in markdown, markdown


def test_page_without_landmark_keeps_its_headings_and_lists():
    markdown = load_html(_landmarkless(_text_box()), "vragen.html").text
    _assert_headed(markdown)
    assert "Doneer" not in markdown and "Privacyverklaring" not in markdown


def test_text_in_a_layout_table_cell_keeps_its_headings():
    box = '<table><tr><td class="nav"><a href="/">Home</a></td>' + _text_box("td", "td") + "</tr></table>"
    markdown = load_html(_landmarkless(box), "vragen.html").text
    _assert_headed(markdown)
    assert "Home" not in markdown


def test_sidebars_cookie_bars_and_footers_around_the_text_stay_out():
    before = ('<div class="cookie-notice"><p>Wij gebruiken cookies om de website te verbeteren.</p></div>'
              '<div class="sidebar"><h3>Lees ook</h3><p>Eczeem bij volwassenen: alles over de behandeling.</p></div>'
              '<nav><p>U bent hier: Home, Huidziekten, Psoriasis</p></nav>')
    after = ('<aside><h4>Nieuwsbrief</h4><p>Schrijf u in voor onze maandelijkse nieuwsbrief.</p></aside>'
             '<footer><p>Het Huidfonds is een ANBI. KvK 12345678.</p></footer>')
    markdown = load_html(_landmarkless(_text_box(), before, after), "vragen.html").text
    _assert_headed(markdown)
    for furniture in ("cookies", "Lees ook", "Eczeem bij volwassenen", "U bent hier", "Nieuwsbrief", "KvK"):
        assert furniture not in markdown, (furniture, markdown)


def test_page_with_a_landmark_is_read_as_before():
    page = _landmarkless('<div class="wrap"><p>Een korte inleiding voor de lezer van deze folder.</p>'
                         + _text_box("article", "article") + "</div>")
    markdown = load_html(page, "vragen.html").text
    _assert_headed(markdown)
    assert "Een korte inleiding" not in markdown  # trafilatura reads the article, as before


def test_each_question_heads_its_passage(tmp_path):
    ingested = _ingested(tmp_path, _landmarkless(_text_box()), "vragen.html")
    headed = {passage.headings[-1]: passage.text for passage in ingested.passages if passage.headings}
    for question, answer in QUESTIONS.items():
        assert answer in headed[question], headed


# Review 18: a `<main>` inside the text's table cell made trafilatura give a short text twice,
# once with its headings and once as the whole row on one line with the menu ("Home Over ons |
# Koorts bij kinderen ..."). The `<main>` now takes the place of the layout table.
FEVER = ("<h1>Koorts bij kinderen</h1><h2>Wat kunt u doen?</h2>"
         "<ul><li>Geef uw kind genoeg te drinken.</li><li>Kleed uw kind niet te warm aan.</li></ul>"
         "<h2>Wanneer belt u de huisarts?</h2><p>Bel de huisarts als uw kind jonger is dan 3 maanden "
         "en koorts heeft.</p>")
FEVER_MARKDOWN = ("# Koorts bij kinderen\n\n## Wat kunt u doen?\n\n- Geef uw kind genoeg te drinken.\n"
                  "- Kleed uw kind niet te warm aan.\n\n## Wanneer belt u de huisarts?\n\n"
                  "Bel de huisarts als uw kind jonger is dan 3 maanden en koorts heeft.")


def _table_page(row: str) -> str:
    return f"<html><head><title>Koorts</title></head><body><table><tr>{row}</tr></table></body></html>"


@pytest.mark.parametrize("menu", [
    '<td><a href="/">Home</a> <a href="/over">Over ons</a></td>',
    '<td><a href="/">Home</a> | <a href="/over">Over ons</a></td>',
    '<td><p><a href="/">Home</a> <a href="/over">Over ons</a></p></td>',  # the row holds all text
    '<th><a href="/">Home</a></th><td><table><tr><td><a href="/over">Over ons</a></td></tr></table></td>',
])
def test_text_in_a_table_cell_beside_a_menu_comes_once_without_the_menu(menu):
    markdown = load_html(_table_page(f"{menu}<td>{FEVER}</td>"), "koorts.html").text
    assert markdown.strip() == FEVER_MARKDOWN, markdown


def test_text_in_a_nested_layout_table_comes_once_without_the_menu():
    inner = f'<table><tr><td><a href="/">Home</a> <a href="/over">Over ons</a></td><td><div>{FEVER}</div></td></tr></table>'
    markdown = load_html(_table_page(f"<td>{inner}</td>"), "koorts.html").text
    assert markdown.strip() == FEVER_MARKDOWN, markdown


def test_a_table_with_more_than_links_beside_the_text_keeps_all_its_words_once():
    # a cell of plain words may be the leaflet's: the table stays, and no word is lost or doubled
    cell = "<td>Spreekuur kinderarts: maandag van 8 tot 12 uur</td>"
    markdown = load_html(_table_page(f"{cell}<td>{FEVER}</td>"), "koorts.html").text
    assert markdown.count("Spreekuur kinderarts") == 1 and markdown.count("Geef uw kind genoeg") == 1, markdown


def test_a_table_of_data_that_holds_all_the_text_stays_a_table():
    rows = "".join(f"<tr><td><p>{day}</p></td><td><p>{hours}</p></td></tr>"
                   for day, hours in (("Maandag", "van 8 tot 12 uur"), ("Dinsdag", "van 13 tot 17 uur")))
    page = f"<html><head><title>Spreekuur</title></head><body><table>{rows}</table></body></html>"
    markdown = load_html(page, "spreekuur.html").text
    assert "Maandag | van 8 tot 12 uur" in markdown and markdown.count("Dinsdag") == 1, markdown
