"""Red team 21: Markdown that html2text (a Docusaurus page) and markdownify (a Wix post) made of
a web page kept the page's chrome: the menus before the `# ` heading, share buttons, the site's
link lists, the page's table of contents, readers' comments (served as covered answers: "de
neusdouche van de Kruidvat kost maar € 7,99") and the footer; the title was the file name."""

from __future__ import annotations

from pathlib import Path

from ingest.clean.furniture import is_ui_line
from ingest.pipeline import ingest_file
from ingest.web_dump import without_markdown_chrome

BODY = ("## Behandeling\n\nSpoel uw neus twee keer per dag met zout water uit een neusdouche.\n\n"
        "## Contact\n\nHuisartsenpraktijk De Brink, Brinkstraat 4, Deventer\n\n")
MASTHEAD = ("Neusklachten\n\n[Praktijk De Brink](https://www.brink.example.nl)\n\n* [Home](/)\n* [Spreekuur](/spreekuur)\n\n"
            "Huisarts M. Kok\n\n* 2 nov. 2023\n* Bijgewerkt: 6 jan. 2026\n\n# Neusklachten bij volwassenen\n\n")
TAIL = ("* [neus](/blog/tags/neus)\n* [verkoudheid](/blog/tags/verkoudheid)\n\nFacebookX (Twitter)LinkedInLink kopiëren\n\n"
        "212 weergaven2 reacties14\n\n## Recente posts\n\n[Alles weergeven](/blog)\n\n"
        "* [### Hooikoorts: wat helpt?](/post/hooikoorts)\n\n## Reacties (2)\n\nSchrijf een reactie...\n\nRia15 jan.\n\n"
        "Ik spoel met de neusdouche van de Kruidvat, die kost maar € 7,99.\n\nVind ik leukBeantwoorden\n\n"
        "Gerard B.20 jan.\n\nBij mij hielp alleen acupunctuur.\n\n"
        "© 2026 Huisartsenpraktijk De Brink. Gemaakt met Wix.com\n\n[Privacyverklaring](/privacy) | [Disclaimer](/disclaimer)\n")


def _ingested(tmp_path: Path, text: str, name: str = "neus.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return ingest_file(path)


def test_a_converted_posts_chrome_and_comments_make_no_passage(tmp_path):
    item = _ingested(tmp_path, MASTHEAD + BODY + TAIL)
    text = "\n".join(passage.text for passage in item.passages)
    for chrome in ("Kruidvat", "acupunctuur", "Spreekuur", "Huisarts M. Kok", "Facebook", "weergaven", "Hooikoorts",
                   "Alles weergeven", "verkoudheid", "Wix", "Disclaimer", "Recente posts"):
        assert chrome not in text, (chrome, text)
    assert item.leaflet.title == "Neusklachten bij volwassenen"
    assert item.leaflet.updated == "2026-01-06"
    assert text.startswith("Spoel uw neus") and text.endswith("Brinkstraat 4, Deventer")


def test_a_documentation_pages_closing_links_and_contents_go(tmp_path):
    text = ("Ga naar de hoofdinhoud\n\n[**Ouderinfo**](/)[Onderwerpen](/docs/intro)\n\nZoeken\n\n"
            "  * [Zuigelingen](/docs/zuigelingen)\n    * [Spruw](/docs/spruw)\n\nOp deze pagina\n\n# Spruw bij baby's\n\n"
            + BODY + "[Deze pagina bewerken](https://github.com/jgz-\nkennemerland/ouderinfo/edit/main/spruw.md)\n\n"
            "Laatst bijgewerkt op **12 jan 2026** door **redactie**\n\n"
            "[VorigeHuilen en\nonrust](/docs/huiluren)[VolgendeLuieruitslag](/docs/luieruitslag)\n\n"
            "  * Behandeling\n  * Contact\n\nOuderinfo\n\n  * [Alle onderwerpen](/docs/intro)\n\n"
            "Copyright © 2026 JGZ Kennemerland. Gebouwd met Docusaurus.\n")
    item = _ingested(tmp_path, text, "spruw.md")
    passages = [(passage.headings, passage.text) for passage in item.passages]
    assert item.leaflet.title == "Spruw bij baby's"
    assert item.leaflet.updated == "2026-01-12"
    assert passages[-1] == (("Contact",), "Huisartsenpraktijk De Brink, Brinkstraat 4, Deventer"), passages
    assert len(passages) == 2, passages


def test_a_documents_own_opening_and_closing_links_stay():
    text = ("Afdeling KNO\n\nDeze folder gaat over uw neus.\n\n# Neusklachten\n\n" + BODY
            + "## Meer informatie\n\n* [Thuisarts: neusklachten](https://www.thuisarts.nl/neus)\n\n© 2026 Ziekenhuis\n")
    kept = without_markdown_chrome(text)
    assert "Deze folder gaat over uw neus." in kept and "Afdeling KNO" in kept
    assert "[Thuisarts: neusklachten](https://www.thuisarts.nl/neus)" in kept


def test_a_name_glued_to_a_date_is_a_stamp_only_under_comments():
    text = "# Neusklachten\n\n" + BODY + "## Uitslag\n\nRia15 jan.\n\nDe uitslag krijgt u van de huisarts.\n"
    assert without_markdown_chrome(text) == text


def test_share_buttons_counters_and_an_edit_link_are_interface():
    for line in ("FacebookX (Twitter)LinkedInLink kopiëren", "212 weergaven2 reacties14", "Deze pagina bewerken",
                 "Edit this page"):
        assert is_ui_line(line), line
    assert not is_ui_line("Facebook")


def test_a_markdown_title_after_a_menu_list_is_the_title(tmp_path):
    text = ("Patiëntenfolder\n\n* Home\n* Folders\n\n# Spruw bij baby's\n\n## Wat is spruw?\n\n"
            "Spruw is een schimmelinfectie in de mond.\n\n## Behandeling\n\nSmeer de gel vier keer per dag.\n")
    assert _ingested(tmp_path, text, "nav-voor-h1.md").leaflet.title == "Spruw bij baby's"


def test_a_converted_boxs_lower_case_type_is_no_text():
    from ingest.markdown_dialects import plain_dialects
    text = "## Wanneer naar de huisarts?\n\ngevaar\n\n**Bel de huisarts als uw baby:**\n\n  * minder drinkt;\n"
    assert "gevaar" not in plain_dialects(text)
    assert "Gevaar\n\nGevaar is" in plain_dialects("Gevaar\n\nGevaar is er niet.\n")
