"""A newsletter's header line of sender and date under its title (red team 58, finding 2.3).

E-mail newsletter tools (toronado, pynliner, inline-css, email-comb, nodemailer) set one line
"SENDER | Laatst bijgewerkt: DATE" under the title, in a `<p class="meta">`. The date was read,
but trafilatura dropped the line as the page's metadata and the sender with it: publisher "" in
all five. In plain text and Markdown a line whose sender field is four words or fewer
("Dermatologie, Rijnstate Ziekenhuis Arnhem | …") is a meta line, metadata of no section, and
its sender went unread too. The fields before the date are read as the cover line they are
(`ingest.structure.dated_sender`), in the page's tree before extraction as well
(`ingest.html.page_dates.dated_line_sender`); the line stays out of the passages.
"""

from pathlib import Path

import pytest
from leaflet_files import ingest_file_as
from lxml import html as lxml_html

from ingest.html.page_dates import dated_line_sender
from ingest.pipeline import ingest_leaflets
from ingest.structure import dated_sender

LEAFLETS = Path(__file__).parent / "data" / "redteam58_leaflets"

_BODY = ("Dit is de eerste alinea van de folder. Hier staat uitleg over de behandeling en wat u kunt "
         "verwachten.\n")


def _read(name: str):
    return ingest_leaflets(LEAFLETS / name, root=LEAFLETS)[0]


@pytest.mark.parametrize(("name", "publisher", "updated", "sender"), [
    ("eetstoornis.html", "GGZ Rivierduinen", "2026-03", "GGZ Rivierduinen, Centrum Eetstoornissen Ursula"),
    ("huidkanker-controle.html", "Rijnstate Ziekenhuis Arnhem", "2025-12", "Dermatologie, Rijnstate Ziekenhuis Arnhem"),
    ("ivf-injecties.html", "Radboudumc Nijmegen", "2026-01", "Fertiliteitscentrum, Radboudumc Nijmegen"),
    ("crying-baby-en.html", "GGD Hollands Midden", "2026-01", "GGD Hollands Midden, Youth Health Care"),
    ("borstkanker-nacontrole.eml", "Isala Zwolle", "2026-02", "Mammapoli, Isala Zwolle"),
])
def test_a_newsletters_header_line_names_its_publisher_and_dates_it(name, publisher, updated, sender):
    assert f"{sender} | " in (LEAFLETS / name).read_text()
    item = _read(name)
    assert item.leaflet.publisher == publisher
    assert item.leaflet.updated == updated
    assert not any(sender in passage.text or "Laatst bijgewerkt" in passage.text or "Last updated" in passage.text
                   for passage in item.passages)  # the line is no passage


def test_the_texts_own_sender_wins_over_the_mails_from_name():
    # The .eml's header is `From: Mammapoli Isala <nieuwsbrief@isala.nl>`; its HTML names "Isala Zwolle".
    assert "From: Mammapoli Isala <" in (LEAFLETS / "borstkanker-nacontrole.eml").read_text()
    assert _read("borstkanker-nacontrole.eml").leaflet.publisher == "Isala Zwolle"


def _mail(meta: str, sender: str) -> str:
    return (f"From: {sender} <nieuwsbrief@rijnoever.nl>\nTo: lid@example.nl\nSubject: Nacontrole\n"
            "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n"
            "<html><body><h1>Nacontrole na een operatie</h1>\n"
            f'<p class="meta">{meta}</p>\n'
            "<h2>Waarom nacontrole?</h2>\n<p>Na de operatie komt u een jaar lang op controle. Tijdens de controle "
            "kijken we hoe de wond geneest en of u klachten heeft.</p>\n"
            "<h2>Hoe vaak komt u?</h2>\n<p>U komt na zes weken, na drie maanden en na een jaar. U krijgt voor "
            "elke afspraak een brief van ons.</p>\n</body></html>\n")


