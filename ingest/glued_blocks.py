"""A web page's text whose blocks a reader glued together, set a block a line again.

A reader of the DOM that joins its text nodes with nothing between them (htmlement's
`itertext`, w3lib's `remove_tags`, a `textContent` of elements with no whitespace between them)
runs each block's last word into the next block's first: "… from 8.30 am to 4.30 pm.Last
updated: 12 December 2025Next »Made with eXeLearning (new window)", "… through sex.SymptomsSymptoms
start …". Headings ran into paragraphs, the menu into the title, and the date line into the
contact sentence, where no date was read (red team 47). A sentence's end run into a capital
("pm.Last") is that glue's mark: a text shows it a few times or more (`MIN_SENTENCE_SEAMS`), and
there every such seam, and every other seam where a block's words meet, parts two lines:
- a word in lower case run into a capital word, where both are words the text writes apart
  elsewhere ("vaccinationHepatitis", "SymptomsSymptoms"), so a name written with a capital
  inside it ("WhatsApp", "eXeLearning") stays whole;
- a year or a number run into a capital word ("2025Next"), a link's arrow run into the
  next link ("Next »Made"), a bracket's close run into a capital word ("(NVHP)Nijkerk"), and a
  list's item that ends in ";" run into the next ("tired;nausea").
A heading glued there stands after a sentence and before the next: a short capitalised phrase
without end punctuation run into a sentence's first word ("… verder. HoofdletselHeb je …", where
a word the text writes nowhere else parts where both parts are everyday words and the whole is
none), or a short question run into one ("… doen. Wat is hemofilie?Bij …"). It is set a line of its
own, on both sides, so the text's heading rules can take it (red team 50). A line that is one run
written twice ("X X", a TEI header's publisher and its authority) is one.

A Word file's text that a reader wrote with every paragraph run into the next (docx-parser: one
line of thousands of characters, red team 56) shows seams the rules above leave, as a web page's
blocks seldom do: a heading or a list's colon run into its first item, which opens in lower case
("Welke klachten kunt u hebben?tintelingen …;pijn …", "Bel ons direct als:de wond …;"), an item
that ends in a unit's sign ("38,5 °C;de pijn"), a title run into its sender ("… bij de
elleboogAfdeling …") and a name run into the date line ("Rivierenland TielLaatst bijgewerkt:").
Only such a line (`is_paragraph_run`: long, and a sentence seam every few hundred characters) is
cut there too; a leaflet whose paragraph is one long line with its sentences a space apart is not.
"""

from __future__ import annotations

import re

from ingest.clean.lines import ends_sentence
from ingest.dates import UPDATED_PATTERN

# A sentence's end run into the next block's capital ("pm.Last", "A?Hepatitis", "chronic.Who").
_SENTENCE_SEAM = re.compile(r"(?:(?<=[^\W\d_][.?!])|(?<=[)\"”’][.?!]))(?=[A-Z][^\W\d_])")
MIN_SENTENCE_SEAMS = 3  # one or two may be a typing slip ("gezicht.De"); a glued page has a seam a block
# Where a lower-case letter runs into a capital inside a word ("vaccination|Hepatitis").
_CASE_SEAM = re.compile(r"(?<=[^\W\d_A-Z])(?=[A-Z])")
# A word the text writes nowhere else still parts from the next, which it does write apart,
# where it is this long ("navigation|Hepatitis", "effects|The"); "LinkedIn" holds one of three.
MIN_PART_LETTERS = 4
# A number run into a capital word ("2025Next", "30Contact"), an arrow into a link ("»Made").
_OTHER_SEAM = re.compile(
    r"(?<=\d)(?=[A-Z][^\W\d_A-Z])|(?<=[»›])(?=[A-Z])|(?<=[^\W\d_]\))(?=[A-Z][^\W\d_])|(?<=[^\W\d_]{2};)(?=[^\W\d_])")
