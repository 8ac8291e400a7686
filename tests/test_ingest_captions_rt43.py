"""Red team 43: a patient video's captions. A WebVTT file (ffmpeg's) and a SubRip file (pysubs2's)
kept as .txt were read as plain text: cue timings headed sections, the first cue number titled
the leaflet, cue numbers stuck to the words and sentences were cut across cues. webvtt-py's
transcript (a caption's lines a line each, no timings) took a line the caption's margin broke
before a name for a heading, and ran section questions into their paragraph."""

from __future__ import annotations

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.captions import captions_transcript, is_captions
from ingest.pipeline import SUPPORTED, find_sources, ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam43_leaflets"

WEBVTT = """WEBVTT - Steunkousen
Kind: captions
Language: nl

NOTE Gemaakt met ffmpeg
uit de ondertiteling van de video

STYLE
::cue { color: yellow }

titel
00:01.000 --> 00:03.000 align:start position:10%
Steunkousen aan- en uittrekken

00:03.200 --> 00:07.600
Afdeling Dermatologie &amp; Vaatchirurgie,
Ziekenhuis Gelderse Vallei

00:07.800 --> 00:09.300
Laatst bijgewerkt:

00:09.500 --> 00:11.000
12 januari 2026

00:11.200 --> 00:16.200
<v Anja>In deze video laten we zien hoe u
therapeutische <i>elastische</i> kousen aantrekt

00:16.400 --> 00:17.900
en uittrekt.

00:18.100 --> 00:20.000
De kousen drukken van buiten op uw been.

00:20.100 --> 00:22.000
Wat heeft u nodig?

00:22.100 --> 00:25.000
uw kousen, op maat gemeten door de bandagist;

00:25.100 --> 00:27.000
rubberen handschoenen met noppen;

00:27.100 --> 00:29.000
een stoel met armleuningen.

00:29.100 --> 00:32.000
Met rubberen handschoenen krijgt u meer
grip op de kous.

00:32.100 --> 00:34.000
Zo trekt u de kous aan

00:34.100 --> 00:37.000
Ga rustig zitten op een stoel.

00:37.100 --> 00:40.000
Lukt het niet om de kous zelf aan te trekken?

00:40.100 --> 00:43.000
Dan kan de thuiszorg u elke dag komen helpen.
"""

SUBRIP = """1
00:00:01,000 --> 00:00:03,667
Veilig eten en drinken bij slikproblemen

2
00:00:03,867 --> 00:00:06,467
Logopedie, Ziekenhuis Rivierenland Tiel

3
00:00:06,667 --> 00:00:08,600
Bijgewerkt op 3 februari 2026

4
00:00:08,800 --> 00:00:13,600
Na een beroerte, bij de ziekte van
Parkinson of op hoge leeftijd kan het

5
00:00:13,800 --> 00:00:15,400
slikken moeilijker gaan.

6
00:00:15,600 --> 00:00:17,100
Dat heet dysfagie.

7
00:00:17,300 --> 00:00:19,000
Houding tijdens het eten

8
00:00:19,200 --> 00:00:23,000
Zit rechtop aan tafel, met uw voeten
op de grond.

9
00:00:23,200 --> 00:00:26,000
Kunt u tabletten moeilijk doorslikken?

10
00:00:26,200 --> 00:00:29,000
Vraag aan uw apotheker of u de tabletten
mag fijnmaken.
"""


def _ingest(tmp_path: Path, text: str, name: str):
    return ingest_file_as(tmp_path, name, text)


def _all_text(item) -> str:
    return "\n".join(passage.text for passage in item.passages)


def test_webvtt_kept_as_txt_reads_as_its_transcript(tmp_path: Path) -> None:
    item = _ingest(tmp_path, WEBVTT, "steunkousen.txt")
    assert item.leaflet.title == "Steunkousen aan- en uittrekken"
    assert item.leaflet.updated == "2026-01-12"
    assert "Gelderse Vallei" in item.leaflet.publisher
    text = _all_text(item)
    assert "-->" not in text and "WEBVTT" not in text and "NOTE" not in text and "cue" not in text
    assert "In deze video laten we zien hoe u therapeutische elastische kousen aantrekt en uittrekt." in text
    assert "<" not in text and "&amp;" not in text
    headings = [passage.headings[-1] for passage in item.passages if passage.headings]
    assert "Wat heeft u nodig?" in headings and "Zo trekt u de kous aan" in headings
    assert "Lukt het niet om de kous zelf aan te trekken? Dan kan de thuiszorg u elke dag komen helpen." in text


def test_subrip_reads_without_cue_numbers_and_timings(tmp_path: Path) -> None:
    item = _ingest(tmp_path, SUBRIP, "slikproblemen.srt")
    assert item.leaflet.title == "Veilig eten en drinken bij slikproblemen"
    assert item.leaflet.updated == "2026-02-03"
    assert "Rivierenland" in item.leaflet.publisher
    text = _all_text(item)
    assert "-->" not in text and "00:00" not in text
    assert "Na een beroerte, bij de ziekte van Parkinson of op hoge leeftijd kan het slikken moeilijker gaan." in text
    assert not any(line.strip().isdigit() for line in text.split("\n"))
    assert any(passage.headings[-1:] == ("Houding tijdens het eten",) for passage in item.passages)
    # a question that opens with its verb is an "if" in running text, no heading
    assert "Kunt u tabletten moeilijk doorslikken? Vraag aan uw apotheker" in text


