"""Red team 49: a feed's dump of several posts or episodes (feedparser's page of a blog's latest
posts, podcastparser's and rss-parser's show notes), WordPress's feed footer, a heading wrapped
over two lines above a blank line, and a heading in a page's sidebar taken for its title."""

from __future__ import annotations

from pathlib import Path

from leaflet_files import ingest_leaflets_as

from ingest.html.page import page_metadata
from ingest.pipeline import ingest_leaflets

LEAFLETS = Path(__file__).parent / "data" / "redteam49_leaflets"

_BODY = ("Een allergische reactie komt meestal binnen twee uur na het eten. Let op rode vlekken, zwelling "
         "van de lippen en braken. Stop dan met het voedingsmiddel en bel de huisarts.")


def _all_text(item) -> str:
    return "\n".join(passage.text for passage in item.passages)


def test_a_blog_page_of_several_posts_is_its_longest_post(tmp_path):
    page = ("<html><head><title>Stichting Voorbeeld</title></head><body>"
            "<h1>Nieuwe app voor leden</h1><p>Redactie – Wed, 15 Oct 2025 08:00:00 +0000</p>"
            "<p>De app is gratis voor leden.</p>"
            "<h1>Koemelkallergie bij baby's</h1><p>Diëtist Anna de Vries – Wed, 08 Oct 2025 07:30:00 +0000</p>"
            f"<h2>Wat is het?</h2><p>{_BODY}</p><h2>Wat kun je doen?</h2><p>{_BODY}</p>"
            "<p>Het bericht <a href='https://x.nl/b'>Koemelkallergie bij baby's</a> verscheen eerst op "
            "<a href='https://x.nl'>Stichting Voorbeeld</a>.</p>"
            "<h1>Ledenvergadering: terugblik</h1><p>Redactie – Sat, 20 Sep 2025 12:00:00 +0000</p>"
            "<p>Veertig leden kwamen naar Utrecht.</p></body></html>")
    items = ingest_leaflets_as(tmp_path, "blog.html", page)
    assert len(items) == 1
    item = items[0]
    assert item.leaflet.title == "Koemelkallergie bij baby's"
    assert item.leaflet.updated == "2025-10-08"
    text = _all_text(item)
    assert "gratis voor leden" not in text and "Veertig leden" not in text
    assert "verscheen eerst op" not in text and "07:30:00" not in text
    assert [passage.headings[-1] for passage in item.passages] == ["Wat is het?", "Wat kun je doen?"]
    assert any("Nieuwe app voor leden" in warning.message and "Ledenvergadering" in warning.message
               for warning in item.warnings)


def test_a_page_whose_top_headings_have_no_date_line_is_one_leaflet(tmp_path):
    page = ("<html><head><title>Twee delen</title></head><body>"
            f"<h1>Deel een</h1><p>{_BODY}</p><h1>Deel twee</h1><p>Bijgewerkt: 8 oktober 2025</p><p>{_BODY}</p>"
            "</body></html>")
    item = ingest_leaflets_as(tmp_path, "delen.html", page)[0]
    assert not item.warnings
    assert {passage.headings[0] for passage in item.passages} >= {"Deel een", "Deel twee"}


def test_podcast_show_notes_are_the_longest_episode():
    item = ingest_leaflets(LEAFLETS / "slaapverlamming.txt", root=LEAFLETS)[0]
    assert item.leaflet.title.startswith("Afl. 14 – Slaapverlamming")
    text = _all_text(item)
    assert "Snurken" not in text and "Wakker Liggen – de slaappodcast" not in text
    assert item.leaflet.publisher == "Slaapstichting Nederland"


def test_english_show_notes_drop_the_next_episode_and_its_link():
    item = ingest_leaflets(LEAFLETS / "slaapverlamming-en.txt", root=LEAFLETS)[0]
    assert item.leaflet.title.startswith("Ep. 14 – Sleep paralysis")
    assert item.leaflet.updated == "2026-03-03"
    text = _all_text(item)
    assert "apnoea" not in text and "https://wakkerliggen.nl" not in text and "+0000" not in text


def test_one_episode_under_the_show_name_is_titled_by_the_episode(tmp_path):
    notes = ("De Gezondheidspodcast\n\nAflevering 3: Slapen met een baby\n12-01-2026  (25 min)\n\n"
             "Waarom slaapt een baby onrustig?\n\n" + _BODY + "\n")
    item = ingest_leaflets_as(tmp_path, "podcast.txt", notes)[0]
    assert item.leaflet.title == "Aflevering 3: Slapen met een baby"
    assert "Gezondheidspodcast" not in _all_text(item)
    assert not item.warnings


def test_wordpress_feed_footer_is_no_text(tmp_path):
    text = ("# Hooikoorts\n\n" + _BODY + "\n\nThe post Hooikoorts appeared first on Stichting Voorbeeld.\n")
    item = ingest_leaflets_as(tmp_path, "hooikoorts.md", text)[0]
    assert "appeared first" not in _all_text(item)
    assert _BODY.split(".")[0] in _all_text(item)


def test_a_heading_wrapped_over_two_lines_above_a_blank_line_is_one_heading(tmp_path):
    text = ("Slaapverlamming\n\nWaardoor komt het?\n\n"
            "Slaapverlamming komt vaker voor als je slaapritme verstoord is. Soms hoort\n"
            "slaapverlamming bij narcolepsie. Daarbij ben je overdag ook erg slaperig en\n"
            "kun je plotseling slap worden bij emoties, zoals lachen en schrikken bij iets.\n"
            "lachen.\n"
            "Wat kun je doen tijdens een\n"
            "aanval?\n\n"
            "Probeer niet tegen de verlamming te vechten. Dat maakt de angst vaak groter.\n"
            "Richt je aandacht op je ademhaling en adem rustig door je neus in en uit.\n")
    item = ingest_leaflets_as(tmp_path, "wrapped.txt", text)[0]
    headings = [passage.headings[-1] for passage in item.passages if passage.headings]
    assert "Wat kun je doen tijdens een aanval?" in headings
    assert not any("tijdens een aanval" in passage.text for passage in item.passages)


def test_a_sidebar_heading_is_no_title():
    html = (LEAFLETS / "long-covid-energie.html").read_text(encoding="utf-8")
    assert page_metadata(html, "long-covid-energie.html").title != "Public Channels"
    item = ingest_leaflets(LEAFLETS / "long-covid-energie.html", root=LEAFLETS)[0]
    assert item.leaflet.title != "Public Channels"
