"""Bytes to :class:`~mailbot.model.Notification`: is it LinkedIn, what kind, who, what note.

Pure: no I/O, no clock, no logging. Every failure is a :class:`ParseError` with a short
reason; nothing else escapes :func:`parse_message`.

Why the stdlib ``email`` parser (``compat32``) and not mail-parser, the project's
listed base library: mail-parser wraps the same stdlib parser and then decodes every
header and part eagerly (about 0.6 ms for a 12 KB LinkedIn mail against 0.25 ms for
compat32 here; parsing is the main CPU cost of a first pass), and it has failure modes
of its own on hostile input (issue #139: a header literally named ``headers:`` recurses
forever). compat32 is lenient (never raises on malformed structure, records defects),
keeps raw header values for us to decode defensively (unknown charsets fall back to
UTF-8 with replacement instead of raising ``LookupError``), and decodes broken base64
as far as it goes. Header *addresses* are parsed with ``email.policy.default`` in
:mod:`mailbot.authenticity`, which reports defects (CVE-2023-27043). LinkedIn's usual
MIME shapes (one part, or multiparts of text parts) skip even compat32: a byte-level
split gives the same parts in a fifth of the time, and anything else still goes to
compat32 (:func:`_fast_bodies`).

Limits against hostile mail (cpython #75630, #103800): the body is scanned for
multipart boundary declarations before parsing; more than ``MAX_MULTIPARTS`` and only
the headers are used. The walk over parts stops at depth ``MAX_DEPTH`` and after
``MAX_PARTS`` parts, and at most ``MAX_TEXT`` characters of text are analysed.

What is read (shared/linkedin-formats.md): the kind from ``X-LinkedIn-Template``, else
the sender's local part, else LinkedIn's subject and body wording in the recipient's
language (:mod:`mailbot.wording`); the person from "Name via LinkedIn", the subject,
the body card (name line, headline line, then buttons) and the Reply-To of InMail;
the note or message with the footer (after the dashed rule), buttons, card and
LinkedIn's default invitation text removed.
"""
from __future__ import annotations

import base64
import codecs
import functools
import hashlib
import quopri
import re
import unicodedata
from datetime import datetime, timezone
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32
from email.utils import parseaddr, parsedate_to_datetime
from html import unescape
from html.parser import HTMLParser
from typing import Iterator, Sequence
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from mailbot import wording
from mailbot.authenticity import (Sender, assess, is_linkedin_domain, lookalike_reason, name_claims_linkedin, parse_from,
                                  skeleton)
from mailbot.errors import MailbotError
from mailbot.model import Kind, Links, Notification, Person, RawMessage

__all__ = [
    "ParseError",
    "is_candidate",
    "parse_message",
    "parse_batch",
    "message_id_of",
    "person_key",
    "canonical_profile_url",
]

MAX_DEPTH = 20
MAX_PARTS = 500
MAX_MULTIPARTS = 100  # boundary declarations; a LinkedIn mail has one
MAX_TEXT = 100_000  # characters of text analysed
MAX_HTML = 600_000  # characters of HTML converted


class ParseError(MailbotError):
    """A mail that claims to be LinkedIn but cannot be understood; it is left in place."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


# --------------------------------------------------------------------------- compiled wording

_F = re.IGNORECASE | re.UNICODE


def _compile_table(table: dict[str, tuple[str, ...]]) -> list[tuple[str, re.Pattern[str]]]:
    return [(lang, re.compile(p, _F)) for lang, pats in table.items() for p in pats]


_KIND_RES: list[tuple[Kind, str, re.Pattern[str]]] = [
    (Kind(kind), lang, re.compile(p, _F))
    for kind, langs in wording.KIND_PATTERNS.items()
    for lang, pats in langs.items()
    for p in pats
]
_OTHER_RES = _compile_table(wording.OTHER_PATTERNS)
_FOOTER_LANG = [(lang, re.compile("|".join(f"(?:{p})" for p in pats), _F)) for lang, pats in wording.FOOTER_START.items()]
_ANY_FOOTER = re.compile(
    "|".join(f"(?:{p})" for p in [*wording.FOOTER_NEUTRAL, *(p for pats in wording.FOOTER_START.values() for p in pats)]), _F
)
_BOILER = re.compile("|".join(f"(?:{p})" for pats in wording.BOILERPLATE_LINES.values() for p in pats) , _F)
_DEFAULT_RES = _compile_table(wording.DEFAULT_NOTES)
_BUTTON_LANG: dict[str, list[str]] = {}
for _lang, _labels in wording.BUTTONS.items():
    for _label in _labels:
        _BUTTON_LANG.setdefault(_label.casefold(), []).append(_lang)
_BUTTON = re.compile(
    r"^(?P<label>" + "|".join(sorted((re.escape(b) for b in _BUTTON_LANG), key=len, reverse=True)) + r")\s*(?::\s*(?P<url>\S*))?\s*$",
    _F,
)
_LABELS = "|".join(sorted((re.escape(b) for b in _BUTTON_LANG), key=len, reverse=True))
_BUTTON_ROW = re.compile(rf"^(?:{_LABELS})(?:\s*[|·•]?\s*(?:{_LABELS}))+$", _F)  # "Accept  View profile" from HTML
_VIA = re.compile(wording.VIA_LINKEDIN, _F)
_VIA_ANY = re.compile(r"^\s*(?P<name>\S.*?\S)\s+\w{2,20}\s+LinkedIn\s*$", _F)
_GREETING = re.compile(wording.GREETING, _F)
_URL = re.compile(r"https?://[^\s<>\"'`]+", re.I)
_RULE = re.compile(r"^[-_.=~*·•–—─━]{10,}$")
_SUBJECT_PREFIX = re.compile(r"^\s*((re|fwd?|aw|wg|tr|rv|r|sv|vs)\s*:\s*)+", re.I)
_BOUNDARY_DECL = re.compile(rb"boundary\s*=", re.I)
_HEADER_LINE = re.compile(rb"^[!-9;-~]+[ \t]*:")
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([a-zA-Z]{2})\b", re.I)
_INVISIBLE = dict.fromkeys(map(ord, "\u034f\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad\u180e"), None)
_INVISIBLE.update({0xA0: " ", 0x2007: " ", 0x202F: " ", 0x2028: "\n", 0x2029: "\n", 0x0D: None})
_SPACES = re.compile(r"[ \t\f\v]+")

_SENDER_KIND: dict[str, Kind | None] = {
    "inmail-hit-reply": Kind.INMAIL,
    "hit-reply": Kind.INMAIL,
    "hit-reply-premium-inmail": Kind.INMAIL,
    "inmails-noreply": Kind.INMAIL,
    "inmail-noreply": Kind.INMAIL,
    "messaging-digest-noreply": Kind.MESSAGE,
    "endorsements": Kind.ENDORSEMENT,
    "endorsements-noreply": Kind.ENDORSEMENT,
    "jobalerts-noreply": Kind.OTHER,
    "jobs-listings": Kind.OTHER,
    "jobs-noreply": Kind.OTHER,
    "editors-noreply": Kind.OTHER,
    "newsletters-noreply": Kind.OTHER,
    "security-noreply": Kind.OTHER,
    "welcome": Kind.OTHER,
    "updates-noreply": Kind.OTHER,
    "groups-noreply": Kind.OTHER,
    "learning-noreply": Kind.OTHER,
    "linkedin": Kind.OTHER,  # linkedin@e.linkedin.com: marketing
}
# Senders whose display name is the person behind the mail (when not "LinkedIn").
_PERSON_SENDERS = frozenset(
    {"invitations", "messages-noreply", "inmail-hit-reply", "hit-reply", "hit-reply-premium-inmail", "inmails-noreply",
     "inmail-noreply", "messaging-digest-noreply", "endorsements", "notifications-noreply"}
)
_PERSON_KINDS = frozenset(
    {Kind.INVITATION, Kind.INVITATION_REMINDER, Kind.INVITATION_ACCEPTED, Kind.MESSAGE, Kind.INMAIL, Kind.ENDORSEMENT}
)
_INVITE_KINDS = frozenset({Kind.INVITATION, Kind.INVITATION_REMINDER, Kind.INVITATION_ACCEPTED})
_TRACKING = frozenset(
    "midtoken trk trkemail lipi otptoken midsig eid loid authtoken authtype invacpt lang ek li m ts e t "
    "trackingid refid src originalsubdomain".split()
)
_NOT_NAMES = frozenset(
    "you i we me your sie ich wir du vous je tu nous usted yo tú io lei noi voi eu você linkedin someone "
    "jemand quelqu'un alguien qualcuno".split()
)


# --------------------------------------------------------------------------- small helpers


def _decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode with *charset*, or UTF-8 with replacement when it is unknown or not a text codec."""
    name = "utf-8"
    if charset:
        try:
            info = codecs.lookup(charset.strip().strip("\"'"))
            if getattr(info, "_is_text_encoding", True):
                name = info.name
        except (LookupError, TypeError, ValueError):
            name = "utf-8"
    try:
        return data.decode(name, "replace")
    except Exception:  # noqa: BLE001 - a codec may still fail on odd input
        return data.decode("utf-8", "replace")


