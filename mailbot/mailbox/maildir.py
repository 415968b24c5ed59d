"""The Mailbox protocol on a local Maildir++ tree: the embedded default for the demo and fast tests.

Layout (Dovecot's default Maildir++): INBOX is the root directory; folder "A/B" is
the directory ".A.B" beside INBOX's cur/new/tmp ("/" maps to ".", so a folder name
may not contain "."). Files are named "<key>" in new/ or "<key>:2,<flags>" in cur/,
and the key never changes while the message lives in a folder.

To behave like IMAP for the contract suite, each folder keeps `mailbot-uidlist`
(JSON: uidvalidity, next_uid, key -> uid), updated under an flock and replaced
atomically, so UIDs are stable integers that only grow, UIDNEXT and UIDVALIDITY mean
what they mean in IMAP, and several processes may share the tree. Messages added by
other programs get UIDs at the next look, in order of file modification time.

Only system flags are kept (\\Seen S, \\Answered R, \\Flagged F, \\Deleted T,
\\Draft D); keywords are dropped. Reads never rename a file, so flags never change.
"""
from __future__ import annotations

import contextlib
import fcntl
import itertools
import json
import logging
import os
import re
import socket
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import MailboxProtocolError, MailboxUnavailable
from ..model import FolderStatus, HeaderSummary, MessageRef, RawMessage
from . import HEADER_FIELDS
from .base import source_folder

UIDLIST = "mailbot-uidlist"
LOCKFILE = "mailbot-uidlist.lock"
_FLAG_TO_LETTER = {"\\SEEN": "S", "\\ANSWERED": "R", "\\FLAGGED": "F", "\\DELETED": "T", "\\DRAFT": "D"}
_LETTER_TO_FLAG = {"S": "\\Seen", "R": "\\Answered", "F": "\\Flagged", "T": "\\Deleted", "D": "\\Draft"}
_WANTED = {f.lower().encode() for f in HEADER_FIELDS}
_counter = itertools.count()
_SETTLED_NS = 1_000_000_000  # a directory unchanged for 1 s cannot hide a same-tick change


@dataclass
class _Folder:
    """A folder's UID state as last synchronised."""

    uidvalidity: int
    next_uid: int
    uids: dict[str, int]  # key -> uid
    files: dict[str, str] = field(default_factory=dict)  # key -> "cur/<name>" or "new/<name>"
    stamp: tuple[int, ...] = ()  # mtimes that vouch for `files`

    @property
    def by_uid(self) -> dict[int, str]:
        return {uid: key for key, uid in self.uids.items()}


def _key_of(name: str) -> str:
    return name.split(":", 1)[0]


def _header_block(data: bytes) -> bytes:
    """Everything up to and including the empty line that ends the header."""
    m = re.search(rb"\r?\n\r?\n", data)
    if m is None:
        return data
    return data[:m.end()]


def select_header_fields(data: bytes, wanted: set[bytes] = _WANTED) -> bytes:
    """What IMAP's BODY[HEADER.FIELDS (...)] returns: the wanted fields, folded lines
    included, in message order, then an empty line (CRLF as the message uses it)."""
    block = _header_block(data)
    eol = b"\r\n" if b"\r\n" in block else b"\n"
    lines = block.splitlines(keepends=True)
    out: list[bytes] = []
    keep = False
    for line in lines:
        if line in (b"\r\n", b"\n"):
            break
        if line[:1] in (b" ", b"\t"):
            if keep:
                out.append(line)
            continue
        name = line.split(b":", 1)[0].strip().lower()
        keep = b":" in line and name in wanted
        if keep:
            out.append(line)
    return b"".join(out) + eol


def _message_id_of(data: bytes) -> str:
    fields = select_header_fields(data, {b"message-id"})
    value = fields.partition(b":")[2]
    return re.sub(rb"\s+", b"", value).decode("utf-8", "replace")


