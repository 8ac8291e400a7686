"""Markdown that an export flattened onto one line, set out in lines again.

A tool that keeps a leaflet's paragraphs as records or quiz items (a chatbot's FAQ, qti2txt's
text of a Canvas quiz) may write each on one line, its list and table with it: "Waarschuw de
verpleegkundige als u: * koorts krijgt …; * benauwd wordt …", "| Wanneer | Wat | |---|---| | … |",
"Moment | Oefening ---|--- Elk uur overdag | diep doorademen Drie keer per dag | huffen".
Read as they are, the items run into the sentence before them and the rows into one line
(red team 62). Here a list after a lead's colon becomes items, a table rows.

A table without its outer pipes loses where one row ends and the next begins: the cell that
closes a row runs into the one that opens the next. A row opens with a capital, so the cut is
before the one capitalised word after that pair's first word; where a pair has none, or more
than one ("bel de Huisarts Drie keer per dag"), the line stays as it was.
"""

from __future__ import annotations

import re

from ingest.markup_parts import PIPE_RULE

# An item flattened after a lead's colon or the item before it: "possible: - keep …; - move …".
_FLAT_ITEM = re.compile(r"(?<=[:;]) [-*] (?=\S)")
# The rule row of a table without outer pipes: "---|---|---", ":--|--:".
_BARE_RULE = re.compile(r"(?<!\S):?-{3,}:?(?:\s*\|\s*:?-{3,}:?)+(?!\S)")
_ROW_OPENING = re.compile(r"\s(?=[A-ZÀ-Ý])")  # before a capitalised word


def unflattened(text: str) -> str:
    """`text` (one line of Markdown) with a flattened table as rows, or a flattened list as
    items under its lead; `text` as it is where it holds neither, or holds more than one line."""
    if "\n" in text:
        return text
    if text.startswith("|") and text.endswith("|") and (rule := PIPE_RULE.search(text)):
        width = rule.group().count("|") - 1
        cells = [cell.strip() for cell in text.strip("|").split("|")]
        if width >= 2 and len(cells) % (width + 1) == width:  # the "| |" between rows is one empty cell
            return _table([cells[at:at + width] for at in range(0, len(cells), width + 1)])
        return text
    if (bare := _BARE_RULE.search(text)) and (rows := _bare_rows(text, bare)):
        return _table(rows)
    parts = _FLAT_ITEM.split(text)
    if len(parts) > 2 and parts[0].rstrip().endswith(":"):
        return parts[0].rstrip() + "\n\n" + "\n".join("- " + item.strip() for item in parts[1:])
    return text


def _table(rows: list[list[str]]) -> str:
    return "\n".join("| " + " | ".join(row) + " |" for row in rows)


def _bare_rows(text: str, rule: re.Match[str]) -> list[list[str]] | None:
    """The rows of a table without outer pipes (see the module): its head before the rule, its
    body cut into rows; None where the head or body does not hold whole rows of its width."""
    width = rule.group().count("|") + 1
    head = [cell.strip() for cell in text[:rule.start()].split("|")]
    cells = [cell.strip() for cell in text[rule.end():].split("|")]
    if len(head) != width or not all(head) or len(cells) < width or (len(cells) - 1) % (width - 1):
        return None
    rows, row = [head], [cells[0]]
    for cell in cells[1:-1]:
        if len(row) < width - 1:
            row.append(cell)
            continue
        cuts = [found for found in _ROW_OPENING.finditer(cell) if found.start() > 0]
        if len(cuts) != 1:  # none, or a name's capital beside the next row's: where it parts is a guess
            return None
        cut = cuts[0]
        rows.append([*row, cell[:cut.start()].strip()])
        row = [cell[cut.end():].strip()]
    rows.append([*row, cells[-1]])
    return rows if all(len(found) == width and all(found) for found in rows) else None
