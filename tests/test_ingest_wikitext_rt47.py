"""Red team 47, 2.3 and 2.4: a notebook printed by a viewer (nbmanips `nb show`) and WikiExtractor's
text of a wiki article.

The notebook's Markdown cells set each "## " heading right under the section before, so the `.txt`
was not read as Markdown (ingest/markdown_signs.py) and its code cell, framed by two rules of "=",
was cited as leaflet text (ingest/code_cells.py). WikiExtractor's `<doc …>` wrapper was the first
passage's words, its title unused, and a heading it ended with "." ("Kosten.") a sentence
(ingest/wikiextractor.py)."""

from __future__ import annotations

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.code_cells import is_code, without_code_cells
from ingest.markdown_signs import is_markdown
from ingest.pipeline import ingest_file
from ingest.wikiextractor import read_wikiextractor

LEAFLETS = Path(__file__).parent / "data" / "redteam47_leaflets"
RULE = "=" * 100
PARAGRAPH = ("De longarts bespreekt de uitslag met u en uw kind. U krijgt daarna een afspraak op de polikliniek "
             "om de volgende stappen te bespreken.")

NOTEBOOK = f"""\
# Longfunctieonderzoek bij kinderen
Prinses Máxima Centrum – Afdeling Kinderlongziekten
## Waarom dit onderzoek?

{PARAGRAPH}
## Voorbereiding

- Geef uw kind gewoon te eten.
- Neem de pufjes van uw kind mee.
## Hoe gaat het?

{PARAGRAPH}
## Uitslag

{PARAGRAPH}
{RULE}
  import pandas as pd
  waarden = pd.DataFrame({{'FEV1 (%)': ['> 80', '60-80'], 'uitleg': ['normaal', 'verlaagd']}})
  waarden
{RULE}
FEV1 (%)    uitleg
0     > 80   normaal
1    60-80  verlaagd
## Contact

Polikliniek Kinderlongziekten, telefoon 088 972 72 72.
"""


def _ingest(tmp_path: Path, text: str, name: str):
    return ingest_file_as(tmp_path, name, text, rooted=False)


def _headings(item) -> list[str]:
    return [passage.headings[-1] for passage in item.passages if passage.headings]


def _text(item) -> str:
    return "\n".join(passage.text for passage in item.passages)


def test_headings_right_under_text_make_markdown_where_there_are_enough():
    assert is_markdown(NOTEBOOK.split(RULE)[0])
    few = "Inleiding\nTekst over de ziekte.\n## Behandeling\nDe huisarts schrijft tabletten voor.\n## Contact\nBel ons.\n"
    assert not is_markdown(few)


def test_plain_text_with_hashtags_and_numbers_stays_plain():
    text = ("Volg ons op #gezondheid\nNeem #1 tablet per dag.\nDeel uw ervaring met #longen.\n"
            "# 2 tabletten bij pijn\nDaarna rust houden.\n#3 bij koorts\n")
    assert not is_markdown(text)


def test_a_box_with_a_hash_margin_is_no_markdown():
    box = "Let op\n## Neem dit mee\n## uw medicijnen\n## uw pas\n## uw verwijsbrief\nTot ziens.\n" * 2
    assert not is_markdown(box)


def test_a_framed_code_cell_goes_and_its_dataframe_becomes_a_table():
    text = without_code_cells(NOTEBOOK)
    assert "import pandas" not in text and RULE not in text
    assert "| FEV1 (%) | uitleg |" in text
    assert "| > 80 | normaal |" in text and "| 60-80 | verlaagd |" in text
    assert "| 0 |" not in text


def test_framed_prose_and_settings_are_no_code():
    framed_title = f"{RULE}\nLongfunctieonderzoek\n{RULE}\n\nTekst.\n"
    assert without_code_cells(framed_title) == framed_title
    assert not is_code(["PID_TITLE = Papegaaienziekte (psittacose)", "PID_REVNUMBER = 0"])
    assert not is_code(["Neem contact op met de polikliniek.", "Bel bij koorts 112."])
    assert is_code(["  waarden <- c(80, 60)", "  print(waarden)"])