_WORDS = re.compile(r"[^\W\d_]+")
# Where a table's glued cells part: a lower-case letter run into a capital word, a word into a number.
_CELL_SEAM = re.compile(r"(?<=[^\W\d_A-Z])(?=[A-Z][^\W\d_A-Z])|(?<=[^\W\d_])(?=\d)")
MIN_TABLE_VALUES = 3  # rows whose value a number opens, glued to the label before it
MAX_HEADING_WORDS = 8  # a heading set apart is a short phrase or question, not a sentence
# A short question after a sentence's end, glued to the next block's capital ("doen. Wat is X?Bij").
_QUESTION_BEFORE_SEAM = re.compile(r"(?<=[.?!]) ([A-Z][^.?!:;\n]*\?)(?=[A-Z][^\W\d_])")
# Where a heading phrase can start: a line's start or a sentence's end and a space.
_PHRASE_START = re.compile(r"(?:^|(?<=[.?!] ))(?=[A-Z])")
# A heading phrase: words of letters (a hyphen inside), a space apart.
_PHRASE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*(?: [^\W\d_]+(?:-[^\W\d_]+)*)*")
# A sentence follows a seam where its first word runs on to an end mark on the same line. The
# word is one word: one with a capital inside ("Wat|WanneerDrukverband erafna 2 dagen…") is a
# table's cells glued, where "Wat" was no heading.
_SENTENCE_AFTER = re.compile(r"[A-Z](?:[^\W\d_A-Z]*|[A-Z]*)[ ,][^\n]*?[.?!](?:\s|$)")
MIN_NAME_PART_LETTERS = 2  # "e|Health", "i|Phone": a letter before a capital opens a name, not a block
EVERYDAY_ZIPF = 2.0  # wordfreq's scale: a word met at least once per ten million words
# A line of paragraphs run together: this long at least, with a sentence seam every so many characters.
MIN_PARAGRAPH_RUN_CHARS = 1000
MAX_CHARS_PER_SEAM = 500
FUNCTION_WORD_ZIPF = 6.2  # "mijn", "my", "your": no paragraph ends in one; "leven", "doen" may
MAX_DATE_LINE_CHARS = 100  # "Laatst gewijzigd door Anne Bakker op 17 februari 2026" and some
MAX_WORD_CHARS = 100  # the longest word looked back on from a seam
# A heading's question or a list's colon run into its first item, which opens in lower case and
# ends in ";" ("hebben?tintelingen …;", "als:de wond …;").
_LIST_OPENS = re.compile(r"(?<=[^\W\d_][:?])(?=[^\W\d_A-Z][^.?!:;\n]*;)")
# A list's item that ends in a sign and a letter ("38,5 °C;de"), run into the next item.
_SIGN_ITEM_SEAM = re.compile(r"(?<=[^\w\s][^\W\d_];)(?=[^\W\d_A-Z])")
# A table's cells glued: a letter run into a number or back ("ernstig1", "2 dagenHechtingen"
# shows the other), a lower-case letter into a capital.
_TABLE_GLUE = re.compile(r"[^\W\d_]\d|\d[^\W\d_]|[^\W\d_A-Z][A-Z]")
# A word in lower case, or a capital word, run into a capital word that opens the next paragraph.
_PARAGRAPH_SEAM = re.compile(r"(?<=[^\W\d_])(?=[A-Z][^\W\d_A-Z]+ [^\W\d_])")


def is_glued(text: str) -> bool:
    """Whether a text shows the glue of a reader that ran its blocks together (see above)."""
    return len(_SENTENCE_SEAM.findall(text)) >= MIN_SENTENCE_SEAMS


def unglued_blocks(text: str) -> str:
    """`text` with each glued block on a line of its own, where the text is glued (`is_glued`);
    else the text unchanged."""
    if not is_glued(text):
        return text
    text = "\n".join(_table_rows(line) for line in text.split("\n"))
    words = {word.casefold() for word in _WORDS.findall(text)}  # each glued word counts as one
    return "\n".join(_line_unglued(line, words) for line in text.split("\n"))


def _line_unglued(line: str, words: set[str]) -> str:
    """One line of a glued text with each block on a line of its own. A line of paragraphs run
    together (`is_paragraph_run`) is cut at its paragraphs' seams last, once the heading rules
    took theirs: cut first at "leven|Sporten", "… sufheid. Sporten en dagelijks leven" was no
    heading on a line of its own."""
    lines = _QUESTION_BEFORE_SEAM.sub(_question_apart, line).split("\n")
    lines = "\n".join(_OTHER_SEAM.sub("\n", _SENTENCE_SEAM.sub("\n", part)) for part in lines).split("\n")
    lines = [_headings_apart(part, words) for part in lines]  # a line each: `^` is its start
    lines = "\n".join(_WORDS.sub(lambda match: _parted(match.group(), words), part) for part in lines).split("\n")
    if is_paragraph_run(line):
        lines = "\n".join(_paragraphs_apart(part, words) for part in lines).split("\n")
    return "\n".join(_once(part) for part in lines)


