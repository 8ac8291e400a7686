"""Red team 51: three dumps of a page's accessibility tree kept as `.txt` were read as plain text:
Playwright's ARIA snapshot (YAML roles and URLs in every passage, the menu a passage, table rows
twice), a screen reader's spoken phrase log (its announcements glued into the sentences), and
poppler's `pdfinfo -struct-text` (attribute lines in every passage, sentences cut in quoted
pieces). Each is now read as the page it dumps: title, headings, paragraphs, items, table rows,
the site's furniture left out (ingest/aria_snapshot.py, ingest/screen_reader_log.py,
ingest/pdf_structure_text.py)."""

from __future__ import annotations

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.aria_snapshot import is_aria_snapshot, read_aria_snapshot
from ingest.pdf_structure_text import is_pdf_structure_text, read_pdf_structure_text
from ingest.pipeline import ingest_file
from ingest.screen_reader_log import is_screen_reader_log, read_screen_reader_log

LEAFLETS = Path(__file__).parent / "data" / "redteam51_leaflets"

SNAPSHOT = """\
- link "Naar de inhoud":
  - /url: "#main"
- dialog "Cookies":
  - paragraph: Wij gebruiken cookies.
  - button "Akkoord"
- banner:
  - navigation "Menu":
    - list:
      - listitem:
        - link "Afdelingen":
          - /url: /afdelingen
- main:
  - heading "Gipsverband aan de arm" [level=1]
  - paragraph: Laatst bijgewerkt op 3 maart 2026
  - heading "Thuis" [level=2]
  - paragraph:
    - text: Houd uw arm hoog, lees meer op
    - link "onze website":
      - /url: /gips
    - text: .
  - list:
    - listitem: beweeg uw vingers;
    - listitem:
      - text: houd het gips droog
      - list:
        - listitem: ook bij het douchen
  - table:
    - rowgroup:
      - row "Dag Wat":
        - columnheader "Dag"
        - columnheader "Wat"
      - row "1 Controle op de gipskamer":
        - cell "1"
        - cell "Controle op de gipskamer"
  - text: "Deel deze pagina:"
  - link "WhatsApp":
    - /url: "#"
- complementary "Lees ook":
  - paragraph: Een ander onderwerp.
- contentinfo:
  - paragraph: © 2026 Ziekenhuis
"""

PHRASES = """\
document
link, Naar de inhoud
region, Cookiemelding
paragraph
Wij gebruiken cookies.
end of paragraph
end of region, Cookiemelding
navigation, Menu
list
listitem, level 1, position 1, set size 1
link, Afdelingen
end of listitem, level 1, position 1, set size 1
end of list
end of navigation, Menu
main
heading, Gipsverband aan de arm, level 1
paragraph
Laatst bijgewerkt op 3 maart 2026
end of paragraph
heading, Thuis als het gips
droog is, level 2
paragraph
Houd uw arm hoog, lees meer op
link, onze website
.
end of paragraph
list
listitem, level 1, position 1, set size 2
beweeg uw vingers;
end of listitem, level 1, position 1, set size 2
listitem, level 1, position 2, set size 2
houd het gips droog
list
listitem, level 2, position 1, set size 1
ook bij het douchen
end of listitem, level 2, position 1, set size 1
end of list
end of listitem, level 1, position 2, set size 2
end of list
table
row, Dag Wat
columnheader, Dag
columnheader, Wat
end of row, Dag Wat
row, 1 Controle op de gipskamer
cell, 1
cell, Controle op de gipskamer
end of row, 1 Controle op de gipskamer
end of table
Deel deze pagina:
link, WhatsApp
complementary, Lees ook
paragraph
Een ander onderwerp.
end of paragraph
end of complementary, Lees ook
end of main
contentinfo
© 2026 Ziekenhuis
end of contentinfo
end of document
"""

STRUCTURE = """\
Document
  H1 (block):
     /Placement /Block
    "Gipsverband aan de arm"
  P (block):
     /Placement /Block
     /SpaceBefore 0.18
    "Laatst bijgewerkt: 3 maart 2026"
  H2 (block):
     /Placement /Block
    "Thuis"
  P (block):
     /Placement /Block
    "Houd uw arm de eerste dagen hoog, dan wordt de zwelling "
    "minder. Beweeg uw vingers vaak."
  L (block)
    LI (block)
      LBody (block)
        P (block):
           /StartIndent 0.24
          "•"
          "beweeg uw vingers;"
    LI (block)
      LBody (block)
        P (block):
           /StartIndent 0.24
          "•"
          "houd het gips droog."
  Table (block):
     /Width 9.36
    TR:
      TH:
         /Scope /Column
        P (block):
          "Dag"
      TH:
        P (block):
          "Wat"
    TR:
      TD:
        P (block):
          "1"
      TD:
        P (block):
          "Controle op de "
          "gipskamer"
"""

