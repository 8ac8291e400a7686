"""Red team 36: kreuzberg's Markdown of a PDF marks a list's first item and a closing section's
sentences as `###` headings (they are text, and no heading's words are lost for want of a body
under it), and html-to-markdown's Markdown of a whole page writes its `<head>` as front matter
(the site's name is the publisher and comes off the title) and ends with the site's footer."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import ingest_file

DATA = Path(__file__).parent / "data" / "redteam36_leaflets"


def _leaflet(tmp_path, text: str, name: str = "folder.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return ingest_file(path)


def _all_text(item) -> str:
    return "\n".join(passage.text for passage in item.passages)


def _headings(item) -> set[str]:
    return {heading for passage in item.passages for heading in passage.headings}


def test_kreuzberg_sentence_headings_are_text_and_the_last_section_is_kept():
    item = ingest_file(DATA / "lichen-sclerosus.md")
    text = _all_text(item)
    assert "Polikliniek Dermatologie: 040 239 91 11." in text
    assert "Neem eerder contact op als u een bultje" in text
    assert "• veel jeuk, vooral 's nachts;" in text
    assert not any(heading.startswith(("·", "Neem", "Polikliniek")) for heading in _headings(item))
    closing = next(p for p in item.passages if "040 239 91 11" in p.text)
    assert closing.headings[-1] == "Wanneer eerder contact?"


def test_html_to_markdown_page_front_matter_and_footer():
    item = ingest_file(DATA / "tetanusprik.md")
    assert item.leaflet.title == "Tetanus en de tetanusprik"
    assert item.leaflet.publisher == "Huisartsenpost Midden-Brabant"
    text = _all_text(item)
    assert "Dr. Deelenlaan" not in text and "Privacy" not in text
    assert "Hondenbeet" not in text
    assert "Overdag belt u uw eigen huisarts." in text


def test_a_question_set_as_a_sentence_over_its_answer_stays_a_heading(tmp_path):
    item = _leaflet(tmp_path, "# Slaapapneu\n\n## Vragen\n\n### Ik krijg een droge mond.\n\n"
                              "Zet de luchtbevochtiger een stand hoger.\n\n### Het masker lekt.\n\n"
                              "Zet de banden losser.\n")
    assert {"Ik krijg een droge mond.", "Het masker lekt."} <= _headings(item)


def test_a_short_heading_over_a_list_and_a_question_heading_stay(tmp_path):
    item = _leaflet(tmp_path, "# Griep\n\n## Klachten\n\n- koorts\n- hoofdpijn\n\n"
                              "## Wanneer belt u de huisarts?\n\nBel als de koorts na drie dagen niet zakt.\n")
    assert {"Klachten", "Wanneer belt u de huisarts?"} <= _headings(item)
    assert "• koorts" in _all_text(item)


def test_a_bulleted_heading_is_an_item(tmp_path):
    item = _leaflet(tmp_path, "# Eczeem\n\n## Klachten\n\n### • droge huid;\n\n• jeuk;\n\n• roodheid.\n\n"
                              "## Behandeling\n\nSmeer elke dag een vette crème.\n")
    assert "• droge huid;" in _all_text(item)
    assert "• droge huid;" not in _headings(item)


def test_a_sentence_heading_over_nothing_keeps_its_words(tmp_path):
    item = _leaflet(tmp_path, "# Wondzorg\n\n## Verzorging\n\nHoud de wond droog.\n\n"
                              "## Contact\n\n### Bel de polikliniek bij koorts.\n")
    assert "Bel de polikliniek bij koorts." in _all_text(item)


def test_a_label_heading_over_nothing_makes_no_passage(tmp_path):
    item = _leaflet(tmp_path, "# Dagboek\n\n## Uitleg\n\nSchrijf elke dag op hoe het ging.\n\n## Mijn dagboek\n")
    assert all(passage.text != "Mijn dagboek" for passage in item.passages)


def test_front_matter_site_name_is_publisher_and_leaves_the_title(tmp_path):
    item = _leaflet(tmp_path, "---\ntitle: Hoofdpijn | GGD Zuid\nmeta-og:site_name: GGD Zuid\n---\n\n"
                              "# Hoofdpijn\n\n## Wat is het?\n\nHoofdpijn komt vaak voor en gaat meestal vanzelf over.\n")
    assert item.leaflet.title == "Hoofdpijn"
    assert item.leaflet.publisher == "GGD Zuid"


def test_front_matter_title_with_a_colon_in_its_value_is_kept(tmp_path):
    item = _leaflet(tmp_path, "---\ntitle: Knie: een kijkoperatie\n---\n\nDe arts kijkt in uw knie met een camera.\n")
    assert item.leaflet.title == "Knie: een kijkoperatie"
