"""Web-page markup that red team 3 found losing meaning: sibling articles, sup/sub, <time>,
ordered and definition lists, share bars and download links."""

from ingest.clean import clean
from ingest.html import load_html

from tests.test_ingest_html_markup import INTRO, _cleaned, _ingested, _page


ARTICLES = {
    "Wat zijn nierstenen?": "Nierstenen zijn harde klompjes die ontstaan in de nier. Ze bestaan meestal uit kalk.",
    "Welke klachten geven nierstenen?": "Komt een steen vast te zitten, dan krijgt u hevige, krampende pijn in uw zij.",
    "Wanneer belt u de huisarts?": "Bel direct bij koorts boven 38 graden met pijn in uw zij.",
    "Nierstenen voorkomen": "Drink elke dag minstens 2 liter water, verdeeld over de dag.",
}


def test_one_article_per_section_keeps_every_heading(tmp_path):
    articles = "".join(f'<article id="a{n}"><h2>{title}</h2><p>{text}</p></article>'
                       for n, (title, text) in enumerate(ARTICLES.items()))
    html = f"<html><head><title>Nierstenen</title></head><body><main><h1>Nierstenen</h1>{articles}</main></body></html>"
    ingested = _ingested(tmp_path, html)
    assert ingested.leaflet.title == "Nierstenen"
    assert [(p.headings, p.text) for p in ingested.passages] == [((title,), text) for title, text in ARTICLES.items()]


def test_a_single_article_is_still_the_leaflet():
    html = ("<html><body><nav><a href='/'>Home</a> <a href='/folders'>Folders</a></nav><main><article>"
            f"<h1>Jicht</h1>{INTRO}<h2>Klachten</h2><p>Een aanval begint meestal 's nachts.</p></article>"
            "<aside><h2>Gerelateerd</h2><ul><li><a href='/reuma'>Reuma</a></li><li><a href='/artrose'>Artrose</a>"
            "</li></ul></aside></main></body></html>")
    markdown = load_html(html, "jicht.html").text
    assert "## Klachten\n\nEen aanval begint meestal 's nachts." in markdown
    assert "Home" not in markdown and "Artrose" not in markdown


def test_superscripts_and_subscripts_keep_their_meaning():
    text = _cleaned(_page(
        "<p>Bij minder dan 10 x 10<sup>9</sup>/l bloedplaatjes krijgt u een transfusie. "
        "U krijgt 75 mg/m<sup>2</sup> per kuur. Het CO<sub>2</sub>-gehalte en 10<sup>-3</sup> mol. "
        "Op de 1<sup>e</sup> dag meten we HbA<sub>1c</sub>.</p>"))
    assert "10 x 10⁹/l bloedplaatjes" in text and "75 mg/m² per kuur" in text
    assert "CO₂-gehalte" in text and "10⁻³ mol" in text
    # text Unicode has no raised or lowered form for is written as plain text writes it
    assert "Op de 1e dag meten we HbA1c." in text


def test_last_updated_date_in_a_time_element(tmp_path):
    line = 'Afdeling Oogheelkunde · Laatst bijgewerkt: <time datetime="2024-05-14">14 mei 2024</time>'
    shown = _ingested(tmp_path, _page(f"<p>{line}</p><h2>Voorbereiding</h2><p>Draag geen make-up.</p>"))
    assert shown.leaflet.updated == "2024-05-14"
    # the meta line is read for its date and is no passage (red team 19), nor a dangling label
    assert not any("Laatst bijgewerkt" in passage.text or "Oogheelkunde" in passage.text for passage in shown.passages)
    # trafilatura drops a paragraph of page metadata whole: the date is read before it does
    hidden = _ingested(tmp_path, _page(f'<p class="meta">{line}</p><h2>Voorbereiding</h2><p>Draag geen make-up.</p>'))
    assert hidden.leaflet.updated == "2024-05-14"


