"""Numbers, tables and schedules (red team 64, tests/data/redteam64_questions.md).

- a cell that spans rows or columns (`rowspan`, `colspan`, Word's merged cells through
  mammoth) was read in its first row only: the rows it covers ended in an empty cell, and the
  pharmacy's Friday phone hours read like Saturday's, which are none (2.2);
- a PDF table's row that leaves a cell empty (reportlab draws nothing there) has its cells in
  their columns, where the table's full rows agree on them (2.1a), and so does a schedule
  that LibreOffice sets without borders, its cells a word space apart where they fill their
  width: it ran into one paragraph (2.1b);
- a note that a star opens under a table ("* Kauwgom mag u …") keeps its star: it became a
  list's bullet, a rule of its own cut from the table (2.6);
- a word broken over two lines of a grid table's cell ("mitralis-" over "klep") is whole
  again, as in running text (2.5);
- a note under a table ("¹ …", "* …") is cut from it only where the table would be cut
  otherwise, and a table read from a page breaks as dearly as any table (2.4);
- a publisher set in capitals is cited as the text writes it in ordinary type (2.7);
- pandoc's title block (`<header id="title-block-header">`) names the sender and dates the
  page: it was taken for the site's header, and its "14 januari 2026" is in no `<meta>` (2.3).
"""

from pathlib import Path

from ingest.pipeline import ingest_leaflets

from tests.ingest_helpers import all_text, ingested_text

RT64 = Path(__file__).parent / "data" / "redteam64_leaflets"

BODY = "<p>De apotheek is open op werkdagen. Bel ons gerust met vragen over uw medicijnen of uw recept.</p>"


def _page(table: str) -> str:
    return (f"<html><head><title>Openingstijden</title></head><body><main><h1>Openingstijden</h1>{BODY}"
            f"<h2>Wanneer zijn wij open?</h2>{table}{BODY}</main></body></html>")


def test_a_cell_spanning_rows_is_read_in_each_row_it_covers(tmp_path):
    table = ("<table><tr><th>Dag</th><th>Balie</th><th>Telefoon</th></tr>"
             "<tr><td>maandag tot donderdag</td><td>08.00 – 18.00 uur</td><td rowspan='2'>08.30 – 17.00 uur</td></tr>"
             "<tr><td>vrijdag</td><td>08.00 – 20.00 uur</td></tr>"
             "<tr><td>zaterdag</td><td>10.00 – 13.00 uur</td><td></td></tr>"
             "<tr><td>zondag</td><td colspan='2'>gesloten</td></tr></table>")
    text = all_text(ingested_text(tmp_path, _page(table), "open.html"))
    assert "vrijdag | 08.00 – 20.00 uur | 08.30 – 17.00 uur" in text
    assert "zaterdag | 10.00 – 13.00 uur |\n" in text
    assert "zondag | gesloten | gesloten" in text


def test_a_row_of_one_cell_across_the_table_is_said_once(tmp_path):
    table = ("<table><tr><th>Dag</th><th>Balie</th><th>Telefoon</th></tr>"
             "<tr><td colspan='3'>Zomertijden</td></tr>"
             "<tr><td>maandag</td><td>08.00 – 18.00 uur</td><td>08.30 – 17.00 uur</td></tr>"
             "<tr><td>dinsdag</td><td>08.00 – 18.00 uur</td><td>08.30 – 17.00 uur</td></tr></table>")
    text = all_text(ingested_text(tmp_path, _page(table), "open.html"))
    assert text.count("Zomertijden") == 1


def test_a_long_spanned_cell_is_not_repeated(tmp_path):
    long = " ".join(["Bel bij twijfel altijd eerst de apotheek, ook in het weekend."] * 4)
    table = ("<table><tr><th>Dag</th><th>Balie</th><th>Opmerking</th></tr>"
             f"<tr><td>maandag</td><td>08.00 – 18.00 uur</td><td rowspan='2'>{long}</td></tr>"
             "<tr><td>dinsdag</td><td>08.00 – 18.00 uur</td></tr></table>")
    text = all_text(ingested_text(tmp_path, _page(table), "open.html"))
    assert text.count("Bel bij twijfel altijd eerst de apotheek") == 4


