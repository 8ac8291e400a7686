"""A plain text's title set in a frame of rules at its top (`framed_title`), and its sections' titles
framed so below it (`framed_headings`).

Emacs Org's ASCII export (`org-ascii-export-to-ascii`) opens with the document's title
centred in capitals between two rules, with its author (and e-mail) under it, and its date
centred under the frame. Left in, the rules, the author and the date were the leaflet's
first passage, and the title in capitals was no title: the leaflet kept its file's name.

AsciiDoc's `a2x -f text` frames its title so, and each section's title too (`framed_headings`):
those rules were text, and the sections' titles no headings to cite the passages by.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

# A rule: a run of one mark (Org writes "_" in ASCII and Latin-1, "━" or "─" in UTF-8).
_RULE = re.compile(r"[ \t]*([_=\-~*━─═])\1{5,}[ \t]*")
MAX_FRAMED_LINES = 4  # the title, a subtitle, an author, an e-mail address
MAX_FRAMED_WORDS = 12  # a title, not a paragraph
MIN_CENTRED_INDENT = 8  # a line centred under the frame (its date); body text stands further left
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
MAX_ABBREVIATION_LETTERS = 5  # "COPD", "MRSA", "COVID": longer, a word the text never writes is shouted
# How common (wordfreq's Zipf, Dutch or English) a short word must be to be taken for a word
# shouted rather than an abbreviation, where the text never writes it: "leven", "pijn", "jong"
# 5-6, "voor" 7; "MRSA", "COPD", "HIV", "CT" 2.7-4.2 (counted as the words they are spoken as).
SHOUTED_WORD_ZIPF = 4.5
# A word inside a sentence: after a word, a comma or a bracket on its line, not at its start.
_INNER_WORD = re.compile(r"(?<=[\w,;)] )[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass(frozen=True)
class FramedTitle:
    """A text without its title frame, the title it framed and the frame's other lines."""

    text: str
    title: str
    furniture: tuple[str, ...]


def framed_title(text: str) -> FramedTitle:
    """The title the text's first lines frame between two rules of one mark ("____"), and
    the text with that title, alone, in the frame's place: the rules, the other lines in it
    and the centred lines right under it (Org's date) are blank and come back as furniture
    (the date may still date the leaflet). The first framed line is the title; in capitals,
    it takes the case the text writes its words in (`unshouted`). A text that opens
    otherwise comes back as it is."""
    lines = text.split("\n")
    frame = _frame(lines)
    if frame is None:
        return FramedTitle(text, "", ())
    first, last = frame
    end = _centred_after(lines, last + 1)
    inside = [line.strip() for line in lines[first + 1:last] if line.strip()]
    furniture = tuple(inside[1:] + [line.strip() for line in lines[last + 1:end] if line.strip()])
    title = unshouted(inside[0], "\n".join(lines[end:]))
    body = [*[""] * first, title, *[""] * (end - first - 1), *lines[end:]]
    return FramedTitle("\n".join(body), title, furniture)


