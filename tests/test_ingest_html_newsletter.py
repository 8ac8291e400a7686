"""A newsletter saved as HTML, as red team 17 found it read wrongly (`hidradenitis.html`, made
with MJML: every block in a layout table, no `<h*>`): the "view it in your browser" line and
the unsubscribe footer were kept as text, the headline set large was no heading, and the
band's "Nieuwsbrief voor patiënten · mei 2026" did not date it."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.dates import find_updated
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam17_leaflets"
TEXT_STYLE = "font-size:14px;color:#333333"
INTRO = ("Eczeem is een ontsteking van de huid. De huid is droog, rood en jeukt. Eczeem is niet "
         "besmettelijk en komt vaak voor bij kinderen.")
CARE = "Smeer de huid twee keer per dag in met een vette crème, ook als er geen plekjes zijn."


def _section(*blocks: str) -> str:
    """One section of a mail template: a layout table with a block of text in each cell."""
    rows = "".join(f"<tr><td>{block}</td></tr>" for block in blocks)
    return f'<div><table role="presentation" border="0" cellpadding="0"><tbody>{rows}</tbody></table></div>'


def _text(words: str, style: str = TEXT_STYLE) -> str:
    return f'<div style="{style}">{words}</div>'


def _ingest_mail(tmp_path: Path, top: str, footer: str, *, band: str = ""):
    """What ingest makes of a generated mail: the `top` line, a band, a headline and two
    sections set by font size only, and the `footer`."""
    body = "".join([
        _section(top) if top else "",
        band,
        _section(_text("Eczeem bij kinderen", "font-size:20px;font-weight:bold"), _text(INTRO)),
        _section(_text("Verzorging van de huid", "font-size:16px;font-weight:bold"), _text(CARE)),
        _section(footer) if footer else "",
    ])
    page = tmp_path / "mail.html"
    page.write_text("<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>Nieuwsbrief</title></head>"
                    f"<body style='{TEXT_STYLE}'><div>{body}</div></body></html>", encoding="utf-8")
    return ingest_file(page)


def _mail(tmp_path: Path, top: str, footer: str) -> list[tuple[tuple[str, ...], str]]:
    """The passages of a generated mail (`_ingest_mail`)."""
    return [(passage.headings, passage.text) for passage in _ingest_mail(tmp_path, top, footer).passages]


FOOTER = _text('Huidkliniek West · Lindelaan 4 · Leiden<br>U ontvangt deze nieuwsbrief omdat u zich heeft '
               'aangemeld. <a href="https://mail.example/unsubscribe?u=1">Afmelden</a> · '
               '<a href="https://example/privacy">Privacy</a>', "font-size:11px")


@pytest.mark.parametrize("top", [
    _text('Wordt deze e-mail niet goed weergegeven? <a href="https://mail.example/view">Bekijk hem in uw '
          'browser</a>.', "font-size:11px"),
    _text('<a href="https://us1.campaign-archive.example/?u=1">View this email in your browser</a>', "font-size:11px"),
    _text('Wordt deze e-mail niet goed weergegeven? Klik dan <a href="https://mail.example/v">hier</a>.',
          "font-size:11px"),
    _text('<a href="https://mail.example/v">Bekijk de webversie</a>', "font-size:11px"),
])
def test_the_line_that_offers_the_web_version_goes(tmp_path, top):
    text = "\n".join(text for headings, text in _mail(tmp_path, top, ""))
    assert "browser" not in text and "webversie" not in text and "hier" not in text
    assert INTRO in text and CARE in text


@pytest.mark.parametrize("footer", [
    FOOTER,
    # Mailchimp: the link's words unsubscribe, its address says so, no word names the mailing
    _text('Copyright © 2026 Huidkliniek West<br><a href="https://x.list-manage.example/unsubscribe?u=1">'
          'unsubscribe from this list</a> · <a href="https://x.example/profile">update your preferences</a>',
          "font-size:11px"),
    # the sender's address in a block of its own, and social links, in the footer's section
    _text("Huidkliniek West · Lindelaan 4 · Leiden", "font-size:11px")
    + '<a href="https://facebook.example/huidkliniek">Facebook</a>'
    + _text('Wilt u deze e-mail niet meer ontvangen? <a href="https://mail.example/u">Uitschrijven</a>',
            "font-size:11px"),
])
def test_the_unsubscribe_footer_is_no_text_of_the_last_section(tmp_path, footer):
    passages = _mail(tmp_path, "", footer)
    assert passages[-1][1] == CARE
    text = "\n".join(text for headings, text in passages)
    assert "Lindelaan" not in text and "ontvangt" not in text and "unsubscribe" not in text


@pytest.mark.parametrize("line, kept", [
    ('Kunt u niet komen? <a href="https://ziekenhuis.example/afspraak/afmelden">Afmelden</a> kan tot 24 uur '
     'van tevoren.', "Kunt u niet komen?"),
    ('Bekijk de video over het insmeren <a href="https://ziekenhuis.example/video">online</a>.',
     "Bekijk de video over het insmeren online."),
])
def test_a_leaflets_own_links_stay(tmp_path, line, kept):
    """Cancelling an appointment ("Afmelden") and a video to watch online are the leaflet's."""
    text = "\n".join(text for headings, text in _mail(tmp_path, "", f"<p>{line}</p>"))
    assert kept in text