def test_red_team_64s_spanned_cells():
    [pharmacy] = ingest_leaflets(RT64 / "poliklinische-apotheek-openingstijden.html")
    text = all_text(pharmacy)
    assert "vrijdag | 08.00 – 20.00 uur | 08.30 – 17.00 uur" in text
    assert "zondag en feestdagen | gesloten | gesloten" in text
    [doses] = ingest_leaflets(RT64 / "koorts-pijnstilling-kind.docx")  # Word's merged cells
    text = all_text(doses)
    assert "30 – 40 kg | | 20 ml (480 mg) of 1 tablet van 500 mg | hoogstens 4 keer per 24 uur" in text
    assert text.count("hoogstens 4 keer per 24 uur, met minstens 6 uur ertussen") == 6
    # a table read from HTML is a block of rows like a list's items, and breaks as dearly as a table
    [table] = [passage for passage in doses.passages if "Gewicht van uw kind |" in passage.text]
    assert table.text.count("hoogstens 4 keer per 24 uur") == 6


GRID = """Streefgebied

Welke INR goed voor u is, hangt af van de reden waarom u antistolling gebruikt.

+-----------------------------------+----------------+
| Reden voor uw antistolling        | Streefgebied   |
+===================================+================+
| Mechanische hartklep (mitralis-   | 2,5 - 3,5      |
| klep of twee kunstkleppen)        |                |
+-----------------------------------+----------------+
| Ziekten van maag-                 | 2,0 - 3,0      |
| en darmen                         |                |
+-----------------------------------+----------------+
| Operatie aan de auto-             | 2,0 - 3,0      |
| immuunziekte                      |                |
+-----------------------------------+----------------+
"""


def test_a_word_broken_over_a_grid_cells_lines_is_whole_again(tmp_path):
    """"mitralis-" over "klep" read "mitralis- klep", and "mitralisklep" found nothing
    (redteam64_questions.md, 2.5); a hyphen that Dutch writes stays ("maag- en darmen")."""
    text = all_text(ingested_text(tmp_path, GRID, "inr.txt"))
    assert "Mechanische hartklep (mitralisklep of twee kunstkleppen) | 2,5 - 3,5" in text
    assert "Ziekten van maag- en darmen | 2,0 - 3,0" in text
    assert "Operatie aan de auto-immuunziekte | 2,0 - 3,0" in text


def _pandoc_page(author: str, date: str) -> str:
    return ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Welke prik krijgt uw kind?"
            "</title></head><body><header id='title-block-header'><h1 class='title'>Welke prik krijgt uw kind?"
            "</h1><p class='subtitle'>Het Rijksvaccinatieprogramma</p>"
            f"<p class='author'>{author}</p><p class='date'>{date}</p></header>"
            "<p>Op het consultatiebureau krijgt uw kind gratis vaccinaties. Die beschermen tegen ernstige "
            "infectieziekten.</p><h2>Het schema</h2><p>Met 14 maanden krijgt uw kind de BMR-prik. U krijgt "
            "voor elke vaccinatie een uitnodiging.</p></body></html>")


def test_pandocs_title_block_names_the_sender_and_dates_the_page(tmp_path):
    """pandoc writes a date it cannot parse ("14 januari 2026") into its title block only, and
    the block is a `<header>`, which every other step takes for the site's (2.3)."""
    item = ingested_text(tmp_path, _pandoc_page("GGD Kennemer-Waterland, Jeugdgezondheidszorg", "14 januari 2026"),
                         "prik.html")
    assert (item.leaflet.publisher, item.leaflet.updated) == ("GGD Kennemer-Waterland", "2026-01-14")
    [vaccines] = ingest_leaflets(RT64 / "vaccinatieschema-kind.html")
    assert (vaccines.leaflet.publisher, vaccines.leaflet.updated) == ("GGD Kennemer-Waterland", "2026-01-14")


