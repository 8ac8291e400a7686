"""PDF findings of red team 13, each on a generated PDF or a committed red-team-13 leaflet:
an OCR layer's headings set only a point above its body, slide furniture and a deck's title,
a Writer document's footnotes and text box, two leaflets merged into one file."""

from __future__ import annotations

from pathlib import Path

import pytest

from pdf_factory import Placed, ingest_pdf, make_drawn_pdf

from ingest.clean import clean
from ingest.pdf import read_pdf
from ingest.pdf.title import shown_title
from ingest.pipeline import ingest_file
from ingest.source import SourceText

DATA = Path(__file__).parent / "data" / "redteam13_leaflets"


# ---------------------------------------------------------------- finding 13: OCR headings

def _ocr_page(heading_size: float, render_mode: int = 3) -> bytes:
    """A scanned page as an OCR program lays its text layer: sizes are line heights, the
    body's lines 10 or 11 points, the headings 12."""
    lines = [("Hoofdluis bij kinderen", 20, 26),
             ("Hoofdluis komt veel voor bij kinderen op de basisschool. Het heeft niets te", 11, 30),
             ("maken met vies zijn: luizen houden juist van schoon haar.", 10, 14.4),
             ("Wat is hoofdluis?", heading_size, 27),
             ("Een hoofdluis is een klein insect van ongeveer 2 tot 3 millimeter, zo groot als", 10, 25.6),
             ("een sesamzaadje. De luis leeft op de hoofdhuid en zuigt bloed.", 11, 14.4),
             ("Hoe controleert u op luizen?", 13, 27),
             ("De beste manier is kammen met een speciale luizenkam met lange tanden van", 11, 25.6),
             ("metaal. Maak het haar eerst nat en doe er crèmespoeling in.", 11, 14.4),
             ("Wat hoeft niet?", heading_size, 27),
             ("Het is niet nodig om knuffels in een plastic zak te stoppen of de hele woning", 11, 25.6),
             ("te zuigen. Een luis die van het hoofd valt, gaat binnen twee dagen dood.", 11, 14.4),
             ("Een middel alleen is niet genoeg en kammen blijft daarom altijd nodig", heading_size, 27),
             ("Blijf ook bij gebruik van een middel veertien dagen elke dag kammen.", heading_size, 14.4)]
    placed, y = [], 780.0
    for text, size, gap in lines:
        y -= gap
        placed.append(Placed(text, 75, y, size))
    return make_drawn_pdf([placed], render_mode=render_mode)


def test_headings_of_an_ocr_layer_set_a_point_above_the_body_are_headings(tmp_path):
    """Tesseract's text layer (ocrmypdf) gave hoofdluis.pdf's headings 12 points against a
    body of 10 and 11, under the ratio that sets a typeset heading apart: half of them were
    read as body lines, glued to their paragraph or cited under the section before."""
    passages = ingest_pdf(tmp_path, _ocr_page(12)).passages
    paths = [p.headings[-1] if p.headings else "" for p in passages]
    assert "Wat is hoofdluis?" in paths and "Wat hoeft niet?" in paths
    knuffels = next(p for p in passages if "knuffels" in p.text)
    assert knuffels.headings[-1] == "Wat hoeft niet?"
    assert not knuffels.text.startswith("Wat hoeft niet?")
    # a paragraph whose lines are all set a point larger is no heading: its first line runs on
    assert "Een middel alleen is niet genoeg en kammen blijft daarom altijd nodig Blijf" in " ".join(
        " ".join(p.text.split()) for p in passages)


def test_a_typeset_line_a_point_above_the_body_is_no_heading(tmp_path):
    """Only an OCR layer's sizes are line heights: in visible text a size a point above the
    body is a choice of the writer (an intro, a quote), not a heading."""
    passages = ingest_pdf(tmp_path, _ocr_page(12, render_mode=0)).passages
    assert not any(p.headings and p.headings[-1] == "Wat hoeft niet?" for p in passages)


def test_the_committed_ocr_leaflet_keeps_all_its_headings():
    passages = ingest_file(DATA / "hoofdluis.pdf").passages
    found = {p.headings[-1] for p in passages if p.headings}
    for heading in ("Wat is hoofdluis?", "Hoe merkt u dat uw kind luizen heeft?", "Wat hoeft niet?",
                    "Controleer het hele gezin", "Meer informatie en contact"):
        assert heading in found
    knuffels = next(p for p in passages if "knuffels" in p.text)
    assert knuffels.headings[-1] == "Wat hoeft niet?"


