"""PDF leftovers: a title with a subtitle in the same style, the running header of a
one-page PDF, and a header or footer on only one page of a short PDF."""

from __future__ import annotations

import textwrap
from pathlib import Path

from leaflet_files import ingest_file_as
from pdf_factory import Line, Placed, make_pdf

from ingest.pdf import load_pdf
from ingest.pipeline import ingest_file

UNSEEN = Path(__file__).parent / "data" / "unseen_leaflets"
INTRO = ("U wordt behandeld met chemotherapie. Daardoor krijgt u bijwerkingen. In deze folder "
         "leest u wat u er zelf aan kunt doen.")
SECTION = "Misselijkheid en braken"
ADVICE = "Neem de medicijnen tegen misselijkheid in volgens schema, ook als u nog niet misselijk bent."


def _ingest(tmp_path, pages, name="folder.pdf"):
    return ingest_file_as(tmp_path, name, make_pdf(pages), rooted=False)


def _titled(title: list[Line], *, top: list | None = None) -> list:
    """One page: `title` lines, an intro, a section heading and its text."""
    return [*(top or []), *title, *_body(INTRO, 6), Line(SECTION, 14, bold=True, gap=14), *_body(ADVICE, 4)]


def _body(text: str, gap: float) -> list[Line]:
    """Text wrapped over lines as a leaflet wraps it."""
    return [Line(line, 11, gap=gap if n == 0 else 0) for n, line in enumerate(textwrap.wrap(text, 60))]


# ---------------------------------------------------------------- a title and its subtitle


def test_a_question_under_the_title_in_its_style_is_no_part_of_the_title(tmp_path):
    page = _titled([Line("Bijwerkingen van chemotherapie", 18, bold=True),
                    Line("Wat kunt u zelf doen?", 18, bold=True, gap=4)])
    item = _ingest(tmp_path, [page])
    assert item.leaflet.title == "Bijwerkingen van chemotherapie"
    first = item.passages[0]
    assert first.headings == () and first.text.startswith("Wat kunt u zelf doen?")
    assert "Wat kunt u zelf doen? U wordt behandeld" not in item.text  # no run-on into the intro
    assert [p.headings for p in item.passages[1:]] == [(SECTION,)]


def test_a_subtitle_wrapped_over_two_lines_is_no_part_of_the_title_either(tmp_path):
    page = _titled([Line("Bijwerkingen van chemotherapie", 18, bold=True),
                    Line("Wat kunt u zelf doen tegen", 18, bold=True, gap=4),
                    Line("misselijkheid en moeheid?", 18, bold=True)])
    item = _ingest(tmp_path, [page])
    assert item.leaflet.title == "Bijwerkingen van chemotherapie"
    assert "Wat kunt u zelf doen tegen misselijkheid en moeheid?" in item.passages[0].text


def test_the_unseen_chemotherapy_leaflet_is_titled_without_its_subtitle():
    item = ingest_file(UNSEEN / "chemotherapie-bijwerkingen.pdf")
    assert item.leaflet.title == "Bijwerkingen van chemotherapie"
    assert item.passages[0].text.startswith("Wat kunt u zelf doen?")
    assert "U wordt behandeld met chemotherapie." in item.passages[0].text


def test_a_title_wrapped_over_two_lines_of_one_size_joins_with_a_space(tmp_path):
    for lines, title in (
            (["Bijwerkingen van chemotherapie bij", "kinderen en jongeren"],
             "Bijwerkingen van chemotherapie bij kinderen en jongeren"),
            (["Wat kunt u zelf doen tegen de", "bijwerkingen van chemotherapie?"],
             "Wat kunt u zelf doen tegen de bijwerkingen van chemotherapie?"),
            (["Leven met", "Hartfalen"], "Leven met Hartfalen"),  # ends mid-phrase: one title
            (["Chemotherapie", "Bijwerkingen en adviezen"], "Chemotherapie Bijwerkingen en adviezen")):
        page = _titled([Line(lines[0], 18, bold=True), Line(lines[1], 18, bold=True)])
        assert _ingest(tmp_path, [page]).leaflet.title == title, lines


def test_a_smaller_subtitle_stays_apart_from_the_title(tmp_path):
    page = _titled([Line("Bijwerkingen van chemotherapie", 18, bold=True),
                    Line("Wat kunt u zelf doen?", 14, bold=True, gap=2)])
    item = _ingest(tmp_path, [page])
    assert item.leaflet.title == "Bijwerkingen van chemotherapie"
    assert "Wat kunt u zelf doen?" in item.text


def test_a_title_question_over_a_question_in_its_style_keeps_the_leaflet_titled(tmp_path):
    # set apart by a paragraph's gap, two headings of the title's rank left the leaflet untitled
    page = _titled([Line("Wat is chemotherapie?", 18, bold=True), Line("Hoe werkt het?", 18, bold=True, gap=8)])
    item = _ingest(tmp_path, [page])
    assert item.leaflet.title == "Wat is chemotherapie?"
    assert item.passages[0].headings == () and item.passages[0].text.startswith("Hoe werkt het?")


