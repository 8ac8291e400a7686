"""An e-mail saved as plain text, read as the answer it gives.

A practice nurse's reply to a patient is sometimes kept as a leaflet ("aften.txt"). What the
mail program wrote around the answer is no text of it, and the patient's own words must never
be cited as if the leaflet said them:
- the header at the top ("Van:", "Aan:", "Onderwerp:", "Datum:"; "From:", "Subject:", ...)
  goes: its subject, less "RE:", "Antw:" or "FW:", is the title, and its date the leaflet's;
- the message it replies to, from the line that opens it ("-----Oorspronkelijk bericht-----",
  "-----Original Message-----", "Op 10 mrt. 2026 schreef ...:", or a second header block
  after the answer) to the end, goes;
- a quote answered in between ("> Waar komt het door? Ik eet veel sinaasappels.") loses
  its marks and the patient's story: the questions it asks ("Waar komt het door?") head the
  answer under them, as a list of questions and answers reads; a quote that asks nothing goes;
- a confidentiality notice after the closing words ("Dit bericht is uitsluitend bestemd
  voor de geadresseerde ...") goes (from a mail saved as a web page too: `without_notices`).
The sender's name, role and address under the closing words stay (`ingest.structure` keeps
them as text of the last section). A forwarded message is what was meant to be passed on, and
stays; the header over it, from the line that opens it ("---------- Forwarded message ---------",
"-------- Doorgestuurd bericht --------", "Begin forwarded message:"), goes, and with it the
forwarding mail's own header and note above it ("Hi all, can someone print 20 copies?"); the
forwarded text is read as a text of its own, titled by its first lines, not by the subject.

A mail that answers no quoted question carries a text of its own (a leaflet a practice sends,
printed by a mail viewer such as mblaze's `mshow` or `mu view`): its own lines head it, as a
forwarded one's do, and its own title and date win; the subject and the sending day only stand in
where the text names none (red team 44). A viewer may print the body right under the header, with
no blank line between, and `mshow` marks each MIME part with a line of its own ("--- 1:
multipart/alternative size=6652 ---", "--- --- 2: text/plain size=2835 ---"): no text.

Text is an e-mail only where its first filled lines are such a header, or a forwarded
message's header or a reply's opening line stands in it; any other text comes back as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

from ingest.clean.lines import is_sign_off

# The header fields mail programs write, in Dutch, English and German, lower case.
_FROM = {"van", "from", "von"}
_SUBJECT = {"onderwerp", "subject", "betreff"}
_DATE = {"datum", "date", "verzonden", "sent", "gesendet"}
_OTHER = {"aan", "to", "an", "cc", "bcc", "reply-to", "antwoord aan", "bijlagen", "attachments",
          "prioriteit", "priority"}
# The fields a mail's transport and MIME parts add, which a raw dump or a mail-merge dry run prints
# with the others ("MIME-Version: 1.0", "Content-Type: text/plain"), and any "X-" field.
_TRANSPORT = {"mime-version", "content-type", "content-transfer-encoding", "content-disposition",
              "content-language", "message-id", "in-reply-to", "references", "return-path", "received",
              "delivered-to", "envelope-to", "user-agent", "organization", "organisation", "importance",
              "sender", "thread-topic", "thread-index", "list-unsubscribe", "list-id", "precedence"}
_FIELDS = _FROM | _SUBJECT | _DATE | _OTHER | _TRANSPORT
# A tool's line over each message it prints, no text: mailmerge's dry run (">>> message 1") and an
# mbox's envelope line ("From info@praktijk.nl  Tue Mar 10 21:47:00 2026"). mailmerge closes its
# output with lines in the same mark (">>> message 1 sent", ">>> This was a dry run. ...").
_MESSAGE_FRAME = re.compile(r"[ \t]*(?:(?P<mark>>>>)[ \t]+message[ \t]+\d+"
                            r"|From[ \t]+\S+@\S+[ \t]+\w{3}[ \t]+\w{3}[ \t]+\d{1,2}[ \t]+[\d:]{5,8}[ \t]+\d{4})[ \t]*")
# A header a mail viewer prints may run straight into the body: it names the sender, the subject and
# at least this many fields in all.
MIN_OPEN_HEADER_FIELDS = 3
# mblaze's `mshow` line over each MIME part, "--- " once for each level it is nested at.
# Its words after the part's type are runs of blanks and of other characters, one way only to read
# them ("[ \t].*[ \t]+" shared a run of blanks every way it could).
_PART_MARKER = re.compile(r"[ \t]*(?:---[ \t]+)+\d+:[ \t]+[\w.+-]+/[\w.+-]+(?:[ \t]+[^ \t]+)*[ \t]+---[ \t]*")
_HEADER_LINE = re.compile(r"(?P<key>[^\W\d_][\w -]{0,30}?)[ \t]*:[ \t]*(?P<value>.*)")
# The line over the message a reply quotes, as Outlook, Thunderbird, Gmail and Apple Mail write it.
_ORIGINAL_RULE = re.compile(
    r"[ \t]*-{2,}[ \t]*(?:original(?:e)?[ \t]+message|oorspronkelijk[ \t]+bericht|origineel[ \t]+bericht"
    r"|urspr(?:ü|ue)ngliche[ \t]+nachricht|message[ \t]+d'origine|mensaje[ \t]+original)[ \t]*-{2,}[ \t]*",
    re.IGNORECASE)
# The line over the message a mail forwards: Gmail's and Thunderbird's rule, Apple Mail's line.
_FORWARD_RULE = re.compile(
    r"[ \t]*(?:-{2,}[ \t]*(?:forwarded[ \t]+message|doorgestuurd[ \t]+bericht|weitergeleitete[ \t]+nachricht"
    r"|message[ \t]+transf[ée]r[ée]|mensaje[ \t]+reenviado)[ \t]*-{2,}"
    r"|(?:begin[ \t]+(?:forwarded[ \t]+message|doorgestuurd[ \t]+bericht)|anfang[ \t]+der[ \t]+weitergeleiteten"
    r"[ \t]+nachricht|d[ée]but[ \t]+du[ \t]+message[ \t]+r[ée]exp[ée]di[ée])[ \t]*:)[ \t]*",
    re.IGNORECASE)
_ATTRIBUTION = re.compile(r"[ \t]*(?:op|on|am|le)\b.{4,200}\b(?:schreef|wrote|schrieb|a écrit)\b[^:]{0,80}:[ \t]*",
                          re.IGNORECASE)
_UNDERSCORES = re.compile(r"[ \t]*_{10,}[ \t]*")  # Outlook's rule over the message it quotes
_QUOTE = re.compile(r"[ \t]*>")
_REPLY_PREFIX = re.compile(r"^(?:(?:re|aw|antw|antwoord|fw|fwd|wg|doorst|tr|sv|vs)(?:\[\d+\])?[ \t]*:[ \t]*)+",
                           re.IGNORECASE)
_FORWARD_WORDS = {"fw", "fwd", "wg", "doorst", "tr", "vs"}  # the prefixes of a forward; the others reply
SUBJECT_FIELDS = frozenset(_SUBJECT)
_QUESTION = re.compile(r"[^.!?]*\?")
# Words of a confidentiality notice; a paragraph after the closing words with two of them is one.
_NOTICE = re.compile(
    r"geadresseerde|bestemd voor|vertrouwelijk|per vergissing|ten onrechte ontvangen|aansprakelijk"
    r"|addressee|intended (?:solely )?for|intended recipient|confidential|in error|liab(?:le|ility)"
    r"|empfänger|vertraulich", re.IGNORECASE)
_UNSIGNED_NOTICE_WORDS = 3


@dataclass(frozen=True)
class Mail:
    """The answer an e-mail gives (`text`: its lines in place, each line taken out left
    empty, the subject on the header's first line), its subject, its date as written, the
    questions that head answers and what was taken out that may still date it (`furniture`)."""

    text: str
    subject: str = ""
    date: str = ""
    questions: tuple[str, ...] = ()
    furniture: tuple[str, ...] = ()

    @property
    def headings(self) -> dict[str, int]:
        """The lines that head the text, by level: the subject (the title), the questions. A mail
        that answers no question carries a text whose own lines head it: none."""
        if not self.questions:
            return {}
        return dict.fromkeys(self.questions, 2) | ({self.subject: 1} if self.subject else {})


def read_mail(text: str) -> Mail | None:
    """`text` read as an e-mail (see the module), or None when it is none."""
    lines = text.split("\n")
    first = _first_filled(lines, 0)
    frame = _MESSAGE_FRAME.fullmatch(lines[first]) if first < len(lines) else None
    header = _header_at(lines, _first_filled(lines, first + 1) if frame else first, open_end=True)
    if frame and header:  # the tool's line over the header goes with it, and its closing lines
        header = (first, header[1])
        _drop_closing_lines(lines, frame.group("mark"))
    forward = _forwarded_header(lines, header[1] if header else first)
    top = (first, forward[1]) if forward else header  # a forward's note above its header goes with it
    end = _quoted_message(lines, top[1] if top else 0)
    if top is None and end == len(lines):
        return None
    fields: dict[str, str] = {}
    furniture: list[str] = []
    for index in [*range(*header or (0, 0)), *range(*forward or (0, 0))]:
        match = _HEADER_LINE.fullmatch(lines[index].strip())
        if match:
            fields.setdefault(match.group("key").strip().lower(), match.group("value").strip())
    header_lines: list[str] = []
    if top:
        for index in range(*top):
            header_lines.append(lines[index].strip())
            lines[index] = ""
        furniture += _drop_part_markers(lines, top[1], end)
    lines[end:] = [""] * (len(lines) - end)
    questions = _answered_quotes(lines)
    furniture += _drop_notices(lines)
    subject = without_reply_prefix(next((fields[key] for key in fields if key in _SUBJECT), ""))
    if forward:  # a forwarded text is one of its own, whose first lines title it
        subject = ""
    if subject and questions:  # the title heads the answers, where the header stood, as a page's <h1> would
        lines[top[0]] = subject
    if not questions:  # the sending day stands in for the carried text's own date (`Mail.date`), no statement
        header_lines = [line for line in header_lines if not _is_date_field(line)]
    date = next((fields[key] for key in fields if key in _DATE), "")
    return Mail("\n".join(lines), subject, _as_date(date), questions,
                tuple(line for line in (*header_lines, *furniture) if line))


def _drop_closing_lines(lines: list[str], mark: str | None) -> None:
    """The lines a tool closes its output with, in the mark of its line over the message
    (mailmerge's ">>> message 1 sent", ">>> This was a dry run. ..."), taken out of the end of
    `lines` (left empty): the tool's report, no text, and no quote either."""
    if not mark:
        return
    index = len(lines) - 1
    while index >= 0 and (not lines[index].strip() or lines[index].lstrip().startswith(mark)):
        lines[index] = ""
        index -= 1


def _is_field(key: str) -> bool:
    """Whether a header line's key (lower case) is a mail header's field: a known one, or an "X-" one."""
    return key in _FIELDS or key.startswith("x-")


def _first_filled(lines: list[str], start: int) -> int:
    return next((index for index in range(start, len(lines)) if lines[index].strip()), len(lines))


def _header_at(lines: list[str], start: int, open_end: bool = False) -> tuple[int, int] | None:
    """(first, past the last) line of a mail header starting at `start`: lines of known fields
    (a value may go on, indented, on the next line) up to a blank line, two fields or more,
    one of them the sender or the subject. With `open_end`, a header that names the sender, the
    subject and `MIN_OPEN_HEADER_FIELDS` fields in all may end at the body's first line, as
    `mu view` prints a mail."""
    keys: list[str] = []
    index = start
    while index < len(lines) and lines[index].strip():
        match = _HEADER_LINE.fullmatch(lines[index].strip())
        if match and _is_field(match.group("key").strip().lower()):
            keys.append(match.group("key").strip().lower())
        elif open_end and len(keys) >= MIN_OPEN_HEADER_FIELDS and set(keys) & _FROM and set(keys) & _SUBJECT:
            break
        elif not (keys and lines[index][:1] in " \t"):
            return None
        index += 1
    if len(keys) >= 2 and set(keys) & (_FROM | _SUBJECT):
        return start, index
    return None


def _drop_part_markers(lines: list[str], start: int, end: int) -> list[str]:
    """The lines from `start` to `end` that mark a MIME part (`_PART_MARKER`), taken out of
    `lines` (left empty) and returned."""
    dropped = []
    for index in range(start, end):
        if _PART_MARKER.fullmatch(lines[index]):
            dropped.append(lines[index].strip())
            lines[index] = ""
    return dropped


def _is_date_field(line: str) -> bool:
    match = _HEADER_LINE.fullmatch(line)
    return match is not None and match.group("key").strip().lower() in _DATE


def _forwarded_header(lines: list[str], start: int) -> tuple[int, int] | None:
    """(the opening line, past the last line) of the first header of a forwarded message from
    `start`: a line that opens it (`_FORWARD_RULE`), then, after blank lines or none, a header."""
    for index in range(start, len(lines)):
        if _FORWARD_RULE.fullmatch(lines[index]):
            header = _header_at(lines, _first_filled(lines, index + 1))
            if header:
                return index, header[1]
    return None


def _quoted_message(lines: list[str], start: int) -> int:
    """Where the message a reply quotes begins (its opening line), or len(lines): a rule such
    as "-----Oorspronkelijk bericht-----", a line "Op ... schreef ...:" with nothing but quoted
    lines under it, or a header block (after Outlook's line of underscores or none) that
    names a sender, below the answer's first line."""
    for index in range(start, len(lines)):
        line = lines[index]
        if _ORIGINAL_RULE.fullmatch(line) or index > start and _MESSAGE_FRAME.fullmatch(line):
            return index  # a dump's next message, after its frame line, is another mail too
        if _ATTRIBUTION.fullmatch(line) and all(not rest.strip() or _QUOTE.match(rest) for rest in lines[index + 1:]):
            return index
        if index > start and (not lines[index - 1].strip() or _UNDERSCORES.fullmatch(lines[index - 1])):
            header = _header_at(lines, index)
            if header and {m.group("key").strip().lower() for m in map(_HEADER_LINE.fullmatch, lines[index:header[1]])
                           if m} & _FROM:
                return index - 1 if _UNDERSCORES.fullmatch(lines[index - 1]) else index
    return len(lines)


def _answered_quotes(lines: list[str]) -> tuple[str, ...]:
    """Each run of quoted lines in place (`lines` changed) made the questions it asks, on a
    line of their own, or nothing; the questions, in order."""
    questions: list[str] = []
    index = 0
    while index < len(lines):
        if not _QUOTE.match(lines[index]):
            index += 1
            continue
        end = index
        while end < len(lines) and _QUOTE.match(lines[end]):
            end += 1
        quoted = " ".join(re.sub(r"^(?:[ \t]*>)+", "", line).strip() for line in lines[index:end])
        asked = " ".join(question.strip() for question in _QUESTION.findall(" ".join(quoted.split())))
        lines[index:end] = [asked] + [""] * (end - index - 1)
        if asked:
            questions.append(asked)
        index = end
    return tuple(questions)


def reply_kind(subject: str) -> str:
    """Whether a subject is a reply's ("RE:", "Antw:", "AW:"), a forward's ("FW:", "Fwd:",
    "Doorst:", "WG:"), by its first prefix, or neither (""): what the mail last did."""
    prefix = _REPLY_PREFIX.match(subject.strip())
    if not prefix:
        return ""
    word = re.match(r"[^\W\d_]+", prefix.group(0)).group(0).lower()
    return "forward" if word in _FORWARD_WORDS else "reply"


def without_reply_prefix(subject: str) -> str:
    """A subject without its "RE:", "Antw:", "FW:" prefixes: a mail's subject as a title."""
    return _REPLY_PREFIX.sub("", subject.strip()).strip()


def is_message_header(lines: list[str]) -> bool:
    """Whether the lines (the blank ones aside) are a message's header and nothing else: three
    known fields or more, the sender and the subject among them, under the line that opens a
    forwarded or quoted message or none. A mail saved as a web page shows the header of the
    message it forwards or answers so (Outlook's "From: ... Sent: ... To: ... Subject: ..."
    block; Gmail's "---------- Forwarded message ---------" over "From: ... Date: ...")."""
    filled = [line.strip() for line in lines if line.strip()]
    if filled and (is_forward_rule(filled[0]) or _ORIGINAL_RULE.fullmatch(filled[0])):
        filled = filled[1:]
    keys = {match.group("key").strip().lower() for match in map(_HEADER_LINE.fullmatch, filled) if match}
    return len(filled) >= 3 and _header_at(filled, 0) == (0, len(filled)) and bool(keys & _FROM) \
        and bool(keys & _SUBJECT)


def is_forward_rule(line: str) -> bool:
    """Whether a line opens a forwarded message ("---------- Forwarded message ---------",
    "-------- Doorgestuurd bericht --------", "Begin forwarded message:")."""
    return _FORWARD_RULE.fullmatch(line) is not None


def without_notices(text: str) -> tuple[str, tuple[str, ...]]:
    """`text` without the confidentiality notices after its closing words (`_drop_notices`),
    and the notices: a mail saved as a web page ends in the same notice as one saved as text.
    Where no closing words are left (a forwarded leaflet's covering note went with its
    header), the text's last paragraph goes where it is a notice by three of its words."""
    lines = text.split("\n")
    dropped = _drop_notices(lines) or _drop_last_notice(lines)
    return ("\n".join(lines), tuple(dropped)) if dropped else (text, ())


def _drop_last_notice(lines: list[str]) -> list[str]:
    """The text's last paragraph, taken out of `lines` (left empty), where it is a notice with
    at least `_UNSIGNED_NOTICE_WORDS` words of one, and no closing words stand before it."""
    if any(is_sign_off(line.strip()) for line in lines):
        return []
    end = max((index + 1 for index, line in enumerate(lines) if line.strip()), default=0)
    start = max((index + 1 for index in range(end) if not lines[index].strip()), default=0)
    paragraph = " ".join(" ".join(lines[start:end]).split())
    if len({m.group(0).lower() for m in _NOTICE.finditer(paragraph)}) < _UNSIGNED_NOTICE_WORDS:
        return []
    lines[start:end] = [""] * (end - start)
    return [paragraph]


def _drop_notices(lines: list[str]) -> list[str]:
    """The paragraphs after the closing words that are a confidentiality notice, taken out
    of `lines` (left empty) and returned, a line each."""
    signed = next((index for index, line in enumerate(lines) if is_sign_off(line.strip())), None)
    if signed is None:
        return []
    dropped: list[str] = []
    index = signed + 1
    while index < len(lines):
        end = index
        while end < len(lines) and lines[end].strip():
            end += 1
        paragraph = " ".join(" ".join(lines[index:end]).split())
        if len(set(m.group(0).lower() for m in _NOTICE.finditer(paragraph))) >= 2:
            dropped.append(paragraph)
            lines[index:end] = [""] * (end - index)
        index = end + 1
    return dropped


def _as_date(value: str) -> str:
    """A header's date as an ISO day where it is one a mail program writes ("Tue, 10 Mar 2026
    21:47:00 +0100"), else as written ("12 maart 2026 14:02"), for the date reader."""
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return value


# A mailing's furniture, in HTML (ingest/html/mail_furniture.py) and as text (ingest/mailing_text.py).
# Words that offer a mail's web version: "Bekijk hem in uw browser", "View this email in your
# browser", "Bekijk de webversie", "Online versie", "View this email online" (not a video's).
WEB_VERSION = re.compile(r"\b(?:in|op)\s+(?:je|jouw|uw|de|een|your|the|a)\s+(?:web)?browser\b"
                          r"|\bweb[\s-]?(?:versie|version)\b|\bonline[\s-]?(?:versie|version)\b"
                          r"|\b(?:bekijk|lees|view|read|open)\s+(?:(?:deze|dit|this|de|het|the)\s+)?(?:e-?mail|mail"
                          r"|nieuwsbrief|newsletter|bericht|message|it|hem|het)\s+online\b", re.IGNORECASE)
# Words that tell a mail may show wrongly ("Wordt deze e-mail niet goed weergegeven?", "Having
# trouble viewing this email?"): a link beside them ("Klik hier") leads to its web version.
SHOWN_WRONGLY = re.compile(r"niet\s+(?:goed|juist|correct)\s+(?:weergegeven|getoond|zichtbaar)"
                            r"|(?:not\s+displaying|not\s+display(?:ed)?|trouble\s+(?:viewing|reading))\b",
                            re.IGNORECASE)
# A link's words that unsubscribe: "Afmelden", "Uitschrijven", "Unsubscribe from this list",
# "Schrijf u hier uit", "Meld je af", "Abonnement opzeggen", "Opt out".
UNSUBSCRIBE = re.compile(r"\b(?:afmelden|uitschrijven|unsubscribe|opt[\s-]?out|abonnement\s+opzeggen"
                          r"|schrijf\s+(?:u|je|jezelf)\s+(?:\w+\s+)?uit|meld\s+(?:u|je)\s+(?:\w+\s+)?af)\b",
                          re.IGNORECASE)
# An address that unsubscribes (a mailing service's `/unsubscribe`, `optout`, `uitschrijven`);
# not "afmelden" alone, which a hospital's page uses to cancel an appointment.
UNSUBSCRIBE_ADDRESS = re.compile(r"unsub|opt[-_]?out|uitschrijven", re.IGNORECASE)
# Words of a box that tell it is about the mailing: why the reader gets it, the list, the mail.
MAILING = re.compile(r"nieuwsbrief|newsletter|e-?mail|mailing|ontvangt|receiv|subscri|aangemeld|ingeschreven"
                      r"|abonne", re.IGNORECASE)
# (The HTML reader's and the text reader's wording for a mailing's furniture.)
# A line of the mail's furniture has at most this many words; a box around it takes in at most
# this many more (the sender's address, social links, "Powered by ..."), none ending a sentence.
MAX_NOTICE_WORDS = 25
MAX_FOOTER_WORDS = 80

# A mail's salutation on a line of its own: "Beste mevrouw Jansen,", "Dear Mr Jansen,", "Hallo,".
SALUTATION = re.compile(r"(?:beste|geachte|lieve|hallo|hoi|goedemorgen|goedemiddag|dear|hello|hi)\b[^.!?:;]{0,40},",
                         re.IGNORECASE)