def test_a_web_address_wrapped_after_a_slash_stays_one_address():
    """hoofdluis.pdf's "www.ggdrivierenland.example.nl/" over "hoofdluis" was joined with a
    space: the link shown was cut in two and its last part read as a word."""
    text = ("Website: www.ggdrivierenland.example.nl/ \nhoofdluis of bel ons. Zie ook https://ggd.example.nl/ \n"
            "luizen/kammen voor een filmpje.\n")
    out = clean(SourceText(text, "plain")).text
    assert "www.ggdrivierenland.example.nl/hoofdluis of bel ons." in out
    assert "https://ggd.example.nl/luizen/kammen voor" in out
    # a line that ends a sentence after an address keeps its break as it was
    assert "Kijk op www.ggd.example.nl/.\n\nLees" in clean(SourceText(
        "Kijk op www.ggd.example.nl/.\n\nLees verder.\n", "plain")).text


# ---------------------------------------------------------------- findings 11 and 12: a slide deck

def _deck() -> bytes:
    """Four 16:9 slides as Impress prints them: every slide's title in one size (44), bullets
    at 32, and a footer with the slide's number at the foot of each; the third slide's
    bullets run on past the footer, off the slide."""
    footer = "Ziekenhuis Noord | Eerste hulp bij een val | versie 2024-09 {} / 4"
    slides = [[Placed("Eerste hulp bij een val", 80, 320, 44),
               Placed("Voorlichting voor ouders en leerkrachten", 160, 200, 32),
               Placed("Polikliniek Neurologie", 160, 160, 32)]]
    bodies = [["Wat is een val?", "• Een val komt vaak voor bij ouderen.", "• Meestal loopt het goed af."],
              ["Wat doet u?", "• Blijf rustig en blijf bij de persoon.", "• Kijk of de persoon pijn heeft.",
               "• Leg iets zachts onder het hoofd.", "• Bel de huisarts bij twijfel.",
               "• Til de persoon niet zelf op.", "• Geef niets te eten of te drinken.",
               "• Blijf erbij tot er hulp is."],
              ["Vragen?", "• Polikliniek, telefoon 040 - 227 90 00", "• Spreekuur op dinsdag"]]
    for lines in bodies:
        slide = [Placed(lines[0], 80, 455, 44)]
        slide += [Placed(text, 43, 380 - 80 * number, 32) for number, text in enumerate(lines[1:])]
        slides.append(slide)
    for number, slide in enumerate(slides, start=1):
        slide.append(Placed(footer.format(number), 165, 21, 11))
    return make_drawn_pdf(slides, width=960, height=540)


def test_a_slide_footer_stays_out_where_the_bullets_run_past_it(tmp_path):
    """epilepsie-eerste-hulp.pdf: the footer stayed in the text of slides 3 and 6, whose
    bullets run on below it: it was not among their lowest rows, where a footer is looked for."""
    item = ingest_pdf(tmp_path, _deck(), "presentatie.pdf")
    assert not any("versie 2024-09" in p.text for p in item.passages)
    assert any("Blijf erbij tot er hulp is." in p.text for p in item.passages)


def test_a_decks_title_is_its_cover_slides_title(tmp_path):
    """Every slide's title is set in the cover's title size, so no size was the title's alone
    and the leaflet was titled with its file name; the cover slide (a title over a few lines
    that are no sentences and no list) names it."""
    assert ingest_pdf(tmp_path, _deck(), "presentatie.pdf").leaflet.title == "Eerste hulp bij een val"


def test_pages_that_each_open_with_a_section_in_the_largest_size_have_no_cover_title():
    """A leaflet whose every page opens with a section heading in its largest size has text
    under the first one: its first heading is no title for the whole leaflet."""
    pages = [[Placed(heading, 56, 780, 16), Placed("Dit is een zin over het onderwerp van deze pagina.", 56, 750)]
             for heading in ("Wat is een val?", "Wat doet u?", "Wanneer belt u?", "Vragen?")]
    assert shown_title(read_pdf(make_drawn_pdf(pages), "val-folder.pdf").pages) == ""


