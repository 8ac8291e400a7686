"""Pandoc's raw output in Markdown, read as a page made from it shows it.

Pandoc Markdown can carry markup meant for one output format only: a raw block
(```` ```{=latex} ```` ... ```` ``` ````) or a raw span (`` `\\textsc{x}`{=latex} ``). Pandoc passes
it through to that format and drops it from every other. A tool that writes Pandoc Markdown
(text2qti's solutions, red team 62) fills it with a LaTeX preamble, `\\begin{itemize}`, CSS and
lone `<li>` tags; read as text, these reached the passages and the title. Here:
- a raw block or span for any format but HTML goes, as the HTML page drops it;
- a raw HTML block with text in it keeps its lines, unfenced, for the HTML-in-Markdown reader
  (ingest/markdown_html.py); one of tags alone (an opening `<ul class="...">`) is no text;
- a raw HTML span keeps its markup, for that same reader.
A block keeps its lines' count (as blank lines) so that the text around it keeps its lines.
"""

from __future__ import annotations

import re

# A raw block's fence, at any indent (inside a list item too): "```{=latex}", "~~~ {=html}".
_RAW_FENCE = re.compile(r"(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*\{=(?P<format>[\w-]+)\}[ \t]*")
# A code span (one or more backticks, as Markdown writes code), a raw span where a format follows it.
# Every code span is matched, so that a raw span never reaches back over an ordinary one before it.
_CODE_SPAN = re.compile(r"(?<!`)(?P<ticks>`+)(?!`)(?P<code>.+?)(?<!`)(?P=ticks)(?!`)(?:\{=(?P<format>[\w-]+)\})?")
_TAG = re.compile(r"<[^<>]*>")
_HTML_FORMATS = frozenset({"html", "html4", "html5"})


def without_raw_output(text: str) -> str:
    """`text` (Pandoc Markdown) with its raw blocks and spans read as an HTML page shows them."""
    if "{=" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        opening = _RAW_FENCE.fullmatch(lines[index])
        end = _closing_fence(lines, index, opening) if opening else None
        if opening is None or end is None:
            out.append(_CODE_SPAN.sub(_span_text, lines[index]) if "{=" in lines[index] else lines[index])
            index += 1
            continue
        body = lines[index + 1:end]
        shown = opening.group("format").lower() in _HTML_FORMATS and _TAG.sub("", "".join(body)).strip()
        out += [""] + (_dedented(body, opening.group("indent")) if shown else [""] * len(body)) + [""]
        index = end + 1
    return "\n".join(out)


def _closing_fence(lines: list[str], index: int, opening: re.Match[str]) -> int | None:
    """The line that closes the raw block opened at `index`: only its fence's character, at
    least as many; None where the block never closes (then it is no raw block)."""
    fence = opening.group("fence")
    for number in range(index + 1, len(lines)):
        closing = lines[number].strip()
        if closing and set(closing) == {fence[0]} and len(closing) >= len(fence):
            return number
    return None


def _dedented(body: list[str], indent: str) -> list[str]:
    return [line[len(indent):] if line.startswith(indent) else line.lstrip() for line in body]


def _span_text(span: re.Match[str]) -> str:
    """A raw span as an HTML page shows it; an ordinary code span as it is."""
    if not span.group("format"):
        return span.group(0)
    return span.group("code") if span.group("format").lower() in _HTML_FORMATS else ""


def without_raw_spans(value: str) -> str:
    """A metadata value (a YAML title) with every raw span left out: a title's words are
    outside the markup that styles one output format's title page."""
    if "{=" not in value:
        return value
    return " ".join(_CODE_SPAN.sub(lambda span: span.group(0) if not span.group("format") else "", value).split())
