"""Red team 42 (2.1, 2.2, 2.3's first line, 2.8): HTML inside a text file, text before an HTML
fragment: notmuch's text format, a mail's alternatives dumped one after the other, a doctype glued
to a text line, a jq export's title line."""

from pathlib import Path

from ingest.pipeline import detect_kind, ingest_file, load_source

LEAFLETS = Path(__file__).parent / "data" / "redteam42_leaflets"

_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Hooikoorts in het voorjaar</title></head>
<body><table><tr><td><h1>Hooikoorts in het voorjaar</h1>
<p>Huisartsenpraktijk De Berk, Zwolle</p>
<h2>Wat is hooikoorts?</h2>
<p>Hooikoorts is een allergie voor stuifmeel van bomen, grassen of kruiden.</p>
<h2>Wat kunt u doen?</h2>
<p>Houd ramen dicht als er veel stuifmeel in de lucht is en spoel uw neus met zout water.</p>
</td></tr></table></body></html>"""

_NOTMUCH = ("\fmessage{ id:abc@mail.example.nl depth:0 match:1 excluded:0 filename:/mail/cur/1:2,S\n"
            "\fheader{\nDe Berk <info@deberk.nl> (2025-04-02) (inbox)\n"
            "Subject: Nieuwsbrief: hooikoorts\nFrom: Huisartsenpraktijk De Berk <info@deberk.nl>\n"
            "To: a@b.nl\nDate: Wed, 02 Apr 2025 09:00:00 +0200\n\fheader}\n"
            "\fbody{\n\fpart{ ID: 1, Content-type: multipart/alternative\n"
            "\fpart{ ID: 2, Content-type: text/plain\nHooikoorts in het voorjaar (tekstversie)\n\fpart}\n"
            f"\fpart{{ ID: 3, Content-type: text/html\n{_PAGE}\n\fpart}}\n\fpart}}\n"
            "\fattachment{ ID: 4, Filename: folder.pdf, Content-type: application/pdf\n"
            "Non-text part: application/pdf\n\fattachment}\n\fbody}\n\fmessage}\n")


def _read(text: str, name: str = "mail.txt"):
    return load_source(text.encode("utf-8"), Path(name))


def test_notmuch_text_is_read_as_its_html_part_with_the_header_filling_in():
    source = _read(_NOTMUCH)
    assert source.title == "Hooikoorts in het voorjaar"
    assert source.updated == "2025-04-02"
    assert "## Wat is hooikoorts?" in source.text
    for marker in ("\f", "part{", "header}", "Content-type", "<h2>", "tekstversie"):
        assert marker not in source.text
    assert not source.page_starts


def test_notmuch_text_without_its_html_reads_the_text_part_and_takes_the_subject():
    text = _NOTMUCH.replace("text/html", "text/html-not-shown").replace(_PAGE, "Non-text part: text/html")
    source = _read(text)
    assert "tekstversie" in source.text and "Non-text part" not in source.text
    assert source.updated == "2025-04-02" and source.title


def test_a_mail_dump_of_both_alternatives_reads_one_copy_and_no_markup():
    plain = ("Hooikoorts in het voorjaar\n\nHuisartsenpraktijk De Berk, Zwolle\n\nWat is hooikoorts?\n\n"
             "Hooikoorts is een allergie voor stuifmeel van bomen, grassen of kruiden.\n\nWat kunt u doen?\n\n"
             "Houd ramen dicht als er veel stuifmeel in de lucht is en spoel uw neus met zout water.\n")
    source = _read(plain + "\n--- mail_boundary ---\n" + _PAGE + "\n")
    assert source.text.count("allergie voor stuifmeel") == 1
    assert "<" not in source.text and "mail_boundary" not in source.text
    assert source.title == "Hooikoorts in het voorjaar"


def test_a_text_that_merely_shows_a_tag_is_read_as_text():
    text = "Schrijf <html> niet in een e-mail.\n\nDit is gewone tekst over hooikoorts.\n"
    assert "<html>" in _read(text).text


def test_a_doctype_glued_to_a_text_line_neither_makes_a_page_nor_stays():
    text = "<!DOCTYPE html>Hooikoorts - Apotheek Noord\nHooikoorts is een allergie.\nWat kunt u doen?\n"
    assert detect_kind(text.encode(), Path("a.txt")) == "plain"
    assert "DOCTYPE" not in _read(text).text
    assert detect_kind(b"<!DOCTYPE html>\n<html><body><p>x</p></body></html>", Path("a.txt")) == "html"


def test_an_html_fragment_under_a_plain_title_line_takes_it_as_title():
    fragment = ("Hooikoorts in het voorjaar\n<p>Huisartsenpraktijk De Berk</p>\n<h2>Wat is hooikoorts?</h2>\n"
                "<p>Hooikoorts is een allergie voor stuifmeel.</p>\n<h2>Wat kunt u doen?</h2>\n<p>Ramen dicht.</p>\n")
    assert _read(fragment, "hooikoorts.html").title == "Hooikoorts in het voorjaar"
    titled = fragment.replace("<p>Huisartsenpraktijk", "<h1>Pollen</h1><p>Huisartsenpraktijk")
    assert _read(titled, "hooikoorts.html").title == "Pollen"


def test_red_team_files():
    fijnstof = ingest_file(LEAFLETS / "fijnstof.txt")
    assert fijnstof.leaflet.title == "Smog en fijnstof: tips als u een longziekte heeft"
    assert all(not passage.pages and "<" not in passage.text for passage in fijnstof.passages)
    assert ["Wat is smog?"] in [list(passage.headings) for passage in fijnstof.passages]
    bloeddruk = ingest_file(LEAFLETS / "bloeddrukmeting.txt")
    assert bloeddruk.leaflet.title == "Uw 24-uursbloeddrukmeting"
    assert sum("wittejas" in passage.text for passage in bloeddruk.passages) == 1
    assert all("<" not in passage.text for passage in bloeddruk.passages)
    assert any(list(passage.headings)[-1:] == ["Contact"] for passage in bloeddruk.passages)
    hoofdroos = ingest_file(LEAFLETS / "hoofdroos.txt")
    assert "DOCTYPE" not in hoofdroos.text
    assert hoofdroos.leaflet.title.startswith("Roos en schilferende hoofdhuid")
    assert ingest_file(LEAFLETS / "asbest.html").leaflet.title == "Asbest in en om het huis"
