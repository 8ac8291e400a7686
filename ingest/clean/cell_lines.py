"""Tables written one cell to a line, nothing marking the rows: LibreOffice's Text, docx2python.

LibreOffice's "Text" export writes each cell of a table as a paragraph of its own, one line
each; docx2python writes each as a paragraph between blank lines. Read so, "Cetirizine,
loratadine, desloratadine" and "5 dagen" stood apart, and a question on how long to stop
cetirizine found the table but none of its rows (red team 34).

A run of short lines that end no sentence is read as a table of k columns (2 to 4) where its
first k lines read as a header (each a label of a few words that opens with a capital, or a
question over its column: "Wat betekent dat?", red team 35) and its further lines, laid out k to a
row, make columns: each column's cells are alike (open alike, with a capital, a small letter or a
digit, or all hold a number) and two columns differ (open differently, or one's cells all hold a
number where another's hold none, or each is headed by a question of its own, red team 36, or one's
cells are all shorter than another's, red team 37), as a label and its value do ("minder dan 50%"
beside "geen operatie"). A list of like lines (every one a name with a capital)
makes no two columns that differ and stays as it was. The run may hold a line or two before the
table (a heading over it) and after it.

A page's text as cheerio, parsel or BeautifulSoup give it keeps the markup's whitespace: a row's
cells stand one under the other and runs of blank lines, as many as the markup's nesting left,
part the rows (red team 40). Where the blank lines between a run's lines differ, the rows are the
groups they part, as many of them of one size as follow each other (`_grouped_rows`). A
hard-wrapped paragraph under a table, its first lines as short as cells, is no part of the run
(`_without_paragraph_head`).

Word-processor converters write such tables too (red team 46): docxpy and @iarna/rtf-to-html a
cell a paragraph, where two columns of numbers differ by their units ("10.000 lux" beside "30
minuten", `_apart_by_words`) and a merged title row stands over the header (`_caption`);
rtf-parser a label beside a sentence, a line each (`_label_rows`). Left loose, the table's last
cell or each label was read as a heading over the section's next paragraph.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ingest.clean.grids import row_line
from ingest.clean.lines import SECTION_NUMBER_PATTERN, Line, Logical, ends_sentence, is_item_start, outline_follows
from ingest.dates import is_date_line


# A cell is a label or a value ("plak de haren eraf met tape en spoel de huid met lauw water", red
# team 37); a longer line is a paragraph's.
MAX_CELL_WORDS = 16
MAX_HEADER_WORDS = 6
MIN_BODY_ROWS = 2  # one row under a header is two lines each of two short paragraphs
COLUMNS = (2, 3, 4)
MAX_LOOSE = 2  # lines of the run before or after the table: a heading over it, one after it
MAX_GROUP_GAP = 6  # lines from one cell to the next where blank lines part the rows: five blank lines
_NO_CELL_ENDS = (":", ";", ",")  # a list's lead-in and its items end so; no cell does
_NUMBER = re.compile(r"\d")  # a cell that holds a number: a dose, a percentage, a time


@dataclass(frozen=True)
class _Layout:
    first: int  # the table's first line, counted in the run
    columns: int
    rows: int
    slips: int  # cells that open otherwise than their column's others do


def cell_line_rows(lines: list[Line], taken: frozenset[int] = frozenset()) -> dict[int, Logical | None]:
    """Every line of a table written a cell to a line, none of them in `taken`: the row that
    starts at it, or None for a line that is none (a row's further cells, a blank line)."""
    found: dict[int, Logical | None] = {}
    numbered = _numbers_sections(lines)
    for run in _runs(lines, taken):
        run = _without_paragraph_head(run, lines)
        texts = [lines[index].text for index in run]
        layout = _best_layout(texts)
        if layout is not None:
            cells = run[layout.first:layout.first + layout.columns * (layout.rows + 1)]
            _add_rows(found, lines, [[[run[at]]] for at in _caption(texts, layout.first, numbered)]
                      + [[[at] for at in cells[row * layout.columns:(row + 1) * layout.columns]]
                         for row in range(layout.rows + 1)])
            continue
        folded = _folded_table(texts)
        if folded:
            first = folded[0][0][0]
            _add_rows(found, lines, [[[run[at]]] for at in _caption(texts, first, numbered)]
                      + [[[run[at] for at in cell] for cell in row] for row in folded])
    for rows in _grouped_rows(lines, taken | frozenset(found)):
        _add_rows(found, lines, [[[at] for at in row] for row in rows])
    for rows in _label_rows(lines, taken | frozenset(found)):
        _add_rows(found, lines, [[[at] for at in row] for row in rows])
    return found


MIN_LABEL_ROWS = 3  # rows of a label and what it says under a two-label header
MAX_VALUE_WORDS = 40  # a cell says a sentence or two; a paragraph under a short line is a section's


def _label_rows(lines: list[Line], taken: frozenset[int]) -> list[list[list[int]]]:
    """The tables of two columns, a label beside a sentence or two, written a cell to a line
    under a header of two labels (rtf-parser's "What" / "How" / "Cooling" / "Put a cold, wet
    flannel on the itchy spots.", red team 46): the sentences end the run of short lines that
    `_runs` reads, so each label, a short line over a sentence, was read as a heading, a row a
    section. Three short lines in a row open the table (the header and the first row's label),
    then lines alternate: a label of a few words that ends no sentence, then a longer line that
    says what it means (`MAX_VALUE_WORDS` at most), three rows at least. A heading over a
    sub-heading over its paragraph is two short lines, not three; short headings over paragraphs
    of several sentences are sections, not rows."""
    texts = [(index, line.text) for index, line in enumerate(lines) if line.text and index not in taken]
    tables, at = [], 0
    while at + 2 + 2 * MIN_LABEL_ROWS <= len(texts):
        places = [place for place, _ in texts[at:at + 3]]
        if not all(_is_label(lines[place]) for place in places) or len(set(_gaps(places))) != 1 or places[1] - places[0] > 2:
            at += 1
            continue
        step = _gaps(places)[0]
        rows = [places[:2]]
        label = at + 2
        while label + 1 < len(texts):
            (place, _), (value, text) = texts[label], texts[label + 1]
            if place != rows[-1][-1] + step or value != place + step or not _is_label(lines[place]) \
                    or not len(lines[place].text.split()) < len(text.split()) <= MAX_VALUE_WORDS or is_item_start(text) \
                    or lines[value].heading_level or lines[value].cells:
                break
            rows.append([place, value])
            label += 2
        if len(rows) - 1 >= MIN_LABEL_ROWS:
            tables.append(rows)
            at = label
        else:
            at += 1
    return tables


def _gaps(places: list[int]) -> list[int]:
    """How far each line stands from the one before it."""
    return [after - before for before, after in zip(places, places[1:])]


def _is_label(line: Line) -> bool:
    """Whether a line can be a header's or a row's label: a few words that open with a capital
    and end no sentence."""
    return _is_cell(line) and line.text[0].isupper() and len(line.text.split()) <= MAX_HEADER_WORDS \
        and not line.text.endswith("?")


def _caption(texts: list[str], first: int, numbered: bool) -> list[int]:
    """The places of a table's caption in its run: the loose line right over its header, and
    the one over that where it says the same. A word processor's table set a merged title row
    over its header ("Lichtsterkte en duur" over "Lichtsterkte van de lamp" / "Tijd per ochtend",
    docxpy, red team 46), and a tool that writes a cell a line writes that row as a line of its
    own, once or once for every cell it spans. It belongs to the table: left loose, it was read
    as a heading over the table and the section's text after it, in place of the section's own.
    A line alone there may as well be a heading over the table ("Bloedverdunners", red team 34;
    "Wat kunt u zelf doen?", red team 37): it is a caption where it stands twice, or where the
    document numbers its sections (`numbered`) and it bears no number, so none of them."""
    if not first:
        return []
    if first > 1 and texts[first - 2] == texts[first - 1]:
        return [first - 2, first - 1]
    return [first - 1] if numbered and not _SECTION_NUMBERED.match(texts[first - 1]) else []


_SECTION_NUMBERED = re.compile(rf"({SECTION_NUMBER_PATTERN})\.?\s+(?=[A-ZÀ-Ý])")
MIN_NUMBERED_SECTIONS = 3  # "1 …", "2 …", "3 …": two may be a list's steps


def _numbers_sections(lines: list[Line]) -> bool:
    """Whether a text numbers its sections: three short lines or more that open with numbers
    that follow each other ("1 Wat is een winterdepressie?", "2 Hoe werkt lichttherapie?")."""
    numbers = [match.group(1) for line in lines if line.text and len(line.text.split()) <= MAX_HEADER_WORDS + 6
               and not ends_sentence(line.text.rstrip("?")) and (match := _SECTION_NUMBERED.match(line.text))]
    follows = sum(outline_follows(last, number) for last, number in zip(numbers, numbers[1:]))
    return follows + 1 >= MIN_NUMBERED_SECTIONS


def _add_rows(found: dict[int, Logical | None], lines: list[Line], rows: list[list[list[int]]]) -> None:
    """Record a table's rows, each a list of its cells, each cell a list of line numbers, in
    `found`: a row's line at its first cell, None for every other line from the table's first
    to its last (a header printed again among them included)."""
    numbers = [at for row in rows for cell in row for at in cell]
    found.update(dict.fromkeys(range(min(numbers), max(numbers) + 1)))
    for row in rows:
        found[row[0][0]] = row_line([[(lines[at].text, lines[at].start, 0) for at in cell] for cell in row])


def _without_paragraph_head(run: list[int], lines: list[Line]) -> list[int]:
    """`run` without the first lines of a hard-wrapped paragraph that goes on under it: where
    the line right under the run opens with a small letter and ends a sentence (the paragraph's
    last line, going on from the one above), the run's last lines back to the one that opens
    with a capital are that paragraph's (red team 38: "De veteranenziekte is een ernstige
    longontsteking. Bijna iedereen met" / "de veteranenziekte moet …" under a table, read as
    two loose lines). Where no such line opens the paragraph the run stays as it is."""
    below = run[-1] + 1  # the paragraph's line that the run's lines go on to
    if below >= len(lines) or not lines[below].text[:1].islower() or not ends_sentence(lines[below].text):
        return run
    end = len(run)
    while end and run[end - 1] == below - 1 and lines[run[end - 1]].text[0].islower():
        end, below = end - 1, run[end - 1]
    if not end or run[end - 1] != below - 1 or not lines[run[end - 1]].text[0].isupper():
        return run
    return run[:end - 1]


def _grouped_rows(lines: list[Line], taken: frozenset[int]) -> list[list[list[int]]]:
    """The tables whose rows are groups of cell lines that blank lines part, each a list of
    rows of line numbers: in a run of cell lines whose gaps differ, the lines closest together
    make a row, and three groups or more of 2 to 4 lines each in a row make a table where they
    read as one (`_layout`: a header of labels over columns that differ)."""
    tables = []
    for run in _spread_runs(lines, taken):
        step = min(after - before for before, after in zip(run, run[1:]))
        groups: list[list[int]] = [[run[0]]]
        for before, after in zip(run, run[1:]):
            if after - before > step:
                groups.append([])
            groups[-1].append(after)
        start = 0
        while start < len(groups):
            end = start + 1
            while end < len(groups) and len(groups[end]) == len(groups[start]):
                end += 1
            rows, columns = groups[start:end], len(groups[start])
            if columns in COLUMNS and len(rows) > MIN_BODY_ROWS \
                    and _layout([lines[at].text for row in rows for at in row], 0, columns):
                tables.append(rows)
            start = end
    return tables


def _spread_runs(lines: list[Line], taken: frozenset[int]) -> list[list[int]]:
    """The runs of cell-shaped lines, none in `taken`, no more than a few blank lines apart
    and apart by more blank lines in some places than in others."""
    runs: list[list[int]] = [[]]
    for index, line in enumerate(lines):
        if not line.text:
            continue
        if _is_cell(line) and index not in taken:
            if runs[-1] and index - runs[-1][-1] > MAX_GROUP_GAP:
                runs.append([])
            runs[-1].append(index)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if len(run) >= 2 * (MIN_BODY_ROWS + 1)
            and len({after - before for before, after in zip(run, run[1:])}) > 1]


