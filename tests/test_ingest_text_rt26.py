"""Red team 26: a clinic's name in a title block, and a pdfminer text's contents page."""
import pytest

from ingest.dates import find_updated

SENTENCE = "\n\nDeze folder geeft u informatie over de operatie. Lees hem goed door.\n"


@pytest.mark.parametrize("department", ["Preoperatief Spreekuur", "Spreekuur Kindergeneeskunde"])
def test_a_consultation_hour_that_sends_the_leaflet_leaves_its_date_the_leaflets(department):
    """A "spreekuur" is a department, no event: the date under it dates the leaflet."""
    text = f"Nuchter zijn voor uw operatie\n\n{department}\n\n1 oktober 2025{SENTENCE}"
    assert find_updated(text, unlabelled=True) == "2025-10-01"


@pytest.mark.parametrize("block", ["Titel\n\nSpreekuur | 3 december 2025", "Titel\n\nInloopspreekuur · 3 december 2025"])
def test_a_consultation_hours_field_still_dates_the_appointment(block):
    assert find_updated(block + SENTENCE, unlabelled=True) == ""


from ingest.text import load_text, split_pages  # noqa: E402
from ingest.text_contents import without_contents  # noqa: E402

BODY = "Een zin over het onderwerp die uitleg geeft aan de lezer van deze folder.\n\n"
CONTENTS = ("Kalknagels\n\nInhoudsopgave\n\n1  Wat zijn kalknagels? \n\n2  Hoe krijgt u kalknagels? \n\n1\n\n1\n\n"
            "3  Behandeling \n\n2\n3.1 \nTabletten .  .  .  .  .  .  .  .  .  .  .  2\n\nAfdeling Dermatologie\n\n"
            "1 Wat zijn kalknagels?\n\n2\n\n2\n\n" + BODY + "2 Hoe krijgt u kalknagels?\n\n" + BODY
            + "\f3 Behandeling\n\n3.1 Tabletten\n\n" + BODY)


def test_a_pdf_dumps_contents_page_is_blanked_with_its_heading_and_its_lone_page_numbers():
    """pdfminer's contents page: entries, their numbers and page numbers on lines of their
    own, spaced leaders ". . ."; the entries name headings further on."""
    kept = [line for line in without_contents(CONTENTS).split("\n") if line.strip()]
    assert kept[:3] == ["Kalknagels", "Afdeling Dermatologie", "1 Wat zijn kalknagels?"]
    assert load_text(CONTENTS.encode(), "k.txt").text.count("Tabletten") == 1


def test_a_list_under_an_inhoud_heading_that_names_no_later_line_stays():
    text = "Titel\n\nInhoud\n\nmelk\n\nsuiker\n\nbloem\n\n" + BODY
    assert without_contents(text) == text


def test_a_running_header_over_the_heading_it_repeats_at_a_pages_top_is_dropped():
    text = "Titel\n\n" + BODY + "\f4 Behandeling\n\n4 Behandeling\n\n" + BODY
    body, _, furniture = split_pages(text)
    assert body.count("4 Behandeling") == 1 and furniture == "4 Behandeling"
