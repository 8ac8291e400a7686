"""Red team 39 (2.2): a LaTeX leaflet through `latex` and dvi2tty. dvi2tty cuts every line at 79
columns and marks the cut with "*" ending the line and " *" opening the next, so the marks stayed
inside words ("lichaa* *m"); its running header, set in underscores, was the title; its "#"
bullets ran the items into one paragraph; its ruled table's rows ran into one line."""

from __future__ import annotations

from pathlib import Path

from ingest.dvi2tty import dvi2tty_as_plain, is_dvi2tty
from ingest.pipeline import ingest_leaflets

LEAFLETS = Path(__file__).parent / "data" / "redteam39_leaflets"
WIDTH = 79  # dvi2tty's default `-w`


def _dvi2tty(line: str) -> list[str]:
    """`line` as dvi2tty writes it: cut at `WIDTH`, "*" ending each piece, " *" opening the next."""
    pieces = [line[:WIDTH]]
    rest = line[WIDTH:]
    while rest:
        pieces[-1] += "*"
        room = WIDTH - 2
        pieces.append(" *" + rest[:room])
        rest = rest[room:]
    return pieces


def _page(header: str, body: list[str], number: int) -> list[str]:
    """A page: its underscored running header, its body lines (each cut by `_dvi2tty`), its footer."""
    lines = [*_dvi2tty(header), "", ""]
    for line in body:
        lines.extend(_dvi2tty(line))
    return [*lines, "", "", " " * 36 + f"Pagina {number}"]


HEADER = "Praktijk_De_Linde" + "_" * 45 + "Wratten_en_likdoorns_"
PAGE_ONE = [
    "Praktijk De Linde, Zwolle", "", "",
    "1   Wratten aan handen en voeten", "", "",
    "1.1  Wat zijn wratten?", "", "",
    "Wratten zijn bultjes op de huid die door een virus komen. Ze zijn onschuldig maar kunnen lang "
    "blijven zitten, soms wel twee jaar.",
    "Een wrat op de voetzool groeit naar binnen en doet daarom pijn bij het lopen op harde grond buiten.",
    "", "",
    "1.2  Wat kunt u zelf doen?", "", "",
    "  #  Houd uw voeten droog en draag slippers in het zwembad en de gedeelde douche van de sportclub.",
    "  #  Krab niet aan een wrat.",
    "  #  Gebruik een eigen handdoek.",
]
RULE = "_" * 82
TABLE = [
    "Wratten komen veel voor bij kinderen.",
    RULE,
    "Soort" + "_" * 22 + "Waar_zit_hij?" + "_" * 15 + "Wat_helpt?" + "_" * 17,
    "",
    "Gewone wrat" + " " * 16 + "hand, knie" + " " * 18 + "afwachten",
    "Voetwrat" + " " * 19 + "voetzool, vaak bij" + " " * 10 + "bevriezen",
    " " * 27 + "de hiel",
    "Dellenwrat" + " " * 17 + "romp" + " " * 24 + "afwachten",
    RULE,
]
PAGE_TWO = ["1.3  Contact", "", "", "Bel de praktijk als een wrat bloedt of snel groter wordt."]


def _leaflet(tmp_path: Path) -> Path:
    page_two = _page(HEADER, PAGE_TWO, 2)
    page_two[0] = "\f" + page_two[0]
    lines = [*_page(HEADER, [*PAGE_ONE, "", "", *TABLE], 1), *page_two]
    path = tmp_path / "wratten.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_wrap_marks_are_undone_within_and_between_words(tmp_path):
    item, = ingest_leaflets(_leaflet(tmp_path), root=tmp_path)
    text = "\n".join(passage.text for passage in item.passages)
    assert "*" not in text
    # the first long line is cut inside "maar" (column 79), the second between words
    assert "Ze zijn onschuldig maar kunnen lang blijven zitten, soms wel twee jaar." in text
    assert "doet daarom pijn bij het lopen op harde grond buiten." in text


def test_underscored_running_header_is_no_title(tmp_path):
    item, = ingest_leaflets(_leaflet(tmp_path), root=tmp_path)
    assert item.leaflet.title == "Wratten aan handen en voeten"
    text = "\n".join(passage.text for passage in item.passages)
    assert "_" not in text and "Wratten en likdoorns" not in text


def test_hash_bullets_are_items(tmp_path):
    item, = ingest_leaflets(_leaflet(tmp_path), root=tmp_path)
    text = "\n".join(passage.text for passage in item.passages)
    assert "• Houd uw voeten droog en draag slippers in het zwembad en de gedeelde douche van de sportclub.\n" in text
    assert "\n• Krab niet aan een wrat.\n• Gebruik een eigen handdoek." in text
    assert "#" not in text


def test_ruled_table_reads_row_by_row(tmp_path):
    item, = ingest_leaflets(_leaflet(tmp_path), root=tmp_path)
    text = "\n".join(passage.text for passage in item.passages)
    assert "Soort | Waar zit hij? | Wat helpt?\n" in text
    assert "\nGewone wrat | hand, knie | afwachten\n" in text
    assert "\nVoetwrat | voetzool, vaak bij de hiel | bevriezen\n" in text
    assert "\nDellenwrat | romp | afwachten" in text


def test_text_without_the_marks_is_left_alone():
    markdown_like = "Lijst:*\n * een\nnog:*\n * twee\n"  # narrow, and no cut at one wide width
    prose = "Een gewone zin met een_onderstreept_woord.\n  #  geen lijst\n"
    for text in (markdown_like, prose, "", "*\n *"):
        assert not is_dvi2tty(text)
        assert dvi2tty_as_plain(text) == text


def test_a_line_wider_than_the_cut_is_no_dvi2tty_text():
    cut = "x" * 78 + "*"
    text = "\n".join([cut, " *a", cut, " *b", "y" * 90])
    assert not is_dvi2tty(text)


def test_bijensteek_leaflet():
    item, = ingest_leaflets(LEAFLETS / "bijensteek.txt", root=LEAFLETS)
    assert item.leaflet.title == "Gestoken door een bij of wesp"
    assert item.leaflet.publisher == "Huisartsenpraktijk De Boomgaard"
    text = "\n".join(passage.text for passage in item.passages)
    for joined in ("het lichaam. Meestal", "weg te schrapen met", "adrenalinepen", "flauwvallen",
                   "Telefoon 0344 61 72 00", "in de huid. De plek"):
        assert joined in text
    assert "*" not in text and "_" not in text and "#" not in text
    assert "\n• Knijp niet in het gifzakje, want dan komt er meer gif in de huid.\n" in text
    assert "Allergische reactie | bultjes over het hele lichaam, benauwdheid, duizeligheid | bel 112" in text
    assert "Huisartsenpraktijk De Boomgaard Bij- en wespensteek" not in text