def _runs(lines: list[Line], taken: frozenset[int]) -> list[list[int]]:
    """The runs of cell-shaped lines, as line numbers: lines one under the other, or each
    after one blank line (docx2python), the same all through a run."""
    runs: list[list[int]] = []
    run: list[int] = []
    for index, line in enumerate(lines):
        if not line.text:
            continue
        if _is_cell(line) and index not in taken:
            gap = index - run[-1] if run else 0
            if run and (gap > 2 or len(run) > 1 and gap != run[1] - run[0]):
                runs.append(run)
                run = []
            run.append(index)
        elif run:
            runs.append(run)
            run = []
    return [run for run in runs + [run] if len(run) >= 2 * (MIN_BODY_ROWS + 1)]


def _is_cell(line: Line) -> bool:
    """Whether a line can be a cell: a few words that end no sentence, no item, no date line."""
    text = line.text
    return (not line.heading_level and not line.cells and len(text.split()) <= MAX_CELL_WORDS
            and (not ends_sentence(text) or _is_column_question(text)) and not text.endswith(_NO_CELL_ENDS)
            and not is_item_start(text) and not is_date_line(text))


def _is_column_question(text: str) -> bool:
    """Whether a line may be a question over a table's column ("Wat betekent dat?"): a header's
    few words that open with a capital and end with a question mark. It heads a column only as
    a header's cell (`_layout`); in the run it may also be a heading over the table."""
    return text.endswith("?") and text[0].isupper() and len(text.split()) <= MAX_HEADER_WORDS


