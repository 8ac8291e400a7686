"""Red team 27's console text (rich's `export_text`): every line padded with blanks to the
console's width, so that every line was as wide as a line GNU `fold` cut, and each full line
that needed no padding ("… voor bij" over "mensen met …") was glued to the next as a cut word."""

from __future__ import annotations

from ingest.pipeline import ingest_file

WIDTH = 80
SOURCE = """\
Hoofdpijn door te veel pijnstillers

Wat is het?

Wie vaak hoofdpijn heeft en daar vaak pijnstillers voor neemt, kan juist door
die pijnstillers meer hoofdpijn krijgen. Dit heet medicatieafhankelijke
hoofdpijn, of hoofdpijn door overmatig medicijngebruik. Het komt vooral voor bij
mensen met migraine of spanningshoofdpijn.

U heeft dan op 15 of meer dagen per maand hoofdpijn. Vaak is de hoofdpijn er al
bij het wakker worden. U neemt een pijnstiller, de pijn zakt even en komt daarna
terug. Zo ontstaat een vicieuze cirkel.

Hoe voorkomt u het?

Neem een pijnstiller pas als u echt hoofdpijn heeft, niet uit voorzorg. Houd bij
op hoeveel dagen per maand u iets inneemt. Merkt u dat u vaker dan twee dagen
per week een pijnstiller nodig heeft, bespreek dit dan met uw huisarts. Ook
zonder recept verkrijgbare middelen tellen mee.
"""


def _padded(text: str) -> str:
    """The text as a console exports it: each line with text padded with blanks to the width."""
    return "\n".join(line.ljust(WIDTH) if line else line for line in text.split("\n"))


def test_full_lines_of_padded_text_are_not_cut_words(tmp_path):
    assert sum(len(line) == WIDTH for line in SOURCE.split("\n")) == 3  # full, no padding
    path = tmp_path / "hoofdpijn.txt"
    path.write_text(_padded(SOURCE), encoding="utf-8")
    text = " ".join(p.text for p in ingest_file(path).passages)
    for joined in ("voor bij mensen", "daarna terug", "Houd bij op"):
        assert joined in text
    assert "bijmensen" not in text and "daarnaterug" not in text



TABLE = """\
Medicijnhoofdpijn

Wat is het?

Wie vaak pijnstillers neemt, kan juist daardoor meer hoofdpijn krijgen.

Wanneer is het te veel?

 Soort middel                                 Te veel bij gebruik op
 ───────────────────────────────────────────────────────────────────────
 Paracetamol, ibuprofen, naproxen, aspirine   15 of meer dagen per maand
 Triptanen (zoals sumatriptan)                10 of meer dagen per maand
 Combinatiepreparaten met cafeïne of codeïne  10 of meer dagen per maand

Het gaat om het aantal dagen waarop u een middel neemt.
"""


def test_a_terminal_tables_header_rule_goes_and_its_header_is_a_row(tmp_path):
    path = tmp_path / "tabel.txt"
    path.write_text(TABLE, encoding="utf-8")
    passages = ingest_file(path).passages
    table = next(p for p in passages if "Paracetamol" in p.text)
    assert table.headings[-1] == "Wanneer is het te veel?"
    assert table.text.startswith("Soort middel | Te veel bij gebruik op\nParacetamol, ibuprofen, naproxen, aspirine | 15")
    assert "───" not in " ".join(p.text for p in passages)


BODY = "Wie vaak pijnstillers neemt, kan daardoor juist meer hoofdpijn krijgen dan eerst. " * 4


def test_a_subject_and_what_about_it_heads_its_section(tmp_path):
    path = tmp_path / "stoppen.txt"
    path.write_text(f"Medicijnhoofdpijn\n\nWat is het?\n\n{BODY}\n\nDe behandeling: stoppen\n\n"
                    f"De enige behandeling is stoppen. {BODY}\n\nAfdeling: Neurologie\n\n{BODY}\n", encoding="utf-8")
    passages = ingest_file(path).passages
    stop = next(p for p in passages if "De enige behandeling" in p.text)
    assert stop.headings[-1] == "De behandeling: stoppen"
    assert all("Afdeling: Neurologie" not in p.headings for p in passages)
