"""Loaders: TXT and Markdown encodings, HTML main content, PDF pages."""

from __future__ import annotations

import pytest
from pdf_factory import Line, make_pdf

from ingest.document import IngestError
from ingest.html import load_html
from ingest.pdf import load_pdf
from ingest.text import decode_text, load_text

PAGE = """<!doctype html><html><head><title>Nierziekte X | Stichting</title>
<link rel="canonical" href="https://example.org/nierziekte-x">
<meta property="og:url" content="https://example.org/og"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/over">Over ons</a></li></ul></nav>
<div id="cookie-banner" class="cookie-consent">Wij gebruiken cookies. Accepteer alle cookies</div>
<script>var tracking = "geen leaflettekst";</script>
<main><article><h1>Nierziekte X</h1>
<p>Bij nierziekte X verandert het weefsel in de nierfilters. Dat kan zorgen voor te veel vocht in je
lichaam en een hoge bloeddruk. Dit is een zin die de extractie genoeg tekst geeft.</p>
<h2>Hoe ontstaat X?</h2><p>X heeft veel oorzaken, soms <b>medicijnen</b> en soms een
<a href="javascript:alert(1)">infectie</a>. Mogelijke oorzaken zijn:</p>
<ul><li>een andere nierziekte</li><li>hoge bloeddruk</li></ul>
<h3>Primaire X</h3><p>De oorzaak is onbekend. Mogelijk speelt het afweersysteem een rol.</p>
</article></main><footer>Copyright 2025 Stichting – privacyverklaring</footer></body></html>"""


def test_utf8_bom_and_cp1252_and_utf16():
    assert decode_text("\ufeffpatiënten".encode("utf-8"), "x.txt") == "patiënten"
    assert decode_text("patiënten – ‘harde huid’".encode("cp1252"), "x.txt") == "patiënten – ‘harde huid’"
    assert decode_text("patiënten".encode("utf-16"), "x.txt") == "patiënten"


def test_mac_roman_reads_as_written_and_cp1252_stays():
    """Red team 24: an old Mac's text read as cp1252 gave "di‘tist" and "PindaÕs"."""
    text = "Uw diëtist bespreekt het. Pinda’s en café’s, één keer per week, geëvalueerd."
    assert decode_text(text.encode("mac_roman"), "x.txt") == text
    assert decode_text(text.encode("cp1252"), "x.txt") == text
    windows = "Tsjechisch: Škoda, Dvořák niet, wel „quote” en het café’s menu – patiënten."
    assert decode_text(windows.encode("cp1252", errors="replace"), "x.txt") == windows.encode(
        "cp1252", errors="replace").decode("cp1252")


def test_iso_8859_15_euro_reads_as_euro_and_cp1252_stays():
    """Red team 25: an ISO-8859-15 text's euro (byte 0xA4) read as cp1252 gave "¤ 150 tot ¤ 190"."""
    text = "Kosten: € 150 tot € 190.\r\nDe hormoonspiraal werkt 5 tot 8 jaar; patiënten betalen zelf."
    assert decode_text(text.encode("iso8859_15"), "x.txt") == text
    windows = "Kosten: € 150, ½ tablet per dag, patiënten"
    assert decode_text(windows.encode("cp1252"), "x.txt") == windows
    latin1 = "Neem 1½ tablet (¤ is geen euro hier); patiënten"
    assert decode_text(latin1.encode("latin-1"), "x.txt") == latin1


@pytest.mark.parametrize("data", [b"\x00\x01\x02binary\x00" * 10, bytes(range(256)) * 4])
def test_binary_data_is_not_text(data):
    with pytest.raises(IngestError, match="not a text file") as caught:
        decode_text(data, "folder/leaflet.txt")
    assert caught.value.path == "folder/leaflet.txt"


def test_markdown_front_matter():
    source = load_text(b"---\ntitle: Folder Y\nurl: https://y.nl\n---\n# Kop\n\nTekst.\n", "y.md", "markdown")
    assert (source.title, source.url, source.markup) == ("Folder Y", "https://y.nl", "markdown")
    assert source.text.endswith("# Kop\n\nTekst.\n") and source.text.startswith("\n\n\n\n# Kop")