def test_a_person_as_pandocs_author_is_no_publisher(tmp_path):
    item = ingested_text(tmp_path, _pandoc_page("Anna de Vries", "maart 2026"), "prik.html")
    assert (item.leaflet.publisher, item.leaflet.updated) == ("", "2026-03")


def test_a_note_under_a_table_stays_with_it(tmp_path):
    """The passage was cut between the vaccination table and its note "¹ De derde keer …", so
    the table lost its exception and the note read as a rule of its own (2.4)."""
    rows = "\n".join(f"| {age} | DKTP-Hib-HepB en Pneu | rotavirus | difterie, kinkhoest, tetanus, polio en Hib |"
                     for age in ("6 weken", "3 maanden", "5 maanden¹", "12 maanden", "14 maanden", "4 jaar",
                                 "9 jaar", "12 jaar"))
    story = ("Heeft u tijdens de zwangerschap de kinkhoestprik gehad? Dan krijgt uw baby de eerste prik met "
             "drie maanden. Kreeg u deze prik niet, dan begint uw baby al met twee maanden. ")
    text = (f"# Welke prik krijgt uw kind?\n\n## Het schema\n\n| Leeftijd | Prik | Druppels | Beschermt tegen |\n"
            f"|---|---|---|---|\n{rows}\n\n¹ De derde keer rotavirusdruppels is alleen nodig bij RotaTeq.\n\n"
            f"{story}\n\n{story}\n\n{story}\n")
    item = ingested_text(tmp_path, text, "prik.md")
    [table] = [passage for passage in item.passages if "| Leeftijd |" in passage.text or "Leeftijd |" in passage.text]
    assert "¹ De derde keer rotavirusdruppels" in table.text  # without the cost of its break: the next passage's
    assert len(item.passages) == 2


def test_a_publisher_in_capitals_is_cited_as_the_text_writes_it():
    """"TROMBOSEDIENST NOORDWEST-VELUWE" over the title, "Trombosedienst Noordwest-Veluwe,
    afdeling Patiëntenzorg" under it (2.7)."""
    [item] = ingest_leaflets(RT64 / "trombosedienst-doseerschema.txt")
    assert item.leaflet.publisher == "Trombosedienst Noordwest-Veluwe"


def test_a_publisher_only_in_capitals_stays_so():
    from ingest.pipeline import _as_written

    text = "TROMBOSEDIENST NOORDWEST-VELUWE\nBel de Trombosedienst bij een bloeding. Noordwest-Veluwe ligt ver."
    assert _as_written("TROMBOSEDIENST NOORDWEST-VELUWE", text) == "TROMBOSEDIENST NOORDWEST-VELUWE"
    assert _as_written("TROMBOSEDIENST NOORDWEST-VELUWE", text, "Trombosedienst\nNoordwest-Veluwe | Harderwijk") \
        == "Trombosedienst Noordwest-Veluwe"
    assert _as_written("UZ Gent", "UZ GENT") == "UZ Gent"
    assert _as_written("RIVM", "zie www.rivm.nl/griepprik") == "RIVM"  # an abbreviation
    assert _as_written("HUISARTSENPOST", "belt u de huisartsenpost") == "HUISARTSENPOST"  # a word, no name
    assert _as_written("APOTHEEK DE ZON", "ga naar apotheek de zon. Apotheek De Zon is open.") == "Apotheek De Zon"


