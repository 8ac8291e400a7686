"""Markdown read by its markup: `#` and underlined headings, list items, pipe tables, emphasis.

Where a leaflet marks its structure, the markup tells more surely than the shape of lines
where headings and items are, so Markdown is joined by rules of its own, and its inline
markup goes while its words stay (`strip_inline_markdown`). Plain text underlines headings
as Markdown does, so `drop_setext_underlines` serves plain text too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.clean.cell_lines import cell_line_rows
from ingest.clean.dash_tables import dash_table_rows
from ingest.clean.grids import grid_rows
from ingest.clean.lines import BULLET, CELL_SEPARATOR, MAX_TITLE_WORDS, Line, Logical, append, ends_sentence
from ingest.dates import is_revision_line


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
# A bullet typed as a sign of its own, as a renderer (lowdown's terminal output: "·") or a word
# processor sets it: Markdown's are "-", "*" and "+", yet a line it opens is an item all the same.
# An en dash is none here: a wrapped sentence's line opens with one as often as an item does.
_TYPED_BULLET = re.compile(r"^\s*[•●▪◦·‣∙○■□➢►]\s+")
_MD_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
_MD_SETEXT = re.compile(r"^\s*(=+|-+)\s*$")
# How a `#` heading's words end where they are a sentence or a clause, not a heading: a full stop
# (not an ellipsis, "Wat als ..."), a semicolon or a comma, before any closing quote or bracket.
_SENTENCE_HEADING_END = re.compile(r"(?<!\.)[.;,][\"'”’)]*$")
MAX_MARKED_HEADING_WORDS = MAX_TITLE_WORDS  # a longer `#` line is a paragraph a converter marked
# A hard line break: two spaces or more, or one backslash (group 1), end a line of a paragraph.
_HARD_BREAK = re.compile(r"\S(?: {2,}|(?<!\\)(\\))$")


# A link's destination in its parentheses, which may hold escaped ones or a balanced pair
# (turndown writes `javascript:window.print\(\)`; a wiki's address "Bof_(ziekte)").
LINK_DESTINATION = r"(?:\\.|\([^()]*\)|[^()\\])*"
LINK_TARGET = rf"\({LINK_DESTINATION}\)"


def strip_inline_markdown(text: str) -> str:
    """Markdown inline markup removed, its words kept: what a reader sees.

    Images go whole (their alt text describes a picture; it is no leaflet text), and
    so do footnote markers ("[^1]"); a footnote's own line keeps its text.
    """
    text = re.sub(rf"[ \t]*!\[[^\]]*\](?:{LINK_TARGET}|\[[^\]]*\])", "", text)
    text = re.sub(r"^\s*\[\^[^\]\s]+\]:\s*|[ \t]*\[\^[^\]\s]+\]", "", text)
    text = re.sub(rf"\[\s*\]{LINK_TARGET}", "", text)  # a link left empty by its image
    text = re.sub(rf"\[([^\]]+)\]{LINK_TARGET}", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", text)
    text = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)", r"\1", text)
    text = re.sub(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w])", r"\1", text)
    text = re.sub(r"`([^`]+)`", r"\1", text)
    return _BACKSLASH_ESCAPE.sub(r"\1", text)


# A backslash before any ASCII punctuation mark escapes it (CommonMark): the mark is the text.
# Converters escape more than the marks Markdown uses: pptx2md escapes every comma ("Het Spoor\\,").
_BACKSLASH_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def _setext_level(lines: list[Line], index: int, shortest: int = 1) -> int:
    """1 when line `index` is underlined with "=====", 2 with "-----", else 0.

    The line must open a block and the underline be at least `shortest` long; a
    numbered line counts ("1. Inleiding" over "------------" heads a section), a
    bullet item over a rule does not.
    """
    line = lines[index]
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    opens = index == 0 or not lines[index - 1].text
    underlined = _MD_SETEXT.match(following) and len(following.strip()) >= shortest
    if not (line.text and opens and underlined) or BULLET.match(line.text):
        return 0
    return 1 if following.lstrip().startswith("=") else 2


def _mark_setext_headings(lines: list[Line]) -> list[Line]:
    """Turn "Title" over "=====" (or "-----") into a level 1 (or 2) heading line."""
    out: list[Line] = []
    for index, line in enumerate(lines):
        level = _setext_level(lines, index)
        if level:
            out.append(replace(line, heading_level=level))
        elif out and out[-1].heading_level and _MD_SETEXT.match(line.text):
            out.append(Line("", line.start))
        else:
            out.append(line)
    return out


# reStructuredText and Sphinx's text builder underline headings with other marks too ("*****"
# under the title, "~~~~~", "^^^^^"), at least as long as the line (RST's rule), so that a
# row of stars between paragraphs stays no underline: "*" and "#" rank as "=", the rest as "-".
_RST_UNDERLINE = re.compile(r"\s*([*#~^+\"'`])\1{2,}\s*")


def _underline_level(lines: list[Line], index: int) -> int:
    """`_setext_level` for plain text: "=====" and "-----" of three or more, or another
    reStructuredText mark (`_RST_UNDERLINE`) as long as the line."""
    level = _setext_level(lines, index, shortest=3)
    if level or index + 1 >= len(lines):
        return level
    line, under = lines[index], lines[index + 1].text
    mark = _RST_UNDERLINE.fullmatch(under)
    opens = index == 0 or not lines[index - 1].text
    if not (mark and line.text and opens and len(under.strip()) >= len(line.text)) or BULLET.match(line.text):
        return 0
    return 1 if mark.group(1) in "*#" else 2


def drop_setext_underlines(lines: list[Line]) -> list[Line]:
    """Plain text underlines headings the way Markdown does ("Pijnstilling" over
    "------------"). The underline goes and the text under it starts a new block, so
    the heading stands alone, where the shape of lines finds it like any other. A
    single "-" is no underline here: PDF text sets bullets apart like that, and nor is a
    rule of a table ruled with dashes (`dash_table_rows`: its header's, or the one that
    closes a multiline table under its last row)."""
    out: list[Line] = []
    underline = False
    tables = dash_table_rows(lines)
    for index, line in enumerate(lines):
        after_underline = underline
        underline = index > 0 and _underline_level(lines, index - 1) > 0
        if underline and _header_over_rows(lines, index):
            underline = False  # a table's header row over its rule: the rule goes, the rows follow it,
            if not lines[index - 1].cells:  # but a table of two columns is known by it (`without_header_rules`)
                out.append(line)
        elif underline and index in tables:
            underline = False  # a rule that `dash_table_rows` reads the table by
            out.append(line)
        elif underline:
            out[-1] = replace(out[-1], underline=_underline_level(lines, index - 1))
            out.append(Line("", line.start))
        elif after_underline and line.text:
            out.append(replace(line, after_blank=True))
        else:
            out.append(line)
    return out


def _header_over_rows(lines: list[Line], rule: int) -> bool:
    """Whether the line over a rule of dashes (`rule`) is a table's header row: two columns or
    more set apart by spacing ("Soort uitslag      Wat smeert u      Hoe lang"; two by one gap:
    "Gewone haperingen      Mogelijk stotteren", Org's ASCII export), and the line
    under the rule a row of as many columns starting where they start. Such a rule is no
    underline: read as one, the header was a heading and the rows lost their names."""
    header = lines[rule - 1]
    row = lines[rule + 1] if rule + 1 < len(lines) else None
    if row is None:
        return False
    header_cells, row_cells = header.cells or header.parts, row.cells or row.parts
    if len(header_cells) < 2 or len(row_cells) != len(header_cells):
        return False
    return header.indent == row.indent and all(abs((a - header.start) - (b - row.start)) <= 1
                                               for (_, a), (_, b) in zip(header_cells, row_cells))


def _marked_up(lines: list[Line], titles: set[int] | frozenset[int], guessed: set[int] | frozenset[int]) -> frozenset[int]:
    """The lines that Markdown marks as more than a paragraph's plain words (a heading, an item,
    a quote, a code line, inline markup), which no table written a cell to a line holds."""
    return frozenset(index for index, line in enumerate(lines)
                     if index in titles or index in guessed or line.heading_level or _MD_HEADING.match(line.text)
                     or _MD_ITEM.match(line.text) or _TYPED_BULLET.match(line.text)
                     or line.text.startswith((">", "|", "```", "    ")) or strip_inline_markdown(line.text) != line.text)


def join_markdown_lines(lines: list[Line]) -> list[Logical]:
    """Markdown lines into logical lines: blank lines end paragraphs, `#` marks headings,
    each row of a pipe table, a grid table (`grid_rows`) or a table ruled with dashes
    (`dash_table_rows`) is a line of its own."""
    out: list[Logical] = []
    open_paragraph = False
    dashed = {index: _without_inline_markup(row) for index, row in dash_table_rows(lines).items()}
    marked = _mark_setext_headings(lines)
    titles = _outdented_titles(marked)
    guessed = _guessed_headings(marked)
    grid = {**{index: _without_inline_markup(row) for index, row in grid_rows(marked).items()}, **dashed}
    table = {index: row for index, row in _table_lines(marked).items() if index not in grid}
    grid = {**cell_line_rows(marked, _marked_up(marked, titles, guessed) | frozenset(grid) | frozenset(table)), **grid}
    # Bold lines head sub-sections only where `#` headings mark the structure: elsewhere
    # the whole outline is read from the shape of lines, bold ones included.
    has_headings = any(line.heading_level or _MD_HEADING.match(line.text) for line in marked)
    level_above = 1  # the level of the last `#` heading: a bold line heads a part of it
    list_indents: list[int] = []  # the indents of the items of the list read so far
    broken = False  # whether the paragraph's last line ended in a hard line break
    for index, line in enumerate(marked):
        text = line.text
        if index in grid:
            out += [grid[index]] if grid[index] else []
            open_paragraph = False
            continue
        if index in table:
            row = _table_row(line, table[index]) if table[index] else None
            out += [row] if row else []
            open_paragraph = False
            continue
        heading = _MD_HEADING.match(text)
        if has_headings and not (line.heading_level or heading) and _bold_line_heading(marked, index):
            out.append(Logical([(text.strip()[2:-2].strip(), line.start + text.index(text.strip()) + 2)],
                               "heading", min(level_above + 1, 6)))
            open_paragraph = False
            continue
        start = line.start
        if index in guessed:  # read below as the item or paragraph it is, from its first word
            text, start, heading = text[heading.start(2):], line.start + heading.start(2), None
        if line.heading_level or heading or index in titles:
            level = line.heading_level or (len(heading.group(1)) if heading else 1)
            level_above = level
            offset = heading.start(2) if heading and not line.heading_level else 0
            title = strip_inline_markdown(heading.group(2) if offset else text)
            out.append(Logical([(title, line.start + offset)], "heading", level))
            open_paragraph, list_indents = False, []
            continue
        if not text or _MD_RULE.match(text) or text.startswith("```"):
            open_paragraph = False
            continue
        text = re.sub(r"^>\s?", "", text)
        item = _MD_ITEM.match(text) or _TYPED_BULLET.match(text)
        if item and open_paragraph and out and out[-1].kind == "text" and _continues_paragraph(text):
            item = None
        breaks = _HARD_BREAK.search(line.raw or text)
        body = strip_inline_markdown((text[item.end():] if item else text)[:-1 if breaks and breaks.group(1) else None])
        if item:
            nested = any(indent < line.indent - 1 for indent in list_indents)  # a list in an item
            list_indents.append(line.indent)
            marker = item.group(0).strip() + " " if text.lstrip()[0].isdigit() else "◦ " if nested else "• "
            out.append(Logical([(marker + body, start)], "item"))
        elif open_paragraph and out and not (broken and out[-1].kind == "text") \
                and not _revision_under_line(out[-1], body):
            append(out[-1], " ", Line(body, start))
        else:
            out.append(Logical([(body, start)], "text"))
            list_indents = []
        out[-1].last = Line(body, start)
        open_paragraph, broken = True, bool(breaks)
    return [_without_split_emphasis(logical) for logical in out]


def _revision_under_line(above: Logical, body: str) -> bool:
    """Whether a paragraph's next line states the leaflet's own date in words that say so
    ("Laatst bijgewerkt: maart 2026", `is_revision_line`) under a line that ends no sentence (a
    sender's line under the title: "GGZ Rivierduinen, afdeling Stemmingsstoornissen, Leiden"):
    the date is a line of its own, as the plain reader keeps it (`ingest.clean.joining`). Run into
    the sender's line, the two made one line that named no sender and stood as a passage."""
    last = above.last.text if above.last is not None else ""
    return above.kind == "text" and bool(last) and not ends_sentence(last) and body[:1].isupper() \
        and is_revision_line(body)


def _guessed_headings(lines: list[Line]) -> set[int]:
    """The indexes of the `#` lines that `_guessed_heading` finds text, in one pass from the top:
    whether a line of a run of sentences is one rests on the line with words above it."""
    guessed: set[int] = set()
    rank_above = 0  # the rank of the line with words above, where it is a guessed `#` heading
    kept_above = 0  # the rank of the line with words above, where it is a heading that stays one
    for index, line in enumerate(lines):
        heading = None if line.heading_level else _MD_HEADING.match(line.text)
        if heading and _guessed_heading(lines, index, heading, rank_above == len(heading.group(1))) \
                or heading and kept_above == len(heading.group(1)) and _is_sentence(heading.group(2)):
            guessed.add(index)
        if line.text.strip():
            rank_above = len(heading.group(1)) if index in guessed else 0
            kept_above = 0 if index in guessed else line.heading_level or (len(heading.group(1)) if heading else 0)
    return guessed


# A sentence set as a `#` heading: a capital, words, a full stop (no ellipsis), no colon. pdf_oxide
# marks an easy-read leaflet's large-print sentences so ("## Mensen zijn om verschillende redenen
# bang.") right under the section's own heading of that rank ("## Waarom zijn mensen bang?"):
# read as one, the section above headed nothing and the sentence headed the text (red team 51).
_FULL_STOP_END = re.compile(r"(?<!\.)\.[\"'”’)]*$")
MIN_SENTENCE_WORDS = 4  # "Na de operatie." may be a heading's style; a sentence says more


def _is_sentence(words: str) -> bool:
    """Whether a `#` heading's words are a sentence (see `_FULL_STOP_END`)."""
    text = strip_inline_markdown(words).strip()
    return text[:1].isupper() and ":" not in text and bool(_FULL_STOP_END.search(text)) \
        and len(text.split()) >= MIN_SENTENCE_WORDS


def _guessed_heading(lines: list[Line], index: int, heading: re.Match, under_guessed: bool) -> bool:
    """Whether a `#` heading is text a converter guessed was a heading: a list's item behind its
    typed bullet, or a sentence or a clause (`_SENTENCE_HEADING_END`) or a run of words longer
    than `MAX_MARKED_HEADING_WORDS` that heads nothing (the next line is a heading of its rank
    or above, or none follows) or follows one such of its rank (`under_guessed`). kreuzberg's
    Markdown of a PDF marks "### · veel jeuk, vooral 's nachts;" (a list's first item) and a
    closing section's two sentences so ("### Polikliniek Dermatologie: 040 239 91 11."); read as
    headings, the list lost its first item and the section, with nothing under its headings,
    every word (red team 36). A page's question set as a sentence over its answer ("Ik krijg een
    droge mond.") heads it, and stays."""
    words = strip_inline_markdown(heading.group(2))
    if _TYPED_BULLET.match(words):
        return True
    if not (_SENTENCE_HEADING_END.search(words) or len(words.split()) > MAX_MARKED_HEADING_WORDS):
        return False
    following = next((lines[at] for at in range(index + 1, len(lines)) if lines[at].text.strip()), None)
    if following is None or under_guessed:
        return True  # the last line, or one of a run of sentences so marked
    rank = _MD_HEADING.match(following.text)
    level = following.heading_level or (len(rank.group(1)) if rank else 0)
    return 0 < level <= len(heading.group(1))


# An ordered item that may open a list inside a paragraph: CommonMark lets only "1." or "1)"
# interrupt one, so a number wrapped to a line's start ("… polikliniek: 0570 53 44" over
# "00. Buiten kantooruren …", red team 34) goes on with the paragraph.
_FIRST_ITEM = re.compile(r"\s*1[.)]")


def _continues_paragraph(text: str) -> bool:
    """Whether an ordered item's line right under a paragraph's line goes on with the paragraph."""
    return text.lstrip()[:1].isdigit() and not _FIRST_ITEM.match(text)


MIN_BODY_INDENT = 4  # Markdown's code block: no Markdown indents its paragraphs so far
MAX_OUTDENTED_SHARE = 0.2  # of the lines of text: a rendering's titles, a few
MAX_OUTDENTED_TITLE_WORDS = 12  # an outdented title's words, tighter than any title's


def _outdented_titles(lines: list[Line]) -> set[int]:
    """The lines that a rendering of Markdown sets at the margin as its titles, their "#"
    dropped, while every other line of text stands indented (lowdown's terminal output writes
    "Lopen met krukken" so, over "## Waarom krukken?" and paragraphs four blanks in): each a
    short line alone between blank lines that ends no sentence. Read as text, the title was
    the first passage, and the leaflet was titled by its file's name."""
    body = [index for index, line in enumerate(lines)
            if line.text and not (line.heading_level or _MD_HEADING.match(line.text))]
    outdented = [index for index in body if lines[index].indent < MIN_BODY_INDENT]
    if not outdented or len(outdented) > MAX_OUTDENTED_SHARE * len(body):
        return set()
    return {index for index in outdented
            if _alone(lines, index) and len(lines[index].text.split()) <= MAX_OUTDENTED_TITLE_WORDS
            and not ends_sentence(lines[index].text) and not _MD_ITEM.match(lines[index].text)}


def _alone(lines: list[Line], index: int) -> bool:
    """Whether a line has blank lines (or the text's edge) above and below it."""
    return all(not lines[at].text for at in (index - 1, index + 1) if 0 <= at < len(lines))


def _without_inline_markup(row: Logical | None) -> Logical | None:
    """A table row's cells as a reader sees them: each piece's inline markup gone."""
    if row is None:
        return None
    return replace(row, pieces=[(strip_inline_markdown(text), start) for text, start in row.pieces])


_SPLIT_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.DOTALL)


