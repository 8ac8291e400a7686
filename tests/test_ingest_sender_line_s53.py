"""Session 53: an ordinary leaflet's sender line under its title, "Name, afdeling X[, Place]" over
the "Laatst bijgewerkt" line, names the publisher though no word of the name says it is an
organisation ("Antoni van Leeuwenhoek"); a centre before the department is part of the hospital
named after it ("Hartcentrum, afdeling Cardiologie, Isala Zwolle"). Markdown keeps the date line
apart from the sender's line, as plain text does, so both read the same publisher. A sentence, a
section's text line, a list's line and an address under the title name no one."""

import pytest
from leaflet_files import ingest_leaflets_as

from ingest.structure import organisation_in, running_sender

BODY_NL = ("Waarom dit medicijn?\n\nUw arts heeft u dit medicijn voorgeschreven. Het helpt om klachten te "
           "verminderen. Neem het elke dag in zoals afgesproken met uw arts.\n\nHoe gebruikt u het?\n\n"
           "Neem elke ochtend één tablet met een glas water. Vergeet u een tablet, neem hem dan alsnog in.\n")
BODY_EN = ("Why this medicine?\n\nYour doctor has prescribed this medicine. It helps to ease the symptoms. "
           "Take it every day as agreed with your doctor.\n\nHow do you take it?\n\n"
           "Take one tablet every morning with a glass of water. If you forget a tablet, take it later.\n")


def _leaflet(title: str, sender: str, date: str, body: str, markdown: bool) -> str:
    """A leaflet with its title, its sender's line and its date line over the body, in Markdown
    (`#` headings) or in plain text."""
    if markdown:
        body = "\n\n".join(f"## {part}" if part.endswith("?") else part for part in body.strip().split("\n\n"))
        return f"# {title}\n\n{sender}\n{date}\n\n{body}\n"
    return f"{title}\n\n{sender}\n{date}\n\n{body}"


CASES = [
    ("Antoni van Leeuwenhoek, afdeling Medische Oncologie, Amsterdam", "Antoni van Leeuwenhoek"),
    ("Hartcentrum, afdeling Cardiologie, Isala Zwolle", "Isala Zwolle"),
    ("GGZ Rivierduinen, afdeling Stemmingsstoornissen, Leiden", "GGZ Rivierduinen"),
    ("Antoni van Leeuwenhoek, dienst Radiologie", "Antoni van Leeuwenhoek"),
    ("Prinses Máxima Centrum, polikliniek Kinderoncologie, Utrecht", "Prinses Máxima Centrum"),
    ("Amphia Breda, team Medische Psychologie", "Amphia Breda"),
]


@pytest.mark.parametrize("markdown", [True, False], ids=["md", "txt"])
@pytest.mark.parametrize(("sender", "publisher"), CASES)
def test_a_sender_line_under_the_title_names_the_publisher_in_markdown_and_text(tmp_path, sender, publisher, markdown):
    name = "folder.md" if markdown else "folder.txt"
    [item] = ingest_leaflets_as(tmp_path, name, _leaflet("Uw medicijn", sender, "Laatst bijgewerkt: maart 2026",
                                                          BODY_NL, markdown))
    assert item.leaflet.publisher == publisher
    assert item.leaflet.title == "Uw medicijn"
    assert item.leaflet.updated == "2026-03"
    assert not any(sender.split(",")[0] in passage.text for passage in item.passages)


@pytest.mark.parametrize("markdown", [True, False], ids=["md", "txt"])
def test_an_english_centre_before_its_department_leaves_the_hospital_the_publisher(tmp_path, markdown):
    name = "leaflet.md" if markdown else "leaflet.txt"
    [item] = ingest_leaflets_as(tmp_path, name, _leaflet(
        "Your medicine", "Heart Centre, Department of Cardiology, Isala Zwolle", "Last updated: January 2026",
        BODY_EN, markdown))
    assert item.leaflet.publisher == "Isala Zwolle"


