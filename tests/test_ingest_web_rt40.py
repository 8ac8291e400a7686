"""Red team 40: web pages' text as JavaScript tools extract it. cheerio's `.text()` keeps the
HTML source's line breaks (a wrapped `<h1>`: "Duimzuigen en de speen:" over "wanneer
stoppen?"), wtf_wikipedia keeps a "= Title =" line, and a sender line that names a practice by
its specialty ("Fysiotherapie De Linde, Apeldoorn") or a newsletter's ("Nieuwsbrief van …") lost
or cut the publisher."""

from __future__ import annotations

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam40_leaflets"
BODY = ("Baby's zuigen om te drinken, maar ook om rustig te worden. Een speen\n"
        "of een duim helpt uw kind om te troosten en in slaap te vallen. In het\n"
        "eerste jaar is dat helemaal niet erg voor uw kind en voor het gebit.\n")


def _ingest(tmp_path: Path, text: str, name: str = "folder.txt"):
    return ingest_file_as(tmp_path, name, text)


def _headings(item) -> list[tuple[str, ...]]:
    return [tuple(passage.headings) for passage in item.passages]


def test_a_title_wrapped_at_its_colon_is_one_title_over_its_sender(tmp_path: Path) -> None:
    text = ("\n\nBorstvoeding en medicijnen:\nmag dat?\nApotheek De Linde\n"
            "Zuigen is normaal\n" + BODY + "Speen of duim?\n" + BODY)
    item = _ingest(tmp_path, text)
    assert item.leaflet.title == "Borstvoeding en medicijnen: mag dat?"
    assert item.leaflet.publisher == "Apotheek De Linde"
    assert all("mag dat?" not in passage.text for passage in item.passages)


def test_a_lead_line_over_several_lower_case_items_stays_a_list(tmp_path: Path) -> None:
    text = ("Koorts bij kinderen\n\nVraag uzelf af:\nheeft mijn kind pijn?\nis mijn kind suf?\n"
            "drinkt mijn kind te weinig?\n\n" + BODY)
    item = _ingest(tmp_path, text)
    assert "Vraag uzelf af: heeft" not in " ".join(passage.text for passage in item.passages)


def test_a_short_line_after_a_paragraphs_end_over_a_blank_line_heads_a_section(tmp_path: Path) -> None:
    text = ("Duimzuigen\n\nZuigen is normaal\n" + BODY.rstrip(".\n") + " als\nhet kind jong is.\n"
            "Tips om te stoppen\n\nKies een rustige periode, dus niet als er een broertje of zusje\n"
            "bijkomt of uw kind naar een nieuwe opvang gaat.\n")
    item = _ingest(tmp_path, text)
    tips = [passage for passage in item.passages if "rustige periode" in passage.text]
    assert tips and tips[0].headings[-1] == "Tips om te stoppen"
    assert all(not passage.text.rstrip().endswith("Tips om te stoppen") for passage in item.passages)


def test_a_wiki_title_line_is_the_title_without_its_marks(tmp_path: Path) -> None:
    text = ("= Carpal tunnel syndrome: what to expect =\n\nGelre Hospitals, Department of Plastic Surgery and Hand Surgery"
            "\n\nLast updated: 20 January 2026\n\n"
            "In your wrist, a nerve runs through a narrow tunnel. This gives you tingling and pain.\n\n"
            "For mild symptoms, treatment starts with a night splint. Wear it every night.\n")
    item = _ingest(tmp_path, text)
    assert item.leaflet.title == "Carpal tunnel syndrome: what to expect"
    assert item.leaflet.publisher == "Gelre Hospitals"
    assert all("=" not in passage.text for passage in item.passages)


def test_wiki_section_lines_head_their_sections(tmp_path: Path) -> None:
    text = ("= Tennisarm =\n\nBij een tennisarm heeft u pijn aan de elleboog. Dat gaat vanzelf over.\n\n"
            "== Oefeningen ==\n\nBegin rustig en bouw langzaam op. Doe de oefeningen elke dag.\n\n"
            "== Vergoeding ==\n\nFysiotherapie wordt niet vergoed uit de basisverzekering.\n")
    item = _ingest(tmp_path, text)
    assert item.leaflet.title == "Tennisarm"
    assert ("Oefeningen",) in _headings(item) and ("Vergoeding",) in _headings(item)
    assert all("==" not in passage.text for passage in item.passages)


def test_a_practice_named_by_its_specialty_is_the_publisher(tmp_path: Path) -> None:
    text = ("Tennisarm: oefenen en belasting\n\nFysiotherapie De Linde, Apeldoorn\n\n"
            "Wat is een tennisarm?\n\n" + BODY)
    item = _ingest(tmp_path, text)
    assert item.leaflet.publisher == "Fysiotherapie De Linde"


def test_redteam40_leaflets() -> None:
    duim = ingest_file(LEAFLETS / "duimzuigen.txt", root=LEAFLETS)
    assert (duim.leaflet.title, duim.leaflet.publisher) == ("Duimzuigen en de speen: wanneer stoppen?", "GGD Twente")
    assert {"Gevolgen voor het gebit", "Tips om te stoppen"} <= {h for p in duim.passages for h in p.headings}
    carpal = ingest_file(LEAFLETS / "carpaaltunnel-en.txt", root=LEAFLETS)
    assert (carpal.leaflet.title, carpal.leaflet.publisher) == ("Carpal tunnel syndrome: what to expect",
                                                                "Gelre Hospitals")
    tennis = ingest_file(LEAFLETS / "tennisarm.txt", root=LEAFLETS)
    assert tennis.leaflet.publisher == "Fysiotherapie De Linde"
    nipple = ingest_file(LEAFLETS / "tepelkloven.html", root=LEAFLETS)
    assert nipple.leaflet.publisher == "Borstvoedingspraktijk Zoogzorg"