def _frame(lines: list[str]) -> tuple[int, int] | None:
    """Where the opening rule and the rule that closes it stand: the first line that is not
    blank is a rule, the same mark closes it, and one to `MAX_FRAMED_LINES` short lines stand
    between."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    opening = _RULE.fullmatch(lines[filled[0]]) if filled else None
    if opening is None:
        return None
    for count, index in enumerate(filled[1:MAX_FRAMED_LINES + 2]):
        closing = _RULE.fullmatch(lines[index])
        if closing:
            return (filled[0], index) if count and closing.group(1) == opening.group(1) else None
        if len(lines[index].split()) > MAX_FRAMED_WORDS:
            return None
    return None


def _centred_after(lines: list[str], start: int) -> int:
    """The end of the blank and centred lines from `start` on (Org's date under the frame)."""
    end = start
    for index in range(start, len(lines)):
        line = lines[index]
        if line.strip() and (len(line) - len(line.lstrip()) < MIN_CENTRED_INDENT
                             or len(line.split()) > MAX_FRAMED_WORDS):
            break
        end = index + 1
    return end


def unshouted(title: str, text: str, unsure_as_is: bool = False) -> str:
    """A title in capitals ("STOTTEREN BIJ JONGE KINDEREN") with each word in the case the
    text writes it in most often, where in capitals among small letters (an abbreviation,
    however long: "CADASIL") or inside a sentence ("Stotteren bij jonge kinderen"). A word
    the text writes nowhere goes to small letters where it is longer than an abbreviation
    (podofotxt2pdf's "KWALLENSTEEK", a word the text writes only in its plural) or a common
    word ("LEVEN MET CADASIL"); a short rare one stays in capitals ("COPD EN MRSA"). Its first
    word starts with a capital. A title not in capitals comes back as it is, and so, with
    `unsure_as_is`, does one with such a short rare word: "VERRE" in "JETLAG: TIPS VOOR VERRE
    REIZEN" is as rare as "HIV", and only the writer knows which is a word."""
    if title.upper() != title or title.lower() == title:
        return title
    forms: dict[str, Counter[str]] = {}
    for word in _INNER_WORD.findall(text):
        if word.upper() != word:
            forms.setdefault(word.casefold(), Counter())[word] += 1
    for word, count in Counter(_capitals(text, title)).items():
        forms.setdefault(word.casefold(), Counter())[word] += count

    def recased(found: re.Match[str]) -> str:
        counted = forms.get(found.group().casefold())
        if counted:
            return counted.most_common(1)[0][0]
        if len(found.group()) <= MAX_ABBREVIATION_LETTERS and not _everyday(found.group()):
            unsure.append(found.group())
            return found.group()
        return found.group().lower()

    unsure: list[str] = []
    cased = _WORD.sub(recased, title)
    if unsure and unsure_as_is:
        return title
    return cased[:1].upper() + cased[1:]


def _everyday(word: str) -> bool:
    """Whether a word is common in Dutch or English (`wordfreq`, loaded only for a title in
    capitals with a short word the text never writes)."""
    import wordfreq

    return max(wordfreq.zipf_frequency(word, language) for language in ("nl", "en")) >= SHOUTED_WORD_ZIPF


def _capitals(text: str, title: str) -> list[str]:
    """The words of two letters or more the text writes in capitals on a line with small
    letters ("Bij CADASIL ...", "MRI-scan") and never in small letters: its abbreviations. A
    line all in capitals is a heading shouted ("WAT IS EEN KWALLENSTEEK?"), a line that repeats
    the title a running header or footer ("STOTTEREN BIJ JONGE KINDEREN pagina 2 van 3"), and a
    word also written small is stressed ("Blijf NUCHTER"): none says how the word is spelled."""
    words = re.findall(r"[^\W\d_]{2,}", text)
    small = {word.casefold() for word in words if not word.isupper()}
    shouted = " ".join(title.split()).casefold()
    return [word for line in text.split("\n")
            if line.upper() != line and shouted not in " ".join(line.split()).casefold()
            for word in re.findall(r"[^\W\d_]{2,}", line) if word.isupper() and word.casefold() not in small]


# A framed heading's level: under the title (1), as the sections of a leaflet stand; a heading
# ruled under only is one below it (a2x's subsection).
TITLE_LEVEL = 1
FRAMED_HEADING_LEVEL = 2
RULED_HEADING_LEVEL = 3
# Framed lines that make a text's headings framed ones: told of headings, the reader takes no
# other, so one warning boxed in rules ("LET OP") must not rule out every heading of the leaflet.
MIN_FRAMED_HEADINGS = 2


def framed_headings(text: str, title: str = "") -> tuple[str, dict[str, int]]:
    """The text without the rules that frame its section headings, and those headings by level
    (with the `title` that `framed_title` found over them), for `split_lines` to read as the
    format's own. AsciiDoc's `a2x -f text` (DocBook through w3m, its `text.xsl`) sets each
    section's title alone between two rules of dashes, blank lines round them ("-----",
    "1. Wat is ...?", "-----"), and a subsection's over a short rule ("1.1. Oorzaak", "-----").
    Left in, the rules were text and the titles were not headings (a numbered one read as a
    list's item): the passages had none to be cited by. Told of headings, the reader takes
    no other, so the title and the subsections must be among them.

    A framed heading is one short line that ends no sentence, between two rules drawn alike
    (`_frames`). Only in a text with such frames is a heading-shaped line ruled under a
    subsection's (`_ruled_under`), and a rule drawn as a frame's that stands alone the same
    tool's separator (a2x's under the title page). Each rule's line stays, empty, as
    `framed_title` leaves its frame. A text with fewer than `MIN_FRAMED_HEADINGS` comes back as it is: a
    leaflet's own rules (between paragraphs, under a heading) are left to cleaning."""
    lines = text.split("\n")
    frames = _frames(lines)
    if len(frames) < MIN_FRAMED_HEADINGS:
        return text, {}
    drawn = {lines[above].strip() for above, _, _ in frames}
    ruled = _ruled_under(lines, drawn)
    headings = {" ".join(lines[at].split()): RULED_HEADING_LEVEL for at, _ in ruled}
    headings |= {" ".join(lines[at].split()): FRAMED_HEADING_LEVEL for _, at, _ in frames}
    rules = [rule for above, _, below in frames for rule in (above, below)] + [rule for _, rule in ruled]
    for index in rules + _lone_rules(lines, drawn):
        lines[index] = ""
    return "\n".join(lines), headings | ({" ".join(title.split()): TITLE_LEVEL} if title.strip() else {})


def _frames(lines: list[str]) -> list[tuple[int, int, int]]:
    """(opening rule, heading, closing rule) of each framed heading: a short line that ends no
    sentence (`_heading_shaped`) between two filled lines that are one rule drawn twice
    (`_drawn_alike`). A rule shared by two such lines frames neither (short lines parted by
    rules, a leaflet's own), and one right under a line of text underlines it."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    found = [(above, at, below) for above, at, below in zip(filled, filled[1:], filled[2:])
             if _drawn_alike(lines, above, below) and _heading_shaped(lines[at])]
    used = Counter(rule for above, _, below in found for rule in (above, below))
    return [frame for frame in found if used[frame[0]] == used[frame[2]] == 1]


def _drawn_alike(lines: list[str], above: int, below: int) -> bool:
    """Whether lines `above` and `below` are one rule drawn twice, the same mark as long, the
    first with nothing right over it (a rule right under a line of text underlines it)."""
    opening, closing = _RULE.fullmatch(lines[above]), _RULE.fullmatch(lines[below])
    return bool(opening and closing) and lines[above].strip() == lines[below].strip() \
        and not _filled(lines, above - 1)


def _heading_shaped(line: str) -> bool:
    """Whether a line may be a section's title: a few words (`MAX_FRAMED_WORDS`), no rule, and
    no full stop at its end (a sentence's); a question's mark ("Hoe merkt u het?") or none."""
    text = line.strip()
    return not _RULE.fullmatch(line) and len(text.split()) <= MAX_FRAMED_WORDS and not text.endswith(".")


def _ruled_under(lines: list[str], drawn: set[str]) -> list[tuple[int, int]]:
    """(heading, rule) of each heading ruled under only: a heading-shaped line after a blank
    line, the next filled line a rule not drawn as a frame's (`drawn`), with a blank line under
    it. The rule is of a frame's mark, as a2x sets a subsection's (`<hr width="100">`: shorter,
    a blank line over it), or right under the line, underlining it (reStructuredText's "-----"
    under sections framed in "====="): a rule of another mark after a blank line is a leaflet's
    own separator, and the line over it ("Succes!") no heading."""
    marks = {rule[0] for rule in drawn}
    filled = [index for index, line in enumerate(lines) if line.strip()]
    return [(at, rule) for at, rule in zip(filled, filled[1:])
            if _RULE.fullmatch(lines[rule]) and lines[rule].strip() not in drawn
            and (lines[rule].strip()[0] in marks or rule == at + 1)
            and not _filled(lines, at - 1) and not _filled(lines, rule + 1) and _heading_shaped(lines[at])]


def _lone_rules(lines: list[str], drawn: set[str]) -> list[int]:
    """The lines that are a rule drawn as a frame's (`drawn`), blank lines over and under it."""
    return [index for index, line in enumerate(lines)
            if line.strip() in drawn and not _filled(lines, index - 1) and not _filled(lines, index + 1)]


def _filled(lines: list[str], index: int) -> bool:
    """Whether line `index` is there and holds anything (none stands before the first or after
    the last)."""
    return 0 <= index < len(lines) and bool(lines[index].strip())
