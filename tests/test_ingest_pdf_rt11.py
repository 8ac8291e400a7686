"""PDF findings of red team 11, each on a generated PDF: titles taken from a scanner's or a
printer's file name, a folder folded in three read in print order, a bordered table whose
cells ran together, an OCR layer's lost line position and misread words, a table header
glued to the heading above it, and a file cut short that was skipped whole."""

from __future__ import annotations

import pytest
from pdf_factory import Line, Placed, Raw, Rule, ingest_pdf, make_drawn_pdf, make_pdf

from ingest.clean import clean
from ingest.document import IngestError
from ingest.pdf import load_pdf, read_pdf
from ingest.pdf.fragments import words_joined
from ingest.pdf.geometry import Fragment
from ingest.pdf.ocr import ocr_corrected


def _clean_lines(pdf: bytes) -> list[str]:
    return [" ".join(line.split()) for line in clean(load_pdf(pdf, "folder.pdf")).text.split("\n")]


# ---------------------------------------------------------------- P1: titles

# A scan's OCR layer: a small bold masthead over the 20-pt title, which therefore opens no outline.
COVER = [Placed("Maasland Ziekenhuis", 56, 790, 10, True),
         Placed("Decubitus voorkomen", 56, 750, 20, True),
         Placed("Informatie voor patienten en mantelzorgers", 56, 728, 12),
         Placed("Wat is decubitus?", 56, 690, 14, True),
         Placed("Decubitus is een wond die ontstaat doordat de huid te lang wordt samengedrukt.", 56, 672),
         Placed("Het bloed kan dan niet goed meer stromen.", 56, 658),
         Placed("Wie loopt risico?", 56, 620, 14, True),
         Placed("U heeft meer kans als u weinig kunt bewegen, bijvoorbeeld na een operatie.", 56, 602)]


@pytest.mark.parametrize("metadata", ["scan0043.pdf", "ORT-033 decubitus drukproef", "Scan 2025-06-18 10.42", ""])
def test_a_metadata_title_that_names_a_file_or_is_never_stated_loses_to_the_largest_text(tmp_path, metadata):
    leaflet = ingest_pdf(tmp_path, make_drawn_pdf([COVER], title=metadata), "01-scan.pdf").leaflet
    assert leaflet.title == "Decubitus voorkomen"


def test_a_metadata_title_the_text_states_stays_the_documents_title(tmp_path):
    """The PDF's own title, which the outline's title (the cover's largest heading, once its
    masthead is passed over) still overrules for the leaflet."""
    pdf = make_drawn_pdf([COVER], title="Wat is decubitus?")
    assert load_pdf(pdf, "01-scan.pdf").title == "Wat is decubitus?"
    assert ingest_pdf(tmp_path, pdf, "01-scan.pdf").leaflet.title == "Decubitus voorkomen"


def test_a_chapter_heading_on_every_page_is_no_title_and_the_metadata_stands(tmp_path):
    pages = [[Placed(f"Hoofdstuk {number}: onderwerp {number}", 56, 780, 14, True),
              Placed("Weeg uzelf voor en na elke behandeling. Neem fosfaatbinders in bij de maaltijd.", 30, 760),
              Placed("Vraag de verpleegkundige om uitleg als iets niet duidelijk is.", 30, 745)]
             for number in range(1, 5)]
    leaflet = ingest_pdf(tmp_path, make_drawn_pdf(pages, title="Handboek dialyse voor patienten")).leaflet
    assert leaflet.title == "Handboek dialyse voor patienten"


# ---------------------------------------------------------------- P2: a folder folded in three

def _panel(x: float, blocks: list[tuple[str, str]], top: float = 555) -> list[Placed]:
    """A panel's text from the top: ("h1"|"h"|"p"|"li"|"small"|"gap", text) as a folder sets it."""
    out, y = [], top
    for kind, text in blocks:
        if kind == "gap":
            y -= float(text)
            continue
        size, bold, leading = {"h1": (22, True, 28), "h": (12.5, True, 16), "p": (9, False, 11.5),
                               "li": (9, False, 11.5), "small": (7.5, False, 9.5)}[kind]
        y -= {"h": 8, "p": 3}.get(kind, 0)
        for number, line in enumerate(text.split("|")):
            y -= leading
            if kind == "li":
                out += [Placed("•", x, y, size)] if number == 0 else []
                out.append(Placed(line, x + 10, y, size))
            else:
                out.append(Placed(line, x, y, size, bold))
    return out