def test_other_time_elements_keep_their_words_but_date_nothing():
    source = load_html(_page(
        '<p>De studie liep tot <time datetime="2019-01-02">2 januari 2019</time>.</p>'
        '<p>Uw afspraak is op <time datetime="2024-06-01">1 juni</time> om 9 uur.</p>'), "folder.html")
    assert source.updated == ""
    assert "Uw afspraak is op 1 juni om 9 uur." in clean(source).text


def test_ordered_list_keeps_its_numbers():
    text = _cleaned(_page(
        "<h2>Stappenplan</h2><ol><li>Eet geen vezelrijk voedsel meer.</li><li>Drink de eerste liter.</li>"
        "<li>Drink de tweede liter. Lukt stap 3 niet? Bel dan de afdeling.</li></ol>"
        '<h2>Daarna</h2><ol start="4"><li>Drink niets meer.</li><li value="7">Meld u bij de balie.</li></ol>'
        "<h2>Mee te nemen</h2><ul><li>uw medicijnlijst</li></ul>"))
    assert "1. Eet geen vezelrijk voedsel meer." in text and "3. Drink de tweede liter." in text
    assert "4. Drink niets meer." in text and "7. Meld u bij de balie." in text
    assert "• uw medicijnlijst" in text


def test_ordered_list_numbered_by_its_author_is_not_numbered_twice():
    text = _cleaned(_page("<ol><li>1. Bel de afdeling.</li><li>2. Neem uw medicijnen mee.</li></ol>"))
    assert "1. Bel de afdeling." in text and "1. 1." not in text


def test_definition_list_keeps_each_term_with_its_definition():
    text = _cleaned(_page(
        "<h2>Moeilijke woorden</h2><dl><dt>Poliep</dt><dd>Een uitstulping van het darmslijmvlies.</dd>"
        "<dt>Wat is een roesje?</dt><dd>Een medicijn waardoor u slaperig wordt.</dd></dl>"))
    assert "• Poliep: Een uitstulping van het darmslijmvlies.\n• Wat is een roesje? Een medicijn" in text


def test_share_bar_and_download_link_are_not_leaflet_text():
    text = _cleaned(_page(
        '<p><a href="/media/pijn-na-operatie.pdf">Download deze folder als pdf</a> (245 kB)</p>'
        "<h2>Vragen?</h2><p>Bel de afdeling Anesthesiologie.</p>"
        '<p>Deel via <a href="#">WhatsApp</a> | <a href="#">Facebook</a> | <a href="#">E-mail</a></p>'
        '<p><a href="mailto:poli@zkh.nl">E-mail</a> of <a href="#">WhatsApp</a> ons via 06-12345678.</p>'
        '<p>Vul het <a href="/dagboek.pdf">plasdagboek</a> in voor uw afspraak.</p>'))
    assert "Download" not in text and "Deel via" not in text
    assert "Bel de afdeling Anesthesiologie." in text
    # contact details and a sentence that names a file stay
    assert "E-mail of WhatsApp ons via 06-12345678." in text
    assert "Vul het plasdagboek in voor uw afspraak." in text


def test_teaser_cards_beside_the_leaflets_article_stay_out(tmp_path):
    body = ("<p>Jicht is een vorm van reuma. Er zit te veel urinezuur in uw bloed.</p>"
            "<h2>Klachten</h2><p>Een aanval begint meestal 's nachts met hevige pijn in de grote teen.</p>"
            "<h2>Behandeling</h2><p>U krijgt ontstekingsremmers of colchicine. Drink veel water.</p>")
    teasers = "".join(f"<article class='teaser'><h3>{name}</h3><p>Lees alles over {name.lower()} "
                      f"en de behandeling.</p><a href='/{name.lower()}'>Lees meer</a></article>"
                      for name in ("Reuma", "Artrose", "Nierstenen"))
    html = f"<html><body><main><h1>Jicht</h1><article>{body}</article>{teasers}</main></body></html>"
    shown = _ingested(tmp_path, html)
    assert not any(word in passage.text for passage in shown.passages for word in ("Artrose", "Lees meer"))
    assert [passage.headings for passage in shown.passages][-1] == ("Behandeling",)
