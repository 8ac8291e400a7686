"""Red team 51, findings 2.2, 2.3, 2.4 and 2.8: leaflets written for a voice or an embosser.

- an SSML speech script kept as .txt (speechmarkdown's `toSSML`): its tags are a voice's
  instructions, not text (`</speak>` stayed in the last passage), and a one-word university
  medical centre ("Radboudumc") is the sender;
- a text-to-speech normaliser's script (gruut's `text_spoken`): a date line spelled out in words
  ("Laatst bijgewerkt dertig januari …") was glued to the title, and an abbreviation glued to a
  department word by a lost hyphen ("ICD polikliniek") stayed in the sender's name;
- a speech engine's chunks one a line (gTTS's tokenizer): fragments of a sentence stood as
  headings and one-word paragraphs;
- braille-ready text (BRF, brltty-ctb): indexed as Dutch though no question matches it, with no warning.
"""

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.document import BRAILLE_TEXT
from leaflets.pages.strings import plain_warning

LEAFLETS = Path(__file__).parent / "data" / "redteam51_leaflets"

BODY = ("Wilt u een nier afstaan aan uw partner, een familielid of een vriend? In deze folder leest u hoe de\n"
        "onderzoeken gaan, hoe de operatie verloopt en wat de gevolgen voor u zijn.\n\n"
        "Wie kan donor worden?\n\n"
        "De meeste gezonde volwassenen kunnen een nier afstaan. U hoeft geen familie te zijn van de\n"
        "ontvanger. Ook uw bloedgroep hoeft niet altijd te passen.\n\n"
        "Contact\n\n"
        "Bel het Nierdonatiecentrum op werkdagen van 8.30 tot 16.30 uur.\n")


def test_an_ssml_script_reads_as_its_text_and_names_its_sender(tmp_path):
    script = ("<speak>\nEen nier afstaan bij leven\n\nRadboudumc, Nierdonatiecentrum\n\nBijgewerkt: 4 februari 2026\n\n"
              '<break time="500ms"/>\n\n' + BODY.replace("nier afstaan.", '<emphasis level="strong">nier</emphasis> '
                                                          'afstaan. <break time="1s"/>')
              + "\n</speak>\n")
    item = ingest_file_as(tmp_path, "nierdonatie.txt", script)
    text = " ".join(passage.text for passage in item.passages)
    assert item.leaflet.title == "Een nier afstaan bij leven"
    assert item.leaflet.publisher == "Radboudumc"
    assert item.leaflet.updated == "2026-02-04"
    assert "<" not in text and "speak" not in text
    assert "kunnen een nier afstaan. U hoeft" in text
    assert [p.headings for p in item.passages][-1] == ("Contact",)


def test_the_committed_ssml_leaflet_ends_without_its_closing_tag():
    from ingest.pipeline import ingest_file
    item = ingest_file(LEAFLETS / "nierdonatie.txt", root=LEAFLETS)
    assert item.leaflet.publisher == "Radboudumc"
    assert "</speak>" not in item.passages[-1].text


SPOKEN = ("Leven met een ICD\n\nIsala Hartcentrum Zwolle ICD polikliniek\n\n"
          "Laatst bijgewerkt dertig januari tweeduizendzesentwintig\n\n"
          "U heeft een ICD gekregen of krijgt er binnenkort een\n"
          "In deze folder leest u wat u kunt verwachten en waar u op moet letten\n\n"
          "Wat doet een ICD\n\n"
          "De ICD zit onder de huid meestal onder het linker sleutelbeen\n"
          "De ICD houdt uw hartritme dag en nacht in de gaten\n")


def test_a_spelled_out_date_line_is_no_part_of_the_title(tmp_path):
    item = ingest_file_as(tmp_path, "icd.txt", SPOKEN)
    assert item.leaflet.title == "Leven met een ICD"


def test_a_date_line_right_under_the_title_is_no_part_of_it_either(tmp_path):
    item = ingest_file_as(tmp_path, "icd.txt", SPOKEN.replace("\n\nIsala Hartcentrum Zwolle ICD polikliniek\n", ""))
    assert item.leaflet.title == "Leven met een ICD"


def test_an_abbreviation_before_a_department_word_is_no_part_of_the_sender(tmp_path):
    item = ingest_file_as(tmp_path, "icd.txt", SPOKEN)
    assert item.leaflet.publisher == "Isala Hartcentrum Zwolle"


