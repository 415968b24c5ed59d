"""Test helpers for the daily summary: a real SMTP server (aiosmtpd) and a sample state.

Fixtures (imported into tests/conftest.py)
- `smtp_plain`: aiosmtpd on 127.0.0.1, a free port, no TLS -> SmtpServer
- `smtp_starttls`: the same with STARTTLS required and AUTH (user "mailbot", password "s3cret")
- `smtp_tls`: implicit TLS (port-465 style) with AUTH
Each SmtpServer has .host, .port, .ca_file (None for plain), .messages (list of
received email.message.EmailMessage), .envelopes, and .fail_next(code, text) to make
the next DATA fail with that reply.

`sample_state(store, now)` fills a Store with a realistic day: several people to
accept, remove and ignore, an FYI message and mail filed in every folder.
"""
from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import Any

import pytest

from mailbot.model import (Authenticity, Disposition, Judgement, Kind, Links, MessageRef, Notification, Person,
                           Reason, Recommendation, Verdict)
from mailbot.store import Store

__all__ = ["smtp_plain", "smtp_starttls", "smtp_tls", "SmtpServer", "sample_state", "free_port",
           "SMTP_USER", "SMTP_PASSWORD"]

HOST = "127.0.0.1"
SMTP_USER = "mailbot"
SMTP_PASSWORD = "s3cret"


def free_port(host: str = HOST) -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def make_certificates(directory: Path) -> tuple[Path, Path, Path]:
    """A throw-away CA and a server certificate for localhost/127.0.0.1; returns (ca, cert, key)."""
    openssl = shutil.which("openssl")
    if not openssl:
        pytest.skip("openssl is needed to make the test certificate")
    directory.mkdir(parents=True, exist_ok=True)
    ca_key, ca = directory / "ca.key", directory / "ca.pem"
    key, csr, crt, ext = (directory / n for n in ("server.key", "server.csr", "server.pem", "server.ext"))
    ext.write_text("basicConstraints = critical, CA:FALSE\nextendedKeyUsage = serverAuth\n"
                   "subjectAltName = DNS:localhost, IP:127.0.0.1\n")

    def run(*args: str) -> None:
        subprocess.run([openssl, *args], check=True, capture_output=True)

    run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-keyout", str(ca_key), "-out", str(ca),
        "-subj", "/CN=mailbot smtp test CA", "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(csr), "-subj", "/CN=localhost")
    run("x509", "-req", "-in", str(csr), "-CA", str(ca), "-CAkey", str(ca_key), "-CAcreateserial", "-days", "2",
        "-out", str(crt), "-extfile", str(ext))
    return ca, crt, key