def is_paragraph_run(line: str) -> bool:
    """Whether a line is many paragraphs run together (a Word file's text with no break between
    them): long, and a sentence's end run into a capital every few hundred characters at most."""
    return len(line) >= MIN_PARAGRAPH_RUN_CHARS and len(_SENTENCE_SEAM.findall(line)) * MAX_CHARS_PER_SEAM >= len(line)


def _paragraphs_apart(line: str, words: set[str]) -> str:
    """A line of paragraphs run together (`is_paragraph_run`) cut where a list opens in lower case
    after its heading or colon, where an item ending in a sign runs into the next, and where a word
    runs into the next paragraph (`_is_paragraph_seam`)."""
    out: list[str] = []
    for part in _SIGN_ITEM_SEAM.sub("\n", _LIST_OPENS.sub("\n", line)).split("\n"):
        glue = [found.start() for found in _TABLE_GLUE.finditer(part)]
        start, seen, last_glue = 0, 0, -1
        for seam in _PARAGRAPH_SEAM.finditer(part):
            while seen < len(glue) and glue[seen] < seam.start() - 1:  # the seam's own glue is not counted
                last_glue, seen = glue[seen], seen + 1
            if _is_paragraph_seam(part, seam.start(), words, clean=last_glue < start):
                out.append(part[start:seam.start()])
                start = seam.start()
        out.append(part[start:])
    return "\n".join(out)


def _is_paragraph_seam(line: str, at: int, words: set[str], clean: bool) -> bool:
    """Whether the capital word at `at`, glued to the word before, opens a paragraph: a date line
    ("TielLaatst bijgewerkt: maart 2026"), or, where the paragraph before is `clean` of a table's
    glue, a word in everyday use after one in lower case where the two glued are none
    ("elleboog|Afdeling"). A table's cells glued ("Ernstigminder dan 1 procentvaak …") part no
    row there: the row before stood as a heading. A capital word glued to a capital word is a name
    written so ("HartslagNu", "McDonald", "WhatsApp"), and so is one after a letter ("iPhone") or
    after a word that ends no paragraph, a pronoun's or an article's ("mijnRadboud", "myChart").
    A part is known where the text writes it apart elsewhere or it is in everyday use; the glued
    word is in the text's words as it stands, so only everyday use tells that it is one word."""
    after = _OTHER_SEAM.split(line[at:at + MAX_DATE_LINE_CHARS], 1)[0]  # "2026|Wat": a date ends at a word's end
    if UPDATED_PATTERN.match(after):  # a slice: `\b` finds no word's start between "l" and "L"
        return True
    left = re.search(r"[^\W\d_]*$", line[max(0, at - MAX_WORD_CHARS):at]).group()  # a window: linear
    right = re.match(r"[^\W\d_]*", line[at:]).group()
    if not clean or left[:1].isupper() or len(left) < MIN_PART_LETTERS:
        return False
    known = [word.casefold() in words or _everyday(word) for word in (left, right)]
    return all(known) and not _everyday(left + right) and _zipf(left) < FUNCTION_WORD_ZIPF


def _table_rows(line: str) -> str:
    """A table's cells glued into one line ("KlachtDuurOorontsteking4 dagenKeelpijn1 week…") set
    a row a line, its cells two spaces apart, as plain text sets a table (`ingest.clean.tables`);
    else the line unchanged. Its cells part where a lower-case letter runs into a capital word
    and where a word runs into a number; a cell that a number opens, so glued, is a value, and
    `MIN_TABLE_VALUES` of them or more, every so many cells and the last cell one, tell its rows
    (as many cells a row as between two values) and that the header row is whole. Parted at its
    word seams alone, the table's last row ("Hoesten3 weken") was a heading (red team 54)."""
    cells = _CELL_SEAM.split(line.strip())
    values = [index for index, cell in enumerate(cells) if index and cell[:1].isdigit()]
    if len(values) < MIN_TABLE_VALUES or values[-1] != len(cells) - 1:
        return line
    width = values[1] - values[0]
    if width < 2 or len(cells) % width or any(b - a != width for a, b in zip(values, values[1:])) \
            or any(len(cell.split()) > MAX_HEADING_WORDS or ends_sentence(cell) for cell in cells):
        return line
    return "\n".join("  ".join(cells[at:at + width]) for at in range(0, len(cells), width))


