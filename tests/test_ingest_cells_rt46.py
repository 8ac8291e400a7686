"""Red team 46: tables that word-processor converters write a cell a paragraph (docxpy, rtf-parser,
@iarna/rtf-to-html), as CSV lines (haystack) or under a merged title row on a line of its own
(ezodf, odf2pod). A short cell was read as a section heading over the section's next paragraph,
and a title row took the section from its own heading."""

from __future__ import annotations

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam46_leaflets"
INTRO = ("De eerste keer krijgt u de behandeling in het ziekenhuis. Daarna kunt u het thuis doen. "
         "De verpleegkundige legt het u rustig uit.")
AFTER = "Neem het middel elke dag op dezelfde tijd in. Stop niet zelf zonder overleg met uw arts."
LAST = "Bel ons gerust als u vragen heeft. Wij zijn op werkdagen bereikbaar van 9 tot 17 uur."


def _ingest(tmp_path: Path, text: str, name: str = "folder.txt"):
    return ingest_file_as(tmp_path, name, text)


def _leaflet(table: list[str], gap: str = "\n\n") -> str:
    """A leaflet of paragraphs between blank lines, `table`'s lines `gap` apart in its second section."""
    return "\n\n".join(["Behandeling met tabletten", "Polikliniek Interne Geneeskunde, Ziekenhuis Noordwest",
                       "Laatst bijgewerkt: 3 maart 2026", "1 Wat is het?", INTRO, "2 Hoe neemt u het in?", INTRO,
                       gap.join(table), AFTER, "3 Contact", LAST]) + "\n"


def _passage(item, words: str):
    return next(p for p in item.passages if words in p.text)


def _headings(item) -> list[str]:
    return [h for p in item.passages for h in p.headings]


def test_cells_a_paragraph_whose_columns_share_a_unit_make_rows(tmp_path: Path) -> None:
    cells = ["Dosering en tijd", "Sterkte van de tablet", "Aantal per dag",
             "10 milligram", "3 tabletten", "20 milligram", "2 tabletten", "40 milligram", "1 tablet"]
    item = _ingest(tmp_path, _leaflet(cells))
    passage = _passage(item, AFTER)
    assert passage.headings[-1] == "2 Hoe neemt u het in?"
    assert "Sterkte van de tablet | Aantal per dag" in passage.text
    assert "40 milligram | 1 tablet" in passage.text
    assert "1 tablet" not in _headings(item) and "Dosering en tijd" not in _headings(item)


def test_html_paragraph_cells_whose_column_opens_with_one_word(tmp_path: Path) -> None:
    cells = ["Wat", "Wanneer weer", "Zwaar tillen", "Na 2 dagen", "Douchen", "Na 24 uur",
             "Zwemmen of in bad", "Na 2 weken", "Fietsen", "Na een week, rustig aan"]
    body = "".join(f"<p>{text}</p>\n" for text in [
        "Na de ingreep", "Zo herstelt u", "Uitgave: maart 2026", "Rust", INTRO, "Weer aan de slag", INTRO,
        *cells, AFTER, "Vragen?", LAST])
    item = _ingest(tmp_path, f"<html><head><title>Na de ingreep</title></head><body>{body}</body></html>",
                   "folder.html")
    passage = _passage(item, AFTER)
    assert passage.headings[-1] == "Weer aan de slag"
    assert "Fietsen | Na een week, rustig aan" in passage.text
    assert "Na een week, rustig aan" not in _headings(item)


def test_csv_lines_are_table_rows(tmp_path: Path) -> None:
    rows = ["Wie krijgt het?,Wie krijgt het?", "Groep,Wanneer", "Kinderen van 9 jaar,Uitnodiging in het najaar",
            "Volwassenen,Op verzoek bij de huisarts", "Gemiste afspraak,Tot 18 jaar gratis inhalen"]
    item = _ingest(tmp_path, _leaflet(rows, gap="\n"))
    passage = _passage(item, AFTER)
    assert passage.headings[-1] == "2 Hoe neemt u het in?"
    assert "Groep | Wanneer" in passage.text and "Gemiste afspraak | Tot 18 jaar gratis inhalen" in passage.text
    assert not any("," in heading and "Gemiste" in heading for heading in _headings(item))


