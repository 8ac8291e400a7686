"""Ingest leftovers: the footer of a one-page PDF, Dutch comment sections of a web page,
and FAQ toggles set as list items."""

from __future__ import annotations

from pdf_factory import Line, Placed, make_pdf

from ingest.html import load_html
from ingest.pipeline import ingest_file
from tests.test_ingest_html_markup import _ingested, _page

# ---------------------------------------------------------------- one-page PDF footers

FOOTER = "Ziekenhuis Noord | Afdeling Longziekten | www.zhnoord.nl | versie 3 | pagina 1 van 1"
LAST = "Bel de afdeling als u koorts krijgt of meer benauwd wordt."


def _leaflet(tail: list, *, size: float = 10) -> list:
    """One page: a title, two paragraphs (the last one `LAST`) and whatever `tail` adds."""
    return [Line("Longfunctieonderzoek", 18, bold=True, gap=10),
            Line("Bij een longfunctieonderzoek blaast u zo hard mogelijk in een apparaat.", size, gap=8),
            Line("Het onderzoek duurt ongeveer een half uur.", size),
            Line(LAST, size, gap=8), *tail]


def _ingest_pdf(tmp_path, pages, name="longfunctie.pdf"):
    path = tmp_path / name
    path.write_bytes(make_pdf(pages))
    return ingest_file(path)


def test_the_footer_of_a_one_page_pdf_is_no_passage(tmp_path):
    item = _ingest_pdf(tmp_path, [_leaflet([Placed(FOOTER, 56, 30, 8)])])
    assert "zhnoord" not in item.text and "Ziekenhuis Noord" not in item.text
    assert item.passages[-1].text.endswith(LAST)


def test_a_footer_in_pieces_and_on_two_rows_goes_and_its_date_dates_the_leaflet(tmp_path):
    footer = [Placed("Afdeling Longziekten - Ziekenhuis Noord", 56, 40, 7),
              Placed("Pagina 1 van 1", 480, 40, 7), Placed("PIF-0231 - versie 4 - september 2023", 56, 31, 7)]
    item = _ingest_pdf(tmp_path, [_leaflet(footer)])
    assert "Longziekten" not in item.text and "PIF-0231" not in item.text and "Pagina" not in item.text
    assert item.passages[-1].text.endswith(LAST)
    assert item.leaflet.updated == "2023-09"


def test_a_department_line_in_the_bottom_margin_goes(tmp_path):
    item = _ingest_pdf(tmp_path, [_leaflet([Placed("Interne Geneeskunde  -  Ziekenhuis Noord", 56, 30, 8)])])
    assert "Interne Geneeskunde" not in item.text


def test_a_last_paragraph_at_the_bottom_of_a_full_page_stays(tmp_path):
    # body text down to the bottom margin: set at the body's size, it is text
    body = [Placed("Na het onderzoek mag u gewoon eten en drinken en naar huis gaan.", 56, 800 - 13 * n, 10)
            for n in range(58)]
    page = [*body, Placed("Heeft u vragen? Bel de polikliniek Longziekten, 024 123 45 67.", 56, 30, 10)]
    item = _ingest_pdf(tmp_path, [page])
    assert "Heeft u vragen? Bel de polikliniek Longziekten, 024 123 45 67." in item.text


def test_a_contact_line_set_small_after_the_text_stays(tmp_path):
    contact = "Polikliniek Longziekten | telefoon 024 123 45 67 | www.zhnoord.nl/longziekten"
    item = _ingest_pdf(tmp_path, [_leaflet([Line(contact, 8, gap=8)])])  # high on the page
    assert "telefoon 024 123 45 67" in item.text


def test_a_signature_block_in_the_bottom_margin_stays(tmp_path):
    block = [Placed("Met vriendelijke groet,", 56, 80, 8), Placed("Team Longziekten", 56, 70, 8),
             Placed("telefoon 024 123 45 67 | www.zhnoord.nl", 56, 60, 8)]
    item = _ingest_pdf(tmp_path, [_leaflet(block)])
    assert "Team Longziekten" in item.text and "www.zhnoord.nl" in item.text


def test_a_sentence_in_the_bottom_margin_stays(tmp_path):
    item = _ingest_pdf(tmp_path, [_leaflet([Placed("Vragen? Kijk op www.zhnoord.nl of bel ons.", 56, 30, 8)])])
    assert "Kijk op www.zhnoord.nl" in item.text


def test_a_short_note_without_a_footer_mark_stays_in_the_bottom_margin(tmp_path):
    item = _ingest_pdf(tmp_path, [_leaflet([Placed("Bereikbaar op werkdagen van 8 tot 17 uur", 56, 30, 8)])])
    assert "van 8 tot 17 uur" in item.text


# ---------------------------------------------------------------- Dutch comment sections