def _table(x: float, top: float, rows: list[tuple[str, list[str]]]) -> list[Placed]:
    """A two-column table: a label, and a description that wraps at the second column."""
    out, y = [], top
    for label, lines in rows:
        for number, line in enumerate(lines):
            y -= 11
            if number == 0:
                out.append(Placed(label, x, y, 8.5, label == "Behandeling"))
            out.append(Placed(line, x + 104, y, 8.5, label == "Behandeling"))
        y -= 3
    return out


OUTSIDE = [  # print order: inside flap, back cover, front cover
    *_panel(22, [("h", "Oefeningen voor thuis"),
                 ("p", "Doe deze oefeningen elke dag, het liefst 's ochtends|en 's avonds. Ze rekken de voetzool."),
                 ("li", "Kuitstretch: zet uw handen tegen de muur, het|pijnlijke been naar achteren en de "
                        "hak op de|grond."),
                 ("li", "Voetzool rekken: trek voor het opstaan met een|handdoek uw tenen naar u toe."),
                 ("h", "Schoenen"),
                 ("p", "Draag schoenen met een stevige hielkap en een|dempende zool, ook in huis.")]),
    *_panel(302.7, [("gap", 60), ("h", "Vragen?"),
                    ("p", "Heeft u na het lezen van deze folder nog vragen, bel|dan de polikliniek Orthopedie."),
                    ("h", "Adres"),
                    ("p", "Ziekenhuis De Heuvelrug, locatie Zeist, Oranjelaan|12, 3701 AB Zeist."),
                    ("gap", 120),
                    ("small", "Deze folder is gemaakt door de vakgroep orthopedie en|podotherapie. Aan de inhoud "
                              "kunnen geen rechten worden|ontleend.")]),
    *_panel(583.3, [("gap", 40), ("small", "Ziekenhuis De Heuvelrug"), ("h1", "Hielspoor"),
                    ("h", "Pijn onder de hiel bij het opstaan"), ("gap", 160),
                    ("small", "Orthopedie en podotherapie")])]
INSIDE = [
    *_panel(22, [("h", "Wat is hielspoor?"),
                 ("p", "Bij hielspoor is de peesplaat onder uw voet (fascia|plantaris) geirriteerd op de plek waar "
                       "die aan het|hielbeen vastzit. Op een rontgenfoto is soms een|botuitsteeksel te zien, de "
                       "'spoor'. Dat uitsteeksel|zelf veroorzaakt meestal de pijn niet: veel mensen|hebben een spoor "
                       "zonder klachten. Artsen spreken|daarom liever van fasciitis plantaris."),
                 ("h", "Hoe ontstaat het?"),
                 ("p", "De peesplaat raakt overbelast. Dat gebeurt vaker|bij:"),
                 ("li", "overgewicht"), ("li", "een stijve kuitspier"),
                 ("li", "plotseling veel meer sporten, zoals hardlopen"),
                 ("p", "Hielspoor komt het meest voor tussen 40 en 60 jaar.")]),
    *_panel(302.7, [("h", "Behandeling"),
                    ("p", "We beginnen altijd met eenvoudige maatregelen.|Helpen die na 3 maanden niet, dan "
                          "zijn er andere|mogelijkheden.")]),
    *_table(302.7, 470, [("Behandeling", ["Wat houdt het in?"]),
                         ("Rust en oefenen", ["minder lang staan, dagelijks", "rekken"]),
                         ("Steunzolen", ["via de podotherapeut;", "ontlasten de hiel"]),
                         ("Operatie", ["zelden nodig, alleen na een", "jaar zonder verbetering"])]),
    *_panel(583.3, [("h", "Pijnstillers"),
                    ("p", "Paracetamol mag u gebruiken volgens de bijsluiter.|Overleg met de huisarts als u "
                          "maagklachten heeft."),
                    ("h", "Shockwavetherapie"),
                    ("p", "Bij shockwave geeft de fysiotherapeut of|orthopeed drukgolven op de pijnlijke plek. Een|"
                          "behandeling duurt ongeveer 10 minuten en is|pijnlijk, maar u heeft geen verdoving nodig. "
                          "Na de|behandeling kunt u gewoon naar huis lopen. Doe 48|uur geen sport.")])]