def _without_split_emphasis(logical: Logical) -> Logical:
    """A logical line without the bold marks of a phrase that a line break split ("Is uw
    ontlasting **zwart, plakkerig" / "en glimmend als teer**"): each line alone showed
    only half of the pair, so it kept its asterisks."""
    text = logical.text
    marks = {at for match in _SPLIT_EMPHASIS.finditer(text) for at in (match.start(1), match.start(1) + 1,
                                                                          match.end(2), match.end(2) + 1)}
    if not marks:
        return logical
    pieces, at = [], 0
    for piece, source in logical.pieces:
        kept = "".join(char for offset, char in enumerate(piece) if at + offset not in marks)
        pieces.append((kept, source))
        at += len(piece)
    return replace(logical, pieces=pieces)


# The row of dashes under a pipe table's header ("|---|:--:|"), each column's ":" marking its alignment.
TABLE_RULE = re.compile(r"\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*")
_MD_PIPE = re.compile(r"(?<!\\)\|")  # a cell border; "\|" is a pipe inside a cell


def _table_lines(lines: list[Line]) -> dict[int, int]:
    """The lines of GitHub-style pipe tables: for a row the table's number of columns, 0 for
    the rule under the header ("|---|---|"). A table is a header row over a rule with as many
    cells (`_row_cells`), and the rows with pipes that follow up to a blank line."""
    found: dict[int, int] = {}
    index = 0
    while index + 1 < len(lines):
        header, rule = lines[index].text, lines[index + 1].text
        columns = len(table_cells(rule))
        if not (_MD_PIPE.search(header) and _MD_PIPE.search(rule) and TABLE_RULE.fullmatch(rule)
                and len(_row_cells(header, columns)) == columns):
            index += 1
            continue
        found[index], found[index + 1] = columns, 0
        index += 2
        while index < len(lines) and _MD_PIPE.search(lines[index].text):
            found[index] = columns
            index += 1
    return found