def _raw_to_str(value: object) -> str:
    """A compat32 raw header value (str with surrogate escapes) as readable text."""
    if not isinstance(value, str):
        value = str(value)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        value = value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return value


def _header_text(value: object) -> str:
    """Unfold and RFC 2047-decode a header value; never raises."""
    text = re.sub(r"\r?\n[ \t]*", " ", _raw_to_str(value))
    if "=?" in text:
        try:
            text = str(make_header(decode_header(text)))
        except Exception:  # noqa: BLE001 - unknown charset or broken encoded word
            try:
                text = "".join(
                    _decode_bytes(chunk, cs) if isinstance(chunk, bytes) else chunk for chunk, cs in decode_header(text)
                )
            except Exception:  # noqa: BLE001
                pass
    if _INVISIBLE_RE.search(text):
        text = text.translate(_INVISIBLE)
    return _SPACES.sub(" ", text).strip()


def _split(data: bytes) -> tuple[bytes, bytes]:
    """(header block, body) of *data*; the header block is b"" when there is none."""
    if data.startswith(b"From ") and not _HEADER_LINE.match(data):  # an mbox "From " line
        data = data.split(b"\n", 1)[1] if b"\n" in data else b""
    if not _HEADER_LINE.match(data):
        return b"", data
    m = re.search(rb"\r?\n\r?\n", data)
    return (data[: m.start()], data[m.end():]) if m else (data, b"")


def _split_head(data: bytes) -> bytes:
    return _split(data)[0]


def _headers(head: bytes) -> list[tuple[str, str]]:
    """(name, raw value) pairs in order, continuation lines joined with their line break kept.

    A plain split (RFC 5322 section 2.2): lines without a colon that are not continuations
    are skipped, as the stdlib parser does (it records them as defects).
    """
    try:
        text, clean = head.decode("utf-8"), True
    except UnicodeDecodeError:
        text, clean = head.decode("utf-8", "surrogateescape"), False
    lines = text.split("\n")
    out: list[tuple[str, str]] = []
    for i, line in enumerate(lines):
        if line.endswith("\r") and i < len(lines) - 1:  # the lines of re.split(r"\r?\n"), without its cost
            line = line[:-1]
        if line[:1] in (" ", "\t"):
            if out:
                out[-1] = (out[-1][0], out[-1][1] + "\n" + line)
            continue
        name, sep, value = line.partition(":")
        if not sep or not name or name != name.strip() or len(name) > 200:
            continue
        out.append((name, value.lstrip(" \t")))
    return out if clean else [(k, _raw_to_str(v)) for k, v in out]  # valid UTF-8 has no surrogate escapes


def _get(headers: Sequence[tuple[str, str]], name: str) -> str:
    name = name.lower()
    for k, v in headers:
        if k.strip().lower() == name:
            return v
    return ""


# The everyday From shapes, `Name Surname <local@domain>` and `local@domain`, in plain
# ASCII atoms with single spaces: for these email.policy.default's header parser (about
# 0.2 ms a call, the largest cost of the header-only candidate test) gives exactly the
# parts the regex captures, without defects. Anything else (quotes, comments, encoded
# words, dots in the name, several addresses, stray spaces) takes the full parser.
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_SIMPLE_FROM = re.compile(
    rf"(?:(?P<name>[A-Za-z0-9'-]+(?: [A-Za-z0-9'-]+)*) )?<(?P<addr>{_ATOM}(?:\.{_ATOM})*@"
    r"(?P<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+))>"
    rf"|(?P<bare>{_ATOM}(?:\.{_ATOM})*@(?P<bdomain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+))"
)


def _parse_from(value: str) -> Sender:
    m = _SIMPLE_FROM.fullmatch(value)
    if m is None:
        return parse_from(value)
    if m["bare"]:
        return Sender(m["bare"].lower(), "", m["bdomain"].lower())
    return Sender(m["addr"].lower(), m["name"] or "", m["domain"].lower())


def _from_senders(headers: Sequence[tuple[str, str]]) -> list[tuple[Sender, str]]:
    out = []
    for k, v in headers:
        if k.strip().lower() == "from":
            out.append((_parse_from(re.sub(r"\r?\n[ \t]*", " ", v)), v))
    return out


@functools.lru_cache(maxsize=4096)
def _domain_claims(domain: str) -> bool:
    """linkedin.com or a look-alike of it: a pure function of the domain, and domains repeat."""
    return bool(is_linkedin_domain(domain) or lookalike_reason(domain))


def _claims(sender: Sender, raw_value: str) -> bool:
    if _domain_claims(sender.domain) or name_claims_linkedin(sender.display_name):
        return True
    # A malformed From that names LinkedIn anywhere still claims it (CVE-2023-27043 shapes).
    return bool(sender.problem) and "linkedin" in skeleton(_header_text(raw_value)).replace(" ", "")


_INVISIBLE_RE = re.compile("[\u034f\u200b-\u200f\u2060\ufeff\u00ad\u180e\u00a0\u2007\u202f\u2028\u2029\r]")


def _clean_text(text: str) -> list[str]:
    text = text[:MAX_TEXT]
    if "\r" in text:  # CRLF over IMAP: str.replace is far cheaper than translate with a dict
        text = text.replace("\r", "")
    if _INVISIBLE_RE.search(text):
        text = text.translate(_INVISIBLE)
    return [_SPACES.sub(" ", line).strip() for line in text.split("\n")]


# --------------------------------------------------------------------------- HTML to text


_BLOCK = frozenset("p div br tr li table h1 h2 h3 h4 h5 h6 ul ol blockquote hr section article header footer center td th dd dt pre title".split())
_SKIP = frozenset({"style", "script", "head", "title", "noscript", "template", "xml"})
_VOID = frozenset("br img meta hr input link area base col embed param source track wbr".split())