def _best_layout(texts: list[str]) -> _Layout | None:
    """The table the run's lines make, if any: of the layouts whose cells open as columns do
    and whose loose lines open with a capital (a heading, a paragraph; a cell of the table's
    last row opens with a small letter as often as not), the one with the fewest slips (a
    heading over the table, read as its header, shifts the real header into the rows), then
    the most lines, then the fewest columns."""
    layouts = []
    for first in range(min(MAX_LOOSE, len(texts)) + 1):
        for columns in COLUMNS:
            rows = (len(texts) - first) // columns - 1
            end = first + columns * (rows + 1)
            if rows < MIN_BODY_ROWS or len(texts) - end > MAX_LOOSE:
                continue
            if not all(text[0].isupper() for text in texts[:first] + texts[end:]):
                continue
            layout = _layout(texts[first:end], first, columns)
            if layout:
                layouts.append(layout)
    return min(layouts, key=lambda l: (l.slips, -l.columns * (l.rows + 1), l.columns, l.first), default=None)


def _layout(texts: list[str], first: int, columns: int) -> _Layout | None:
    """The layout of `texts` as a table of `columns` columns, or None where they make none:
    the header's cells are labels or questions, no body cell is a question, each column's
    cells open alike but for a slip in four rows or all hold a number, and two columns open
    differently or one's cells all hold a number where another's hold none. A column of words
    that open now small, now with a capital (a name: "veteranenziekte" over "Pontiac-koorts",
    red team 38) is a column where the numbers of another tell the columns apart. A column whose
    cells open now small, now with a digit, none with a capital, is a column too: amounts in
    words or figures ("een kwart tablet", "2 tabletten" under "Dosis", xml_grep's table, red team
    50), or what is done, "4 to 6 weeks of rest" beside "the tunnel is cut open" (epub2txt, red
    team 39). How it opens tells it from no other column, so the others, their numbers or the
    cells' lengths or words must."""
    header, body = texts[:columns], texts[columns:]
    if not all(text[0].isupper() and len(text.split()) <= MAX_HEADER_WORDS for text in header) \
            or any(ends_sentence(text) for text in body):
        return None
    rows = len(body) // columns
    kinds, numbered, slips, mixed_case = set(), set(), 0, False
    for column in range(columns):
        cells = body[column::columns]
        opens = [_opening(text) for text in cells]
        kind, alike = Counter(opens).most_common(1)[0]
        numbers = {bool(_NUMBER.search(text)) for text in cells}
        if len(opens) - alike > rows // 4 and numbers != {True}:
            if set(opens) == _AMOUNT_OPENINGS:
                slips += len(opens) - alike
                continue  # an amount in words or figures: its opening tells no column apart
            if set(opens) != {"small", "capital"}:
                return None
            mixed_case = True
        kinds.add(kind)
        numbered |= numbers if len(numbers) == 1 else set()
        slips += len(opens) - alike
    if mixed_case and len(numbered) < 2:
        return None
    if len(kinds) < 2 and len(numbered) < 2 and not _asks_per_column(header) and not _apart_by_length(body, columns) \
            and not _apart_by_words(body, columns):
        return None
    return _Layout(first, columns, rows, slips)


