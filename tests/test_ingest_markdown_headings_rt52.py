"""pdf_oxide's Markdown of an easy-read PDF (red team 51): a large-print sentence marked as a
`#` heading right under its section's own heading is text, and the sender's name marked as a
heading right under the title is cover that names the publisher. A question stays a heading."""

from __future__ import annotations

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam51_leaflets"

EASY_READ = """# Bang voor de tandarts? Dat kunt u doen

## Tandartsenpraktijk De Molen

Veel mensen zijn bang voor de tandarts. U bent niet de enige.

## Waarom zijn mensen bang?

## Mensen zijn om verschillende redenen bang.

- U heeft vroeger pijn gehad.
- U bent bang voor de prik.

## Lachgas en een roesje

## Soms helpt een middel om rustig te worden.

Lachgas krijgt u via een kapje op uw neus.

## Wat kost het?

Vraag het aan de balie.
"""


def _sections(item) -> list[tuple[list[str], str]]:
    return [(list(passage.headings), passage.text) for passage in item.passages]


def test_a_sentence_under_a_heading_of_its_rank_is_the_sections_text(tmp_path):
    sections = _sections(ingest_file_as(tmp_path, "angst.md", EASY_READ))
    headings = [heading for heading, _ in sections]
    assert ["Waarom zijn mensen bang?"] in headings and ["Lachgas en een roesje"] in headings
    assert not any("redenen bang." in heading or "rustig te worden." in heading
                   for path in headings for heading in path)
    texts = dict((tuple(path), text) for path, text in sections)
    assert texts[("Waarom zijn mensen bang?",)].startswith("Mensen zijn om verschillende redenen bang.\n")
    assert texts[("Lachgas en een roesje",)].startswith("Soms helpt een middel om rustig te worden.\n")
    assert ["Wat kost het?"] in headings


def test_the_senders_name_as_a_heading_under_the_title_is_the_publisher(tmp_path):
    item = ingest_file_as(tmp_path, "angst.md", EASY_READ)
    assert item.leaflet.publisher == "Tandartsenpraktijk De Molen"
    assert all("Tandartsenpraktijk De Molen" not in passage.headings for passage in item.passages)
    assert "Veel mensen zijn bang voor de tandarts." in item.passages[0].text


def test_a_question_and_a_short_heading_under_a_heading_of_their_rank_stay_headings(tmp_path):
    text = ("# Lachgas\n\n## Voorbereiding\n\n## Mag mijn kind eten voor de behandeling?\n\n"
            "Tot twee uur ervoor mag uw kind licht eten.\n\n## Na afloop\n\n## Na de behandeling.\n\n"
            "Uw kind mag meteen naar huis.\n")
    headings = {heading for passage in ingest_file_as(tmp_path, "lachgas.md", text).passages
                for heading in passage.headings}
    assert {"Mag mijn kind eten voor de behandeling?", "Na de behandeling."} <= headings


def test_the_red_team_leaflet_reads_its_sender_and_sentences_as_such():
    item = ingest_file(LEAFLETS / "tandartsangst.txt", root=LEAFLETS)
    assert item.leaflet.publisher == "Centrum voor Bijzondere Tandheelkunde Amsterdam"
    headings = [list(passage.headings) for passage in item.passages]
    assert ["Waarom zijn mensen bang?"] in headings and ["Lachgas en een roesje"] in headings
    assert not any(heading.endswith(".") for path in headings for heading in path)


def test_a_department_heading_under_the_title_still_heads_its_section(tmp_path):
    text = ("# Hartkatheterisatie\n\n## Polikliniek Cardiologie\n\nU meldt zich bij de balie op de eerste verdieping.\n\n"
            "## Thuis\n\nRust de eerste dag goed uit.\n")
    item = ingest_file_as(tmp_path, "katheter.md", text)
    assert ("Polikliniek Cardiologie",) in [tuple(passage.headings) for passage in item.passages]
