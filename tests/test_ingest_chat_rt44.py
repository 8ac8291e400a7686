"""Red team 44: a leaflet pasted in a WhatsApp chat and exported as text, and mails printed by
mail viewers and unpackers. The chat's stamps, names and other members' replies were read as
the leaflet's text and each message's bold first line ran into the passage before it; mblaze's
`mshow` part markers stayed and the mail's subject kept the body's headings from being found;
`mu view`'s header, run straight into the body, was a passage and its date outranked the body's;
munpack's 0xFF bytes (quoted-printable soft breaks) read as "ÿ" and broke a table."""

from __future__ import annotations

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.pipeline import ingest_file
from ingest.text import decode_text

LEAFLETS = Path(__file__).parent / "data" / "redteam44_leaflets"
PARAGRAPH = ("Het licht van een scherm maakt kinderen wakker. Zet daarom een uur voor het slapengaan alle "
             "schermen uit. Een verhaaltje voorlezen is een beter ritueel voor het slapen.")


def _ingest(tmp_path: Path, text: str | bytes, name: str = "folder.txt"):
    return ingest_file_as(tmp_path, name, text)


def _chat(stamp) -> str:
    """A group chat with a leaflet pasted a section a message, each line stamped by `stamp(minute)`."""
    return "\n".join([
        f"{stamp(2)}Berichten en oproepen zijn end-to-end versleuteld. Niemand buiten deze chat kan ze lezen.",
        f"{stamp(3)}Sanne: Iemand tips over schermtijd?",
        f"{stamp(4)}Ilse JGZ: Ik plak even onze folder hierin",
        f"{stamp(5)}Ilse JGZ: *Schermtijd bij jonge kinderen*", "", "GGD Gelderland-Zuid", "",
        "Laatst bijgewerkt: 5 december 2025",
        f"{stamp(6)}Ilse JGZ: *Slapen*", "", PARAGRAPH + " <Dit bericht is bewerkt>",
        f"{stamp(7)}Mohamed: Dank je! Half uur is best kort haha",
        f"{stamp(8)}Ilse JGZ: *Tips voor thuis*", "", "- Maak samen afspraken en gebruik een timer.",
        "- Kijk samen en praat over wat u ziet.", "- Gebruik een scherm niet als beloning.",
        f"{stamp(9)}Mohamed: <Media weggelaten>",
        f"{stamp(10)}Sanne: Dit bericht is verwijderd", ""])


def _assert_leaflet(item) -> None:
    assert item.leaflet.title == "Schermtijd bij jonge kinderen"
    assert [tuple(passage.headings) for passage in item.passages] == [("Slapen",), ("Tips voor thuis",)]
    assert item.passages[0].text == PARAGRAPH
    text = " ".join(passage.text for passage in item.passages)
    for left_out in ("Ilse JGZ", "Mohamed", "Dank je", "Media", "verwijderd", "20:0", "plak even", "versleuteld"):
        assert left_out not in text


def test_a_whatstk_chat_export_reads_as_the_pasted_leaflet(tmp_path: Path) -> None:
    _assert_leaflet(_ingest(tmp_path, _chat(lambda minute: f"26-01-13, 20:{minute:02d} - ")))


def test_whatsapps_android_and_ios_exports_read_as_the_pasted_leaflet(tmp_path: Path) -> None:
    _assert_leaflet(_ingest(tmp_path, _chat(lambda minute: f"13-01-2026 20:{minute:02d} - "), "android.txt"))
    _assert_leaflet(_ingest(tmp_path, _chat(lambda minute: f"\u200e[13-01-2026 20:{minute:02d}:15] "), "ios.txt"))


def test_the_committed_chat_export_has_its_sections(tmp_path: Path) -> None:
    item = ingest_file(LEAFLETS / "schermtijd.txt", root=LEAFLETS)
    assert item.leaflet.title == "Schermtijd bij jonge kinderen"
    assert ("Driftbui als het scherm uit moet",) in [tuple(passage.headings) for passage in item.passages]
    assert all("26-01-13" not in passage.text and "Mohamed" not in passage.text for passage in item.passages)


def test_a_leaflet_with_a_dated_list_is_no_chat(tmp_path: Path) -> None:
    text = ("Spreekuren griepvaccinatie\n\nHuisartsenpraktijk De Linde\n\n"
            "13-10-2026 14:00 - Locatie Noord: u kunt zonder afspraak komen.\n"
            "14-10-2026 14:00 - Locatie Zuid: u kunt zonder afspraak komen.\n"
            "15-10-2026 09:00 - Locatie Oost: neem uw uitnodiging mee.\n")
    item = _ingest(tmp_path, text)
    assert item.leaflet.title == "Spreekuren griepvaccinatie"
    assert "13-10-2026 14:00 - Locatie Noord" in " ".join(passage.text for passage in item.passages)