class _HTMLText(HTMLParser):
    """HTML to lines of text: hidden elements (the preheader), style and script dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, hidden here or above)
        self.anchors: list[tuple[str, str]] = []
        self._href: str | None = None
        self._atext: list[str] = []
        self._astart = 0

    @property
    def hidden(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag in ("br", "hr") and not self.hidden:
                self.out.append("\n")
            return
        hidden = self.hidden or tag in _SKIP
        if not hidden:
            a = {k.lower(): (v or "") for k, v in attrs}
            style = a.get("style", "").replace(" ", "").lower()
            if (
                "display:none" in style
                or "visibility:hidden" in style
                or "data-email-preheader" in a
                or ("max-height:0" in style and "overflow:hidden" in style)
            ):
                hidden = True
            if tag == "a" and not hidden:
                self._href = a.get("href", "")
                self._atext = []
                self._astart = len(self.out)
        if len(self.stack) < 400:
            self.stack.append((tag, hidden))
        if tag in _BLOCK and not hidden:
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, max(-1, len(self.stack) - 40), -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        if tag == "a" and self._href is not None:
            label = _SPACES.sub(" ", "".join(self._atext)).strip()
            self.anchors.append((self._href, label))
            self._href = None
            if label and _BUTTON.match(label):  # a button: a line of its own
                self.out.insert(self._astart, "\n")
                self.out.append("\n")
        if tag in _BLOCK and not self.hidden:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        data = data.replace("\n", " ").replace("\r", " ")
        self.out.append(data)
        if self._href is not None:
            self._atext.append(data)


def _html_to_text(html: str) -> tuple[str, list[tuple[str, str]]]:
    parser = _HTMLText()
    try:
        parser.feed(html[:MAX_HTML])
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient; keep what was read
        pass
    text = "".join(parser.out)
    text = re.sub(r"[ \t]*\n[ \t\n]*\n", "\n\n", text)
    return text, parser.anchors


# --------------------------------------------------------------------------- MIME


def _walk(msg: Message, depth: int, count: list[int]) -> Iterator[Message]:
    count[0] += 1
    if count[0] > MAX_PARTS:
        return
    if msg.get_content_maintype() == "multipart":
        payload = msg.get_payload()
        if depth >= MAX_DEPTH or not isinstance(payload, list):
            return
        for sub in payload:
            if isinstance(sub, Message):
                yield from _walk(sub, depth + 1, count)
                if count[0] > MAX_PARTS:
                    return
    elif msg.get_content_maintype() == "message":
        return  # a forwarded or attached mail is not this notification's text
    else:
        yield msg


def _b64_lenient(data: bytes) -> bytes:
    """Decode as much of broken base64 as can be: stray characters dropped, a bad tail cut."""
    clean = re.sub(rb"[^A-Za-z0-9+/]", b"", data.split(b"=", 1)[0] if b"==" in data[-4:] else data.replace(b"=", b""))
    whole = len(clean) // 4 * 4
    out = base64.b64decode(clean[:whole]) if whole else b""
    rest = clean[whole:]
    if len(rest) >= 2:
        out += base64.b64decode(rest + b"=" * (4 - len(rest)))
    return out


def _b64_payload(raw: bytes) -> bytes:
    try:
        return base64.b64decode(raw, validate=False)
    except Exception:  # noqa: BLE001 - broken base64: decode what we can
        try:
            return _b64_lenient(raw)
        except Exception:  # noqa: BLE001
            return raw


def _part_text(part: Message) -> str:
    cte = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    raw = part.get_payload()
    if not isinstance(raw, str):
        raw = ""
    if cte == "base64":
        payload = _b64_payload(raw.encode("ascii", "surrogateescape"))
    else:
        try:
            decoded: object = part.get_payload(decode=True)
        except Exception:  # noqa: BLE001 - broken transfer encoding
            decoded = raw.encode("utf-8", "surrogateescape")
        payload = decoded if isinstance(decoded, bytes) else b""
    if not isinstance(payload, bytes):
        payload = b""
    charset = None
    try:
        charset = part.get_content_charset()
    except Exception:  # noqa: BLE001
        charset = None
    return _decode_bytes(payload[: MAX_HTML * 4], charset)


def _bodies(headers: Sequence[tuple[str, str]], body: bytes, truncated: bool) -> tuple[str | None, str | None]:
    """(text/plain, text/html) of the message, each the first one found; None when absent.

    LinkedIn's usual shapes take the fast split (:func:`_fast_bodies`); anything it does
    not cover goes to the stdlib parser, which gives the same answer, only slower.
    """
    low = body.lower()
    # "boundary" counted first: the same answer as the regex whenever it is this small, and cheaper
    if low.count(b"boundary", 0, 4_000_000) > MAX_MULTIPARTS and len(_BOUNDARY_DECL.findall(body, 0, 4_000_000)) > MAX_MULTIPARTS:
        return None, None
    # The fast split stops at the parts it needs; compat32 parses everything, and raises
    # RecursionError on a deep enough chain of message/rfc822 parts anywhere in the mail.
    # Below this many "message/" no chain is deep enough, so stopping early changes nothing.
    fast = _fast_bodies(headers, body, truncated) if low.count(b"message/") < _FAST_MAX_MESSAGE_TYPES else None
    return fast if fast is not None else _stdlib_bodies(headers, body, truncated)


def _stdlib_bodies(headers: Sequence[tuple[str, str]], body: bytes, truncated: bool) -> tuple[str | None, str | None]:
    """:func:`_bodies` by the stdlib parser (compat32), for any MIME structure.

    Only the MIME headers are handed to it with the body: the rest (DKIM signatures,
    Received, vendor reports) were read already and cost time to parse twice.
    """
    mime = b"".join(
        (k + ":" + v).encode("utf-8", "surrogateescape") + b"\n"
        for k, v in headers
        if k.strip().lower() in _MIME_FIELDS
    )
    msg = BytesParser(policy=compat32).parsebytes(mime + b"\n" + body)
    plain = html = None
    for part in _walk(msg, 0, [0]):
        ctype = part.get_content_type()
        if ctype not in ("text/plain", "text/html"):
            if part.get_content_maintype() == "text" and plain is None and html is None and not msg.is_multipart():
                ctype = "text/plain"
            else:
                continue
        disp = str(part.get("Content-Disposition", "")).lower()
        if disp.startswith("attachment"):
            continue
        if ctype == "text/plain" and plain is None:
            plain = _part_text(part)
        elif ctype == "text/html" and html is None:
            html = _part_text(part)
        if truncated and (plain is not None or html is not None):
            break
        if plain is not None and html is not None:
            break
    return plain, html


# The fast split: what the stdlib parser (compat32) makes of a single-part mail or of
# (nested) multiparts without message parts, with plain Content-Type parameters (tokens or
# quoted strings without escapes, no RFC 2231), a transfer encoding it names exactly, and
# no lone CR. It decodes only the parts it selects. Every other shape returns None and the
# stdlib parser decides; tests/unit/test_parse_mime.py holds the two to agreement.

_MIME_FIELDS = ("content-type", "content-transfer-encoding", "mime-version", "content-disposition")
_CTES = frozenset({"", "7bit", "8bit", "binary", "quoted-printable", "base64"})
_TOKEN = r"[!#-'*+.0-9A-Z^-~-]+"
_CONTENT_TYPE = re.compile(
    rf"\s*(?P<type>{_TOKEN}/{_TOKEN})\s*(?P<params>(?:;\s*[A-Za-z0-9_.-]+=(?:\"[^\"\\<>;\s]*\"|[^\s\";\\<>()]+)\s*)*)(?:;\s*)?",
    re.ASCII,
)
_PARAM = re.compile(r';\s*([A-Za-z0-9_.-]+)=(?:"([^"]*)"|([^\s;]+))', re.ASCII)
_FIELD_NAME = re.compile(r"[!-9;-~]+:")
_PART_HEAD_END = re.compile(rb"\n\r?\n")
_FAST_MAX_PARTS = 100
_FAST_MAX_MESSAGE_TYPES = 50  # plus MAX_MULTIPARTS levels of multipart: far below the ~980 levels where compat32 recurses too deep


def _content_type(value: str | None) -> tuple[str, dict[str, str]] | None:
    """(type, parameters) as compat32's get_content_type and get_param read them; None when unusual."""
    if value is None:
        return "text/plain", {}
    m = _CONTENT_TYPE.fullmatch(value)
    if m is None:
        return None
    params: dict[str, str] = {}
    for name, quoted, token in _PARAM.findall(m["params"]):
        params.setdefault(name.lower(), quoted or token)
    return m["type"].lower(), params


