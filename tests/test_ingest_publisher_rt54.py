"""A plain sender's line right under a leaflet's title names its publisher (red teams 53 and 54):
a medical centre by its initials ("Maxima MC Veldhoven") after an English department, a second
sender after "en" ("… en apotheek Vleuterweide"), a hospital's one-word brand after its
department ("Radiologie, Zuyderland"), a long line with a partner over the leaflet's date in
plain text. A department alone stays a heading, a town after a department is no publisher."""

from __future__ import annotations

from pathlib import Path

import pytest

from leaflet_files import ingest_file_as

DATA = Path(__file__).parent / "data"

_BODY = ("Wat is verkoudheid?\n\nVerkoudheid is een infectie van de neus en de keel door een virus. "
         "Het gaat vanzelf over.\n")


def _text(sender: str) -> str:
    return f"Verkoudheid bij kinderen\n{sender}\nUitgave: maart 2026\n\n{_BODY}"


def _markdown(sender: str) -> str:
    return f"# Verkoudheid bij kinderen\n\n{sender}\n\nUitgave: maart 2026\n\n## {_BODY}"


SENDERS = [
    ("Centrum Jeugd en Gezin Rotterdam, in samenwerking met Tandartsenpraktijk Kralingen",
     "Centrum Jeugd en Gezin Rotterdam"),
    ("Huisartsengroep Leidse Rijn en apotheek Vleuterweide", "Huisartsengroep Leidse Rijn"),
    ("Obstetrics Department, Maxima MC Veldhoven", "Maxima MC Veldhoven"),
    ("Radiologie, Zuyderland", "Zuyderland"),
    ("GGD Twente, Preventie en Leefstijl", "GGD Twente"),
    ("Huisartsenpraktijk Het Anker, Harderwijk", "Huisartsenpraktijk Het Anker"),
]


@pytest.mark.parametrize(("sender", "publisher"), SENDERS)
def test_plain_text_sender_line_names_the_publisher(tmp_path: Path, sender: str, publisher: str) -> None:
    item = ingest_file_as(tmp_path, "verkoudheid.txt", _text(sender))
    assert item.leaflet.publisher == publisher
    assert item.leaflet.updated == "2026-03"
    assert all(sender not in passage.text and sender not in passage.headings for passage in item.passages)


@pytest.mark.parametrize(("sender", "publisher"), SENDERS)
def test_markdown_sender_line_names_the_publisher(tmp_path: Path, sender: str, publisher: str) -> None:
    item = ingest_file_as(tmp_path, "verkoudheid.md", _markdown(sender))
    assert item.leaflet.publisher == publisher
    assert all(sender not in passage.headings for passage in item.passages)


def test_a_town_after_a_department_is_no_publisher(tmp_path: Path) -> None:
    item = ingest_file_as(tmp_path, "verkoudheid.txt", _text("Polikliniek Dermatologie, Hilversum"))
    assert item.leaflet.publisher != "Hilversum"


def test_a_department_alone_stays_a_heading(tmp_path: Path) -> None:
    text = ("# Het onderzoek\n\nU krijgt een afspraak voor het onderzoek. Neem uw pas mee.\n\n"
            "## Radiologie\n\nDe laborant maakt de foto. Dit duurt tien minuten.\n")
    item = ingest_file_as(tmp_path, "onderzoek.md", text)
    assert ["Radiologie"] in [list(passage.headings) for passage in item.passages]
    assert item.leaflet.publisher == ""


def test_a_title_that_joins_a_pharmacy_names_no_one(tmp_path: Path) -> None:
    text = "Zwangerschap en apotheek\n\nVraag uw apotheker welke medicijnen u mag gebruiken. Dat is veilig.\n"
    assert ingest_file_as(tmp_path, "zwanger.txt", text).leaflet.publisher == ""


@pytest.mark.parametrize(("name", "publisher"), [
    ("redteam54_leaflets/tandenpoetsen-peuter.txt", "Centrum Jeugd en Gezin Rotterdam"),
    ("redteam54_leaflets/slaapmiddelen-afbouwen.html", "Huisartsengroep Leidse Rijn"),
    ("redteam53_leaflets/keizersnede-en.txt", "Maxima MC Veldhoven"),
])
def test_red_team_leaflets_name_their_publisher(name: str, publisher: str) -> None:
    from ingest.pipeline import ingest_leaflets

    path = DATA / name
    (item,) = ingest_leaflets(path, root=path.parent)
    assert item.leaflet.publisher == publisher


def test_a_department_and_hospital_line_heads_no_section(tmp_path: Path) -> None:
    text = ("Verkoudheid bij kinderen\nRadiologie, Zuyderland\n\nVerkoudheid is een infectie van de neus en de keel "
            "door een virus. Het gaat vanzelf over.\n\nWat doet u zelf?\n\nRust goed uit en drink veel water. Dat helpt.\n")
    item = ingest_file_as(tmp_path, "verkoudheid.txt", text)
    assert item.leaflet.publisher == "Zuyderland"
    assert all("Radiologie, Zuyderland" not in passage.headings for passage in item.passages)