def table_cells(text: str) -> list[str]:
    """The cells of a table row, outer pipes dropped: "| 4 tot 10 | 0 |" gives "4 tot 10", "0"."""
    inner = text.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [cell.strip().replace("\\|", "|") for cell in _MD_PIPE.split(inner)]


def _row_cells(text: str, columns: int) -> list[str]:
    """The cells of a row of a table of `columns` columns. html2text writes no pipe before a row's
    first cell and none after its last, so an empty first cell leaves the row opening with the
    pipe after it ("| Losse paniekaanval | Paniekstoornis" over "---|---|---"): read as an outer
    pipe, the row lost its empty cell, the header no longer matched its rule, and the table became
    paragraphs with its rule kept (red team 49). A row that opens with a pipe but ends with none,
    one cell short of the table, opens with that empty cell."""
    cells = table_cells(text)
    inner = text.strip()
    if len(cells) == columns - 1 and inner.startswith("|") and not inner.endswith("|"):
        return ["", *cells]
    return cells


def _table_row(line: Line, columns: int) -> Logical | None:
    """A table row as one readable line, its cells apart by " | "; None for an empty row."""
    cells = [strip_inline_markdown(cell) for cell in _row_cells(line.text, columns)]
    if not any(cells):
        return None
    text = CELL_SEPARATOR.join(cells)
    return Logical([(text, line.start)], "row", last=Line(text, line.start))


_MD_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?=\S)([^*_]+?)(?<=\S)\1\s*$")


def _bold_line_heading(lines: list[Line], index: int) -> bool:
    """Whether a line that is only bold text, with blank lines around it, is a heading: how
    leaflets converted from a word processor often mark sub-sections under their `#`
    headings ("**Bijwerkingen bij kinderen**"). A bold sentence ("**Neem nooit meer dan 4
    tabletten.**") is not."""
    bold = _MD_BOLD_LINE.match(lines[index].text)
    if not bold:
        return False
    alone = all(not lines[i].text.strip() for i in (index - 1, index + 1) if 0 <= i < len(lines))
    words = bold.group(2).split()
    return alone and 0 < len(words) <= 12 and not bold.group(2).rstrip().endswith((".", ",", ";", ":", "!"))
