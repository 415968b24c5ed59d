"""`mailbot run`: file mail as it arrives (IDLE, or polling), until SIGTERM.

No business logic here: the loop connects, runs pipeline passes, waits for the
server to say something changed, and reconnects with capped backoff on transient
errors. SIGTERM while waiting exits at once; during a pass it lets the current mail
finish, then exits 0.

The daily summary runs beside the loop in an APScheduler BackgroundScheduler: a cron
job at `[summary] time` in `[summary] timezone` (misfire_grace_time = `[summary]
grace`, coalesce), plus a check at start and every SUMMARY_CHECK_EVERY that sends a
summary still due within the grace (a missed cron fire, a failed send, a DST quirk of
the scheduler). Whether a date's summary went out is decided by the store alone
(outbox.SummaryService), so the jobs may fire as often as they like. The jobs open
their own store and, for delivery = "imap", their own IMAP connection.
"""
from __future__ import annotations

import logging
import os
import signal
import socket
from collections.abc import Callable
from types import FrameType
from typing import Any

from .config import Config
from .errors import MailboxUnavailable
from .mailbox.base import Mailbox
from .pipeline import Pipeline
from .store import Store

log = logging.getLogger("mailbot.daemon")

SUMMARY_CHECK_EVERY = 600.0  # seconds
BACKOFF_START = 2.0
BACKOFF_MAX = 300.0


class _Shutdown(BaseException):
    """Raised by the signal handler only while the loop is waiting, never mid-pass."""


def sd_notify(state: str) -> None:
    """Tell systemd (Type=notify) how we are; a no-op outside systemd."""
    address = os.environ.get("NOTIFY_SOCKET")
    if not address:
        return
    if address.startswith("@"):
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.connect(address)
            sock.sendall(state.encode())
    except OSError as exc:
        log.debug("sd_notify failed: %s", exc)


class Daemon:
    def __init__(self, config: Config, open_mailbox: Callable[[Config], Mailbox],
                 make_pipeline: Callable[..., Pipeline], summary_service: Any = None) -> None:
        self.config = config
        self.summary_service = summary_service
        self.open_mailbox = open_mailbox
        self.make_pipeline = make_pipeline
        self.stopping = False
        self._waiting = False

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        log.info("received %s: stopping after the current mail", signal.Signals(signum).name)
        self.stopping = True
        if self._waiting:
            raise _Shutdown()

    def run(self) -> int:
        previous: dict[int, Any] = {s: signal.signal(s, self._on_signal) for s in (signal.SIGTERM, signal.SIGINT)}
        store = Store.open(self.config.state.path)
        backoff = BACKOFF_START
        scheduler = self._start_summary_jobs()
        try:
            while not self.stopping:
                mailbox = None
                try:
                    mailbox = self.open_mailbox(self.config)
                    pipeline = self.make_pipeline(self.config, mailbox, store, should_stop=lambda: self.stopping)
                    self._serve(mailbox, pipeline)
                    backoff = BACKOFF_START
                except MailboxUnavailable as exc:
                    log.warning("mail server unavailable: %s; retrying in %.0f s", exc, backoff)
                    self._sleep(backoff)
                    backoff = min(backoff * 2, BACKOFF_MAX)
                finally:
                    if mailbox is not None:
                        mailbox.close()
        except _Shutdown:
            pass
        finally:
            sd_notify("STOPPING=1")
            if scheduler is not None:
                scheduler.shutdown(wait=True)  # a summary being sent finishes (SMTP has a timeout)
            store.close()
            for signum, handler in previous.items():
                signal.signal(signum, handler)
        log.info("stopped")
        return 0

    def _start_summary_jobs(self) -> Any:
        from datetime import datetime

        from apscheduler.schedulers.background import BackgroundScheduler
        from apscheduler.triggers.cron import CronTrigger

        if self.summary_service is None:
            from .outbox import SummaryService
            self.summary_service = SummaryService.from_config(self.config, self.open_mailbox)
        cfg = self.config.summary
        scheduler = BackgroundScheduler(timezone=cfg.tz)
        # APScheduler 3 defaults misfire_grace_time to 1 s: a job that wakes late would be skipped.
        scheduler.add_job(self._summary_job, CronTrigger(hour=cfg.time.hour, minute=cfg.time.minute,
                                                         timezone=cfg.tz),
                          id="summary", misfire_grace_time=cfg.grace, coalesce=True, max_instances=1)
        scheduler.add_job(self._summary_job, "interval", seconds=SUMMARY_CHECK_EVERY, id="summary-check",
                          next_run_time=datetime.now(cfg.tz), misfire_grace_time=int(SUMMARY_CHECK_EVERY),
                          coalesce=True, max_instances=1)
        scheduler.start()
        log.info("daily summary at %s %s (delivery: %s)", cfg.time.strftime("%H:%M"), cfg.timezone, cfg.delivery)
        return scheduler

    def _summary_job(self) -> None:
        try:
            outcome = self.summary_service.run(mode="due")
        except Exception:  # a bug or a broken state must not kill the scheduler thread
            log.exception("the summary job failed")
            return
        if outcome.status not in ("not_due", "already", "waiting"):
            log.info("summary: %s", outcome.detail)

    def _serve(self, mailbox: Mailbox, pipeline: Pipeline) -> None:
        inbox = self.config.inbox
        self._pass(pipeline)
        sd_notify("READY=1\nSTATUS=watching " + inbox)
        while not self.stopping:
            self._waiting = True
            try:
                if self.stopping:
                    return
                mailbox.wait_for_new(inbox, timeout=self.config.daemon.idle_renew)
            finally:
                self._waiting = False
            if not self.stopping:
                self._pass(pipeline)

    def _pass(self, pipeline: Pipeline) -> None:
        result = pipeline.poll_once()
        if not result.idle:
            log.info("pass done: %d examined, %d LinkedIn, %d moved, %d unreadable", result.examined,
                     result.linkedin, result.moved, result.failed)

    def _sleep(self, seconds: float) -> None:
        import time
        self._waiting = True
        try:
            if not self.stopping:
                time.sleep(seconds)
        finally:
            self._waiting = False
