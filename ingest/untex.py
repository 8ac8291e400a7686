"""A LaTeX document with its commands stripped (untex, detex, `pandoc -t latex` then a
stripper), kept as `.txt`, read as the Markdown of the page it was.

Red team 38 found untex's output of a pandoc LaTeX document read as plain text: the preamble's
leftovers (the arguments of `\\usepackage`, `\\hypersetup` and `\\setlength`: "unicode
hyperref", "pdfcreator= LaTeX via pandoc", "6pt plus 2pt minus 1pt") stood as the first
passage, and every heading as a line of text between its label's words: pandoc writes a section
as `\\hypertarget{id}{\\section{Title}\\label{id}}`, which a stripper leaves as "id   Title   id".
The title was the file's name.

Both leftovers are shapes no leaflet writes: a text that opens with lines of package names,
`key=value` options and TeX lengths and no word of prose; a paragraph that is a title between
its own identifier twice ("hoe-verloopt-het-herstel  Hoe verloopt het herstel?
hoe-verloopt-het-herstel"), the identifier pandoc makes of that title. The opening lines go,
each such paragraph is a heading (the first the title), and a paragraph set in (pandoc indents
an `\\item`'s text under it) is a list item where the text's other paragraphs are not.
"""

from __future__ import annotations

import re
import unicodedata

from ingest.markdown_escape import escaped_line_start

# Packages and classes a LaTeX preamble loads (pandoc's template and the common ones); a
# stripper keeps their names, the arguments of `\usepackage` and `\documentclass`.
_PACKAGES = frozenset("""
    article report book letter memoir scrartcl scrreprt scrbook beamer
    amsmath amssymb amsthm mathtools lmodern iftex ifxetex ifluatex fontenc inputenc textcomp unicode-math
    fontspec upquote microtype parskip xcolor color xurl url bookmark hyperref selnolig geometry graphicx
    longtable booktabs array calc multirow footnotehyper footnote fancyvrb babel polyglossia setspace
    csquotes etoolbox caption subcaption float enumitem tikz listings natbib biblatex ulem soul siunitx
    fancyhdr titlesec xltxtra xunicode framed tcolorbox hyphenat lastpage ragged2e tabularx
""".split())
_OPTION = re.compile(r"[\w-]+=\S*")  # "hidelinks=true", "pdfcreator=", "Scale=MatchLowercase"
_LENGTH = re.compile(r"[-+]?\d*\.?\d+(?:pt|em|ex|cm|mm|in|bp|sp|pc)")  # "6pt", "3em"
_FILE = re.compile(r"[\w-]+\.(?:sty|cls|tex)")
MIN_PACKAGES = 3  # one or two package names may be words of a text; three at its top are a preamble
# A word of prose: capitalised and then in small letters ("Verloskundigenpraktijk", "De").
_PROSE_WORD = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+")
MAX_CODE_WORDS = 4  # a longer line of small words alone is a sentence, not a preamble's residue
# A heading pandoc wrote as `\hypertarget{id}{\section{Title}\label{id}}`, stripped.
_TARGETED = re.compile(r"[ \t]*(?P<id>[^\s]+)[ \t]{2,}(?P<title>\S.*?)[ \t]{2,}(?P=id)[ \t]*")


def is_untex(text: str) -> bool:
    """Whether a text file is a LaTeX document with its commands stripped: it opens with a
    preamble's residue naming `MIN_PACKAGES` packages, and a heading between its identifiers follows."""
    end = _preamble_end(text.split("\n"))
    return bool(end) and any(_heading(paragraph) for paragraph in _paragraphs(text.split("\n")[end:]))


def untex_as_markdown(text: str) -> str:
    """The document as Markdown: without its preamble's residue, its headings as headings (the
    first as the title), its set-in paragraphs as list items, its other paragraphs as they stand."""
    lines = text.split("\n")
    paragraphs = _paragraphs(lines[_preamble_end(lines):])
    flush = any(not paragraph[0][:1].isspace() for paragraph in paragraphs if not _heading(paragraph))
    out: list[str] = []
    titled = False
    for paragraph in paragraphs:
        heading = _heading(paragraph)
        if heading:
            out += ["", ("## " if titled else "# ") + heading, ""]
            titled = True
        elif flush and all(line[:1].isspace() for line in paragraph):
            out.append("- " + " ".join(line.strip() for line in paragraph))
        else:
            out += ["", *(escaped_line_start(line.strip()) for line in paragraph), ""]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n") + "\n"


def _preamble_end(lines: list[str]) -> int:
    """The index of the first line after the preamble's residue: the opening lines that are
    blank or only package names, options, lengths and short words, with `MIN_PACKAGES` package
    names among them; 0 where the text opens otherwise."""
    packages: set[str] = set()
    end = 0
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        words = line.replace(",", " ").split()
        marked = [word for word in words if _is_preamble_word(word)]
        if any(_PROSE_WORD.fullmatch(word) for word in words) or not marked and len(words) > MAX_CODE_WORDS:
            break
        packages.update(word for word in words if word in _PACKAGES or _FILE.fullmatch(word))
        end = index + 1
    return end if len(packages) >= MIN_PACKAGES else 0


def _is_preamble_word(word: str) -> bool:
    return word in _PACKAGES or bool(_OPTION.fullmatch(word) or _LENGTH.fullmatch(word) or _FILE.fullmatch(word))


def _paragraphs(lines: list[str]) -> list[list[str]]:
    """The text's paragraphs, runs of lines with words, each line as it stands."""
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            paragraphs[-1].append(line.rstrip())
        elif paragraphs[-1]:
            paragraphs.append([])
    return [paragraph for paragraph in paragraphs if paragraph]


MAX_HEADING_CHARS = 400  # a heading between its identifiers twice; a longer paragraph is text (and the match costly)


def _heading(paragraph: list[str]) -> str:
    """The title a paragraph stands for where it is a heading between its identifier twice, the
    identifier pandoc makes of that title; else ""."""
    joined = " ".join(line.strip(" \t") for line in paragraph)
    target = _TARGETED.fullmatch(joined) if len(joined) <= MAX_HEADING_CHARS else None
    if target is None:
        return ""
    title = " ".join(target["title"].split())
    identifier = _unaccented(_identifier(title))
    return title if identifier and re.fullmatch(re.escape(identifier) + r"(?:-\d+)?", _unaccented(target["id"])) else ""


def _identifier(title: str) -> str:
    """The identifier pandoc makes of a heading's title: small letters, numbers, "_", "-" and
    "." kept, spaces as "-", all before the first letter dropped."""
    words = "".join(char for char in title.lower() if char.isalnum() or char in "_-. ")
    identifier = re.sub(r"\s+", "-", words.strip())
    return identifier[next((at for at, char in enumerate(identifier) if char.isalpha()), len(identifier)):]


def _unaccented(text: str) -> str:
    """`text` without accents: a stripper may leave them ("sarcoïdose") or take them off."""
    return "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))
