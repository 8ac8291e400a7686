"""Red team 56, finding 2.2: docx-parser's text of a Word file, every paragraph run into the next
on one line with nothing between them: the title into the sender ("… bij de elleboogAfdeling …"),
the sender into the date line ("… TielLaatst bijgewerkt: …"), a question heading into a list that
opens in lower case ("hebben?tintelingen …;pijn …"), a list's colon into its first item
("als:de wond"), an item ending in a unit into the next ("38,5 °C;de pijn"), and headings into
their section's first sentence after a table ("De operatieHelpen", "ContactPolikliniek")."""

from pathlib import Path

from ingest.glued_blocks import is_paragraph_run, unglued_blocks
from ingest.pipeline import ingest_leaflets

LEAFLETS = Path(__file__).parent / "data" / "redteam56_leaflets"
FILLER = ("Uw knie wordt stijver als u lang stilzit. Bewegen houdt het gewricht soepel. "
          "Fietsen en zwemmen zijn goed voor de spieren rond de knie. ")
# One Word file's paragraphs run together, as docx-parser writes them; names with a capital inside stay.
PARAGRAPHS = [
    "Knieartrose: slijtage van het kniegewricht",
    "Afdeling Orthopedie, Ziekenhuis Voorbeeld Ede",
    "Laatst bijgewerkt: januari 2026",
    "Wat is artrose?",
    "Bij artrose wordt het kraakbeen in de knie dunner. " + FILLER,
    "Onderzoek", "De arts onderzoekt uw knie. Soms maken we een foto.",
    "Behandeling zonder operatie", "Blijf bewegen.", "Neem zo nodig paracetamol.", "Val af als u te zwaar bent.",
    "Welke klachten kunt u hebben?",
    "pijn bij het opstaan;", "stijfheid in de ochtend;", "een knie die opzwelt.",
    "Uw eigen rol",
    "Als u zich aanmeldt bij HartslagNu, krijgt u een bericht. Eet niet te vaak bij McDonald of een snackbar. "
    "De app op uw iPhone helpt. Na COVID-19 is het UMCG bereikbaar via NL-Alert en huisartsenpraktijk "
    "De Boomgaard. Log in op mijnRadboud om uw uitslag te zien.",
    "De operatie", "Helpen de adviezen niet, dan kan een nieuwe knie nodig zijn. U blijft een paar dagen in het ziekenhuis.",
    "Bel ons direct als:", "u koorts krijgt boven 38,5 °C;", "de wond gaat lekken.",
    "Contact",
    "Polikliniek Orthopedie, bereikbaar op werkdagen van 8.30 tot 16.30 uur. Bel 0318 - 43 43 43.",
]
RUN = "".join(PARAGRAPHS)


def test_a_word_file_s_paragraphs_run_together_are_set_a_line_each():
    assert is_paragraph_run(RUN)
    lines = unglued_blocks(RUN).split("\n")
    for paragraph in ("Knieartrose: slijtage van het kniegewricht", "Afdeling Orthopedie, Ziekenhuis Voorbeeld Ede",
                      "Laatst bijgewerkt: januari 2026", "Welke klachten kunt u hebben?", "pijn bij het opstaan;",
                      "Onderzoek", "Behandeling zonder operatie", "De operatie",
                      "Bel ons direct als:", "u koorts krijgt boven 38,5 °C;", "de wond gaat lekken.", "Contact"):
        assert paragraph in lines, paragraph


def test_names_with_a_capital_inside_stay_whole_in_a_paragraph_run():
    text = unglued_blocks(RUN)
    for name in ("bij HartslagNu, krijgt", "bij McDonald of", "uw iPhone helpt", "Na COVID-19 is het UMCG",
                 "via NL-Alert en", "huisartsenpraktijk De Boomgaard.", "op mijnRadboud om"):
        assert name in text, name


def test_an_ordinary_leaflet_with_a_long_line_stays_as_it_is():
    # Glued enough elsewhere for `is_glued`, but its long paragraph has its sentences a space apart.
    glued = "Over de ziekte.Het is erfelijk.Het komt weinig voor.Dat is alles.\n"
    line = ("Bel ons als:de wond gaat lekken of u koorts krijgt boven 38,5 °C;de pijn wordt erger. " + FILLER * 10
            + "Meer leest u in de folder over de elleboogAfdeling en Tiel.")
    assert len(line) > 1000 and not is_paragraph_run(line)
    assert unglued_blocks(glued + line).split("\n")[-1] == line


def test_docx_parser_text_reads_its_title_publisher_and_sections():
    item = ingest_leaflets(LEAFLETS / "cubitaal-tunnelsyndroom.txt", root=LEAFLETS)[0]
    assert item.leaflet.title == "Cubitaal tunnelsyndroom: beknelde zenuw bij de elleboog"
    assert item.leaflet.publisher == "Ziekenhuis Rivierenland Tiel"
    assert item.leaflet.updated == "2026-03"
    headings = [passage.headings for passage in item.passages]
    for heading in ("Welke klachten kunt u hebben?", "Behandeling zonder operatie", "De operatie",
                    "Na de operatie", "Contact"):
        assert (heading,) in headings, heading
    contact = next(passage for passage in item.passages if passage.headings == ("Contact",))
    assert contact.text.startswith("Polikliniek Plastische Chirurgie")
    text = "\n".join(passage.text for passage in item.passages)
    for glued in ("hebben?tintelingen", "als:de", "°C;de", "operatieHelpen", "operatieHoud", "ContactPolikliniek"):
        assert glued not in text, glued