def test_decimal_commas_and_prose_commas_are_no_csv(tmp_path: Path) -> None:
    lines = ["Neem 2,5 mg per dag", "Neem 7,5 mg per week", "Neem 12,5 mg per maand"]
    item = _ingest(tmp_path, _leaflet(lines, gap="\n"))
    assert "2 | 5 mg" not in " ".join(p.text for p in item.passages)


def test_merged_title_row_over_tab_rows_is_a_caption(tmp_path: Path) -> None:
    table = ["Schema\t\t", "Fase\tPeriode\tWat eet u", "1. Vloeibaar\tWeek 1\tWater en bouillon",
             "2. Gemalen\tWeek 2 en 3\tVla en kwark", "3. Zacht\tWeek 4 tot 6\tZacht vlees"]
    item = _ingest(tmp_path, _leaflet(table, gap="\n"))
    passage = _passage(item, "Vla en kwark")
    assert passage.headings[-1] == "2 Hoe neemt u het in?"
    assert "Schema" not in _headings(item)


def test_labels_beside_sentences_under_a_two_label_header(tmp_path: Path) -> None:
    table = ["What", "How", "Cooling", "Put a cold towel on the itchy skin.", "Cream",
             "Apply a cream with menthol twice a day.", "Tablet", "A tablet against itching can help at night.",
             "Nails", "Keep the nails of children short."]
    text = "\n".join(["Itchy skin after swimming", "Health Service North", "Published: June 2026",
                      "What is it?", INTRO, "What can you do?", INTRO, *table, AFTER, "Contact", LAST]) + "\n"
    item = _ingest(tmp_path, text)
    passage = _passage(item, "Keep the nails")
    assert passage.headings[-1] == "What can you do?"
    assert "Cooling | Put a cold towel on the itchy skin." in passage.text
    assert not {"Cooling", "Cream", "Tablet", "Nails"} & set(_headings(item))


def test_a_heading_over_a_subheading_stays_a_heading(tmp_path: Path) -> None:
    text = "\n".join(["Itchy skin after swimming", "Health Service North", "Published: June 2026",
                      "What is it?", INTRO, "Side effects", "Fever", "Take paracetamol when you have a fever and rest.",
                      "Headache", "Drink water and lie down in a dark room for an hour.",
                      "Nausea", "Eat small meals and drink small sips of water.", "Contact", LAST]) + "\n"
    item = _ingest(tmp_path, text)
    assert "Fever | Take paracetamol" not in " ".join(p.text for p in item.passages)


def test_a_question_over_a_header_heads_its_section(tmp_path: Path) -> None:
    cells = ["Wat doet u zelf?", "Klacht", "Wat kunt u doen?", "haren op de huid",
             "plak de haren eraf met tape en spoel de huid met lauw water", "jeuk",
             "gebruik een verkoelende crème met mentholgel", "haren in de ogen",
             "spoel de ogen met ruim lauw water en wrijf niet", "haren op kleding", "was de kleding op 60 graden"]
    text = "\n".join(["Eikenprocessierups", "GGD Noord", "Laatst bijgewerkt: 3 maart 2026", "Wat is het?",
                      INTRO, *cells, AFTER, "Contact", LAST]) + "\n"
    item = _ingest(tmp_path, text)
    assert _passage(item, "plak de haren").headings[-1] == "Wat doet u zelf?"


def test_red_team_leaflets_keep_their_section_headings() -> None:
    for name, words, heading in [
            ("winterdepressie.txt", "Zit op ongeveer 50 centimeter", "3 Hoe gaat de behandeling?"),
            ("bloed-geven.html", "Wordt u na de donatie duizelig", "Na de donatie"),
            ("menacwy.txt", "Heeft uw kind de prik gemist?", "3 De vaccinatie"),
            ("zwemmersjeuk-en.txt", "Put a cold, wet flannel", "What can you do yourself?"),
            ("maagverkleining.txt", "Gepureerd | Week 2 en 3", "Het schema na de operatie")]:
        item = ingest_file(LEAFLETS / name, root=LEAFLETS)
        assert _passage(item, words).headings[-1] == heading, name
