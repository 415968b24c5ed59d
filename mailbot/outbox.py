"""Delivering the daily summary, exactly once per local date.

Two outboxes: `SmtpOutbox` (smtplib; TLS or STARTTLS verified against the system CAs
or `[smtp] ca_file`; "none" only to a loopback host) and `ImapOutbox` (APPEND into
`[summary] folder`, on its own connection: never the daemon's). Transient failures
are retried with tenacity (capped exponential backoff); a day whose send failed for
certain is released, so a later pass tries again.

`SummaryService.run` is the one path by which a summary leaves, for the daemon's
cron job, its start-up and periodic checks, and `mailbot summary --send`:

1. ask `schedule.due` (or `for_day`) what the store says about the date;
2. claim the date in the store (state 'sending', a Message-ID derived from the date)
   before anything is sent;
3. send; on success mark the date 'sent'.

Why this is exactly once, and what happens after a crash. SMTP cannot promise
exactly once: a link that breaks between the end of DATA and the server's 250 leaves
the sender unsure (RFC 1047). Such a failure, or a crash in that window, leaves the
date 'sending'. A 'sending' record younger than `schedule.STALE_AFTER` is left alone
(another process may be sending right now). An older one is *verified*, never
resent blindly:

- delivery "imap": the summary folder is searched for the Message-ID. Found: the
  date is marked sent. Not found: the APPEND never happened, so it is sent again,
  with the same Message-ID.
- delivery "smtp": the server's queue cannot be asked, but the mail usually lands in
  the watched mailbox: the inbox and the summary folder are searched for the
  Message-ID. Found: marked sent. Not found proves nothing (the `to` address may be
  another mailbox, or the mail may still be queued), so the date is closed without
  sending (`summaries.note` says why) and a warning tells the user that
  `mailbot summary --send --force` sends it again. Between a possibly missing
  summary and a certainly duplicated one, mailbot chooses the first and says so.

A failure before the DATA command's 354 (connection refused, TLS, authentication, a
4xx or 5xx reply) certainly delivered nothing: the claim is released.
"""
from __future__ import annotations

import logging
import re
import smtplib
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from typing import Literal, Protocol

from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_exponential

from . import schedule
from .config import Config, SmtpConfig, is_loopback
from .errors import MailbotError
from .mailbox.base import Mailbox
from .store import Store
from .summary import SummaryModel, build, render

log = logging.getLogger("mailbot.outbox")


class SendFailed(MailbotError):
    """Nothing was delivered. `transient`: worth retrying (a connection problem, a 4xx reply)."""

    def __init__(self, message: str, transient: bool) -> None:
        super().__init__(message)
        self.transient = transient


class SendUncertain(MailbotError):
    """The link broke after the message was handed over: it may or may not have been delivered."""


class Outbox(Protocol):
    #: whether `find` answering False proves the summary was not delivered
    find_is_proof: bool

    def send_once(self, msg: EmailMessage) -> None:
        """One attempt; raises SendFailed or SendUncertain."""

    def find(self, message_id: str) -> bool | None:
        """True: delivered; False: not found; None: cannot tell."""


def message_id_for(day: date, domain: str, resend: int = 0) -> str:
    """`<summary-2026-11-27@mailbot.example.net>`; a forced resend adds `.rN` (a new mail, not a duplicate)."""
    clean = re.sub(r"[^A-Za-z0-9.-]", "", domain).strip(".") or "localhost"
    suffix = f".r{resend}" if resend else ""
    return f"<summary-{day.isoformat()}{suffix}@mailbot.{clean}>"


# ------------------------------------------------------------------------------ SMTP


