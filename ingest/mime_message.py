"""An Internet message (RFC 5322 with MIME) read as the leaflet it carries.

A practice's newsletter or a hospital's after-visit mail is saved by a mail client as the message
itself (`.eml`, or `.txt` by "save as"), and a browser saves a page as one too (`.mht`, `.mhtml`:
a multipart/related message). Read as text, its header fields and MIME boundaries became
passages, quoted-printable stayed undecoded ("Bacteri=C3=ABn", a soft break "maakt = / zo") and
the HTML alternative's raw markup was indexed a second time. Python's `email` package reads the
message as a mail client shows it: the body a reader sees, decoded by its transfer encoding and
its charset, with the attachments left aside. The HTML alternative is preferred, read by the HTML
reader (it keeps headings and tables); the text one is read where there is no HTML, or where the
HTML reader finds no text in it.

What the header says fills what the body leaves open: the subject (less "RE:", "FW:") is the title
where the body names none, the sender's display name a publisher where the leaflet names none
(as a running header is: `ingest.structure.running_sender` takes it only where it names an
organisation, not a person who forwarded it), the sending day its date where the text states none.

A file is a message only where its first lines are a header in RFC 5322's shape (field names
without spaces, folded lines indented) that declares `MIME-Version`, as every MIME message does:
a letter opening with "Onderwerp:" or "Van:" lines, a plain text with a "Subject:" line or a Zim
page's "Content-Type:" header declares none and is read as text (`ingest.mail` reads a typed
header). A message the parser cannot take apart is read as text too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Literal

from ingest.document import IngestError
from ingest.html.encoding import decode_page
from ingest.mail import without_reply_prefix
from ingest.source import SourceText
from ingest.text import decode_text

# A header line: a field name of printable ASCII without spaces or colons (RFC 5322 3.6.8; the
# obsolete syntax allows blanks before the colon), or a folded line going on indented.
_FIELD = re.compile(rb"(?P<name>[!-9;-~]+)[ \t]*:(?P<value>.*)")
_VERSION = re.compile(rb"[ \t]*\d+[ \t]*\.[ \t]*\d+(?:[ \t(].*)?")  # "1.0", "1.0 (mime-construct 1.11)"
_NAMING_FIELDS = {b"content-type", b"from"}  # one of these stands beside MIME-Version in a real message
_MBOX_POSTMARK = re.compile(rb"From \S+ ")  # the line an mbox file writes over each message
MAX_HEADER_BYTES = 256 * 1024  # far beyond a real header with all its Received and DKIM lines
_WEB_ADDRESS = re.compile(r"https?://\S+")

BodyKind = Literal["html", "plain"]


@dataclass(frozen=True)
class MessageBody:
    """A body a mail client would show: its decoded text and whether it is HTML or plain text."""

    kind: BodyKind
    text: str
    location: str = ""  # its Content-Location where that is a web address (a saved page's URL)


@dataclass(frozen=True)
class Message:
    """What a message carries: its bodies in order of preference (the HTML one first), its
    subject (without reply and forward prefixes), the sender's display name and the sending day
    (YYYY-MM-DD, or "")."""

    bodies: tuple[MessageBody, ...]
    subject: str = ""
    sender: str = ""
    sent: str = ""

    def fills(self, source: SourceText, body: MessageBody) -> SourceText:
        """`source`, read from `body`, with what the header says where the body says nothing:
        the title, the URL, the date; the sender's name as a line of furniture, a publisher
        only where no metadata or cover line names one."""
        furniture = "\n".join(line for line in (source.furniture, self.sender) if line)
        return replace(source, title=source.title or self.subject, url=source.url or body.location,
                       updated=source.updated or self.sent, furniture=furniture)


def is_message(data: bytes) -> bool:
    """Whether `data` opens with an Internet message's header that declares MIME (see the
    module): every line up to the first blank one a field or a folded line, `MIME-Version` with
    a version number among them, and `Content-Type` or `From`. An mbox file's "From " line may
    stand over it."""
    head = data[:MAX_HEADER_BYTES].removeprefix(b"\xef\xbb\xbf")
    lines = head.split(b"\n")
    if lines and _MBOX_POSTMARK.match(lines[0]):
        lines = lines[1:]
    names: list[bytes] = []
    version = False
    for line in lines[:-1]:  # the last piece may be cut off at the limit: no line to judge
        line = line.removesuffix(b"\r")
        if not line.strip():
            return version and bool(_NAMING_FIELDS.intersection(names))
        if line[:1] in b" \t":
            if not names:
                return False
            continue
        field = _FIELD.match(line)
        if not field:
            return False
        names.append(field["name"].lower())
        version = version or names[-1] == b"mime-version" and _VERSION.fullmatch(field["value"]) is not None
    return False  # no end to the header: no message


def read_message(data: bytes, path: str | Path) -> Message | None:
    """The message in `data` (see `is_message`), or None where it is none or the `email` package
    cannot take it apart (a half message, a broken multipart): then it is read as text.

    Raises IngestError where the message is whole but holds no body to read, only attachments
    (a PDF sent along): the attachment is the leaflet, and must be saved as a file of its own."""
    if not is_message(data):
        return None
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
        bodies = tuple(body for body in (_body(message, "html", path), _body(message, "plain", path)) if body)
        subject, sender, sent = _subject(message), _sender(message), _sent(message)
    except IngestError:
        raise
    except Exception:  # the parser's header and MIME classes raise many kinds of errors on broken input
        return None
    if not bodies:
        if message.is_multipart() and not message.defects:
            names = ", ".join(part.get_filename() or part.get_content_type() for part in message.walk()
                              if not part.is_multipart())  # `iter_attachments` leaves out a related part's root
            raise IngestError(path, f"an e-mail message with no text to read, only attachments ({names}): "
                                    "save the attachment as a file of its own")
        return None
    return Message(bodies, subject, sender, sent)


def _body(message: EmailMessage, subtype: BodyKind, path: str | Path) -> MessageBody | None:
    """The message's body of this subtype as a mail client picks it (`get_body`: the start of a
    multipart/related, the text alternatives, no attachment), decoded."""
    part = message.get_body(preferencelist=(subtype,))
    if part is None:
        return None
    payload = part.get_payload(decode=True) or b""
    text = _decoded(payload, part.get_content_charset(), subtype, path)
    location = str(part.get("Content-Location") or message.get("Snapshot-Content-Location") or "").strip()
    text, source_link = _without_source_link(text) if subtype == "plain" else (text, "")
    location = location if _WEB_ADDRESS.fullmatch(location) else source_link
    return MessageBody(subtype, text, location)


# The line a feed-to-mail program (rss2email) closes a text body with: the item's web address.
_SOURCE_LINK = re.compile(r"\n[ \t]*\n[ \t]*URL:[ \t]*(?P<address>https?://\S+)[ \t]*\s*\Z")


def _without_source_link(text: str) -> tuple[str, str]:
    """A text body without the "URL: https://..." line that closes it as a paragraph of its own,
    and that address. rss2email closes the mail it makes of a feed's item so (the item's link):
    left in, it was text of the leaflet's last section (red team 49). It says where the text is
    published, as a saved page's Content-Location does."""
    found = _SOURCE_LINK.search(text)
    return (text[:found.start()] + "\n", found["address"]) if found else (text, "")


def _decoded(payload: bytes, charset: str | None, subtype: BodyKind, path: str | Path) -> str:
    """A body's bytes in the charset its Content-Type declares; where it declares none, or one
    that does not read them (a mail program's "us-ascii" over accented letters), as the text
    reader guesses a file (the HTML reader by the page's own declaration)."""
    if charset:
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeError):  # "undefined" and "punycode" raise UnicodeError itself
            pass
    return decode_page(payload, path) if subtype == "html" else decode_text(payload, path)


def _subject(message: EmailMessage) -> str:
    return without_reply_prefix(" ".join(str(message.get("Subject") or "").split()))


def _sender(message: EmailMessage) -> str:
    """The display name of the message's first sender ("Tandartspraktijk Het Gebit"), or ""."""
    header = message.get("From")
    addresses = getattr(header, "addresses", ()) if header is not None else ()
    return " ".join(addresses[0].display_name.split()) if addresses else ""


def _sent(message: EmailMessage) -> str:
    header = message.get("Date")
    moment = getattr(header, "datetime", None) if header is not None else None
    return moment.date().isoformat() if moment else ""
