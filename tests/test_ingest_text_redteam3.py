"""Plain-text, Markdown and cleaning findings of red-team 3, each on a small inline text
(or a generated PDF): numbered headings and steps, front matter with Windows line ends,
pipe tables, soft hyphens at line ends, underlined headings, a masthead above the title."""

from __future__ import annotations

from pdf_factory import Line, make_pdf

from ingest.clean import clean
from ingest.pipeline import ingest_file
from ingest.source import SourceText
from ingest.text import load_text


def _passages(tmp_path, name: str, text: str) -> list[tuple[tuple[str, ...], str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return [(p.headings, p.text) for p in ingest_file(path).passages]


# ---------------------------------------------------------------- finding 3: numbered lines

SHOULDER = """Fysiotherapie na een schouderoperatie

1. Inleiding
U bent geopereerd aan uw schouder. Goede oefeningen helpen bij een snel herstel.

2. De eerste 6 weken
Draag de mitella overdag en 's nachts. U mag de arm alleen bewegen tijdens de oefeningen.

2.1 Oefeningen
- Buig en strek de elleboog, 10 keer.
- Knijp in een zacht balletje, 20 keer.

2.2 Wat mag u niet?
- Niet tillen met de geopereerde arm.
- Niet autorijden.

3. Na 6 weken
U mag de mitella afdoen. De fysiotherapeut breidt de oefeningen uit.
"""


def test_a_numbered_heading_after_a_bullet_list_heads_its_own_section(tmp_path):
    headings = {text: path for path, text in _passages(tmp_path, "schouder.txt", SHOULDER)}
    donts = "• Niet tillen met de geopereerde arm.\n• Niet autorijden."
    after = "U mag de mitella afdoen. De fysiotherapeut breidt de oefeningen uit."
    assert headings[donts][-1] == "2.2 Wat mag u niet?"
    assert headings[after] == ("3. Na 6 weken",)


def test_sub_numbered_headings_nest_under_the_heading_with_their_number(tmp_path):
    headings = [h for h, _ in _passages(tmp_path, "schouder.txt", SHOULDER)]
    assert ("2. De eerste 6 weken", "2.1 Oefeningen") in headings
    assert ("2. De eerste 6 weken", "2.2 Wat mag u niet?") in headings


STEPS = """Insuline spuiten met een pen

Volg deze stappen elke keer dat u spuit.

1. Was uw handen met water en zeep
2. Draai een nieuwe naald op de pen
3. Stel de dosis in die uw arts heeft voorgeschreven
4. Spuit in de huid van uw buik en tel tot 10
Gooi de naald daarna weg in de naaldencontainer. Gebruik een naald nooit twee keer.

Bewaren

Bewaar de pen die u gebruikt op kamertemperatuur, niet in het vriesvak.
"""


def test_consecutive_numbered_steps_are_one_list_whatever_the_intro_ends_with():
    blocks = clean(SourceText(STEPS, "plain")).blocks
    steps = [b for b in blocks if b.kind == "list"]
    assert len(steps) == 1 and [line[:2] for line in steps[0].lines] == ["1.", "2.", "3.", "4."]


def test_a_short_last_step_is_not_glued_to_the_sentence_under_it(tmp_path):
    passages = _passages(tmp_path, "insuline.txt", STEPS)
    first = passages[0]
    assert first[0] == ()  # no step is taken for a section heading
    assert "4. Spuit in de huid van uw buik en tel tot 10\n\nGooi de naald" in first[1]
    assert [h for h, _ in passages][1:] == [("Bewaren",)]


def test_markdown_steps_after_a_sentence_are_one_list():
    text = "# Spuiten\n\nDoe het zo.\n\n1. Was uw handen\n2. Draai de naald op de pen\n"
    blocks = clean(SourceText(text, "markdown")).blocks
    assert [b.kind for b in blocks] == ["heading", "paragraph", "list"]


# ---------------------------------------------------------------- finding 11: CRLF front matter

FRONT_MATTER = ("---\ntitle: Longfunctieonderzoek\nupdated: 2024-02-12\n"
                "url: https://example.org/longfunctie\n---\n\n# Longfunctieonderzoek\n\n"
                "Bij een longfunctieonderzoek meten we hoe goed uw longen werken.\n")


def test_front_matter_with_windows_line_ends_gives_title_and_url(tmp_path):
    source = load_text(FRONT_MATTER.replace("\n", "\r\n").encode(), "long.md", "markdown")
    assert (source.title, source.url, source.updated) == (
        "Longfunctieonderzoek", "https://example.org/longfunctie", "2024-02-12")
    path = tmp_path / "long.md"
    path.write_bytes(FRONT_MATTER.replace("\n", "\r\n").encode())
    result = ingest_file(path)
    assert result.leaflet.url == "https://example.org/longfunctie"
    assert [p.text for p in result.passages] == [
        "Bij een longfunctieonderzoek meten we hoe goed uw longen werken."]


# ---------------------------------------------------------------- finding 5: pipe tables

TABLE = """# Insuline bij de maaltijd

## Correctieschema

| Bloedsuiker (mmol/l) | Extra eenheden insuline |
|---|:---:|
| lager dan 4 | geen insuline, eet **eerst** iets |
| 4 tot 10 | 0 |
| 10 tot 15 | 2 |

Meet daarna opnieuw.
"""


def test_a_markdown_pipe_table_keeps_one_row_per_line(tmp_path):
    passages = _passages(tmp_path, "insuline.md", TABLE)
    assert passages == [(("Correctieschema",),
                         "Bloedsuiker (mmol/l) | Extra eenheden insuline\n"
                         "lager dan 4 | geen insuline, eet eerst iets\n"
                         "4 tot 10 | 0\n10 tot 15 | 2\n\nMeet daarna opnieuw.")]


def test_a_bulleted_list_under_a_table_is_one_list():
    text = ("# Schema\n\n| Bloedsuiker | Eenheden |\n|---|---|\n| 4 tot 10 | 0 |\n\n"
            "- Meet voor elke maaltijd.\n- Schrijf de waarde op.\n- Neem de lijst mee.\n")
    blocks = [(block.kind, block.text) for block in clean(SourceText(text, "markdown")).blocks]
    assert blocks[-2:] == [("list", "Bloedsuiker | Eenheden\n4 tot 10 | 0"),
                           ("list", "• Meet voor elke maaltijd.\n• Schrijf de waarde op.\n• Neem de lijst mee.")]


def test_a_pipe_without_a_rule_under_it_is_no_table():
    text = "Bel 024 | 361 11 11 of mail ons.\nWe helpen u graag.\n"
    assert clean(SourceText(text, "markdown")).text == "Bel 024 | 361 11 11 of mail ons. We helpen u graag."


# ---------------------------------------------------------------- finding 7: soft hyphens


def test_soft_hyphens_at_pdf_line_ends_join_their_words(tmp_path):
    path = tmp_path / "prednison.pdf"
    path.write_bytes(make_pdf([[
        Line("Prednison", size=18, bold=True),
        Line("Dit medicijn remt het afweer\u00ad", gap=12),
        "systeem. Neem de tabletten elke och\u00ad",
        "tend in. Bel bij koorts de transplantatie\u00ad",
        "verpleegkundige.",
    ]]))
    text = " ".join(p.text for p in ingest_file(path).passages)
    assert "afweersysteem" in text and "ochtend" in text and "transplantatieverpleegkundige" in text


def test_a_soft_hyphen_at_a_text_line_end_joins_the_word_and_one_inside_a_line_goes():
    text = "Neem de tabletten elke och\u00ad\ntend in met een glas wa\u00adter.\n"
    assert clean(SourceText(text, "plain")).text == "Neem de tabletten elke ochtend in met een glas water."


# ---------------------------------------------------------------- setext headings

KNEE = """Knieprothese: na de operatie
============================

1. Inleiding
------------

U heeft een nieuwe knie gekregen. Hier leest u wat u kunt verwachten.

2. Wanneer belt u?
------------------
Bel de afdeling bij koorts boven 38,5 graden of een rode wond.
"""


def test_underlined_headings_in_plain_text_head_their_sections(tmp_path):
    passages = _passages(tmp_path, "knie.txt", KNEE)
    assert passages == [
        (("1. Inleiding",), "U heeft een nieuwe knie gekregen. Hier leest u wat u kunt verwachten."),
        (("2. Wanneer belt u?",), "Bel de afdeling bij koorts boven 38,5 graden of een rode wond."),
    ]
    assert ingest_file(tmp_path / "knie.txt").leaflet.title == "Knieprothese: na de operatie"


def test_underlined_numbered_headings_in_markdown_head_their_sections(tmp_path):
    passages = _passages(tmp_path, "knie.md", KNEE)
    assert [h for h, _ in passages] == [("1. Inleiding",), ("2. Wanneer belt u?",)]


def test_a_lone_dash_under_a_line_of_plain_text_is_a_bullet_not_an_underline():
    text = "Wat mag u niet?\n-\nNiet tillen.\n-\nNiet autorijden.\n"
    cleaned = clean(SourceText(text, "plain")).text
    assert cleaned == "Wat mag u niet?\n\n• Niet tillen.\n• Niet autorijden."


# ---------------------------------------------------------------- finding 9: masthead


def test_a_short_masthead_above_the_cover_title_leaves_it_the_title(tmp_path):
    text = ("Ziekenhuis Rijnoever\n\n# Maagonderzoek (gastroscopie)\n\n## 1. Inleiding\n\n"
            "Uw arts heeft u verwezen voor een gastroscopie.\n")
    path = tmp_path / "gastroscopie.md"
    path.write_text(text, encoding="utf-8")
    result = ingest_file(path)
    assert result.leaflet.title == "Maagonderzoek (gastroscopie)"
    assert result.passages[-1].headings == ("1. Inleiding",)


def test_a_paragraph_above_the_first_heading_is_no_masthead(tmp_path):
    text = ("Deze folder is voor patiënten die een gastroscopie krijgen.\n\n# Maagonderzoek\n\n"
            "## Voorbereiding\n\nU bent nuchter.\n")
    path = tmp_path / "gastroscopie.md"
    path.write_text(text, encoding="utf-8")
    assert ingest_file(path).leaflet.title == "gastroscopie"


def test_a_list_item_wrapped_at_the_margin_still_joins_a_capitalised_next_line():
    text = ("Na de operatie heeft u de eerste dagen pijn. Dat is normaal en het gaat\n"
            "vanzelf over. Neem de pijnstillers op vaste tijden in, ook als u weinig\n"
            "pijn heeft.\n\n"
            "- Neem bij pijn eerst paracetamol, bel als dat niet helpt met dokter\n"
            "  Jansen van de afdeling.\n")
    assert clean(SourceText(text, "plain")).blocks[-1].lines == (
        "• Neem bij pijn eerst paracetamol, bel als dat niet helpt met dokter Jansen van de afdeling.",)


def test_a_numbered_heading_repeating_the_lists_last_number_heads_its_section(tmp_path):
    text = ("Na de operatie\n\nWat mag u weer?\n\n1. Douchen na 2 dagen.\n2. Fietsen na 2 weken.\n\n"
            "2. Wanneer belt u?\n\nBel bij koorts boven 38,5 graden of een rode, dikke wond.\n")
    path = tmp_path / "operatie.txt"
    path.write_text(text, encoding="utf-8")
    passages = ingest_file(path).passages
    assert passages[-1].headings == ("2. Wanneer belt u?",)
    assert passages[-1].text.startswith("Bel bij koorts")