NOT_TAKEN = """\
Gipsverband aan de arm

- link naar de website van het ziekenhuis
- paragraph: zo heet een alinea in het Engels
- list: een lijst

end of treatment
"""


def _texts(item) -> str:
    return "\n".join(passage.text for passage in item.passages)


def _headings(item) -> list[str]:
    return [heading for passage in item.passages for heading in passage.headings]


def test_an_aria_snapshot_reads_as_its_page(tmp_path: Path) -> None:
    item = ingest_file_as(tmp_path, "gips.txt", SNAPSHOT)
    text = _texts(item)
    assert item.leaflet.title == "Gipsverband aan de arm"
    assert item.leaflet.updated == "2026-03-03"
    assert "Thuis" in _headings(item)
    assert "Houd uw arm hoog, lees meer op onze website." in text
    assert "1 | Controle op de gipskamer" in text and "1 Controle op de gipskamer" not in text
    for furniture in ("/url", "link ", "Afdelingen", "cookies", "Lees ook", "Een ander onderwerp", "©", "WhatsApp",
                      "Deel deze pagina", "Naar de inhoud", "listitem", "paragraph"):
        assert furniture not in text


def test_an_aria_snapshot_keeps_its_lists_nested() -> None:
    markdown = read_aria_snapshot(SNAPSHOT)
    assert "- beweeg uw vingers;\n- houd het gips droog\n  - ook bij het douchen" in markdown


def test_a_snapshot_that_is_no_yaml_is_read_as_text() -> None:
    broken = SNAPSHOT.replace("  - heading", "\t- heading: [", 1)
    assert read_aria_snapshot(broken) is None


def test_a_screen_reader_log_reads_as_its_page(tmp_path: Path) -> None:
    item = ingest_file_as(tmp_path, "gips.txt", PHRASES)
    text = _texts(item)
    assert item.leaflet.title == "Gipsverband aan de arm"
    assert item.leaflet.updated == "2026-03-03"
    assert "Thuis als het gips droog is" in _headings(item)
    assert "Houd uw arm hoog, lees meer op onze website." in text
    assert "1 | Controle op de gipskamer" in text
    for furniture in ("end of", "listitem", "paragraph", "level 1", "Afdelingen", "cookies", "Een ander onderwerp",
                      "©", "WhatsApp", "Deel deze pagina", "Naar de inhoud"):
        assert furniture not in text


def test_the_screen_reader_log_and_the_snapshot_of_one_page_agree() -> None:
    assert read_screen_reader_log(PHRASES).replace("Thuis als het gips droog is", "Thuis") \
        == read_aria_snapshot(SNAPSHOT)


def test_a_pdf_structure_dump_reads_as_its_text(tmp_path: Path) -> None:
    item = ingest_file_as(tmp_path, "gips.txt", STRUCTURE)
    text = _texts(item)
    assert item.leaflet.title == "Gipsverband aan de arm"
    assert item.leaflet.updated == "2026-03-03"
    assert "Thuis" in _headings(item)
    assert "dan wordt de zwelling minder. Beweeg uw vingers vaak." in text
    assert "1 | Controle op de gipskamer" in text
    assert "• beweeg uw vingers;\n• houd het gips droog." in text  # the list's own bullets, once
    for noise in ("/Placement", "(block)", '"', "LBody", "• •", "•\n"):
        assert noise not in text


def test_a_pdf_structure_dump_numbers_a_numbered_list() -> None:
    numbered = STRUCTURE.replace('"•"', '"1."', 1).replace('"•"', '"2."', 1)
    assert "1. beweeg uw vingers;\n2. houd het gips droog." in read_pdf_structure_text(numbered)


def test_ordinary_text_is_no_accessibility_dump() -> None:
    for text in (NOT_TAKEN, "Contact\n\nBel ons op werkdagen.\n", ""):
        assert not is_aria_snapshot(text)
        assert not is_screen_reader_log(text)
        assert not is_pdf_structure_text(text)


def test_the_red_team_leaflets_read_as_their_pages() -> None:
    expected = {"svt.txt": ("Supraventriculaire tachycardie (SVT)", "Hoe ontstaat SVT?", "/url"),
                "bcg-blaasspoeling.txt": ("BCG-blaasspoelingen", "Hoe vaak krijgt u een spoeling?", "end of"),
                "schildwachtklier.txt": ("De schildwachtklierprocedure bij borstkanker", "Tijdschema", "/Placement")}
    for name, (title, heading, noise) in expected.items():
        item = ingest_file(LEAFLETS / name, root=LEAFLETS)
        assert item.leaflet.title == title
        assert heading in _headings(item)
        assert noise not in _texts(item)
    schildwachtklier = _texts(ingest_file(LEAFLETS / "schildwachtklier.txt", root=LEAFLETS))
    assert "ook niet van kinderen of zwangere vrouwen." in schildwachtklier
    assert "Dag voor de operatie, 13.30 uur | Injectie en foto's | Nucleaire Geneeskunde, route 42" in schildwachtklier
