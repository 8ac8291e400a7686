"""A notebook's code cell as a viewer prints it: a program's lines framed by two rules.

A leaflet written as a notebook and printed by a notebook viewer (nbmanips' `nb show`) keeps its
Markdown cells as they are and sets each code cell between two rules of one mark ("=" the page's
width), indented, its output under the closing rule (red team 47). Read as text, the code ("import
pandas as pd", "uitslag = pd.DataFrame(…)") became words of a passage, and in Markdown each rule
made the paragraph above it a heading. The frame alone says nothing (a title, a warning is framed
so too): the lines framed are code where they are a program, told by Python's own parser (the
notebooks' language), or for another language by the share of lines that carry a program's
tokens (an assignment, a call, a line ended by ";" or a brace). Prose does neither.

The cell's output is what the rendered notebook shows its reader, so it stays: a table that
pandas printed (a DataFrame: a header of column names over rows that open with the row's index,
its cells two spaces or more apart) is written as a pipe table, without a plain 0, 1, 2 … index,
which numbers rows and says nothing; any other output stays as its lines.
"""

from __future__ import annotations

import ast
import re
import textwrap
import warnings

# A rule: one mark repeated across the line, as a viewer frames a cell.
_RULE = re.compile(r"[ \t]*([=\-─━═~*])\1{19,}[ \t]*")
MAX_CELL_LINES = 300  # a cell's lines: a longer stretch between two rules is no cell
MIN_CODE_SHARE = 0.6  # of the framed lines, those carrying a program's tokens (see below)
MIN_CODE_LINES = 2
# A program's tokens on a line: an assignment ("x = 1", "x <- c(1, 2)") or one of `_STATEMENT`.
_ASSIGNMENT = re.compile(r"^\s*[\w.\[\]'\"]+\s*(?:=|<-|\+=|-=|:=)\s*\S")
# A call or index glued to its name ("pd.DataFrame(", "df['a']"), a keyword that opens a statement,
# a line ended by ";" or a brace. Assignments alone are as much a list of settings ("KEY = value",
# an extractor's metadata): a program has one of these too.
_STATEMENT = re.compile(
    r"^\s*(?:import|from|def|class|return|library|require|print|for|while|if|elif|else|function|var|let|const)\b"
    r"|[\w\])]\(|\w\["
    r"|[;{}]\s*$")
_SENTENCE_END = re.compile(r"[^\W\d_][.!?]\s*$")  # prose ends a sentence after a word
_WIDE_GAP = re.compile(r"\s{2,}")
MIN_TABLE_ROWS = 1


def without_code_cells(text: str) -> str:
    """`text` without each code cell a notebook viewer framed between two rules (see above),
    the rules with it; a pandas table printed under it as a pipe table. A text without such a
    cell comes back as it is."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        closing = _cell_end(lines, index)
        if closing is None:
            out.append(lines[index])
            index += 1
            continue
        output_end = _output_end(lines, closing + 1)
        table = _dataframe_table(lines[closing + 1:output_end])
        out += ["", *(table + [""] if table else lines[closing + 1:output_end])]
        index = output_end
    return "\n".join(out)


def _cell_end(lines: list[str], index: int) -> int | None:
    """The line of the rule that closes a code cell opened by the rule at `index`, or None."""
    opening = _RULE.fullmatch(lines[index])
    if not opening:
        return None
    for closing in range(index + 1, min(len(lines), index + MAX_CELL_LINES + 2)):
        if _RULE.fullmatch(lines[closing]):
            if lines[closing].strip() != lines[index].strip():
                return None
            return closing if is_code(lines[index + 1:closing]) else None
    return None


def is_code(lines: list[str]) -> bool:
    """Whether `lines` are a program: a line at least with a statement's token (`_STATEMENT`:
    settings written "KEY = value" parse as Python too), and Python that parses into more than
    bare names and constants, or lines that mostly carry a program's tokens and end no sentence."""
    body = [line for line in lines if line.strip()]
    if not body:
        return False
    source = textwrap.dedent("\n".join(lines))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # an invalid escape in a string is still code
            tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        tree = None
    if not any(_STATEMENT.search(line) for line in body):
        return False
    if tree is not None and any(not _bare(statement) for statement in tree.body):
        return True
    coded = [line for line in body if (_ASSIGNMENT.search(line) or _STATEMENT.search(line))
             and not _SENTENCE_END.search(line)]
    return len(body) >= MIN_CODE_LINES and len(coded) >= MIN_CODE_SHARE * len(body)


def _bare(statement: ast.stmt) -> bool:
    """Whether a statement is a bare name or constant: a word or a number alone parses as one."""
    return isinstance(statement, ast.Expr) and isinstance(statement.value, (ast.Name, ast.Constant))


def _output_end(lines: list[str], start: int) -> int:
    """Where a cell's output under its closing rule ends: at a blank line, a rule or a "#" heading."""
    end = start
    while end < len(lines) and lines[end].strip() and not _RULE.fullmatch(lines[end]) \
            and not lines[end].lstrip().startswith("#"):
        end += 1
    return end


def _dataframe_table(lines: list[str]) -> list[str]:
    """A pandas table's printed lines as a Markdown pipe table, or [] where they are none: a
    header of column names one cell short of the rows (the index has none), every row the same
    number of cells two spaces or more apart. A plain index (0, 1, 2 …) goes."""
    if len(lines) < 1 + MIN_TABLE_ROWS:
        return []
    header = _WIDE_GAP.split(lines[0].strip())
    rows = [_WIDE_GAP.split(line.strip()) for line in lines[1:]]
    width = len(header) + 1
    if len(header) < 1 or any(len(row) != width for row in rows):
        return []
    if [row[0] for row in rows] == [str(number) for number in range(len(rows))]:
        rows = [row[1:] for row in rows]
    else:
        header = ["", *header]
    return [_pipe_row(header), _pipe_row(["---"] * len(header)), *map(_pipe_row, rows)]


def _pipe_row(cells: list[str]) -> str:
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"
