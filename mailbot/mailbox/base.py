"""The Mailbox protocol: the only view of a mail store that the pipeline has.

Two back ends implement it (IMAP via imapclient, Maildir via the stdlib) and one
contract suite (tests/contract) holds both to the same behaviour.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol

from ..model import FolderStatus, HeaderSummary, MessageRef, RawMessage


class Mailbox(Protocol):
    def folders(self) -> list[str]:
        """Every folder name, with "/" as the hierarchy delimiter whatever the server uses."""

    def ensure_folder(self, folder: str) -> None:
        """Create `folder` (and its parents) if missing; a no-op when it exists."""

    def status(self, folder: str) -> FolderStatus:
        """UIDVALIDITY, UIDNEXT, message count and HIGHESTMODSEQ (None without CONDSTORE): one cheap command."""

    def uids(self, folder: str, since_uid: int = 1) -> list[int]:
        """The UIDs in `folder` at or above `since_uid`, ascending."""

    def fetch_headers(self, folder: str, uids: Sequence[int]) -> Iterator[HeaderSummary]:
        """Header block and size of each message, in batches, without changing any flag (BODY.PEEK)."""

    def fetch(self, refs: Sequence[MessageRef], max_bytes: int) -> Iterator[RawMessage]:
        """Whole messages without changing any flag; bodies over `max_bytes` are cut and marked truncated.

        A ref whose message no longer exists is skipped.
        """

    def move(self, refs: Sequence[MessageRef], dest: str) -> dict[MessageRef, MessageRef | None]:
        """Move these messages (all from one folder) to `dest`, keeping their flags.

        Returns old ref -> new ref (None when the server did not say the new UID).
        Uses UID MOVE, else UID COPY + \\Deleted + UID EXPUNGE of exactly these UIDs;
        never a bare EXPUNGE. Raises MailboxProtocolError when neither is possible.
        """

    def find_message_id(self, folder: str, message_id: str) -> list[MessageRef]:
        """Refs in `folder` whose Message-ID header equals `message_id` (to settle an uncertain move)."""

    def append(self, folder: str, data: bytes, flags: Iterable[str] = ()) -> None:
        """Add a message to `folder` (used for summaries delivered by IMAP and by tests)."""

    def wait_for_new(self, folder: str, timeout: float) -> bool:
        """Block until `folder` may have changed (IDLE, or a poll) or `timeout` seconds pass.

        True when something may have changed. Safe to call repeatedly; renews IDLE itself.
        """

    def close(self) -> None:
        """Log out and release the connection; safe to call twice."""


def source_folder(refs: Sequence[MessageRef]) -> str:
    """The one folder that `refs` all come from; move() takes refs from one folder only."""
    folders = {r.folder for r in refs}
    if len(folders) != 1:
        raise ValueError(f"move takes refs from one folder, got {sorted(folders)}")
    return next(iter(folders))