ADVICE = ("<h2>Na de operatie</h2><p>Na de operatie mag u zes weken niet zwaar tillen en niet fietsen. "
          "Neem contact op met de afdeling als u koorts krijgt boven 38,5 graden.</p>")


def _comments(attributes: str) -> str:
    return (f"<section {attributes}><h2>3 reacties</h2>"
            "<div class='reactie'><p>Marja schreef: ik mocht na twee dagen alweer fietsen, dat ging prima.</p></div>"
            "<div class='reactie'><p>Henk: bij mij duurde het herstel zes weken en ik had veel pijn.</p></div>"
            "</section>")


def test_comment_sections_named_in_dutch_go_like_english_ones():
    for attributes in ("id='reacties'", "class='reacties'", "class='reacties-lijst'", "id='comments'"):
        text = load_html(_page(ADVICE + _comments(attributes)), "folder.html").text
        assert "Marja" not in text and "Henk" not in text, attributes
        assert "niet zwaar tillen" in text
    form = ("<form id='plaats-een-reactie'><h3>Plaats een reactie</h3><p>Uw reactie wordt na controle "
            "geplaatst op deze pagina.</p><textarea></textarea></form>")
    single = ("<div class='reactie'><p>Ria schreef: ik vond de uitleg heel duidelijk en ben goed "
              "voorbereid naar het ziekenhuis gegaan.</p></div>")
    text = load_html(_page(ADVICE + single + form), "folder.html").text
    assert "Ria schreef" not in text and "na controle" not in text


def test_a_section_about_reactions_stays():
    section = ("<section id='allergische-reacties'><h2>Allergische reacties</h2><p>Soms geeft het "
               "contrastmiddel een allergische reactie, zoals jeuk of bultjes.</p></section>"
               "<div class='reactie-op-contrast'><p>Een reactie op contrast treedt meestal binnen "
               "een uur op.</p></div>")
    text = load_html(_page(ADVICE + section), "folder.html").text
    assert "zoals jeuk of bultjes" in text and "binnen een uur op" in text
    vaccine = ("<section id='reacties'><h2>Reacties na de prik</h2><p>Na de vaccinatie kan uw arm "
               "een paar dagen pijnlijk en rood zijn. Dat gaat vanzelf over.</p></section>")
    assert "arm een paar dagen pijnlijk" in load_html(_page(ADVICE + vaccine), "folder.html").text


# ---------------------------------------------------------------- FAQ toggles in a list

def _faq_item(number: int, question: str, answer: str) -> str:
    return (f"<li><button aria-controls='a{number}' aria-expanded='false'>{question}</button>"
            f"<div id='a{number}' hidden><p>{answer}</p></div></li>")


def test_faq_toggles_in_list_items_head_their_panels(tmp_path):
    faq = ("<h2>Veelgestelde vragen</h2><ul class='faq'>"
           + _faq_item(1, "Mag ik douchen?", "Ja, na twee dagen mag u douchen.")
           + _faq_item(2, "Wanneer mag ik autorijden?", "Na een week, als u geen pijn meer heeft.") + "</ul>")
    markdown = load_html(_page(faq), "folder.html").text
    assert "### Mag ik douchen?\n\nJa, na twee dagen mag u douchen." in markdown
    assert "### Wanneer mag ik autorijden?\n\nNa een week" in markdown
    item = _ingested(tmp_path, _page(faq))
    answer = next(p for p in item.passages if "autorijden" in " ".join(p.headings))
    assert answer.headings[-1] == "Wanneer mag ik autorijden?" and "Na een week" in answer.text


def test_a_list_that_is_more_than_toggles_stays_a_list():
    faq = ("<ul>" + _faq_item(1, "Mag ik douchen?", "Ja, na twee dagen mag u douchen.")
           + "<li>Neem uw medicijnenlijst mee naar de afspraak.</li></ul>")
    markdown = load_html(_page(faq), "folder.html").text
    assert "- Neem uw medicijnenlijst mee naar de afspraak." in markdown
    assert "Ja, na twee dagen mag u douchen." in markdown


def test_collapsible_headings_in_list_items_head_their_panels():
    faq = ("<h2>Veelgestelde vragen</h2><ul>"
           "<li><h3><button aria-controls='a1'>Mag ik douchen?</button></h3>"
           "<div id='a1' hidden><p>Ja, na twee dagen mag u douchen.</p></div></li>"
           "<li><h3><button aria-controls='a2'>Mag ik fietsen?</button></h3>"
           "<div id='a2' hidden><p>Na een week, als de wond dicht is.</p></div></li></ul>")
    markdown = load_html(_page(faq), "folder.html").text
    assert "### Mag ik douchen?\n\nJa, na twee dagen mag u douchen." in markdown
    assert "### Mag ik fietsen?\n\nNa een week" in markdown
