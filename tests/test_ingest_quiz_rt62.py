"""Leaflets kept as quiz tools' question files (red team 62).

- a Moodle GIFT question bank was read as plain text: its category's name is the title, each
  question's title a heading over its stem, `[html]` stems read as HTML, the answer blocks and the
  question every stem closes with no text (`ingest.gift_questions`);
- a Moodle Aiken file with HTML stems was read as plain text, tags, references and "A. Ja / B. Nee
  / ANSWER: A" in every passage: the choices and answer lines are no text, the stems read as the
  page they make (`ingest.aiken_questions`);
- qti2txt's text of a Canvas quiz was read as plain text, its header and settings a passage: the
  quiz title is the title, its description the cover line, the settings no text, each item a
  paragraph (`ingest.qti2txt_quiz`).
"""

from pathlib import Path

from ingest.aiken_questions import read_aiken
from ingest.gift_questions import gift_as_html
from ingest.pipeline import ingest_leaflets
from ingest.qti2txt_quiz import read_qti2txt

from tests.ingest_helpers import ingested_text, shown_text

RT62 = Path(__file__).parent / "data" / "redteam62_leaflets"


_GIFT = """// question bank written by a tool
$CATEGORY: $course$/Top/Uw gipsbeen verzorgen

::Waarom gips?::[html]<b>Waarom gips?</b><br><br>Het gips houdt de botdelen stil\\: zo groeien ze weer \
goed aan elkaar.<br><br>| Week | Wat |<br>|---|---|<br>| 1 tot 2 | krukken |<br>| 3 tot 6 | loopgips |<br><br>\
Heeft u dit gelezen?{
\t=Ja
\t~Nee
}

::Wanneer bellen?::[html]<b>Wanneer bellen?</b><br><br>Bel de gipskamer als uw tenen wit of blauw worden \
\\{ook 's nachts\\}.<br><br>Heeft u dit gelezen?{
\t=Ja
\t~Nee
}
"""


def test_gift_questions_read_as_their_stems(tmp_path):
    item = ingested_text(tmp_path, name="gips.txt", text=_GIFT)
    assert item.leaflet.title == "Uw gipsbeen verzorgen"
    assert [p.headings[-1] for p in item.passages] == ["Waarom gips?", "Wanneer bellen?"]
    text = shown_text(item)
    assert "stil: zo groeien" in text
    assert "{ook 's nachts}" in text
    assert "1 tot 2 | krukken" in text
    for markup in ("$CATEGORY", "::", "<br>", "<b>", "=Ja", "~Nee", "Heeft u dit gelezen?", "[html]", "|---"):
        assert markup not in text, markup


def test_gift_without_header_needs_titled_questions():
    assert gift_as_html("::Een::Vraag een?{=Ja ~Nee}\n\n::Twee::Vraag twee?{=Ja ~Nee}\n") is not None
    assert gift_as_html("::Een::Vraag een?{=Ja ~Nee}\n") is None


def test_text_with_colons_and_braces_is_no_gift(tmp_path):
    text = ("Uw gipsbeen verzorgen\n\nLet op: het gips moet droog blijven. Tijden: ma::vr 9.00 tot 17.00 uur.\n\n"
            "Bel ons als {een teen} blauw wordt.\n\nAfdeling: Gipskamer\n")
    assert gift_as_html(text) is None
    item = ingested_text(tmp_path, name="gips.txt", text=text)
    assert "Let op: het gips moet droog blijven." in shown_text(item)


def test_red_team_62_ms_vermoeidheid():
    item = ingest_leaflets(RT62 / "ms-vermoeidheid.txt", root=RT62)[0]
    assert item.leaflet.title == "Omgaan met vermoeidheid bij MS: module 3 van de e-learning"
    assert item.leaflet.updated == "2026-02"
    headings = [p.headings[-1] for p in item.passages]
    assert headings[:3] == ["Wat is MS-moeheid?", "Wat maakt het erger?", "Uw energie verdelen"]
    assert "Hulp en contact" in headings
    text = shown_text(item)
    assert "Douchen | veel | zittend douchen op een douchekruk" in text
    for markup in ("$CATEGORY", "::", "<br>", "<b>", "=Ja", "~Nee", "Heeft u dit deel gelezen?"):
        assert markup not in text, markup


_AIKEN = """<h1>Uw gipsbeen verzorgen</h1><p>Gipskamer Ziekenhuis Oost</p><h2>Waarom gips?</h2><p>Het gips houdt de botdelen stil, &#233;&#233;n tot zes weken. Zo groeien ze weer goed aan elkaar. Houd het gips droog en leg uw been de eerste dagen zo veel mogelijk hoog, op een kussen of een stoel.</p><p>Heeft u dit gelezen?</p>
A. Ja
B. Nee
ANSWER: A

<h2>Wanneer bellen?</h2><table><tr><th>Teken</th><th>Wat doen</th></tr><tr><td>Blauwe tenen</td><td>direct bellen</td></tr><tr><td>Het gips knelt</td><td>dezelfde dag bellen</td></tr></table><p>Bel de gipskamer op werkdagen van 8.00 tot 17.00 uur. Buiten die tijden belt u de Spoedeisende Hulp.</p><p>Heeft u dit gelezen?</p>
A. Ja
B. Nee
ANSWER: A
"""


