"""Web pages that red team 10 found read wrongly. A CMS page with no `<main>` lost its list
of steps and every heading: a feedback line below the text ("Was deze informatie nuttig? Ja
Nee", buttons inside the paragraph) made the page's whole body the box of its text, so it got
no frame and trafilatura gathered loose paragraphs. Its sub-headings were `<div class="h3">`s,
its FAQ questions accordion `<button>`s, and its "Laatst gewijzigd" line stood in a side column
beside a list of related links. An app's tip boxes (`<aside>` inside the article) were dropped,
HTML table rows had blank lines between them, and a `class="meta"` paragraph that says more
than its date was lost with its date."""

from tests.test_ingest_html_markup import _ingested

INTRO = ("U heeft glaucoom en u krijgt oogdruppels om de druk in uw oog te verlagen. In deze folder "
         "leest u hoe de druppels werken en waar u op moet letten.")
STEPS = ["Was uw handen.", "Trek met een vinger het onderooglid naar beneden, zodat er een gootje ontstaat.",
         "Kijk omhoog en laat één druppel in het gootje vallen."]
AFTER_STEPS = "Twijfelt u of de druppel in uw oog is gekomen? Druppel dan nog één keer."
BEWAREN = "Een geopend flesje is meestal 4 weken houdbaar. Schrijf de datum op het etiket."
VERGETEN = "Druppel alsnog zodra u het merkt. Druppel nooit een dubbele hoeveelheid."
FAQ = {"Mag ik autorijden met glaucoom?": "Dat hangt af van uw gezichtsveld. De oogarts meet dit regelmatig.",
       "Is glaucoom erfelijk?": "Glaucoom komt in sommige families vaker voor. Laat uw oogdruk meten."}
CONTACT = "Polikliniek Oogheelkunde, telefoon 010 789 23 00, op werkdagen van 8.00 tot 17.00 uur."
FEEDBACK = "<p>Was deze informatie nuttig? <button>Ja</button> <button>Nee</button></p>"


def _cms_page(text: str, *, side: str = "", after: str = "") -> str:
    """A CMS page with no landmark: a menu, the text in a column, a side column, a footer."""
    return ("<html><head><title>Glaucoom: oogdruppels</title></head><body>"
            '<header class="site-header"><ul class="topmenu"><li><a href="/">Home</a></li>'
            '<li><a href="/contact">Contact</a></li></ul></header>'
            f'<div class="content-wrapper"><div class="col-main"><div class="cms-content">{text}</div></div>'
            f'<div class="col-side">{side}</div></div>{after}'
            '<div class="footer-bottom"><p>© 2025 Oogziekenhuis | <a href="/privacy">Privacy</a></p></div>'
            "</body></html>")


def _steps_text(heading: str = '<div class="h3">Zo druppelt u</div>') -> str:
    steps = "".join(f"<li>{step}</li>" for step in STEPS)
    return (f"<p><strong>Glaucoom: oogdruppels</strong></p><p>{INTRO}</p>"
            f"{heading}<ol>{steps}</ol><p>{AFTER_STEPS}</p>"
            f'<div class="h3">Bewaren</div><p>{BEWAREN}</p>'
            f'<div class="h3">Druppel vergeten?</div><p>{VERGETEN}</p>'
            f"<p><strong>Contact</strong></p><p>{CONTACT}</p>")


def _by_heading(item) -> dict[str, str]:
    return {passage.headings[-1]: passage.text for passage in item.passages if passage.headings}


def _all_text(item) -> str:
    return "\n\n".join(passage.text for passage in item.passages)


def test_a_feedback_line_below_the_text_costs_no_list(tmp_path):
    item = _ingested(tmp_path, _cms_page(_steps_text(), after=f'<div class="feedback">{FEEDBACK}</div>'),
                     "glaucoom.html")
    text = _all_text(item)
    for number, step in enumerate(STEPS, 1):
        assert f"{number}. {step}" in text, text
    assert "nuttig" not in text, text


def test_a_short_loose_line_beside_the_text_box_costs_no_list(tmp_path):
    # not a widget: a line of its own outside the box of the text still leaves it a frame
    item = _ingested(tmp_path, _cms_page(_steps_text(), after='<div class="print-info"><p>Afgedrukt van '
                                                              'www.oogziekenhuis.nl</p></div>'), "glaucoom.html")
    text = _all_text(item)
    for number, step in enumerate(STEPS, 1):
        assert f"{number}. {step}" in text, text
    assert _by_heading(item)["Zo druppelt u"].startswith("1. Was uw handen."), _by_heading(item)


