"""Red team 39: senders named by their trade or after their department, an e-book's title pages
and its printed machinery (CSS rules, file names, a glued contents line)."""

from pathlib import Path

import pytest
from leaflet_files import ingest_leaflets_as

from ingest.ebook_text import without_ebook_furniture
from ingest.pipeline import ingest_leaflets

LEAFLETS = Path(__file__).parent / "data" / "redteam39_leaflets"

BODY = ("Waarom dit belangrijk is\n"
        "Een goede gewoonte voorkomt veel klachten. Met een paar vaste regels is de kans op een ontsteking klein.\n"
        "Wanneer bellen?\n"
        "Bel dezelfde dag als u pijn heeft of minder goed ziet. Buiten openingstijden belt u de huisartsenpost.\n")


def _passage_texts(item) -> str:
    return "\n".join(p.text for p in item.passages)


@pytest.mark.parametrize("masthead, publisher", [
    ("Van Dijk Optiek & Contactlenzen, Amersfoort", "Van Dijk Optiek & Contactlenzen"),  # a trade, a family's name
    ("Drogisterij De Vries, Zwolle", "Drogisterij De Vries"),
    ("Polikliniek Dermatologie, Tergooi MC, Hilversum", "Tergooi MC"),  # the name after its department
    ("Oogheelkunde Kinderen, Rijnstate Arnhem", "Rijnstate Arnhem"),  # whom the department treats, no practice
    ("Oogheelkunde Volwassenen, Isala Zwolle", "Isala Zwolle"),
    ("Oogzorg Noord, optometristen en orthoptisten, Leeuwarden", "Oogzorg Noord"),  # a common word, yet a name
    ("Amphia Breda, Kinderlongpoli", "Amphia Breda"),  # a brand's name before its department (red team 41)
    ("De Linde GP Practice, Amersfoort", "De Linde GP Practice"),  # an English practice, as "praktijk"
])
def test_masthead_over_title_gives_publisher_and_title(tmp_path, masthead, publisher):
    [item] = ingest_leaflets_as(tmp_path, "lenzen.txt",
                                f"{masthead}\nVeilig lenzen dragen\nBijgewerkt: 9 januari 2026\n{BODY}")
    assert item.leaflet.title == "Veilig lenzen dragen"
    assert item.leaflet.publisher == publisher
    assert masthead not in _passage_texts(item)


def test_practice_named_by_specialty_still_its_own_sender(tmp_path):
    [item] = ingest_leaflets_as(tmp_path, "fysio.txt",
                                f"Fysiotherapie De Linde, Apeldoorn\nVeilig lenzen dragen\n{BODY}")
    assert item.leaflet.publisher == "Fysiotherapie De Linde"


def test_name_and_kind_of_care_in_lower_case_is_the_sender(tmp_path):
    [item] = ingest_leaflets_as(tmp_path, "jgz.txt",
                                f"JGZ Zuid-Holland West – jeugdgezondheidszorg\nVeilig lenzen dragen\n{BODY}")
    assert item.leaflet.publisher == "JGZ Zuid-Holland West"
    assert item.leaflet.title == "Veilig lenzen dragen"


def test_ebook_title_pages_are_no_parent_heading(tmp_path):
    title = '<p><font size="7"><b>Een navelbreuk bij uw baby</b></font></p>'
    html = ("<html><body>" + title + "<p>JGZ Zuid-Holland West</p><mbp:pagebreak/>" + title
            + "<p>JGZ Zuid-Holland West – jeugdgezondheidszorg</p><mbp:pagebreak/>" + title
            + "<p>Uitgave: februari 2026</p>"
            '<p><font size="5"><b>Wat is een navelbreuk?</b></font></p><p>Een navelbreuk is een zacht bultje bij de '
            "navel dat groter wordt als uw baby huilt. Het komt bij ongeveer een op de tien baby's voor.</p>"
            '<p><font size="5"><b>Doet het pijn?</b></font></p><p>Nee, een navelbreuk doet uw baby geen pijn. Het '
            "bultje wordt groter als uw baby huilt en kleiner als hij rustig ligt.</p></body></html>")
    [item] = ingest_leaflets_as(tmp_path, "navel.html", html)
    assert item.leaflet.title == "Een navelbreuk bij uw baby"
    assert item.leaflet.publisher == "JGZ Zuid-Holland West"
    assert [list(p.headings) for p in item.passages] == [["Wat is een navelbreuk?"], ["Doet het pijn?"]]