def test_a_date_label_leaves_a_subtitle_that_names_no_date_alone():
    from ingest.dates import opens_with_date_label
    assert opens_with_date_label("Laatst bijgewerkt dertig januari tweeduizendzesentwintig")
    assert opens_with_date_label("Uitgave: voorjaar")
    assert not opens_with_date_label("Versie voor kinderen")
    assert not opens_with_date_label("Datum van uw operatie")


CHUNKS = """Een nieuwe knie voor volwassenen
Ziekenhuis Rijnoever
Laatst bijgewerkt
2 december 2025
Heeft u veel pijn in uw knie
en helpen pillen u niet
meer genoeg?
Dan kan een nieuwe knie
TKP
misschien helpen
In
deze folder leest u wat een nieuwe knie is
hoe de operatie gaat en wat u daarna kunt verwachten.
Wat is een knieprothese?
Een knieprothese is een kunstgewricht dat de chirurg in uw knie zet Het bestaat uit drie delen
Het bovenste deel zit op uw bovenbeen
het onderste deel op uw scheenbeen
en daartussen zit een stuk kunststof.
De operatie
De operatie gebeurt onder narcose of met een ruggenprik en duurt ongeveer twee uur
Na de
operatie blijft u meestal twee nachten in het ziekenhuis
U komt een paar keer terug
voor controle bij de orthopeed
en voor oefeningen bij de fysiotherapeut.
Na de operatie
U loopt de eerste weken met krukken
De eerste zes weken mag u niet autorijden
Na drie maanden kunnen de meeste mensen weer fietsen
en na een half jaar
weer wandelen zonder pijn.
Thuis
Leg uw been zo veel mogelijk hoog
vooral in de eerste weken
Koel de knie een paar keer per dag met een coldpack
en doe elke dag de oefeningen die u van de fysiotherapeut kreeg.
Contact
Bel bij koorts of een rode warme knie de polikliniek Orthopedie op werkdagen van 9 tot 12 uur
"""


def test_chunks_of_a_sentence_are_joined_and_make_no_heading(tmp_path):
    item = ingest_file_as(tmp_path, "knie.txt", CHUNKS)
    text = "\n".join(passage.text for passage in item.passages)
    headings = [heading for passage in item.passages for heading in passage.headings]
    assert "Het bovenste deel zit op uw bovenbeen het onderste deel op uw scheenbeen en daartussen" in text
    assert "Na de operatie blijft u meestal twee nachten in het ziekenhuis" in text
    assert "TKP misschien helpen In deze folder leest u" in text
    assert not any(heading.startswith(("U komt een paar keer", "Na de", "In", "TKP")) for heading in headings)


def test_a_hard_wrapped_text_is_no_chunk_list():
    from ingest.speech_chunks import is_chunked, joined_chunks
    wrapped = ("Bijna iedereen heeft weleens een slechte adem, bijvoorbeeld 's ochtends bij\n"
               "het opstaan of na het eten van knoflook. Dat is normaal en gaat vanzelf\n"
               "weer over, zeker als u goed poetst.\n") * 12
    assert not is_chunked(wrapped)
    assert joined_chunks(wrapped) == wrapped
    assert is_chunked(CHUNKS * 2)


BRAILLE = (LEAFLETS / "pleurapunctie.txt").read_text(encoding="utf-8")


def test_braille_ready_text_is_indexed_with_a_warning(tmp_path):
    item = ingest_file_as(tmp_path, "pleurapunctie.txt", BRAILLE)
    assert [warning.kind for warning in item.warnings] == [BRAILLE_TEXT]
    assert "braille" in item.warnings[0].message
    assert "braille" in plain_warning("nl", item.warnings[0])
    assert "braille" in plain_warning("en", item.warnings[0])


def test_print_text_in_short_lines_is_no_braille(tmp_path):
    from ingest.braille_text import is_braille_ready
    assert not is_braille_ready(BRAILLE.replace("{", "oe").replace("?", "ch"))  # no braille sign inside words
    assert not is_braille_ready(BRAILLE.replace("u ", "U "))  # print's capitals
    item = ingest_file_as(tmp_path, "kort.txt", "\n".join(line.capitalize() for line in BRAILLE.split("\n")))
    assert not item.warnings
