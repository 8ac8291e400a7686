"""Markdown findings of red team 9: bold that a line break splits keeps no asterisks, and a
list nested in an item stays apart from the items around it."""

from __future__ import annotations

from ingest.pipeline import ingest_file

LEAFLET = """# IJzertabletten

## Hoe neemt u ijzer in?

- **Om de dag** innemen werkt vaak net zo goed als elke dag.
- Vitamine C helpt bij de opname:
  - een glas sinaasappelsap of
  - een kiwi bij de maaltijd.
- Deze dingen remmen de opname. Neem ze minstens **2 uur** voor of na het ijzer:
  - thee en koffie;
  - melk en kaas.
- Krijgt u toch maagpijn? Neem de tablet dan bij de maaltijd.

## Bijwerkingen

> Let op: zwarte ontlasting door ijzer is korrelig. Is uw ontlasting **zwart, plakkerig
> en glimmend als teer**, bel dan dezelfde dag uw huisarts.
"""


def _passages(tmp_path, text: str) -> dict[tuple[str, ...], str]:
    path = tmp_path / "ijzer.md"
    path.write_text(text, encoding="utf-8")
    return {p.headings: p.text for p in ingest_file(path).passages}


def test_bold_split_over_two_lines_loses_its_asterisks(tmp_path):
    assert _passages(tmp_path, LEAFLET)[("Bijwerkingen",)] == (
        "Let op: zwarte ontlasting door ijzer is korrelig. Is uw ontlasting zwart, plakkerig en glimmend "
        "als teer, bel dan dezelfde dag uw huisarts.")


def test_items_of_a_nested_list_are_marked_apart_from_the_outer_items(tmp_path):
    assert _passages(tmp_path, LEAFLET)[("Hoe neemt u ijzer in?",)] == (
        "• Om de dag innemen werkt vaak net zo goed als elke dag.\n"
        "• Vitamine C helpt bij de opname:\n"
        "◦ een glas sinaasappelsap of\n"
        "◦ een kiwi bij de maaltijd.\n"
        "• Deze dingen remmen de opname. Neem ze minstens 2 uur voor of na het ijzer:\n"
        "◦ thee en koffie;\n"
        "◦ melk en kaas.\n"
        "• Krijgt u toch maagpijn? Neem de tablet dan bij de maaltijd.")


def test_a_list_indented_as_a_whole_is_no_nested_list(tmp_path):
    text = "# Jicht\n\n## Wat helpt?\n\n  - rust\n  - ijs op het gewricht\n  - veel drinken\n"
    assert _passages(tmp_path, text)[("Wat helpt?",)] == "• rust\n• ijs op het gewricht\n• veel drinken"