def _part_fields(segment: bytes) -> tuple[dict[str, str], int] | None:
    """The first value of each header field of one MIME part, and where its body starts.

    Values as compat32 keeps them (first line left-stripped, continuation lines with their
    line ends). None when the header block is not plain ASCII fields ending in a blank line.
    """
    if segment[:1] == b"\n":
        return {}, 1
    if segment[:2] == b"\r\n":
        return {}, 2
    end = _PART_HEAD_END.search(segment)
    if end is None or not segment[: end.start()].isascii():
        return None
    fields: dict[str, str] = {}
    name = ""
    value: list[str] = []
    for line in segment[: end.start()].decode("ascii").split("\n"):
        line += "\n"  # compat32 splits on line ends only (str.splitlines knows more)
        if line[0] in " \t":
            if not name:
                return None
            value.append(line)
            continue
        m = _FIELD_NAME.match(line)
        if m is None:
            return None
        if name:
            fields.setdefault(name.lower(), "".join(value).rstrip("\r\n"))
        name, value = line[: m.end() - 1], [line[m.end():].lstrip(" \t")]
    if name:
        fields.setdefault(name.lower(), "".join(value).rstrip("\r\n"))
    return fields, end.end()


def _fast_text(fields: dict[str, str], params: dict[str, str], payload: bytes) -> str | None:
    cte = fields.get("content-transfer-encoding", "").lower()
    if cte not in _CTES:
        return None
    if cte == "base64":
        payload = _b64_payload(payload)
    elif cte == "quoted-printable":
        payload = quopri.decodestring(payload)
    charset = params.get("charset")
    return _decode_bytes(payload[: MAX_HTML * 4], charset.lower() if charset is not None else None)


def _strip_eol(data: bytes) -> bytes:
    """RFC 2046: the line break before a boundary belongs to the boundary."""
    if data.endswith(b"\r\n"):
        return data[:-2]
    return data[:-1] if data.endswith((b"\n", b"\r")) else data


def _boundaries(body: bytes, boundary: str) -> list[tuple[int, int, bool]] | None:
    """(line start, line end, is the close boundary) of each boundary line up to the close one."""
    sep = b"--" + boundary.encode("ascii")
    out: list[tuple[int, int, bool]] = []
    pos = 0
    while len(out) <= _FAST_MAX_PARTS:
        i = body.find(sep, pos)
        if i < 0:
            return out
        nl = body.find(b"\n", i)
        end = len(body) if nl < 0 else nl + 1
        pos = end
        if i and body[i - 1] != 0x0A:
            continue
        rest = body[i + len(sep): end].rstrip(b"\n")
        close = rest.startswith(b"--")
        tail = rest[2:] if close else rest
        if tail.endswith(b"\r"):
            tail = tail[:-1]
        if tail.strip(b" \t"):
            continue
        out.append((i, end, close))
        if close:
            return out
    return None


def _fast_bodies(headers: Sequence[tuple[str, str]], body: bytes, truncated: bool) -> tuple[str | None, str | None] | None:
    """:func:`_stdlib_bodies` for LinkedIn's usual shapes without the stdlib parser; None for any other shape."""
    top: dict[str, str] = {}
    for k, v in headers:
        k = k.lower()
        if k in _MIME_FIELDS:
            if "\r" in v or not v.isascii():
                return None
            top.setdefault(k, v)
    ct = _content_type(top.get("content-type"))
    if ct is None:
        return None
    ctype, params = ct
    main = ctype.partition("/")[0]
    if main == "message":
        return None
    if main != "multipart":
        if main != "text" or top.get("content-disposition", "").lower().startswith("attachment"):
            return None, None
        text = _fast_text(top, params, body)
        if text is None:
            return None
        return (None, text) if ctype == "text/html" else (text, None)
    if body.count(b"\r") != body.count(b"\r\n"):
        return None
    found: dict[str, str] = {}
    try:
        _fast_parts(ctype, params, body, 0, found, truncated, [1])
    except _Declined:
        return None
    return found.get("text/plain"), found.get("text/html")


class _Declined(Exception):
    """A shape the fast split does not take: compat32 decides."""


def _fast_parts(ctype: str, params: dict[str, str], body: bytes, depth: int, found: dict[str, str], truncated: bool,
                count: list[int]) -> bool:
    """The parts of one multipart, in the order compat32's walk (:func:`_walk`) visits them.

    Fills *found* with the first text/plain and text/html; True once nothing more is
    wanted. Each part's bytes end at the next boundary line of this multipart, which is
    also where compat32 ends them: a boundary line of an enclosing multipart cannot fall
    inside, as the caller cut this body there.
    """
    if depth >= MAX_DEPTH:
        return False  # _walk yields nothing below
    boundary = params.get("boundary", "")
    if not boundary or ctype == "multipart/digest":
        raise _Declined
    marks = _boundaries(body, boundary)
    if not marks or marks[0][2]:
        raise _Declined
    ends = [m[0] for m in marks[1:]] + ([] if marks[-1][2] else [len(body)])  # no close line: the last part runs to EOF
    for (_, start, _), end in zip(marks, ends):
        if start == end:
            raise _Declined  # two boundary lines in a row: compat32 reads them as one
        part = _part_fields(body[start:end])
        if part is None:
            raise _Declined
        fields, at = part
        pct = _content_type(fields.get("content-type"))
        count[0] += 1
        if pct is None or pct[0].startswith("message/") or count[0] > MAX_PARTS:
            raise _Declined
        if pct[0].startswith("multipart/"):
            if _fast_parts(pct[0], pct[1], body[start + at: end], depth + 1, found, truncated, count):
                return True
            continue
        if pct[0] not in ("text/plain", "text/html") or pct[0] in found:
            continue
        if fields.get("content-disposition", "").lower().startswith("attachment"):
            continue
        text = _fast_text(fields, pct[1], _strip_eol(body[start + at: end]))
        if text is None:
            raise _Declined
        found[pct[0]] = text
        if truncated or len(found) == 2:
            return True
    return False


# --------------------------------------------------------------------------- public helpers


def is_candidate(headers: bytes) -> bool:
    """Does this header block claim to be LinkedIn, or look like it?

    True for a From under linkedin.com (e.linkedin.com too), a look-alike domain, a
    display name that claims LinkedIn, or a malformed From that names LinkedIn. A
    friend writing *about* LinkedIn from their own address is not a candidate.
    """
    try:
        head = _split_head(headers) if _HEADER_LINE.match(headers) else headers
        return any(_claims(s, raw) for s, raw in _from_senders(_headers(head)))
    except Exception:  # noqa: BLE001 - a header block we cannot read claims nothing
        return False


def message_id_of(data: bytes) -> str:
    """The Message-ID (normalized, with angle brackets), else ``<sha256:HEX@mailbot>`` of *data*."""
    try:
        value = _header_text(_get(_headers(_split_head(data)), "message-id"))
    except Exception:  # noqa: BLE001
        value = ""
    return _message_id(value, data)


def _message_id(value: str, data: bytes) -> str:
    m = re.search(r"<([^<>\s]+)>", value)
    if m:
        return f"<{m.group(1)}>"
    value = re.sub(r"[\s<>]", "", value)
    if value:
        return f"<{value}>"
    # Line endings differ between Maildir (LF) and IMAP (CRLF): hash the same mail the same way.
    digest = hashlib.sha256(data.replace(b"\r\n", b"\n")).hexdigest()
    return f"<sha256:{digest}@mailbot>"