def test_aiken_html_stems_read_as_their_page(tmp_path):
    item = ingested_text(tmp_path, name="gips.txt", text=_AIKEN)
    assert item.leaflet.title == "Uw gipsbeen verzorgen"
    text = shown_text(item)
    assert "Waarom gips?" in text and "Wanneer bellen?" in text
    assert "één tot zes weken" in text
    assert "Blauwe tenen | direct bellen" in text
    for markup in ("<h2>", "<p>", "&#233;", "A. Ja", "B. Nee", "ANSWER", "Heeft u dit gelezen?"):
        assert markup not in text, markup


def test_aiken_plain_stems():
    stems, is_html = read_aiken("Wat houdt gips stil?\nA. De botdelen\nB. De spieren\nANSWER: A\n\n"
                                "Hoe lang?\nA. Een week\nB. Zes weken\nC. Een jaar\nANSWER: B\n")
    assert stems == "Wat houdt gips stil?\n\nHoe lang?" and not is_html


def test_text_with_lettered_lines_is_no_aiken(tmp_path):
    text = ("Uw gipsbeen verzorgen\n\nDoe het volgende:\nA. Houd het gips droog.\nB. Leg uw been hoog.\n\n"
            "Bel ons als:\nA. uw tenen blauw worden;\nB. het gips knelt.\n")
    assert read_aiken(text) is None
    assert read_aiken(text + "ANSWER: A\n") is None
    item = ingested_text(tmp_path, name="gips.txt", text=text)
    assert "Houd het gips droog." in shown_text(item)


def test_red_team_62_koolhydraten_tellen():
    item = ingest_leaflets(RT62 / "koolhydraten-tellen.txt", root=RT62)[0]
    assert item.leaflet.title == "Koolhydraten tellen bij diabetes type 1: lesboek bij de online training"
    assert item.leaflet.updated == "2026-01"
    headings = [p.headings[-1] for p in item.passages]
    assert "Waarom koolhydraten tellen?" in headings and "Let op bij" in headings
    text = shown_text(item)
    assert "één eenheid insuline" in text
    assert "Appel | 1 middelgrote | 18 g" in text
    for markup in ("<h2>", "<p>", "<td>", "&#233;", "A. Ja", "ANSWER", "Heeft u dit deel gelezen en begrepen?"):
        assert markup not in text, markup


_QTI2TXT = """Quiz title: Uw gipsbeen verzorgen
Quiz description: Ziekenhuis Oost, Gipskamer. Laatst bijgewerkt: mei 2026
shuffle answers: false
show correct answers: true

1. Het gips houdt de botdelen stil. Zo groeien ze in zes weken weer goed aan elkaar. Houd het gips
droog en leg uw been de eerste dagen hoog.


1. Bel de gipskamer als uw tenen wit of blauw worden, of als het gips knelt. Buiten kantoortijden
belt u de Spoedeisende Hulp.
"""


def test_qti2txt_quiz_read_as_its_items(tmp_path):
    item = ingested_text(tmp_path, name="gips.txt", text=_QTI2TXT)
    assert item.leaflet.title == "Uw gipsbeen verzorgen"
    assert item.leaflet.publisher.startswith("Ziekenhuis Oost")
    assert item.leaflet.updated == "2026-05"
    text = shown_text(item)
    assert "Houd het gips droog en leg uw been" in text
    for markup in ("Quiz title", "Quiz description", "shuffle answers", "show correct answers", "1. "):
        assert markup not in text, markup


def test_text_opening_with_quiz_words_is_no_qti2txt(tmp_path):
    text = ("Quiz title: Uw gipsbeen verzorgen\nDit is een quiz over uw gips. Lees eerst de uitleg.\n\n"
            "1. Houd het gips droog.\n2. Leg uw been hoog.\n")
    assert read_qti2txt(text) is None
    assert read_qti2txt("Quiz over uw gips\n\nshuffle answers: false\n\n1. Houd het gips droog.\n") is None
    item = ingested_text(tmp_path, name="gips.txt", text=text)
    assert "Lees eerst de uitleg." in shown_text(item)


def test_red_team_62_ademhalingsoefeningen():
    item = ingest_leaflets(RT62 / "ademhalingsoefeningen.txt", root=RT62)[0]
    assert item.leaflet.title == "Ademhalingsoefeningen na een buikoperatie: de videocursus in tekst"
    assert item.leaflet.publisher.startswith("Maasstad Ziekenhuis Rotterdam")
    assert item.leaflet.updated == "2026-04"
    text = shown_text(item)
    assert "Huffen is krachtig uitademen" in text
    for markup in ("Quiz title", "Quiz description", "shuffle answers", "show correct answers"):
        assert markup not in text, markup
