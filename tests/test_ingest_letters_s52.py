"""Ordinary leaflets that earlier reviews found read wrongly (session 51's review, red team 52).

- a leaflet typed all in lower case (title, headings over paragraphs, a list, contact lines) was
  titled by its file name and read as one run of lines: where no sentence opens with a capital,
  each sentence's first letter is read as a capital (`ingest.lower_case_text`), and the leaflet
  reads as the same text in normal case does;
- a contact block right under the title (a department or a doctor, a street over its postcode, a
  phone number) made its street a heading of the first section: its lines are text of the title's
  section, an organisation's name among them the publisher (`ingest.structure`);
- a mail merge's letter whose first line is its practice's name with the date ("Huisartsenpraktijk
  De Linde – Utrecht, 12 maart 2026") had no publisher, and with a place between no date: the
  line is a dated letterhead (`ingest.dates`' dateline takes a sender's name before its place).
"""

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.dates import find_updated, is_date_line
from ingest.lower_case_text import is_lower_cased, sentence_cased
from ingest.pipeline import ingest_leaflets
from ingest.source import SourceText

DATA = Path(__file__).parent / "data" / "letters_s52"


def _read(name: str):
    path = DATA / name
    return ingest_leaflets(path, root=DATA)[0]


def _reading(item) -> tuple:
    return (item.leaflet.title, [(list(p.headings), p.text) for p in item.passages])


def test_a_leaflet_in_lower_case_reads_as_the_same_leaflet_in_normal_case():
    lower, normal = _read("bloedverdunners_kleine_letters.txt"), _read("bloedverdunners.txt")
    assert lower.leaflet.title == "Bloedverdunners en een ingreep"
    assert [p.headings[-1] for p in lower.passages] == ["Wat zijn bloedverdunners?", "Stoppen voor de ingreep", "Vragen"]
    assert _reading(lower) == _reading(normal)
    assert "- uw medicijnpaspoort" in (DATA / "bloedverdunners_kleine_letters.txt").read_text()
    assert "• uw medicijnpaspoort" in lower.passages[1].text  # a list's items keep their case


def test_a_leaflet_in_lower_case_hard_wrapped_keeps_its_headings(tmp_path):
    text = ("bloedverdunners en een ingreep\n\nwat zijn bloedverdunners?\n"
            "bloedverdunners zijn medicijnen die ervoor zorgen dat uw bloed\nminder snel stolt. ze verkleinen "
            "de kans op een trombose, maar\nze vergroten de kans op een bloeding, bijv. een bloedneus.\n\n"
            "stoppen voor de ingreep\nuw arts vertelt u hoeveel dagen voor de ingreep u stopt met\nuw "
            "bloedverdunner. stop nooit op eigen houtje.\n")
    item = ingest_file_as(tmp_path, "ingreep.txt", text)
    assert item.leaflet.title == "Bloedverdunners en een ingreep"
    assert [(list(p.headings), p.text) for p in item.passages] == [
        (["Wat zijn bloedverdunners?"], "Bloedverdunners zijn medicijnen die ervoor zorgen dat uw bloed minder snel "
         "stolt. Ze verkleinen de kans op een trombose, maar ze vergroten de kans op een bloeding, bijv. een bloedneus."),
        (["Stoppen voor de ingreep"], "Uw arts vertelt u hoeveel dagen voor de ingreep u stopt met uw bloedverdunner. "
         "Stop nooit op eigen houtje.")]


def test_a_leaflet_in_normal_case_and_short_or_braille_text_stay_as_they_are():
    normal = (DATA / "bloedverdunners.txt").read_text()
    assert not is_lower_cased(normal)
    # one sentence in capitals is enough: the author writes capitals, the others are slips
    slips = normal.lower().replace("stoppen voor", "Stoppen voor")
    assert not is_lower_cased(slips)
    assert sentence_cased(SourceText(slips)).text == slips
    note = "bel ons.\nwij helpen u graag.\n"  # too few sentences to judge
    assert sentence_cased(SourceText(note)).text == note
    braille = "vo?t onderz{k ?e wat u m}t weten.\n" * 20
    assert sentence_cased(SourceText(braille)).text == braille
    hinted = SourceText(normal.lower(), heading_hints={"vragen": 2})
    assert sentence_cased(hinted) is hinted


def test_capitals_keep_every_letter_in_place():
    text = "straße en ijs.\n\nijsblokjes helpen. ß is een letter. dat is zo.\n\nwat nu?\nvraag het.\n"
    cased = sentence_cased(SourceText(text, page_starts=(0, 20))).text
    assert len(cased) == len(text)
    assert cased.startswith("Straße en ijs.\n\nIJsblokjes helpen. ß is een letter. Dat is zo.\n\nWat nu?\nVraag het.")


