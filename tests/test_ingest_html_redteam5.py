"""Web-page markup that red team 5 found losing text or its date: FAQ toggles that stand
outside any heading, and a "last changed" line beside the article that trafilatura drops."""

from ingest.html import load_html

from tests.test_ingest_html_markup import INTRO, _ingested, _page


QUESTIONS = {
    "Moet ik mijn mond spoelen na het inhaleren?": "Ja, als u een ontstekingsremmer gebruikt. Spoel na "
                                                   "elke keer inhaleren uw mond met water en spuug het uit.",
    "Hoe weet ik of mijn inhaler bijna leeg is?": "Veel inhalers hebben een dosisteller. Staat die op rood? "
                                                  "Haal dan op tijd een nieuwe bij de apotheek.",
}
LOOSE_TOGGLES = [
    '<button class="accordion-header" aria-expanded="false" aria-controls="faq{n}">{question}'
    '<span class="icon" aria-hidden="true">+</span></button>',
    '<div class="card-header"><button type="button" data-bs-toggle="collapse" data-bs-target="#faq{n}">'
    "{question}</button></div>",
    '<a class="toggle" href="#faq{n}" data-toggle="collapse">{question}</a>',
    '<div role="button" tabindex="0" aria-controls="faq{n}">{question}</div>',
    '<p><button aria-expanded="false" aria-controls="faq{n}">{question}</button></p>',
]
HIDDEN = ['style="display:none"', "hidden", 'class="collapse"', 'aria-hidden="true"']


def _faq(toggle: str, hide: str) -> str:
    items = "".join(f'<div class="faq-item">{toggle.format(question=question, n=n)}'
                    f'<div id="faq{n}" {hide}><p>{answer}</p></div></div>'
                    for n, (question, answer) in enumerate(QUESTIONS.items()))
    return f'<h2>Veelgestelde vragen</h2><div class="accordion">{items}</div>'


def test_faq_toggles_outside_headings_head_their_hidden_panels():
    for toggle in LOOSE_TOGGLES:
        for hide in HIDDEN:
            markdown = load_html(_page(_faq(toggle, hide) + "<h2>Contact</h2><p>Bel ons gerust.</p>"),
                                 "faq.html").text
            for question, answer in QUESTIONS.items():
                assert f"### {question}\n\n{answer}" in markdown, (toggle, hide, markdown)
            assert "+" not in markdown and "## Contact\n\nBel ons gerust." in markdown


def test_faq_question_heads_its_passage(tmp_path):
    shown = _ingested(tmp_path, _page(_faq(LOOSE_TOGGLES[0], HIDDEN[0])), "faq.html")
    headed = {passage.headings[-1]: passage.text for passage in shown.passages if passage.headings}
    for question, answer in QUESTIONS.items():
        assert answer in headed[question]


def test_ordinary_buttons_and_links_do_not_become_headings():
    page = ("<html><head><title>Folder</title></head><body>"
            '<div class="cookie-banner"><p>Wij gebruiken cookies.</p><button>Accepteer cookies</button></div>'
            '<a class="skip" href="#inhoud">Naar de inhoud</a>'
            '<header><button aria-controls="menu" aria-expanded="false">Menu</button>'
            '<nav id="menu"><h3>Patiënten</h3><p>Alles voor uw bezoek.</p><a href="/a">Afdelingen</a></nav>'
            '<button aria-controls="zoek" aria-expanded="false">Zoeken</button>'
            '<div id="zoek" hidden><form><input type="search"><button>Zoek</button></form></div></header>'
            f'<main id="inhoud"><h1>Folder</h1>{INTRO}'
            '<ul class="toc"><li><a href="#behandeling">Behandeling</a></li></ul>'
            '<h2 id="behandeling">Behandeling</h2><p>U krijgt een zalf voor twee weken.</p>'
            '<div class="tools"><button onclick="window.print()">Print</button></div>'
            '<button aria-controls="zoek2" aria-expanded="false">Zoeken</button>'
            '<div id="zoek2" hidden><p>Waar zoekt u naar?</p><input type="search"></div>'
            '<div role="tablist"><button role="tab" aria-controls="tab1">Overzicht</button>'
            '<button role="tab" aria-controls="tab2">Details</button></div>'
            '<div id="tab1"><p>De zalf smeert u twee keer per dag.</p></div>'
            '<div id="tab2"><p>Was uw handen na het smeren.</p></div>'
            '<p>Wilt u meer weten over de bijwerkingen?</p>'
            '<button aria-expanded="false" aria-controls="meer">Lees meer</button>'
            '<div id="meer" hidden><p>De zalf kan de huid wat droog maken. Dat gaat vanzelf over.</p></div>'
            "</main></body></html>")
    markdown = load_html(page, "folder.html").text
    assert [line for line in markdown.split("\n") if line.startswith("#")] == ["# Folder", "## Behandeling"]
    # a "read more" toggle opens its text without heading it
    assert "De zalf kan de huid wat droog maken." in markdown and "Lees meer" not in markdown