_AMOUNT_OPENINGS = {"small", "digit"}  # "een kwart tablet", "2 tabletten"; "4 to 6 weeks of rest", "the tunnel is cut"


def _folded_table(texts: list[str]) -> list[list[list[int]]] | None:
    """The table the run's lines make where a reader of a page's lines left more in it than
    its cells (`_folded_rows`), as rows of cells of the lines' places in the run, the header
    first; None where it makes none. Tried only where the run makes no table line for cell,
    so a table that reads as one keeps its rows; the layouts are weighed as `_best_layout` does."""
    found = []
    for first in range(min(MAX_LOOSE, len(texts)) + 1):
        for columns in COLUMNS:
            rows = _folded_rows(texts, first, columns)
            if rows is None or len(rows) - 1 < MIN_BODY_ROWS:
                continue
            end = max(at for cell in rows[-1] for at in cell) + 1
            if len(texts) - end > MAX_LOOSE or not all(text[0].isupper() for text in texts[:first] + texts[end:]):
                continue
            layout = _layout([texts[cell[0]] for row in rows for cell in row], first, columns)
            if layout:
                found.append((layout, rows))
    best = min(found, key=lambda pair: (pair[0].slips, -pair[0].columns * (pair[0].rows + 1), pair[0].columns,
                                        pair[0].first), default=None)
    return best[1] if best else None


