"""Texinfo's inline commands read as the Markdown of the words they print.

Within a paragraph Texinfo marks text with "@"-commands (ingest/texinfo.py reads the blocks):
accents over the next letter (`@"e`, `@'{e}`, `@,{c}`, `@v{s}`), glyphs (`@dots{}`,
`@copyright{}`, `@euro{}`, `@ss{}`), escaped characters (`@@`, `@{`, `@}`), marked phrases
(`@emph{}`, `@strong{}`, `@code{}`, `@var{}`), links (`@uref{url, text}`, `@email{address,
text}`), cross-references (`@xref{node, label}`), footnotes (`@footnote{}`) and a flag's value
(`@value{UPDATED}`). Each becomes the text a reader sees: an accent is the accented letter,
composed by Unicode (`@"e` is "ë" whatever letter it is over); emphasis is Markdown's; a link
a Markdown link; a cross-reference its words (as the Info reader reads Info's "*note":
ingest/info.py); a footnote a Markdown note; a command that prints nothing (an index entry's
`@sortas{}`, an `@anchor{}`) nothing. A command this module does not know prints its argument.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

# An accent written with a symbol: over the next character or the braced one (`@"e`, `@"{e}`).
_SYMBOL_ACCENTS = {'"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304",
                   ",": "\u0327"}
# An accent written as a word: over the braced character, or the one after a space (`@v{s}`, `@u a`).
_WORD_ACCENTS = {"u": "\u0306", "v": "\u030c", "H": "\u030b", "dotaccent": "\u0307", "ringaccent": "\u030a",
                 "ogonek": "\u0328", "udotaccent": "\u0323", "ubaraccent": "\u0331", "tieaccent": "\u0361"}
_GLYPHS = {
    "dots": "...", "enddots": "...", "minus": "-", "copyright": "©", "registeredsymbol": "®", "result": "⇒",
    "expansion": "→", "equiv": "≡", "error": "error→", "print": "-|", "point": "∗", "bullet": "•", "tie": " ",
    "LaTeX": "LaTeX", "TeX": "TeX", "euro": "€", "pounds": "£", "geq": "≥", "leq": "≤", "arrow": "→",
    "comma": ",", "atchar": "@", "lbracechar": "{", "rbracechar": "}", "backslashchar": "\\", "hashchar": "#",
    "ss": "ß", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "o": "ø", "O": "Ø", "l": "ł", "L": "Ł", "aa": "å",
    "AA": "Å", "exclamdown": "¡", "questiondown": "¿", "ordf": "ª", "ordm": "º", "guillemetleft": "«",
    "guillemotleft": "«", "guillemetright": "»", "guillemotright": "»", "guilsinglleft": "‹",
    "guilsinglright": "›", "quotedblleft": "“", "quotedblright": "”", "quoteleft": "‘", "quoteright": "’",
    "quotedblbase": "„", "quotesinglbase": "‚", "textdegree": "°", "th": "þ", "TH": "Þ", "dh": "ð", "DH": "Ð",
    "click": "→", "today": "",
}
_DOTLESS = {"i": "ı", "j": "ȷ"}
_DOTTED = {dotless: letter for letter, dotless in _DOTLESS.items()}
# "@" before one of these characters: the character, a space, a line break or nothing.
_ESCAPES = {"@": "@", "{": "{", "}": "}", ".": ".", "!": "!", "?": "?", ":": "", "/": "", "-": "", "|": "",
            "&": "&", "\\": "\\", "#": "#", " ": " ", "\t": " ", "\n": " ", "*": "\n"}
_EMPHASIS = frozenset({"emph", "i", "slanted", "dfn", "cite", "var"})
_STRONG = frozenset({"strong", "b"})
_CODE = frozenset({"code", "t", "samp", "kbd", "key", "command", "env", "file", "option", "indicateurl"})
_NOTHING = frozenset({"anchor", "sortas", "seeentry", "seealso", "shortcaption", "hyphenation", "indexterm",
                      "errormsg", "inlineraw", "clickstyle"})
_WITH_ARGUMENTS = frozenset({"uref", "url", "email", "xref", "pxref", "ref", "inforef", "acronym", "abbr", "image",
                             "inlinefmt", "inlinefmtifelse", "inlineifset", "inlineifclear"})
_TEXT_FORMATS = frozenset({"info", "plaintext"})  # what `@inlinefmt` shows in the reading this module gives
_NAME = re.compile(r"[A-Za-z]+")
MAX_NESTING = 20
_BARE_MARKS = re.compile(r"@[A-Za-z]+|@.|[{}]")
_BRACES = re.compile(r"@.|[{}]", re.DOTALL)
_ARGUMENT_MARKS = re.compile(r"@.|[{},]", re.DOTALL)  # an escaped character skipped, a brace counted
_PLAIN = re.compile(r"[^@{}*`'-]+")  # a run of text with no command, brace, star, quote or dash
_TYPESET = re.compile(r"``|''|`|---|--")
_TYPESET_AS = {"``": "“", "''": "”", "`": "‘", "---": "—", "--": "–"}


@dataclass
class InlineReader:
    """Converts paragraphs' inline commands, collecting their footnotes and reading flags'
    values (`@set NAME value`) as the document set them."""

    flags: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    depth: int = 0  # how deep in nested commands the reading is

    def markdown(self, text: str, code: bool = False) -> str:
        """`text`, Texinfo with inline commands, as Markdown; a line break ("@*") stays one.
        Outside `code` the quotes and dashes TeX typesets ("``", "''", "`", "---", "--") are
        the characters it prints, as texi2any writes them (a "`" would open Markdown's code)."""
        if self.depth >= MAX_NESTING:  # deeper than any document nests: its words, the marks gone
            return _BARE_MARKS.sub("", text)
        self.depth += 1
        try:
            return self._converted(text, code)
        finally:
            self.depth -= 1

    def _converted(self, text: str, code: bool) -> str:
        out: list[str] = []
        index = 0
        while index < len(text):
            char = text[index]
            if char == "@" and index + 1 < len(text):
                words, index = self._command(text, index + 1)
                out.append(words)
            elif char in "{}":  # a bare group: its braces print nothing
                index += 1
            elif (typeset := _TYPESET.match(text, index)) and not (code and typeset.group(0) != "`"):
                out.append(_TYPESET_AS[typeset.group(0)])
                index = typeset.end()
            elif char == "*":
                out.append("\\*")  # a literal star, never Markdown's emphasis
                index += 1
            else:
                plain = _PLAIN.match(text, index)
                out.append(plain.group(0) if plain else char)
                index = plain.end() if plain else index + 1
        return "".join(out)

    def _command(self, text: str, at: int) -> tuple[str, int]:
        """The words of the command whose name starts at `text[at]` (after its "@"), and the
        index after it and its argument."""
        char = text[at]
        if char in _SYMBOL_ACCENTS and (char != "," or text[at + 1:at + 2] == "{"):
            base, end = _accented(text, at + 1)
            return _accent(self.markdown(base), _SYMBOL_ACCENTS[char]), end
        if char in _ESCAPES:
            return _ESCAPES[char], at + 1
        name = _NAME.match(text, at)
        if not name:
            return char, at + 1
        command, end = name.group(0), name.end()
        if command == "verb" and text[end:end + 1] == "{":
            return _verb(text, end + 1)
        if command in _WORD_ACCENTS or command == "dotless":
            base, end = _word_argument(text, end)
            base = self.markdown(base)
            return (_DOTLESS.get(base, base) if command == "dotless" else _accent(base, _WORD_ACCENTS[command])), end
        if text[end:end + 1] != "{":
            return _GLYPHS.get(command, ""), end  # a command without braces mid-line prints no text
        argument, end = braced(text, end)
        return self._braced_command(command, argument), end

    def _braced_command(self, command: str, argument: str) -> str:
        if command in _GLYPHS:
            return _GLYPHS[command]
        if command in _NOTHING:
            return ""
        if command == "footnote":
            self.notes.append(" ".join(self.markdown(argument).split()))
            return f"[^{len(self.notes)}]"
        if command == "value":
            return self.flags.get(argument.strip(), "")
        if command == "U":
            return _code_point(argument)
        arguments = split_arguments(argument) if command in _WITH_ARGUMENTS else [argument]
        if command in {"uref", "url", "email"}:
            return self._link(command, arguments)
        if command in {"xref", "pxref", "ref", "inforef"}:
            words = next((part for part in (arguments[2:3] if command != "inforef" else []) + arguments[1:2]
                          + arguments[:1] if part.strip()), "")
            return self.markdown(words.strip())
        if command in {"acronym", "abbr"}:
            short, meaning = (arguments + [""])[:2]
            return self.markdown(short.strip()) + (f" ({self.markdown(meaning.strip())})" if meaning.strip() else "")
        if command == "image":
            return self.markdown(arguments[3].strip()) if len(arguments) > 3 else ""
        if command in {"inlinefmt", "inlinefmtifelse", "inlineifset", "inlineifclear"}:
            return self._inline_condition(command, arguments)
        words = self.markdown(argument, code=command in _CODE)
        if command in _EMPHASIS:
            return _marked(words, "*")
        if command in _STRONG:
            return _marked(words, "**")
        if command in _CODE:
            return _marked(words.replace("‘", "'"), "`")
        return words

    def _link(self, command: str, arguments: list[str]) -> str:
        """A link as Markdown: its shown text over its address, or the address alone;
        `@uref`'s third argument replaces both."""
        address, text = arguments[0].strip(), (arguments[1].strip() if len(arguments) > 1 else "")
        if command != "email" and len(arguments) > 2 and arguments[2].strip():
            return self.markdown(arguments[2].strip())
        address = address.replace("@@", "@")
        if not text:
            return address
        return f"[{self.markdown(text)}]({'mailto:' if command == 'email' else ''}{address})"

    def _inline_condition(self, command: str, arguments: list[str]) -> str:
        """The text an inline conditional shows in this reading (Info's, as ingest/texinfo.py's
        blocks), or none."""
        condition, then = arguments[0].strip(), (arguments[1] if len(arguments) > 1 else "")
        otherwise = arguments[2] if len(arguments) > 2 else ""
        if command == "inlineifset":
            shown = condition in self.flags
        elif command == "inlineifclear":
            shown = condition not in self.flags
        else:
            shown = condition in _TEXT_FORMATS
        return self.markdown((then if shown else otherwise if command == "inlinefmtifelse" else "").strip())


def braced(text: str, start: int) -> tuple[str, int]:
    """The text between the "{" at `text[start]` and the "}" that closes it ("@{", "@}" and
    "@@" escaped), and the index after that "}"; an unclosed brace takes the rest."""
    depth = 0
    for mark in _BRACES.finditer(text, start):
        if mark.group(0) == "{":
            depth += 1
        elif mark.group(0) == "}":
            depth -= 1
            if depth == 0:
                return text[start + 1:mark.start()], mark.end()
    return text[start + 1:], len(text)


def split_arguments(argument: str) -> list[str]:
    """A braced argument cut at its commas outside nested braces (an "@" before a comma, as in
    `@,{c}`, keeps it)."""
    parts, depth, last = [], 0, 0
    for mark in _ARGUMENT_MARKS.finditer(argument):
        if mark.group(0) == "{":
            depth += 1
        elif mark.group(0) == "}":
            depth -= 1
        elif mark.group(0) == "," and depth == 0:
            parts.append(argument[last:mark.start()])
            last = mark.end()
    return parts + [argument[last:]]


def _accented(text: str, at: int) -> tuple[str, int]:
    """The character (or braced text) a symbol accent stands over, and the index after it."""
    if text[at:at + 1] == "{":
        return braced(text, at)
    if text[at:at + 1] == "@":  # an accent over a glyph command: `@"@dotless{i}`
        name = _NAME.match(text, at + 1)
        if name and text[name.end():name.end() + 1] == "{":
            argument, end = braced(text, name.end())
            return text[at:name.end()] + "{" + argument + "}", end
    return text[at:at + 1], min(at + 1, len(text))


def _word_argument(text: str, at: int) -> tuple[str, int]:
    """A word accent's argument: braced (`@v{s}`), or the character after a space (`@u a`)."""
    if text[at:at + 1] == "{":
        return braced(text, at)
    if text[at:at + 1] in {" ", "\t"} and at + 1 < len(text):
        return text[at + 1], at + 2
    return "", at


def _accent(base: str, mark: str) -> str:
    """`base`'s first letter with the combining `mark`, composed where Unicode has the letter
    ("e" and a diaeresis: "ë"; a dotless "i" under its accent is an "i" with it, as TeX sets
    it: "ï"); no letter, the mark alone goes."""
    if not base:
        return ""
    composed = unicodedata.normalize("NFC", base[0] + mark)
    if len(composed) > 1 and base[0] in _DOTTED:
        composed = unicodedata.normalize("NFC", _DOTTED[base[0]] + mark)
    return composed + base[1:]


def _verb(text: str, start: int) -> tuple[str, int]:
    """`@verb{|text|}`: the text between the delimiter after "{" and the same before "}", as
    code; the index after the closing brace."""
    if start >= len(text):
        return "", start
    delimiter = text[start]
    end = text.find(delimiter + "}", start + 1)
    if end < 0:
        return text[start + 1:], len(text)
    return _marked(text[start + 1:end].replace("`", ""), "`"), end + 2


def _code_point(argument: str) -> str:
    """`@U{00eb}`: the character of that hexadecimal code point; nothing where it is none."""
    try:
        return chr(int(argument.strip(), 16))
    except (ValueError, OverflowError):
        return ""


def _marked(words: str, mark: str) -> str:
    """`words` between Markdown's `mark`s, the spaces around them kept outside (Markdown reads
    "* nee*" as no emphasis)."""
    core = words.strip()
    if not core:
        return words
    lead, trail = words[:len(words) - len(words.lstrip())], words[len(words.rstrip()):]
    return f"{lead}{mark}{core}{mark}{trail}"
