"""Review of session 48's ingest changes: odd input and ordinary leaflets the new rules misread.

Slow paths are timed in scripts, not here; these tests pin what the fixed code reads from the
inputs that were slow (backtracking quadratic in a line's length).
"""

from leaflet_files import ingest_leaflets_as

from ingest.calendar_print import is_tool_report, without_calendar_print
from ingest.captions import captions_transcript
from ingest.chat_export import chat_as_markdown, is_chat_export
from ingest.mail import read_mail

LONG = 100_000  # characters: a quadratic path takes minutes on it, a linear one a moment
BODY = ("Deze folder geeft u informatie over de behandeling die u binnenkort krijgt. "
        "Lees hem goed door en neem hem mee naar uw afspraak.")


def _all_text(item) -> str:
    return "\n".join(passage.text for passage in item.passages)


def test_a_long_word_is_no_tool_report():
    # `_PATH`'s "\S+\.ics" tried every letter of a long word as a file name's start
    assert not is_tool_report("a" * LONG)
    assert is_tool_report("1 events found in agenda/afspraak.ics")


def test_a_date_over_a_long_run_of_blanks_is_no_event():
    # `_SPAN`'s two "\s*" shared a run of blanks every way they could
    text = "1-1" + " " * LONG + "x\n\nDe griepprik\n"
    assert without_calendar_print(text) == (text, [])
    assert without_calendar_print("1-1 10:00" + " " * LONG + "x\n")[1] == []


def test_caption_braces_with_no_end_are_text():
    # `_OVERRIDE` scanned to the end of the caption from every "{\" that no "}" closes
    text = "WEBVTT\n\n00:01.000 --> 00:02.000\nZo " + "{\\" * (LONG // 2) + "\n"
    transcript = captions_transcript(text)
    assert transcript is not None and transcript.startswith("Zo {\\{\\")
    assert captions_transcript("WEBVTT\n\n00:01.000 --> 00:02.000\n{\\an8}Welkom bij de video.\n") \
        == "Welkom bij de video.\n"


def test_a_chat_message_ending_in_a_long_run_of_blanks():
    # `_EDITED`'s "\s*" started at every blank of the run
    stamp = "13-01-2026 20:03 - Ilse: "
    text = f"{stamp}*Slapen*\n{stamp}*Eten*\nGoed eten.\n{stamp}Tekst" + " " * LONG + "x\n"
    assert chat_as_markdown(text).rstrip().endswith("x")
    edited = f"{stamp}*Slapen*\n{stamp}*Eten*\n{stamp}Slaap goed.  <Dit bericht is bewerkt>\n"
    assert chat_as_markdown(edited).endswith("Slaap goed.\n")


def test_a_mime_part_line_with_a_long_run_of_blanks():
    # `_PART_MARKER`'s ".*" and "[ \t]+" shared a run of blanks every way they could
    mail = read_mail("From: a@b.nl\nSubject: Slapen\nDate: 1 Jan 2026\n\n--- 1: text/plain" + " " * LONG + "x\n\nTekst.\n")
    assert mail is not None and "x" in mail.text
    marked = read_mail("From: a@b.nl\nSubject: Slapen\nDate: 1 Jan 2026\n\n--- 1: text/plain size=12 ---\nTekst.\n")
    assert marked is not None and "---" not in marked.text


def test_a_leaflet_opening_with_its_evening_is_no_calendar_print(tmp_path):
    # a date with its start and end time over a summary is an event's line only under a tool's
    # report or over the event's location
    text = ("12-03-2026 19:00 - 21:00 Informatieavond over uw nieuwe heup\n\n"
            f"Zaal 3, Ziekenhuis Rijnstate, Arnhem\n\n{BODY}\n\nWat gebeurt er?\n\n{BODY}\n")
    item = ingest_leaflets_as(tmp_path, "avond.txt", text)[0]
    assert item.leaflet.title == "12-03-2026 19:00 - 21:00 Informatieavond over uw nieuwe heup"
    assert without_calendar_print("Tue Mar 24 10:40 - 10:50 Griepprik\nLocatie: GGD, Markt 1, Ede\n\nDe griepprik\n")[1] \
        == ["GGD, Markt 1, Ede"]


def test_a_programme_of_labelled_times_is_no_chat(tmp_path):
    # every "sender" once: a programme's labels, no chat's members, who post again and again
    programme = ("12-03-2026 19:00 - Spreker: dr. Jansen over de nieuwe heup\n"
                 "12-03-2026 20:00 - Pauze: koffie en thee in de hal\n"
                 "12-03-2026 20:30 - Vragen: u stelt ze aan de orthopeed\n\n")
    assert not is_chat_export(programme + BODY + "\n")
    item = ingest_leaflets_as(tmp_path, "programma.txt", programme + BODY + "\n\nWat gebeurt er?\n\n" + BODY + "\n")[0]
    assert "Spreker: dr. Jansen" in _all_text(item) and "Pauze" in _all_text(item)


def test_a_forms_example_after_its_lead_is_no_record_header(tmp_path):
    text = (f"Toestemmingsformulier\n\n{BODY}\n\nZo ziet een ingevuld formulier eruit:\n\n"
            f"Naam: J. de Vries\nGeboortedatum: 01-01-1950\n\nWat gebeurt er?\n\n{BODY}\n")
    item = ingest_leaflets_as(tmp_path, "formulier.txt", text)[0]
    assert "J. de Vries" in _all_text(item) and not item.warnings
    header = ingest_leaflets_as(tmp_path, "brief.txt",
                                text.replace("Zo ziet een ingevuld formulier eruit:", "Gegevens van de patiënt:"))[0]
    assert "J. de Vries" not in _all_text(header) and header.warnings
