"""Red team 30: pypdf's text of a PDF (bekkenpijn-zwangerschap.txt) leaves no blank line around
its headings, so "Hoe ontstaat het?" and "Fysiotherapie" were read as wrapped prose and ended the
paragraph above them."""

from __future__ import annotations

from ingest.pipeline import ingest_file

LEAFLET = """Bekkenpijn tijdens de zwangerschap

Wat is bekkenpijn?
Veel zwangere vrouwen hebben pijn rond het bekken. De pijn zit bij het schaambeen, in
de liezen, in de onderrug of diep in de billen. Artsen noemen dit zwangerschapsgebonden
bekkenpijn. Het is geen ziekte en het is niet schadelijk voor uw baby. Ongeveer een op de
vijf zwangere vrouwen heeft er last van, vaak vanaf de twintigste week.
Hoe ontstaat het?
Tijdens de zwangerschap worden de banden rond het bekken soepeler door hormonen. De
spieren moeten het bekken dan meer stabiel houden. Slaapt u slecht door de pijn? Meld
het dan. U heeft meer kans op bekkenpijn als u in een eerdere zwangerschap ook bekkenpijn
had of als u zwaar lichamelijk werk doet. Vraag of uw werkgever iets kan aanpassen.
Wat merkt u?
• pijn bij het omdraaien in bed;
• pijn bij traplopen of bij het instappen in de auto.
Neem dit mee naar het spreekuur:
Uw medicijnen.
Uw zwangerschapskaart
Uw verzekeringspas.
Ibuprofen en diclofenac mag u niet gebruiken tijdens de zwangerschap, vooral niet na
twintig weken. Paracetamol mag u wel gebruiken, hooguit drie keer per dag een tablet.
Fysiotherapie
Helpen de adviezen niet genoeg, dan kan een bekkenfysiotherapeut u leren uw spieren
beter te gebruiken. U heeft geen verwijzing nodig. De verzekering vergoedt een deel.
"""


def _passages(tmp_path):
    path = tmp_path / "bekkenpijn.txt"
    path.write_text(LEAFLET, encoding="utf-8")
    return ingest_file(path).passages


def test_headings_without_blank_lines_in_a_pdf_s_wrapped_text_head_their_sections(tmp_path):
    passages = _passages(tmp_path)
    headings = [passage.headings[-1] for passage in passages]
    for heading in ("Hoe ontstaat het?", "Wat merkt u?", "Fysiotherapie"):
        assert heading in headings
    text = "\n".join(passage.text for passage in passages)
    assert "week. Hoe ontstaat" not in text and "weken. Fysiotherapie" not in text
    assert "Slaapt u slecht door de pijn? Meld het dan." in text  # a wrapped question is prose


def test_short_lines_under_a_lead_line_stay_items(tmp_path):
    headings = {heading for passage in _passages(tmp_path) for heading in passage.headings}
    assert not headings & {"Uw zwangerschapskaart", "Uw medicijnen.", "Neem dit mee naar het spreekuur:"}


def _prose_with_question(question: str, answer: str) -> str:
    """A paragraph of wrapped prose, then a question and the line that takes it up, no blank lines."""
    return ("Bekkenpijn\n\nBekkenpijn komt vaak voor bij zwangere vrouwen. De pijn zit meestal voor bij het\n"
            "schaambeen of achter bij de billen. Soms straalt de pijn uit naar de benen of de\n"
            "onderrug. Overleg dit met uw verloskundige of met de bedrijfsarts.\n"
            f"{question}\n{answer} met uw verloskundige. Zij kan u doorverwijzen naar een\n"
            "fysiotherapeut die gespecialiseerd is in bekkenklachten bij zwangere vrouwen.\n")


def test_a_question_the_next_line_takes_up_as_a_condition_stays_prose(tmp_path):
    for question, answer in (("Heeft u ook 's nachts veel pijn?", "Neem dan contact op"),
                             ("Bent u ongerust?", "Dan kunt u contact opnemen"),
                             ("Wordt de pijn erger?", "Zo ja, overleg dan"),
                             ("Has your pain got worse?", "If so, get in touch")):
        path = tmp_path / "vraag.txt"
        path.write_text(_prose_with_question(question, answer), encoding="utf-8")
        passages = ingest_file(path).passages
        assert not {heading for passage in passages for heading in passage.headings} & {question}
        assert f"{question} {answer}" in "\n".join(passage.text for passage in passages)


def test_a_question_over_a_comparison_with_than_stays_a_heading(tmp_path):
    """After a comparative, "dan" is "than" ("Meer dan de helft …"): the line does not take the
    question up as a condition, and the question heads its section."""
    for answer in ("Meer dan de helft van de vrouwen overlegt", "Langer dan een week wachten, overleg dan",
                   "Ongeveer de helft van de vrouwen overlegt"):
        path = tmp_path / "vraag.txt"
        path.write_text(_prose_with_question("Hoe vaak komt het voor?", answer), encoding="utf-8")
        headings = {heading for passage in ingest_file(path).passages for heading in passage.headings}
        assert "Hoe vaak komt het voor?" in headings, answer