class SmtpOutbox:
    """SMTP submission with smtplib; TLS is always verified (system CAs, or `ca_file`)."""

    find_is_proof = False

    def __init__(self, cfg: SmtpConfig, timeout: float = 60.0) -> None:
        self.cfg = cfg
        self.timeout = timeout

    def __str__(self) -> str:
        return f"SMTP {self.cfg.host}:{self.cfg.port} ({self.cfg.security})"

    def _context(self) -> ssl.SSLContext:
        cafile = str(self.cfg.ca_file) if self.cfg.ca_file else None
        context = ssl.create_default_context(cafile=cafile)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        return context

    def _connect(self) -> smtplib.SMTP:
        cfg = self.cfg
        if cfg.security == "none" and not is_loopback(cfg.host):
            raise SendFailed(f'[smtp] security = "none" is allowed only for a loopback host, not {cfg.host}',
                             transient=False)
        if cfg.security == "tls":
            client: smtplib.SMTP = smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=self.timeout,
                                                    context=self._context())
        else:
            client = smtplib.SMTP(cfg.host, cfg.port, timeout=self.timeout)
        try:
            client.ehlo()
            if cfg.security == "starttls":
                if not client.has_extn("starttls"):
                    raise SendFailed(f"{self} does not offer STARTTLS; use security = \"tls\" or another port",
                                     transient=False)
                client.starttls(context=self._context())
                client.ehlo()
            if cfg.username:
                assert cfg.password is not None
                client.login(cfg.username, cfg.password.reveal())
        except BaseException:
            _close(client)
            raise
        return client

    def send_once(self, msg: EmailMessage) -> None:
        cfg = self.cfg
        data = msg.as_bytes(policy=SMTP_POLICY)
        handed_over = False
        try:
            client = self._connect()
            try:
                code, reply = client.mail(cfg.from_addr, ["BODY=8BITMIME"] if client.has_extn("8bitmime") else [])
                if code != 250:
                    raise smtplib.SMTPSenderRefused(code, reply, cfg.from_addr)
                accepted = []
                for rcpt in cfg.to:
                    code, reply = client.rcpt(rcpt)
                    if code in (250, 251):
                        accepted.append(rcpt)
                    else:
                        log.warning("SMTP server refused recipient %s: %s %s", rcpt, code,
                                    reply.decode(errors="replace"))
                if not accepted:
                    raise smtplib.SMTPRecipientsRefused({r: (code, reply) for r in cfg.to})
                code, reply = client.docmd("DATA")
                if code != 354:
                    raise smtplib.SMTPDataError(code, reply)
                # From here on the server may accept the mail even if we never see its reply.
                handed_over = True
                client.send(_dot_stuff(data))
                code, reply = client.getreply()
                if code != 250:
                    handed_over = False  # a reply refusing the message is certain
                    raise smtplib.SMTPDataError(code, reply)
            finally:
                _quit(client)
        except SendFailed:
            raise
        except smtplib.SMTPAuthenticationError as exc:
            raise SendFailed(f"{self}: username or password rejected ({exc.smtp_code}); check [smtp] username "
                             f"and {cfg.password.where if cfg.password else 'password'}", transient=False) from None
        except ssl.SSLCertVerificationError as exc:
            raise SendFailed(f"{self}: the server's certificate is not trusted ({exc.verify_message}); "
                             f"set [smtp] ca_file to the CA that signed it", transient=False) from None
        except smtplib.SMTPResponseException as exc:
            text = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
            raise SendFailed(f"{self} refused the summary: {exc.smtp_code} {text}",
                             transient=400 <= exc.smtp_code < 500) from None
        except smtplib.SMTPRecipientsRefused as exc:
            codes = {c for c, _ in exc.recipients.values()}
            raise SendFailed(f"{self} refused every recipient in [smtp] to", transient=all(400 <= c < 500 for c in codes)) from None
        except smtplib.SMTPNotSupportedError as exc:
            raise SendFailed(f"{self}: {exc}", transient=False) from None
        except (OSError, smtplib.SMTPException) as exc:
            if handed_over:
                raise SendUncertain(f"{self}: the connection failed after the summary was handed over "
                                    f"({exc.__class__.__name__}: {exc}); it may have been delivered") from None
            raise SendFailed(f"{self}: {exc.__class__.__name__}: {exc}", transient=True) from None

    def find(self, message_id: str) -> bool | None:
        return None


def _dot_stuff(data: bytes) -> bytes:
    """RFC 5321 4.5.2: a line starting with "." gets another; then CRLF "." CRLF ends the data."""
    data = re.sub(rb"(?m)^\.", b"..", data)
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data + b".\r\n"


def _quit(client: smtplib.SMTP) -> None:
    try:
        client.quit()
    except (OSError, smtplib.SMTPException):
        _close(client)


def _close(client: smtplib.SMTP) -> None:
    try:
        client.close()
    except OSError:
        pass


# ------------------------------------------------------------------------------ IMAP


class ImapOutbox:
    """APPEND into a folder, on a connection of its own (opened per send, closed after)."""

    find_is_proof = True

    def __init__(self, open_mailbox: Callable[[], Mailbox], folder: str) -> None:
        self.open_mailbox = open_mailbox
        self.folder = folder

    def __str__(self) -> str:
        return f"folder {self.folder}"

    def send_once(self, msg: EmailMessage) -> None:
        try:
            box = self.open_mailbox()
        except MailbotError as exc:
            raise SendFailed(f"cannot open the mailbox to put the summary into {self.folder}: {exc}",
                             transient=True) from None
        try:
            try:
                box.ensure_folder(self.folder)
            except MailbotError as exc:
                raise SendFailed(f"cannot create {self.folder}: {exc}", transient=True) from None
            try:
                box.append(self.folder, msg.as_bytes(policy=SMTP_POLICY))
            except (MailbotError, OSError) as exc:
                raise SendUncertain(f"APPEND to {self.folder} failed: {exc}") from None
        finally:
            box.close()

    def find(self, message_id: str) -> bool | None:
        return _search(self.open_mailbox, [self.folder], message_id, missing_is_proof=True)


