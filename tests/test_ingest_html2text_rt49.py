"""Red team 49: text that html2text made, inside a Mastodon archive (mastodon-archive `text`) and a
feed's item mailed by rss2email: bylines, thread counters and hashtags, escaped list marks, a pipe
table with an empty first header cell, the mail's closing "URL:" line."""

from __future__ import annotations

import base64
from pathlib import Path

from leaflet_files import ingest_leaflets_as

from ingest.escaped_lists import unescaped_markdown_lists, unescaped_plain_lists
from ingest.pipeline import ingest_leaflets
from ingest.toot_archive import read_toot_archive

LEAFLETS = Path(__file__).parent / "data" / "redteam49_leaflets"


def _toot(number: int, content: str, closing: str) -> str:
    return (f"Longfonds @longfonds 2025-10-0{number}T08:00:00+00:00\n"
            f"🔗 https://mastodon.nl/@longfonds/11000{number}\n{content}\n\n{closing}\n\n")


THREAD = (_toot(1, "Astma bij kinderen\n\nLongfonds – voorlichting", "1/4 [#astma](https://mastodon.nl/tags/astma)\n"
                "[#longen](https://mastodon.nl/tags/longen)")
          + _toot(2, "Wat is astma?\n\nBij astma zijn de luchtwegen van uw kind overgevoelig. Ze vernauwen\n"
                     "bij prikkels zoals rook, kou of inspanning.", "2/4")
          + _toot(3, "Wat kunt u doen?\n\n\\- Rook nooit in huis.  \n\\- Geef de puffer met een voorzetkamer.  \n"
                     "\\- Laat uw kind gewoon\nsporten.", "3/4")
          + _toot(4, "Wanneer belt u de huisarts?\n\nBel als uw kind benauwd blijft na de puffer of niet kan "
                     "praten van\nbenauwdheid.", "4/4 #astma"))


def test_toot_archive_reads_contents_without_bylines_counters_or_hashtags():
    thread = read_toot_archive(THREAD)
    assert thread is not None
    assert thread.markdown.startswith("Astma bij kinderen\n")
    assert "@longfonds" not in thread.markdown and "🔗" not in thread.markdown
    assert "1/4" not in thread.markdown and "#astma" not in thread.markdown and "4/4" not in thread.markdown
    assert thread.author == "Longfonds" and thread.posted == "2025-10-01"
    assert "Longfonds @longfonds 2025-10-02T08:00:00+00:00" in thread.furniture
    assert "2/4" in thread.furniture


def test_text_that_opens_otherwise_is_no_toot_archive():
    assert read_toot_archive("Astma bij kinderen\n\n" + THREAD) is None
    assert read_toot_archive("Longfonds @longfonds 2025-10-01T08:00:00+00:00\nGeen adresregel.\n") is None


def test_thread_counters_are_no_pages_and_the_title_is_the_first_toots(tmp_path):
    [item] = ingest_leaflets_as(tmp_path, "astma.txt", THREAD)
    assert item.leaflet.title == "Astma bij kinderen"
    assert item.leaflet.updated == "2025-10-01"
    assert all(not passage.pages for passage in item.passages)
    text = "\n".join(passage.text for passage in item.passages)
    assert "@longfonds" not in text and "mastodon.nl" not in text and "3/4" not in text and "#" not in text
    lists = next(passage for passage in item.passages if "Wat kunt u doen?" in passage.headings)
    assert "• Rook nooit in huis.\n• Geef de puffer met een voorzetkamer.\n• Laat uw kind gewoon sporten." in lists.text


def test_winterhanden_reads_as_its_thread():
    (item,) = ingest_leaflets(LEAFLETS / "winterhanden.txt", root=LEAFLETS)
    assert item.leaflet.title == "Winterhanden en wintervoeten"
    assert all(not passage.pages for passage in item.passages)
    text = "\n".join(passage.text for passage in item.passages)
    assert " @huidpatienten " not in text and "/11" not in text and "tags/" not in text and "\\-" not in text
    assert "• Wanten houden de vingers warmer dan handschoenen.\n" in text