def test_a_mails_from_name_publishes_where_its_text_names_no_sender_and_gives_way_where_it_does(tmp_path):
    # The From name here is an organisation's, so that which of the two wins matters.
    texts = ingest_file_as(tmp_path, "a.eml", _mail("Mammapoli, Isala Zwolle | Laatst bijgewerkt: februari 2026",
                                                    "Ziekenhuis Rijnoever"))
    assert texts.leaflet.publisher == "Isala Zwolle"
    from_name = ingest_file_as(tmp_path, "b.eml", _mail("Laatst bijgewerkt: februari 2026", "Ziekenhuis Rijnoever"))
    assert from_name.leaflet.publisher == "Ziekenhuis Rijnoever"
    assert texts.leaflet.updated == from_name.leaflet.updated == "2026-02"


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize(("line", "publisher"), [
    ("Dermatologie, Rijnstate Ziekenhuis Arnhem | Laatst bijgewerkt: december 2025", "Rijnstate Ziekenhuis Arnhem"),
    ("Fertiliteitscentrum, Radboudumc Nijmegen | Laatst bijgewerkt: december 2025", "Radboudumc Nijmegen"),
    ("Mammapoli, Isala Zwolle | Laatst bijgewerkt: december 2025", "Isala Zwolle"),
    ("Mammapoli, Isala Zwolle · Laatst bijgewerkt: december 2025", "Isala Zwolle"),
    ("GGZ Rivierduinen, Centrum Eetstoornissen Ursula | Laatst bijgewerkt: december 2025", "GGZ Rivierduinen"),
    ("GGD Hollands Midden, Youth Health Care | Last updated: December 2025", "GGD Hollands Midden"),
    ("Dermatologie, Rijnstate Ziekenhuis Arnhem – Laatst bijgewerkt: december 2025", "Rijnstate Ziekenhuis Arnhem"),
    # ordinary lines that name no sender stay so: a department alone, an edition's number
    ("Afdeling Cardiologie | Laatst bijgewerkt: december 2025", ""),
    ("Polikliniek Dermatologie · Laatst bijgewerkt: december 2025", ""),
])
def test_a_sender_and_date_line_under_a_title_reads_alike_in_text_and_markdown(tmp_path, suffix, line, publisher):
    if suffix == ".md":
        text = f"# Uw huid zelf controleren\n\n{line}\n\n## Waarom zelf controleren?\n\n{_BODY}\n## Hoe doet u het?\n\n{_BODY}"
    else:
        text = f"Uw huid zelf controleren\n\n{line}\n\nWaarom zelf controleren?\n\n{_BODY}\nHoe doet u het?\n\n{_BODY}"
    item = ingest_file_as(tmp_path, f"huid{suffix}", text)
    assert item.leaflet.publisher == publisher
    assert item.leaflet.updated == "2025-12"
    assert item.leaflet.title == "Uw huid zelf controleren"
    assert [(list(p.headings), p.text) for p in item.passages] == [
        (["Waarom zelf controleren?"], _BODY.strip()), (["Hoe doet u het?"], _BODY.strip())]


def test_an_editions_line_names_no_publisher(tmp_path):
    text = f"Uw huid zelf controleren\n\nUitgave 3 | maart 2026\n\nWaarom zelf controleren?\n\n{_BODY}"
    assert ingest_file_as(tmp_path, "uitgave.txt", text).leaflet.publisher == ""
    assert dated_sender("Uitgave 3 | maart 2026") == ""


def test_dated_sender_reads_only_a_line_that_ends_in_its_date():
    assert dated_sender("Dermatologie, Rijnstate Ziekenhuis Arnhem | Laatst bijgewerkt: december 2025") \
        == "Rijnstate Ziekenhuis Arnhem"
    assert dated_sender("Rijnstate Ziekenhuis Arnhem | Last updated: January 3, 2026") == "Rijnstate Ziekenhuis Arnhem"
    assert dated_sender("Huisartsenpraktijk De Linde – Utrecht, 12 maart 2026") == "Huisartsenpraktijk De Linde"
    assert dated_sender("Dermatologie, Rijnstate Ziekenhuis Arnhem") == ""  # no date: the cover rule's to judge
    assert dated_sender("Laatst bijgewerkt: december 2025") == ""
    assert dated_sender("Bel het Rijnstate Ziekenhuis. | Laatst bijgewerkt: december 2025") == ""  # a sentence


def test_a_pages_dated_line_names_its_sender_only_where_its_date_dates_the_page():
    page = ('<html><body><main><h1>Titel</h1><p class="meta">Mammapoli, Isala Zwolle | Laatst bijgewerkt: '
            'februari 2026</p><p>Tekst.</p></main>{}</body></html>')
    assert dated_line_sender(lxml_html.fromstring(page.format(""))) == "Isala Zwolle"
    footer = page.replace('<p class="meta">Mammapoli, Isala Zwolle | ', '<p>').format(
        "<footer><p>Rijnstate Ziekenhuis Arnhem | Laatst bijgewerkt: maart 2026</p></footer>")
    assert dated_line_sender(lxml_html.fromstring(footer)) == ""  # the site's footer dates the site
    card = page.replace('<p class="meta">Mammapoli, Isala Zwolle | ', '<p>').format(
        '<ul><li><a href="/andere">Rijnstate Ziekenhuis Arnhem | Laatst bijgewerkt: maart 2026</a></li></ul>')
    assert dated_line_sender(lxml_html.fromstring(card)) == ""  # a card about another page
