"""Red team 47 (2.1 and a tool loss): a quiz tool's HTML sets each section of the text in a
`<form>` of its own (pygiftparser); mwcomposerfromhell glues a table cell's tag to its first
attribute (`<thwidth="33%">`). Web forms of controls (search, newsletter, cookie consent) stay
furniture."""

from pathlib import Path

from ingest.html import load_html
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam47_leaflets"


def _form(title: str, body: str) -> str:
    return (f'<!-- New question --><form class="question"><h3 class="questiontitle">{title}</h3>'
            f'<div class="questiontext">{body}</div></form>\n<hr />\n')


_QUIZ = (
    _form("Hielspoor", "<h2>Hielspoor</h2> <p>Fysiotherapie De Brug, Deventer</p>"
                       " <p>Laatst bijgewerkt: 3 maart 2026</p>")
    + _form("Wat is hielspoor?", "<p>Bij hielspoor is de peesplaat onder uw voet geïrriteerd waar hij aan"
                                 " het hielbeen vastzit. U voelt vooral pijn bij de eerste stappen in de ochtend.</p>")
    + _form("Oefeningen", "<p>Rek de kuit en de voetzool drie keer per dag, telkens dertig seconden."
                          " Rol uw voet over een koude fles.</p>")
    + _form("Contact", "<p>Bel de praktijk op werkdagen tussen 9 en 12 uur.</p>")
    + '<!-- New question --><form class="question"><h3 class="questiontitle">Vraag 1</h3>'
      '<div class="questiontext">Hoe vaak rekt u de kuit?</div><ul class="multichoice">'
      '<li><input type="radio" name="q1" />drie keer per dag</li>'
      '<li><input type="radio" name="q1" />eens per week</li></ul></form>\n<hr />\n'
)


def test_each_form_of_a_quiz_page_is_a_section_under_its_heading(tmp_path):
    path = tmp_path / "hielspoor.html"
    path.write_text(_QUIZ, encoding="utf-8")
    leaflet = ingest_file(path)
    assert leaflet.leaflet.title == "Hielspoor"
    assert leaflet.leaflet.updated == "2026-03-03"
    assert leaflet.leaflet.publisher == "Fysiotherapie De Brug"
    headings = [passage.headings[-1] for passage in leaflet.passages if passage.headings]
    assert headings[:3] == ["Wat is hielspoor?", "Oefeningen", "Contact"]
    text = "\n".join(passage.text for passage in leaflet.passages)
    assert "peesplaat" in text and "koude fles" in text and "werkdagen" in text
    assert "eens per week" not in text  # a question's wrong answer is no text of the leaflet


def test_the_red_team_quiz_keeps_every_section_the_date_and_the_sender():
    leaflet = ingest_file(LEAFLETS / "erectieproblemen.html")
    assert leaflet.leaflet.title == "Erectieproblemen"
    assert leaflet.leaflet.updated == "2026-01-16"
    assert leaflet.leaflet.publisher == "Amphia Ziekenhuis"
    headings = [passage.headings[-1] for passage in leaflet.passages]
    assert headings == ["Wat zijn erectieproblemen?", "Oorzaken", "Wat kunt u zelf doen?", "Medicijnen",
                        "Als tabletten niet helpen", "Vergoeding", "Contact"]


_ARTICLE = ("<p>Hielspoor is een irritatie van de peesplaat onder de voet. De pijn zit vooral onder de hiel"
            " en is het ergst bij de eerste stappen in de ochtend of na lang zitten. Rust, rekoefeningen"
            " en goede schoenen helpen de meeste mensen binnen een jaar.</p>")


def _page(forms: str) -> str:
    return (f"<html><head><title>Hielspoor</title></head><body>{forms}<article><h1>Hielspoor</h1>"
            f"<h2>Wat is hielspoor?</h2>{_ARTICLE}</article></body></html>")


def test_web_forms_of_controls_stay_furniture():
    forms = (
        '<form action="/zoeken"><h2>Zoeken op de site</h2><p>Zoek een folder</p>'
        '<input type="search" name="q"><button>Zoek</button></form>'
        '<form action="/nieuwsbrief"><h3>Blijf op de hoogte</h3><p>Ontvang elke maand onze nieuwsbrief'
        ' met tips over gezond bewegen.</p><input type="email" name="mail"><button>Aanmelden</button></form>'
        '<form><p>Wij gebruiken cookies om de site goed te laten werken en om te meten hoe hij gebruikt'
        ' wordt.</p><label><input type="checkbox"> Statistieken</label><button>Akkoord</button></form>'
    )
    text = load_html(_page(forms), "hielspoor.html").text
    assert "peesplaat" in text
    for furniture in ("Zoeken op de site", "nieuwsbrief", "cookies", "Blijf op de hoogte"):
        assert furniture not in text


def test_a_page_in_one_form_with_a_search_box_keeps_its_text():
    page = ('<html><head><title>Hielspoor</title></head><body><div id="menu"><a href="/">Home</a></div>'
            '<form id="pagina" action="/"><input type="search" name="q"><button>Zoek</button>'
            f'<h1>Hielspoor</h1><h2>Wat is hielspoor?</h2>{_ARTICLE}{_ARTICLE.replace("Hielspoor", "Het")}'
            f'<h2>Oefeningen</h2>{_ARTICLE.replace("Hielspoor is", "Oefenen is")}</form>'
            '<div class="zijbalk"><p>Lees ook onze folders over knieklachten, enkelbandletsel en'
            ' rugpijn, met oefeningen voor thuis.</p></div></body></html>')
    text = load_html(page, "hielspoor.html").text
    assert "## Wat is hielspoor?" in text and "## Oefeningen" in text


def test_a_table_cell_glued_to_its_attribute_is_read_as_that_cell():
    page = ('<html><head><title>Beugel</title></head><body><h1>Beugel</h1><p>Wat u beter niet eet met een'
            ' beugel, en wat wel mag, ziet u in de tabel hieronder.</p><table><tr>'
            '<thwidth="50%"> Liever niet\n</th><thwidth="50%"> Wel goed\n</th></tr>'
            '<tr><td> kauwgom\n</td><td> chocolade die smelt\n</td></tr>'
            '<tr><td> harde noten\n</td><td> zachte noten\n</td></tr></table></body></html>')
    text = load_html(page, "beugel.html").text
    assert "Liever niet | Wel goed" in text
    assert "kauwgom | chocolade die smelt" in text


def test_a_heading_said_again_below_at_a_higher_rank_is_one_heading():
    page = ("<html><body><h3>Hielspoor</h3><h2>Hielspoor</h2><p>Fysiotherapie De Brug</p>"
            f"<h3>Wat is hielspoor?</h3>{_ARTICLE}</body></html>")
    text = load_html(page, "hielspoor.html").text
    assert text.count("Hielspoor\n") == 1 and "## Hielspoor" in text


def test_a_slide_footers_copy_of_the_title_goes_not_the_title_slides_heading():
    # S5 slides (red team 31): the footer's `<h2>` says the title slide's `<h1>` again, right before it
    leaflet = ingest_file(Path(__file__).parent / "data" / "redteam31_leaflets" / "helicobacter.html")
    assert leaflet.leaflet.title == "Helicobacter pylori en een maagzweer"
    assert leaflet.leaflet.publisher == "Deventer Ziekenhuis"