CSS = "code{white-space: pre-wrap;}\nspan.smallcaps{font-variant: small-caps;}\nul.task-list{list-style: none;}\n"


def test_ebook_machinery_is_furniture():
    text = ("Trigger finger\n" + CSS + "Trigger fingerWhat is it?SymptomsTreatment\nTitle Page\nTrigger finger\n"
            "ch001.xhtml\n" + CSS + "Trigger finger\nDepartment of Plastic Surgery, Vallei Hospital, Ede\n"
            "OEBPS/Text/ch002.xhtml\n" + CSS + "Trigger finger\nWhat is it?\nA finger that gets stuck.\n"
            "Symptoms\nIt clicks.\nTreatment\nRest.\n")
    kept, furniture = without_ebook_furniture(text)
    assert kept.split("\n") == ["Trigger finger", "Department of Plastic Surgery, Vallei Hospital, Ede", "What is it?",
                                "A finger that gets stuck.", "Symptoms", "It clicks.", "Treatment", "Rest.", ""]
    assert "ch001.xhtml" in furniture and "Title Page" in furniture


def test_text_without_machinery_is_untouched():
    text = "Title Page\nCover\nSymptomsTreatmentContact\nSymptoms\nTreatment\nContact\n"
    assert without_ebook_furniture(text) == (text, [])


def test_rt39_leaflets():
    def one(name):
        [item] = list(ingest_leaflets(LEAFLETS / name, root=LEAFLETS))
        return item

    lenses = one("contactlenzen.txt")
    assert (lenses.leaflet.title, lenses.leaflet.publisher) == ("Veilig contactlenzen dragen",
                                                                 "Van Dijk Optiek & Contactlenzen")
    trigger = one("triggerfinger-en.txt")
    assert trigger.leaflet.publisher == "Gelderse Vallei Hospital"
    assert not any("{" in p.text or "xhtml" in p.text for p in trigger.passages)
    assert list(trigger.passages[0].headings) == ["What is a trigger finger?"]
    navel = one("navelbreuk-baby.html")
    assert navel.leaflet.publisher == "JGZ Zuid-Holland West"
    assert all(list(p.headings)[:1] != ["Een navelbreuk bij uw baby"] for p in navel.passages)
    assert one("overmatig-zweten.txt").leaflet.publisher == "Tergooi MC"
    assert one("kleurenblindheid.txt").leaflet.publisher == "Rijnstate Arnhem"
    assert one("tandenknarsen.txt").leaflet.publisher == "Tandartspraktijk Het Molenplein"


def test_a_kind_of_practice_beside_a_named_centre_is_no_sender(tmp_path):
    """"General Practice" after "Oosterpark Health Centre" says what the centre offers (red team 33)."""
    [item] = ingest_leaflets_as(tmp_path, "keel.txt",
                                f"Oosterpark Health Centre · General Practice\nVeilig lenzen dragen\n{BODY}")
    assert item.leaflet.publisher == "Oosterpark Health Centre"


def test_a_split_specialty_before_its_department_names_no_sender(tmp_path):
    [item] = ingest_leaflets_as(tmp_path, "kno.txt",
                                f"Patiënteninformatie Keel-, Neus- en Oorheelkunde\nVeilig lenzen dragen\n{BODY}")
    assert item.leaflet.publisher == ""