def _folder(tmp_path):
    pdf = make_drawn_pdf([OUTSIDE, INSIDE], width=842, height=595, title="ORT-033 hielspoor drukproef")
    return ingest_pdf(tmp_path, pdf, "02-folder.pdf")


def test_a_folded_folder_opens_with_its_front_cover_and_is_titled_by_it(tmp_path):
    result = _folder(tmp_path)
    assert result.leaflet.title == "Hielspoor"
    assert result.text.index("Orthopedie en podotherapie") < result.text.index("Oefeningen voor thuis")
    # the cover's subtitle and department line make no passage of a few words of their own
    assert not any(p.text == "Orthopedie en podotherapie" for p in result.passages)


def test_no_text_of_two_panels_is_joined(tmp_path):
    passages = [p.text for p in _folder(tmp_path).passages]
    disclaimer = next(text for text in passages if "rechten" in text)
    assert "Heuvelrug" not in disclaimer.split("rechten")[1]
    assert not any("Oefeningen" in text and "Vragen" in text for text in passages)


def test_where_items_wrap_with_a_hanging_indent_a_line_at_the_bullet_ends_the_list(tmp_path):
    page = [Line("Hielspoor", 20, True),
            Line("Oefeningen", 14, True, gap=8),
            Line("Doe deze oefeningen elke dag, het liefst 's ochtends en 's avonds. Ze rekken de voetzool", gap=4),
            "en de kuitspier. Stop als de pijn erger wordt dan een 5 op een schaal van 10.",
            "• Kuitstretch: zet uw handen tegen de muur, het pijnlijke been naar achteren en de hak",
            Line("op de grond. Houd 30 seconden vast, 3 keer.", x=66),
            "• Voetzool rekken: trek voor het opstaan met een handdoek uw tenen naar u toe. Houd 30",
            Line("seconden vast.", x=66),
            Line("Hoe ontstaat het?", 14, True, gap=8),
            Line("De peesplaat raakt overbelast. Dat gebeurt vaker bij:", gap=4),
            "• overgewicht",
            "• plotseling veel meer sporten, zoals hardlopen of voetballen op een harde ondergrond",
            "Hielspoor komt het meest voor tussen 40 en 60 jaar. Het gaat bijna altijd vanzelf over."]
    text = {p.headings: p.text for p in ingest_pdf(tmp_path, make_pdf([page])).passages}[("Hoe ontstaat het?",)]
    assert text.endswith("• plotseling veel meer sporten, zoals hardlopen of voetballen op een harde ondergrond\n\n"
                         "Hielspoor komt het meest voor tussen 40 en 60 jaar. Het gaat bijna altijd vanzelf over.")


def test_a_two_column_table_keeps_its_rows_apart_and_its_header_off_the_text(tmp_path):
    text = next(p.text for p in _folder(tmp_path).passages if "Steunzolen" in p.text)
    paragraphs = text.split("\n\n")
    # its cells stand apart as any table's do (red team 41), the last row's wrapped cell too
    assert "Behandeling | Wat houdt het in?" in paragraphs
    assert "Rust en oefenen | minder lang staan, dagelijks rekken" in paragraphs
    assert "Steunzolen | via de podotherapeut; ontlasten de hiel" in paragraphs
    assert "Operatie | zelden nodig, alleen na een jaar zonder verbetering" in paragraphs
    assert paragraphs[0].endswith("mogelijkheden.")


# ---------------------------------------------------------------- P3: a bordered table (Word)

COLUMNS = [70, 150, 260, 310, 430, 525]  # the vertical rules; each cell's text 4 points right of its rule
TABLE_ROWS = [["Soort", "Medicijn", "Kleur", "Wanneer", "Hoeveel"],
              ["Luchtwegverwijder", "Salbutamol 100|microgram (Ventolin,|Airomir)", "blauw",
               "bij benauwdheid, hoesten|of piepen|ook 15 minuten voor het|sporten",
               "2 tot 4 pufjes, zo|nodig na 20 minuten|herhalen"],
              ["Ontstekingsremmer", "Fluticason 50|microgram (Flixotide)", "oranje",
               "elke dag, ook als uw|kind geen klachten heeft", "2 keer per dag 1 of|2 pufjes"],
              [None, "Beclometason 50|microgram (Qvar)", "bruin", "elke dag, 's ochtends en|'s avonds",
               "2 keer per dag 1|pufje"]]


