"""Web pages as red team 17 found them read wrongly: dates the page states (Pelican's
"Updated: 18 March 2026" in the article's own `<footer>`, Nikola's `article:published_time`,
"Edition: March 2026") were not read."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.dates import find_updated
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam17_leaflets"
TEXT = ("<p>De achillespees verbindt de kuitspieren met het hielbeen. Bij een tendinopathie is de pees "
        "overbelast geraakt. De pees is dan pijnlijk en vaak verdikt, meestal boven de hiel. Rust alleen "
        "helpt niet: de pees wordt juist sterker van de juiste belasting.</p><h2>Behandeling</h2><p>De "
        "belangrijkste behandeling is een oefenprogramma van twaalf weken, twee keer per dag.</p>")


def _page(tmp_path: Path, head: str, article: str) -> Path:
    page = tmp_path / "pees.html"
    page.write_text(f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>Achillespees</title>{head}"
                    f"</head><body><main><article><header><h1>Achillespees</h1></header>{article}</article></main>"
                    "<footer><p>Laatst gewijzigd: 1 januari 2020</p></footer></body></html>", encoding="utf-8")
    return page


def test_a_date_in_the_articles_own_footer_dates_it(tmp_path):
    footer = ('<footer class="post-info"><abbr class="published" title="2025-11-03T10:00:00+01:00">Published: 03 '
              'November 2025</abbr><br><abbr class="modified" title="2026-03-18T09:30:00+01:00">Updated: 18 March '
              '2026</abbr><address>By <a href="/author/smco.html">Sportmedisch Centrum Oost</a></address>'
              '<p>tags: <a href="/tag/pees.html">pees</a></p></footer>')
    assert ingest_file(_page(tmp_path, "", footer + TEXT)).leaflet.updated == "2026-03-18"


def test_a_card_about_another_page_in_an_article_dates_nothing(tmp_path):
    card = ('<article class="card"><header><a href="/knie.html">Knieklachten</a></header><footer>Laatst gewijzigd: '
            '4 maart 2026</footer></article>')
    assert ingest_file(_page(tmp_path, "", TEXT + card)).leaflet.updated == ""


def test_the_site_footer_still_dates_nothing(tmp_path):
    assert ingest_file(_page(tmp_path, "", TEXT)).leaflet.updated == ""


def test_a_pages_publication_time_dates_it_when_nothing_else_does(tmp_path):
    head = '<meta property="article:published_time" content="2026-03-20T09:00:00+01:00">'
    assert ingest_file(_page(tmp_path, head, TEXT)).leaflet.updated == "2026-03-20"


@pytest.mark.parametrize("line, expected", [
    ("Information for patients. Edition: March 2026, version 3.", "2026-03"),
    ("Editie: mei 2025", "2025-05"),
])
def test_an_editions_label_dates_the_leaflet(line, expected):
    assert find_updated(line, language="en") == expected


@pytest.mark.parametrize("name, expected", [
    ("achillespees.html", "2026-03-18"), ("trigger-finger-en.html", "2026-03"),
])
def test_the_red_teams_page_dates(name, expected):
    assert ingest_file(LEAFLETS / name).leaflet.updated == expected


NEWSLETTER = ("<table><tr><td><div>Eczeem is een ontsteking van de huid. Bij "
              "eczeem is de huid droog en rood, en het jeukt. Eczeem is niet besmettelijk. Smeer de huid elke dag "
              "in met een vette crème, ook als de huid rustig is.</div><div>Gebruik bij een opvlamming de zalf "
              "die de dermatoloog heeft voorgeschreven, zolang als hij heeft gezegd.</div></td></tr></table>")


@pytest.mark.parametrize("page_title, expected", [
    ("Nieuwsbrief Huidcentrum – Eczeem", "Eczeem"),  # the series first, the subject after the dash
    ("Eczeem – Nieuwsbrief Huidcentrum", "Eczeem"),
    ("Huidcentrum – Nieuwsbrief", "Huidcentrum"),  # neither named: as trafilatura cut it
])
def test_the_half_of_a_title_the_text_names_is_the_title(tmp_path, page_title, expected):
    page = tmp_path / "nieuwsbrief.html"
    page.write_text(f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>{page_title}</title></head>"
                    f"<body>{NEWSLETTER}</body></html>", encoding="utf-8")
    assert ingest_file(page).leaflet.title == expected


def test_the_red_teams_newsletter_is_titled_by_its_subject():
    """Its headline, set large in a layout cell, is now read as its title (red team 17's
    newsletter fix); either way the title names the subject, not the series."""
    title = ingest_file(LEAFLETS / "hidradenitis.html").leaflet.title
    assert "hidradenitis suppurativa" in title.casefold() and "nieuwsbrief" not in title.casefold()