def _question_apart(found: re.Match[str]) -> str:
    """A short question glued to the next block, on a line of its own after the sentence before."""
    question = found.group(1)
    return "\n" + question if len(question.split()) <= MAX_HEADING_WORDS else found.group()


def _headings_apart(line: str, words: set[str]) -> str:
    """`line` with each short capitalised phrase that a case seam glues to a sentence's first word
    ("… verder. HoofdletselHeb je …") on a line of its own."""
    cuts: list[int] = []
    for start in _PHRASE_START.finditer(line):
        phrase = _PHRASE.match(line, start.start())
        if not phrase:
            continue
        for seam in _CASE_SEAM.finditer(phrase.group()):
            at = start.start() + seam.start()
            head = line[start.start():at]
            if len(head.split()) > MAX_HEADING_WORDS or not _SENTENCE_AFTER.match(line, at):
                continue
            if _apart_at(line, at, words, start.start()):
                cuts += [start.start(), at]
            break  # the phrase's first seam ends it: a word glued further on is the sentence's
    out, last = [], 0
    for cut in sorted(set(cuts) - {0}):
        out += [line[last:cut].rstrip(" "), "\n"]
        last = cut
    return "".join(out) + line[last:]


def _apart_at(line: str, at: int, words: set[str], phrase_start: int) -> bool:
    """Whether the glued word around `at` parts there: as `_parted` would part it, or where both
    parts are everyday words and the glued word is none ("Hoofdletsel|Heb", not "Whats|App").
    A capital word inside the phrase (`phrase_start` where it starts) that a capital inside it
    parts is a name written so ("… aanmeldt bij HartslagNu, krijgt u …": the app's name, whose
    halves are everyday words, red team 54), as one that a letter opens ("eHealth", "iPhone") is:
    cut there, a sentence's first half was made a heading. No heading ends in a pronoun or an
    article ("Log in op mijn|Radboud": a patient portal's name)."""
    glued = re.search(r"[^\W\d_]*$", line[:at])
    left = _CASE_SEAM.split(glued.group())[-1]
    right = _CASE_SEAM.split(re.match(r"[^\W\d_]*", line[at:]).group())[0]
    if right.casefold() in words and (left.casefold() in words or len(left) >= MIN_PART_LETTERS):
        return True
    if len(left) < MIN_NAME_PART_LETTERS or left[:1].isupper() and glued.start() != phrase_start:
        return False
    return _everyday(left) and _everyday(right) and not _everyday(left + right) and _zipf(left) < FUNCTION_WORD_ZIPF


def _everyday(word: str) -> bool:
    """Whether a word is in everyday Dutch or English use (`wordfreq`, loaded only for a glued
    text's heading)."""
    return _zipf(word) >= EVERYDAY_ZIPF


def _zipf(word: str) -> float:
    """How often a word is met in Dutch or English, the more often of the two (wordfreq's scale)."""
    import wordfreq

    return max(wordfreq.zipf_frequency(word, language) for language in ("nl", "en"))


def _once(line: str) -> str:
    """A line that is one run written twice, a space apart ("X X"), as the run once."""
    half = line[: (len(line) - 1) // 2]
    return half if len(line) % 2 == 1 and line == f"{half} {half}" and len(half.split()) > 1 else line


def _parted(word: str, words: set[str]) -> str:
    """A word glued of several at its case seams (`_CASE_SEAM`), each seam a line break where
    the text writes the parts on both sides of it apart elsewhere (`words`)."""
    parts = _CASE_SEAM.split(word)
    if len(parts) == 1:
        return word
    out = parts[0]
    for part in parts[1:]:
        left = out.rsplit("\n", 1)[-1]
        apart = part.casefold() in words and (left.casefold() in words or len(left) >= MIN_PART_LETTERS)
        out += ("\n" if apart else "") + part
    return out
