"""A mailing's text/plain part keeps its web-version line and unsubscribe footer (red team 24)."""

from __future__ import annotations

from ingest.text import load_text

MAIL = """Lees wat u zelf kunt doen.

Wordt deze e-mail niet goed weergegeven? Bekijk hem in uw browser
[https://mail.example.org/view/1]. Ziekenhuis [https://mail.example.org/logo.png]

Beste patiënt,

Hieronder vindt u de folder over uw klachten.


NETVLIES

Tekst van de folder. Het netvlies ligt achter in het oog.


CONTACT

Bel 010 401 77 77.

Met vriendelijke groet,
Het team

Dit bericht is automatisch verzonden. Ziekenhuis, Straat 1, Rotterdam
Afmelden voor e-mails [https://mail.example.org/unsubscribe/1] | Privacyverklaring
[https://www.example.org/privacy]
"""


def test_mailing_furniture_goes_from_plain_text():
    source = load_text(MAIL.encode(), "mail.txt")
    for gone in ("browser", "Afmelden", "automatisch", "Met vriendelijke groet", "Beste patiënt", "Lees wat u"):
        assert gone not in source.text
    for kept in ("NETVLIES", "Tekst van de folder.", "Bel 010 401 77 77."):
        assert kept in source.text
    assert "Afmelden voor e-mails | Privacyverklaring" in source.furniture


def test_text_without_link_addresses_keeps_its_words():
    text = "Afmelden\n\nWilt u uw afspraak afmelden, bel dan de polikliniek.\n\nBekijk hem in uw browser.\n"
    assert load_text(text.encode(), "folder.txt").text == text