def test_html_main_content_headings_url_and_title():
    source = load_html(PAGE, "page.html")
    assert source.markup == "markdown" and source.url == "https://example.org/nierziekte-x"
    assert source.title == "Nierziekte X"
    assert "# Nierziekte X" in source.text and "## Hoe ontstaat X?" in source.text
    assert "### Primaire X" in source.text and "- een andere nierziekte" in source.text
    for junk in ["Home", "cookies", "tracking", "Copyright", "javascript", "<b>"]:
        assert junk not in source.text


def test_html_faq_questions_in_details_become_headings():
    page = """<html><head><title>Vragen</title></head><body><main><h1>Veelgestelde vragen</h1>
    <p>Antwoorden op vragen die wij vaak krijgen van patiënten en hun naasten.</p>
    <details><summary>Mag ik sporten met een nierziekte?</summary><p>Ja, bewegen is goed voor u.</p></details>
    <details><summary>Moet ik minder zout eten?</summary><p>Meestal wel: zout verhoogt de bloeddruk.</p></details>
    </main></body></html>"""
    text = load_html(page, "faq.html").text
    assert "## Mag ik sporten met een nierziekte?\n\nJa, bewegen is goed voor u." in text
    assert "## Moet ik minder zout eten?" in text


def test_html_bold_paragraphs_used_as_headings_become_headings():
    page = """<html><body><main><h1>Jicht</h1><p>Jicht is een vorm van reuma.</p>
    <p><strong>Hoe ontstaat jicht?</strong></p><p>Door te veel urinezuur in het bloed.</p>
    <p><b>Behandeling</b></p><p>Ontstekingsremmers helpen tijdens een aanval.</p>
    <p><strong>Stop niet zelf met uw medicijnen.</strong></p><p><strong>Let op:</strong> bel bij koorts.</p>
    <p><strong>Let op!</strong></p><p>Neem uw medicijnen mee naar het ziekenhuis.</p>
    <p><b>Reumafonds</b></p><p><b>Postbus 59091</b></p><p>Bel ons op werkdagen.</p>
    </main></body></html>"""
    text = load_html(page, "jicht.html").text
    assert "## Hoe ontstaat jicht?\n\nDoor te veel" in text and "## Behandeling\n\n" in text
    # a bold sentence or exclamation, bold words inside a paragraph, bold lines in a row
    # (an address) stay body text
    assert "\nStop niet zelf met uw medicijnen.\n" in text and "\nLet op: bel bij koorts." in text
    assert "\nLet op!\n" in text and "\nReumafonds\n\nPostbus 59091\n" in text and text.count("\n## ") == 2


def test_html_og_url_when_no_canonical():
    page = PAGE.replace('<link rel="canonical" href="https://example.org/nierziekte-x">', "")
    assert load_html(page, "page.html").url == "https://example.org/og"


def test_html_made_of_scripts_has_no_main_text():
    page = "<html><head><script>" + "var a = 1;" * 500 + "</script></head><body><script>x()</script></body></html>"
    with pytest.raises(IngestError, match="no main text") as caught:
        load_html(page, "scripts.html")
    assert "scripts.html" in str(caught.value)


def test_pdf_pages_and_heading_hints():
    pdf = make_pdf([
        [Line("Nierziekte Z", 20, True), Line("Wat is het?", 14, True), "Een zin op pagina een."],
        [Line("Behandeling", 14, True), "Een zin op pagina twee.", "2"],
    ])
    source = load_pdf(pdf, "z.pdf")
    assert len(source.page_starts) == 2
    second = source.text[source.page_starts[1]:]
    assert "Een zin op pagina twee." in second and "Een zin op pagina een." not in second
    marked = {source.text[at:].split("\n", 1)[0]: level for at, level in source.heading_at.items()}
    assert marked == {"Nierziekte Z": 1, "Wat is het?": 2, "Behandeling": 2}
    assert not second.rstrip().endswith("2")  # bare page number dropped


@pytest.mark.parametrize(("data", "cause"), [
    (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "corrupt or truncated"),
    (make_pdf([["Tekst."]])[:-200], "corrupt or truncated|damaged|no text layer"),
    (make_pdf([["Geheim."]], encrypt_marker=True), "encrypted"),
    (make_pdf([[]]), "no text layer: the PDF looks scanned, OCR is needed"),
])
def test_bad_pdfs_raise_ingest_errors_naming_the_file(data, cause):
    with pytest.raises(IngestError, match=cause) as caught:
        load_pdf(data, "bad.pdf")
    assert caught.value.path == "bad.pdf"
