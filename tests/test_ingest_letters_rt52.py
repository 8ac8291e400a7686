"""Red team 52: a personal letter that carries a leaflet's text (a hospital's appointment letter,
a GP's letter filled in by a template tool) is read without its head.

The addressee's name, street and postcode and the salutation that names them are no title,
heading or passage; the subject names the leaflet, the letterhead's organisation publishes it,
the letter's date dates it only where the text states no update, and the pipeline warns. A
leaflet's own contact block or a greeting without an addressee is left as it is."""

from __future__ import annotations

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.document import PERSONAL_DETAILS
from ingest.letter_head import without_letter_head
from ingest.source import SourceText

LEAFLETS = Path(__file__).parent / "data" / "redteam52_leaflets"

BODY = ("Een steenpuist is een ontsteking van een haarzakje en de huid eromheen. De huid wordt rood, warm "
        "en pijnlijk, en na een paar dagen ontstaat er een gele kop met pus.")
MORE = ("Leg drie keer per dag een warm, vochtig washandje op de plek. Knijp de steenpuist niet uit, "
        "want dan kan de ontsteking zich verspreiden.")


def _letter(head: str, tail: str = "") -> str:
    return (f"{head}\n\n{BODY}\n\nWat kunt u zelf doen?\n\n{MORE}\n\nWanneer belt u ons?\n\n{MORE}\n"
            f"{tail}")


GP_HEAD = ("Huisartsenpraktijk De Wilgenhof\nKerkweg 8, 7411 BC Deventer\n\n"
           "Mevrouw B.C. van der Meulen-Bos\nLindelaan 27a\n7412 XK Deventer\n\n"
           "Deventer, 3 februari 2026\n\nBetreft: Steenpuist (furunkel)\n\nGeachte mevrouw Van der Meulen,")


def _everything(item) -> str:
    passages = "\n".join(f"{' / '.join(passage.headings)}\n{passage.text}" for passage in item.passages)
    return f"{item.leaflet.title}\n{passages}"


def test_addressee_and_salutation_are_left_out_and_warned(tmp_path):
    item = ingest_file_as(tmp_path, "steenpuist.txt", _letter(GP_HEAD))
    everything = _everything(item)
    for personal in ("Meulen", "Lindelaan", "7412 XK", "Geachte"):
        assert personal not in everything
    assert [warning.kind for warning in item.warnings] == [PERSONAL_DETAILS]
    assert item.passages[0].text.startswith("Een steenpuist is")


def test_subject_names_the_leaflet_and_letterhead_publishes_it(tmp_path):
    item = ingest_file_as(tmp_path, "steenpuist.txt", _letter(GP_HEAD))
    assert item.leaflet.title == "Steenpuist (furunkel)"
    assert item.leaflet.publisher == "Huisartsenpraktijk De Wilgenhof"


def test_letter_date_dates_only_a_leaflet_without_an_update_date(tmp_path):
    undated = ingest_file_as(tmp_path, "undated.txt", _letter(GP_HEAD))
    assert undated.leaflet.updated == "2026-02-03"
    dated = ingest_file_as(tmp_path, "dated.txt", _letter(GP_HEAD, "\nLaatst bijgewerkt: 12 november 2025\n"))
    assert dated.leaflet.updated == "2025-11-12"


def test_appointment_letter_with_fields_and_onderwerp(tmp_path):
    head = ("Ziekenhuis Oost-Achterhoek, Polikliniek Dermatologie\nPostbus 66, 7000 AB Doetinchem\n\n"
            "De heer T. Bakker\nMolenstraat 3\n7001 CD Doetinchem\n\nDoetinchem, 20 januari 2026\n"
            "Uw kenmerk: 2026/0412\n\nOnderwerp: uw afspraak voor de behandeling van een steenpuist\n\n"
            "Geachte heer Bakker,")
    item = ingest_file_as(tmp_path, "afspraak.txt", _letter(head))
    everything = _everything(item)
    for personal in ("Bakker", "Molenstraat", "7001 CD", "2026/0412"):
        assert personal not in everything
    assert item.leaflet.title == "Uw afspraak voor de behandeling van een steenpuist"
    assert item.leaflet.publisher == "Ziekenhuis Oost-Achterhoek"
    assert [warning.kind for warning in item.warnings] == [PERSONAL_DETAILS]


