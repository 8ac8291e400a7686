"""Review of red team 31's page-chrome fix: what stands over a breadcrumb and a line of fields
with a copyright notice are not always the site's.

A page's own title may stand over its breadcrumb with nothing of the site's around it; a
labelled list of one kind ("Trefwoorden: ...") is no breadcrumb; and a leaflet's closing
contact line may carry the publisher's copyright. Each went with the chrome, the title falling
back to the file's name."""

from __future__ import annotations

from pathlib import Path

from ingest.clean.furniture import is_ui_line
from ingest.pipeline import ingest_file
from ingest.web_dump import without_markdown_chrome, without_page_chrome

LEAFLETS = Path(__file__).parent / "data" / "redteam31_leaflets"
PROSE = "Galstenen zijn steentjes in de galblaas. Veel mensen hebben er geen last van.\n"
CONTACT = "Bel bij vragen de polikliniek Dermatologie op 088 123 45 67 (ma-vr 8.30-16.30 uur) · © 2026 Ziekenhuis Rijnmond"


def _kept(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def test_a_title_over_a_breadcrumb_that_ends_with_it_stays():
    page = f"Galstenen\n\nU bent hier: Home > Maag-, darm- en leverziekten > Galstenen\n\n{PROSE}"
    assert _kept(without_page_chrome(page)[0]) == ["Galstenen", PROSE.strip()]


def test_a_title_over_a_breadcrumb_with_nothing_of_the_sites_stays():
    page = f"Galstenen bij volwassenen\n\nU bent hier: Home > Folders > Maag en darm\n\n{PROSE}"
    assert _kept(without_page_chrome(page)[0]) == ["Galstenen bij volwassenen", PROSE.strip()]


def test_a_menu_over_the_title_and_breadcrumb_goes_and_the_title_stays():
    page = ("MDL Centrum Oost\n  * Patiënten\n  * Vacatures\n\nGalstenen\n\n"
            f"U bent hier: Home > Maag-, darm- en leverziekten > Galstenen\n\n{PROSE}")
    assert _kept(without_page_chrome(page)[0]) == ["Galstenen", PROSE.strip()]


def test_the_sites_name_goes_where_the_pages_heading_stands_under_the_breadcrumb():
    page = f"MDL Centrum Oost\n\nU bent hier: Home > Folders > Galstenen\n\nGalstenen\n\n{PROSE}"
    assert _kept(without_page_chrome(page)[0]) == ["Galstenen", PROSE.strip()]


def test_a_labelled_list_of_one_step_is_no_breadcrumb():
    page = f"Migraine bij kinderen\n\nTrefwoorden: migraine, hoofdpijn, kinderen\n\n{PROSE}"
    assert without_page_chrome(page)[0] == page
    one_step = f"Migraine bij kinderen\n\nU bent hier: Folders\n\n{PROSE}"
    assert without_page_chrome(one_step)[0] == one_step


def test_a_closing_contact_line_with_the_publishers_copyright_stays():
    dump = f"Eczeem bij baby's\n\n{PROSE}\nVragen\n\n{CONTACT}"
    assert without_page_chrome(dump)[0] == dump
    markdown = f"# Eczeem bij baby's\n\n{PROSE}\n## Vragen\n\n{CONTACT}"
    assert without_markdown_chrome(markdown) == markdown


def test_a_footer_field_that_follows_the_site_on_social_media_is_interface():
    assert is_ui_line("Volg ons op Facebook en LinkedIn") and is_ui_line("Follow us on Instagram, YouTube")
    assert not is_ui_line("Volg ons op Facebook voor nieuws over de poli.")
    dump = f"Galstenen\n\n{PROSE}\nMDL Centrum Oost · Hanzeplein 1 · Volg ons op Instagram en YouTube · © 2026"
    assert _kept(without_page_chrome(dump)[0]) == ["Galstenen", PROSE.strip()]


def test_red_team_pages_keep_their_title_and_lose_their_footer():
    for name, title in (("hamerteen.md", "Hamerteen: de operatie"), ("neuspoliepen.txt", "Neuspoliepen")):
        item = ingest_file(LEAFLETS / name)
        text = "\n".join(passage.text for passage in item.passages)
        assert item.leaflet.title == title
        assert "Volg ons" not in text and "© 2026" not in text and "U bent hier" not in text, name
