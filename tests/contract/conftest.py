"""Back ends for the contract suite: one `harness` per back end (Maildir, Dovecot via IMAP)."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from mailbot.mailbox.base import Mailbox
from mailbot.model import MessageRef

SYSTEM_FLAGS = {"\\Seen", "\\Answered", "\\Flagged", "\\Deleted", "\\Draft"}


@dataclass
class Harness:
    """A mailbox under test, a way to open a second independent one, and a flag probe."""

    name: str
    box: Mailbox
    open_other: Callable[[], Mailbox]
    flags: Callable[[MessageRef], set[str]]  # system flags, read behind the box's back
    _others: list[Mailbox] = field(default_factory=list)

    def other(self) -> Mailbox:
        box = self.open_other()
        self._others.append(box)
        return box

    def close(self) -> None:
        for box in [*self._others, self.box]:
            box.close()


def _maildir_harness(root: Path) -> Harness:
    from mailbot.mailbox.maildir import MaildirMailbox

    box = MaildirMailbox(root)
    probe = MaildirMailbox(root)
    return Harness("maildir", box, lambda: MaildirMailbox(root), probe.flags)


def _imap_box(account, **kw):
    from mailbot.mailbox.imap import ImapMailbox

    box = ImapMailbox(account.host, account.port, "none", account.username, account.password_provider,
                      timeout=10, **kw)
    box.connect()
    return box


def _dovecot_harness(account, raw_imap) -> Harness:
    raw = raw_imap(account)

    def flags(ref: MessageRef) -> set[str]:
        raw.select_folder(ref.folder, readonly=True)
        got = raw.get_flags([ref.uid]).get(ref.uid)
        if got is None:
            raise KeyError(str(ref))
        return {f.decode() for f in got} & SYSTEM_FLAGS

    return Harness("dovecot", _imap_box(account), lambda: _imap_box(account), flags)


@pytest.fixture(params=["maildir", "dovecot"])
def harness(request, tmp_path) -> Iterator[Harness]:
    if request.param == "maildir":
        h = _maildir_harness(tmp_path / "Maildir")
    else:
        account = request.getfixturevalue("imap_account")
        h = _dovecot_harness(account, request.getfixturevalue("raw_imap"))
    try:
        yield h
    finally:
        h.close()


@pytest.fixture
def imap_box_factory() -> Iterator[Callable[..., object]]:
    """Open ImapMailbox instances on an account (plain IMAP on loopback); closed after the test."""
    boxes = []

    def make(account, **kw):
        box = _imap_box(account, **kw)
        boxes.append(box)
        return box

    yield make
    for box in boxes:
        box.close()
