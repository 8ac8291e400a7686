"""Review of session 51's ingest changes: ordinary leaflets read wrongly, and a slow path.

- a leaflet that opens with its doctor's contact block (a titled name, street, postcode) and
  greets its reader as a group ("Beste patiënt,"): the block was read as an addressee's, left out
  with a false warning that a patient's details were removed; a greeting that names no person
  ("Beste patiënt,", "Dear parents,") now closes no letter head (a subject line still does);
- a poster-style leaflet all in capitals, in short lines, that ends with its campaign's hashtags
  and the hospital's handle ("#HANDENWASSEN", "@STJANSDAL"): the sign opening those words was
  counted as a braille sign, and the poster got the braille-ready warning; hashtags and handles are
  now left out of the count, as addresses are;
- a date line whose version number follows a colon ("Versie: 3, 1 januari 2024"): the number was
  read only right after the label word ("Versie 3, ..."), so the leaflet lost its date;
- a leaflet that quotes an example letter ("Voorbeeldbrief aan uw werkgever:", "Geachte
  heer/mevrouw," … "Met vriendelijke groet,"): its closing words were taken for the end of the
  leaflet, and the sections after them lost their headings; closing words now end the sections
  only where no more paragraphs of sentences follow them (a sender's name, role and address);
- `ingest.dates.opens_with_date_label` on a line indented far that opens with no label: the
  pattern's leading `[ \t]*` gave back one blank at a time and tried every label after each
  (quadratic in the indent); the indent is now stripped before one match.

The timings are measured in a script, not here; these tests pin what the faster code reads.
"""

from leaflet_files import ingest_file_as

from ingest.braille_text import is_braille_ready
from ingest.dates import find_updated, opens_with_date_label
from ingest.letter_head import without_letter_head
from ingest.source import SourceText

BODY = ("U gebruikt bloedverdunners en u krijgt binnenkort een ingreep. Bloedverdunners verkleinen de kans op\n"
        "een trombose, maar ze vergroten de kans op een bloeding.\n\nStoppen voor de ingreep\n\n"
        "Uw arts vertelt u hoeveel dagen voor de ingreep u stopt. Stop nooit op eigen houtje.\n")


def test_a_doctors_contact_block_over_a_greeting_to_every_reader_is_kept():
    for greeting in ("Beste patiënt,", "Geachte patiënt,", "Beste ouders en verzorgers,", "Dear patient,"):
        text = f"Dr. A. de Vries, internist\nZiekenhuislaan 1\n1234 AB Stad\n\n{greeting}\n\n{BODY}"
        letter = without_letter_head(SourceText(text))
        assert not letter.personal and letter.source.text == text


def test_a_greeting_that_names_the_addressee_still_closes_the_head():
    for greeting in ("Geachte mevrouw Jansen,", "Beste Selin,", "Geachte heer/mevrouw,", "Dear Sir or Madam",
                     "Geachte De heer R. Wiersma,"):
        text = f"Mevrouw A. Jansen\nBergweg 4\n6711 AE Ede\n\n{greeting}\n\n{BODY}"
        letter = without_letter_head(SourceText(text))
        assert letter.personal and "Jansen" not in letter.source.text


def test_an_indented_line_reads_as_the_same_line_unindented():
    lines = ["Datum", "Datum: 12 maart 2025", "Versie: 3, 1 januari 2024", "Laatst bijgewerkt",
             "Uitgave: voorjaar", "Versie voor kinderen", "Datumx", "x", "Gepubliceerd op 4 mei 2024",
             "Datum van uitgave maart 2024", "Wat u zelf kunt doen"]
    expected = [True, True, True, True, True, False, False, False, True, True, False]
    for indent in ("", " ", "\t", " \t" * 100, " " * 200):
        assert [opens_with_date_label(indent + line) for line in lines] == expected


POSTER = ("HANDEN WASSEN!\n\nWAAROM?\nBACTERIËN ZITTEN OVERAL.\nOOK OP UW HANDEN.\nZE KUNNEN INFECTIES GEVEN.\n\n"
          "WANNEER?\nVOOR HET ETEN.\nNA HET TOILETBEZOEK.\nNA HET NIEZEN OF HOESTEN.\nVOOR U EEN PATIËNT BEZOEKT.\n\n"
          "HOE?\nMAAK UW HANDEN NAT.\nGEBRUIK ZEEP.\nWRIJF 30 SECONDEN.\nVERGEET UW DUIMEN NIET!\n"
          "SPOEL AF MET WATER.\nDROOG AF MET EEN PAPIEREN DOEKJE.\n\nGEEN WATER IN DE BUURT?\nGEBRUIK HANDALCOHOL!\n\n"
          "#HANDENWASSEN #SAMENSCHOON\nVOLG ONS: @STJANSDAL\n")


def test_a_poster_in_capitals_with_hashtags_is_print():
    assert not is_braille_ready(POSTER)
    assert not is_braille_ready(POSTER.lower())