def test_headings_named_by_their_class_head_their_text(tmp_path):
    item = _ingested(tmp_path, _cms_page(_steps_text()), "glaucoom.html")
    headed = _by_heading(item)
    assert headed["Bewaren"] == BEWAREN, headed
    assert headed["Druppel vergeten?"] == VERGETEN, headed
    assert headed["Zo druppelt u"].startswith("1. Was uw handen."), headed
    assert headed["Contact"] == CONTACT, headed  # a bold paragraph after them is a heading as before
    contact = next(passage for passage in item.passages if passage.text == CONTACT)
    assert contact.headings == ("Contact",), contact.headings  # not under "Druppel vergeten?"


def test_other_heading_classes_and_a_long_classed_line(tmp_path):
    text = (f"<p>{INTRO}</p>"
            f'<p class="kop">Bewaren</p><p>{BEWAREN}</p>'
            f'<div class="c-heading c-heading--3">Druppel vergeten?</div><p>{VERGETEN}</p>'
            '<div class="h3">Dit is een lange zin die in een blok met een kopklasse staat en toch gewoon '
            "tekst is, want koppen zijn kort en deze zin is dat niet.</div>")
    item = _ingested(tmp_path, f"<html><head><title>Glaucoom</title></head><body><main><h1>Glaucoom</h1>"
                               f"{text}</main></body></html>", "glaucoom.html")
    headed = _by_heading(item)
    assert headed["Bewaren"] == BEWAREN, headed
    assert headed["Druppel vergeten?"].startswith(VERGETEN), headed
    assert "Dit is een lange zin" in headed["Druppel vergeten?"], headed


def test_accordion_buttons_head_their_panels(tmp_path):
    items = "".join(
        f'<div class="accordion__item"><button class="accordion__toggle" aria-expanded="false" '
        f'aria-controls="faq{n}">{question}</button><div class="accordion__panel" id="faq{n}" hidden>'
        f"<p>{answer}</p></div></div>" for n, (question, answer) in enumerate(FAQ.items()))
    text = (_steps_text().replace("<p><strong>Contact</strong>", "<p><strong>Veelgestelde vragen</strong></p>"
                                  f'<div class="accordion" id="faq">{items}</div><p><strong>Contact</strong>'))
    item = _ingested(tmp_path, _cms_page(text, after=f'<div class="feedback">{FEEDBACK}</div>'), "glaucoom.html")
    for question, answer in FAQ.items():
        passage = next(passage for passage in item.passages if answer in passage.text)
        assert passage.headings == ("Veelgestelde vragen", question), passage.headings
    assert _by_heading(item)["Contact"] == CONTACT


def test_an_ordinary_button_is_no_heading(tmp_path):
    text = (f"<p>{INTRO}</p>"
            '<div class="tools"><button onclick="window.print()">Print</button></div>'
            f"<h2>Bewaren</h2><p>{BEWAREN}</p>"
            f"<p>Bel direct bij <button>koorts</button> of <button>pijn</button> de polikliniek.</p>")
    item = _ingested(tmp_path, f"<html><head><title>Glaucoom</title></head><body><main><h1>Glaucoom</h1>"
                               f"{text}</main></body></html>", "glaucoom.html")
    assert all("Print" not in passage.headings for passage in item.passages), [p.headings for p in item.passages]
    assert "Print" not in _all_text(item)
    # two buttons inside a sentence are words of it, not a widget
    assert "Bel direct bij koorts of pijn de polikliniek." in _all_text(item)


def test_a_feedback_widget_and_a_cookie_bar_stay_out(tmp_path):
    cookies = ('<div id="cookie-consent"><p>Wij gebruiken cookies om onze website te verbeteren. '
               '<a href="/privacy">Lees meer</a></p><button>Accepteren</button> <button>Weigeren</button></div>')
    page = (f"<html><head><title>Glaucoom</title></head><body>{cookies}<main><h1>Glaucoom</h1><p>{INTRO}</p>"
            f"<h2>Contact</h2><p>{CONTACT}</p>{FEEDBACK}</main></body></html>")
    item = _ingested(tmp_path, page, "glaucoom.html")
    assert _by_heading(item)["Contact"] == CONTACT, _by_heading(item)
    assert "cookies" not in _all_text(item)


