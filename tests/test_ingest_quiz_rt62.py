"""Leaflets kept as quiz tools' question files (red team 62).

- a Moodle GIFT question bank was read as plain text: its category's name is the title, each
  question's title a heading over its stem, `[html]` stems read as HTML, the answer blocks and the
  question every stem closes with no text (`ingest.gift_questions`).
"""

from pathlib import Path

from ingest.gift_questions import gift_as_html
from ingest.pipeline import ingest_leaflets

RT62 = Path(__file__).parent / "data" / "redteam62_leaflets"


def _ingest(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return ingest_leaflets(path, root=tmp_path)[0]


def _all_text(item) -> str:
    return "\n".join([item.leaflet.title, *(" ".join(p.headings) + "\n" + p.text for p in item.passages)])


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
    item = _ingest(tmp_path, "gips.txt", _GIFT)
    assert item.leaflet.title == "Uw gipsbeen verzorgen"
    assert [p.headings[-1] for p in item.passages] == ["Waarom gips?", "Wanneer bellen?"]
    text = _all_text(item)
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
    item = _ingest(tmp_path, "gips.txt", text)
    assert "Let op: het gips moet droog blijven." in _all_text(item)


def test_red_team_62_ms_vermoeidheid():
    item = ingest_leaflets(RT62 / "ms-vermoeidheid.txt", root=RT62)[0]
    assert item.leaflet.title == "Omgaan met vermoeidheid bij MS: module 3 van de e-learning"
    assert item.leaflet.updated == "2026-02"
    headings = [p.headings[-1] for p in item.passages]
    assert headings[:3] == ["Wat is MS-moeheid?", "Wat maakt het erger?", "Uw energie verdelen"]
    assert "Hulp en contact" in headings
    text = _all_text(item)
    assert "Douchen | veel | zittend douchen op een douchekruk" in text
    for markup in ("$CATEGORY", "::", "<br>", "<b>", "=Ja", "~Nee", "Heeft u dit deel gelezen?"):
        assert markup not in text, markup
