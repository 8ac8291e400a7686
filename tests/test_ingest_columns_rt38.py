"""Red team 38: groff's two columns through catdvi ("Wat   zijn  hielkloven?     groeien tot
een  wond"). catdvi pads every justified line's words with a few spaces each, so every line
had gaps and read as a table's row; the two columns were glued row by row with " | ", and the
right column, shorter than the left, was read in the middle of the left one."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import ingest_file, ingest_leaflets

LEAFLETS = Path(__file__).parent / "data" / "redteam38_leaflets"
WIDTH = 50  # a column's width in characters
GAP = 8  # between the columns


def _padded(words: list[str], width: int, last: bool = False) -> str:
    """A line justified as catdvi writes it: the spare room spread over the gaps unevenly."""
    if last or len(words) == 1:
        return "  ".join(words)
    spare = width - sum(map(len, words)) - (len(words) - 1)
    gaps = [1] * (len(words) - 1)
    for index in range(spare):
        gaps[(index * 3) % len(gaps)] += 1
    return "".join(word + " " * gap for word, gap in zip(words, gaps)) + words[-1]


def _column(paragraphs: list[str | tuple[str]]) -> list[str]:
    """A column's lines: a heading (a 1-tuple) on its own line, paragraphs filled and padded."""
    lines: list[str] = []
    for paragraph in paragraphs:
        if isinstance(paragraph, tuple):
            lines.append(paragraph[0])
            continue
        words, line = paragraph.split(), []
        for word in words:
            if len(" ".join([*line, word])) > WIDTH - 4:
                lines.append(_padded(line, WIDTH))
                line = []
            line.append(word)
        lines += [_padded(line, WIDTH, last=True), ""]
    return lines


LEFT = _column([
    ("Wat  is  een  eeltknobbel?",),
    "Een eeltknobbel is een plek waar de huid dik en hard wordt door steeds dezelfde druk van "
    "een schoen die knelt of een voet die scheef staat bij het lopen over harde vloeren.",
    ("Wat  kunt  u  zelf  doen?",),
    "Draag ruime schoenen met een zachte zool en vijl het eelt een keer per week voorzichtig "
    "weg met een voetvijl op een droge voet, nooit met een scheermesje of een eeltrasp.",
    "Smeer de voet elke avond in met een vette creme en trek daarna katoenen sokken aan, zodat "
    "de creme goed in de huid kan trekken en de huid soepel blijft tot de ochtend.",
])
RIGHT = _column([
    ("Wanneer  belt  u  ons?",),
    "Bel de praktijk als de plek rood, warm en dik wordt, of als er pus uit komt, of als u "
    "koorts krijgt.",
])
TEXT = "Voetpraktijk De Linde, Ede\n\nEeltknobbels aan de voet\n\n" + "\n".join(
    left.ljust(WIDTH + GAP) + right if right else left
    for left, right in zip(LEFT, RIGHT + [""] * (len(LEFT) - len(RIGHT)))) + "\n\f"


def test_padded_columns_read_one_after_the_other_with_no_table(tmp_path):
    path = tmp_path / "eelt.txt"
    path.write_text(TEXT, encoding="utf-8")
    text = ingest_file(path).text
    assert " | " not in text
    assert "harde vloeren." in text and "tot de ochtend." in text
    # the left column is read to its end before the right column, which is shorter
    assert text.index("tot de ochtend.") < text.index("Wanneer belt u ons?")
    assert "Een eeltknobbel is een plek waar de huid dik en hard wordt door steeds dezelfde" in text


def test_padded_prose_in_one_column_is_no_table(tmp_path):
    path = tmp_path / "eelt.txt"
    path.write_text("Eeltknobbels aan de voet\n\n" + "\n".join(LEFT) + "\n", encoding="utf-8")
    text = ingest_file(path).text
    assert " | " not in text
    assert "Draag ruime schoenen met een zachte zool en vijl het eelt een keer per week" in text


def test_catdvi_two_columns_leaflet():
    path = LEAFLETS / "hielkloven.txt"
    item, = ingest_leaflets(path, root=LEAFLETS)
    assert item.leaflet.title == "Kloven in de hielen"
    assert str(item.leaflet.updated) == "2026-02-03"
    texts = [passage.text for passage in item.passages]
    assert not any(" | " in text for text in texts)
    whole = "\n".join(texts)
    assert "praktijkondersteuner" in whole
    assert "Bij hielkloven is de huid van de hiel dik, droog en hard geworden." in whole
    # the left column (down to the insurance) before the right one (diabetes)
    assert whole.index("aanvullende verzekering vaak wel") < whole.index("Heeft u diabetes?")
    diabetes = next(passage for passage in item.passages if "Heeft u diabetes?" in passage.text)
    assert "Diabetes" in diabetes.headings


PS2ASCII = """\
          Maasziekenhuis Oost – Laboratorium
          Bloed prikken bij volwassenen
          Waarom bloed prikken?
          De arts wil uw bloed laten onderzoeken. Het bloed wordt afgenomen op de prikpoli van
          het laboratorium. In deze folder leest u hoe het gaat.
          Vooraf
          Voor sommige onderzoeken moet u nuchter zijn. Dat staat op het aanvraagformulier.
                                                     1
          Maasziekenhuis Oost      Bloed prikken bij volwassenen
          Uitslag
          De arts die het onderzoek heeft aangevraagd, bespreekt de uitslag met u.
                               2
"""


def test_ps2ascii_page_numbers_and_running_header_are_no_text(tmp_path):
    # ps2ascii writes a page's lines one under the other: the page number, centred, has no
    # blank line around it, and the next page's header follows it right away
    path = tmp_path / "bloed.txt"
    path.write_text(PS2ASCII.replace("\n", "\r\n"), encoding="utf-8")
    item, = ingest_leaflets(path, root=tmp_path)
    texts = [passage.text for passage in item.passages]
    assert not any(text.strip() in ("1", "2") for text in texts), texts
    whole = "\n".join(texts)
    assert "Maasziekenhuis Oost Bloed prikken" not in whole, texts
    assert "\n1\n" not in whole and not whole.rstrip().endswith("2"), texts
    assert "bespreekt de uitslag met u." in whole