def _bordered(rows: list[list[str | None]], top: float) -> list[Placed | Rule]:
    """A table drawn as Word prints it: cell by cell, each cell's lines before the next
    cell's, between vertical rules, the cells a few points apart."""
    out: list[Placed | Rule] = []
    y = top
    for row in rows:
        height = max(len(cell.split("|")) for cell in row if cell) * 11.5 + 8
        for column, cell in enumerate(row):
            for number, line in enumerate((cell or "").split("|") if cell else []):
                out.append(Placed(line, COLUMNS[column] + 4, y - 11 - number * 11.5, 9, row is rows[0]))
        out += [Rule(x, y - height, y) for x in COLUMNS]
        y -= height
    return out


def _word_table_pdf() -> bytes:
    page_1 = [Placed("2. De medicijnen", 70, 780, 15, True),
              Placed("In de tabel ziet u de medicijnen die wij het meest voorschrijven.", 70, 760, 10.5),
              *_bordered(TABLE_ROWS, 720)]
    page_2 = [*_bordered([TABLE_ROWS[0], ["Stootkuur", "Prednisolon drankje", "-", "alleen na overleg met|de arts",
                                          "3 tot 5 dagen"]], 780),
              Placed("3. Waarom een voorzetkamer?", 70, 680, 15, True),
              Placed("Een voorzetkamer is een plastic buis die u op de inhaler zet.", 70, 660, 10.5)]
    return make_drawn_pdf([page_1, page_2])


def test_a_bordered_table_keeps_its_rows_and_cells():
    lines = _clean_lines(_word_table_pdf())
    assert "Soort | Medicijn | Kleur | Wanneer | Hoeveel" in lines
    assert ("Luchtwegverwijder | Salbutamol 100 microgram (Ventolin, Airomir) | blauw | bij benauwdheid, hoesten "
            "of piepen ook 15 minuten voor het sporten | 2 tot 4 pufjes, zo nodig na 20 minuten herhalen") in lines
    assert "Beclometason 50 microgram (Qvar) | bruin | elke dag, 's ochtends en 's avonds | 2 keer per dag 1 pufje" \
        in lines  # the row under a cell that spans two rows
    assert "Stootkuur | Prednisolon drankje | - | alleen na overleg met de arts | 3 tot 5 dagen" in lines
    assert lines.count("Soort | Medicijn | Kleur | Wanneer | Hoeveel") == 1  # the header printed again is gone


def test_no_passage_ends_inside_a_bordered_table_row(tmp_path):
    passages = ingest_pdf(tmp_path, _word_table_pdf()).passages
    row = next(line for p in passages for line in p.text.split("\n") if "Salbutamol" in line)
    assert row.startswith("Luchtwegverwijder | Salbutamol")
    assert row.endswith("2 tot 4 pufjes, zo nodig na 20 minuten herhalen")


# ---------------------------------------------------------------- P4: OCR layer geometry

def test_a_line_whose_text_matrix_pypdf_cannot_read_stays_in_its_paragraph():
    page = [Placed("Wat kunt u zelf doen?", 56, 770, 14, True),
            Placed("Het belangrijkste is de druk op de huid regelmatig te verminderen. Dat noemen we", 56, 751.5),
            Raw("wisselhouding. De verpleegkundige maakt met u een schema.", "1 3.2e-05 -3.2e-05 1 56.5 736.7"),
            Placed("Verander in bed elke 2 tot 3 uur van houding, ook 's nachts.", 56, 721.9)]
    pdf = make_drawn_pdf([page])
    lines = read_pdf(pdf, "scan.pdf").pages[0]
    assert lines[2].text.startswith("wisselhouding.") and lines[1].y > lines[2].y > lines[3].y
    assert "Dat noemen we wisselhouding. De verpleegkundige" in clean(load_pdf(pdf, "scan.pdf")).text


