"""Source lines and re-joined lines, and what a line's shape says: shared by every later step.

A `Line` is one line of the source as written (its collapsed text, its offset, a trailing
space, the columns its spacing sets apart); a `Logical` is a line after re-joining, its
pieces still tied to their source offsets so that a citation finds its page. The small
tests of a line's text (`ends_sentence`, a bullet or a number, a table row) stand here
because joining, columns, Markdown and grouping all ask them, and so does `ingest.pdf`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal


MAX_TITLE_WORDS = 20  # a title's words at most: a longer line is a paragraph, not a leaflet's or a note's name

# Words a Dutch or English sentence, heading or list item cannot end with: a line
# ending in one of them continues on the next line, whatever that line looks like.
CONTINUATION_WORDS = frozenset(
    "de het een te van voor met door om en of naar als dat die zoals dan maar tot uw tijdens zonder tussen vanaf "
    "the a an of to and or with for from by as that which".split()
)
# A letter's or an e-mail's closing words ("Met vriendelijke groet,"): what follows is the
# sender's name and address, which no sentence runs on into.
SIGN_OFF = re.compile(
    r"(?:met\s+)?(?:vriendelijke|hartelijke|beste|lieve)\s+groet(?:en)?|hoogachtend|groet(?:en|jes)?"
    r"|(?:with\s+)?(?:kind|best|warm)\s+regards|regards|(?:yours\s+)?(?:sincerely|faithfully)"
    r"|(?:mit\s+)?freundlichen\s+gr(?:ü|ue)(?:ß|ss)en|cordialement",
    re.IGNORECASE)
# docx2python writes a bulleted paragraph as "--" and a tab ("--\tVermijd zwaar tillen"); an OCR
# engine reads a small bullet as a full stop (ocrad: ". Trek een ruim bovenstuk aan"), which no
# sentence starts with before a capital.
BULLET = re.compile(r"^(?:--|[•●▪◦·‣∙○■□➢►–*\-+]|\.(?=\s+[A-ZÀ-Ý]))\s+")
NUMBERED = re.compile(r"^((?!0\d)\d{1,2})[.)]\s+")  # "00." goes on a number cut at a line end
# A section's number as a typesetter sets it before the title (LaTeX, ms, pandoc): "1.3", "2.1.4."
# or a bare "1", then two blanks or more ("1.3  Uitwendige versie"). "1." alone numbers a list's item.
# The number itself ("1.3", "2.1.4.", "1"; never from 0) is `SECTION_NUMBER_PATTERN`, shared with
# the structure's numbered headings. Before two blanks, LaTeX's number of a subsection under no
# section counts too ("0.1  Wat is verkoudheid?": an article whose body has `\subsection`s only, as
# pandoc writes a leaflet's "##"; red team 54's poster).
SECTION_NUMBER_PATTERN = r"(?!0)\d{1,2}(?:\.\d{1,2})+\.?|(?!0)\d{1,2}"
SECTION_NUMBER = re.compile(rf"[ \t]*({SECTION_NUMBER_PATTERN}|0\.(?!0)\d{{1,2}}\.?)[ \t]{{2,}}(?=\S)")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
SPACES = re.compile(r"[^\S\n]+")
# A gap between the columns of a table aligned by spaces or tabs: a run with a tab, or
# two spaces or more (see `column_cells`).
_COLUMN_GAP = re.compile(r"[ \t]*\t[ \t]*| {2,}")


@dataclass
class Line:
    """One source line: its collapsed text, where it starts, its edge whitespace."""

    text: str
    start: int
    trailing_space: bool = False
    heading_level: int = 0
    after_blank: bool = True
    cells: tuple[tuple[str, int], ...] = ()  # columns and their offsets, where spacing aligns them
    indent: int = 0  # blanks before the text: where a table cell's wrapped line stands
    parts: tuple[tuple[str, int], ...] = ()  # as `cells`, but parted by one gap or more
    gap_cells: tuple[tuple[str, int], ...] = ()  # as `cells`, parted after a question mark too
    underline: int = 0  # plain text's underline under this line: 1 for "=====", 2 for "-----"
    raw: str = ""  # the line as written, its edges and inner spacing kept: where its columns stand


@dataclass
class Logical:
    """A line after re-joining: pieces of source text with their source offsets."""

    pieces: list[tuple[str, int]]
    kind: Literal["text", "item", "heading", "row"] = "text"
    level: int = 0
    last: Line | None = None

    @property
    def text(self) -> str:
        return "".join(piece for piece, _ in self.pieces)


def split_lines(text: str, heading_hints: dict[str, int] | None = None,
                heading_at: dict[int, int] | None = None) -> list[Line]:
    """Source lines with collapsed inner whitespace; empty lines stay (as "").

    A line is a heading when its text is in `heading_hints` or its start offset in
    `heading_at`. A line whose spacing sets columns apart keeps them (see `column_cells`).
    """
    hints, marked = heading_hints or {}, heading_at or {}
    lines: list[Line] = []
    at = 0
    for raw in text.split("\n"):
        stripped = raw.strip(" \t")
        lead = len(raw) - len(raw.lstrip(" \t"))
        collapsed = SPACES.sub(" ", stripped)
        after_blank = not lines or not lines[-1].text
        trailing = raw.endswith((" ", "\t")) and bool(stripped)
        level = marked.get(at, 0) or hints.get(collapsed, 0) if collapsed else 0
        cells = column_cells(stripped, at + lead)
        parts = cells or column_cells(stripped, at + lead, gaps=1)
        gap_cells = cells or column_cells(stripped, at + lead, questions=False)
        lines.append(Line(collapsed, at + lead, trailing, level, after_blank, cells, lead, parts, gap_cells,
                          raw=raw))
        at += len(raw) + 1
    return lines


def reread_line(line: Line, raw: str, after_blank: bool) -> Line:
    """`line` read again from `raw`, its text as changed in place (marks blanked, the end cut):
    its cells and offsets found anew, where they stand in the source; its heading kept."""
    base = line.start - line.indent
    again = split_lines(raw)[0]

    def shift(cells: tuple[tuple[str, int], ...]) -> tuple[tuple[str, int], ...]:
        return tuple((text, start + base) for text, start in cells)

    return replace(again, start=again.start + base, heading_level=line.heading_level if again.text else 0,
                   after_blank=after_blank, cells=shift(again.cells), parts=shift(again.parts),
                   gap_cells=shift(again.gap_cells), underline=line.underline)


def column_cells(text: str, start: int = 0, gaps: int = 2,
                 questions: bool = True) -> tuple[tuple[str, int], ...]:
    """The cells of a line that spacing sets in columns, each with its offset (`start` is
    the line's): () unless `gaps` gaps or more (tabs, or runs of spaces) part its words.

    Two spaces after a full stop before a capital are how some type sentences, no column
    gap: "Neem de tablet in.  Drink water." is one cell; so are two after a question mark,
    unless not `questions` (a table's header cell "Telt mee?").
    """
    found = [gap for gap in _COLUMN_GAP.finditer(text)
             if not (_SENTENCE_END.search(text[:gap.start()]) and text[gap.end():gap.end() + 1].isupper()
                     and (questions or not text[:gap.start()].rstrip("\"'”’)]").endswith("?")))]
    if len(found) < gaps:
        return ()
    bounds = [0] + [edge for gap in found for edge in gap.span()] + [len(text)]
    return tuple((SPACES.sub(" ", text[a:b]), start + a) for a, b in zip(bounds[::2], bounds[1::2]))


CELL_SEPARATOR = " | "  # between the cells of a table row, which stands as one line


def is_table_row(line: str) -> bool:
    """Whether a line of cleaned text is a table row ("Autorijden | na 1 week | na 2 weken"), its
    last cell empty too ("yoghurt, pudding en pap |", a PDF's row whose second cell is blank)."""
    return CELL_SEPARATOR in line or line.endswith(CELL_SEPARATOR.rstrip()) and len(line) > len(CELL_SEPARATOR)


def is_sign_off(text: str) -> bool:
    """Whether a line is only a letter's closing words, with or without a comma."""
    return SIGN_OFF.fullmatch(text.rstrip(" ,!.")) is not None


def ends_sentence(text: str) -> bool:
    """Whether text ends with sentence-final punctuation (closing quotes allowed)."""
    return bool(_SENTENCE_END.search(text))


# A line that answers the question above it as a condition: "dan" ("then") among its first two
# words ("Dan kunt u …", "Neem dan …"), "Zo ja", "Als dat zo is", "If so", "Then …". After a
# comparative "dan" is "than" ("Meer dan de helft …", "Langer dan een week …"): a word ending
# in "er" other than a verb's "-eer" ("Probeer dan …"), "meer" and "anders".
_CONDITION_ANSWER = re.compile(
    r"(?:(?!(?:meer|anders|\S*[^e\s]er)\s)\S+\s+)?dan\b"
    r"|zo\s+(?:ja|nee|niet)\b|als dat (?:zo|het geval) is\b|is dat zo\b|in dat geval\b"
    r"|indien (?:ja|nee|zo)\b|if (?:so|not|yes|no)\b|then\b|in that case\b", re.IGNORECASE)


def answered_as_condition(question: str, answer: str) -> bool:
    """Whether a question is prose because the next line answers it as a condition ("Heeft u
    ook 's nachts veel pijn?" over "Neem dan contact op …"): a heading's question is answered
    by its section, not taken up as an "if" by the sentence right under it."""
    return question.endswith("?") and _CONDITION_ANSWER.match(answer) is not None


# A question word that opens a heading's question ("Wat merkt u?", "Why wear them?"). A question
# that opens with its verb ("Heeft u vragen?", "Lukt het niet?") is mostly an "if" in running
# text, taken up by the sentence after it ("Bel ons.", "Dan kan …").
QUESTION_WORD = re.compile(
    r"(?:wat|waarom|wanneer|waar|waardoor|waarmee|waarvoor|hoe|hoeveel|hoelang|welke?|wie"
    r"|what|why|when|where|how|which|who)\b", re.IGNORECASE)


def starts_lower(text: str) -> bool:
    return bool(text) and text[0].islower()


def last_word(text: str) -> str:
    words = re.findall(r"[^\W\d_]+", text.lower())
    return words[-1] if words and re.search(r"[^\W\d_]$", text) else ""


def is_item_start(text: str) -> bool:
    return bool(BULLET.match(text) or NUMBERED.match(text))


def number_goes_on(text: str, following: str) -> bool:
    """Whether `following`, which opens with a number and a full stop ("10. Neem het dagboek
    mee"), goes on the sentence of `text` rather than numbering an item: `text` ends in a word
    no sentence ends with ("op een schaal van 0 tot") and the number opens no list (it is not
    1). A page break or a line's end that fell before such a number cut the sentence in two."""
    match = NUMBERED.match(following)
    return match is not None and int(match.group(1)) > 1 and not ends_sentence(text) \
        and last_word(text) in CONTINUATION_WORDS


def outline_follows(last: str, number: str) -> bool:
    """Whether an outline number comes right after another: "3" then "4" or "3.1", "4.2" then "5"
    (a trailing full stop, as ms sets "1.3.", aside)."""
    before, after = last.rstrip(".").split("."), number.rstrip(".").split(".")
    if after == before + ["1"]:
        return True
    depth = len(after)
    return depth <= len(before) and after[:-1] == before[:depth - 1] \
        and int(after[-1]) == int(before[depth - 1]) + 1


CLOSED_UP = "+"  # `append`'s glue for a word cut without a hyphen: its halves meet, nothing dropped


def append(logical: Logical, glue: str, line: Line) -> None:
    """`line` appended to `logical`: glue "" drops a typographic hyphen, glue ending in a
    space adds one; any other ("-", "/" kept, `CLOSED_UP`) puts the line right after."""
    text, start = logical.pieces[-1]
    if glue == "":  # a typographic hyphen: drop it
        logical.pieces[-1] = (text[:-1], start)
    elif glue.endswith(" "):
        logical.pieces[-1] = (text + " ", start)
    logical.pieces.append((line.text, line.start))
    logical.last = line


def filled_spans(lines: list[str]) -> list[tuple[int, int]]:
    """(first line, line after the last) of each run of filled lines: a plain text's blocks
    (`filled_runs` gives their line numbers instead)."""
    runs: list[tuple[int, int]] = []
    start = None
    for index, line in enumerate([*lines, ""]):
        if line.strip() and start is None:
            start = index
        elif not line.strip() and start is not None:
            runs.append((start, index))
            start = None
    return runs


def filled_runs(lines: list[str]) -> list[list[int]]:
    """The line numbers of each run of filled lines: `filled_spans` for readers that set
    lines of a run apart one by one."""
    return [list(range(start, end)) for start, end in filled_spans(lines)]
