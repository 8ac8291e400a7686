"""Code in a programming language: no words of a leaflet to its reader.

A leaflet written as a notebook (Jupyter, saved as Markdown by jupytext; MyST, R Markdown,
Quarto) holds the code that made its tables and figures ("import pandas as pd", a DataFrame of
the rows) beside its text; the rendered leaflet shows the code's output, which the Markdown does
not hold. Read as text, the code became a passage, cited to a patient. A block is code where its
author named a programming language for it: a fence's info string ("```python", "```{r setup}",
"```{code-cell} ipython3", "``` {.python .numberLines}"), an HTML listing's class
("language-python", "sourceCode r", Sphinx's "highlight-python"). Pygments knows the names
(`find_lexer_class_by_name`); its lexers of prose and markup ("text", "markdown", "rst",
"output", "email") name no program, so such a block, and one with no name, stays: a leaflet's
preformatted text (an ASCII table, an address) is fenced so.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pygments.lexers import find_lexer_class_by_name
from pygments.util import ClassNotFound

from ingest.fences import fenced_blocks

# Pygments' modules whose lexers read prose or a text markup, not a program.
_PROSE_LEXER_MODULES = frozenset({"pygments.lexers.special", "pygments.lexers.markup", "pygments.lexers.email",
                                  "pygments.lexers.textfmts"})
# Kernels' names that Pygments knows only through IPython's own lexer (MyST's "{code-cell} ipython3").
_KERNEL_NAMES = frozenset({"ipython", "ipython2", "ipython3"})
# MyST's and Sphinx's directives that hold code, whatever language follows them.
_CODE_DIRECTIVES = frozenset({"code-cell", "code-block", "code", "sourcecode"})
# An info string's first word: after "{" (R Markdown, Quarto, MyST) and a "." (pandoc's class);
# a "=" opens pandoc's raw block ("{=html}"), markup the page shows, no program.
_INFO_WORD = re.compile(r"\s*\{?\s*\.?([^\s{}.,=][^\s{},]*)")
# An HTML listing's class that names its language: highlight.js, Prism and Markdown renderers'
# "language-python" ("lang-python"), GitHub's "highlight-source-python", Sphinx's "highlight-python".
_CLASS_LANGUAGE = re.compile(r"(?:language|lang|highlight-source|highlight)-(.+)")


@lru_cache(maxsize=256)
def is_program_language(name: str) -> bool:
    """Whether `name` (case aside) names a programming, query or data language, not prose."""
    name = name.strip().lower()
    if name in _KERNEL_NAMES:
        return True
    try:
        lexer = find_lexer_class_by_name(name)
    except (ClassNotFound, ValueError):
        return False
    return lexer.__module__ not in _PROSE_LEXER_MODULES


def is_code_info(info: str) -> bool:
    """Whether a fence's info string marks its block as a program's code (see above)."""
    first = _INFO_WORD.match(info)
    if not first:
        return False
    word = first.group(1)
    if word.lower() in _CODE_DIRECTIVES and info.lstrip().startswith("{"):
        return True
    return is_program_language(word)


def without_code_blocks(text: str) -> str:
    """Markdown with each fenced block of a program's code (`is_code_info`) left out, fences
    included; its lines stay, empty, so the text around it keeps its lines."""
    lines = text.split("\n")
    for block in fenced_blocks(lines):
        if is_code_info(block.info):
            lines[block.first:block.last + 1] = [""] * (block.last + 1 - block.first)
    return "\n".join(lines)


# The class that tells a listing's other classes name its language: pandoc's "sourceCode python",
# docutils' "code python literal-block".
_LISTING_CLASSES = frozenset({"sourceCode", "code"})


def is_code_class(classes: str) -> bool:
    """Whether an HTML element's class attribute names a programming language for it
    (`_CLASS_LANGUAGE`, `_LISTING_CLASSES`)."""
    names = classes.split()
    named = [found.group(1) for found in map(_CLASS_LANGUAGE.fullmatch, names) if found]
    if _LISTING_CLASSES.intersection(names):
        named += [name for name in names if name not in _LISTING_CLASSES]
    return any(is_program_language(name) for name in named)


# ---------------------------------------------------------------- a program's lines in plain text

# A page's script or style that a reader of the DOM kept as text (htmlparser2's `textContent` of
# `<body>` holds its `<script>`s; htmlement's `itertext` too): statements no leaflet writes.
_IDENTIFIER = r"[A-Za-z_$][\w$]*"
_DOTTED = rf"{_IDENTIFIER}(?:\.{_IDENTIFIER})+"  # "pipwerks.SCORM.set", "document.body.className"
_STRING = r"(?:\"[^\"\n]*\"|'[^'\n]*')"
_DECLARATION = r"[\w-]+\s*:[^;{}]+"  # a style rule's "margin: 0"
# A statement of JavaScript on its line: a declaration ("var score = 0;"), a function's head
# ("function next() {"), a call or assignment on an object's member, written with no space before
# its bracket ("pipwerks.SCORM.save();", "document.body.className+=\" js\""), a control statement's
# head ("if (x) {") and its block on the same line ("if (slides.length) { setInterval(next, 8000); }",
# a narrowcasting page's player, domino's `textContent`, red team 54), "return …;", and braces closing a block ("}", "});").
_STATEMENT = re.compile(
    rf"(?:var|let|const)\s+{_IDENTIFIER}\s*=[^=].*;"
    rf"|(?:async\s+)?function\s*{_IDENTIFIER}?\s*\([^()]*\)\s*\{{.*"
    rf"|{_DOTTED}\((?:.*\))?\s*;?(?:\s*\}})*"
    rf"|{_DOTTED}(?:\[[^\]]*\])?\s*[-+*/|&]?=(?!=)\s*(?:{_STRING}|[\w$.-]+|[^;]*;)\s*;?"
    rf"|(?:if|for|while|switch)\s*\(.*\)\s*\{{.*"
    rf"|return(?:\s+[\w$.()\[\]\"']+)?\s*;|\}}\s*(?:else\b.*)?|\}}\s*\)\s*;?"
    # a style sheet's rule on its line: a selector, then declarations in braces ("body { margin: 0; }"),
    # a ";" between each two (where it was optional, "a:b a:b …" split every way, left open exponential)
    rf"|[\w.#\-\s,:>*\[\]=\"']+\{{\s*{_DECLARATION}(?:;\s*{_DECLARATION})*;?\s*\}}")
# A statement glued to the text after it, where a reader ran an inline script into the page's
# first words (htmlement's `itertext`: "document.body.className+=\" js\"Skip navigation…").
_GLUED_STATEMENT = re.compile(rf"[ \t]*{_DOTTED}\s*[-+*/]?=\s*{_STRING}\s*;?(?=[^\W\d_])")


def is_program_line(line: str) -> bool:
    """Whether a whole line is a statement of a page's script or style sheet (`_STATEMENT`)."""
    text = " ".join(line.split())
    return bool(text) and bool(_STATEMENT.fullmatch(text))


def without_program_lines(text: str) -> str:
    """Plain text without the lines of a page's script and style that the tool which made it
    kept (`is_program_line`), and without a statement glued before a line's words
    (`_GLUED_STATEMENT`); each line taken out stays, empty. Left in, an e-learning player's
    `function next() { pipwerks.SCORM.set(…) }` closed the leaflet's contact passage."""
    lines = text.split("\n")
    kept = ["" if is_program_line(line) else _GLUED_STATEMENT.sub("", line, count=1) if _GLUED_STATEMENT.match(line)
            else line for line in lines]
    return text if kept == lines else "\n".join(kept)