def test_notebook_print_reads_as_markdown_without_its_code(tmp_path):
    item = _ingest(tmp_path, NOTEBOOK, "longfunctie.txt")
    assert item.leaflet.title == "Longfunctieonderzoek bij kinderen"
    assert _headings(item) == ["Waarom dit onderzoek?", "Voorbereiding", "Hoe gaat het?", "Uitslag", "Contact"]
    text = _text(item)
    assert "import pandas" not in text and "pd.DataFrame" not in text and "=====" not in text
    assert "> 80 | normaal" in text


def test_redteam_zweettest():
    item = ingest_file(LEAFLETS / "zweettest.txt")
    assert item.leaflet.title == "De zweettest bij uw kind"
    assert "De uitslag" in _headings(item) and "Duur" in _headings(item)
    uitslag = next(passage for passage in item.passages if passage.headings[-1] == "De uitslag")
    assert "import pandas" not in uitslag.text and "< 30 | normaal" in uitslag.text


WIKI = """\
<doc id="7" url="?curid=7" title="Tandsteen &amp; plak">
Tandsteen &amp; plak

Tandsteen is verharde tandplak op de tanden en kiezen. Het ontstaat als u plak niet goed weghaalt.
Voorkomen.
Poets twee keer per dag uw tanden met fluoridetandpasta en maak elke dag de ruimtes tussen uw tanden schoon.
Dat is normaal.
De tandarts of mondhygiënist verwijdert tandsteen tijdens de controle.
Wanneer naar de tandarts?
Ga naar de tandarts als uw tandvlees vaak bloedt of als u pijn heeft bij het poetsen.

</doc>
<doc id="8" url="?curid=8" title="Aften">
Aften

Aften zijn kleine pijnlijke zweertjes in de mond. Ze genezen meestal vanzelf binnen twee weken.
Behandeling.
Spoel uw mond met zout water of gebruik een gel uit de apotheek.
</doc>
"""


def test_wikiextractor_wrapper_goes_and_its_dotted_headings_stand_alone():
    articles = read_wikiextractor(WIKI)
    assert articles is not None and articles.title == "Tandsteen & plak"
    assert "<doc" not in articles.text and "</doc>" not in articles.text
    lines = articles.text.split("\n")
    assert "Voorkomen" in lines and "Behandeling" in lines
    assert "Dat is normaal." in lines  # a sentence, no heading
    assert "Aften zijn kleine pijnlijke zweertjes in de mond. Ze genezen meestal vanzelf binnen twee weken." in lines


def test_wikiextractor_file_is_titled_by_its_attribute_with_all_its_articles(tmp_path):
    item = _ingest(tmp_path, WIKI, "tandsteen.txt")
    assert item.leaflet.title == "Tandsteen & plak"
    assert "Voorkomen" in _headings(item) and "Behandeling" in _headings(item)
    text = _text(item)
    assert "<doc" not in text and "Spoel uw mond met zout water" in text and "Dat is normaal." in text


def test_dotted_lines_are_sentences_outside_wikiextractor_files():
    plain = WIKI.replace('<doc id="7" url="?curid=7" title="Tandsteen &amp; plak">\n', "").replace("</doc>\n", "")
    assert read_wikiextractor(plain) is None
    assert read_wikiextractor("<doc>\nTekst\n</doc>\n") is None  # no title: no WikiExtractor wrapper


def test_redteam_gevoelige_tanden():
    item = ingest_file(LEAFLETS / "gevoelige-tanden.txt")
    assert item.leaflet.title == "Gevoelige tandhalzen"
    headings = _headings(item)
    assert "Kosten" in headings and "Contact" in headings and "Wat kan de tandarts doen?" in headings
    text = _text(item)
    assert "<doc" not in text and "</doc>" not in text and "Kosten." not in text
