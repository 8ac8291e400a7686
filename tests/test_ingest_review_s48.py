"""Review of session 48's ingest changes: odd input and ordinary leaflets the new rules misread.

Slow paths are timed in scripts, not here; these tests pin what the fixed code reads from the
inputs that were slow (backtracking quadratic in a line's length).
"""

from pathlib import Path

from ingest.calendar_print import is_tool_report, without_calendar_print
from ingest.captions import captions_transcript
from ingest.chat_export import chat_as_markdown, is_chat_export
from ingest.mail import read_mail
from ingest.pipeline import ingest_leaflets

LONG = 100_000  # characters: a quadratic path takes minutes on it, a linear one a moment
BODY = ("Deze folder geeft u informatie over de behandeling die u binnenkort krijgt. "
        "Lees hem goed door en neem hem mee naar uw afspraak.")


def _ingest(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return ingest_leaflets(path, root=tmp_path)[0]


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

