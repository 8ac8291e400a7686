"""A leaflet kept as a Moodle GIFT question bank, read as the web page its questions make.

An e-learning tool (gift-wrapper, Moodle's own export) writes a leaflet's sections as GIFT
questions: a `$CATEGORY: $course$/Name` line, then per section `::title::[html]stem{ =right
~wrong }`, `//` comments between, `\\:`, `\\=`, `\\~`, `\\{`, `\\}`, `\\#` escapes. Read as plain
text, the markup, the `<br>` tags and the answers (`=Ja`, `~Nee`) stood in the passages (red team
62). Here the category's last path part is the title, each question's title a heading over its
stem, an `[html]` stem read as HTML (a Markdown pipe table written on `<br>`-separated lines made
rows), the answer blocks no text, nor the question every stem closes with ("Heeft u dit deel
gelezen?": the quiz's own, no leaflet's).

A text is GIFT where every block between blank lines is a question (an answer block in braces)
or a category line, and it has the `$CATEGORY:` header or two `::title::` questions or more:
a text with a few colons or braces among its sentences has blocks that are no question.
"""

from __future__ import annotations

import html
import re

from ingest.markup_parts import PIPE_RULE

MIN_TITLED_QUESTIONS = 2
_CATEGORY = re.compile(r"\$CATEGORY:\s*(.*)")
_BLANK_LINES = re.compile(r"\n[ \t]*\n")
# A question: optional `::title::`, optional `[format]`, the stem, an answer block, a tail.
_QUESTION = re.compile(r"(?:::(?P<title>(?:\\.|[^\\:]|:(?!:))*)::)?\s*(?:\[(?P<format>\w+)\])?"
                       r"(?P<stem>(?:\\.|[^\\{}])*)\{(?:\\.|[^\\{}])*\}(?P<tail>(?:\\.|[^\\{}])*)", re.S)
_ESCAPE = re.compile(r"\\(.)", re.S)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*>")
_PIPE_ROW = re.compile(r"\|.*\|")
_ITEM = re.compile(r"[-*]\s+(.*)")


def gift_as_html(text: str) -> str | None:
    """The page a GIFT question bank's questions make (see the module), or None where `text` is
    none."""
    blocks = _blocks(text)
    if blocks is None:
        return None
    category, questions = "", []
    for block in blocks:
        found = _CATEGORY.fullmatch(block)
        if found:
            category = category or found[1].strip()
            continue
        question = _QUESTION.fullmatch(block)
        if question is None:
            return None
        questions.append(question)
    titled = sum(bool(question["title"]) for question in questions)
    if not questions or (not category and titled < MIN_TITLED_QUESTIONS):
        return None
    stems = [_stem_lines(question) for question in questions]
    closing = _repeated_closing(stems)
    parts = [f"<h1>{html.escape(_category_title(category))}</h1>"] if category else []
    for number, (question, lines) in enumerate(zip(questions, stems)):
        title = _unescaped(question["title"] or "").strip()
        if closing and lines and lines[-1] == closing:
            lines = lines[:-1]
        copy = next((at for at, line in enumerate(lines) if title and _TAG.sub("", line).strip() == title), None)
        if copy is not None:  # the stem's bold copy of the question's title; the first's lines above it its cover
            if number == 0:
                parts += [f"<p>{line}</p>" for line in lines[:copy] if line]  # a cover's lines, each its own
                lines = lines[copy + 1:]
            else:
                lines = lines[:copy] + lines[copy + 1:]
        if title:
            parts.append(f"<h2>{html.escape(title)}</h2>")
        parts.append(_lines_as_html(lines))
    return "\n".join(parts)


def _blocks(text: str) -> list[str] | None:
    """The text's blocks between blank lines, `//` comment lines left out, a block whose braces
    are open joined with the next; None where a brace is left open."""
    kept = "\n".join(line for line in text.lstrip("\ufeff").splitlines() if not line.lstrip().startswith("//"))
    blocks: list[str] = []
    open_block = ""
    for block in _BLANK_LINES.split(kept):
        open_block = f"{open_block}\n\n{block}" if open_block else block
        bare = _ESCAPE.sub("", open_block)
        if bare.count("{") > bare.count("}"):
            continue
        if open_block.strip():
            blocks.append(open_block.strip())
        open_block = ""
    return None if open_block else blocks


def _category_title(category: str) -> str:
    """A category's name: its path's last part (`$course$/Name`)."""
    return _unescaped(category.rstrip("/").rsplit("/", 1)[-1]).strip()


def _stem_lines(question: re.Match[str]) -> list[str]:
    """A question's stem and tail as lines of HTML: `[html]` ones split at their `<br>`s, others
    escaped and split at their line breaks."""
    stem = f"{question['stem']} {question['tail']}".strip()
    if (question["format"] or "").lower() == "html":
        lines = _BREAK.split(_unescaped(stem))
    else:
        lines = html.escape(_unescaped(stem)).split("\n")
    return [line.strip() for line in lines]


def _repeated_closing(stems: list[list[str]]) -> str:
    """The question every stem of two or more closes with, or ""."""
    last = {next((line for line in reversed(lines) if line), "") for lines in stems}
    closing = last.pop() if len(last) == 1 and len(stems) >= MIN_TITLED_QUESTIONS else ""
    return closing if _TAG.sub("", closing).strip().endswith("?") else ""


def _lines_as_html(lines: list[str]) -> str:
    """Lines as paragraphs (blank lines between them), a run of pipe rows a table, of "- "
    lines a list."""
    parts: list[str] = []
    paragraph: list[str] = []
    rows: list[list[str]] = []

    def flush() -> None:
        if paragraph:
            items = [_ITEM.fullmatch(line) for line in paragraph]
            if all(items):
                parts.append(f"<ul>{''.join(f'<li>{item[1]}</li>' for item in items if item)}</ul>")
            else:
                parts.append(f"<p>{'<br>'.join(paragraph)}</p>")
            paragraph.clear()
        if rows:
            cells = "".join(f"<tr>{''.join(f'<td>{cell}</td>' for cell in row)}</tr>" for row in rows)
            parts.append(f"<table>{cells}</table>")
            rows.clear()

    for line in [*lines, ""]:
        if PIPE_RULE.fullmatch(line.replace(" ", "")):
            continue
        if _PIPE_ROW.fullmatch(line):
            if paragraph:
                flush()
            rows.append([cell.strip() for cell in line.strip("|").split("|")])
        elif line:
            if rows:
                flush()
            paragraph.append(line)
        else:
            flush()
    return "\n".join(parts)


def _unescaped(data: str) -> str:
    """GIFT's escapes read: `\\n` a line break, `\\:` and the others the character."""
    return _ESCAPE.sub(lambda found: "\n" if found[1] == "n" else found[1], data)
