"""Web pages that red team 8 found read wrongly: an FAQ whose `<h2>` group headings went
missing above its `<details>` questions (trafilatura writes a `<summary>` as a heading of
no level, read as an h2, so each question took its group's place), and a page that is only
a cookie consent wall, indexed as a leaflet of consent text."""

import pytest

from ingest.document import IngestError

from tests.test_ingest_html_markup import _ingested


ANSWERS = {
    "Wat is slaapapneu?": "Bij slaapapneu zakt tijdens de slaap het weefsel in uw keel steeds weer dicht, "
                          "zodat u telkens even stopt met ademen.",
    "Hoe werkt een CPAP-apparaat?": "Het apparaat blaast via een slang en een masker lucht met een lichte "
                                    "overdruk in uw neus. Zo blijft uw keel open.",
    "Hoe maak ik het masker schoon?": "Maak het maskerkussen elke dag schoon met lauw water en een milde "
                                      "zeep, en laat het aan de lucht drogen.",
}
GROUPS = {"Over slaapapneu": list(ANSWERS)[:2], "Onderhoud": list(ANSWERS)[2:]}
INTRO = ("<p>U gaat thuis slapen met een CPAP-apparaat. Hieronder vindt u antwoorden op de vragen "
         "die patiënten ons het vaakst stellen.</p>")


def _page(body: str, before: str = "") -> str:
    return (f"<html><head><title>Vragen over CPAP</title></head><body>{before}"
            f"<main><h1>Vragen over CPAP</h1>{INTRO}{body}</main></body></html>")


def _faq(question) -> str:
    """The FAQ: a group heading over each group of questions, each written by `question`."""
    return "".join(f"<h2>{group}</h2><div class='faq'>{''.join(question(n, ANSWERS[q], q) for n, q in enumerate(qs))}"
                   "</div>" for group, qs in GROUPS.items())


def _headed(tmp_path, body: str) -> dict[str, tuple[str, ...]]:
    """Each answer's heading path, by the question it answers."""
    item = _ingested(tmp_path, _page(body), "cpap-vragen.html")
    return {passage.headings[-1]: passage.headings for passage in item.passages if passage.headings}


def _assert_grouped(headed: dict[str, tuple[str, ...]]) -> None:
    for group, questions in GROUPS.items():
        for question in questions:
            assert headed.get(question) == (group, question), headed


def test_details_questions_keep_their_group_heading(tmp_path):
    _assert_grouped(_headed(tmp_path, _faq(
        lambda n, answer, question: f"<details><summary>{question}</summary><p>{answer}</p></details>")))


def test_details_questions_in_a_list_keep_their_group_heading(tmp_path):
    faq = _faq(lambda n, answer, question: f"<li><details><summary>{question}</summary><p>{answer}</p>"
                                           "</details></li>")
    _assert_grouped(_headed(tmp_path, faq.replace("<div class='faq'>", "<ul>").replace("</div>", "</ul>")))


@pytest.mark.parametrize("toggle, panel, end", [
    ("<details><summary>{}</summary>", "", "</details>"),
    ("<button aria-controls='q{n}'>{}</button>", "<div id='q{n}' hidden>", "</div>"),
], ids=["details", "loose buttons"])
def test_a_heading_inside_an_answer_does_not_head_the_next_question(tmp_path, toggle, panel, end):
    first, second = GROUPS["Over slaapapneu"]
    body = (f"<h2>Over slaapapneu</h2>{toggle.format(first, n=1)}{panel.format(n=1)}<h4>Bij kinderen</h4>"
            f"<p>{ANSWERS[first]}</p>{end}{toggle.format(second, n=2)}{panel.format(n=2)}<p>{ANSWERS[second]}</p>{end}")
    headed = _headed(tmp_path, body)
    assert headed["Bij kinderen"] == ("Over slaapapneu", first, "Bij kinderen")
    assert headed[second] == ("Over slaapapneu", second)


def test_details_after_the_title_alone_are_sections_as_before(tmp_path):
    questions = "".join(f"<details><summary>{q}</summary><p>{a}</p></details>" for q, a in ANSWERS.items())
    headed = _headed(tmp_path, questions)
    assert all(headed[question] == (question,) for question in ANSWERS), headed


