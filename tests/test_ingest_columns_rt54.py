"""Red team 54: text set in three columns or more (a poster through pdfgrep or
`pdftotext -layout`) reads column by column; tables and two-column text read as before."""

from pathlib import Path

from ingest.clean.gutters import gutter_stretches
from ingest.clean.lines import split_lines
from ingest.pipeline import ingest_leaflets

DATA = Path(__file__).parent / "data"


def _passages(path: Path) -> list[tuple[tuple[str, ...], str]]:
    [item] = list(ingest_leaflets(path, root=path.parent))
    return [(tuple(passage.headings), passage.text) for passage in item.passages]


def test_poster_columns_read_one_after_another():
    passages = _passages(DATA / "redteam54_leaflets" / "verkoudheid.txt")
    text = "\n".join(body for _, body in passages)
    assert "Dag Wat u kunt verwachten 0.5" not in text
    assert "U hoeft niet thuis te blijven van werk of school als u zich goed genoeg voelt." in text
    first = passages[0][1]
    assert passages[0][0] == ("Wat is verkoudheid?",)
    assert first.startswith("Verkoudheid is een infectie")
    assert "weerstand op. Het virus verspreidt zich" in first and "keelpijn" not in first
    assert ("Niet verspreiden",) in [headings for headings, _ in passages]


def test_three_column_multicol_page():
    passages = _passages(DATA / "columns_rt54" / "griep3.txt")
    text = "\n".join(body for _, body in passages)
    assert "maar moeheid kan langer blijven." in text
    assert text.index("Griep is een infectie") < text.index("Het virus gaat over") \
        < text.index("Rust veel") < text.index("Bel de huisarts")
    assert "Blijf thuis zolang u koorts heeft" in text


def test_four_column_multicol_page():
    passages = _passages(DATA / "columns_rt54" / "griep4.txt")
    assert [headings for headings, _ in passages][1:] == [
        ("Hoe krijgt u griep?",), ("Wat kunt u zelf doen?",), ("Wanneer belt u?",)]
    assert passages[2][1] == ("Rust veel en drink voldoende water of thee. Neem paracetamol tegen koorts "
                              "en pijn als dat nodig is. Blijf thuis zolang u koorts heeft, zodat u anderen niet besmet.")


def _columns(text: str) -> dict:
    return gutter_stretches(split_lines(text))


def test_inline_three_columns_split_at_gutters():
    text = (
        "De koorts zakt meestal na drie     Neem paracetamol als u pijn     Bel de huisarts als u\n"
        "dagen vanzelf. Blijf in bed en     of koorts heeft, niet meer      benauwd wordt of als de\n"
        "drink voldoende water of thee      dan zes tabletten per dag.      koorts na vijf dagen nog\n"
        "zolang u zich ziek voelt.          Lees altijd de bijsluiter.      niet is gezakt.\n"
    )
    [stretch] = _columns(text).values()
    assert [" ".join(line.text for line in column) for column in stretch.columns] == [
        "De koorts zakt meestal na drie dagen vanzelf. Blijf in bed en drink voldoende water of thee zolang u zich ziek voelt.",
        "Neem paracetamol als u pijn of koorts heeft, niet meer dan zes tabletten per dag. Lees altijd de bijsluiter.",
        "Bel de huisarts als u benauwd wordt of als de koorts na vijf dagen nog niet is gezakt.",
    ]


def test_table_of_short_cells_stays_a_table():
    text = (
        "Leeftijd     Dosis       Per dag\n"
        "0 - 1 jaar   60 mg       4 keer\n"
        "1 - 3 jaar   120 mg      4 keer\n"
        "3 - 6 jaar   240 mg      4 keer\n"
    )
    assert _columns(text) == {}


def test_two_columns_and_accidental_gaps_are_left_alone():
    two = (
        "Griep is een infectie met een virus.      Rust veel en drink voldoende water\n"
        "U wordt plotseling ziek met koorts en     of thee. Neem paracetamol tegen de\n"
        "spierpijn. Meestal bent u na een week     koorts als dat nodig is en blijf\n"
        "weer beter, maar moeheid blijft soms.     thuis zolang u koorts heeft.\n"
    )
    assert _columns(two) == {}
    accidental = (
        "Griep is een infectie.  U wordt ziek  met koorts en spierpijn, en meestal bent u\n"
        "na een week weer beter, maar de moeheid kan langer blijven en dan is rust goed\n"
        "voor u. Bel de huisarts als u benauwd wordt of als de koorts niet zakt.\n"
    )
    assert _columns(accidental) == {}
