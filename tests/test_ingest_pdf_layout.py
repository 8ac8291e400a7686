"""PDF layout quirks, each reproduced on a generated PDF: furniture, hyphenation,
two columns, paragraphs from vertical gaps, headings, page-crossing passages."""

from __future__ import annotations

import io

import pypdf
import pytest
from pdf_factory import Line, Placed, make_pdf, two_columns

from ingest.clean import clean
from ingest.pdf import load_pdf
from ingest.pdf.fragments import readable
from ingest.pipeline import ingest_file

BODY = [
    "Bij deze nierziekte lekt er eiwit uit de nierfilters naar de urine. Dat merkt u",
    "vaak pas laat, omdat het in het begin geen klachten geeft.",
]


def _pdf(tmp_path, pages, name="folder.pdf"):
    path = tmp_path / name
    path.write_bytes(make_pdf(pages))
    return path


def test_running_headers_footers_and_page_numbers_are_dropped(tmp_path):
    words = ["eerste", "tweede", "derde", "vierde"]
    pages = []
    for number, word in enumerate(words, start=1):
        pages.append([
            Placed("Nierstichting – Folder eiwitverlies", 56, 810, 8),
            Line(f"Het {word} hoofdstuk gaat over iets anders dan de vorige pagina.", gap=10),
            f"Op de {word} pagina staat een zin die alleen hier voorkomt.",
            Placed(f"Pagina {number} van 4", 260, 40, 8),
            Placed(str(number), 520, 60, 8),
        ])
    cleaned = clean(load_pdf(make_pdf(pages), "folder.pdf"))
    text = cleaned.text
    assert "Nierstichting" not in text and "Pagina" not in text and "van 4" not in text
    assert not any(ch.isdigit() for ch in text)
    for number, word in enumerate(words, start=1):
        sentence = f"Op de {word} pagina staat een zin die alleen hier voorkomt."
        start = text.index(sentence)
        assert cleaned.pages(start, start + len(sentence)) == (number,)


def test_words_hyphenated_at_line_ends_are_rejoined_and_real_hyphens_stay(tmp_path):
    page = [
        "Tijdens de behandeling met dit middel controleert de arts uw behan-",
        "deling elke maand. Bij mensen met IgA-",
        "nefropathie is dat ook zo. Vertel het uw arts als u de ziekte van Wegener-",
        "granulomatose heeft, ook als u gewrichts- en",
        "peesontstekingen heeft gehad.",
    ]
    text = ingest_file(_pdf(tmp_path, [page])).text
    assert "uw behandeling elke maand" in text
    assert "IgA-nefropathie" in text and "Wegener-granulomatose" in text
    assert "gewrichts- en peesontstekingen" in text


def test_two_column_page_is_read_column_by_column(tmp_path):
    left = ["Linker kolom begint hier met een zin die", "over twee regels loopt. Dan volgt de",
            "tweede zin van de linker kolom."]
    right = ["Rechter kolom heeft een eigen zin die", "ook doorloopt naar de volgende regel.",
             "En de rechter kolom eindigt hier."]
    pdf = make_pdf([two_columns(left, right)])
    naive = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert any("Linker" in line and "Rechter" in line for line in naive.splitlines())  # the quirk
    text = clean(load_pdf(pdf, "kolommen.pdf")).text
    assert text.index("tweede zin van de linker kolom.") < text.index("Rechter kolom")
    assert "Linker kolom begint hier met een zin die over twee regels loopt." in text
    assert "Rechter kolom heeft een eigen zin die ook doorloopt naar de volgende regel." in text


def test_title_over_two_columns_is_read_first(tmp_path):
    left = ["De linker kolom vertelt het eerste deel", "van het verhaal in twee regels."]
    right = ["De rechter kolom vertelt het tweede", "deel van het verhaal ook zo."]
    page = [Placed("Een kop die over de volle breedte van beide kolommen loopt", 56, 790, 14, True),
            *two_columns(left, right, top=750)]
    text = clean(load_pdf(make_pdf([page]), "kolommen.pdf")).text
    assert text.index("Een kop die") < text.index("De linker kolom") < text.index("De rechter kolom")


def test_vertical_gaps_make_paragraphs_and_bullets_make_lists(tmp_path):
    page = [
        BODY[0], BODY[1],
        Line("Een nieuwe alinea begint na witruimte. Ook deze zin hoort bij die", gap=9),
        "tweede alinea.",
        Line("U merkt dit aan:", gap=9),
        "• schuimende urine",
        "• dikke enkels, vooral aan het eind van de",
        Line("dag", x=66),
        "• moeheid",
    ]
    cleaned = clean(load_pdf(make_pdf([page]), "alinea.pdf"))
    kinds = [(block.kind, block.lines[0][:20]) for block in cleaned.blocks]
    assert kinds == [("paragraph", BODY[0][:20]), ("paragraph", "Een nieuwe alinea be"),
                     ("paragraph", "U merkt dit aan:"), ("list", "• schuimende urine")]
    assert cleaned.blocks[0].text == " ".join(BODY)
    assert cleaned.blocks[-1].lines == ("• schuimende urine", "• dikke enkels, vooral aan het eind van de dag",
                                        "• moeheid")


