"""Line breaks red team 26 left: text cut by GNU `fold` at its width, inside words too, and
html-text's dump of a web page, every block a line and never wrapped (list items, table
rows and a short heading such as "Bel direct uw huisarts als" among long paragraphs)."""

from __future__ import annotations

import textwrap

from ingest.clean.joining import fold_width
from ingest.clean.lines import split_lines
from ingest.pipeline import ingest_file

PARAGRAPHS = [
    "Vitamine B12 is een vitamine die uw lichaam nodig heeft voor het maken van rode bloedcellen en voor "
    "gezonde zenuwen. Plantaardig voedsel bevat bijna geen vitamine B12.",
    "Uw arts laat uw bloed onderzoeken. Daarbij wordt gekeken naar de hoeveelheid vitamine B12 en naar "
    "methylmalonzuur. Een te hoog getal laat zien dat uw lichaam te weinig vitamine B12 heeft, ook als de "
    "waarde nog net normaal is.",
    "Een tekort aan vitamine B12 tijdens de zwangerschap kan de ontwikkeling van uw baby schaden. Eet u vegan "
    "en wilt u zwanger worden, laat dan vooraf uw bloed controleren. De injecties zijn veilig.",
]
ITEM = "-   een maag die een eiwit mist dat nodig is voor de opname (pernicieuze anemie);"  # 81: ";" cut off


def _fold(text: str, width: int = 80) -> str:
    """What GNU `fold` without `-s` writes: every longer line cut at `width`, wherever."""
    return "\n".join(line[at:at + width] for line in text.split("\n") for at in range(0, max(len(line), 1), width))


def _passage_texts(tmp_path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return "\n\n".join(p.text for p in ingest_file(path).passages)


def _source() -> str:
    return "Vitamine B12-tekort\n\nWat is vitamine B12?\n\n" + "\n\n".join(PARAGRAPHS) + \
        f"\n\nOorzaken zijn:\n\n{ITEM}\n-   een maagoperatie;\n"


def test_words_that_fold_cut_in_two_are_whole_again(tmp_path):
    folded = _fold(_source())
    text = _passage_texts(tmp_path, "b12.txt", folded)
    for paragraph in PARAGRAPHS:
        assert paragraph in text
    assert ITEM.removeprefix("-   ") in text  # the lone ";" goes back on its item


def test_fold_width_is_read_from_the_text(tmp_path):
    assert fold_width(split_lines(_fold(_source()))) == 80
    assert fold_width(split_lines(_fold(_source(), 60))) == 60


def test_word_wrapped_and_justified_text_shows_no_fold_width():
    wrapped = "\n\n".join(textwrap.fill(p, 80) for p in PARAGRAPHS * 3)
    assert fold_width(split_lines(wrapped)) == 0
    justified = "\n\n".join(_justify(textwrap.wrap(p, 60), 60) for p in PARAGRAPHS * 3)
    assert fold_width(split_lines(justified)) == 0


def _justify(lines: list[str], width: int) -> str:
    """A typesetter's justified lines: blanks added between words up to the width."""
    out = []
    for line in lines[:-1]:
        words = line.split()
        gaps, extra = len(words) - 1, width - len(line)
        out.append("".join(word + " " * (1 + extra // gaps + (i < extra % gaps)) for i, word in enumerate(words[:-1]))
                   + words[-1])
    return "\n".join(out + lines[-1:])


LONG = ("Bedwantsen reizen mee in koffers, tassen en tweedehands meubels. U neemt ze vaak mee uit een hotel of "
        "vakantiehuis. Bedwantsen hebben niets te maken met een vies huis.")
HTML_TEXT = f"""Bedwantsen

{LONG}

Hoe herkent u bedwantsen?

jeukende bultjes, vaak in een rij op armen, nek of benen;
kleine bloedvlekjes op het laken;

Wat u zelf kunt doen ter voorbereiding:

Wat Hoe
beddengoed en kleding wassen op minimaal 60 graden
spullen die niet in de was kunnen drie dagen in de vriezer bij min 18 graden
matras stofzuigen, daarna zak weggooien buiten het huis

{LONG}

Krab zo weinig mogelijk; knip uw nagels kort.
Koel de bulten met een koud washandje.

{LONG}

Bel direct uw huisarts als

een bult rood, warm en dik wordt en pijn gaat doen;
u koorts krijgt na het krabben van de bulten;
"""


def test_html_text_keeps_its_short_lines_apart(tmp_path):
    text = _passage_texts(tmp_path, "bedwantsen.txt", HTML_TEXT)
    assert "60 graden spullen" not in text
    assert "18 graden matras" not in text
    assert "benen; kleine" not in text
    assert "kort. Koel" not in text
    assert "huisarts als een bult" not in text
    assert "beddengoed en kleding wassen op minimaal 60 graden\n" in text
