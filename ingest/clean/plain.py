"""Plain text (and text from PDFs) re-joined into logical lines: paragraphs, items, table rows.

The order matters: a lone bullet joins its item (the one above it where the text writes its
bullets after their items' first lines: `attach_trailing_bullets`), and tables and two-column
stretches are found before anything is joined as prose; every other line break is then decided by
`ingest.clean.joining`, and a web address wrapped after a slash or a hyphen is glued back
without a space.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import replace

from ingest.clean.cell_lines import cell_line_rows
from ingest.clean.closed_cells import closed_cell_rows
from ingest.clean.csv_lines import csv_rows
from ingest.clean.columns import Stretch, column_stretches
from ingest.clean.gutters import gutter_stretches
from ingest.clean.dash_tables import dash_table_rows
from ingest.clean.table_captions import caption_rows
from ingest.clean.grids import grid_rows
from ingest.clean.joining import Layout, join_hyphenated, measure_layout, opens_item, should_join
from ingest.clean.lines import (
    BULLET, CELL_SEPARATOR, CLOSED_UP, NUMBERED, SECTION_NUMBER, SPACES, Line, Logical, append,
    ends_sentence, answered_as_condition, is_item_start, outline_follows, reread_line, starts_lower,
)
from ingest.clean.netrik_tables import netrik_rows
from ingest.clean.trailing_bullets import LONE_BULLET, attach_trailing_bullets
from ingest.clean.tables import aligned_rows, pads_prose, spaced_rows, two_column_rows, with_header_rows, without_header_rules
from ingest.dates import is_date_line


MIN_PADDED_LINES = 3  # lines that end in a run of blanks: one or two may be typed so by chance
PADDED_SHARE = 0.5  # of the lines with text: a console pads nearly all of them


def without_padding(lines: list[Line]) -> list[Line]:
    """The lines, without the blanks that pad them to one width, as a terminal's text export
    pads every line to the console's width (rich's `export_text`): the padding marks no wrap
    and no cut. Kept, every line ended in a blank (read as a wrap's trailing space), and every
    padded line was exactly as wide as a line `fold` cut, so a full line that needed no padding
    ("… voor bij" over "mensen met …") was read as a word cut in two. Text is padded where most
    of its lines end in two blanks or more (a wrap or a cut leaves one), the most of them at one width."""
    filled = [line for line in lines if line.text]
    widths = Counter(len(line.raw) for line in filled if line.raw.endswith("  "))
    count = max(widths.values(), default=0)
    if count < MIN_PADDED_LINES or count < PADDED_SHARE * len(filled):
        return lines
    return [replace(line, raw=line.raw.rstrip(" \t"), trailing_space=False) for line in lines]


def _vocabulary(lines: list[Line]) -> set[str]:
    """Every word of the document, lower-cased, hyphenated compounds included."""
    words: set[str] = set()
    for line in lines:
        words.update(re.findall(r"\w+(?:-\w+)*", line.text.lower()))
    return words


def join_plain_lines(lines: list[Line], proportional: bool = False) -> list[Logical]:
    """Re-join hard-wrapped plain text into logical lines (paragraphs or items); the rows
    of a table aligned by spaces or tabs stay one per line, their cells apart by " | ";
    typed text set in two columns (`column_stretches`) reads its left column, then its right,
    and a table typed as a box of rules and pipes (`grid_rows`) or ruled with dashes under its
    header (`dash_table_rows`: pandoc's plain writer sets its tables so) or written a cell to
    a line (`cell_line_rows`: LibreOffice's Text export) or drawn by netrik (`netrik_rows`) reads
    one line a row."""
    lines = without_box_frames(without_header_rules(without_padding(lines)))
    lines = with_header_rows(_item_tails_in_place(_attach_lone_bullets(attach_trailing_bullets(lines, proportional))))
    if not proportional:
        lines = two_column_rows(lines)
    lines = _date_fields_apart(lines)
    vocabulary = _vocabulary(lines)
    grid = {**grid_rows(lines), **({} if proportional else dash_table_rows(lines))}  # dashes' columns are characters
    grid = {**closed_cell_rows(lines, frozenset(grid)), **grid}
    grid = {**netrik_rows(lines, frozenset(grid)), **grid}
    grid = {**csv_rows(lines, frozenset(grid)), **grid}
    padded = pads_prose(lines)
    rows, wrapped = aligned_rows(lines, proportional, padded)
    # in a text that pads its prose's words (catdvi) every line has gaps and rows are found
    # everywhere: there a stretch of two columns that read as prose goes before them
    aligned = set() if padded else rows | set(wrapped)
    # three columns or more go before the aligned rows, which their lines look like too
    stretches = {} if proportional else gutter_stretches(lines, set(grid))
    gutters = {at for start, part in stretches.items() for at in range(start, part.end)}
    stretches |= {} if proportional else column_stretches(lines, aligned | set(grid) | gutters)
    columned = {at for start, part in stretches.items() for at in range(start, part.end)}
    rows = rows - set(grid) - columned
    wrapped = {index: cells for index, cells in wrapped.items() if index not in grid and index not in columned}
    grid = {**caption_rows(lines, rows, frozenset(grid) | frozenset(columned)), **grid}
    layout = measure_layout(lines, proportional)
    taken = rows | set(wrapped) | set(grid) | {at for start, part in stretches.items() for at in range(start, part.end)}
    cell_rows = cell_line_rows(lines, frozenset(taken))
    grid, taken = {**grid, **cell_rows}, taken | set(cell_rows)
    spaced = spaced_rows(lines, layout, taken)
    unspaced, tails = _unspaced_headings(lines, layout, taken | spaced)
    headings = unspaced | section_lines(lines, layout, taken | spaced) | _questions_over_answers(lines, layout, taken | spaced)
    return _join_lines(lines, layout, vocabulary, rows, wrapped, stretches, grid, headings, spaced, tails)


def _join_lines(lines: list[Line], layout: Layout, vocabulary: set[str], rows: set[int],
                wrapped: dict[int, list[tuple[int, tuple[str, int]]]],
                stretches: dict[int, Stretch], grid: dict[int, Logical | None] | None = None,
                headings: frozenset[int] = frozenset(), spaced: frozenset[int] = frozenset(),
                tails: frozenset[int] = frozenset()) -> list[Logical]:
    """`join_plain_lines` once its tables and columns are found: each column's lines are
    joined on their own, measured by their own width. The lines in `headings` stand alone,
    and so do those in `spaced`, a table's rows whose cells no gap parts (`spaced_rows`)."""
    out: list[Logical] = []
    skip = 0
    grid = grid or {}
    for index, line in enumerate(lines):
        if index in grid:
            out += [grid[index]] if grid[index] else []
            continue
        if index < skip or not line.text and index not in stretches or index in wrapped or _is_column_rule(line):
            continue
        if index in stretches:
            skip = stretches[index].end
            heads = _column_section_heads(stretches[index].columns)
            for column in stretches[index].columns:
                out += _run_on(out, _join_column(column, vocabulary, heads), vocabulary, heads)
            continue
        if index in rows:
            cells = [[cell] for cell in line.cells]
            for below in range(index + 1, len(lines)):
                if below not in wrapped:
                    break
                for number, (text, start) in wrapped[below]:
                    cells[number].append((" " + text, start - 1))
            pieces = [piece for cell in cells for piece in cell]
            ends = list(itertools.accumulate(len(cell) for cell in cells))[:-1]
            for end in ends:
                text, start = pieces[end - 1]
                pieces[end - 1] = (text + CELL_SEPARATOR, start)
            out.append(Logical(pieces, "row", last=line))
            continue
        if index in spaced:
            out.append(Logical([(line.text, line.start)], "row", last=line))
            continue
        current = out[-1] if out else None
        if index in tails and current and current.last is lines[index - 1]:
            append(current, " ", line)  # the rest of a heading the source wrapped (`_heading_tail`)
            continue
        if current and index - 1 in tails and current.last is lines[index - 1]:
            out.append(_start_logical(line))
            continue
        if _note_under_table(lines, index, current):
            out.append(Logical([(line.text, line.start)], "text", last=line))
            continue
        if current and current.kind not in ("heading", "row") and current.last \
                and not _titles_table(current.text, lines, index, rows | spaced) and index not in headings \
                and not (index - 1 in headings and current.last is lines[index - 1]):
            glue = _glue(current.last, line, layout, vocabulary, opens=len(current.pieces) == 1)
            if glue is not None:
                append(current, glue, line)
                continue
        out.append(_start_logical(line))
    return out


# A table's rule under its header or round it, a run of dashes a column ("------  -------",
# "---- | ----" as a PDF's reader parts it, "====  ====" in reStructuredText): no row, and no text.
_COLUMN_RULE = re.compile(r"\|? ?[-=−–—─]{3,}(?: (?:\| )?[-=−–—─]{3,})+ ?\|?")


def _is_column_rule(line: Line) -> bool:
    return _COLUMN_RULE.fullmatch(line.text) is not None


MAX_HEADING_WORDS = 8  # a heading is a few words; a longer short line ends a paragraph
_NO_HEADING_END = re.compile(r"[.,;:!]$")  # a question heads a section ("Wat merkt u?"), a full stop ends a sentence
_INNER_BREAK = re.compile(r"[.!?:;] ")  # "Bel ons. Wij helpen": sentences, no heading


def _unspaced_headings(lines: list[Line], layout: Layout, taken: set[int]) -> tuple[frozenset[int], frozenset[int]]:
    """The lines that are headings in text whose lines are a PDF's lines, hard-wrapped, with
    no blank line around its headings (pypdf): a short line that ends in no full stop, right
    under the last line of a paragraph of wrapped prose (a full line that ends no sentence
    over one that ends it) and over a line that starts a sentence or an item, right over it or
    blank lines apart (a web page's text as cheerio writes it: "minder." over "Tips om te
    stoppen", blank, the list; htmlparser2's `textContent` sets the blank lines of a table's
    markup between its title and its first cell, red team 47; a paragraph's last line ends at the
    margin's whim, never right before a blank line with a line of its own). Read as
    wrapped prose, "Wat merkt u?" and "Fysiotherapie" ended the paragraph above them. A
    question the margin wrapped goes on in lower case; a list's short items stand under a
    lead line, not under wrapped prose; a table's rows (`taken`) are no headings. The second set
    holds the lines that end a heading the source wrapped (`_heading_tail`)."""
    if layout.unwrapped:
        return frozenset(), frozenset()
    found, tails = set(), set()
    next_filled: list[int | None] = [None] * (len(lines) + 1)  # the first filled line from each on
    for at in range(len(lines) - 1, -1, -1):
        next_filled[at] = at if lines[at].text else next_filled[at + 1]
    for index in range(2, len(lines) - 1):
        above, before, line, after = lines[index - 2:index + 2]
        below = index + 1
        tail = _heading_tail(line, after, _under_one_blank(lines, index + 2))
        if tail:
            below, line, after = index + 2, replace(line, text=f"{line.text} {after.text}"), lines[index + 2]
        filled = next_filled[below]
        if not after.text and filled is not None:  # blank lines under it (a web page's table under its title: its markup's)
            below, after = filled, replace(lines[filled], after_blank=False)
        if {index - 1, index, below} & taken or before.after_blank or line.after_blank or after.after_blank \
                or not (above.text and before.text and after.text) or any(
                    ln.heading_level for ln in (before, line, after)):
            continue
        wrapped_prose = layout.is_full(above.text) and ends_sentence(before.text) and (
            not ends_sentence(above.text) or not layout.is_full(before.text)) \
            or _answers_question(above, before, line, layout)
        starts = after.text[:1].isupper() or is_item_start(after.text) or below > index + 1 and _bare_item(after.text)
        if is_date_line(before.text) and not is_date_line(above.text):
            wrapped_prose = starts = after.text[:1].isupper() and layout.is_full(after.text)
        if wrapped_prose and starts and _heading_shaped(line, layout) and not answered_as_condition(line.text, after.text):
            found.add(index)
            tails |= {index + 1} if tail else set()
    return frozenset(found), frozenset(tails)


def _answers_question(question: Line, answer: Line, line: Line, layout: Layout) -> bool:
    """Whether `line` asks the next question of a list of questions, each over its answer, where
    the answer above it is one line ("Mag ik fietsen na de operatie?" over "De eerste zes weken
    … operatiegebied." over "Helpt minder drinken tegen het lekken?"): a question that ends a
    paragraph of its own stands under no wrapped prose, so `_unspaced_headings` had nothing to
    read its paragraph's end by; a question set as a heading over a line that ends its sentence
    ends that paragraph too. Only a question over a question: a statement under an answer is the
    answer's own next sentence as often. And only under an answer that fills its line and takes
    the question above up as no "if" (`answered_as_condition`): in running text's short lines a
    question asks an "if" the next line answers ("Heeft u pijn?" over "Neem paracetamol." over
    "Lukt het niet?" over "Bel ons.")."""
    return question.text.endswith("?") and line.text.endswith("?") and ends_sentence(answer.text) \
        and not answer.text.endswith("?") and layout.is_full(answer.text) and _heading_shaped(question, layout) \
        and not answered_as_condition(question.text, answer.text)


MIN_ANSWERED_QUESTIONS = 2  # one question over its answer may be running text's "if"; a run of them is a FAQ


def _questions_over_answers(lines: list[Line], layout: Layout, taken: set[int]) -> frozenset[int]:
    """The questions of a list of questions each over a one-line answer, a blank line round each
    pair ("Mag ik eten voor de scan?" over "Ja, u mag gewoon eten en drinken.", blank, "Hoe lang
    duurt de scan?" over "Ongeveer 30 minuten."): a run of such pairs is a FAQ whose questions head
    their answers. Read as prose, a question that opens with its verb went on into its answer as
    an "if" does in running text, and the FAQ read as one passage. One pair alone stays prose, and
    so does a question its answer takes up as a condition ("Heeft u pijn?" over "Neem dan …")."""
    found: set[int] = set()
    run: list[int] = []
    for index in range(len(lines) - 1):
        line, answer = lines[index], lines[index + 1]
        if not line.text or not line.after_blank:
            continue
        closed = index + 2 >= len(lines) or not lines[index + 2].text
        if closed and line.text.endswith("?") and answer.text and ends_sentence(answer.text) \
                and not answer.text.endswith("?") and _asks_as_heading(line.text) \
                and not {index, index + 1} & taken and not answered_as_condition(line.text, answer.text):
            run.append(index)
            continue
        found |= set(run) if len(run) >= MIN_ANSWERED_QUESTIONS else set()
        run = []
    found |= set(run) if len(run) >= MIN_ANSWERED_QUESTIONS else set()
    return frozenset(found)


def _asks_as_heading(text: str) -> bool:
    """Whether a question is worded as a heading's: a few words from a capital, one sentence. (Its
    length tells nothing in a FAQ of short lines: the layout's margin is read from them.)"""
    return text[:1].isupper() and len(text.split()) <= MAX_HEADING_WORDS and not _INNER_BREAK.search(text) \
        and not is_item_start(text)


def _under_one_blank(lines: list[Line], index: int) -> Line | None:
    """The line at `index`, or where it is blank, the line under it, read as right under (a
    heading set alone between blank lines, its rest wrapped: podcastparser's "Wat kun je doen
    tijdens een" over "aanval?", blank, the section's text)."""
    if index >= len(lines):
        return None
    if lines[index].text or index + 1 >= len(lines) or not lines[index + 1].text:
        return lines[index]
    return replace(lines[index + 1], after_blank=False)


def _heading_tail(line: Line, following: Line, after: Line | None) -> bool:
    """Whether `following` is the rest of a heading the source's wrap cut ("Waarom lopen ouderen
    meer" over "risico?", "Contact met de" over "wijkverpleging": xmlstarlet's string value keeps
    pandoc's wrap inside an `<h2>`): a few words in lower case right under a line that ends no
    sentence, with no sentence's end in them but a question's, over a line from a capital."""
    text = following.text
    return bool(line.text and text and after and after.text) and starts_lower(text) \
        and not following.after_blank and not after.after_blank and len(text.split()) <= 3 \
        and not ends_sentence(line.text) and not line.text.endswith((",", ";", ":")) \
        and not _NO_HEADING_END.search(text) and after.text[:1].isupper()


def _bare_item(text: str) -> bool:
    """Whether a line is a list item whose bullet the text's writer dropped (xmlstarlet's or
    linkedom's string value of `<li>`): it starts in lower case and ends in ";", as Dutch
    leaflets end every item but the last. Under a blank line, it opens the list a heading heads
    ("Klachten", blank, "hevige pijn in beide ogen;")."""
    return starts_lower(text) and text.endswith(";")


def _heading_shaped(line: Line, layout: Layout) -> bool:
    """Whether a line may be a heading set without blank lines: a few words from a capital,
    short of the margin, one phrase that ends in no full stop, no item, no date."""
    text = line.text
    return text[:1].isupper() and len(text.split()) <= MAX_HEADING_WORDS and not layout.is_full(text) \
        and not _NO_HEADING_END.search(text) and not _INNER_BREAK.search(text) and not line.cells \
        and not is_item_start(text) and not is_date_line(text)


MIN_SECTION_LINES = 3  # numbered lines in one run of numbers: two may be a table's numbered rows


def section_lines(lines: list[Line], layout: Layout, taken: set[int] = frozenset()) -> frozenset[int]:
    """The lines a typesetter's section number opens (LaTeX's, ms's or pandoc's numbered
    headings as pdf2json or dvi2tty writes them: "1  Uw baby ligt in stuitligging", "1.3  Uitwendige
    versie"): the number, two blanks or more (`SECTION_NUMBER`), a short title from a capital
    that ends in no full stop, where three such lines or more number on from each other
    ("1", "1.1", "1.2"). With no blank line around them, read as wrapped prose, they went on the
    paragraph above ("... wat de mogelijkheden zijn. 1.3 Uitwendige versie"). A table's rows
    (`taken`) are no sections, nor is a list's "1." (no section number ends so without a dot
    inside it)."""
    numbered: list[tuple[int, str]] = []
    for index, line in enumerate(lines):
        match = SECTION_NUMBER.match(line.raw.lstrip("\f"))
        if match and index not in taken and _section_title(line.raw.lstrip("\f")[match.end():], line, layout):
            numbered.append((index, match.group(1)))
    found = {index for (at, number), (below, following) in zip(numbered, numbered[1:])
             if outline_follows(number, following) for index in (at, below)}
    return frozenset(found) if len(found) >= MIN_SECTION_LINES else frozenset()


def _section_title(raw: str, line: Line, layout: Layout) -> bool:
    """Whether what follows a section number is a title: a few words from a capital, one phrase
    ending in no full stop, no columns, short of the margin."""
    title = " ".join(raw.split())
    return title[:1].isupper() and len(title.split()) <= MAX_HEADING_WORDS and not layout.is_full(line.text) \
        and "  " not in raw.strip() and "\t" not in raw.strip() and not _NO_HEADING_END.search(title) \
        and not _INNER_BREAK.search(title) and not is_date_line(title)


MAX_TABLE_TITLE_WORDS = 8  # a table's title is a few words; a longer line is a sentence's end


def _titles_table(before: str, lines: list[Line], index: int, rows: set[int]) -> bool:
    """Whether line `index` is a table's title ("Zo verloopt de test" over "Onderdeel  Tijdsduur"):
    a few words that end no sentence, right above the table's first row or a blank line over it,
    after a paragraph that ended its sentence. Joined, it ends that paragraph as its last words."""
    line = lines[index]
    below = next((at for at in range(index + 1, min(index + 3, len(lines))) if lines[at].text), None)
    return below in rows and ends_sentence(before) and not ends_sentence(line.text) \
        and not line.text.endswith((",", ":")) and len(line.text.split()) <= MAX_TABLE_TITLE_WORDS


def _join_column(lines: list[Line], vocabulary: set[str], heads: frozenset[int] = frozenset()) -> list[Logical]:
    """One column of a stretch joined on its own, measured by its own width; a table set
    in the column keeps its rows ("Onderdeel  Tijdsduur" beside the other column). The lines
    that start where `heads` says are section heads, each a line of its own."""
    lines = two_column_rows(with_header_rows(lines))
    rows, wrapped = aligned_rows(lines)
    headings = frozenset(index for index, line in enumerate(lines) if line.text and line.start in heads)
    lines = [_without_unsectioned_number(line) if index in headings else line for index, line in enumerate(lines)]
    return _join_lines(lines, measure_layout(lines), vocabulary, rows, wrapped, {}, headings=headings)


_UNSECTIONED_NUMBER = re.compile(r"0\.\d{1,2}\.?[ \t]+(?=\S)")


def _without_unsectioned_number(line: Line) -> Line:
    """A section head without LaTeX's "0.4" before it: the number of a subsection in an article
    with no section, a typesetter's artefact that no reader looks up ("0.4 Wat kunt u zelf
    doen?" reads "Wat kunt u zelf doen?"). An author's own "1.3" stays."""
    match = _UNSECTIONED_NUMBER.match(line.raw)
    if not match:
        return line
    raw = line.raw[match.end():]
    return replace(line, text=SPACES.sub(" ", raw), start=line.start + match.end(), raw=raw, cells=(), parts=())


def _run_on(before: list[Logical], column: list[Logical], vocabulary: set[str], heads: frozenset[int]) -> list[Logical]:
    """A column's lines, its first put onto the last of the column before where a sentence runs
    on from one column into the next: the line above ends in no sentence's mark (nor ":" or
    ";", which end a lead line and an item) and the column's first line goes on in lower case
    ("… het hoesten kan" over the next column's "nog drie weken duren."). Joined column by
    column, the sentence stood in two paragraphs, its halves in two passages."""
    last = before[-1] if before else None
    first = column[0] if column else None
    if not (last and first and last.last and first.last) or last.kind not in ("text", "item") \
            or first.kind != "text" or last.last.start in heads or not starts_lower(first.text) \
            or ends_sentence(last.text) or last.text.endswith((":", ";")):
        return column
    glue = join_hyphenated(last.text, first.text, vocabulary) if re.search(r"[^\W\d_]-$", last.text) else " "
    text, start = last.pieces[-1]
    last.pieces[-1] = (text[:-1], start) if glue == "" else (text + " ", start) if glue.endswith(" ") else (text, start)
    last.pieces.extend(first.pieces)
    last.last = first.last
    return column[1:]


def _column_section_heads(columns: tuple[list[Line], ...]) -> frozenset[int]:
    """Where the lines that a typesetter's section number opens start (and where their words
    start past LaTeX's "0.4", `_without_unsectioned_number`), in columns read one
    after the other (`section_lines` over them in reading order: a poster's "0.4  Wat kunt u
    zelf doen?" heads the second column and numbers on from the first column's "0.3"). Joined
    as the column's prose, such a head went on its section's first sentence ("0.4 Wat kunt u
    zelf doen? Verkoudheid gaat vanzelf over.", red team 54's poster)."""
    lines = [line for column in columns for line in column]
    heads = [lines[index] for index in section_lines(lines, measure_layout(lines))]
    return frozenset(line.start for line in heads) | frozenset(_without_unsectioned_number(line).start for line in heads)


def _glue(left: Line, right: Line, layout: Layout, vocabulary: set[str], opens: bool = False) -> str | None:
    """The text that joins two lines, or None when they stay apart."""
    if right.heading_level or left.heading_level or left.underline or opens_item(left, right, layout):
        return None  # an underlined line is a heading of its own, whatever word it ends in ("... als")
    if layout.cuts(left, right):  # `fold` cut the line at its width: inside a word, no space
        return CLOSED_UP if layout.cuts_word(left, right) else " "
    if _wraps_address(left.text) and re.match(r"[a-z0-9]", right.text):
        # a web address wrapped after a slash or its own hyphen goes on in the next line's
        # first word ("www.ggd.nl/" over "hoofdluis", "www.kempenhaeghe-" over "noord.nl"):
        # no space, which would cut the link in two, and no hyphen dropped (no typesetter
        # hyphenates an address); the slash or hyphen stays. Across a blank line `should_join`
        # decides, after a hyphen too
        joins = left.text.endswith("-") and not right.after_blank or should_join(left, right, layout, opens)
        return left.text[-1] if joins else None
    if re.search(r"[^\W\d_]-$", left.text) and starts_lower(right.text):
        return join_hyphenated(left.text, right.text, vocabulary)
    if re.search(r"[^\W\d_]-$", left.text) and right.text[:1].isupper():
        # the rest of a word a typesetter broke starts in lower case: a capital after the
        # hyphen goes on a name's compound ("Kempenhaeghe-" over "Noord"), hyphen and all,
        # where a margin wrapped it: not across a blank line ("afdeling KNO-", blank, "Na de
        # ingreep" is a paragraph's end), nor in text that no margin wraps (`should_join`'s
        # rule there: a capital after a line break starts a line of the author's own)
        return "-" if not right.after_blank and not layout.unwrapped else None
    return " " if should_join(left, right, layout, opens) else None


def _wraps_address(text: str) -> bool:
    """Whether a line ends in a web address cut after a slash or a hyphen ("www.ggd.nl/",
    "zie https://www.kempenhaeghe-"): its last word ends so and holds "http(s)://" or "www."
    before that. Only the last word is read, and only for where such a start stands, so a
    long line costs no more than one reading of it."""
    word = (text.rsplit(None, 1) or [""])[-1]
    return word[-1:] in ("/", "-") and _ADDRESS_START.search(word, 0, len(word) - 1) is not None


_ADDRESS_START = re.compile(r"https?://|\bwww\.")


def _date_fields_apart(lines: list[Line]) -> list[Line]:
    """A line whose spacing sets a date field apart ("Patiëntenvoorlichting nr. FT-031", a
    wide gap, "versie: juni 2019"), as a typed masthead or a running line does: the date is a
    line of its own, read as the leaflet's date and never run into the text beside it."""
    out: list[Line] = []
    for line in lines:
        if line.cells or len(line.parts) != 2 or line.heading_level or not is_date_line(line.parts[1][0]) \
                or is_date_line(line.parts[0][0]):
            out.append(line)
            continue
        (first, start), (date, at) = line.parts
        out += [replace(line, text=first, trailing_space=False, parts=(), gap_cells=(), raw=first),
                Line(date, at, after_blank=True, raw=date)]
    return out


# A box's margin: one mark typed twice or more ("!!", "**", "##", "||", "> >") at a line's
# start, then a space or the line's end; a PDF's reader may have set the text beside it apart
# as a table's cell (" | "). A full stop, a hyphen or a comma is none: dot leaders, a dash's
# rule and reStructuredText's ".." open lines of text.
_FRAME_MARGIN = re.compile(r"[ \t]*(([!#*|=+~%/\\>:])(?: ?\2)+)(?= \|(?= )|[ \t]|$)(?: \|(?= ))?")
_FRAME_END = re.compile(r"(?<=[ \t])(([!#*|=+~%/\\>:])(?: ?\2)*)$")  # on a line with its end's blanks cut
MIN_FRAMED_LINES = 2  # one line that opens with "**" or "##" is a line of its own, no box


def without_box_frames(lines: list[Line]) -> list[Line]:
    """The lines, a box typed with one punctuation mark as its frame read as its text: a
    margin of that mark on every line ("!! BEL DIRECT ALS:" over "!!   - u bloed overgeeft")
    and rules of it above and below ("!!!!!!!!!!!!"). Kept, the margin was a first table
    cell beside every line and the rule a word of the paragraph. Two lines or more with the
    same margin, blank lines between them allowed, make a box; its margins and rules turn
    to blanks, so every column stands where it stood and the box's text is a block of its own."""
    out = list(lines)
    index = 0
    while index < len(lines):
        margin, framed = _frame_margin(lines[index]), []
        for at in range(index, len(lines) if margin else index):
            if _frame_margin(lines[at]) == margin:
                framed.append(at)
            elif lines[at].text:
                break
        if len(framed) < MIN_FRAMED_LINES:
            index += 1
            continue
        above = next((at for at in range(index - 1, -1, -1) if lines[at].text), None)
        below = next((at for at in range(framed[-1] + 1, len(lines)) if lines[at].text), None)
        first = above if above is not None and _is_frame_rule(lines[above], margin) else index
        last = below + 1 if below is not None and _is_frame_rule(lines[below], margin) else framed[-1] + 1
        out[first:last] = _unframed(lines[first:last], margin, lines[first].after_blank)
        index = last
    return out


def _frame_margin(line: Line) -> str:
    """The box margin a line opens with, as typed, its column included ("!!"), or ""."""
    match = _FRAME_MARGIN.match(line.raw)
    return line.raw[:match.end(1)] if match and len(match.group(1)) <= 5 else ""


def _is_frame_rule(line: Line, margin: str) -> bool:
    """Whether a line is only the margin's mark, four times or more: a box's rule."""
    text = line.raw.strip()
    return len(text) >= 4 and text == margin[-1] * len(text)


def _unframed(lines: list[Line], margin: str, after_blank: bool) -> list[Line]:
    """A box's lines, its rules and margins (and a right edge of the same mark) blanked."""
    ends = [_FRAME_END.search(line.raw.rstrip()) for line in lines
            if line.raw.strip() not in ("", margin.strip()) and not _is_frame_rule(line, margin)]
    edge = len(ends) > 1 and all(match and match.group(2) == margin[-1] for match in ends)
    out = []
    for line in lines:
        raw = line.raw
        if _is_frame_rule(line, margin):
            raw = ""
        elif raw.startswith(margin):
            match = _FRAME_MARGIN.match(raw)
            raw = " " * match.end() + raw[match.end():]
            cut = _FRAME_END.search(raw.rstrip()) if edge else None
            raw = raw[:cut.start()].rstrip() if cut else raw
        out.append(reread_line(line, raw, after_blank))
        after_blank = not out[-1].text
    return out


def _attach_lone_bullets(lines: list[Line]) -> list[Line]:
    """A bullet sign alone on its line (common in PDF text) joins the line it marks; a run of
    them (pdftotext prints a list's bullets first, then its items) joins the lines that
    follow, one each, in turn."""
    out: list[Line] = []
    pending: list[Line] = []
    run = 0  # the bullets of the run being joined: one alone stands right before its item
    for line in lines:
        if LONE_BULLET.fullmatch(line.text):
            run = run if pending else 0
            pending.append(line)
            run += 1
            continue
        if pending and line.text and BULLET.match(line.text) and run == 1:
            pending.pop(0)  # a stray bullet over an item that has its own (pdfminer's box order): no second mark
        elif pending and line.text:
            bullet = pending.pop(0)  # an item of a run starts where its own words do
            line = replace(line, text=f"{bullet.text} {line.text}", start=bullet.start if run == 1 else line.start,
                           after_blank=bullet.after_blank)
        out.append(line)
    for bullet in pending:  # more bullets than items: each left over stays where it stood
        out.insert(next((at for at, kept in enumerate(out) if kept.start > bullet.start), len(out)), bullet)
    return out


MAX_TAIL_WORDS = 3  # a wrapped item's last words on a line of their own


def _item_tails_in_place(lines: list[Line]) -> list[Line]:
    """The lines, where a list's items stand cut off at their line's end and their last words
    follow the list as a run of their own (pdfminer's layout boxes a list's wrapped lines apart
    from its first lines: "• Beweeg de vinger …, dat voorkomt " / "• Het verband mag … op de " /
    "stijfheid." / "wond.", red team 39), each tail moved under its item, in order. Only where as
    many short lines that open small and end a sentence follow as many items before them that end
    none (two or more of each): the count and the order are all that ties them."""
    filled = [at for at, line in enumerate(lines) if line.text]
    moved: dict[int, int] = {}  # a tail's line: the item's line it goes under
    place = 0
    while place < len(filled):
        end = place
        while end < len(filled) and _is_item_tail(lines[filled[end]].text):
            end += 1
        count = end - place
        items = filled[max(place - count, 0):place]
        if count >= 2 and len(items) == count and all(_is_cut_item(lines[at]) for at in items):
            moved.update(zip(filled[place:end], items))
        place = max(end, place + 1)
    if not moved:
        return lines
    under = {item: tail for tail, item in moved.items()}
    out: list[Line] = []
    for at, line in enumerate(lines):
        if at in moved:
            continue
        out.append(line)
        if at in under:
            out.append(replace(lines[under[at]], after_blank=False))
    return out


_NOTE_STAR = re.compile(r"\*\s+\S")  # "* Kauwgom mag u …": one star, a space, the note
_MORE_STARS = re.compile(r"\*{2,3}\s+\S")  # "** Heldere dranken zijn …", the next note


def _note_under_table(lines: list[Line], index: int, current: Logical | None) -> bool:
    """Whether a line that a star opens is a table's note, not a list's item: it follows a
    table's row ("row" line, or one whose cells a PDF's reader set apart by " | "), or notes
    of two stars follow it ("* Kauwgom …" over "** Heldere dranken …"), and no item follows
    it: no other line of one star (past notes of two), no item of another mark right under
    it. Read as an item, its star became a bullet and the note a list of one, cut from the
    table it explains (red team 64, 2.6)."""
    if not _NOTE_STAR.match(lines[index].text):
        return False
    follows = _what_follows(lines, index)
    if follows == "item":
        return False
    row = current is not None and (current.kind == "row" or CELL_SEPARATOR in current.text)
    return row or follows == "notes"


def _what_follows(lines: list[Line], index: int) -> str:
    """What follows the starred line `index` and its own wrapped lines: "item" (a line of one
    star, or an item of another mark right under it), "notes" (lines of two or three stars,
    and no item), or "" (anything else)."""
    blank, notes = False, False
    for line in lines[index + 1:]:
        text = line.text.strip()
        if not text:
            blank = True
        elif _NOTE_STAR.match(text):
            return "item"
        elif _MORE_STARS.match(text):
            blank, notes = False, True
        elif not blank and (BULLET.match(text) or NUMBERED.match(text)):
            return "item"
        elif blank:
            break
    return "notes" if notes else ""


def _is_item_tail(text: str) -> bool:
    return text[:1].islower() and ends_sentence(text) and len(text.split()) <= MAX_TAIL_WORDS


def _is_cut_item(line: Line) -> bool:
    """Whether a line is an item whose words stop short of its sentence's end at a space."""
    return bool(BULLET.match(line.text)) and line.trailing_space and not ends_sentence(line.text)


def _start_logical(line: Line) -> Logical:
    if line.heading_level:
        return Logical([(line.text, line.start)], "heading", line.heading_level, line)
    bullet = BULLET.match(line.text)
    if bullet:
        text = "• " + line.text[bullet.end():]
        return Logical([(text, line.start + bullet.end() - 2)], "item", last=line)
    kind = "item" if NUMBERED.match(line.text) else "text"
    return Logical([(line.text, line.start)], kind, last=line)