def _search(open_mailbox: Callable[[], Mailbox], folders: list[str], message_id: str,
            missing_is_proof: bool) -> bool | None:
    try:
        box = open_mailbox()
    except MailbotError as exc:
        log.warning("cannot open the mailbox to look for %s: %s", message_id, exc)
        return None
    try:
        existing = set(box.folders())
        for folder in folders:
            if folder in existing and box.find_message_id(folder, message_id):
                return True
        return False if missing_is_proof else None
    except MailbotError as exc:
        log.warning("cannot look for %s: %s", message_id, exc)
        return None
    finally:
        box.close()


# ------------------------------------------------------------------------------ the service


Status = Literal["sent", "already", "skipped", "waiting", "not_due", "failed", "uncertain"]


@dataclass(frozen=True)
class Outcome:
    status: Status
    day: date | None
    message_id: str
    detail: str

    def __str__(self) -> str:
        return self.detail


class SummaryService:
    """Build, render and deliver the day's summary at most once per local date (see module docstring)."""

    _lock = threading.Lock()  # the daemon's jobs and a CLI call in one process never interleave

    def __init__(self, config: Config, outbox: Outbox, *, domain: str,
                 hint: Callable[[str], bool | None] | None = None,
                 attempts: int = 4, wait_max: float = 60.0, sleep: Callable[[float], None] = time.sleep) -> None:
        self.config = config
        self.outbox = outbox
        self.domain = domain
        self.hint = hint  # a search for a Message-ID where an SMTP-sent summary usually lands
        self.attempts = attempts
        self.wait_max = wait_max
        self.sleep = sleep

    @classmethod
    def from_config(cls, config: Config, open_mailbox: Callable[[Config], Mailbox], **kwargs) -> "SummaryService":
        opener = lambda: open_mailbox(config)  # noqa: E731
        if config.summary.delivery == "imap" or config.smtp is None:
            domain = _domain_of(config.imap.username if config.imap else "") or (
                config.imap.host if config.imap else socket.getfqdn())
            return cls(config, ImapOutbox(opener, config.summary.folder), domain=domain, **kwargs)
        folders = [config.inbox, config.summary.folder]
        return cls(config, SmtpOutbox(config.smtp), domain=_domain_of(config.smtp.from_addr) or config.smtp.host,
                   hint=lambda mid: _search(opener, folders, mid, missing_is_proof=False), **kwargs)

    # -- the one path -------------------------------------------------------------

    def run(self, now: datetime | None = None, mode: Literal["due", "today", "force"] = "due") -> Outcome:
        """`due`: the scheduled check; `today`: `summary --send`; `force`: `summary --send --force`."""
        with self._lock:
            store = Store.open(self.config.state.path)  # a connection of this thread's own
            try:
                return self._run(store, now or datetime.now(timezone.utc), mode)
            finally:
                store.close()

    def _run(self, store: Store, now: datetime, mode: str) -> Outcome:
        cfg = self.config.summary
        tz = cfg.tz
        records = _records(store)
        today = schedule.local_day(now, tz)
        if mode == "force":
            decision = schedule.Decision("send", today, "forced")
        elif mode == "today":
            decision = schedule.for_day(today, records, now)
        else:
            decision = schedule.due(now, cfg.time, tz, timedelta(seconds=cfg.grace), records)
        day = decision.day
        if decision.action == "none":
            status: Status = "already" if day is not None and day in records else "not_due"
            return Outcome(status, day, records[day].message_id if day in records else "", decision.why)
        if decision.action == "wait":
            assert day is not None
            return Outcome("waiting", day, records[day].message_id, decision.why)
        assert day is not None
        if decision.action == "verify":
            return self._verify(store, records[day], now)
        existing = records.get(day)
        if mode == "force" and existing is not None:
            previous = re.search(r"\.r(\d+)@", existing.message_id)
            resend = (int(previous.group(1)) if previous else 0) + 1
            return self._send(store, day, message_id_for(day, self.domain, resend), now, claim=False)
        return self._send(store, day, message_id_for(day, self.domain), now, claim=True,
                          skip_empty=cfg.skip_when_empty and mode != "force")

    def _verify(self, store: Store, rec: schedule.Record, now: datetime) -> Outcome:
        day, mid = rec.day, rec.message_id
        found = self.outbox.find(mid)
        if found is None and self.hint is not None:
            found = self.hint(mid) or None
        if found:
            store.summary_sent(day.isoformat(), mid, now, note="found in the mailbox after an interrupted send")
            log.info("the summary for %s (%s) was delivered before an interruption; not sending again", day, mid)
            return Outcome("already", day, mid, f"the summary for {day} was already delivered ({mid})")
        if found is False and self.outbox.find_is_proof:
            log.info("the summary for %s (%s) is not in %s after an interrupted send; sending it again",
                     day, mid, self.outbox)
            store.reclaim_summary(day.isoformat(), mid, now)
            return self._send(store, day, mid, now, claim=False, release_on_failure=True)
        note = ("delivery uncertain after an interrupted send; not sent again "
                "(`mailbot summary --send --force` sends it)")
        store.summary_sent(day.isoformat(), mid, None, note=note)
        log.warning("the summary for %s (%s) may or may not have been delivered: sending was interrupted after "
                    "the server had it, and it is not in the mailbox. Not sending a second copy; "
                    "`mailbot summary --send --force` sends it again.", day, mid)
        return Outcome("uncertain", day, mid, f"the summary for {day} may have been delivered; not sent again")

    def _send(self, store: Store, day: date, mid: str, now: datetime, *, claim: bool,
              skip_empty: bool = False, release_on_failure: bool | None = None) -> Outcome:
        cfg = self.config.summary
        # The window is "since the summary of an earlier date": a forced resend repeats the
        # day's content, not the few minutes since its first send. The first summary has all.
        since = store.last_summary_sent(before_day=day.isoformat())
        model = build(store, now, show_all=since is None, since=since, tz=cfg.tz, day=day)
        if skip_empty and model.is_empty:
            if store.claim_summary(day.isoformat(), mid, now):
                store.summary_sent(day.isoformat(), mid, None, note="nothing to decide; not sent (skip_when_empty)")
            return Outcome("skipped", day, mid, f"nothing to decide for {day}; no summary sent "
                                                f"([summary] skip_when_empty = true)")
        if claim and not store.claim_summary(day.isoformat(), mid, now):
            return Outcome("already", day, mid, f"the summary for {day} is already recorded")
        release = claim if release_on_failure is None else release_on_failure
        msg = self.compose(model, mid, now)
        try:
            self._deliver(msg)
        except SendFailed as exc:
            if release:
                store.release_summary(day.isoformat(), mid)
            log.error("the summary for %s was not sent: %s%s", day, exc,
                      "; a later pass tries again" if exc.transient else "")
            return Outcome("failed", day, mid, f"the summary for {day} was not sent: {exc}")
        except SendUncertain as exc:
            log.warning("%s; the next pass looks for %s before sending again", exc, mid)
            return Outcome("uncertain", day, mid, f"the summary for {day} may have been delivered: {exc}")
        store.summary_sent(day.isoformat(), mid, now)
        log.info("sent the summary for %s to %s (%s)", day, self.outbox, mid)
        return Outcome("sent", day, mid, f"sent the summary for {day} ({mid}) to {self.outbox}")

    def compose(self, model: SummaryModel, message_id: str, now: datetime) -> EmailMessage:
        cfg = self.config
        if cfg.smtp is not None and cfg.summary.delivery == "smtp":
            from_addr, to = cfg.smtp.from_addr, cfg.smtp.to
        else:
            from_addr = f"mailbot@{self.domain}"
            user = cfg.imap.username if cfg.imap else ""
            to = (user,) if "@" in user else ()
        return render(model, cfg.summary.templates_dir, from_addr=from_addr, to=to, message_id=message_id, when=now)

    def _deliver(self, msg: EmailMessage) -> None:
        retrying = Retrying(
            retry=retry_if_exception(lambda e: isinstance(e, SendFailed) and e.transient),
            stop=stop_after_attempt(self.attempts),
            wait=wait_exponential(multiplier=2, min=2, max=self.wait_max),
            sleep=self.sleep,
            before_sleep=lambda rs: log.warning("sending the summary failed (%s); retrying",
                                                rs.outcome.exception() if rs.outcome else "?"),
            reraise=True)
        retrying(self.outbox.send_once, msg)


def _records(store: Store) -> dict[date, schedule.Record]:
    out = {}
    for row in store.summary_records():
        created = datetime.fromisoformat(row["created_at"])
        out[date.fromisoformat(row["day"])] = schedule.Record(
            date.fromisoformat(row["day"]), row["state"], row["message_id"],
            created if created.tzinfo else created.replace(tzinfo=timezone.utc))
    return out


def _domain_of(address: str) -> str:
    return address.rpartition("@")[2].strip().lower() if "@" in address else ""
