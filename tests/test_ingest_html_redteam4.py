"""Web-page markup that red team 4 found losing meaning or keeping page interface: a title
inside the first of several sibling articles, and share bars whose links say more than a
service's name or only show it in their address."""

from ingest.html import load_html

from tests.test_ingest_html_markup import INTRO, _cleaned, _ingested, _page


SECTIONS = {
    "Pijn": "Na de operatie heeft u pijn. U mag vier keer per dag 1000 mg paracetamol nemen.",
    "Wondverzorging": "Houd de wond de eerste twee dagen droog. Daarna mag u kort douchen.",
    "Wanneer belt u ons?": "Bel de afdeling bij koorts boven 38,5 graden of als de wond rood en dik wordt.",
}
OPENING = "<p>In deze folder leest u wat u moet weten na uw operatie aan de knie. Lees hem rustig door.</p>"
SECTION_ARTICLES = "".join(f"<article><h2>{title}</h2><p>{text}</p></article>"
                           for title, text in SECTIONS.items())


def _operation_page(main: str) -> str:
    return f"<html><head><title>Na uw operatie</title></head><body><main>{main}</main></body></html>"


def test_h1_inside_the_first_article_keeps_every_sections_heading(tmp_path):
    outside = _ingested(tmp_path, _operation_page(
        f"<h1>Na uw operatie</h1><article>{OPENING}</article>{SECTION_ARTICLES}"), "outside.html")
    inside = _ingested(tmp_path, _operation_page(
        f"<article><h1>Na uw operatie</h1>{OPENING}</article>{SECTION_ARTICLES}"), "inside.html")
    assert inside.leaflet.title == outside.leaflet.title == "Na uw operatie"
    shown = [(passage.headings, passage.text) for passage in inside.passages]
    assert shown == [(passage.headings, passage.text) for passage in outside.passages]
    assert shown[-len(SECTIONS):] == [((title,), text) for title, text in SECTIONS.items()]


def test_teaser_cards_after_the_article_that_holds_the_h1_stay_out(tmp_path):
    body = (f"<h1>Jicht</h1>{INTRO}<h2>Klachten</h2><p>Een aanval begint meestal 's nachts met hevige "
            "pijn in de grote teen.</p><h2>Behandeling</h2><p>U krijgt ontstekingsremmers of colchicine.</p>")
    teasers = "".join(f"<article class='teaser'><h3>{name}</h3><p>Lees alles over {name.lower()} "
                      f"en de behandeling.</p><a href='/{name.lower()}'>Lees meer</a></article>"
                      for name in ("Reuma", "Artrose", "Nierstenen"))
    shown = _ingested(tmp_path, f"<html><body><main><article>{body}</article>{teasers}</main></body></html>")
    assert not any(word in passage.text for passage in shown.passages for word in ("Artrose", "Lees meer"))
    assert [passage.headings for passage in shown.passages][-1] == ("Behandeling",)


FACEBOOK_SHARER = "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fzkh.nl%2Ffolders%2Fknie"
BODY = ("<h2>Pijn</h2><p>Neem paracetamol als u pijn heeft, vier keer per dag.</p>"
        "<h2>Vragen</h2><p>Bel de afdeling Orthopedie op werkdagen.</p>")


def test_share_links_named_with_more_than_a_service_are_a_share_bar():
    bar = (f'<p><a href="{FACEBOOK_SHARER}">Delen op Facebook</a> | <a href="#">Deel via WhatsApp</a> | '
           '<a href="#">Mail deze pagina</a> <button onclick="window.print()">Printen</button></p>')
    for page in (_page(bar + BODY), _page(BODY + bar)):
        text = _cleaned(page)
        assert "Neem paracetamol" in text and "Bel de afdeling Orthopedie op werkdagen." in text
        assert not any(word in text for word in ("Facebook", "WhatsApp", "Mail deze", "Printen"))
    tweet = _cleaned(_page('<p>Deel deze pagina: <a href="#">Tweet</a> <a href="#">Share on X</a> '
                           '<a href="#">Print</a></p>' + BODY))
    assert not any(word in tweet for word in ("Deel deze", "Tweet", "Share", "Print"))


def test_a_print_button_beside_the_services_does_not_keep_a_share_bar():
    text = _cleaned(_page('<p>Deel deze folder via: <a href="#">Facebook</a> <a href="#">WhatsApp</a> '
                          '<button type="button">Print</button></p>' + BODY))
    assert "Deel deze folder" not in text and "WhatsApp" not in text


def test_links_to_a_sharer_address_are_a_share_bar_whatever_their_name():
    sharers = (FACEBOOK_SHARER, "https://twitter.com/intent/tweet?url=x", "https://x.com/intent/post?url=x",
               "https://www.linkedin.com/shareArticle?mini=true&url=x",
               "https://www.linkedin.com/sharing/share-offsite/?url=x",
               "https://api.whatsapp.com/send?text=x", "https://wa.me/?text=x", "mailto:?subject=Folder%20knie")
    icons = " ".join(f'<a href="{href}"><i class="icon"></i>{letter}</a>'
                     for href, letter in zip(sharers, "ftxlswam"))
    text = _cleaned(_page(f"<p>Deel deze pagina: {icons} <button>Print</button></p>{BODY}"))
    assert "Deel deze pagina" not in text and "Bel de afdeling Orthopedie op werkdagen." in text
    assert not any(line.strip() in set("ftxlswam") for line in text.splitlines() if line.strip())


def test_a_lone_share_link_is_not_leaflet_text():
    # a short page: trafilatura keeps every paragraph, a link alone in one too
    page = ("<html><body><main><h1>Knie</h1><p>Na de operatie mag u lopen met krukken.</p>"
            f'<p><a href="{FACEBOOK_SHARER}">Deel deze pagina</a></p></main></body></html>')
    assert "Deel deze pagina" not in load_html(page, "knie.html").text


def test_sentences_that_name_a_service_stay():
    text = _cleaned(_page(BODY +
        '<p>Volg ons op <a href="https://www.facebook.com/zkh">Facebook</a> voor nieuws over de poli.</p>'
        "<h2>Contact</h2><p>U kunt ons ook via <a href='https://wa.me/31612345678'>WhatsApp</a> bereiken "
        "op 06-12345678.</p><p>Deel deze informatie met uw partner of familie.</p>"
        "<p><a href='https://api.whatsapp.com/send?phone=31612345678'>WhatsApp ons</a> of "
        "<a href='mailto:orthopedie@zkh.nl'>mail ons</a> als u twijfelt.</p>"))
    assert "Volg ons op Facebook voor nieuws over de poli." in text
    assert "U kunt ons ook via WhatsApp bereiken op 06-12345678." in text
    assert "Deel deze informatie met uw partner of familie." in text
    assert "WhatsApp ons of mail ons als u twijfelt." in text


def test_a_section_title_beside_its_share_links_stays(tmp_path):
    articles = "".join(f"<article><header><h2>{title}</h2><a href='#'>Facebook</a> <a href='#'>X</a></header>"
                       f"<p>{text}</p></article>" for title, text in SECTIONS.items())
    shown = _ingested(tmp_path, _operation_page(f"<h1>Na uw operatie</h1>{OPENING}{articles}"))
    assert [(passage.headings, passage.text) for passage in shown.passages][-len(SECTIONS):] == \
        [((title,), text) for title, text in SECTIONS.items()]
