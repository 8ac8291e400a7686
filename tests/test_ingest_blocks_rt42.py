"""Red team 42: texts written one block element a line with no blank lines, the source's wrap
kept inside each block (xmlstarlet's string value of a Confluence page, linkedom's
`textContent`, node-html-parser's `structuredText`). A heading right under a paragraph's
one-line last sentence, under the date line, over a list whose bullets were dropped, or wrapped
in two by the source was read as prose; an address cut between street and house number headed
a section."""

from __future__ import annotations

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam42_leaflets"
PROSE = ("Kinderen met waterpokken krijgen eerst koorts en voelen zich wat ziek. Na\n"
         "een dag of twee komen er rode vlekjes, die veranderen in blaasjes met\n"
         "helder vocht. De blaasjes jeuken en gaan na enkele dagen kapot.\n")
HEAD = "Waterpokken bij kinderen\nHuisartsenpraktijk De Esch, Zwolle\nLaatst bijgewerkt: 4 februari 2026\n"


def _ingest(tmp_path: Path, text: str, name: str = "folder.txt"):
    return ingest_file_as(tmp_path, name, text)


def _headings(item) -> list[tuple[str, ...]]:
    return [tuple(passage.headings) for passage in item.passages]


def test_a_heading_after_a_paragraphs_one_line_end_over_bare_items(tmp_path: Path) -> None:
    text = (HEAD + "Hoe ontstaat het?\n" + PROSE + "Wat merkt u?\n\nkoorts en hoofdpijn;\njeukende blaasjes;\n"
            "moeheid.\n\n" + "Wanneer naar de huisarts?\n" + PROSE)
    item = _ingest(tmp_path, text)
    assert ("Wat merkt u?",) in _headings(item)
    assert all("helder vocht. De blaasjes jeuken en gaan na enkele dagen kapot. Wat merkt u?" not in passage.text
               for passage in item.passages)


def test_a_heading_after_a_full_line_that_ends_a_sentence(tmp_path: Path) -> None:
    prose = ("Kinderen met waterpokken krijgen eerst koorts en voelen zich wat ziek.\n"
             "De blaasjes jeuken en gaan na enkele dagen kapot, daarna komen korstjes.\n"
             "Die vallen vanzelf af.\n")
    item = _ingest(tmp_path, HEAD + "Hoe ontstaat het?\n" + PROSE + "Wat kunt u doen?\n" + prose
                   + "Hoe voorkomt u het\n" + PROSE)
    assert ("Hoe voorkomt u het",) in _headings(item)


def test_a_heading_the_source_wrapped_is_one_heading(tmp_path: Path) -> None:
    text = HEAD + "Waarom krijgen kinderen vaker\nwaterpokken?\n" + PROSE + "Contact met de\nhuisarts\n" \
        + "Huisartsenpraktijk De Esch, Eschweg 12, 8011 AB Zwolle. Telefoon 038 421 00 00.\n"
    item = _ingest(tmp_path, text)
    headings = _headings(item)
    assert ("Waarom krijgen kinderen vaker waterpokken?",) in headings
    assert ("Contact met de huisarts",) in headings


def test_an_address_cut_before_its_house_number_heads_no_section(tmp_path: Path) -> None:
    text = HEAD + "Hoe ontstaat het?\n" + PROSE + "Vragen?\n" \
        + "Huisartsenpraktijk De Esch, afdeling Kinderzorg, Burgemeester Roelenweg\n" \
        + "12, 8021 EW Zwolle. Telefoon 038 421 00 00, op werkdagen van 8.00 tot\n17.00 uur.\n"
    item = _ingest(tmp_path, text)
    headings = _headings(item)
    assert ("Vragen?",) in headings
    assert all("Roelenweg" not in " ".join(heading) for heading in headings)
    assert any("Burgemeester Roelenweg 12, 8021 EW Zwolle." in passage.text for passage in item.passages)


