"""Plain-text and Markdown findings of red-team 5, each on a small inline text: hidden
HTML comments, footnotes and images in Markdown, space-aligned tables in plain text, and
the publisher named in front matter."""

from __future__ import annotations

from ingest.clean import clean
from ingest.pipeline import ingest_file
from ingest.source import SourceText
from ingest.text import load_text


def _cleaned(text: str, name: str) -> str:
    markup = "markdown" if name.endswith(".md") else "plain"
    return clean(load_text(text.encode("utf-8"), name, markup)).text


# ---------------------------------------------------------------- hidden text in Markdown

def test_an_html_comment_is_no_leaflet_text():
    text = ("# Pijnstillers\n\nGebruik liever paracetamol.\n\n"
            "<!-- TODO: tekst over ARNI toevoegen na review -->\n")
    cleaned = _cleaned(text, "hart.md")
    assert "ARNI" not in cleaned and "TODO" not in cleaned
    assert cleaned.endswith("Gebruik liever paracetamol.")


def test_a_comment_over_several_lines_goes_and_the_text_around_it_stays():
    text = ("Neem de tablet in met water.\n\n<!--\nTODO: dosering bij\nkinderen aanvullen\n-->\n\n"
            "Bel bij vragen de apotheek.\n")
    for name in ("folder.md", "folder.txt"):
        cleaned = _cleaned(text, name)
        assert "TODO" not in cleaned and "kinderen" not in cleaned and "-->" not in cleaned
        assert "Neem de tablet in met water." in cleaned and "Bel bij vragen de apotheek." in cleaned


def test_a_comment_inside_a_paragraph_leaves_one_paragraph():
    text = "Neem de tablet <!-- of\ntwee? --> in met\nwater.\n"
    assert _cleaned(text, "folder.md") == "Neem de tablet in met water."


def test_a_footnote_marker_goes_and_its_definition_keeps_its_text():
    text = ("NSAID's kunnen hartfalen verergeren.[^1]\n\n"
            "[^1]: Zie ook de [richtlijn hartfalen](https://example.org/richtlijn).\n")
    expected = "NSAID's kunnen hartfalen verergeren.\n\nZie ook de richtlijn hartfalen."
    assert _cleaned(text, "hart.md") == expected


def test_an_image_goes_with_its_alt_text():
    text = ("Meestal gebruikt u meerdere medicijnen.\n\n![Een hand met pillen](img/pillen.jpg)\n\n"
            "Hieronder leest u welke. [![Logo](logo.png)](https://example.org) Bel ons.\n")
    cleaned = _cleaned(text, "hart.md")
    assert "hand met pillen" not in cleaned and "Logo" not in cleaned and "jpg" not in cleaned
    assert cleaned == "Meestal gebruikt u meerdere medicijnen.\n\nHieronder leest u welke. Bel ons."


def test_ordinary_angle_brackets_and_square_brackets_stay():
    text = "Een bloeddruk <140 is goed [zie tabel] en 3 < 5 > 2.\n"
    for name in ("folder.md", "folder.txt"):
        assert _cleaned(text, name) == "Een bloeddruk <140 is goed [zie tabel] en 3 < 5 > 2."


# ---------------------------------------------------------------- space-aligned tables

TABLE = """Pijnstilling

Neem de pijnstillers op vaste tijden in, ook als u op dat moment weinig pijn heeft. Wacht
niet tot de pijn erg wordt.

Medicijn            Dosis           Hoe vaak                 Tijden
Paracetamol         1000 mg         4 keer per dag           08.00 - 13.00 - 18.00 - 23.00 uur
Naproxen            250 mg          2 keer per dag           08.00 - 20.00 uur

Neem naproxen met wat eten of een glas melk.
"""


def test_a_space_aligned_table_keeps_one_row_per_line():
    blocks = clean(SourceText(TABLE, "plain")).blocks
    table = next(block for block in blocks if block.text.startswith("Medicijn"))
    assert table.lines == (
        "Medicijn | Dosis | Hoe vaak | Tijden",
        "Paracetamol | 1000 mg | 4 keer per dag | 08.00 - 13.00 - 18.00 - 23.00 uur",
        "Naproxen | 250 mg | 2 keer per dag | 08.00 - 20.00 uur",
    )
    assert blocks[-1].text == "Neem naproxen met wat eten of een glas melk."


def test_a_tab_separated_table_keeps_one_row_per_line():
    text = "Tijd\tMedicijn\tDosis\n08.00\tParacetamol\t1000 mg\n20.00\tNaproxen\t250 mg\n"
    assert clean(load_text(text.encode(), "schema.txt")).blocks[0].lines == (
        "Tijd | Medicijn | Dosis", "08.00 | Paracetamol | 1000 mg", "20.00 | Naproxen | 250 mg")


def test_the_table_of_a_loaded_text_file_reaches_its_passage(tmp_path):
    path = tmp_path / "pijnstilling.txt"
    path.write_text(TABLE, encoding="utf-8")
    text = "\n".join(p.text for p in ingest_file(path).passages)
    assert "Paracetamol | 1000 mg | 4 keer per dag | 08.00 - 13.00 - 18.00 - 23.00 uur\nNaproxen" in text


def test_wrapped_prose_with_double_spaces_after_full_stops_still_joins():
    text = ("Neem de tablet in.  Drink er een glas water bij.  Wacht dan een uur met\n"
            "eten.  Slik de tablet heel door.  Kauw er niet op, want dan werkt hij\n"
            "minder goed.\n")
    assert clean(SourceText(text, "plain")).text == (
        "Neem de tablet in. Drink er een glas water bij. Wacht dan een uur met eten. Slik de "
        "tablet heel door. Kauw er niet op, want dan werkt hij minder goed.")


def test_one_line_with_gaps_is_no_table():
    text = "Bel de afdeling    of de huisarts    als u koorts heeft\nboven 38,5 graden.\n"
    assert clean(SourceText(text, "plain")).text == (
        "Bel de afdeling of de huisarts als u koorts heeft boven 38,5 graden.")


# ---------------------------------------------------------------- publisher in front matter

FRONT = ("---\ntitle: Medicijnen bij hartfalen\npublisher: Harteraad\ndate: 2023-11-05\n---\n\n"
         "# Kop\n\nTekst.\n")
EXPECTED = ("Medicijnen bij hartfalen", "Harteraad", "2023-11-05")


def test_front_matter_names_the_publisher():
    source = load_text(FRONT.encode(), "hart.md", "markdown")
    assert (source.title, source.publisher, source.updated) == EXPECTED


def test_the_publisher_in_front_matter_reaches_the_leaflet(tmp_path):
    path = tmp_path / "hart.md"
    path.write_text(FRONT, encoding="utf-8")
    assert ingest_file(path).leaflet.publisher == "Harteraad"


def test_a_text_file_reads_its_front_matter_too():
    source = load_text(FRONT.replace("# Kop", "Kop").encode(), "hart.txt")
    assert (source.title, source.publisher, source.updated) == EXPECTED
    assert "publisher" not in clean(source).text


def test_plain_text_between_dashes_is_no_front_matter():
    for lines in ("Belangrijk: neem de tablet in met water.\nBel bij vragen de apotheek.",
                  "Belangrijk: neem de tablet in met water."):
        source = load_text(f"---\n{lines}\n---\nTekst.\n".encode(), "folder.txt")
        assert source.title == "" and "Belangrijk: neem de tablet in met water." in clean(source).text