ACCORDIONS = {
    "loose buttons": lambda n, answer, question: (
        f"<button aria-controls='q{question[:3]}{n}' aria-expanded='false'>{question}</button>"
        f"<div id='q{question[:3]}{n}' hidden><p>{answer}</p></div>"),
    "bootstrap 5 headers of the group's level": lambda n, answer, question: (
        f"<div class='accordion-item'><h2 class='accordion-header'><button class='accordion-button' "
        f"data-bs-toggle='collapse' data-bs-target='#c{question[:3]}{n}'>{question}</button></h2>"
        f"<div id='c{question[:3]}{n}' class='accordion-collapse collapse'><div class='accordion-body'>"
        f"<p>{answer}</p></div></div></div>"),
    "headings a level below": lambda n, answer, question: (
        f"<h3><button aria-controls='p{question[:3]}{n}'>{question}</button></h3>"
        f"<div id='p{question[:3]}{n}' hidden><p>{answer}</p></div>"),
}


@pytest.mark.parametrize("markup", ACCORDIONS)
def test_accordion_questions_keep_their_group_heading(tmp_path, markup):
    _assert_grouped(_headed(tmp_path, _faq(ACCORDIONS[markup])))


def test_accordion_sections_after_a_section_with_text_stay_beside_it(tmp_path):
    """An h2 with words of its own before h2 accordion titles is a section beside them."""
    items = "".join(ACCORDIONS["bootstrap 5 headers of the group's level"](n, answer, question)
                    for n, (question, answer) in enumerate(ANSWERS.items()))
    headed = _headed(tmp_path, f"<h2>Inleiding</h2>{INTRO}<div class='accordion'>{items}</div>")
    assert all(headed[question] == (question,) for question in ANSWERS), headed


NOTICE = ("<h2>Deze website gebruikt cookies</h2><p>Om deze website te kunnen bekijken, moet u akkoord gaan "
          "met het gebruik van cookies. Wij en onze partners gebruiken cookies om inhoud en advertenties te "
          "personaliseren en om ons websiteverkeer te analyseren. Door op 'Akkoord' te klikken, gaat u hiermee "
          "akkoord.</p>")
WALLS = {
    "named": f"<div class='cookiewall' id='cookiewall'>{NOTICE}<button>Akkoord</button> <button>Instellingen</button>"
             "<a href='/cookiebeleid'>Lees ons cookiebeleid</a></div>"
             "<noscript>Schakel JavaScript in om deze pagina te bekijken.</noscript>",
    "unnamed": f"<div class='overlay'>{NOTICE}<div class='knoppen'><button>Alle cookies accepteren</button>"
               "<button>Weigeren</button></div></div>",
    "over a page shell": "<header><a href='/'>Ziekenhuis Oost</a><nav><a href='/a'>Afdelingen</a></nav></header>"
                         f"<div id='cookie-consent'>{NOTICE}<a class='btn' href='#'>Akkoord</a></div>"
                         "<div class='content'><h1>Liesbreuk</h1><p>Laden...</p></div>",
}


@pytest.mark.parametrize("wall", WALLS)
def test_a_page_that_is_only_a_cookie_wall_is_refused(tmp_path, wall):
    with pytest.raises(IngestError, match="only a cookie notice") as refused:
        _ingested(tmp_path, f"<html><head><title>Patiëntenfolder</title></head><body>{WALLS[wall]}</body></html>")
    assert refused.value.path == str(tmp_path / "folder.html") and "consent wall" in refused.value.cause


@pytest.mark.parametrize("banner", [
    f"<div class='cookie-banner' role='dialog'>{NOTICE}<button>Akkoord</button></div>",
    f"<div>{NOTICE}<button>OK</button></div>",
])
def test_a_leaflet_with_a_cookie_banner_still_ingests(tmp_path, banner):
    questions = "".join(f"<h2>{q}</h2><p>{a}</p>" for q, a in ANSWERS.items())
    item = _ingested(tmp_path, _page(questions, before=banner), "cpap-vragen.html")
    assert item.leaflet.title == "Vragen over CPAP"
    for question, answer in ANSWERS.items():
        assert any(p.headings == (question,) and p.text == answer for p in item.passages), item.passages


def test_a_leaflet_about_consent_is_no_cookie_wall(tmp_path):
    body = ("<div class='informed-consent'><h2>Toestemming geven</h2><p>Voor een operatie vraagt de arts uw "
            "toestemming. U krijgt eerst uitleg over de ingreep, de risico's en de andere mogelijkheden. "
            "Daarna tekent u een formulier.</p></div>")
    item = _ingested(tmp_path, _page(body))
    assert any("vraagt de arts uw toestemming" in passage.text for passage in item.passages)