@dataclass
class SmtpServer:
    host: str
    port: int
    ca_file: Path | None
    messages: list[EmailMessage] = field(default_factory=list)
    envelopes: list[Any] = field(default_factory=list)
    _fail: list[tuple[int, str]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def fail_next(self, code: int, text: str = "try again later") -> None:
        self._fail.append((code, text))

    # aiosmtpd handler hook
    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self._lock:
            if self._fail:
                code, text = self._fail.pop(0)
                return f"{code} {text}"
            self.envelopes.append(envelope)
            self.messages.append(message_from_bytes(envelope.original_content or envelope.content,
                                                    policy=default))  # type: ignore[arg-type]
        return "250 OK queued"


class _Auth:
    def __call__(self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> Any:
        from aiosmtpd.smtp import AuthResult, LoginPassword
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login == SMTP_USER.encode()
              and auth_data.password == SMTP_PASSWORD.encode())
        return AuthResult(success=ok, handled=False)


def _serve(tmp: Path, mode: str) -> Iterator[SmtpServer]:
    pytest.importorskip("aiosmtpd")
    from aiosmtpd.controller import Controller

    port = free_port()
    ca = None
    kwargs: dict[str, Any] = {}
    if mode != "plain":
        ca, crt, key = make_certificates(tmp / "smtp-tls")
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(str(crt), str(key))
        kwargs.update(authenticator=_Auth(), auth_require_tls=True)
        if mode == "starttls":
            kwargs.update(tls_context=context, require_starttls=True)
        else:
            # aiosmtpd does not count implicit TLS as TLS for AUTH; the whole link is TLS here.
            kwargs.update(ssl_context=context, auth_require_tls=False)
    server = SmtpServer(HOST, port, ca)
    controller = Controller(server, hostname=HOST, port=port, server_hostname="localhost", **kwargs)
    controller.start()
    try:
        yield server
    finally:
        controller.stop()


@pytest.fixture
def smtp_plain(tmp_path: Path) -> Iterator[SmtpServer]:
    yield from _serve(tmp_path, "plain")


@pytest.fixture
def smtp_starttls(tmp_path: Path) -> Iterator[SmtpServer]:
    yield from _serve(tmp_path, "starttls")


@pytest.fixture
def smtp_tls(tmp_path: Path) -> Iterator[SmtpServer]:
    yield from _serve(tmp_path, "tls")


# ------------------------------------------------------------------------------ a sample state

_uid = iter(range(1, 1_000_000))


def _add(store: Store, now: datetime, kind: Kind, person: Person | None, text: str, verdict: Verdict | None,
         disposition: Disposition, reasons: tuple[Reason, ...], when: datetime, links: Links = Links()) -> None:
    uid = next(_uid)
    note = Notification(MessageRef("INBOX", 1, uid), f"<sample-{uid}@linkedin.example>", when,
                        f"{person.name if person else 'LinkedIn'} ({kind.value})",
                        "invitations@linkedin.com", kind, Authenticity.VERIFIED, "", person, text,
                        kind is Kind.INVITATION and not text, links)
    key = person.key if person and disposition is not Disposition.SUSPICIOUS else None
    store.record(note, Judgement(disposition, verdict, reasons, frozenset()), now, key)


def _person(vanity: str, name: str, headline: str) -> Person:
    return Person(f"in:{vanity}", name, headline, f"https://www.linkedin.com/in/{vanity}/", vanity)


def _invite_links(vanity: str, n: int) -> Links:
    return Links(profile=f"https://www.linkedin.com/in/{vanity}/",
                 accept=f"https://www.linkedin.com/comm/mynetwork/invitation-manager/accept?invitationId={7000 + n}")


def sample_state(store: Store, now: datetime, *, hostile: bool = False) -> None:
    """A realistic day: 3 to accept, 2 to remove, 3 to ignore, one FYI, mail in every folder.

    `hostile=True` adds a person named `<img src=x onerror=alert(1)>` whose note holds a
    `<script>` and whose links are javascript: URLs.
    """
    d = lambda days, hours=0: now - timedelta(days=days, hours=hours)  # noqa: E731
    G, B, U = Verdict.GOOD, Verdict.BAD, Verdict.UGLY
    people: list[tuple[Person, Verdict, Recommendation, list[tuple[Kind, str, Verdict | None, Disposition, datetime]],
                       tuple[Reason, ...]]] = []

    p = _person("priya-raman-cpa", "Priya Raman", "Audit Manager at Keller & Stone")
    people.append((p, G, Recommendation.ACCEPT, [(Kind.INVITATION,
        "Hi Alex, I host a free monthly IFRS 16 roundtable for controllers in Munich; each session counts for "
        "2 CPE credits. Happy to add you to the invite list for the next one on 4 December.", G, Disposition.GOOD,
        d(0, 5))],
        (Reason("value:event", "personal note offers a free event: “free monthly IFRS 16 roundtable”"),
         Reason("value:cpe", "personal note offers CPE credits: “2 CPE credits”"))))
    p = _person("tomas-ibarra", "Tomás Ibarra", "Group Financial Reporting Lead, Alvarez Logistics")
    people.append((p, G, Recommendation.ACCEPT, [(Kind.INVITATION,
        "We both moved our group close from HGB to IFRS last year. How did you handle the lease "
        "reclassification in the first consolidated quarter? I'd gladly share our checklist.", G,
        Disposition.GOOD, d(0, 9))],
        (Reason("value:peer_question", "personal note asks a peer's question in your field: “How did you handle "
                                       "the lease reclassification”"),
         Reason("value:shared_work", "personal note offers to share work: “share our checklist”"))))
    p = _person("mira-lindqvist", "Mira Lindqvist", "Controller at Nordlys Energy")
    people.append((p, G, Recommendation.ACCEPT, [(Kind.INVITATION,
        "Jonas Weber suggested I get in touch: we are both rolling out the same consolidation tool and he "
        "thought we could compare notes.", G, Disposition.GOOD, d(0, 14))],
        (Reason("value:introduction", "personal note gives a real introduction: “Jonas Weber suggested I get in "
                                      "touch”"),)))

    p = _person("derek-walsh-apex", "Derek Walsh", "Founder, Apex Wealth Partners")
    people.append((p, U, Recommendation.REMOVE, [
        (Kind.INVITATION, "Hi Alex, I'm putting together a small peer circle of finance leaders in Bavaria to "
                          "swap notes. No agenda, just peers. Would be great to have you.", G, Disposition.UGLY,
         d(21)),
        (Kind.INVITATION_ACCEPTED, "", None, Disposition.UGLY, d(20)),
        (Kind.MESSAGE, "Thanks for connecting! Quick one: are you happy with how your personal wealth is "
                       "managed? I'd love 20 minutes to show you our tax-optimised portfolio service.", U,
         Disposition.UGLY, d(0, 3))],
        (Reason("bait_and_switch", "asked to connect to join a peer circle of finance leaders, then pitched "
                                   "“20 minutes to show you our tax-optimised portfolio service” 21 days later"),)))
    p = _person("sandra-kuehn-ledgerflow", "Sandra Kühn", "Business Development, LedgerFlow")
    people.append((p, B, Recommendation.REMOVE, [
        (Kind.MESSAGE, "Hi Alex, LedgerFlow automates intercompany reconciliation. Could we book a demo next "
                       "week?", B, Disposition.BAD, d(12)),
        (Kind.MESSAGE, "Following up on my note: teams like yours close 3 days faster with LedgerFlow. Does "
                       "Thursday 10:00 work for a quick call?", B, Disposition.BAD, d(0, 6))],
        (Reason("only_pitches", "pitched 2 times, nothing of value"),
         Reason("pitch", "message asks for a demo: “Could we book a demo next week?”"))))

    p = _person("kevin-marsh-quotamax", "Kevin Marsh", "Sales Director at QuotaMax")
    people.append((p, B, Recommendation.IGNORE, [(Kind.INVITATION,
        "I help finance teams like yours cut month-end close time by 40%. Open to a 15-minute demo?", B,
        Disposition.BAD, d(0, 4))],
        (Reason("pitch", "personal note asks for a demo: “Open to a 15-minute demo?”"),)))
    p = _person("laura-bennett-talent", "Laura Bennett", "Talent Partner at Brightpath Staffing")
    people.append((p, B, Recommendation.IGNORE, [(Kind.INVITATION, "", B, Disposition.BAD, d(0, 8))],
        (Reason("no_note", "no personal note (LinkedIn's default text only)"),)))
    p = _person("marco-cantarutti", "Marco Cantarutti", "Insurance Broker")
    people.append((p, U, Recommendation.IGNORE, [
        (Kind.INMAIL, "Since you ignored my invitation: very unprofessional for someone in your position. "
                      "Maybe you'll reconsider.", U, Disposition.UGLY, d(3)),
        (Kind.INVITATION_REMINDER, "", None, Disposition.UGLY, d(0, 2))],
        (Reason("known", "already known as ugly from earlier mail; invites again"),
         Reason("hostility", "hostile InMail: “very unprofessional for someone in your position”"))))

    if hostile:
        p = Person("in:evil", "<img src=x onerror=alert(1)>", "CEO <b>bold</b> & \"quotes\"",
                   "javascript:alert(2)", "evil")
        people.append((p, B, Recommendation.IGNORE, [(Kind.INVITATION,
            "Hello <script>alert('note')</script> and </textarea><svg onload=alert(3)>", B, Disposition.BAD,
            d(0, 1))], (Reason("pitch", "personal note pitches: “<script>alert(4)</script>”"),)))

    for i, (person, verdict, rec, acts, reasons) in enumerate(people):
        for kind, text, v, disposition, when in acts:
            links = (_invite_links(person.vanity, i) if kind in (Kind.INVITATION, Kind.INVITATION_REMINDER)
                     else Links(profile=person.profile_url))
            if hostile and person.key == "in:evil":
                links = Links(profile="javascript:alert(5)", accept="http://linkedin.com.evil.example/accept")
            _add(store, now, kind, person, text, v, disposition, reasons if v else (), when, links)
        store.set_person_state(person.key, verdict, rec, reasons, now)

    anna = _person("anna-schulz-audit", "Anna Schulz", "Partner, Schulz & Roth Audit")
    _add(store, now, Kind.MESSAGE, anna, "As promised, here are the slides from last week's session on the new "
         "EU sustainability reporting rules; pages 12-18 cover the audit trail you asked about.", G,
         Disposition.GOOD, (Reason("value:resource", "message shares a free resource"),), d(0, 7),
         Links(profile=anna.profile_url, thread="https://www.linkedin.com/messaging/thread/2-abc/"))
    store.set_person_state(anna.key, G, None, (), now)
    for n in range(9):
        _add(store, now, Kind.OTHER, None, "", None, Disposition.OTHER, (), d(0, n + 1))
    for n in range(2):
        _add(store, now, Kind.INVITATION, None, "", None, Disposition.SUSPICIOUS,
             (Reason("suspicious", "not really from LinkedIn: look-alike domain linkedln.com"),), d(0, n + 1))
