"""reStructuredText leaflets, rendered by docutils and read as the web page it makes.

An RST file (`.rst`, or one kept as `.txt`) marks its title, sections, metadata, tables and
warnings with signs that the plain-text reader takes for words: a comment
(".. Opmerking redactie: ...") became a cited answer, a `.. list-table::` lost its rows and
a field list opened the first passage (red team 22). docutils, the reference parser, knows
every construct; what it renders goes through the HTML reader, so an RST leaflet comes out
as a web page does (title, headings, table rows, the warning's text, the date in its
docinfo), and what it does not render (a comment) is no text.

A `.txt` is taken for RST only on several of its unmistakable signs together, so plain text
with a line of "====" under a heading stays plain text. docutils runs quietly and safely:
no file insertion, no raw HTML, no stylesheet, never halting; where it fails anyway, the
caller reads the file as plain text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from ingest.language import guess_language

RST_SUFFIXES = frozenset({".rst", ".rest"})
# The signs of RST, each a kind of its own; plain text shows at most one by chance.
_DIRECTIVE = re.compile(r"^\.\. [\w.:+-]+::(?:[ \t]|$)", re.MULTILINE)  # ".. warning::"
_COMMENT = re.compile(r"^\.\.(?:[ \t]+(?![\w.:+-]+::)(?![\[_|])\S.*)?$", re.MULTILINE)  # ".. Opmerking"
_TARGET = re.compile(r"^\.\. (?:_[^:\n]+:|\[[^\]\n]+\]|\|[^|\n]+\|)(?:[ \t]|$)", re.MULTILINE)  # ".. _link:"
_FIELD = re.compile(r"^:(?![\s:])[^:\n]+:(?:[ \t]+\S|$)", re.MULTILINE)  # ":Laatst herzien: 21 januari 2026"
_REFERENCE = re.compile(r"`[^`\n]+`_{1,2}|:[a-z][\w-]*:`[^`\n]+`")  # "`tekst <url>`_", ":ref:`x`"
_ADORNMENT = re.compile(r"([!-/:-@\[-`{-~])\1{2,}")
# Several kinds of sign together make a file RST.
MIN_SIGNS = 2
# docutils' settings: nothing read from disk or passed through raw, no messages, no halt.
_SETTINGS = {
    "file_insertion_enabled": False, "raw_enabled": False, "_disable_config": True,
    "report_level": 5, "halt_level": 5, "warning_stream": False, "traceback": False,
    "embed_stylesheet": False, "stylesheet_path": "", "stylesheet": "",
    "strip_comments": True, "input_encoding": "unicode", "output_encoding": "unicode",
    "toc_backlinks": "none", "footnote_backlinks": False, "section_self_link": False,
}


def is_rst(text: str, path: str | Path) -> bool:
    """Whether `text` (a file named `path`) is reStructuredText: always for `.rst`/`.rest`,
    else by at least `MIN_SIGNS` kinds of its signs (see `rst_signs`)."""
    return Path(path).suffix.lower() in RST_SUFFIXES or len(rst_signs(text)) >= MIN_SIGNS


def rst_signs(text: str) -> set[str]:
    """The kinds of RST markup `text` shows: a directive, a comment, a link target or
    footnote, a title over- and underlined, a field list right under the title, a
    reference or role."""
    checks: dict[str, Callable[[str], bool]] = {
        "directive": lambda t: bool(_DIRECTIVE.search(t)),
        "comment": lambda t: bool(_COMMENT.search(t)),
        "target": lambda t: bool(_TARGET.search(t)),
        "overlined title": _overlined_title,
        "field list": _opening_fields,
        "reference": lambda t: bool(_REFERENCE.search(t)),
    }
    return {name for name, check in checks.items() if check(text)}


def _overlined_title(text: str) -> bool:
    """Whether a line of text stands between two equal lines of one punctuation mark, at
    least as long as it: RST's over- and underlined title."""
    lines = text.split("\n")
    for index in range(len(lines) - 2):
        over, words, under = (line.rstrip() for line in lines[index:index + 3])
        if over and over == under and _ADORNMENT.fullmatch(over) and words.strip() \
                and len(words) <= len(over) and not _ADORNMENT.fullmatch(words.strip()):
            return True
    return False


def _opening_fields(text: str) -> bool:
    """Whether the first paragraph after the title (and subtitle) is a field list
    (":Versie: 4"), as RST's docinfo stands under the title."""
    for block in re.split(r"\n[ \t]*\n", text.strip()):
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines or len(lines) <= 3 and any(_ADORNMENT.fullmatch(line.strip()) for line in lines):
            continue  # a title with its adornment
        return bool(_FIELD.match(lines[0])) and all(_FIELD.match(line) or line[:1] in " \t" for line in lines)
    return False


def rst_as_html(text: str) -> str:
    """`text` rendered as an HTML page by docutils, in the language the text is written in
    (an admonition's title: "Waarschuwing"). Raises what docutils raises on a file it
    cannot read."""
    from docutils.core import publish_string  # loaded only when an RST file is read

    settings = {**_SETTINGS, "language_code": guess_language(text) or "en"}
    return publish_string(text, writer="html5", settings_overrides=settings)