def test_a_pdf_tables_empty_cells_stay_in_their_columns():
    """reportlab leaves an empty cell out of the page: "lager dan 7,8", the value for pregnancy
    diabetes, stood under the column of diabetes type 1 or 2, and rows of three full cells ran
    into one line (2.1a)."""
    [item] = ingest_leaflets(RT64 / "bloedsuiker-streefwaarden.pdf")
    rows = [line for passage in item.passages for line in passage.text.split("\n") if " |" in line]
    assert "1 uur na het begin van de maaltijd | | lager dan 7,8" in rows
    assert "Voor de lunch en het avondeten | 4,0 – 7,0 |" in rows
    assert "2 uur na de maaltijd | lager dan 10,0 | lager dan 6,7" in rows
    assert "HbA1c (bloedprik in het lab, in mmol/mol) | 53 of lager¹ | 42 of lager" in rows


def test_a_libreoffice_schedule_is_read_row_by_row():
    """pandoc → ODT → LibreOffice sets a schedule without borders; where a cell fills its
    width the next stands a word space after it, and rows leave the day empty where they go on
    with it. The whole schedule ran into one paragraph, "Dosis 2" marked for the first dose's
    question (2.1b)."""
    [item] = ingest_leaflets(RT64 / "darmvoorbereiding-coloscopie.pdf")
    rows = [line for passage in item.passages for line in passage.text.split("\n") if " |" in line]
    assert rows == [
        "Wanneer | Hoe laat | Wat doet u?",
        "3 dagen voor het onderzoek | | Eet vezelarm: geen volkorenbrood, geen pitjes, zaden of noten, "
        "geen rauwe groente en geen fruit met schil.",
        "De dag voor het onderzoek | 08.00 uur | Licht ontbijt, bijvoorbeeld witbrood met kaas of een beschuit met jam.",
        "12.00 uur | Lichte lunch; daarna eet u niets meer tot na het onderzoek.",
        "18.00 uur | Dosis 1: drink 500 ml Plenvu in 30 minuten, daarna minstens 500 ml helder vocht.",
        "De dag van het onderzoek | 05.00 uur | Dosis 2: drink 500 ml Plenvu in 30 minuten, daarna minstens 500 ml "
        "helder vocht.",
        "tot 07.00 uur | U mag nog helder vocht drinken. Daarna drinkt u niets meer.",
    ]


def _cells(*rows: tuple[str, ...], columns=(74.0, 212.0, 292.0)) -> list:
    """The pieces of rows set at `columns` (each row's pieces: one per column, "" for an empty
    cell, a line of its own for every further tuple), 14 points apart from y 700 down."""
    from ingest.pdf.geometry import Fragment

    return [Fragment(text, x, 700.0 - 14 * number, 12.0, False)
            for number, row in enumerate(rows) for text, x in zip(row, columns) if text]


def _schedule(*rows: tuple[str, ...], columns=(74.0, 212.0, 292.0)) -> list[str]:
    """The lines that rows set at `columns` are read as (`_cells`)."""
    from ingest.pdf.lines import group_lines

    return [line.text for line in group_lines(_cells(*rows, columns=columns))]


def test_a_tables_columns_go_on_through_rows_that_leave_a_cell_empty():
    lines = _schedule(("Wanneer", "Hoe laat", "Wat doet u?"),
                      ("De eerste dag van de kuur", "", "Eet licht, geen vet of gebakken eten."),
                      ("", "", "Drink veel water."),  # the cell above goes on
                      ("De tweede dag van de kuur", "08.00 uur", "Drink de eerste dosis."),
                      ("", "12.00 uur", "Drink de tweede dosis."),
                      ("De dag van het onderzoek", "07.00 uur", "Drink niets meer."))
    assert lines == ["Wanneer  Hoe laat  Wat doet u?",
                     "De eerste dag van de kuur  Eet licht, geen vet of gebakken eten. Drink veel water.",
                     "De tweede dag van de kuur  08.00 uur  Drink de eerste dosis.",
                     "12.00 uur  Drink de tweede dosis.",
                     "De dag van het onderzoek  07.00 uur  Drink niets meer."]