def test_a_last_changed_line_in_a_side_column_dates_the_page(tmp_path):
    side = ('<div class="meta-box"><p>Afdeling: Oogheelkunde<br>Foldernummer: OOG-217</p>'
            '<p class="meta-date">Laatst gewijzigd: 12 mei 2025</p></div>'
            '<div class="related"><p><strong>Gerelateerde folders</strong></p><ul>'
            '<li><a href="/folders/oogdruk-meten">Oogdruk meten</a></li>'
            '<li><a href="/folders/slt-laser">SLT-laserbehandeling</a></li></ul></div>')
    item = _ingested(tmp_path, _cms_page(_steps_text(), side=side), "glaucoom.html")
    assert item.leaflet.updated == "2025-05-12"
    assert "Oogdruk meten" not in _all_text(item)


def test_a_date_on_a_card_about_another_page_still_dates_nothing(tmp_path):
    cards = ('<div class="teasers"><div class="card"><a href="/folders/copd">Leven met COPD</a>'
             '<p>Laatst gewijzigd: 4 maart 2025</p></div></div>')
    item = _ingested(tmp_path, _cms_page(_steps_text(), side=cards), "glaucoom.html")
    assert item.leaflet.updated == ""


WHAT = ("Bij een blaasontsteking zijn er bacteriën in uw blaas gekomen. Meestal zijn dat darmbacteriën die "
        "via de plasbuis de blaas in gaan. Vrouwen krijgen vaker een blaasontsteking dan mannen, omdat hun "
        "plasbuis korter is. Een blaasontsteking is vervelend, maar meestal niet gevaarlijk.")
RECURRING = ("Sommige vrouwen krijgen steeds opnieuw een blaasontsteking. Na de overgang komt dat vaker voor, "
             "omdat het slijmvlies dunner wordt. Bespreek met uw huisarts wat voor u het beste is.")


def _article_page(article: str, beside: str = "", title: str = "Blaasontsteking bij vrouwen") -> str:
    """An app's page: a menu, the article in a `<main>` (its text around `article`), a footer."""
    return ("<html><head><title>Blaasontsteking</title></head><body>"
            '<nav><ul><li><a href="/">Home</a></li><li><a href="/folders">Folders</a></li></ul></nav>'
            f"<main><article><h1>{title}</h1>{article}<h2>Wat is het?</h2><p>{WHAT}</p>"
            f"<h2>Steeds weer</h2><p>{RECURRING}</p></article>{beside}</main>"
            "<footer><p>© 2025 Gezondheidscentrum Oost</p></footer></body></html>")


TIP = "Bloed in de urine bij een blaasontsteking is meestal onschuldig. Meld het als het blijft."
SELF_CARE = ["Drink genoeg, ongeveer 1,5 tot 2 liter per dag.", "Plas na het vrijen.",
             "Van cranberrysap is niet bewezen dat het een blaasontsteking voorkomt."]
TREATMENT = ("Heeft u veel last, dan schrijft de huisarts meestal een antibioticum voor. Maak de kuur "
             "altijd af, ook als u zich eerder beter voelt.")


def test_a_tip_box_inside_the_article_is_text_and_a_sidebar_beside_it_is_not(tmp_path):
    care = "".join(f"<li>{line}</li>" for line in SELF_CARE)
    article = (f'<section><h2>Klachten</h2><p>U moet vaak plassen en het plassen doet pijn.</p>'
               f'<aside class="tip"><svg><title>Tip</title></svg><p><strong>Tip:</strong> {TIP}</p></aside></section>'
               f'<section><h2>Behandeling</h2><p>{TREATMENT}</p>'
               f'<aside class="tip"><p><strong>Wat kunt u zelf doen?</strong></p><ul>{care}</ul></aside></section>')
    beside = ('<aside class="related" aria-label="Gerelateerd"><h2>Lees ook</h2><ul>'
              '<li><a href="/folders/nierbekkenontsteking">Nierbekkenontsteking</a></li>'
              '<li><a href="/folders/overgang">Klachten in de overgang</a></li></ul></aside>')
    item = _ingested(tmp_path, _article_page(article, beside), "blaas.html")
    text = _all_text(item)
    assert TIP in text, text
    for line in SELF_CARE:
        assert line in text, text
    assert "Lees ook" not in text and "Nierbekkenontsteking" not in text, text