def test_escaped_list_marks_in_plain_text_are_items():
    escaped = "Neem mee:\n\\- een pas\n1\\. eerst\n\\* twee"
    assert unescaped_plain_lists(escaped) == "Neem mee:\n- een pas\n1. eerst\n* twee"


def test_escaped_list_marks_in_markdown_make_a_list_only_in_a_lists_shape():
    listed = "Intro.\n\n\\- een  \n\\- twee die\ndoorloopt  \n\\- drie\n\nMeer."
    assert unescaped_markdown_lists(listed) == "Intro.\n\n- een  \n- twee die\ndoorloopt  \n- drie\n\nMeer."
    alone = "Een zin die eindigt op\n\\- 2 -\n\nEn verder.\n\n\\- niet"  # a line a reader escaped, kept text
    assert unescaped_markdown_lists(alone) == alone


def test_escaped_list_in_markdown_reads_as_items(tmp_path):
    [item] = ingest_leaflets_as(tmp_path, "lijst.md",
                                "# Griep\n\nWat helpt:\n\n\\- rust  \n\\- veel drinken  \n\\- paracetamol\n")
    assert "• rust\n• veel drinken\n• paracetamol" in item.passages[0].text


def test_pipe_table_with_empty_first_header_cell_reads_as_rows(tmp_path):
    table = ("# Angst\n\n## Verschil\n\nEen tekst over het verschil tussen de twee.\n\n"
             "| Losse aanval | Stoornis  \n---|---|---  \nHoe vaak | af en toe | steeds terug  \n"
             "Vermijden | niet | wel  \n\n## Hulp\n\nBel de huisarts.\n")
    [item] = ingest_leaflets_as(tmp_path, "angst.md", table)
    text = "\n".join(passage.text for passage in item.passages)
    assert "---|" not in text
    assert "Hoe vaak | af en toe | steeds terug\nVermijden | niet | wel" in text


def _feed_mail(body: str) -> str:
    encoded = base64.encodebytes(body.encode("utf-8")).decode("ascii")
    return ("MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n"
            "From: Stichting Voorbeeld <user@rss2email.invalid>\nSubject: Hooikoorts: wat helpt?\n"
            "Date: Tue, 20 Jan 2026 07:00:00 -0000\nUser-Agent: rss2email/3.14\n\n" + encoded)


def test_rss2email_url_line_is_the_address_not_text(tmp_path):
    body = ("## Wat is hooikoorts?\n\nHooikoorts is een allergie voor stuifmeel van bomen, grassen of kruiden.\n\n"
            "## Contact\n\nBel de huisarts als de klachten blijven.\n\n\n\nURL: https://www.voorbeeld.nl/hooikoorts")
    [item] = ingest_leaflets_as(tmp_path, "hooikoorts.txt", _feed_mail(body))
    text = "\n".join(passage.text for passage in item.passages)
    assert "URL:" not in text and "voorbeeld.nl" not in text
    assert item.leaflet.url == "https://www.voorbeeld.nl/hooikoorts"


def test_paniekaanval_table_and_footer():
    (item,) = ingest_leaflets(LEAFLETS / "paniekaanval.txt", root=LEAFLETS)
    text = "\n".join(passage.text for passage in item.passages)
    assert "---|" not in text and "URL:" not in text
    assert "| Losse paniekaanval | Paniekstoornis\nHoe vaak | één keer of af en toe | steeds terug" in text


def _pasted_thread(first_closing: str) -> str:
    posts = ["Astma bij kinderen\n\nBij astma zijn de luchtwegen overgevoelig.",
             "Wat kunt u doen?\n\nRook nooit in huis en geef de puffer met een voorzetkamer.",
             "Wanneer belt u?\n\nBel als uw kind benauwd blijft na de puffer."]
    closings = [first_closing, "2/3", "3/3"]
    return "\n\n".join(f"{post}\n\n{closing}" for post, closing in zip(posts, closings)) + "\n"


def test_thread_counters_without_an_archive_are_no_page_numbers():
    from ingest.running_footer import paged_by_numbers
    thread = _pasted_thread("1/3 [#astma](https://mastodon.nl/tags/astma) #longen")
    assert "\f" not in paged_by_numbers(thread)
    assert paged_by_numbers(_pasted_thread("1/3")).count("\f") == 3  # numbered pages still are