class MaildirMailbox:
    """The Mailbox protocol on the Maildir++ tree at `root` (created when missing).

    Extra: `flags(ref)` returns a message's IMAP system flags (tests use it);
    `poll_interval` is wait_for_new's sleep between looks.
    """

    def __init__(self, root: Path | str, *, poll_interval: float = 0.05,
                 logger: logging.Logger | None = None) -> None:
        self.root = Path(root)
        self.poll_interval = poll_interval
        self.log = logger or logging.getLogger("mailbot.mailbox.maildir")
        self.commands_sent = 0  # not IMAP; kept for the same reports
        self.bytes_fetched = 0
        self._cache: dict[str, _Folder] = {}
        self._known: dict[str, tuple[int, int, int]] = {}
        self._hostname = re.sub(r"[/:\\.]", "_", socket.gethostname() or "localhost")
        try:
            self._make_maildir(self.root)
        except OSError as e:
            raise MailboxUnavailable(f"cannot create the Maildir {self.root}: {e}") from None

    def __repr__(self) -> str:
        return f"MaildirMailbox({str(self.root)!r})"

    def __enter__(self) -> "MaildirMailbox":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def connect(self) -> None:
        """Nothing to do; kept so callers may treat both back ends alike."""

    # -- paths ----------------------------------------------------------------------
    @staticmethod
    def _parts(folder: str) -> list[str]:
        parts = [p for p in folder.strip("/").split("/") if p]
        for p in parts:
            if "." in p or p.startswith("~"):
                raise MailboxProtocolError(f"Maildir++ folder names may not contain '.': {folder!r}")
        return parts

    def _dir(self, folder: str) -> Path:
        parts = self._parts(folder)
        if not parts or (len(parts) == 1 and parts[0].upper() == "INBOX"):
            return self.root
        return self.root / ("." + ".".join(parts))

    @staticmethod
    def _make_maildir(path: Path) -> None:
        for sub in ("cur", "new", "tmp"):
            (path / sub).mkdir(parents=True, exist_ok=True)

    def _exists(self, folder: str) -> bool:
        return (self._dir(folder) / "cur").is_dir()

    def _require(self, folder: str) -> Path:
        path = self._dir(folder)
        if not (path / "cur").is_dir():
            raise MailboxProtocolError(f"folder {folder!r} does not exist in {self.root} [TRYCREATE]")
        return path

    # -- UID state ------------------------------------------------------------------
    @contextlib.contextmanager
    def _locked(self, *folders: str) -> Iterator[None]:
        paths = sorted({str(self._require(f)) for f in folders})
        with contextlib.ExitStack() as stack:
            for p in paths:
                fd = os.open(os.path.join(p, LOCKFILE), os.O_RDWR | os.O_CREAT, 0o644)
                stack.callback(os.close, fd)
                fcntl.flock(fd, fcntl.LOCK_EX)
            yield

    def _stamp(self, path: Path) -> tuple[int, ...]:
        out = []
        for sub in ("new", "cur", UIDLIST):
            try:
                out.append((path / sub).stat().st_mtime_ns)
            except FileNotFoundError:
                out.append(0)
        return tuple(out)

    def _sync(self, folder: str) -> _Folder:
        """The folder's UID state, brought up to date with the directory (takes the lock)."""
        path = self._require(folder)
        cached = self._cache.get(folder)
        stamp = self._stamp(path)
        now = time.time_ns()
        if cached is not None and cached.stamp == stamp and all(now - t > _SETTLED_NS for t in stamp):
            return cached
        with self._locked(folder):
            return self._sync_locked(folder)

    def _sync_locked(self, folder: str) -> _Folder:
        path = self._dir(folder)
        stamp = self._stamp(path)
        state = self._load(path)
        files: dict[str, str] = {}
        for sub in ("new", "cur"):
            with os.scandir(path / sub) as it:
                for entry in it:
                    if not entry.name.startswith("."):
                        files[_key_of(entry.name)] = f"{sub}/{entry.name}"
        changed = False
        for key in [k for k in state.uids if k not in files]:
            del state.uids[key]
            changed = True
        fresh = [k for k in files if k not in state.uids]
        if fresh:
            def order(key: str) -> tuple[int, str]:
                try:
                    return (os.stat(path / files[key]).st_mtime_ns, key)
                except FileNotFoundError:
                    return (0, key)
            for key in sorted(fresh, key=order):
                state.uids[key] = state.next_uid
                state.next_uid += 1
            changed = True
        if changed or not (path / UIDLIST).exists():
            self._save(path, state)
        state.files = files
        state.stamp = self._stamp(path) if changed else stamp
        self._cache[folder] = state
        return state

    @staticmethod
    def _load(path: Path) -> _Folder:
        try:
            raw = json.loads((path / UIDLIST).read_text(encoding="utf-8"))
            return _Folder(int(raw["uidvalidity"]), int(raw["next_uid"]),
                           {str(k): int(v) for k, v in raw["uids"].items()})
        except FileNotFoundError:
            return _Folder(int(time.time()), 1, {})
        except (ValueError, KeyError, TypeError) as e:
            # A broken list invalidates every UID: start afresh with a new UIDVALIDITY.
            logging.getLogger("mailbot.mailbox.maildir").warning("%s unreadable (%s); new UIDVALIDITY",
                                                                 path / UIDLIST, e)
            return _Folder(int(time.time()), 1, {})

    @staticmethod
    def _save(path: Path, state: _Folder) -> None:
        tmp = path / f".{UIDLIST}.{os.getpid()}.tmp"
        data = {"uidvalidity": state.uidvalidity, "next_uid": state.next_uid, "uids": state.uids}
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(data, f, separators=(",", ":"))
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path / UIDLIST)

    def _read(self, path: Path, state: _Folder, key: str) -> bytes | None:
        rel = state.files.get(key)
        if rel is None:
            return None
        try:
            return (path / rel).read_bytes()
        except FileNotFoundError:
            # Renamed since we looked (flags changed elsewhere): look again once.
            for sub in ("cur", "new"):
                with os.scandir(path / sub) as it:
                    for entry in it:
                        if _key_of(entry.name) == key:
                            with contextlib.suppress(FileNotFoundError):
                                return Path(entry.path).read_bytes()
            return None

    # -- Mailbox protocol -----------------------------------------------------------
    def folders(self) -> list[str]:
        names = ["INBOX"]
        with os.scandir(self.root) as it:
            for entry in it:
                if (entry.name.startswith(".") and entry.name not in (".", "..") and entry.is_dir()
                        and os.path.isdir(os.path.join(entry.path, "cur"))):
                    names.append(entry.name[1:].replace(".", "/"))
        return ["INBOX"] + sorted(names[1:])

    def ensure_folder(self, folder: str) -> None:
        parts = self._parts(folder)
        if not parts or (len(parts) == 1 and parts[0].upper() == "INBOX"):
            return
        for i in range(1, len(parts) + 1):
            path = self.root / ("." + ".".join(parts[:i]))
            if not (path / "cur").is_dir():
                self._make_maildir(path)
                (path / "maildirfolder").touch()
                self.log.info("created Maildir folder %s", "/".join(parts[:i]))

    def status(self, folder: str) -> FolderStatus:
        state = self._sync(folder)
        result = FolderStatus(state.uidvalidity, state.next_uid, len(state.uids), None)
        self._known[folder] = (result.uidvalidity, result.uidnext, result.messages)
        return result

    def uids(self, folder: str, since_uid: int = 1) -> list[int]:
        state = self._sync(folder)
        return sorted(u for u in state.uids.values() if u >= since_uid)

    def fetch_headers(self, folder: str, uids: Sequence[int]) -> Iterator[HeaderSummary]:
        path = self._require(folder)
        state = self._sync(folder)
        by_uid = state.by_uid
        for uid in sorted(set(uids)):
            key = by_uid.get(uid)
            data = self._read(path, state, key) if key else None
            if data is None:
                continue
            headers = select_header_fields(data)
            self.bytes_fetched += len(headers)
            yield HeaderSummary(MessageRef(folder, state.uidvalidity, uid), headers, len(data))

    def fetch(self, refs: Sequence[MessageRef], max_bytes: int) -> Iterator[RawMessage]:
        if max_bytes <= 0:
            raise ValueError("max_bytes must be positive")
        states: dict[str, tuple[Path, _Folder, dict[int, str]]] = {}
        for ref in refs:
            if ref.folder not in states:
                if not self._exists(ref.folder):
                    continue
                st = self._sync(ref.folder)
                states[ref.folder] = (self._dir(ref.folder), st, st.by_uid)
            path, state, by_uid = states[ref.folder]
            key = by_uid.get(ref.uid)
            if ref.uidvalidity != state.uidvalidity or key is None:
                continue
            data = self._read(path, state, key)
            if data is None:
                continue
            self.bytes_fetched += min(len(data), max_bytes)
            yield RawMessage(ref, data[:max_bytes], len(data), len(data) > max_bytes)

    def move(self, refs: Sequence[MessageRef], dest: str) -> dict[MessageRef, MessageRef | None]:
        """Rename each file into `dest` under the same name (flags and new/cur kept)."""
        if not refs:
            return {}
        src = source_folder(refs)
        src_path, dest_path = self._require(src), self._require(dest)
        result: dict[MessageRef, MessageRef | None] = {}
        with self._locked(src, dest):
            s = self._sync_locked(src)
            stale = [r for r in refs if r.uidvalidity != s.uidvalidity]
            if stale:
                raise MailboxProtocolError(
                    f"UIDVALIDITY of {src!r} is now {s.uidvalidity}; {len(stale)} refs are stale "
                    f"(e.g. {stale[0]}): look them up again by Message-ID")
            d = self._sync_locked(dest) if dest_path != src_path else s
            by_uid = s.by_uid
            for ref in sorted(refs, key=lambda r: r.uid):
                key = by_uid.get(ref.uid)
                rel = s.files.get(key) if key else None
                if key is None or rel is None:
                    result[ref] = None
                    continue
                try:
                    os.rename(src_path / rel, dest_path / rel)
                except FileNotFoundError:
                    result[ref] = None
                    continue
                except OSError as e:
                    self._save(dest_path, d)
                    self._save(src_path, s)
                    self._cache.pop(src, None)
                    self._cache.pop(dest, None)
                    err = MailboxUnavailable(f"moving {ref} to {dest!r} failed: {e}")
                    err.moved = dict(result)  # type: ignore[attr-defined]
                    raise err from None
                s.uids.pop(key, None)
                s.files.pop(key, None)
                d.uids[key] = d.next_uid
                d.files[key] = rel
                result[ref] = MessageRef(dest, d.uidvalidity, d.next_uid)
                d.next_uid += 1
            self._save(dest_path, d)
            if d is not s:
                self._save(src_path, s)
            self._cache.pop(src, None)
            self._cache.pop(dest, None)
        return result

    def find_message_id(self, folder: str, message_id: str) -> list[MessageRef]:
        wanted = re.sub(r"\s+", "", message_id)
        if not wanted or not self._exists(folder):
            return []
        path = self._dir(folder)
        state = self._sync(folder)
        refs = []
        for key, uid in sorted(state.uids.items(), key=lambda kv: kv[1]):
            rel = state.files.get(key)
            if rel is None:
                continue
            try:
                with open(path / rel, "rb") as f:
                    head = f.read(65536)
            except FileNotFoundError:
                continue
            if _message_id_of(head) == wanted:
                refs.append(MessageRef(folder, state.uidvalidity, uid))
        return refs

    def append(self, folder: str, data: bytes, flags: Iterable[str] = ()) -> None:
        path = self._require(folder)
        letters = "".join(sorted({_FLAG_TO_LETTER[f.upper()] for f in flags if f.upper() in _FLAG_TO_LETTER}))
        now = time.time()
        key = (f"{int(now)}.M{int(now * 1e6) % 1_000_000}P{os.getpid()}"
               f"Q{next(_counter)}R{os.urandom(4).hex()}.{self._hostname}")
        tmp = path / "tmp" / key
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        final = path / ("cur" if letters else "new") / (f"{key}:2,{letters}" if letters else key)
        os.rename(tmp, final)

    def wait_for_new(self, folder: str, timeout: float) -> bool:
        """Poll every `poll_interval` s: True when the folder differs from the last status()
        or its new/ or cur/ directory changes (arrival, removal, flag change)."""
        deadline = time.monotonic() + max(0.0, timeout)
        path = self._require(folder)
        known = self._known.get(folder)
        if known is not None:
            state = self._sync(folder)
            if (state.uidvalidity, state.next_uid, len(state.uids)) != known:
                return True
        base = self._listing(path)
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            time.sleep(min(self.poll_interval, left))
            if self._listing(path) != base:
                return True

    @staticmethod
    def _listing(path: Path) -> tuple[frozenset[str], frozenset[str]]:
        return (frozenset(os.listdir(path / "new")), frozenset(os.listdir(path / "cur")))

    def flags(self, ref: MessageRef) -> set[str]:
        """IMAP names of the system flags of `ref` (empty for mail still in new/)."""
        state = self._sync(ref.folder)
        key = state.by_uid.get(ref.uid)
        if key is None or ref.uidvalidity != state.uidvalidity:
            raise KeyError(str(ref))
        rel = state.files[key]
        info = rel.split(":2,", 1)[1] if ":2," in rel else ""
        return {_LETTER_TO_FLAG[c] for c in info if c in _LETTER_TO_FLAG}

    def close(self) -> None:
        """Nothing to release; safe to call twice."""
        self._cache.clear()


__all__ = ["MaildirMailbox", "select_header_fields"]