def test_a_table_header_typed_with_spaces_is_no_part_of_the_heading_above_it(tmp_path):
    page = [Line("Decubitus", 20, True),
            Line("Draai elke 2 tot 3 uur van houding, ook 's nachts. Zo voorkomt u een drukplek.", gap=6),
            Line("Voorbeeld van een wisselschema", 12, True, gap=10),
            Line("Tijd            Houding                        Let op", 11, True, gap=4),
            Line("08.00 uur       rug, hoofdeinde 30 graden      hielen vrij"),
            Line("10.30 uur       linkerzij, 30 graden           kussen tussen de knieen"),
            Line("13.00 uur       in de stoel, max. 1 uur        voeten op een bankje")]
    passages = {p.headings: p.text for p in ingest_pdf(tmp_path, make_pdf([page])).passages}
    assert passages[("Voorbeeld van een wisselschema",)].startswith("Tijd | Houding | Let op\n08.00 uur | rug")


def test_words_of_a_tilted_ocr_line_join_into_one_line():
    words = "Het bloed kan dan niet goed meer stromen en het weefsel krijgt te weinig zuurstof".split()
    fragments, x = [], 56.0
    for number, word in enumerate(words):  # the baseline falls 0.2 pt a word: 3 pt over the line
        fragments.append(Fragment(word, x, 700 - 0.2 * number, 11, False))
        x += 0.45 * 11 * (len(word) + 1)
    fragments += [Fragment(f"regel{n}", 56, 680 - 15 * n, 11, False) for n in range(8)]
    joined = words_joined(fragments)
    assert joined[0].text == " ".join(words)
    assert len(joined) == 9


# ---------------------------------------------------------------- P5: OCR misreadings

OCR_LINES = ["Een andere naarn is doorliggen of een drukp1ek.",
             "De wond is vaak pijn1ijk en geneest Iangzaam.",
             "Lig in een hoek van 3O graden, met een kussen in uw rug.",
             "Masseer een rode p1ek niet: wrijven be schadigt het weefsel.",
             "De wond gaat ruiken, er pus uitkornt of u krijgt koorts.",
             "Een slechte door bloeding en een warm, ernstig gevoel."]


def _ocr_page(render_mode: int) -> list[str]:
    page = [Placed(text, 56, 760 - 15 * number) for number, text in enumerate(OCR_LINES)]
    pdf = make_drawn_pdf([page], render_mode=render_mode)
    return [line.text for line in read_pdf(pdf, "scan.pdf").pages[0]]


def test_words_an_ocr_layer_misread_are_put_right():
    assert _ocr_page(render_mode=3) == [
        "Een andere naam is doorliggen of een drukplek.",
        "De wond is vaak pijnlijk en geneest langzaam.",
        "Lig in een hoek van 30 graden, met een kussen in uw rug.",
        "Masseer een rode plek niet: wrijven beschadigt het weefsel.",
        "De wond gaat ruiken, er pus uitkomt of u krijgt koorts.",
        "Een slechte door bloeding en een warm, ernstig gevoel."]  # two words stay two words


def test_visible_text_is_never_corrected():
    assert _ocr_page(render_mode=0) == OCR_LINES


@pytest.mark.parametrize("text", ["warm", "ernstig", "Arnhem", "vernieuwen", "O2-saturatie", "10 mg", "wissel schema"])
def test_a_word_that_is_a_word_stays_as_it_is(text):
    assert ocr_corrected(text) == text


@pytest.mark.parametrize(("read", "meant"), [("• __Shockwavetherapie: schokgolven", "• Shockwavetherapie: schokgolven"),
                                             ("_Een operatie", "Een operatie"),
                                             ("Naam: ________", "Naam: ________"),  # a line to fill in
                                             ("bestand_2024.pdf", "bestand_2024.pdf")])
def test_underscores_an_ocr_layer_glued_to_a_word_go(read, meant):
    assert ocr_corrected(read) == meant


# ---------------------------------------------------------------- P6: a file cut short

def _three_pages() -> bytes:
    """Three pages, cut short inside the last page's object (its xref and trailer gone too)."""
    data = _whole()
    return data[:data.rindex(b"/Type /Page ") + 20]