def test_headings_by_size_weight_and_numbering_and_not_the_table_of_contents(tmp_path):
    page = [
        Line("Bijsluiter: informatie voor de gebruiker", 11, True),
        Line("Inhoud van deze bijsluiter", 11, True, gap=9),
        Line("1. Wat is Nefrex en waarvoor wordt dit middel gebruikt?", gap=9),
        "2. Hoe gebruikt u dit middel?",
        Line("1. Wat is Nefrex en waarvoor wordt dit middel gebruikt?", 11, True, gap=9),
        Line("Nefrex remt het eiwitverlies bij een nierziekte. Het werkt binnen enkele", gap=9),
        "weken en u merkt er zelf meestal weinig van.",
        Line("Waarvoor wordt het gebruikt?", 11, True, gap=9),
        Line("Bij volwassenen met een nierziekte die eiwit verliezen via de urine, als", gap=9),
        "andere middelen niet genoeg helpen.",
        Line("2. Hoe gebruikt u dit middel?", 11, True, gap=9),
        Line("Neem elke ochtend een tablet met water. Slik de tablet heel door en kauw", gap=9),
        "er niet op.",
    ]
    item = ingest_file(_pdf(tmp_path, [page]))
    paths = [p.headings for p in item.passages]
    assert ("1. Wat is Nefrex en waarvoor wordt dit middel gebruikt?",) in paths
    assert ("1. Wat is Nefrex en waarvoor wordt dit middel gebruikt?", "Waarvoor wordt het gebruikt?") in paths
    assert ("2. Hoe gebruikt u dit middel?",) in paths
    contents = next(p for p in item.passages if p.headings == ("Inhoud van deze bijsluiter",))
    assert contents.text.startswith("1. Wat is Nefrex") and "2. Hoe gebruikt u dit middel?" in contents.text


def test_passage_crossing_a_page_break_cites_both_pages(tmp_path):
    pages = [
        [Line("Nierziekte", 18, True), Line("Behandeling", 14, True, gap=9),
         Line("De arts schrijft meestal eerst een plaspil voor. Daarna volgt vaak een middel dat", gap=9),
         "de bloeddruk verlaagt en zo de nieren"],
        ["spaart. Dat helpt bij de meeste mensen binnen een paar weken.", Placed("2", 300, 40, 8)],
        [Line("Controle", 14, True), Line("Elke drie maanden kijkt de arts naar uw bloed en urine.", gap=9)],
    ]
    item = ingest_file(_pdf(tmp_path, pages))
    crossing = next(p for p in item.passages if "de nieren spaart." in p.text)
    assert crossing.pages == (1, 2) and crossing.headings == ("Behandeling",)
    # page 2 begins inside the passage, at "spaart." (the word the page break cut from "nieren")
    break_at = crossing.page_starts[1]
    assert crossing.page_starts[0] == 0 and crossing.text[break_at:].startswith("spaart.")
    assert crossing.page_of(crossing.text.index("Daarna volgt")) == 1
    assert crossing.page_of(crossing.text.index("Dat helpt")) == 2
    assert next(p for p in item.passages if p.headings == ("Controle",)).pages == (3,)
    assert all(item.text[slice(*p.span)] == p.text for p in item.passages)


@pytest.mark.parametrize("leading", [1.0, 1.3, 2.0])
def test_paragraph_detection_follows_the_documents_own_line_spacing(tmp_path, leading):
    lines = [Placed(text, 56, 700 - i * 11 * leading) for i, text in enumerate(BODY)]
    lines.append(Placed("Na een grote witregel begint hier een nieuwe alinea.", 56, 700 - 11 * leading * 4))
    cleaned = clean(load_pdf(make_pdf([lines]), "spatie.pdf"))
    assert [b.text for b in cleaned.blocks] == [" ".join(BODY), "Na een grote witregel begint hier een nieuwe alinea."]


def test_symbol_font_codes_become_their_characters_only_in_that_font():
    assert readable("2\uf0b0C, \uf06dg, \uf0b3 5", "ABCDEF+Symbol") == "2°C, μg, ≥ 5"
    assert readable("\uf0b7 punt", "Arial") == "• punt"  # bullet fonts are read everywhere
    assert readable("\uf02d streepje", "Symbol") == "– streepje"  # a dash bullet stays a list item
    assert readable("2\uf0b0C", "Arial") == "2\uf0b0C"  # another font's code is not guessed
