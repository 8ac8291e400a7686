"""A table's merged title row, written as a line of its own over the table's tab-separated rows.

A word processor's table often opens with a row whose one cell spans every column: its title
("Opbouwschema" over "Fase | Periode | Wat eet u"). A tool that writes a table's rows as lines of
tab-separated cells writes that row as its text and the tabs of the empty cells after it
(ezodf's walk: "Opbouwschema\\t\\t"), or as the text alone (odf2pod: "Bijwerkingen en advies"
over "Na de behandeling\\tAdvies"). Left a line of its own, a short line over rows, it was read
as a heading: it took the section's text after the table from the section's own heading, which
ended the text before it (red team 46). It is the table's first line: a caption, no heading.
"""

from __future__ import annotations

from ingest.clean.lines import Line, Logical, ends_sentence, is_item_start


MAX_CAPTION_WORDS = 8  # a table's title, no sentence


def caption_rows(lines: list[Line], rows: set[int] | frozenset[int], taken: frozenset[int]) -> dict[int, Logical]:
    """The lines that are the title row of the table whose rows (`rows`) stand right under
    them, as one-cell rows of that table: a line that ends in the tabs of its empty cells, as
    many cells as the row under it has, or a line with no tab right over rows whose cells tabs
    part, in text that sets a blank line above it. A line with no tab right over a table and
    under another line is a paragraph's or the rows' lead-in, no title; a question or a line in
    capitals there asks or shouts as a section's heading does ("HOEVEEL DRINKEN PER DAG" over
    "Moment\tWat\tHoeveel", Notepad's text, red team 19)."""
    found: dict[int, Logical] = {}
    for index, line in enumerate(lines[:-1]):
        below = lines[index + 1]
        if index in taken or index in rows or index + 1 not in rows or not _title_shaped(line.text):
            continue
        raw = line.raw.strip(" \r\n")
        spans = raw.endswith("\t") and "\t" not in raw.rstrip("\t") \
            and raw.count("\t") + 1 == max(len(below.cells), below.raw.strip().count("\t") + 1)
        alone = "\t" not in raw and "\t" in below.raw.strip() and (index == 0 or not lines[index - 1].text) \
            and not line.text.endswith("?") and not line.text.isupper()  # a question, a shouted line: a heading
        if spans or alone:
            found[index] = Logical([(line.text, line.start)], "row", last=line)
    return found


def _title_shaped(text: str) -> bool:
    """Whether a line can be a table's title: a few words, no sentence, no item, a capital first."""
    return bool(text) and text[0].isupper() and len(text.split()) <= MAX_CAPTION_WORDS \
        and not ends_sentence(text) and not text.endswith(":") and not is_item_start(text)