def _dated_page(beside: str, inside: str = "") -> str:
    return ("<html><head><title>Folder</title></head><body><main>"
            f'<article><h1>Folder</h1>{INTRO}<h2>Behandeling</h2><p>U krijgt een zalf voor twee weken.</p>'
            f"{inside}</article>{beside}</main>"
            "<footer><p>Laatst gewijzigd: 1 februari 2020</p></footer></body></html>")


def test_labelled_date_beside_the_article_dates_the_leaflet(tmp_path):
    for meta in ['<div class="page-meta"><p>Laatst gewijzigd: 14 januari 2025</p></div>',
                 '<p class="meta">Laatst gewijzigd: <strong>14 januari 2025</strong></p>',
                 "<dl class=\"meta\"><dt>Laatst gewijzigd</dt><dd>14-01-2025</dd></dl>"]:
        assert _ingested(tmp_path, _dated_page(meta)).leaflet.updated == "2025-01-14", meta
        assert _ingested(tmp_path, _dated_page("", inside=meta)).leaflet.updated == "2025-01-14", meta


def test_the_texts_own_date_wins_over_the_page(tmp_path):
    page = _dated_page('<div class="page-meta">Laatst gewijzigd: 14 januari 2025</div>',
                       inside="<p>Deze folder is voor het laatst herzien op 3 maart 2024.</p>")
    assert _ingested(tmp_path, page).leaflet.updated == "2024-03-03"


def test_dates_of_comments_news_and_related_pages_date_nothing(tmp_path):
    for beside in [
        '<section class="comments"><h2>Reacties</h2><div class="comment"><p>Heel duidelijk, dank u!</p>'
        "<p>Geplaatst op 3 maart 2025</p><p>Laatst gewijzigd: 4 maart 2025</p></div></section>",
        '<div id="comments"><p>Goede uitleg.</p><p>Datum: 4 maart 2025</p></div>',
        '<aside><h2>Nieuws</h2><p><a href="/nieuws/1">Nieuwe parkeerregels</a></p>'
        "<p>Bijgewerkt: 4 maart 2025</p></aside>",
        '<div class="sidebar news"><h2>Nieuws</h2><p>Laatst gewijzigd: 4 maart 2025</p></div>',
        '<ul class="folders"><li><a href="/folders/copd">Leven met COPD</a> '
        "<span>Laatst gewijzigd: 4 maart 2025</span></li></ul>",
        '<nav><p>Laatst bijgewerkt: 4 maart 2025</p></nav>',
    ]:
        assert _ingested(tmp_path, _dated_page(beside)).leaflet.updated == "", beside
    # a card about another page: trafilatura keeps its date line as text (the text's own
    # date, read later), but the page gives no date of its own
    card = ('<div class="agenda"><h3><a href="/avond">Informatieavond over COPD</a></h3>'
            "<p>Laatst gewijzigd: 4 maart 2025</p></div>")
    assert load_html(_dated_page(card), "folder.html").updated == ""