def test_caption_files_are_found_by_their_extensions(tmp_path: Path) -> None:
    assert {".vtt", ".srt"} <= SUPPORTED
    for name, text in (("video.vtt", WEBVTT), ("video.srt", SUBRIP)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert [path.name for path in find_sources([tmp_path])] == ["video.srt", "video.vtt"]
    assert ingest_file(tmp_path / "video.vtt", root=tmp_path).leaflet.title == "Steunkousen aan- en uittrekken"


def test_transcript_lines() -> None:
    transcript = captions_transcript(WEBVTT)
    assert transcript is not None
    lines = transcript.split("\n")
    assert lines[:5] == ["Steunkousen aan- en uittrekken", "", "Afdeling Dermatologie & Vaatchirurgie, Ziekenhuis Gelderse Vallei",
                         "", "Laatst bijgewerkt: 12 januari 2026"]
    at = lines.index("Wat heeft u nodig?")
    assert lines[at + 2:at + 5] == ["uw kousen, op maat gemeten door de bandagist;", "rubberen handschoenen met noppen;",
                                    "een stoel met armleuningen."]


def test_rolling_captions_sound_lines_and_dialogue_dashes() -> None:
    rolling = ("WEBVTT\n\n00:00:00.000 --> 00:00:02.000 align:start position:0%\n \n"
               "welkom<00:00:00.500><c> bij</c><c> deze</c><c> video</c>\n\n"
               "00:00:02.000 --> 00:00:02.010\nwelkom bij deze video\n \n\n"
               "00:00:02.010 --> 00:00:04.000\nwelkom bij deze video\nover<00:00:02.500><c> steunkousen.</c>\n\n"
               "00:00:04.000 --> 00:00:05.000\n[muziek]\n\n00:00:05.000 --> 00:00:06.000\n- Dag.\n- Tot ziens.\n")
    assert captions_transcript(rolling) == "welkom bij deze video over steunkousen. Dag. Tot ziens.\n"


def test_what_opens_as_captions() -> None:
    assert is_captions(WEBVTT) and is_captions(SUBRIP) and is_captions("\ufeffWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nDag.\r\n")
    assert not is_captions("WEBVTT-cursus voor ondertitelaars\nHoe maakt u ondertitels?\n")
    assert not is_captions("1\nDe eerste stap.\n")


def test_captions_no_library_reads_fall_back_to_text(tmp_path: Path) -> None:
    assert captions_transcript("WEBVTT\n\n00:01.000 --> xx\nHallo\n") is None
    assert captions_transcript("1\n00:00:01,000 --> 00:00:02,000\n\n") is None
    item = _ingest(tmp_path, "WEBVTT\n\nStemrust na een operatie\n\nPraat zo weinig mogelijk.\n", "kapot.vtt")
    assert "Praat zo weinig mogelijk." in _all_text(item)


def test_red_team_caption_leaflets() -> None:
    for name, title, heading in (("steunkousen.txt", "Steunkousen aan- en uittrekken", "Waarom draagt u steunkousen?"),
                                 ("slikproblemen.txt", "Veilig eten en drinken bij slikproblemen", "Medicijnen innemen")):
        item = ingest_file(LEAFLETS / name, root=LEAFLETS)
        assert item.leaflet.title == title
        assert item.leaflet.publisher
        assert "-->" not in _all_text(item)
        assert any(passage.headings[-1:] == (heading,) for passage in item.passages)


def test_webvtt_py_transcript_a_line_the_margin_broke_heads_nothing() -> None:
    item = ingest_file(LEAFLETS / "uitdroging-ouderen.txt", root=LEAFLETS)
    headings = {heading for passage in item.passages for heading in passage.headings}
    assert "In deze video legt wijkverpleegkundige" not in headings
    assert "In deze video legt wijkverpleegkundige Anja uit waarom genoeg drinken belangrijk is en hoe u dat volhoudt." \
        in _all_text(item)
    assert "Wat gebeurt er als u te weinig drinkt?" in headings
    assert item.leaflet.title == "Genoeg drinken als u ouder wordt"


def test_a_question_word_heads_a_section_one_a_condition_takes_up_stays_prose(tmp_path: Path) -> None:
    lines = ["Genoeg drinken als u ouder wordt", "Wijkverpleging Zorggroep Noorderboog", "Bijgewerkt: februari 2026",
             "Als u ouder wordt, krijgt u minder snel", "dorst.", "Ook houden uw nieren minder goed vocht",
             "vast.", "Wat gebeurt er als u te weinig drinkt?", "Bij uitdroging heeft uw lichaam te weinig",
             "vocht.", "Hoeveel moet u drinken?", "De meeste ouderen hebben anderhalf tot twee", "liter vocht per dag nodig.",
             "Wat doet u bij hartfalen of een ziekte?", "Dan heeft de arts u misschien verteld dat",
             "u juist minder mag drinken.", "Houd u dan aan dat advies.", "Wanneer belt u de huisarts?",
             "Bel de huisarts als u of uw naaste in de", "war raakt of als u niets binnen kunt", "houden door braken.",
             "Vraag gerust om een huisbezoek van de", "wijkverpleegkundige."]
    item = _ingest(tmp_path, "\n".join(lines) + "\n", "uitdroging.txt")
    headings = {heading for passage in item.passages for heading in passage.headings}
    assert {"Wat gebeurt er als u te weinig drinkt?", "Hoeveel moet u drinken?", "Wanneer belt u de huisarts?"} <= headings
    assert "Wat doet u bij hartfalen of een ziekte?" not in headings
