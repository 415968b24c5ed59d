"""Frozen dataclasses and enums shared by every layer.

Data flows one way: RawMessage -> Notification -> Judgement -> Move -> store -> summary.
This module imports nothing else from mailbot so that every layer may import it.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime


class Kind(str, enum.Enum):
    """What a LinkedIn notification is about (taxonomy: "Notifications it reads")."""

    INVITATION = "invitation"
    INVITATION_REMINDER = "invitation_reminder"
    INVITATION_ACCEPTED = "invitation_accepted"
    MESSAGE = "message"
    INMAIL = "inmail"
    ENDORSEMENT = "endorsement"
    OTHER = "other"


class Verdict(str, enum.Enum):
    """The judgement of one act or one person; ordered by severity."""

    GOOD = "good"
    BAD = "bad"
    UGLY = "ugly"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]


_SEVERITY = {Verdict.GOOD: 0, Verdict.BAD: 1, Verdict.UGLY: 2}


class Disposition(str, enum.Enum):
    """Where a LinkedIn mail belongs; each value is a key of the [folders] config."""

    GOOD = "good"
    BAD = "bad"
    UGLY = "ugly"
    OTHER = "other"
    SUSPICIOUS = "suspicious"

    @classmethod
    def of(cls, verdict: Verdict) -> "Disposition":
        return cls(verdict.value)


class Recommendation(str, enum.Enum):
    ACCEPT = "accept"
    IGNORE = "ignore"
    REMOVE = "remove"
    REVIEW = "review"  # signals conflict: the user should look, not mailbot decide


class Authenticity(str, enum.Enum):
    """Whether mail that claims to be LinkedIn is believed to be LinkedIn."""

    VERIFIED = "verified"  # a trusted authserv-id saw dkim=pass for linkedin.com or dmarc=pass
    UNCHECKED = "unchecked"  # no trusted authserv-id is configured; only look-alikes are caught
    SUSPICIOUS = "suspicious"  # look-alike domain, display-name spoof, or failed authentication


@dataclass(frozen=True, order=True)
class MessageRef:
    """Where one message is now: folder, UIDVALIDITY of that folder, UID."""

    folder: str
    uidvalidity: int
    uid: int

    def __str__(self) -> str:
        return f"{self.folder}:{self.uidvalidity}:{self.uid}"


@dataclass(frozen=True)
class HeaderSummary:
    """The cheap first look at a message: enough to decide whether to fetch it whole."""

    ref: MessageRef
    headers: bytes
    size: int


@dataclass(frozen=True)
class RawMessage:
    ref: MessageRef
    data: bytes
    size: int  # size on the server; may exceed len(data) when the body was cut at the size limit
    truncated: bool = False


@dataclass(frozen=True)
class FolderStatus:
    """What STATUS tells about a folder: enough to know cheaply whether anything changed."""

    uidvalidity: int
    uidnext: int
    messages: int
    highestmodseq: int | None = None


@dataclass(frozen=True)
class Person:
    """Who is behind a notification, as LinkedIn names them.

    `key` is the identity used to link one person across URL forms and senders:
    "in:<vanity>" when a vanity profile URL is known, else "name:<folded name>|<folded headline>".
    """

    key: str
    name: str
    headline: str = ""
    profile_url: str = ""  # canonical https://www.linkedin.com/in/<vanity>/ when known, else as given
    vanity: str = ""


@dataclass(frozen=True)
class Links:
    profile: str = ""
    accept: str = ""
    thread: str = ""
    manage: str = ""


@dataclass(frozen=True)
class Notification:
    """One LinkedIn mail, understood; produced by parse.parse_message, pure data."""

    ref: MessageRef
    message_id: str  # the Message-ID header, or "<sha256:...@mailbot>" from the content when missing
    date: datetime | None
    subject: str
    sender: str  # the From address, lower-cased
    kind: Kind
    authenticity: Authenticity
    authenticity_reason: str
    person: Person | None
    text: str  # the personal note or message, LinkedIn boilerplate removed; "" when none
    default_note: bool  # an invitation carrying only LinkedIn's default text
    links: Links = field(default_factory=Links)
    language: str = ""  # "en", "de", "fr", "es", "it" when LinkedIn's wording told it
    skill: str = ""  # endorsements: the skill endorsed
    truncated: bool = False


@dataclass(frozen=True)
class Reason:
    """One plain-words reason for a verdict: `code` is stable, `text` is for people."""

    code: str
    text: str


@dataclass(frozen=True)
class Judgement:
    """The verdict on one message; `verdict` is None when the mail carries nothing to judge."""

    disposition: Disposition
    verdict: Verdict | None
    reasons: tuple[Reason, ...] = ()
    signals: frozenset[str] = frozenset()  # facts the judge saw (pretext, pitch, value, ...) kept for history


@dataclass(frozen=True)
class PersonEvent:
    """One earlier act of a person, as the store remembers it for the judge."""

    message_id: str
    kind: Kind
    date: datetime | None
    verdict: Verdict | None
    signals: frozenset[str]
    reasons: tuple[Reason, ...] = ()


@dataclass(frozen=True)
class PersonHistory:
    key: str
    events: tuple[PersonEvent, ...] = ()