def test_a_question_under_a_section_heading_in_its_style_stays_a_heading(tmp_path):
    # EMA sets "Wanneer mag u dit middel niet gebruiken?" under its numbered section heading
    page = _titled([Line("Chemotherapie", 18, bold=True)]) + [
        Line("Koorts", 14, bold=True, gap=14), Line("Wanneer moet u bellen?", 14, bold=True, gap=8),
        *_body("Bel bij 38,5 graden of hoger direct de oncologielijn.", 4)]
    item = _ingest(tmp_path, [page])
    fever = next(p for p in item.passages if "38,5 graden" in p.text)
    assert fever.headings[-1] == "Wanneer moet u bellen?" and fever.text.startswith("Bel bij")


# ---------------------------------------------------------------- the header of a one-page PDF

HEADER = "Radboud-Maas Ziekenhuis  |  Afdeling Oncologie  |  ONC-117"


def test_the_running_header_of_a_one_page_pdf_is_no_passage_and_dates_the_leaflet(tmp_path):
    header = [Placed(HEADER + "  |  Uitgave: november 2024", 56, 815, 8)]
    page = _titled([Line("Bijwerkingen van chemotherapie", 18, bold=True, gap=20)], top=header)
    item = _ingest(tmp_path, [page])
    assert "Radboud-Maas" not in item.text and "ONC-117" not in item.text
    assert item.leaflet.title == "Bijwerkingen van chemotherapie"
    assert item.passages[0].text.startswith("U wordt behandeld")
    assert item.leaflet.updated == "2024-11"
    path = tmp_path / "folder.pdf"
    assert "Afdeling Oncologie" in load_pdf(path.read_bytes(), path).furniture


def test_a_title_at_the_top_of_a_one_page_pdf_stays(tmp_path):
    page = [Placed("Bijwerkingen van chemotherapie", 56, 810, 18, bold=True),
            Placed(INTRO, 56, 770, 11), Placed(ADVICE, 56, 755, 11)]
    item = _ingest(tmp_path, [page])
    assert item.leaflet.title == "Bijwerkingen van chemotherapie"


def test_top_lines_that_are_no_header_stay_on_a_one_page_pdf(tmp_path):
    title = [Line("Bijwerkingen van chemotherapie", 18, bold=True, gap=20)]
    for top in ("Radboud-Maas Ziekenhuis",  # a masthead: one field, no footer's mark
                "Lees deze folder goed door voor u begint.",  # a sentence
                "Vragen? Bel de oncologielijn via www.radboudmaas.nl"):
        item = _ingest(tmp_path, [_titled(title, top=[Placed(top, 56, 815, 8)])])
        assert top in item.text, top
    # small print that runs on into the text under it is text
    small = [Placed(HEADER, 56, 815, 8), Placed("Bel bij koorts direct de oncologielijn.", 56, 805, 8)]
    item = _ingest(tmp_path, [_titled(title, top=small)])
    assert "ONC-117" in item.text


# ---------------------------------------------------------------- furniture on one page of a short PDF

FOOTER = "Radboud-Maas Ziekenhuis  -  Afdeling Oncologie  -  ONC-117  -  Uitgave: 18-11-2024"
LAST = "Heeft u vragen? Bel dan de oncologielijn."


def _short(pages: int) -> list[list]:
    """`pages` pages: a title page, then a section on each further page, the last sentence `LAST`."""
    out = [_titled([Line("Bijwerkingen van chemotherapie", 18, bold=True)])]
    for number in range(2, pages + 1):
        out.append([Line(f"Bijwerking {number}", 14, bold=True, gap=14),
                    Line("Soms krijgt u last van deze bijwerking. Meld het bij uw verpleegkundige.", 11, gap=4)])
    out[-1].append(Line(LAST, 11, gap=6))
    return out


def test_a_footer_on_the_last_page_of_a_short_pdf_goes_and_dates_the_leaflet(tmp_path):
    for count in (2, 3, 4):
        pages = _short(count)
        pages[-1].append(Placed(FOOTER, 56, 30, 8))
        item = _ingest(tmp_path, pages)
        assert "ONC-117" not in item.text, count
        assert item.passages[-1].text.endswith(LAST)
        assert item.leaflet.updated == "2024-11-18"


def test_a_header_on_the_first_page_of_a_short_pdf_goes(tmp_path):
    pages = _short(3)
    pages[0].insert(0, Placed(HEADER, 56, 815, 8))
    item = _ingest(tmp_path, pages)
    assert "ONC-117" not in item.text
    assert item.leaflet.title == "Bijwerkingen van chemotherapie"


def test_what_ends_or_opens_a_page_of_a_short_pdf_as_text_stays(tmp_path):
    pages = _short(2)
    pages[-1].append(Placed("Vragen? Kijk op www.radboudmaas.nl of bel ons.", 56, 30, 8))  # a sentence
    pages[0].append(Placed("Bereikbaar op werkdagen van 8 tot 17 uur", 56, 30, 8))  # no footer's mark
    item = _ingest(tmp_path, pages)
    assert "Kijk op www.radboudmaas.nl" in item.text and "van 8 tot 17 uur" in item.text
    # a heading at the top of a later page stays its section's heading
    assert [p.headings for p in item.passages][-1] == ("Bijwerking 2",)


def test_a_footer_on_every_page_of_a_short_pdf_still_goes(tmp_path):
    pages = _short(3)
    for number, page in enumerate(pages, start=1):
        page.append(Placed(f"Pagina {number} van 3", 270, 30, 8))
    item = _ingest(tmp_path, pages)
    assert "Pagina" not in item.text and item.passages[-1].text.endswith(LAST)