def _whole() -> bytes:
    return make_pdf([[Line("Astma bij kinderen", 20, True), Line("Bij astma zijn de luchtwegen overgevoelig.")],
                     [Line("Een voorzetkamer is een plastic buis die u op de inhaler zet.")],
                     [Line("Vul dit dagboek twee weken in en neem het mee naar de afspraak.")]])


def test_a_pdf_cut_short_keeps_the_pages_that_can_be_read():
    document = read_pdf(_three_pages(), "afgekapt.pdf")
    assert document.lost_pages == (3,)
    assert [" ".join(line.text for line in lines) for lines in document.pages[:2]] == [
        "Astma bij kinderen Bij astma zijn de luchtwegen overgevoelig.",
        "Een voorzetkamer is een plastic buis die u op de inhaler zet."]


def test_a_pdf_cut_short_is_indexed_with_its_pages_cited_as_they_were(tmp_path):
    item = ingest_pdf(tmp_path, _three_pages(), "afgekapt.pdf")
    assert [p.pages[-1] for p in item.passages if "voorzetkamer" in p.text] == [2]
    assert not any("dagboek" in p.text for p in item.passages)
    # the editor is told which page is missing, in the CLI's words and the app's
    from leaflets.pages.strings import plain_warning

    assert [str(w) for w in item.warnings] == [f"{tmp_path / 'afgekapt.pdf'}: the file is cut short or damaged: "
                                               "page 3 could not be read; the other pages are indexed"]
    assert plain_warning("nl", item.warnings[0]).startswith("het bestand is afgebroken of beschadigd: pagina 3 ")


def test_a_pdf_cut_before_its_first_page_is_still_refused():
    with pytest.raises(IngestError, match="corrupt or truncated"):
        read_pdf(_whole()[:400], "afgekapt.pdf")


# ---------------------------------------------------------------- review of this round

def test_the_render_mode_is_graphics_state_and_q_restores_it():
    """An invisible dot drawn inside q ... Q left the page's later, visible text counted as
    invisible: the page passed for an OCR layer and its words were "corrected"."""
    from collections import Counter

    from ingest.pdf.fragments import _Drawing

    drawing = _Drawing([], chars=Counter())
    for operator, operands in ((b"q", []), (b"BT", []), (b"Tr", [3]), (b"ET", []), (b"Q", [])):
        drawing.visit(operator, operands, [1, 0, 0, 1, 0, 0], [1, 0, 0, 1, 0, 0])
    assert drawing.mode == 0


@pytest.mark.parametrize("first, second, joined", [
    ("be", "schadigt", True),  # one half no word, the whole one
    ("bij", "nierfilters", False),  # "nierfilters" is two words written as one: "bijnierfilters" is another word
    ("na", "deelvormen", False),
    ("voor", "handgewrichten", False),
])
def test_ocr_joins_a_word_cut_in_two_and_never_two_words(first, second, joined):
    from ingest.pdf.ocr import _split_word

    assert _split_word(first, second) is joined


def test_large_text_below_the_top_of_a_landscape_page_is_no_title_and_no_cover():
    """Three columns on a landscape sheet, "Bel 112" in 30 pt in the right one: no folder's
    cover (read first) and no title."""
    left = [Placed("Handen wassen", 40, 540, 14, True)] + [
        Placed(f"Was uw handen voor het eten en na het toiletbezoek, regel {n}.", 40, 520 - 14 * n, 9) for n in range(8)]
    middle = [Placed("Hoesten en niezen", 320, 540, 14, True)] + [
        Placed(f"Hoest en nies in de binnenkant van uw elleboog, regel {n}.", 320, 520 - 14 * n, 9) for n in range(8)]
    right = [Placed("Meer weten", 600, 540, 14, True)] + [
        Placed(f"Vraag het aan de verpleegkundige van de afdeling, regel {n}.", 600, 520 - 14 * n, 9) for n in range(4)] + [
        Placed("Bel 112", 600, 420, 30, True)] + [
        Placed(f"Bij benauwdheid of hoge koorts belt u direct, regel {n}.", 600, 390 - 14 * n, 9) for n in range(4)]
    document = read_pdf(make_drawn_pdf([left + middle + right], width=842, height=595), "blad.pdf")
    assert document.pages[0][0].text.startswith("Handen wassen")
    from ingest.pdf.title import shown_title

    assert shown_title(document.pages) == ""