def test_an_aside_of_links_inside_the_article_stays_out(tmp_path):
    article = (f"<h2>Behandeling</h2><p>{TREATMENT}</p>"
               '<aside><ul><li><a href="/folders/nierbekkenontsteking">Nierbekkenontsteking</a></li>'
               '<li><a href="/folders/overgang">Klachten in de overgang</a></li></ul></aside>'
               "<h2>Contact</h2><p>Bel de praktijk op werkdagen van 8.00 tot 17.00 uur.</p>")
    item = _ingested(tmp_path, _article_page(article), "blaas.html")
    assert "Nierbekkenontsteking" not in _all_text(item)
    assert _by_heading(item)["Behandeling"] == TREATMENT


CALLS = [("Koorts boven 38 °C of koude rillingen", "Bel dezelfde dag."),
         ("Pijn in uw zij of onder in uw rug", "Bel dezelfde dag."),
         ("Vaker dan 3 keer per jaar een blaasontsteking", "Maak een gewone afspraak.")]


def test_table_rows_are_one_per_line(tmp_path):
    rows = "".join(f'<tr><th scope="row">{when}</th><td>{what}</td></tr>' for when, what in CALLS)
    table = ('<table><caption>Wanneer belt u?</caption><thead><tr><th scope="col">Situatie</th>'
             f'<th scope="col">Wat doet u?</th></tr></thead><tbody>{rows}</tbody></table>')
    item = _ingested(tmp_path, _article_page(f"<h2>Wanneer belt u de huisarts?</h2>{table}"
                                             "<h2>Contact</h2><p>Bel de praktijk.</p>"), "blaas.html")
    lines = ["Situatie | Wat doet u?", *(f"{when} | {what}" for when, what in CALLS)]
    assert "Wanneer belt u?\n\n" + "\n".join(lines) == _by_heading(item)["Wanneer belt u de huisarts?"]


def test_a_table_with_a_pipe_in_a_cell_keeps_its_cells(tmp_path):
    table = ("<table><tr><td>Dag</td><td>Tijd</td></tr><tr><td>Maandag | Dinsdag</td><td>8.00 uur</td></tr>"
             "<tr><td>Woensdag</td><td>13.00 uur</td></tr></table>")
    item = _ingested(tmp_path, _article_page(f"<h2>Spreekuur</h2>{table}<h2>Contact</h2><p>Bel ons.</p>"),
                     "spreekuur.html")
    assert _by_heading(item)["Spreekuur"] == "Dag | Tijd\nMaandag | Dinsdag | 8.00 uur\nWoensdag | 13.00 uur"


def test_a_meta_paragraph_that_says_more_than_its_date_is_text_and_dates_the_page(tmp_path):
    meta = ('<p class="meta">Updated on 15 January 2025. This is the English version of our Dutch leaflet '
            '"Blaasontsteking bij vrouwen".</p>')
    page = _article_page(f"{meta}<h2>Treatment</h2><p>{TREATMENT}</p>", title="Bladder infection in women")
    item = _ingested(tmp_path, page, "bladder.html")
    assert "This is the English version of our Dutch leaflet" in _all_text(item)
    assert item.leaflet.updated == "2025-01-15"


def test_a_meta_line_of_fields_stays_out_and_still_dates_the_page(tmp_path):
    meta = '<p class="leaflet__meta">Bijgewerkt op 15 januari 2025 · Leestijd 5 minuten</p>'
    item = _ingested(tmp_path, _article_page(f"{meta}<h2>Behandeling</h2><p>{TREATMENT}</p>"), "blaas.html")
    assert "Leestijd" not in _all_text(item)
    assert item.leaflet.updated == "2025-01-15"


def test_advice_before_two_buttons_is_kept(tmp_path):
    """A review found "Bij koorts ...: bel de afdeling." dropped with its buttons."""
    from ingest.pipeline import ingest_file

    body = "<p>Jicht is een vorm van gewrichtsontsteking die plotseling veel pijn geeft in een gewricht.</p>" * 3
    page = (f"<html><body><main><h1>Jicht</h1>{body}<p>Bij koorts boven 38,5 graden: bel de afdeling. "
            "<button>Bellen</button> <button>Mailen</button></p>"
            "<p>Was deze informatie nuttig? <button>Ja</button> <button>Nee</button></p></main></body></html>")
    path = tmp_path / "jicht.html"
    path.write_text(page, encoding="utf-8")
    text = "\n".join(p.text for p in ingest_file(path, root=tmp_path).passages)
    assert "bel de afdeling" in text and "nuttig" not in text