def test_the_red_team_leaflets_have_their_sections(tmp_path: Path) -> None:
    onderkoeling = _headings(ingest_file(LEAFLETS / "onderkoeling.txt", root=LEAFLETS))
    assert [heading[-1] for heading in onderkoeling] == [
        "Waarom lopen ouderen meer risico?", "Hoe herkent u onderkoeling?", "Wat doet u bij onderkoeling?",
        "Voorkomen is beter", "Als mantelzorger", "Contact met de wijkverpleging"]
    sneeuw = [heading[-1] for heading in _headings(ingest_file(LEAFLETS / "sneeuwblindheid.txt", root=LEAFLETS))]
    assert sneeuw[:7] == ["Wat is sneeuwblindheid?", "Klachten", "Wat kunt u zelf doen?", "Hoe lang duurt het?",
                          "Wanneer naar een arts?", "Voorkomen", "Vragen?"]


def test_a_wiki_spaces_name_before_the_title_goes_where_the_sender_line_names_it(tmp_path: Path) -> None:
    text = ("Jeugdzorg : Waterpokken bij kinderen\n\nGGD Twente, Jeugdzorg\nLaatst bijgewerkt: 4 februari 2026\n"
            "Over waterpokken\n" + PROSE)
    assert _ingest(tmp_path, text).leaflet.title == "Waterpokken bij kinderen"
    kept = "Diabète : ce qu'il faut savoir\n\nLaatst bijgewerkt: 4 februari 2026\nOver waterpokken\n" + PROSE
    assert _ingest(tmp_path, kept, "autre.txt").leaflet.title == "Diabète : ce qu'il faut savoir"


def test_a_footer_whose_statements_are_glued_to_its_address_closes_the_page(tmp_path: Path) -> None:
    text = (HEAD + "Over waterpokken\n" + PROSE + "\nDeel deze pagina: WhatsApp Facebook X E-mail Print\n\n"
            "Praktische informatieRoute en parkerenMijnEschOver de praktijk\n\n"
            "Huisartsenpraktijk De Esch · Eschweg 12 · 8011 AB Zwolle · 038 421 00 00PrivacyCookiesDisclaimer\n")
    item = _ingest(tmp_path, text)
    assert all("Route en parkeren" not in passage.text and "Privacy" not in passage.text for passage in item.passages)


def test_short_boxes_between_the_share_line_and_the_footer_are_the_pages(tmp_path: Path) -> None:
    text = (HEAD + "Over waterpokken\n" + PROSE + "Vragen?\nBel de praktijk op 038 421 00 00.\n"
            "\nDeel deze pagina: WhatsApp Facebook X E-mail Print\n\nDownload onze app\n"
            "Maak een afspraak en stel uw vraag.\nOpeningstijden\nMa t/m vr 8.00–17.00 uur\n\n"
            "Huisartsenpraktijk De Esch · Eschweg 12 · 8011 AB Zwolle\nPrivacyverklaring\n")
    item = _ingest(tmp_path, text)
    assert any("038 421 00 00" in passage.text for passage in item.passages)
    assert all("Download onze app" not in passage.text and "Openingstijden" not in passage.text
               and "Download onze app" not in passage.headings for passage in item.passages)


def test_bare_items_under_a_heading_stay_one_a_line(tmp_path: Path) -> None:
    text = (HEAD + "Over waterpokken\n" + PROSE + "Wat merkt u?\n\nkoorts en hoofdpijn, vooral de eerste dag;\n"
            "jeukende blaasjes;\nmoe zijn en weinig eten;\nhangerig zijn.\n\n" + "Wanneer naar de huisarts?\n" + PROSE)
    passage = next(p for p in _ingest(tmp_path, text).passages if p.headings[-1:] == ("Wat merkt u?",))
    assert "jeukende blaasjes;\nmoe zijn en weinig eten;\nhangerig zijn." in passage.text