def test_a_line_under_a_table_that_keeps_to_no_column_is_left_alone():
    """Text under the table that starts at its first column and runs on across the others is
    no row: its words are not cut where the table's cells start."""
    lines = _schedule(("Wanneer", "Hoe laat", "Wat doet u?"),
                      ("De dag voor het onderzoek", "08.00 uur", "Licht ontbijt."),
                      ("Is uw onderzoek later? Neem dan dosis 1 om 19.00 uur en drink tot 09.00 uur.",),
                      columns=(74.0, 212.0, 292.0))
    assert lines[-1] == "Is uw onderzoek later? Neem dan dosis 1 om 19.00 uur en drink tot 09.00 uur."


def test_a_paragraph_under_a_table_is_not_cut_where_a_piece_starts_at_a_column():
    """A link or a bold word of the paragraph under a table may start within a point of a
    column: the paragraph's words run on with a word space before it, no cell's gap."""
    from ingest.pdf.geometry import Fragment
    from ingest.pdf.lines import group_lines

    rows = (("Wanneer", "Hoe laat", "Wat doet u?"), ("Maandag", "08.00 uur", "Eet licht."),
            ("Dinsdag", "12.00 uur", "Drink veel."))
    fragments = _cells(*rows) + [
        Fragment("Neem contact op met de ", 74.0, 658.0, 12.0, False),
        Fragment("afdeling als u vragen heeft over het schema.", 212.5, 658.0, 12.0, True),
        Fragment("Dat kan op werkdagen van 8 tot 17 uur via het ", 74.0, 644.0, 12.0, False),
        Fragment("nummer op de achterkant.", 292.4, 644.0, 12.0, False),
        Fragment("Vragen over dit schema?", 74.0, 630.0, 12.0, False),  # two cells, not in its columns
        Fragment("Bel de polikliniek: 020 123 45 67.", 380.0, 630.0, 12.0, False)]
    lines = [line.text for line in group_lines(fragments)]
    assert lines[:3] == _schedule(*rows)
    assert lines[3:] == ["Neem contact op met de afdeling als u vragen heeft over het schema.",
                         "Dat kan op werkdagen van 8 tot 17 uur via het nummer op de achterkant.",
                         "Vragen over dit schema? Bel de polikliniek: 020 123 45 67."]


def test_a_note_under_a_table_keeps_its_star():
    """In the PDFs and the text file the note under the table read "• Kauwgom mag u …", a list
    of one; in the .docx and the HTML it kept its "*" (2.6)."""
    for name, note in (("nuchter-voor-operatie.pdf", "* Kauwgom mag u op de dag van de operatie"),
                       ("darmvoorbereiding-coloscopie.pdf", "* Is uw onderzoek om 12.00 uur of later?"),
                       ("trombosedienst-doseerschema.txt", "* Neem de tabletten elke dag")):
        [item] = ingest_leaflets(RT64 / name)
        assert any(line.startswith(note) for line in all_text(item).split("\n")), name


WEEK = ("Dag         Tabletten    Opmerking\n"
        "maandag     2            voor het eten\n"
        "dinsdag     1            na het eten\n"
        "woensdag    2            voor het eten\n\n")


def _under_a_table(tmp_path, after: str) -> str:
    tmp_path.mkdir(exist_ok=True)
    return all_text(ingested_text(tmp_path, "Uw schema\n\nDit is uw schema voor de week.\n\n" + WEEK + after,
                                  "schema.txt"))


def test_a_list_of_stars_under_a_table_is_a_list(tmp_path):
    text = _under_a_table(tmp_path / "stars", "* Neem de tabletten met water in.\n* Bel ons als u er een vergeet.\n")
    assert "• Neem de tabletten met water in." in text and "• Bel ons als u er een vergeet." in text
    # a star item over items of another mark is one list with them
    text = _under_a_table(tmp_path / "mixed", "* Neem de tabletten met water in.\n- Bel ons als u er een vergeet.\n"
                                              "- Eet gezond.\n")
    assert "• Neem de tabletten met water in.\n• Bel ons als u er een vergeet.\n• Eet gezond." in text