def test_a_name_and_an_address_broken_at_their_hyphen_stay_whole():
    """"Kempenhaeghe-" over "Noord" on the cover became two paragraphs; with the footer that
    spelled the name whole gone, "www.kempenhaeghe-" over "noord.example.nl" lost its hyphen."""
    text = ("Epilepsiecentrum Kempenhaeghe- \nNoord · Polikliniek Neurologie\n\n"
            "Meer informatie: www.kempenhaeghe- \nnoord.example.nl/epilepsie\n")
    out = clean(SourceText(text, "plain")).text
    assert "Epilepsiecentrum Kempenhaeghe-Noord · Polikliniek Neurologie" in out
    assert "www.kempenhaeghe-noord.example.nl/epilepsie" in out


PARAGRAPH = ("Epilepsie is een aandoening van de hersenen waarbij u aanvallen krijgt.\n"
             "De aanvallen verschillen per persoon en kunnen kort of lang duren.\n")


@pytest.mark.parametrize("text, paragraphs", [
    ("Na de operatie blijft u een nacht op de afdeling KNO-\n\nNa de ingreep mag u naar huis.\n",
     ["Na de operatie blijft u een nacht op de afdeling KNO-", "Na de ingreep mag u naar huis."]),
    (PARAGRAPH + "Onze folders staan op www.kempenhaeghe-\n\nnoord.example.nl is de site van de polikliniek.\n",
     [" ".join(PARAGRAPH.split()) + " Onze folders staan op www.kempenhaeghe-",
      "noord.example.nl is de site van de polikliniek."]),
])
def test_a_hyphen_before_a_blank_line_ends_its_paragraph(text, paragraphs):
    """A blank line after "KNO-" or "www.kempenhaeghe-" is a paragraph's end, not a wrap."""
    assert clean(SourceText(text, "plain")).text.split("\n\n") == paragraphs


def test_a_hyphen_before_a_capital_in_text_no_margin_wrapped_ends_its_line():
    """In text typed a paragraph to a line, a line break before a capital is the author's."""
    long = ("Dit is een lange regel die nergens door een kantlijn is afgebroken, want de schrijver typte "
            "elke alinea op een eigen regel.")
    text = long + "\nU ligt op de afdeling KNO-\nNa de ingreep mag u naar huis als u goed kunt slikken en geen " \
        "pijn meer hebt, zegt de arts die u behandelt.\n" + long + "\n"
    assert "U ligt op de afdeling KNO-\n\nNa de ingreep" in clean(SourceText(text, "plain")).text


# ---------------------------------------------------------------- finding 5: Writer's footnotes

def _writer_page() -> bytes:
    """Two pages as Writer prints a Word file's footnotes: the mark a 7-point number raised
    after its word, the footnote at the page's foot in the text's own size, opened by the
    same raised number; a list runs on over the page break."""
    first = [Placed("Bij een overactieve blaas verliest u soms urine. Dit heet urge-incontinentie als u", 72, 700, 12),
             Placed("daarbij urine verliest.", 72, 686, 12), Placed("1", 190, 690.5, 7),
             Placed("Wanneer belt u?", 72, 650, 14, True),
             Placed("Neem contact op met uw huisarts als u:", 72, 626, 12),
             Placed("• pijn heeft bij het plassen;", 84, 603, 12),
             Placed("• bloed in de urine ziet;", 84, 588, 12),
             Placed("1", 72, 97.5, 7), Placed(" Verlies van urine bij hoesten heet stressincontinentie. Daarvoor is", 74.6, 93, 12),
             Placed("bekkenbodemtraining de eerste behandeling.", 72, 79.2, 12)]
    second = [Placed("• koorts krijgt;", 84, 700, 12), Placed("• helemaal niet meer kunt plassen.", 84, 685, 12),
              Placed("Dit kan wijzen op een blaasontsteking.", 72, 662, 12)]
    return make_drawn_pdf([first, second])


def test_a_footnote_in_the_texts_size_follows_the_paragraph_that_cites_it(tmp_path):
    """blaastraining.pdf (Word, printed by Writer): the footnotes, in the body's size and
    opened by a raised plain "1", were not seen as footnotes: one broke the list "Wanneer
    belt u?" over the page break, and the marks read "verliest.1"."""
    text = "\n".join(p.text for p in ingest_pdf(tmp_path, _writer_page(), "blaastraining.pdf").passages)
    assert "daarbij urine verliest.¹" in text
    assert "¹ Verlies van urine bij hoesten heet stressincontinentie. Daarvoor is bekkenbodemtraining" in text
    assert text.index("verliest.¹") < text.index("¹ Verlies") < text.index("Neem contact op")
    assert "• bloed in de urine ziet;\n• koorts krijgt;" in text
