"""Leaflets kept in a journal or note tool and exported as text (red team 57, findings 2.2 and
2.3): jrnl's Markdown, whose year, month and time stamp frame the entry, and CherryTree's plain
text, whose only Markdown is the node's name as a "# " line."""

from pathlib import Path

from ingest.hashed_title import hashed_title
from ingest.journal_export import without_journal_frame

from tests.ingest_helpers import all_text as _all_text, ingested_copy, ingested_text

LEAFLETS = Path(__file__).parent / "data" / "redteam57_leaflets"

BODY = """Huisartsenpraktijk De Linde, Apeldoorn

Laatst bijgewerkt: maart 2026

Griep is een infectie met het influenzavirus. U krijgt koorts, spierpijn en hoofdpijn, en u voelt zich ziek.

{h} Wat kunt u zelf doen?

Rust veel uit en drink genoeg. Paracetamol helpt tegen koorts en pijn. Blijf thuis tot de koorts weg is.

{h} Wanneer belt u de huisarts?

Bel de huisarts als u benauwd wordt, als de koorts na vijf dagen niet zakt of als u erg ziek wordt.
"""


def _leaflet(tmp_path: Path, name: str):
    return ingested_copy(tmp_path, LEAFLETS / name)


def _written(tmp_path: Path, text: str, name: str):
    return ingested_text(tmp_path, text, name)


def test_jrnl_markdown_export_is_read_without_its_year_month_and_stamp(tmp_path):
    item = _leaflet(tmp_path, "hitteberoerte-sport.md")
    assert item.leaflet.title == "Sporten in de hitte: oververhitting en hitteberoerte"
    assert item.leaflet.publisher == "Sportmedisch Centrum Papendal"
    assert item.leaflet.updated == "2026-04"
    tops = {passage.headings[0] for passage in item.passages if passage.headings}
    assert {"Hoe raakt u oververhit?", "Van kramp tot hitteberoerte", "Eerste hulp",
            "Weer sporten na een hitteberoerte"} <= tops
    for passage in item.passages:
        assert not {"2026", "December"} & set(passage.headings)
        assert not any("06:25:01" in heading for heading in passage.headings)
        assert passage.text.strip() != "Sportmedisch Centrum Papendal, Arnhem"
    text = _all_text(item)
    assert "06:25:01" not in text and "#" not in text


def test_jrnl_frame_of_other_dates_times_and_months_is_read_too(tmp_path):
    text = "# 2025\n\n## Maart\n\n### 2025-03-14 09:30 Griep bij volwassenen\n\n" + BODY.format(h="####")
    item = _written(tmp_path, text, "griep.md")
    assert item.leaflet.title == "Griep bij volwassenen"
    assert item.leaflet.publisher == "Huisartsenpraktijk De Linde"
    assert [passage.headings for passage in item.passages if passage.headings] == [
        ("Wat kunt u zelf doen?",), ("Wanneer belt u de huisarts?",)]


def test_journal_frame_rewrites_each_entry_and_keeps_the_levels_among_its_headings():
    text = ("# 2026\n\n## December\n\n### 2026-12-07 06:25:01 AM # Titel\n\nTekst.\n\n##### Deel\n\n"
            "###### Onderdeel\n\n## January\n\n### 2027-01-02 10:00:00 PM Tweede\n\nMeer tekst.\n")
    lines = [line for line in without_journal_frame(text).split("\n") if line.startswith("#")]
    assert lines == ["# Titel", "## Deel", "### Onderdeel", "# Tweede"]
    fenced = text.replace("Tekst.\n\n#####", "```\n# commentaar\n```\n\n#####", 1)
    assert "```\n# commentaar\n```" in without_journal_frame(fenced)
    closed = "# 2026 #\n\n## December ##\n\n### 2026-12-07 10:00 # Titel ###\n\nTekst.\n\n#### Deel ####\n"
    assert [line for line in without_journal_frame(closed).split("\n") if line.strip()] == ["# Titel", "Tekst.", "## Deel"]


def test_ordinary_markdown_with_a_year_or_month_heading_stays(tmp_path):
    yearly = "# 2026\n\n## December\n\nIn december geven we de griepprik.\n\n### Wie krijgt een uitnodiging?\n\nIedereen boven de 60.\n"
    assert without_journal_frame(yearly) == yearly  # no stamped entry under the month
    month_section = "# Griepprik\n\n## December: de griepprik\n\nTekst.\n\n### 2026-12-07 10:00 Spreekuur\n\nTekst.\n"
    assert without_journal_frame(month_section) == month_section
    item = _written(tmp_path, "# Griepprik 2026\n\n" + BODY.format(h="## December:"), "griepprik.md")
    assert item.leaflet.title == "Griepprik 2026"
    assert ("December: Wat kunt u zelf doen?",) in [passage.headings for passage in item.passages]


def test_cherrytree_plain_text_export_is_titled_by_its_node_name(tmp_path):
    item = _leaflet(tmp_path, "cannabis-minderen.txt")
    assert item.leaflet.title == "Minder blowen of stoppen met cannabis"
    assert item.leaflet.publisher == "Tactus Verslavingszorg"
    assert item.leaflet.updated == "2026-02"
    text = _all_text(item)
    assert "# Minder blowen" not in text
    for passage in item.passages:
        assert "Tactus Verslavingszorg, Deventer" not in passage.text
    headings = {heading for passage in item.passages for heading in passage.headings}
    assert {"Blowt u te veel?", "Wat merkt u als u stopt?", "Tips om te minderen", "Contact"} <= headings
    assert "Slecht slapen en levendige dromen | 2 tot 4 weken" in text


def test_hashed_first_line_titles_other_plain_texts(tmp_path):
    item = _written(tmp_path, "# Griep bij volwassenen\n\n" + BODY.format(h="").replace("\n ", "\n"), "griep.txt")
    assert item.leaflet.title == "Griep bij volwassenen"
    assert item.leaflet.publisher == "Huisartsenpraktijk De Linde"
    assert "#" not in _all_text(item)


def test_ordinary_plain_texts_with_a_hash_line_stay():
    tagged = "#griep\n\nGriep is een infectie met het influenzavirus.\n"
    assert hashed_title(tagged).title == "" and hashed_title(tagged).text == tagged
    later = "Griep\n\nGriep is een infectie.\n\n# 1 tablet per dag\n\nNeem de tablet bij het eten.\n"
    assert hashed_title(later).title == ""
    numbered = "# 1 tablet per dag\n\nNeem de tablet bij het eten.\n"
    assert hashed_title(numbered).title == ""
    sentence = "# Neem de tablet bij het eten.\n\nMeer tekst.\n"
    assert hashed_title(sentence).title == ""
    run_on = "# Griep\nGriep is een infectie met het influenzavirus.\n"
    assert hashed_title(run_on).title == ""
    markdown = "# Griep\n\nLees meer op [de site](https://www.thuisarts.nl/griep).\n"
    assert hashed_title(markdown).title == ""  # a link: Markdown, whose reader titles it


def test_ordinary_plain_leaflet_keeps_its_title_and_text(tmp_path):
    text = "Griep bij volwassenen\n\n" + BODY.format(h="").replace("\n ", "\n")
    item = _written(tmp_path, text, "griep.txt")
    assert item.leaflet.title == "Griep bij volwassenen"
    assert "Griep is een infectie met het influenzavirus." in _all_text(item)
