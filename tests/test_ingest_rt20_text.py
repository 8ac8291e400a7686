"""Text as red team 20's tools wrote it, read wrongly: txt2html's mojibake ("Ã©Ã©n" for
"één", UTF-8 read as Latin-1) was kept, its warning list (a `<br>` and the text's own line
ends) ran into one sentence, and a `pdftotext -layout` copy of a two-column page read
across its columns where only one column or a table stood beside the other."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.clean import clean
from ingest.clean.normalise import normalise_unicode
from ingest.pipeline import ingest_file
from ingest.source import SourceText


def _passages(path: Path) -> list[str]:
    return [passage.text for passage in ingest_file(path).passages]


# ---------------------------------------------------------------- mojibake

@pytest.mark.parametrize("text, repaired", [
    ("nog Ã©Ã©n keer", "nog één keer"),  # txt2html: UTF-8 read as Latin-1
    ("coÃ¶rdinatie en ideeÃ«n", "coördinatie en ideeën"),
    ("kosten: â‚¬ 12,50", "kosten: € 12,50"),  # read as Windows-1252
])
def test_utf8_read_as_latin1_is_repaired(text, repaired):
    assert normalise_unicode(text) == repaired


@pytest.mark.parametrize("text", [
    "Neem één tablet, ideeën, naïef, coöperatie, café, € 12,50, ĳs, bijzonder, Ñandú, Âge",
    "“Zo”, zei ze – en ‘zo’ ook… © 2025 ½ uur, 37,5 °C, µg, ± 3",
])
def test_text_that_is_no_mojibake_stays(text):
    assert normalise_unicode(text) == text


def test_mojibake_written_as_entities_is_repaired_in_a_page(tmp_path):
    page = tmp_path / "urine.html"
    page.write_text("<html><head><title></title></head><body><h1>24-uurs urine verzamelen</h1><p>Plas de "
                    "volgende ochtend op precies dezelfde tijd nog &Atilde;&copy;&Atilde;&copy;n keer en doe die "
                    "urine ook in de bokaal. Daarna bent u klaar met het verzamelen van de urine.</p></body></html>",
                    encoding="ascii")
    assert any("nog één keer" in text for text in _passages(page))


# ---------------------------------------------------------------- lines after a <br> that are list items

_INTRO = ("<p>Uw arts wil weten hoeveel van bepaalde stoffen u in een hele dag uitplast. Daarom verzamelt u "
          "24 uur lang al uw urine in een speciale bokaal.</p>")
_AFTER = "<p>Vragen over het verzamelen? Bel het laboratorium: 075 - 650 23 45.</p>"


def _page(tmp_path: Path, body: str) -> Path:
    page = tmp_path / "urine.html"
    page.write_text(f"<html><head><title>Urine</title></head><body><h1>Urine verzamelen</h1>{_INTRO}"
                    f"<h2>Vragen</h2>{body}{_AFTER}</body></html>", encoding="utf-8")
    return page


def test_txt2html_warning_lines_stay_list_items(tmp_path):
    # txt2html breaks the line before the list and keeps the text's own line ends after it
    warning = ("<p>!! Bel direct uw huisarts als<br/>\n- u tijdens het verzamelen bloed in uw urine ziet;\n"
               "- u pijn heeft bij het plassen en koorts krijgt.\n</p>")
    text = "\n\n".join(_passages(_page(tmp_path, warning)))
    assert "• u tijdens het verzamelen bloed in uw urine ziet;\n• u pijn heeft bij het plassen" in text


def test_br_lines_with_bullets_are_items_and_the_line_after_them_a_paragraph(tmp_path):
    lines = ("<p>Neem mee naar de afspraak:<br>• uw verzekeringspas en een geldig legitimatiebewijs;<br>"
             "• een lijst van <b>alle medicijnen</b> die u gebruikt;<br>Meer hoeft u niet mee te nemen.</p>")
    text = "\n\n".join(_passages(_page(tmp_path, lines)))
    assert "• uw verzekeringspas en een geldig legitimatiebewijs;\n• een lijst van alle medicijnen die u " \
           "gebruikt;\n\nMeer hoeft u niet mee te nemen." in text


def test_one_br_line_with_a_dash_is_no_list(tmp_path):
    lines = "<p>Met vriendelijke groet, het team van het laboratorium<br>- dr. A. de Vries, klinisch chemicus</p>"
    text = "\n\n".join(_passages(_page(tmp_path, lines)))
    assert "•" not in text


# ---------------------------------------------------------------- two columns typed by pdftotext -layout

RIGHT = 45  # where the right column starts


def _typed(*rows: tuple[str, str] | str) -> str:
    """Lines of two columns: (left, right) pairs set at `RIGHT`, or a line as it stands."""
    return "\n".join(row if isinstance(row, str) else (row[0].ljust(RIGHT) + row[1]).rstrip() for row in rows) + "\n"


def _paragraphs(text: str) -> list[str]:
    return clean(SourceText(text)).text.split("\n\n")


def test_a_right_column_that_starts_a_line_above_the_left_goes_on_the_left_columns_end():
    # the left column's last sentence ends at the top of the right column, a line above the left's first
    text = _typed(("", "naar huis rijden."),
                  ("Waarom een fietstest?", ""),
                  ("Bij een fietstest kijkt de cardioloog", "De uitslag krijgt u van uw"),
                  ("hoe uw hart werkt als het harder moet", "cardioloog bij uw volgende"),
                  ("pompen. Tijdens het fietsen meten we", "afspraak, niet direct na de"),
                  ("uw bloeddruk en maken we een", "test. Die bespreekt hij dan"),
                  ("hartfilmpje. Daarna kunt u gewoon naar", "uitgebreid met u."),
                  ("huis gaan. U mag ook zelf met de auto", ""))
    paragraphs = _paragraphs(text)
    assert not any(paragraph.startswith("naar huis") for paragraph in paragraphs), paragraphs
    assert paragraphs[0].endswith("U mag ook zelf met de auto naar huis rijden."), paragraphs
    assert paragraphs[-1].startswith("De uitslag krijgt u van uw cardioloog"), paragraphs


def test_a_table_in_one_column_beside_a_box_in_the_other_keeps_its_rows_and_items():
    # the warning box's lines stand a character past the column, its item's second line further;
    # the left column's table rows fall between them; the left column runs on after the right ended
    text = _typed(("", "vooraf weten."),
                  ("Waarom een fietstest?", ""),
                  ("Bij een fietstest kijkt de cardioloog hoe", "Neem voor het onderzoek"),
                  ("uw hart werkt als het harder moet pompen", "een lijst van uw medicijnen mee"),
                  ("en of het dan genoeg zuurstof krijgt. Er", "naar het onderzoek. Wilt u dat"),
                  ("is altijd een arts in de buurt. Zeg het", "er iemand meekomt, dan mag dat"),
                  ("meteen als u pijn op de borst krijgt of", "gewoon. Die persoon wacht dan"),
                  ("als u erg benauwd wordt.", "in de wachtkamer."),
                  ("", ""),
                  ("Zo verloopt de test", " Bel direct 112 als"),
                  ("", " • u thuis pijn op de borst krijgt"),
                  (" Onderdeel             Tijdsduur", ""),
                  ("", "   die niet overgaat na rust;"),
                  (" Fietsen               8 tot 12 minuten", " • u flauwvalt."),
                  (" Herstel, nameting     5 tot 10 minuten", ""),
                  (" Totaal                45 minuten", ""),
                  "", "",
                  "Na het onderzoek",
                  "Daarna kunt u zich opfrissen en naar huis",
                  "gaan. Kunt u niet fietsen? Laat het ons dan",
                  "")
    text = clean(SourceText(text)).text
    blocks = text.split("\n\n")
    assert "Fietsen | 8 tot 12 minuten\nHerstel, nameting | 5 tot 10 minuten\nTotaal | 45 minuten" in text, blocks
    assert "• u thuis pijn op de borst krijgt die niet overgaat na rust;\n• u flauwvalt." in text, blocks
    assert "Kunt u niet fietsen? Laat het ons dan vooraf weten.\n\nNeem voor het onderzoek een lijst" in text, blocks
    assert text.index("Na het onderzoek") < text.index("Bel direct 112 als"), blocks


def test_a_short_paragraph_under_two_columns_that_ends_a_sentence_stays_after_them():
    # the right column starts mid-sentence, but "Wat kost het?" ends one: no part of the left column
    text = _typed(("", "langs uw ogen."),
                  ("Het masker wordt gemaakt.", ""),
                  ("Er zijn neusmaskers, mondmaskers", "De verzekeraar vergoedt het apparaat. Vraag het wel"),
                  ("en kussentjes die alleen in de neus", "eerst na bij uw verzekeraar,"),
                  ("zitten. De verpleegkundige kiest er", "want de regels verschillen"),
                  ("samen met u een uit.", "per polis."),
                  ("Past het niet goed, dan lekt er lucht", ""),
                  "", "",
                  "Wat kost het?",
                  "")
    paragraphs = _paragraphs(text)
    assert paragraphs[-1] == "Wat kost het?", paragraphs
    assert "dan lekt er lucht langs uw ogen." in paragraphs[0], paragraphs


def test_the_fietstest_page_reads_column_by_column():
    passages = ingest_file(Path(__file__).parent / "data" / "redteam20_leaflets" / "fietstest.txt").passages
    texts = [passage.text for passage in passages]
    assert any("U mag zelf naar huis rijden." in text for text in texts), texts
    assert not any(text.startswith("naar huis") for text in texts), texts
    assert not any("•" in heading or "minuten" in heading for passage in passages for heading in passage.headings)
    assert any("Fietsen | 8 tot 12 minuten" in text for text in texts), texts
    assert any(text.startswith("• u thuis na de test pijn op de borst krijgt die niet overgaat na 5 minuten rust;\n"
                               "• u flauwvalt.") for text in texts), texts