def _fold(text: str, drop_initials: bool = False) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’`´]", "", text)
    text = re.sub(r"[\W_]+", " ", text)
    tokens = text.split()
    if drop_initials and len(tokens) > 2:
        tokens = [tokens[0]] + [t for t in tokens[1:-1] if len(t) > 1] + [tokens[-1]]
    return " ".join(tokens)


def person_key(name: str, headline: str, vanity: str) -> str:
    """``in:<vanity>`` when a vanity is known, else ``name:<folded name>|<folded headline>``.

    Folding: NFKD with diacritics stripped, case folded, punctuation dropped, single-letter
    middle initials dropped (names only), spaces collapsed.
    """
    if vanity and vanity.strip():
        return "in:" + unquote(vanity.strip()).strip("/").lower()
    return f"name:{_fold(name, drop_initials=True)}|{_fold(headline)}"


def canonical_profile_url(url: str) -> tuple[str, str]:
    """(canonical URL, vanity) of a LinkedIn profile link.

    ``/comm/in/<vanity>?...`` and ``/in/<vanity>/`` on any linkedin.com host become
    ``https://www.linkedin.com/in/<vanity>/`` (vanity lower-cased). ``/comm/profile/view?id=...``
    keeps its path and only the ``id`` parameter; the vanity is then "". Other URLs come back
    unchanged with vanity "".
    """
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url, ""
    host = (parts.hostname or "").lower()
    if not is_linkedin_domain(host):
        return url, ""
    path = parts.path
    m = re.match(r"^(?:/comm)?/in/([^/?#]+)", path)
    if m:
        vanity = unquote(m.group(1)).strip().lower()
        if vanity:
            return f"https://www.linkedin.com/in/{quote(vanity, safe='-_.~')}/", vanity
    if re.search(r"/profile/view/?$", path):
        kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=False) if k.lower() not in _TRACKING and k == "id"]
        query = ("?" + urlencode(kept)) if kept else ""
        return f"https://www.linkedin.com{path}{query}", ""
    return url, ""


def _is_profile_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if not is_linkedin_domain(parts.hostname or ""):
        return False
    m = re.match(r"^(?:/comm)?/in/([^/?#]+)", parts.path)
    if m:
        return m.group(1).lower() != "me"  # /in/me/...: the recipient's own profile
    return bool(re.search(r"/profile/view/?$", parts.path))


# --------------------------------------------------------------------------- interpretation


def _local_part(address: str) -> str:
    return address.rsplit("@", 1)[0].lower() if "@" in address else ""


def _kind_from_template(template: str) -> Kind | None:
    t = template.strip().lower()
    if not t:
        return None
    if "inmail" in t:
        return Kind.INMAIL
    if "endorse" in t:
        return Kind.ENDORSEMENT
    if "invit" in t or "m2m_invite" in t:
        if "accept" in t:
            return Kind.INVITATION_ACCEPTED
        if "remind" in t:
            return Kind.INVITATION_REMINDER
        if "digest" in t:
            return Kind.OTHER  # several people at once: nobody to judge
        return Kind.INVITATION
    if "accept" in t:
        return Kind.INVITATION_ACCEPTED
    if "member_message" in t or re.search(r"(^|_)(m2m_)?message(s)?(_|$)", t) or "messaging" in t:
        return Kind.MESSAGE
    if re.search(
        r"job|pymk|analytics|editorial|news|group|security|welcome|digest|suggest|notification|recap|profile|search|"
        r"premium|learning|event|birthday|anniversar|post|comment|reaction|mention|share|alert|password|verif|pin|"
        r"wvmp|follow|series|feed|hashtag|course|salary|survey|company|page",
        t,
    ):
        return Kind.OTHER
    return None


@functools.lru_cache(maxsize=2048)
def _is_kind_line(line: str) -> bool:
    """LinkedIn's own sentence naming the kind ("Jane endorsed you for Budgeting"), not a note quoting it.

    A sender's note may say "I endorsed you for X, could you ..."; only a line that the
    kind wording covers almost whole is LinkedIn's.
    """
    found = _match_kind(line)
    if not found:
        return False
    m = found[2]
    name = m.groupdict().get("name")
    if name is not None and _SENTENCE_NAME.search(name):
        return False  # "Hey, I endorsed you ...": a sentence, not a name
    skill = m.groupdict().get("skill") or ""
    if re.search(r"[.!?]\s+\S", skill):
        return False  # "… endorsed you for SAP. Return the favour?": a note going on after the skill
    rest = (line[:m.start()] + line[m.end():]).strip()
    return len(rest) <= 40


_SENTENCE_NAME = re.compile(r"(^|[\s,])(i|ich|je|j'|yo|io|we|wir|nous|hey|hi|hello|hallo|bonjour|hola|ciao|just|juste|"
                            r"gerade|soeben|acabo|appena|today|heute|hoy|oggi|ps|btw)($|[\s,])",
                            re.IGNORECASE)


def _match_kind(text: str) -> tuple[Kind, str, re.Match[str]] | None:
    if not text or len(text) > 300:
        return None
    low = text.casefold()
    if not any(k in low for k in wording.KIND_KEYWORDS):
        return None
    for kind, lang, rx in _KIND_RES:
        m = rx.search(text)
        if m:
            return kind, lang, m
    return None


def _valid_name(name: str | None) -> str:
    if not name:
        return ""
    name = name.strip().strip("\"'“”«»„").strip()
    name = _SPACES.sub(" ", name)
    if not name or len(name) > 80 or "@" in name or "http" in name.lower() or "/" in name:
        return ""
    if name.casefold() in _NOT_NAMES or name_claims_linkedin(name):
        return ""
    if not any(c.isalpha() for c in name):
        return ""
    return name


def _drop_address(name: str, recipient_first: str) -> str:
    """"Alex, Jane Roe" (LinkedIn addressing the recipient) -> "Jane Roe"; "Jane Roe, CPA" stays."""
    head, sep, rest = name.partition(",")
    if not sep or not rest.strip():
        return name
    head_f = _fold(head)
    if (recipient_first and head_f == _fold(recipient_first)) or _GREETING.fullmatch(head.strip()):
        return rest.strip()
    if len(head.split()) == 1 and len(rest.split()) >= 2 and not recipient_first:
        return rest.strip()
    return name


def _name_from_display(display: str, local: str) -> str:
    m = _VIA.match(display or "")
    if m:
        return _valid_name(m.group("name"))
    m = _VIA_ANY.match(display or "")
    if m and local in _PERSON_SENDERS:  # "Jana Nováková prostřednictvím LinkedIn": a language we do not list
        return _valid_name(m.group("name"))
    if local in _PERSON_SENDERS and display and not name_claims_linkedin(display):
        return _valid_name(display)
    return ""


def _is_url_line(line: str) -> bool:
    return bool(line) and (line.startswith(("http://", "https://", "<http")) and " " not in line)


def _button(line: str) -> re.Match[str] | None:
    if not line or len(line) > 2000:
        return None
    return _BUTTON.match(line) or (_BUTTON_ROW.match(line) if len(line) < 120 else None)


def _looks_like_name(line: str) -> bool:
    if not line or len(line) > 60 or _URL.search(line) or re.search(r"[.:;!?,]$", line) or re.search(r"\d", line):
        return False
    words = line.split()
    return 1 <= len(words) <= 6 and _valid_name(line) == line and not _GREETING.match(line)


def _cut_footer(lines: list[str]) -> tuple[list[str], list[str]]:
    for i, line in enumerate(lines):
        if _RULE.match(line) or (line and _ANY_FOOTER.match(line)):
            return lines[:i], lines[i:]
    return lines, []


def _card_block(lines: list[str], i: int) -> tuple[list[int], bool]:
    """Headline/location lines after the name line *i*, and whether a button follows them.

    Contiguous short lines are taken as they come; past a blank line (HTML layouts put
    one between every block) only short lines that do not read like a sentence.
    """
    block: list[int] = []
    j = i + 1
    seen_blank = False
    while j < len(lines) and len(block) < 4:
        line = lines[j]
        if not line:
            seen_blank = True
            j += 1
            continue
        if _button(line) or _is_url_line(line) or len(line) > 160:
            break
        if seen_blank and (
            len(line) > 100 or re.search(r"[.!?…\"”»,:;]$", line) or line[:1] in "\"“«„" or _GREETING.match(line)
            or _reads_like_sentence(line)
        ):
            break
        block.append(j)
        j += 1
    while j < len(lines) and not lines[j]:
        j += 1
    return block, j >= len(lines) or bool(_button(lines[j])) or _is_url_line(lines[j])


_SENTENCE = re.compile(r"[.!?…]\s+\S|(^|\s)(i|i'm|you|we|my|your|ich|wir|je|vous|nous|yo|tu|io|noi|eu|voce|ik|jij)(\s|$)",
                       re.IGNORECASE)


def _reads_like_sentence(line: str) -> bool:
    """A note line set under the card, not a location: two sentences, a pronoun, a lower-case
    start, a link, or seven words and more, mostly lower-case, with none of a headline's separators."""
    if line[:1].islower() or _SENTENCE.search(line) or "://" in line:
        return True
    words = line.split()
    capitalized = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 7 and capitalized * 2 < len(words) and not re.search(r"[|·•,@–&]", line)


def _find_card(lines: list[str], name: str) -> tuple[int, list[int]] | None:
    """(index of the name line, indices of the headline/location lines after it).

    The name may appear twice: as the card (name, headline, location, then buttons or
    the message) and in the sender's own signature. Preference: a name line with a
    headline under it that leads to the buttons; then one with a headline under it;
    then one that leads to the buttons; then the first.
    """
    target = _fold(name)
    if not target:
        return None
    ranked: list[tuple[int, int, list[int]]] = []
    for i, line in enumerate(lines):
        if not line or abs(len(line) - len(name)) > 12 or _fold(line) != target:
            continue
        block, to_button = _card_block(lines, i)
        block = [b for b in block if not re.search(r"[.!?]$", lines[b]) or " | " in lines[b]]
        headed = bool(block) and not any(lines[k] for k in range(i + 1, block[0]))
        rank = 0 if (headed and to_button) else 1 if headed else 2 if to_button else 3
        ranked.append((rank, i, block if (to_button or headed) else []))
    if not ranked:
        return None
    _, i, block = min(ranked)
    return i, block


def _card_without_name(lines: list[str]) -> tuple[int, list[int]] | None:
    """The block of short lines just above the first button: name, headline, location."""
    for b, line in enumerate(lines):
        if not _button(line):
            continue
        k = b - 1
        while k >= 0 and not lines[k]:
            k -= 1
        end = k
        while k >= 0 and lines[k] and end - k < 4:
            k -= 1
        start = k + 1
        if start <= end and _looks_like_name(lines[start]):
            return start, list(range(start + 1, end + 1))
        return None
    return None


def _normalize_note(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[\W_]+", " ", text)
    return text.strip()


def _strip_greeting(text: str) -> str:
    m = _GREETING.match(text)
    if m:
        rest = text[m.end():]
        consumed = text[: m.end()]
        if len(consumed.split()) > 5:
            return text  # "hey, nochmal wegen der Demo, passt Fr?": a sentence, not a greeting and a name
        # only when the greeting ended with punctuation or a line break: "Hi Paul," / "Hallo Paul\n"
        if re.search(r"[,.!:]\s*$", consumed) or "\n" in consumed or not rest.strip():
            return rest
    return text


def _is_default_note(note: str, names: Sequence[str]) -> bool:
    core = _strip_greeting(note.strip()).strip()
    lines = [ln for ln in core.split("\n") if ln.strip()]
    folded_names = {_fold(n) for n in names if n}
    while lines and (_fold(lines[-1].lstrip("-–— ")) in folded_names or _CARD_LINE.fullmatch(lines[-1].strip())):
        lines.pop()  # a "- Jane Roe" sign-off, or the sender's card under the note ("CEO | Acme", "Linz")
    norm = _normalize_note(" ".join(lines))
    if not norm:
        return True
    for n in folded_names:
        if n and norm.endswith(" " + n):
            norm = norm[: -len(n)].strip()
    if len(norm) > 200:
        return False
    if any(rx.fullmatch(norm) for _, rx in _DEFAULT_RES):
        return True
    # Any other wording of the same template: a few words about joining a LinkedIn network,
    # and nothing else (every other word is template glue in one of the languages).
    words = re.findall(r"\w+", norm)
    if not (len(words) <= 14 and "linkedin" in words and _NETWORK_WORD.search(norm)):
        return False
    return sum(w not in _TEMPLATE_WORDS for w in words) <= 1


# A line of the sender's card: a headline ("Geschäftsführer | Steinbichler Consulting") or a
# place of one to three capitalised words, with no sentence punctuation.
_CARD_PART = r"(?:[^.!?\n]|\.(?=\S)){2,80}"
_CARD_LINE = re.compile(_CARD_PART + r"\s[|·]\s" + _CARD_PART + r"\.?|(?:[A-ZÀ-Ý][\w'-]*)(?:[ ,]+[A-ZÀ-Ý][\w'-]*){0,2}")
_NETWORK_WORD = re.compile(r"\b(network|netzwerk|reseau|red|rete|rede|netwerk)\b")
_TEMPLATE_WORDS = frozenset("""
linkedin network netzwerk reseau red rete rede netwerk professional professionnel professionnelle profesional
professionale beruflichen berufliches beruflich i id d like love would want to join be part of add you your my me
on in at the a with connect
ich mochte mochten wurde will gerne gern sie dich ihr ihrem ihren ihrer mein meinem meinen zu in auf dem der den
hinzufugen aufnehmen anschliessen beitreten teil sein mit vernetzen
je j aimerais souhaiterais voudrais vous te ajouter a mon ma votre ton faire partie de du sur rejoindre
me gustaria quisiera anadirte anadirle agregarte formar parte de tu su mi en a unirme
vorrei aggiungerti aggiungerla entrare far parte della tua sua alla mia su di
gostaria adicionar adiciona-lo voce sua minha rede profissional no na fazer parte da
wil graag toevoegen aan mijn professionele netwerk op je uw deel uitmaken van
""".split())


def _language(scores: dict[str, int]) -> str:
    best = ""
    top = 0
    for lang in wording.LANGUAGES:
        if scores.get(lang, 0) > top:
            best, top = lang, scores[lang]
    return best


def _date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        d = parsedate_to_datetime(value)
    except Exception:  # noqa: BLE001
        return None
    if d is None:
        return None
    if d.tzinfo is None:
        d = d.replace(tzinfo=timezone.utc)
    return d


# --------------------------------------------------------------------------- parse_message


def parse_message(raw: RawMessage, authserv_ids: Sequence[str]) -> Notification | None:
    """Understand one message; None when it does not claim to be LinkedIn.

    Raises ParseError(reason) for mail that claims LinkedIn but cannot be understood
    (no headers at all, or anything unexpected on the way); never another exception.
    """
    try:
        return _parse(raw, authserv_ids)
    except ParseError:
        raise
    except RecursionError:
        raise ParseError("MIME structure too deep") from None
    except MemoryError:
        raise ParseError("message too large to parse") from None
    except Exception as exc:  # noqa: BLE001 - one bad mail must never stop a pass
        raise ParseError(f"unexpected {type(exc).__name__}: {str(exc)[:120]}") from None


def parse_batch(raws: Sequence[RawMessage], authserv_ids: Sequence[str]) -> list[tuple[Notification | None, str | None]]:
    """:func:`parse_message` over *raws*: (notification or None, None), or (None, why it failed) for each.

    Failures are values, so one bad mail never stops the rest, and the batch can be
    parsed in another process and sent back whole.
    """
    out: list[tuple[Notification | None, str | None]] = []
    for raw in raws:
        try:
            out.append((parse_message(raw, authserv_ids), None))
        except ParseError as exc:
            out.append((None, str(exc)))
        except Exception as exc:  # noqa: BLE001 - a parser bug must not stop the batch either
            out.append((None, f"unexpected {type(exc).__name__}: {exc}"))
    return out


def _parse(raw: RawMessage, authserv_ids: Sequence[str]) -> Notification | None:
    data = raw.data or b""
    head, body_bytes = _split(data)
    if not head:
        raise ParseError("no headers")
    headers = _headers(head)
    if not headers:
        raise ParseError("no headers")
    senders = _from_senders(headers)
    if not any(_claims(s, v) for s, v in senders):
        return None
    sender = next(((s, v) for s, v in senders if _claims(s, v)))[0]
    from_problem = sender.problem or ("the message has several From headers" if len(senders) > 1 else "")
    authenticity, auth_reason = assess(headers, sender.address, sender.display_name, authserv_ids, from_problem)

    subject = _header_text(_get(headers, "subject"))
    subject_m = _SUBJECT_PREFIX.sub("", subject)
    template = _header_text(_get(headers, "x-linkedin-template"))
    local = _local_part(sender.address)

    truncated = bool(raw.truncated) or (raw.size > len(data))
    plain, html = _bodies(headers, body_bytes, truncated)
    anchors: list[tuple[str, str]] = []
    html_lang = ""
    if html is not None:
        m = _HTML_LANG.search(html[:4000])
        html_lang = m.group(1).lower() if m else ""
    if plain is not None and plain.strip():
        text = plain
    elif html is not None:
        text, anchors = _html_to_text(html)
    else:
        text = plain or ""
    lines = _clean_text(text)
    body, footer = _cut_footer(lines)

    # ---- language: LinkedIn's own wording only (footer, buttons, its subject, <html lang>)
    scores: dict[str, int] = {}

    def vote(lang: str, weight: int) -> None:
        scores[lang] = scores.get(lang, 0) + weight

    if html_lang in wording.LANGUAGES:
        vote(html_lang, 3)
    for line in [ln for ln in footer[:80] if ln][:16]:
        for lang, rx in _FOOTER_LANG:
            if rx.match(line):
                vote(lang, 2)
                break
    for line in body:
        b = _button(line)
        if b:
            for lang in _BUTTON_LANG.get((b.groupdict().get("label") or "").casefold(), ()):
                vote(lang, 1)

    # ---- kind
    subj_hit = _match_kind(subject_m)
    body_hits: list[tuple[int, tuple[Kind, str, re.Match[str]]]] = []
    for i, line in enumerate(body[:80]):
        hit = _match_kind(line)
        if hit:
            body_hits.append((i, hit))
    other_hit = next((lang for lang, rx in _OTHER_RES if rx.search(subject_m)), "")

    tkind = _kind_from_template(template)
    if tkind is Kind.OTHER and "invite_digest" in template.lower() and subj_hit and subj_hit[0] in _INVITE_KINDS:
        named = _fold(_valid_name(subj_hit[2].groupdict().get("name") or ""))
        sender_named = _fold(_name_from_display(sender.display_name, local))
        if sender_named and named in ("", sender_named):
            tkind = subj_hit[0]  # one person's invitation sent with the digest template
    skind = subj_hit[0] if subj_hit else None
    bkind = body_hits[0][1][0] if body_hits else None
    display_person = _name_from_display(sender.display_name, local)
    fixed = _SENDER_KIND.get(local)
    if tkind is not None:
        kind = tkind
        if kind == Kind.INVITATION and skind == Kind.INVITATION_REMINDER:
            kind = skind  # a reminder sent with the first invitation's template
    elif fixed is not None:
        kind = fixed
    elif local == "invitations":
        kind = next((k for k in (skind, bkind) if k in _INVITE_KINDS), Kind.INVITATION)
    elif other_hit:
        kind = Kind.OTHER
    elif skind is not None:
        kind = skind
    elif bkind is not None:
        kind = bkind
    elif local == "messages-noreply" and display_person:
        kind = Kind.MESSAGE
    else:
        kind = Kind.OTHER
    if kind == Kind.INMAIL and skind == Kind.INMAIL:
        pass
    if subj_hit and (subj_hit[0] == kind or kind == Kind.OTHER or tkind is None):
        vote(subj_hit[1], 3)
    for _, (k, lang, _m) in body_hits[:6]:
        vote(lang, 2 if k == kind else 1)
    if other_hit:
        vote(other_hit, 2)
    language = _language(scores)

    # ---- person
    person: Person | None = None
    card: tuple[int, list[int]] | None = None
    headline = ""
    name = ""
    skill = ""
    if kind in _PERSON_KINDS:
        reply_name = ""
        if kind in (Kind.INMAIL, Kind.MESSAGE) and not display_person:
            r_name, r_addr = parseaddr(_header_text(_get(headers, "reply-to")))
            if is_linkedin_domain(r_addr.rsplit("@", 1)[-1]):  # the per-thread relay uuid@reply.linkedin.com
                reply_name = _valid_name(r_name)
        hit_names: list[str] = []
        recipient_first = (_valid_name(parseaddr(_header_text(_get(headers, "to")))[0]).split() or [""])[0]
        for hit in ([subj_hit] if subj_hit else []) + [h for _, h in body_hits]:
            if hit[0] in (kind, Kind.INVITATION, Kind.INVITATION_REMINDER) or kind not in _INVITE_KINDS:
                n = _valid_name(_drop_address(hit[2].groupdict().get("name") or "", recipient_first))
                if n and not (hit is subj_hit and kind == Kind.INMAIL):
                    hit_names.append(n)
                if kind == Kind.ENDORSEMENT and not skill:
                    g = hit[2].groupdict()
                    skill = (g.get("skill") or g.get("skill2") or "").strip().strip(".!\"'“”«»").strip()
        candidates = [n for n in (display_person, reply_name, *hit_names) if n]
        # the fullest form of the name: "Jane" from a subject yields to "Jane Roe" from the card
        name = candidates[0] if candidates else ""
        for n in candidates[1:]:
            if _fold(n).startswith(_fold(name) + " ") and not name.count(" "):
                name = n
        if name:
            card = _find_card(body, name)
            if card is None and " " not in name.strip():
                first = _fold(name)
                for line in body:
                    if _looks_like_name(line) and _fold(line).startswith(first + " "):
                        c = _find_card(body, line)
                        if c is not None:
                            name, card = line, c
                            break
        else:
            card = _card_without_name(body)
            if card is not None:
                name = body[card[0]]
            else:
                name = (_anchor_name(anchors or (_html_anchors(html) if html is not None else []), recipient_first)
                        or _vanity_name(body) or _headed_name(body, recipient_first))
                card = _find_card(body, name) if name else None
        if card is not None:
            for idx in card[1]:
                cand = body[idx]
                if cand and not _BOILER.fullmatch(cand) and not _match_kind(cand) and not _URL.search(cand):
                    headline = cand
                    break
        if name:
            profile = _profile_link(body, anchors, name)
            if not profile and html is not None and not anchors:
                # the text part names no profile: the HTML part's links do (cheap regex scan)
                profile = _profile_link([], _html_anchors(html), name)
            url, vanity = canonical_profile_url(profile) if profile else ("", "")
            person = Person(
                key=person_key(name, headline, vanity), name=name, headline=headline, profile_url=url, vanity=vanity
            )

    # ---- text
    note = ""
    default_note = False
    if kind != Kind.OTHER:
        recipient = _valid_name(parseaddr(_header_text(_get(headers, "to")))[0])
        note = _note(body, card, subject, recipient)
        if kind in (Kind.INVITATION, Kind.INVITATION_REMINDER):
            names = [name] + ([name.split()[0]] if name else [])
            if _is_default_note(note, names):
                default_note, note = True, ""
            elif not _strip_greeting(note).strip():
                default_note, note = True, ""

    links = _links(body, anchors, person.profile_url if person else "")
    return Notification(
        ref=raw.ref,
        message_id=_message_id(_header_text(_get(headers, "message-id")), data),
        date=_date(_header_text(_get(headers, "date"))),
        subject=subject,
        sender=sender.address,
        kind=kind,
        authenticity=authenticity,
        authenticity_reason=auth_reason,
        person=person,
        text=note,
        default_note=default_note,
        links=links,
        language=language,
        skill=skill,
        truncated=truncated,
    )


def _note(body: list[str], card: tuple[int, list[int]] | None, subject: str, recipient: str = "") -> str:
    drop: set[int] = set()
    if card is not None:
        drop.add(card[0])
        drop.update(card[1])
    subj = _fold(subject)
    prev_button = False
    for i, line in enumerate(body):
        if not line:
            continue
        b = _button(line)
        if b:
            drop.add(i)
            prev_button = not b.groupdict().get("url")
            continue
        if _is_url_line(line) or _link_line(line):
            drop.add(i)
            prev_button = False
            continue
        if prev_button and _URL.match(line):
            drop.add(i)
        prev_button = False
        if subj and abs(len(line) - len(subject)) < 8 and _fold(line) == subj:
            drop.add(i)
        elif recipient and abs(len(line) - len(recipient)) < 4 and _fold(line) == _fold(recipient):
            drop.add(i)  # the recipient's own name in an HTML header
        elif len(line) <= 200 and (_BOILER.fullmatch(line) or _is_kind_line(line)):
            drop.add(i)
    kept = [line for i, line in enumerate(body) if i not in drop]
    text = "\n".join(kept)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    text = _unquote(text)
    if not _strip_greeting(text).strip():
        return ""  # "Hi Alex," and nothing else
    return text


_QUOTES = {"“": "”", '"': '"', "«": "»", "„": "“", "‘": "’", "»": "«", "「": "」"}


def _unquote(text: str) -> str:
    """LinkedIn sets the note in quotes in some layouts: drop one pair around the whole text."""
    if len(text) >= 2 and text[0] in _QUOTES and text[-1] == _QUOTES[text[0]]:
        inner = text[1:-1]
        if text[0] not in inner and _QUOTES[text[0]] not in inner:
            return inner.strip()
    return text


_LINK_LINE = re.compile(r"^(?P<label>[^:]{1,60}):\s*(?P<url>https?://\S+)$")


def _link_line(line: str) -> bool:
    """"See all your endorsements: <linkedin.com URL>": a LinkedIn link with a short label."""
    m = _LINK_LINE.match(line)
    if not m or len(m.group("label").split()) > 8:
        return False
    try:
        return is_linkedin_domain(urlsplit(m.group("url")).hostname or "")
    except ValueError:
        return False


_ANCHOR_RE = re.compile(r"<a\s[^>]*?href\s*=\s*([\"'])(.*?)\1[^>]*>(.*?)</a\s*>", re.I | re.S)
_TAG_RE = re.compile(r"<[^>]*>")


def _html_anchors(html: str) -> list[tuple[str, str]]:
    """(href, text) of the links in *html*, by regex: enough to find a profile link."""
    out = []
    for m in _ANCHOR_RE.finditer(html[:MAX_HTML]):
        href = unescape(m.group(2)).strip()
        if "linkedin.com" not in href:
            continue
        out.append((href, _SPACES.sub(" ", unescape(_TAG_RE.sub(" ", m.group(3)))).strip()))
    return out


def _anchor_name(anchors: list[tuple[str, str]], recipient_first: str) -> str:
    """The sender's name as the text of the first link to a profile, when nothing else names them
    (a digest from "LinkedIn" whose subject wording is new)."""
    for url, label in anchors:
        label = " ".join(label.split())
        if _is_profile_url(url) and _looks_like_name(label) and not _button(label):
            if not recipient_first or not _fold(label).startswith(_fold(recipient_first) + " "):
                return label
    return ""


_HEADLINE_SHAPED = re.compile(r"\s[|·•–@]\s|\s(at|bei|chez|presso|en|em|bij)\s", re.IGNORECASE)


def _headed_name(body: list[str], recipient_first: str) -> str:
    """Near the top, a name-like line right above a headline-shaped one ("Cristina Valli" over
    "Community lead | Consulente ERP"): the card of a digest that links no profile."""
    for line, below in zip(body[:20], body[1:21]):
        if (_looks_like_name(line) and below and _HEADLINE_SHAPED.search(below) and not _is_kind_line(line)
                and not _BOILER.fullmatch(line)
                and not (recipient_first and _fold(line).startswith(_fold(recipient_first) + " "))):
            return line
    return ""


def _vanity_name(body: list[str]) -> str:
    """A body line that spells the vanity of the profile linked below it ("Cristina Valli" for
    /in/cristina-valli-8a2b31): the sender's name in a text digest that names nobody else."""
    for line in body:
        for url in _URL.findall(line):
            if not _is_profile_url(url):
                continue
            vanity = canonical_profile_url(str(url))[1]
            words = [w for w in vanity.split("-") if w.isalpha()]
            if len(words) < 2:
                continue
            spelled = " ".join(words)
            for candidate in body:
                if _looks_like_name(candidate) and _fold(candidate) == spelled:
                    return candidate
    return ""


def _profile_link(body: list[str], anchors: list[tuple[str, str]], name: str) -> str:
    label_next = False
    first = ""
    for line in body:
        b = _button(line)
        if b:
            label = (b.groupdict().get("label") or "").casefold()
            url = b.groupdict().get("url") or ""
            is_profile = any(w in label for w in ("profil", "profile", "perfil"))
            if is_profile and url and _is_profile_url(url):
                return url
            label_next = is_profile and not url
            continue
        for url in _URL.findall(line):
            if _is_profile_url(url):
                if label_next:
                    return str(url)
                first = first or str(url)
        label_next = False
    if first:
        return first
    target = _fold(name)
    named = [h for h, t in anchors if _is_profile_url(h) and _fold(t) == target]
    if named:
        return named[0]
    profiles = [h for h, _ in anchors if _is_profile_url(h)]
    if len({canonical_profile_url(h)[0] for h in profiles}) == 1:
        return profiles[0]  # one person linked, whatever the anchor text
    return ""  # several profiles and none named: do not guess (one may be the recipient's)


def _links(body: list[str], anchors: list[tuple[str, str]], profile: str) -> Links:
    urls = [u for line in body for u in _URL.findall(line)] + [h for h, _ in anchors]
    accept = thread = manage = ""
    for url in urls:
        url = url.rstrip(">).,;")
        try:
            parts = urlsplit(url)
        except ValueError:
            continue
        if not is_linkedin_domain(parts.hostname or ""):
            continue
        path = parts.path.lower()
        if not accept and ("invite-accept" in path or re.search(r"/invitations?/accept", path)):
            accept = url
        elif not thread and "/messaging/thread/" in path:
            thread = url
        elif not manage and ("invitation-manager" in path or re.search(r"/mynetwork/?($|invitation)", path)):
            manage = url
    return Links(profile=profile, accept=accept, thread=thread, manage=manage)