def _folded_rows(texts: list[str], first: int, columns: int) -> list[list[list[int]]] | None:
    """The run's lines from `first` as rows of `columns` cells, read as a page's lines are
    (OCR, a PDF's text): a header printed again where the table goes on over a page (a word
    processor repeats it; "Behandeling" / "Voor welke plek" / "Hoe lang helpt het?" twice,
    red team 39) is dropped, and the lines under a row from one that opens a bracket to the one
    that closes it, where every row's first cell opens with a capital, are a cell's text the
    column's width wrapped ("Iontoforese" … "(stroombehandeling in" / "een bakje water)"): the reader gives a
    page's line at a time, so a wrapped cell's further lines come after its row's other cells.
    Which cell they go on is not in the text; the row's first, its label, which a gloss in
    brackets most often explains. None where nothing is folded so (the run reads line for cell
    or not at all) or a row opens otherwise."""
    header = [text.casefold() for text in texts[first:first + columns]]
    if len(header) < columns:
        return None
    rows = [[[at] for at in range(first, first + columns)]]
    at, folded = first + columns, False
    while at + columns <= len(texts):
        if [text.casefold() for text in texts[at:at + columns]] == header:
            at, folded = at + columns, True
            continue
        if not texts[at][0].isupper():
            return None
        row = [[place] for place in range(at, at + columns)]
        at += columns
        if at < len(texts) and texts[at][0] == "(":
            gloss = _bracketed(texts, at)
            row[0] += gloss
            at, folded = gloss[-1] + 1, True
        rows.append(row)
    return rows if folded else None


def _bracketed(texts: list[str], at: int) -> list[int]:
    """The lines from `at`, which opens a bracket, up to the one that closes it: a gloss the
    column's width wrapped ("(stroombehandeling in" / "een bakje water)"). A line that opens with
    a small letter goes on no cell unless a bracket is open: a wrapped paragraph's line does so too."""
    depth, places = 0, []
    for place in range(at, len(texts)):
        depth += texts[place].count("(") - texts[place].count(")")
        places.append(place)
        if depth <= 0 or place + 1 < len(texts) and not texts[place + 1][0].islower():
            break
    return places


MIN_LENGTH_ROWS = 3  # rows enough that one column's cells being all the shorter is no chance


def _apart_by_length(body: list[str], columns: int) -> bool:
    """Whether every cell of one column is shorter, in words, than every cell of another, in
    three rows or more: a label beside what it says, where both open in small letters ("jeuk"
    beside "gebruik een verkoelende crème met mentholgel of zinkolie": BeautifulSoup's text of a
    page, red team 37). A list's like lines, laid out so, have no column all shorter."""
    if len(body) // columns < MIN_LENGTH_ROWS:
        return False
    lengths = [[len(text.split()) for text in body[column::columns]] for column in range(columns)]
    return any(max(short) < min(long) for short in lengths for long in lengths if short is not long)


def _apart_by_words(body: list[str], columns: int) -> bool:
    """Whether every cell of one column opens, or ends, with one word that no cell of another
    column has there, in three rows or more: a column's unit or its one phrasing ("10.000 lux",
    "5.000 lux" beside "30 minuten", "2 uur": docxpy's table, red team 46; "Na 24 uur", "Na 8
    weken" beside what may be done again). A list's like lines, laid out so, share their word
    in every column."""
    if len(body) // columns < MIN_LENGTH_ROWS:
        return False
    for place in (0, -1):
        words = [{_word_at(text, place) for text in body[column::columns]} for column in range(columns)]
        for column, shared in enumerate(words):
            if len(shared) == 1 and (word := next(iter(shared))) \
                    and not any(word in other for number, other in enumerate(words) if number != column):
                return True
    return False


def _word_at(text: str, place: int) -> str:
    """A cell's first or last word in letters, lower-cased; empty where that word holds none."""
    word = text.split()[place].casefold().strip(".,;:()")
    return word if word.isalpha() else ""


def _asks_per_column(header: list[str]) -> bool:
    """Whether every cell of a header is a question over its column ("Wat merkt u?", "Wat doet
    u?" over "een blauwe plek", "niets, dit gaat vanzelf over": HTML::FormatText's table, red team
    36): what each column answers tells them apart where their cells open alike. A run of
    headings' questions has none under it but more questions, which no body holds (`_layout`)."""
    return all(_is_column_question(text) for text in header)


def _opening(text: str) -> str:
    """How a cell opens: with a capital, a small letter, a digit, or anything else."""
    head = text[0]
    return "capital" if head.isupper() else "small" if head.islower() else "digit" if head.isdigit() else "other"