CONTACT = (DATA / "nierbiopsie_contact.txt").read_text()
SECTIONS = ["Voorbereiding", "Na het onderzoek"]


def test_a_contact_block_under_the_title_is_text_not_a_heading(tmp_path):
    for first in ("Afdeling Nefrologie", "Dr. A. de Vries, nefroloog"):
        item = ingest_file_as(tmp_path, "nierbiopsie.txt", CONTACT.replace("Afdeling Nefrologie", first))
        assert item.leaflet.title == "Nierbiopsie"
        assert [list(p.headings) for p in item.passages] == [[], ["Voorbereiding"], ["Na het onderzoek"]]
        assert item.passages[0].text.startswith(f"{first}\n\nZiekenhuislaan 1\n\n3584 CX Utrecht\n\n"
                                                "Telefoon: 088 755 55 55\n\nU krijgt binnenkort")


def test_an_organisation_in_a_contact_block_under_the_title_publishes_the_leaflet(tmp_path):
    item = ingest_file_as(tmp_path, "nierbiopsie.txt", CONTACT.replace("Afdeling Nefrologie", "Ziekenhuis Rijnoord"))
    assert item.leaflet.publisher == "Ziekenhuis Rijnoord"
    assert [list(p.headings) for p in item.passages] == [[], ["Voorbereiding"], ["Na het onderzoek"]]
    assert item.passages[0].text.startswith("Ziekenhuislaan 1\n\n3584 CX Utrecht")


def test_headings_under_a_title_without_a_contact_block_stay(tmp_path):
    # a section that opens with a short line and a numbered street-like heading is no contact block
    text = ("Nierbiopsie\n\nVoorbereiding\n\nGebruikt u bloedverdunners? Overleg dan met uw arts wanneer u "
            "daarmee stopt.\n\nStap 1\n\nU meldt zich bij de balie van de afdeling. Neem uw pas mee.\n\n"
            "Na het onderzoek\n\nU blijft na de biopsie een nacht in het ziekenhuis.\n")
    item = ingest_file_as(tmp_path, "nierbiopsie.txt", text)
    assert [p.headings[-1] for p in item.passages] == ["Voorbereiding", "Stap 1", "Na het onderzoek"]
    # the same contact block over the title is still the cover's, not text
    over = ("Dr. A. de Vries, nefroloog\nZiekenhuislaan 1\n3584 CX Utrecht\nTelefoon: 088 755 55 55\n\n"
            + CONTACT.split("Telefoon: 088 755 55 55\n\n", 1)[1].replace("U krijgt", "Nierbiopsie\n\nU krijgt", 1))
    item = ingest_file_as(tmp_path, "over.txt", over)
    assert item.leaflet.title == "Nierbiopsie"
    assert item.passages[0].text.startswith("U krijgt binnenkort")


LETTER = (DATA / "griepprik_brief.txt").read_text()


def test_a_mail_merge_letters_practice_and_date_line_publishes_and_dates_it(tmp_path):
    for line in ("Huisartsenpraktijk De Linde – Utrecht, 12 maart 2026", "Huisartsenpraktijk De Linde, 12 maart 2026",
                 "Huisartsenpraktijk De Linde - Utrecht, 12-3-2026"):
        item = ingest_file_as(tmp_path, "brief.txt", LETTER.replace(LETTER.splitlines()[0], line))
        assert (item.leaflet.publisher, item.leaflet.updated) == ("Huisartsenpraktijk De Linde", "2026-03-12")
        assert item.leaflet.title != line and not any(line in p.text for p in item.passages)
        assert [list(p.headings) for p in item.passages][1:] == [["Wat is de griepprik?"], ["Wanneer krijgt u de prik?"]]


def test_a_place_and_date_line_or_a_titled_date_line_names_no_publisher(tmp_path):
    item = ingest_file_as(tmp_path, "brief.txt", LETTER.replace(LETTER.splitlines()[0], "Utrecht, 12 maart 2026"))
    assert (item.leaflet.publisher, item.leaflet.updated) == ("", "2026-03-12")
    assert find_updated("Griepprik – Utrecht, 12 maart 2026") == ""  # a title's one word is no sender's name
    assert find_updated("Wat u moet weten – Utrecht, 12 maart 2026") == ""
    assert not is_date_line("de praktijk - utrecht, 12 maart 2026")


def test_red_team_52s_mail_merge_names_its_practice():
    # "Verloskundigenpraktijk Levensboom - Laatst bijgewerkt: 20 januari 2026" under the title
    leaflets = Path(__file__).parent / "data" / "redteam52_leaflets"
    item = ingest_leaflets(leaflets / "suikertest.txt", root=leaflets)[0]
    assert (item.leaflet.publisher, item.leaflet.updated) == ("Verloskundigenpraktijk Levensboom", "2026-01-20")
    assert item.leaflet.title == "De suikertest (OGTT) tijdens de zwangerschap"
