"""A file whose whole text is one Python string literal: what a program printed with `repr()`
or wrote with `str(bytes)`, read as the text the literal holds.

breadability on Python 3 prints its result so (`b'<div id="readabilityBody">…\\n<h1>…'`), and
so does any script that writes `str(response.content)`: one line, the tags literal, each line
break the two characters `\\n`, each non-ASCII byte an escape (`Cura\\xc3\\xa7ao`). Read as it
stands, the HTML reader found no main text in it and the leaflet was skipped (red team 57).

Only a file that is exactly one such literal on one line is read so (`b'…'`, `b"…"`, or `'…'`
and `"…"` where an escape shows the program wrote it): a text or a page that merely holds `b'`
is no literal. The literal is read by `ast.literal_eval` on that literal alone (never `eval`);
what it holds goes back to the loaders as the file's bytes, so that a bytes literal's bytes
are decoded as any file's are (UTF-8, else the usual encodings, a page by its own declaration).
"""

from __future__ import annotations

import ast
import re
import warnings

# One line that opens with a literal's quote (a `b` or `r` prefix allowed) and closes with it:
# the shape `repr()` and `str(bytes)` print. The parser then checks it is one literal, whole.
_LITERAL_SHAPE = re.compile(r"(?P<prefix>[bB]?[rR]?|[rR][bB])(?P<quote>['\"])[^\n]*(?P=quote)")
# An escape a program writes for a line break, a tab or a byte or character it does not print.
_ESCAPE = re.compile(r"\\(?:[ntr]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})")


def unwrapped_literal(data: bytes) -> bytes | None:
    """The bytes the one Python literal that is the whole of `data` holds (a str literal's text
    as UTF-8), or None where `data` is no such literal (see the module)."""
    head = data[:3].lstrip(b"\xef\xbb\xbf")
    if not head or head[:1] not in b"bBrR'\"":
        return None
    try:
        text = data.decode("utf-8-sig").strip()
    except UnicodeDecodeError:  # `repr()` writes ASCII, or a str's own printable characters
        return None
    found = _LITERAL_SHAPE.fullmatch(text)
    if found is None or (not found["prefix"] and not _ESCAPE.search(text)):
        return None
    try:
        with warnings.catch_warnings():  # an unknown escape ("\d") is a SyntaxWarning; it is kept as written
            warnings.simplefilter("ignore")
            tree = ast.parse(text, mode="eval")
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return None
    value = tree.body.value if isinstance(tree.body, ast.Constant) else None
    if isinstance(value, bytes):
        return value
    return value.encode("utf-8", errors="surrogatepass") if isinstance(value, str) else None
