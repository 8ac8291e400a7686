"""A flashcard deck's notes exported as text, front TAB HTML back (red team 47, finding 2.2)."""

from pathlib import Path

from ingest.note_export import is_note_export, read_notes
from ingest.pipeline import ingest_leaflets

LEAFLETS = Path(__file__).parent / "data" / "redteam47_leaflets"

# ankipandas's shape: a note a line, the back's own line breaks kept
DECK = (
    "Zorg na een tand trekken\t<p>Mondzorgpraktijk De Brug, Assen</p>\n"
    "<p>Laatst bijgewerkt: 4 maart 2026</p>\n"
    "De eerste dag\t<p>Spoel de eerste dag niet en eet aan de andere kant.\n"
    "Neem zo nodig paracetamol.</p>\n"
    "Bloeden\t<p>Bijt een half uur op een opgerold gaasje.</p>\n"
    "<ul>\n<li>Ga rechtop zitten.</li>\n<li>Rook niet.</li>\n</ul>\n"
    "Wanneer bellen\t<p>Bel ons als het na een dag nog bloedt of als u koorts krijgt.</p>\n"
)

# Anki's own export: header lines, a quoted field over several lines, a tags column
ANKI_DECK = (
    "#separator:tab\n#html:true\n#tags column:3\n"
    "Zorg na een tand trekken\t\"<p>Mondzorgpraktijk De Brug, Assen</p>\n<p>Laatst bijgewerkt: 4 maart 2026</p>\"\tfolder\n"
    "De eerste dag\t\"<p>Spoel de eerste dag niet en eet aan de andere kant.</p>\n<p>Neem zo nodig paracetamol.</p>\"\tfolder\n"
    "Bloeden\t<p>Bijt een half uur op een opgerold gaasje.</p><ul><li>Ga rechtop zitten.</li><li>Rook niet.</li></ul>\tfolder\n"
    "Wanneer bellen\t<p>Bel ons als het na een dag nog bloedt.</p>\tfolder\n"
)


def _read(tmp_path: Path, text: str, name: str = "folder.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [item] = ingest_leaflets(path, root=tmp_path)
    return item


def _all_text(item) -> str:
    return "\n".join(passage.text for passage in item.passages)


def test_a_note_export_is_read_as_its_html_with_each_front_a_heading(tmp_path):
    item = _read(tmp_path, DECK)
    assert item.leaflet.title == "Zorg na een tand trekken"
    assert item.leaflet.publisher == "Mondzorgpraktijk De Brug"
    assert item.leaflet.updated == "2026-03-04"
    headings = {heading for passage in item.passages for heading in passage.headings}
    assert {"De eerste dag", "Bloeden", "Wanneer bellen"} <= headings
    text = _all_text(item)
    assert "<" not in text and ">" not in text
    assert "Spoel de eerste dag niet en eet aan de andere kant. Neem zo nodig paracetamol." in text
    bleeding = next(passage for passage in item.passages if "Bloeden" in passage.headings)
    assert "Ga rechtop zitten." in bleeding.text and "Wanneer bellen" not in bleeding.text


def test_ankis_own_export_its_header_quoting_and_tags_column(tmp_path):
    notes = read_notes(ANKI_DECK)
    assert [note.front for note in notes] == ["Zorg na een tand trekken", "De eerste dag", "Bloeden", "Wanneer bellen"]
    assert all("folder" not in note.back for note in notes)
    assert "<p>Neem zo nodig paracetamol.</p>" in notes[1].back
    item = _read(tmp_path, ANKI_DECK)
    assert item.leaflet.title == "Zorg na een tand trekken"
    assert {"De eerste dag", "Bloeden"} <= {heading for passage in item.passages for heading in passage.headings}
    text = _all_text(item)
    assert "#separator" not in text and "folder" not in text and "<" not in text
    assert "Neem zo nodig paracetamol." in text and "Rook niet." in text


def test_the_red_team_deck(tmp_path):
    [item] = ingest_leaflets(LEAFLETS / "kunstgebit.txt", root=LEAFLETS)
    assert item.leaflet.title == "Uw kunstgebit verzorgen"
    assert item.leaflet.publisher == "Tandprothetische Praktijk Van Dijk"
    assert [passage.headings[-1] for passage in item.passages][:3] == [
        "Een nieuw kunstgebit", "Drukplekken", "Dagelijks schoonmaken"]
    text = _all_text(item)
    assert "<" not in text
    assert "controle van mond en gebit | 1 keer per jaar" in text


def test_a_leaflet_that_quotes_a_tag_stays_text():
    text = ("Websites bouwen voor ouderen\n\nZet elke alinea in een <p>-tag en elke opsomming in <ul>.\n"
            "Kop\tUitleg met een tab en een <br> ertussen.\n")
    assert not is_note_export(text)


def test_a_spreadsheets_rows_are_no_notes():
    text = "Wat\tHoe vaak\ncontrole\t1 keer per jaar\nopvullen\tals het los zit\nnieuw gebit\tna 5 jaar\n"
    assert not is_note_export(text)


def test_a_deck_whose_first_line_opens_no_note_is_no_export():
    assert not is_note_export("Inleiding over het gebit\n" + DECK)
    assert is_note_export(DECK)


def test_broken_input_does_not_crash():
    for text in ("", "\t\n", "\t<p>a</p>\n<p>b</p>\n<p>c</p>\n<p>d</p>\n",
                 "#separator:tab\n\"open\tquote <p>\x00</p>\n", "#separator:comma\na,<p>b</p>\n"):
        is_note_export(text)
        read_notes(text)