def test_subject_that_names_the_patient_is_no_title(tmp_path):
    head = GP_HEAD.replace("Betreft: Steenpuist (furunkel)", "Betreft: mevrouw B.C. van der Meulen, geb. 12-03-1978")
    item = ingest_file_as(tmp_path, "verwijzing.txt", _letter(head))
    assert "Meulen" not in _everything(item) and "1978" not in _everything(item)


def test_markdown_letter_keeps_its_own_title(tmp_path):
    head = GP_HEAD.replace("\n\nGeachte", "  \n\nGeachte") + "\n\n# Steenpuist en karbunkel"
    text = _letter(head).replace("Wat kunt u zelf doen?", "## Wat kunt u zelf doen?") \
        .replace("Wanneer belt u ons?", "## Wanneer belt u ons?")
    item = ingest_file_as(tmp_path, "steenpuist.md", text)
    assert item.leaflet.title == "Steenpuist en karbunkel"
    assert "Meulen" not in _everything(item) and "Lindelaan" not in _everything(item)


def test_contact_block_without_a_person_is_no_letter_head():
    text = ("Polikliniek Dermatologie\nWagnerlaan 55\n6815 AD Arnhem\n\nBetreft: uw behandeling\n\n"
            f"Geachte heer/mevrouw,\n\n{BODY}\n")
    letter = without_letter_head(SourceText(text))
    assert not letter.personal and letter.source.text == text


def test_greeting_without_an_addressee_is_left_as_it_is():
    text = f"Beste patiënt,\n\n{BODY}\n\nDr. A. Jansen\nBergweg 4\n6711 AE Ede\n\n{MORE}\n"
    letter = without_letter_head(SourceText(text))
    assert not letter.personal and letter.source.text == text


def test_name_and_address_without_subject_or_salutation_are_kept():
    text = f"Dr. A. Jansen\nBergweg 4\n6711 AE Ede\n\n{BODY}\n\n{MORE}\n"
    assert without_letter_head(SourceText(text)).source.text == text


def test_heading_offsets_follow_the_cut():
    text = f"{GP_HEAD}\n\n{BODY}\n\nWat kunt u zelf doen?\n\n{MORE}\n"
    at = text.index("Wat kunt u zelf doen?")
    letter = without_letter_head(SourceText(text, heading_at={at: 2}))
    shifted = next(iter(letter.source.heading_at))
    assert letter.source.text[shifted:].startswith("Wat kunt u zelf doen?")


def test_bad_input_does_not_crash():
    for text in ("", "\n\n", "Mevrouw A. Jansen\nBergstraat 41", "Mevrouw A. Jansen\nBergstraat 41\n\nBetreft:",
                 "Mevrouw A. Jansen\n6711 AE Ede\n\nGeachte", "Betreft: x\nGeachte mevrouw,"):
        without_letter_head(SourceText(text))


def test_redteam52_appointment_letter(tmp_path):
    item = ingest_file_as(tmp_path, "longfunctie.txt", (LEAFLETS / "longfunctie.txt").read_text(encoding="utf-8"))
    everything = _everything(item)
    for personal in ("Jansen", "Amrani", "Bergstraat", "6711 AE", "4417820"):
        assert personal not in everything
    assert "longfunctieonderzoek (spirometrie)" in item.leaflet.title
    assert item.leaflet.publisher == "Ziekenhuis Gelderse Vallei"
    assert [warning.kind for warning in item.warnings] == [PERSONAL_DETAILS]


def test_redteam52_gp_letter(tmp_path):
    item = ingest_file_as(tmp_path, "fijt.txt", (LEAFLETS / "fijt.txt").read_text(encoding="utf-8"))
    everything = _everything(item)
    for personal in ("Wiersma", "Hoofdstraat-West", "9981 AC"):
        assert personal not in everything
    assert item.leaflet.title == "Nagelriemontsteking (fijt)"
    assert item.leaflet.publisher == "Gezondheidscentrum Het Hoge Land"
    assert [warning.kind for warning in item.warnings] == [PERSONAL_DETAILS]
    assert item.passages[0].text.startswith("Naar aanleiding van uw bezoek")
