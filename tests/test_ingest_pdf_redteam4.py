"""PDF findings of red-team 4, each on a generated PDF: office file names shown as a
leaflet's title ("Microsoft Word - folder.docx"), and dotted tables of contents that
became passages of their own."""

from __future__ import annotations

import io

import pypdf
import pytest
from pdf_factory import Line, Placed, make_pdf

from ingest.clean import clean
from ingest.pdf import load_pdf
from ingest.pipeline import ingest_file

# ---------------------------------------------------------------- finding 1: office titles

# No line of this leaflet is title-shaped, so its title comes from the metadata
NO_HEADING = [Line("U krijgt binnenkort een coloscopie. Dat is een onderzoek van de dikke darm."),
              Line("Neem uw medicijnlijst mee naar het ziekenhuis.")]


def _with_title(pdf: bytes, title: str) -> bytes:
    """The PDF with `title` as its metadata /Title, as Word's "save as PDF" writes it."""
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf)))
    writer.add_metadata({"/Title": title})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _leaflet_title(tmp_path, title: str, name: str = "folder-coloscopie.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(_with_title(make_pdf([NO_HEADING]), title))
    return ingest_file(path).leaflet.title


@pytest.mark.parametrize("metadata, shown", [
    ("Microsoft Word - Na uw operatie.docx", "Na uw operatie"),
    ("Microsoft Word – Na uw operatie.docx", "Na uw operatie"),  # an en dash
    ("Microsoft PowerPoint - les 2.pptx", "les 2"),
    ("Microsoft Word - Leefregels na een hartinfarct", "Leefregels na een hartinfarct"),
])
def test_the_office_application_is_not_part_of_the_title(tmp_path, metadata, shown):
    assert _leaflet_title(tmp_path, metadata) == shown


@pytest.mark.parametrize("metadata", [
    "folder_def_2021.doc",
    "Microsoft Word - Folder_Coloscopie_v3.docx",
    "COLOSCOPIE.PDF",
    r"C:\Users\secretariaat\Documents\folder coloscopie.docx",
    "Microsoft Word - Document1",  # a new file that was never named
    "Presentatie2", "PowerPoint-presentatie", "Untitled-1", "Naamloos document", "Slide 1",
])
def test_a_file_name_is_no_title_and_the_file_name_stands_in(tmp_path, metadata):
    assert _leaflet_title(tmp_path, metadata) == "folder-coloscopie"  # as without any metadata title
    assert load_pdf(_with_title(make_pdf([NO_HEADING]), metadata), "x.pdf").title == ""


@pytest.mark.parametrize("title", [
    "Na uw operatie",
    "Microsoft Teams - videobellen met uw arts",  # a real title that names an application
    "Dieet bij nierziekte: versie 2.1",
    "Wat doet de diëtist? Informatie voor patiënten",
])
def test_a_real_title_is_kept_as_it_is(tmp_path, title):
    assert _leaflet_title(tmp_path, title) == title


def test_a_heading_still_beats_the_metadata_title(tmp_path):
    path = tmp_path / "folder.pdf"
    path.write_bytes(_with_title(make_pdf([[Line("Coloscopie", 18, True), *NO_HEADING]]),
                                 "Microsoft Word - folder_def.docx"))
    assert ingest_file(path).leaflet.title == "Coloscopie"


# ---------------------------------------------------------------- finding 2: tables of contents

BODY = [
    Line("Voorbereiding", 13, True, gap=12),
    Line("U mag zes uur voor het onderzoek niet meer eten. Drinken mag tot twee uur ervoor."),
    Line("Na de operatie", 13, True, gap=10),
    Line("U blijft een uur op de afdeling. Daarna mag u naar huis."),
]

ENTRIES = ["Voorbereiding ........................ 3", "2.1 Na de operatie . . . . . . . 7",
           "Wat neemt u mee?\t.......... 8", "Contact …………… 12"]


def _passages(tmp_path, pages, name: str = "coloscopie.pdf") -> list[tuple[tuple[str, ...], str]]:
    # as many pages as the contents name (blank ones after the text): a table of contents
    # never points past the document's last page
    path = tmp_path / name
    path.write_bytes(make_pdf(pages + [[]] * (12 - len(pages))))
    return [(p.headings, " ".join(p.text.split())) for p in ingest_file(path).passages]


@pytest.mark.parametrize("heading", ["Inhoud", "Inhoudsopgave", "Inhoudstafel:"])
def test_a_dotted_table_of_contents_and_its_heading_are_dropped(tmp_path, heading):
    page = [Line("Coloscopie", 18, True), Line(heading, 13, True, gap=10),
            *(Line(entry, gap=4 if number == 0 else 0) for number, entry in enumerate(ENTRIES)), *BODY]
    passages = _passages(tmp_path, [page])
    assert passages == [
        (("Voorbereiding",), "U mag zes uur voor het onderzoek niet meer eten. Drinken mag tot twee uur ervoor."),
        (("Na de operatie",), "U blijft een uur op de afdeling. Daarna mag u naar huis."),
    ]


def test_contents_without_a_heading_are_not_glued_to_the_first_section(tmp_path):
    page = [Line("Coloscopie", 18, True),
            Line("In deze folder leest u hoe u zich voorbereidt op de coloscopie.", gap=8),
            *(Line(entry, gap=6 if number == 0 else 0) for number, entry in enumerate(ENTRIES)), *BODY]
    text = " ".join(passage for _, passage in _passages(tmp_path, [page]))
    assert "...." not in text and "…" not in text and "Contact" not in text
    assert "In deze folder leest u hoe u zich voorbereidt op de coloscopie." in text


def _contents_page(entries: list[tuple[str, int | None]], leader_at: float | None) -> list[Placed]:
    """A contents page as Word draws it: each entry in three pieces, its words, the leader
    (from the words on, or from a tab stop at `leader_at`) and the page number at the right
    margin; an entry without a page number wraps onto the next line."""
    page = [Placed("Inhoudsopgave", 56, 780, 16, True)]
    for number, (words, at) in enumerate(entries):
        y = 740 - 16 * number
        page.append(Placed(words, 56, y, 11))
        if at is not None:
            x = leader_at or 56 + 0.5 * 11 * len(words) + 2
            page += [Placed("." * int((520 - x) / 3), x, y, 11), Placed(str(at), 530, y, 11)]
    return page


@pytest.mark.parametrize("entries, leader_at", [
    ([("Voorbereiding", 3), ("Wat moet u doen als u na de operatie koorts", None),
      ("krijgt of veel pijn heeft?", 5), ("Na de operatie", 7)], None),
    ([("Voorbereiding", 3), ("Als u koorts krijgt", 5), ("Na de operatie", 7)], 300),
])
def test_contents_on_a_page_of_their_own_with_leaders_and_numbers_drawn_apart(tmp_path, entries, leader_at):
    cover = [Line("Coloscopie", 18, True), Line("Afdeling Maag-, Darm- en Leverziekten", gap=8)]
    passages = _passages(tmp_path, [cover, _contents_page(entries, leader_at), BODY])
    # the department line on the cover is furniture, no passage (tests/test_ingest_text_rt7.py)
    assert [headings for headings, _ in passages] == [("Voorbereiding",), ("Na de operatie",)]


def test_ellipses_and_sentences_that_end_with_a_number_stay(tmp_path):
    kept = ["Tel rustig tot tien... en adem dan langzaam uit.",
            "Wacht even …. en lees dan verder.",
            "Het aantal dagen tot de controle... 10",  # three dots: an ellipsis, not a leader
            "De uitslag krijgt u na ongeveer 3",
            "Bel de polikliniek op werkdagen tussen 8.30 en 17",
            "Bel bij koorts de afdeling op 030 - 250 10 10"]
    page = [Line("Coloscopie", 18, True), Line("Inhoud", 13, True, gap=10),
            *(Line(line, gap=4 if number == 0 else 0) for number, line in enumerate(kept))]
    text = clean(load_pdf(make_pdf([page]), "coloscopie.pdf")).text
    assert "Inhoud" in text  # its section is not empty: it stays
    for line in kept:
        assert line in " ".join(text.split())


def test_a_leader_list_whose_numbers_go_down_is_no_table_of_contents(tmp_path):
    # A list of extensions set with leaders looks like contents, but a table of contents
    # counts its pages up
    rows = ["Polikliniek Chirurgie .......... 245", "Verpleegafdeling 3B .......... 131",
            "Planning opnames .......... 120"]
    page = [Line("Coloscopie", 18, True), Line("Telefoonnummers", 13, True, gap=10),
            *(Line(row) for row in rows)]
    text = " ".join(clean(load_pdf(make_pdf([page]), "telefoon.pdf")).text.split())
    assert all(row in text for row in rows)


@pytest.mark.parametrize("rows", [
    ["Spoedeisende hulp .......... 112"],  # one line is no table of contents
    ["Polikliniek .......... 112", "Verpleegafdeling .......... 245"],  # no such pages
], ids=["single", "beyond-the-last-page"])
def test_phone_numbers_set_with_leaders_stay(tmp_path, rows):
    page = [Line("Coloscopie", 18, True), Line("Bereikbaarheid", 13, True, gap=10),
            *(Line(row) for row in rows)]
    text = " ".join(clean(load_pdf(make_pdf([page]), "telefoon.pdf")).text.split())
    assert all(row in text for row in rows)


@pytest.mark.parametrize("rows, pages", [
    (["Week 1 .......... 2", "Week 2 .......... 3", "Week 3 en verder .......... 4"], 4),
    (["Dag 1 tot en met 3 .......... 1", "Dag 4 tot en met 7 .......... 2"], 2),
], ids=["weeks", "days"])
def test_a_dosing_schedule_set_with_leaders_is_no_table_of_contents(tmp_path, rows, pages):
    # its numbers go up and stay within the leaflet, but nothing further on is named by it
    page = [Line("Methotrexaat", 18, True), Line("Opbouwschema", 13, True, gap=10),
            *(Line(row) for row in rows),
            Line("Neem de tabletten op een vaste dag van de week in.", gap=8)]
    text = " ".join(clean(load_pdf(make_pdf([page] + [[]] * (pages - 1)), "mtx.pdf")).text.split())
    assert all(row in text for row in rows)


def test_an_english_contents_heading_goes_with_its_entries(tmp_path):
    page = [Line("Colonoscopy", 18, True), Line("Contents", 13, True, gap=10),
            Line("Preparation .......... 2", gap=4), Line("After the examination .......... 3"),
            Line("Preparation", 13, True, gap=12), Line("Do not eat for six hours before the examination."),
            Line("After the examination", 13, True, gap=10), Line("You may go home after an hour.")]
    text = clean(load_pdf(make_pdf([page, [], []]), "colonoscopy.pdf")).text
    assert "Contents" not in text and "...." not in text
    assert "Do not eat for six hours" in text