def test_mshows_part_markers_go_and_the_bodys_title_and_headings_win(tmp_path: Path) -> None:
    item = ingest_file(LEAFLETS / "voorhuid.txt", root=LEAFLETS)
    assert item.leaflet.title == "Een nauwe voorhuid bij jongens"
    headings = [tuple(passage.headings) for passage in item.passages]
    assert ("Wat is een nauwe voorhuid?",) in headings and ("Ballonneren",) in headings
    assert all("multipart/alternative" not in passage.text and "text/plain" not in passage.text
               for passage in item.passages)


def test_a_typed_mail_carrying_a_leaflet_reads_its_own_headings(tmp_path: Path) -> None:
    text = ("From: Huisartsenpraktijk De Linde <noreply@delinde.nl>\nSubject: Informatie over slapen\n"
            "Date: Mon, 09 Feb 2026 11:20:00 +0100\n\n--- 1: text/plain size=600 ---\n"
            "Slapen bij jonge kinderen\n\nHuisartsenpraktijk De Linde\n\nWat is normaal?\n\n" + PARAGRAPH + "\n\n"
            "Wanneer naar de huisarts?\n\n" + PARAGRAPH + "\n")
    item = _ingest(tmp_path, text)
    assert item.leaflet.title == "Slapen bij jonge kinderen"
    assert [tuple(passage.headings) for passage in item.passages] == [("Wat is normaal?",),
                                                                      ("Wanneer naar de huisarts?",)]


def test_mu_views_header_run_into_the_body_is_no_passage_and_the_bodys_date_wins(tmp_path: Path) -> None:
    item = ingest_file(LEAFLETS / "tbc-contactonderzoek-en.txt", root=LEAFLETS)
    assert item.leaflet.title == "Tuberculosis contact tracing"
    assert item.leaflet.updated == "2026-02"  # "Published: February 2026", not the mail's Date
    assert all("Subject:" not in passage.text and "Dear client" not in passage.text for passage in item.passages)
    assert item.passages[0].headings == ("Why are you receiving this letter?",)


def test_a_subject_stands_in_where_the_body_names_no_title(tmp_path: Path) -> None:
    text = ("From: GGD Amsterdam <tbc@ggd.example>\nTo: client@example.com\nSubject: Your appointment\n"
            "Date: Tue Feb 10 08:05:00 2026\n" + PARAGRAPH + "\n")
    item = _ingest(tmp_path, text)
    assert item.leaflet.title == "Your appointment"
    assert item.leaflet.updated == "2026-02-10"
    assert all("Subject" not in passage.text for passage in item.passages)


def test_stray_ff_bytes_in_utf8_text_are_left_out() -> None:
    data = "Crème: slang maximaal 15 mete\xffr\r\naccu houdt 4 uur\xff\r\n".encode("utf-8").replace(b"\xc3\xbf", b"\xff")
    assert decode_text(data, "x.txt") == "Crème: slang maximaal 15 meter\r\naccu houdt 4 uur\r\n"
    assert decode_text("Crème brûlée\xff".encode("cp1252"), "x.txt") == "Crème brûlée\xff"  # no UTF-8: cp1252


def test_munpacks_table_reads_as_a_table(tmp_path: Path) -> None:
    item = ingest_file(LEAFLETS / "zuurstof-thuis.txt", root=LEAFLETS)
    text = "\n".join(passage.text for passage in item.passages)
    assert "Vaste concentrator | thuis, ook 's nachts | slang maximaal 15 meter" in text
    assert "ÿ" not in text and "-----" not in text


def test_a_message_that_opens_with_a_line_break_keeps_its_heading() -> None:
    from ingest.chat_export import chat_as_markdown
    text = ("13-01-2026 20:05 - Ilse JGZ: *Schermtijd bij jonge kinderen*\n"
            "13-01-2026 20:06 - Ilse JGZ:\n*Slapen*\n" + PARAGRAPH + "\n"
            "13-01-2026 20:07 - Sanne: Dank je!\n")
    assert chat_as_markdown(text) == f"**Schermtijd bij jonge kinderen**\n\n**Slapen**\n\n{PARAGRAPH}\n"
