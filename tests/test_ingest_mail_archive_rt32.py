"""A mail archive's page of one message, as red team 32 found MHonArc's read wrongly: the
archive sets the message's subject as its heading and the message's own header as a list of
fields (To, Subject, From, Date) over the message, and that header was read as the header of a
message a reply quotes, so the message itself was dropped whole and the page refused."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import ingest_file

DATA = Path(__file__).parent / "data" / "redteam32_leaflets"
SUBJECT = "Nieuwsbrief 3: hooikoorts"
SECTIONS = [
    ("Wat is hooikoorts?", "Hooikoorts is een allergie voor stuifmeel van bomen, grassen of kruiden. U niest, "
                           "uw neus loopt en uw ogen jeuken."),
    ("Wat kunt u doen?", "Houd ramen dicht op droge dagen met veel wind. Een antihistaminicum helpt tegen "
                         "niezen en jeuk; u koopt het zonder recept bij de drogist."),
]


def _archive_page(tmp_path: Path, message: str, heading: str = SUBJECT) -> Path:
    """A message page as a mail archiver writes it: navigation, the subject as heading, the
    header fields in a list, the message, and the index links under it."""
    fields = (("To", "patienten@lists.example.nl"), ("Subject", SUBJECT),
              ("From", "Praktijk Zuid &lt;info@example.nl&gt;"), ("Date", "Mon, 9 Mar 2026 08:00:00 +0100"))
    header = "".join(f"<li><em>{key}</em>: {value}</li>" for key, value in fields)
    page = tmp_path / "msg00003.html"
    page.write_text(f"<html><head><title>{SUBJECT}</title></head><body><hr>[Date Prev][Date Next]"
                    "[<a href='maillist.html'>Date Index</a>][<a href='threads.html'>Thread Index</a>]"
                    f"<h1>{heading}</h1><hr><ul>{header}</ul><hr>{message}<hr>"
                    "<ul><li>Index(es):<ul><li><a href='maillist.html'><strong>Date</strong></a></li>"
                    "<li><a href='threads.html'><strong>Thread</strong></a></li></ul></li></ul></body></html>",
                    encoding="utf-8")
    return page


def _sections() -> str:
    return "".join(f"<h2>{title}</h2><p>{text}</p>" for title, text in SECTIONS)


def test_the_message_under_its_own_header_is_the_leaflet(tmp_path):
    """The header under the subject heading is the page's own message's: the message stays,
    the header and the archive's navigation do not, the header's date dates it, and with no
    title of its own the message is named by its subject."""
    ingested = ingest_file(_archive_page(tmp_path, _sections()))
    assert ingested.leaflet.title == SUBJECT
    assert [passage.text for passage in ingested.passages] == [text for _, text in SECTIONS]
    assert [passage.headings[-1] for passage in ingested.passages] == [title for title, _ in SECTIONS]
    assert ingested.leaflet.updated == "2026-03-09"
    assert not any(word in ingested.text for word in ("Date Prev", "Index", "patienten@lists"))


def test_a_message_with_a_title_of_its_own_is_named_by_it(tmp_path):
    """Where the message opens with its own heading, that names the leaflet, not the subject."""
    ingested = ingest_file(_archive_page(tmp_path, "<h1>Hooikoorts: wat helpt?</h1>" + _sections()))
    assert ingested.leaflet.title == "Hooikoorts: wat helpt?"
    assert [passage.text for passage in ingested.passages] == [text for _, text in SECTIONS]


def test_a_header_under_another_heading_still_heads_a_quote(tmp_path):
    """A header box under the reply's own heading, which names no subject of it, heads the
    message the reply quotes: the patient's mail under it goes."""
    header = "".join(f"<li>{key}: {value}</li>" for key, value in (
        ("From", "Els &lt;els@example.nl&gt;"), ("Date", "Sun, 8 Mar 2026 21:10:00 +0100"),
        ("Subject", "Vraag over hooikoorts")))
    page = tmp_path / "reply.html"
    page.write_text(f"<html><head><title>{SUBJECT}</title></head><body><h1>Hooikoorts</h1>{_sections()}"
                    f"<ul>{header}</ul><p>Hallo, mijn zoon Daan niest al weken. Wat kan ik doen? Groet, Els</p>"
                    "</body></html>", encoding="utf-8")
    ingested = ingest_file(page)
    assert [passage.text for passage in ingested.passages] == [text for _, text in SECTIONS]
    assert "Daan" not in ingested.text


def test_mhonarc_page_reads_its_message():
    """Red team 32's MHonArc 2.6.19 page: refused as "headings but no body text"."""
    ingested = ingest_file(DATA / "morning-afterpil.html")
    assert ingested.leaflet.title == "De morning-afterpil: wanneer en hoe?"
    assert ingested.leaflet.updated == "2026-03-03"
    assert [passage.headings[-1] for passage in ingested.passages][:3] == [
        "Wat is de morning-afterpil?", "Welke soorten zijn er?", "Hoe neemt u de pil in?"]
    assert "Ulipristal 30 mg (ellaOne) | 120 uur (5 dagen)" in ingested.text
    assert "Date Prev" not in ingested.text and "Index(es)" not in ingested.text
