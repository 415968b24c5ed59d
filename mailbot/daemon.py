"""`mailbot run`: file mail as it arrives (IDLE, or polling), until SIGTERM.

No business logic here: the loop connects, runs pipeline passes, waits for the
server to say something changed, and reconnects with capped backoff on transient
errors. SIGTERM while waiting exits at once; during a pass it lets the current mail
finish, then exits 0.
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

BACKOFF_START = 2.0
BACKOFF_MAX = 300.0


class _Shutdown(Exception):
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
                 make_pipeline: Callable[..., Pipeline]) -> None:
        self.config = config
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
            store.close()
            for signum, handler in previous.items():
                signal.signal(signum, handler)
        log.info("stopped")
        return 0

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
