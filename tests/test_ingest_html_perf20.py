"""Large FAQ pages read as small ones do: every question under its group heading, every
heading inside an answer under its question, and a page of many "Sluiten" buttons is no
cookie wall. The headings before each question are now found in one walk over the page and
the boxes around consent buttons are read once each (both were quadratic in the page's size);
these tests hold the behaviour, not the time: timings belong in benchmarks, not here."""

import pytest

from ingest.document import IngestError

from tests.test_ingest_html_markup import _ingested

GROUPS, PER_GROUP = 30, 10
ANSWER = ("Dit is het antwoord op de vraag, met een paar zinnen uitleg voor de lezer. Neem bij twijfel "
          "contact op met de polikliniek.")

QUESTIONS = {
    "details": lambda n: (f"<details><summary>Vraag nummer {n}?</summary><h4>Let op {n}</h4>"
                          f"<p>{ANSWER}</p></details>"),
    "bootstrap accordion": lambda n: (
        f"<div class='accordion-item'><h2 class='accordion-header'><button class='accordion-button' "
        f"data-bs-toggle='collapse' data-bs-target='#c{n}'>Vraag nummer {n}?</button></h2>"
        f"<div id='c{n}' class='accordion-collapse collapse'><div class='accordion-body'><h4>Let op {n}</h4>"
        f"<p>{ANSWER}</p></div></div></div>"),
    "loose buttons with a close button": lambda n: (
        f"<button aria-controls='q{n}' aria-expanded='false'>Vraag nummer {n}?</button><div id='q{n}' hidden>"
        f"<h4>Let op {n}</h4><p>{ANSWER}</p><button>Sluiten</button></div>"),
}
# The page around the questions: a `<main>`, or a layout of boxes that `_mark_main` frames.
FRAMES = {
    "main": "<main>{}</main>",
    "no main": "<div id='wrap'><div class='container'><div class='row'><div class='col'>{}</div></div></div></div>",
}


def _faq(question, frame: str) -> str:
    groups = "".join(f"<h2>Groep {g}</h2>" + "".join(question(g * PER_GROUP + i) for i in range(PER_GROUP))
                     for g in range(GROUPS))
    body = frame.format(f"<h1>Veelgestelde vragen</h1>{groups}")
    return f"<html><head><title>Veelgestelde vragen</title></head><body>{body}</body></html>"


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("markup", QUESTIONS)
def test_every_question_of_a_large_faq_stays_under_its_group(tmp_path, markup, frame):
    item = _ingested(tmp_path, _faq(QUESTIONS[markup], FRAMES[frame]), "vragen.html")
    headed = {passage.headings[-1]: passage for passage in item.passages if passage.headings}
    for n in range(GROUPS * PER_GROUP):
        group, question = f"Groep {n // PER_GROUP}", f"Vraag nummer {n}?"
        # the answer's own heading heads the answer; the question before it heads that heading
        assert headed[f"Let op {n}"].headings == (group, question, f"Let op {n}"), headed[f"Let op {n}"]
        assert headed[f"Let op {n}"].text == ANSWER
    assert not any("Sluiten" in passage.text for passage in item.passages)


def test_nested_questions_of_a_large_faq_stay_under_the_question_around_them(tmp_path):
    """An inner `<details>` is a question below the outer one; the next outer question is
    beside the first, not below the inner one, however many there are."""
    outer = "".join(f"<details><summary>Onderwerp {n}</summary><p>{ANSWER}</p><details><summary>Vraag {n}?"
                    f"</summary><p>{ANSWER} ({n})</p></details></details>" for n in range(200))
    item = _ingested(tmp_path, f"<html><body><main><h1>Vragen</h1><h2>Alles</h2>{outer}</main></body></html>")
    headed = {passage.headings[-1]: passage.headings for passage in item.passages if passage.headings}
    for n in range(200):
        assert headed[f"Onderwerp {n}"] == ("Alles", f"Onderwerp {n}")
        assert headed[f"Vraag {n}?"] == ("Alles", f"Onderwerp {n}", f"Vraag {n}?")


def test_a_heading_in_a_section_title_that_loses_its_markup_breaks_nothing(tmp_path):
    """A heading nested in a collapsible section's title goes with the title's markup: the
    one walk that finds the headings before each title meets it outside the page."""
    body = ("<h2>Groep</h2><h3 class='toggle'><button aria-controls='p1'>Vraag?<h4 class='toggle'>Klein</h4>"
            f"</button></h3><div id='p1' hidden><p>{ANSWER}</p></div>")
    item = _ingested(tmp_path, f"<html><body><main><h1>Vragen</h1>{body}</main></body></html>")
    assert any(passage.text == ANSWER for passage in item.passages), item.passages


def test_a_cookie_wall_among_many_close_buttons_is_still_refused(tmp_path):
    """Climbing from each of many consent-like buttons (the close buttons of empty dialogs)
    stops at a box too big for a notice; the notice itself, small and speaking of cookies, is
    still found, and the page is no leaflet."""
    dialogs = "".join("<div class='dialog'><button>Sluiten</button></div>" for _ in range(400))
    wall = ("<div><p>Wij gebruiken cookies om de website goed te laten werken. Gaat u akkoord met het plaatsen "
            "van cookies?</p><button>Akkoord</button></div>")
    with pytest.raises(IngestError, match="only a cookie notice"):
        _ingested(tmp_path, f"<html><body>{wall}<div class='modals'>{dialogs}</div></body></html>")