def test_headings_set_by_size_in_layout_cells_are_found(tmp_path):
    """A mail template sets every block in a table cell (`role="presentation"`): those are
    boxes of the page, not cells of a table of data, so a line set large in one is a heading."""
    item = _ingest_mail(tmp_path, "", "")
    assert [(passage.headings, passage.text) for passage in item.passages] == [
        ((), INTRO), (("Verzorging van de huid",), CARE)]
    assert item.leaflet.title == "Eczeem bij kinderen"


def test_the_senders_band_is_no_title(tmp_path):
    """The sender's name set large over small print in its band ("Huidkliniek West" /
    "Nieuwsbrief · maart 2026") is a masthead: the headline after it is the title."""
    band = _section(_text("Huidkliniek West", "font-size:22px;font-weight:bold"),
                    _text("Nieuwsbrief · maart 2026", "font-size:13px"))
    item = _ingest_mail(tmp_path, "", "", band=band)
    assert item.leaflet.title == "Eczeem bij kinderen"
    assert item.leaflet.updated == "2026-03"
    assert [passage.headings for passage in item.passages if CARE in passage.text] == [("Verzorging van de huid",)]


@pytest.mark.parametrize("text, date", [
    ("Huidkliniek West\nNieuwsbrief voor patiënten · mei 2026\nLeven met eczeem", "2026-05"),
    ("Patiënteninformatie | maart 2025\nEczeem", "2025-03"),
    ("Informatieavond · 12 mei 2026\nVoor ouders van kinderen met eczeem", ""),
    ("Eczeem\nUw afspraak | 3 juni 2026", ""),
    ("Eczeem\nDe huid is droog - mei 2026 was het erg.", ""),
])
def test_a_date_field_of_a_title_block_line_dates_the_leaflet(text, date):
    assert find_updated(text, unlabelled=True) == date


def test_the_red_team_newsletter():
    item = ingest_file(LEAFLETS / "hidradenitis.html")
    text = "\n".join(passage.text for passage in item.passages)
    assert "browser" not in text and "Afmelden" not in text and "Zuiderdiep" not in text
    assert item.leaflet.updated == "2026-05"
    assert item.leaflet.title == "Leven met hidradenitis suppurativa (HS)"
    lotgenoten = [passage for passage in item.passages if passage.headings[-1:] == ("Lotgenotencontact",)]
    assert lotgenoten[0].text.endswith("Aanmelden kan via de website van de vereniging.")