def test_a_star_item_over_a_nested_one_is_no_note(tmp_path):
    """"** in de verpakking" under "* Uw medicijnen" is an item of a nested list, and a star
    item follows it: the list is no table's notes."""
    text = _under_a_table(tmp_path, "* Uw medicijnen\n** in de verpakking\n* Uw verzekeringspas\n\nMeer tekst.\n")
    assert "• Uw medicijnen" in text and "• Uw verzekeringspas" in text


def _filled(html: str) -> list[list[str]]:
    import lxml.html

    from ingest.html.spanned_cells import fill_spanned_cells

    tree = lxml.html.fromstring(html)
    fill_spanned_cells(tree)
    return [[cell.text_content().strip() for cell in row if cell.tag in ("td", "th")] for row in tree.iter("tr")]


def test_spans_keep_every_cell_in_its_column():
    """A cell that is not repeated (empty, or a long text) still takes the columns it spans, a
    short row still has the spanned cell beside it, and a span ends with its group."""
    assert _filled("<table><tr><th colspan=2></th><th rowspan=2>Telefoon</th></tr>"
                   "<tr><td>ma</td><td>8-17</td></tr><tr><td>di</td><td>8-17</td><td>9-12</td></tr></table>") == [
        ["", "", "Telefoon"], ["ma", "8-17", "Telefoon"], ["di", "8-17", "9-12"]]
    assert _filled("<table><tr><td>ma</td><td>arts</td><td rowspan=2>9-17</td></tr><tr><td>D</td></tr>"
                   "<tr><td>di</td><td>x</td><td>10</td></tr></table>") == [
        ["ma", "arts", "9-17"], ["D", "", "9-17"], ["di", "x", "10"]]
    assert _filled("<table><tr><th>Dag</th><th>Wie</th><th>Tijd</th></tr><tr><td>ma</td><td>arts</td>"
                   "<td rowspan=2>9-17</td></tr><tr><td colspan=2></td></tr>"
                   "<tr><td>di</td><td>verpleegkundige</td><td>10-12</td></tr></table>")[-1] == [
        "di", "verpleegkundige", "10-12"]
    assert _filled("<table><thead><tr><th rowspan=2>Dag</th><th>Tijd</th></tr></thead>"
                   "<tbody><tr><td>ma</td><td>9</td></tr></tbody></table>") == [["Dag", "Tijd"], ["ma", "9"]]
    assert _filled("<table><tr><td>ma</td><td rowspan=999>9-17</td></tr><tr><td>di</td></tr></table>") == [
        ["ma", "9-17"], ["di"]]  # a span past MAX_SPAN is a markup error: no shared value


def test_a_row_whose_cells_stand_in_another_box_is_read_as_it_is(tmp_path):
    page = _page("<table><tr><th>Dag</th><th>Telefoon</th></tr><tr><td>maandag</td><td rowspan=2>08.30 – 17.00 uur"
                 "</td></tr><tr><form><td>dinsdag</td></form></tr></table>")
    assert "dinsdag" in all_text(ingested_text(tmp_path, page, "open.html"))


def test_a_grid_cell_whose_first_line_is_empty_is_read(tmp_path):
    """A row whose first cell opens with an empty line: no word of it to join a broken word to."""
    grid = ("Streefgebied\n\nWelke INR goed voor u is, hangt af van de reden.\n\n"
            "+------------------+-----------------+\n| Reden            | Streefgebied    |\n"
            "+==================+=================+\n|                  | 2,5 - 3,5       |\n"
            "| Mechanische klep | bij hoog risico |\n+------------------+-----------------+\n"
            "| Boezemfibrilleren| 2,0 - 3,0       |\n+------------------+-----------------+\n")
    assert "Mechanische klep | 2,5 - 3,5 bij hoog risico" in all_text(ingested_text(tmp_path, grid, "inr.txt"))