def test_braille_signs_inside_words_still_count_beside_hashtags():
    words = "vo?t onderz{k ?e\n" * 20
    assert is_braille_ready(f"#handenwassen @stjansdal\n{words}")


def test_a_version_number_after_a_colon_still_dates_the_leaflet():
    assert find_updated("Versie: 3, 1 januari 2024") == "2024-01-01"
    assert find_updated("Versie: 3 – januari 2024") == "2024-01"
    assert find_updated("Version: 2.1, 5 March 2025") == "2025-03-05"
    assert find_updated("Versie: 1 januari 2024") == "2024-01-01"  # a day, no version number
    assert find_updated("Versie: 3") == ""


EXAMPLE_LETTER = (
    "Terug naar uw werk na een hartinfarct\n\nUw werkgever informeren\n\nU hoeft uw werkgever niet te vertellen wat "
    "uw ziekte is. Veel patiënten zetten in een korte brief wat zij wel en niet kunnen.\n\n"
    "Voorbeeldbrief aan uw werkgever:\n\nGeachte heer/mevrouw,\n\nHet gaat nu beter met mij. Ik wil graag in "
    "overleg met de bedrijfsarts mijn werk weer opbouwen.\n\nMet vriendelijke groet,\n\n[uw naam]\n\n"
    "Hartrevalidatie\n\nNa een hartinfarct krijgt u meestal een verwijzing voor hartrevalidatie. U traint onder "
    "begeleiding van een fysiotherapeut.\n\nVragen?\n\nHeeft u nog vragen? Bel dan de polikliniek Cardiologie op "
    "werkdagen van 8.30 tot 16.30 uur.\n")


def test_sections_after_a_quoted_example_letter_keep_their_headings(tmp_path):
    item = ingest_file_as(tmp_path, "werk.txt", EXAMPLE_LETTER)
    headings = [passage.headings[-1] for passage in item.passages if passage.headings]
    assert "Hartrevalidatie" in headings and "Vragen?" in headings
    text = " ".join(passage.text for passage in item.passages)
    assert "Met vriendelijke groet" in text and "fysiotherapeut" in text


def test_a_letters_closing_still_ends_its_sections(tmp_path):
    letter = ("Uw afspraak op de polikliniek\n\nGeachte mevrouw,\n\nU heeft een afspraak op de polikliniek "
              "Cardiologie. Neem uw medicijnen mee.\n\nVoorbereiding\n\nU hoeft niet nuchter te zijn. Neem een "
              "lijst van uw medicijnen mee.\n\nMet vriendelijke groet,\n\nDr. A. Jansen\n\nCardioloog\n\n"
              "Polikliniek Cardiologie\n\nDeze brief is automatisch gemaakt en daarom niet ondertekend.\n")
    item = ingest_file_as(tmp_path, "afspraak.txt", letter)
    headings = {heading for passage in item.passages for heading in passage.headings}
    assert not headings & {"Dr. A. Jansen", "Cardioloog", "Polikliniek Cardiologie"}


def test_a_sheet_with_a_row_of_empty_cells_reads(tmp_path):
    """csvlook's sheet (a made-up column name "b") with a row of empty cells made the next row's
    check read a column that had no cell (IndexError): the plain reader must read it."""
    from ingest.clean import clean
    from ingest.text import load_text

    sheet = ("| Titel van de folder | b                          |\n"
             "| ------------------- | -------------------------- |\n"
             "|                     | Eerste zin van de tekst.   |\n"
             "|                     |                            |\n"
             "| KOPJE               |                            |\n"
             "|                     | Tweede zin van de tekst.   |\n")
    text = clean(load_text(sheet.encode("utf-8"), tmp_path / "blad.txt")).text
    assert "Eerste zin van de tekst." in text and "Tweede zin van de tekst." in text


def test_columns_are_found_after_runs_that_part_too_few_lines():
    """The two-column reader read the rest of the text again for every line of a run that parts
    too few lines at a column (2,000 lines of two equal gaps: over a minute); it now skips the run's
    lines at that column, which finds the same stretches."""
    from ingest.clean.columns import column_stretches
    from ingest.clean.lines import split_lines

    left = ["De wond moet de eerste dagen", "droog blijven. Daarna mag u", "weer douchen, maar niet in",
            "bad of in het zwembad gaan.", "Bel bij koorts de afdeling."]
    right = ["Neem bij pijn paracetamol,", "tot vier keer per dag een", "tablet van 500 milligram.",
             "Gebruik geen ibuprofen als", "u ook bloedverdunners neemt."]
    equal_gaps = [f"{'Een zin':<32}    {'in kolom twee':<20}    in kolom drie"] * 40  # the gap is not the widest
    text = "\n".join([*equal_gaps, "Deze regel loopt over de hele breedte van de pagina en deelt niets.",
                      *(f"{a:<32}    {b}" for a, b in zip(left, right))]) + "\n"
    found = column_stretches(split_lines(text))
    assert list(found) == [41]
    assert [[line.text for line in column] for column in found[41].columns] == [left, right]
