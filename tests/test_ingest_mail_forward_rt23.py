"""A forwarded leaflet, as red team 23 found it read wrongly: Gmail's header over the message it
forwards ("---------- Forwarded message --------- From: ... To: <s.bakker@...>") opens with a
line that is no field, so it stayed as the first passage, with a teacher's address and the
practice assistant's signed note. Thunderbird and Apple Mail open theirs with lines of their own."""

from __future__ import annotations

from pathlib import Path

from ingest.mail import is_message_header, read_mail
from ingest.pipeline import ingest_file

FIELDS = ["From: Huisartsenpraktijk De Linde <info@hapdelinde.nl>", "Date: Mon, 8 Jun 2026 at 09:12",
          "Subject: Threadworms leaflet (English)", "To: <s.bakker@obsderegenboog.nl>"]
LEAFLET = ("<h1>Threadworms</h1><h2>What are threadworms?</h2><p>Threadworms are small white worms about one "
           "centimetre long. They live in the bowel. At night the females crawl out to lay eggs.</p>"
           "<h2>Treatment</h2><p>The medicine mebendazole kills the worms, but not the eggs. That is why you take "
           "a second tablet after two weeks.</p>")


def _text(tmp_path: Path, body: str, name: str = "mail.html") -> str:
    page = tmp_path / name
    page.write_text(f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>", encoding="utf-8")
    return "\n".join(passage.text for passage in ingest_file(page).passages)


def test_a_header_under_the_line_that_opens_a_forward_is_a_header():
    for opening in ("---------- Forwarded message ---------", "-------- Doorgestuurd bericht --------",
                    "-------- Original Message --------", "Begin forwarded message:"):
        assert is_message_header([opening, "", *FIELDS])
    assert not is_message_header(["Please print this for the parents' evening.", *FIELDS])


def test_gmails_forward_header_and_the_signed_notes_around_it_go(tmp_path):
    attr = "<br>".join(["---------- Forwarded message ---------", *FIELDS]).replace("<s.", "&lt;s.") \
        .replace(".nl>", ".nl&gt;").replace("<info", "&lt;info")
    body = ("<div dir=ltr><p>Hi all,</p><p>Forwarding the English version of the leaflet for the parents' "
            "evening folder. Can someone print 20 copies?</p><p>Thanks,</p><p>Sanne</p>"
            f"<div class=gmail_quote><div dir=ltr class=gmail_attr>{attr}<br></div><br>"
            "<div dir=ltr><p>Dear Ms Bakker,</p><p>As promised, below is the English translation of our leaflet.</p>"
            f"<p>Kind regards,<br>Karin Jansen, practice assistant</p>{LEAFLET}</div></div></div>")
    text = _text(tmp_path, body)
    for gone in ("obsderegenboog", "Forwarded", "Karin", "Bakker", "As promised", "Sanne", "20 copies"):
        assert gone not in text
    assert "mebendazole kills the worms" in text


def test_thunderbirds_line_over_its_table_of_fields_goes(tmp_path):
    rows = "".join(f"<tr><th>{key}:</th><td>{value}</td></tr>"
                   for key, _, value in (field.partition(": ") for field in FIELDS))
    body = ("<p>See below.</p><div class=moz-forward-container><br><br>-------- Forwarded Message --------\n"
            f"<table class=moz-email-headers-table><tbody>{rows}</tbody></table><br>{LEAFLET}</div>")
    text = _text(tmp_path, body.replace("<s.", "&lt;s.").replace("<info", "&lt;info").replace(".nl>", ".nl&gt;"))
    assert "Forwarded Message" not in text and "obsderegenboog" not in text and "mebendazole" in text


def test_a_plain_text_forward_loses_its_note_and_header_and_keeps_what_it_forwards():
    text = "\n".join(["Hi all,", "", "Can someone print 20 copies?", "", "Thanks,", "Sanne", "",
                      "Begin forwarded message:", "", *FIELDS, "", "Threadworms", "",
                      "Threadworms are small white worms about one centimetre long."])
    mail = read_mail(text)
    assert mail is not None and "Sanne" not in mail.text and "obsderegenboog" not in mail.text
    assert "Threadworms\n\nThreadworms are small white worms" in mail.text and "8 Jun 2026" in mail.date
    assert mail.subject == ""  # the forwarded text's own first line titles it


def test_a_replys_answer_under_its_salutation_stays_where_no_closing_words_sign_it_before_the_leaflet(tmp_path):
    body = ("<p>Dear Mrs Jansen,</p><p>Thank you for your question: yes, you may give the drops in milk.</p>"
            + LEAFLET + "<p>Kind regards,</p><p>Anouk Verbeek</p>"
            + "<div>" + "<br>".join(FIELDS) + "</div><p>Hello, my daughter Noor is three weeks old.</p>")
    text = _text(tmp_path, body.replace("<s.", "&lt;s.").replace("<info", "&lt;info").replace(".nl>", ".nl&gt;"))
    assert "Jansen" not in text and "you may give the drops in milk" in text and "Noor" not in text


def test_the_notice_under_a_forwarded_leaflet_goes_when_its_signed_note_went(tmp_path):
    body = ("<div><p>Dear Ms Bakker,</p><p>As promised, below is our leaflet.</p><p>Kind regards,</p>"
            "<p>Karin Jansen</p></div><div>" + "<br>".join(FIELDS) + "</div>" + LEAFLET
            + "<p>This e-mail may contain confidential information and is intended solely for the addressee. If you "
            "have received it in error, please notify the sender.</p>")
    text = _text(tmp_path, body.replace("<s.", "&lt;s.").replace("<info", "&lt;info").replace(".nl>", ".nl&gt;"))
    assert "confidential" not in text and "Karin" not in text and "mebendazole" in text