@pytest.mark.parametrize(("line", "organisation"), [
    ("Antoni van Leeuwenhoek, Department of Medical Oncology, Amsterdam", "Antoni van Leeuwenhoek"),
    ("Hartcentrum, afdeling Cardiologie, Isala Zwolle", "Isala Zwolle"),
    # a town after the department is no hospital: the centre names no sender, nor the town
    ("Hartcentrum, afdeling Cardiologie, Den Haag", ""),
    ("Hartcentrum, afdeling Cardiologie, Tiel", ""),
    # a centre or clinic with a name of its own sends the leaflet itself; what the text is names no one
    ("Slaapcentrum Noord, afdeling Longziekten, Den Haag", "Slaapcentrum Noord"),
    ("Radboud Centre, Department of Cardiology, Isala Zwolle", "Radboud Centre"),
    ("Rivierenland Kliniek, afdeling Urologie, Patiëntenvoorlichting", "Rivierenland Kliniek"),
    # a person before the department is who signs, no organisation
    ("Dr. A. de Vries, afdeling Medische Oncologie, Amsterdam", ""),
    # a sentence, a text line with commas, an address name no one
    ("Deze folder is voor u, afdeling Medische Oncologie", ""),
    ("Bloedverdunners, zoals Ascal, afdeling Medische Oncologie", ""),
    ("Postbus 123, 2300 AB Leiden", ""),
])
def test_the_organisation_a_department_line_names(line, organisation):
    assert organisation_in(line) == organisation


NOT_SENDERS = [
    "Deze folder is voor u, afdeling Medische Oncologie, als u tamoxifen gaat gebruiken",
    "Postbus 123, 2300 AB Leiden",
]


@pytest.mark.parametrize("markdown", [True, False], ids=["md", "txt"])
@pytest.mark.parametrize("line", NOT_SENDERS)
def test_a_sentence_or_an_address_under_the_title_names_no_publisher(tmp_path, line, markdown):
    name = "folder.md" if markdown else "folder.txt"
    [item] = ingest_leaflets_as(tmp_path, name, _leaflet("Uw medicijn", line, "Laatst bijgewerkt: maart 2026",
                                                          BODY_NL, markdown))
    assert item.leaflet.publisher == ""


@pytest.mark.parametrize("markdown", [True, False], ids=["md", "txt"])
def test_a_list_line_or_a_sections_text_line_names_no_publisher(tmp_path, markdown):
    body = ("Wie zijn betrokken?\n\n- Antoni van Leeuwenhoek, afdeling Medische Oncologie, Amsterdam\n"
            "- Uw huisarts, die de recepten schrijft\n\nWaar vindt de behandeling plaats?\n\n"
            "Antoni van Leeuwenhoek, afdeling Medische Oncologie, Amsterdam\n\n"
            "U komt elke drie maanden op controle. De arts bespreekt dan hoe het met u gaat.\n")
    text = f"# Uw medicijn\n\n{body.replace('Wie', '## Wie').replace('Waar', '## Waar')}" if markdown \
        else f"Uw medicijn\n\n{body}"
    [item] = ingest_leaflets_as(tmp_path, "folder.md" if markdown else "folder.txt", text)
    assert item.leaflet.publisher == ""
    assert any("Antoni van Leeuwenhoek, afdeling Medische Oncologie" in passage.text for passage in item.passages)


def test_markdown_keeps_a_date_line_apart_only_under_a_line_that_ends_no_sentence(tmp_path):
    """A sentence's paragraph goes on over a date line's words as Markdown joins it; a sender's
    line over "Laatst bijgewerkt" keeps the date a line of its own (as plain text does)."""
    from ingest.clean.lines import split_lines
    from ingest.clean.markdown import join_markdown_lines

    joined = join_markdown_lines(split_lines("Neem de tablet in met water.\nLaatst bijgewerkt: maart 2026\n\n"
                                             "Isala Zwolle, afdeling Cardiologie\nLaatst bijgewerkt: maart 2026\n"))
    assert [logical.text for logical in joined] == [
        "Neem de tablet in met water. Laatst bijgewerkt: maart 2026",
        "Isala Zwolle, afdeling Cardiologie", "Laatst bijgewerkt: maart 2026"]


def test_a_named_clinics_running_header_keeps_the_clinic_the_sender():
    """Red team 9's running header: a clinic with a name of its own over a specialty and what the
    text is; no hospital's name follows a department there."""
    assert running_sender(["Rivierenland Kliniek - Urologie - Patiëntenvoorlichting",
                           "Urologie - Patiëntenvoorlichting", "Patiëntenvoorlichting"]) == "Rivierenland Kliniek"
