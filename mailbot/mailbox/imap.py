"""The Mailbox protocol over IMAP, with imapclient.

Rules this module keeps (see shared/pitfalls.md):
- every socket has a connect and a read timeout (imapclient has none by default);
- mail is read with BODY.PEEK only, so no flag changes (RFC 3501 6.4.5);
- moves use UID MOVE (RFC 6851), else UID COPY + STORE \\Deleted + UID EXPUNGE of exactly
  the moved UIDs (RFC 4315), never a bare EXPUNGE; with neither, nothing is moved;
- IDLE (RFC 2177) is renewed well within the 30 minutes a server may wait, and a quiet
  IDLE is followed by a command, because imapclient's idle_check hides an EOF;
- transient trouble (socket errors, timeouts, BYE, imaplib.abort) becomes
  MailboxUnavailable and drops the connection; a NO or BAD becomes MailboxProtocolError
  carrying the server's words.

Folder names in this API always use "/" as the hierarchy delimiter and leave out the
personal namespace prefix (e.g. "INBOX." on Courier/Cyrus); both are translated here.
"""
from __future__ import annotations

import contextlib
import imaplib
import ipaddress
import logging
import re
import ssl
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import tenacity
from imapclient import IMAPClient, SocketTimeout
from imapclient import exceptions as imx
from imapclient.response_parser import parse_fetch_response

from ..errors import MailboxProtocolError, MailboxUnavailable
from ..model import FolderStatus, HeaderSummary, MessageRef, RawMessage
from . import HEADER_FIELDS
from .base import source_folder

SECURITY_MODES = ("tls", "starttls", "none")
IDLE_RENEW_SECONDS = 9 * 60  # RFC 2177: servers may drop an idle client after 30 min
MOVE_CHUNK = 5000  # each MOVE out of a big Maildir costs O(folder size): few, large commands
_CHANGE_RESPONSES = {b"EXISTS", b"RECENT", b"EXPUNGE", b"FETCH"}
_TRANSIENT = (imaplib.IMAP4.abort, OSError, EOFError)


def uid_set(uids: Iterable[int]) -> str:
    """Compact IMAP sequence set of UIDs: [1, 2, 3, 7, 9, 10] -> "1:3,7,9:10"."""
    out: list[str] = []
    ordered = sorted(set(uids))
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        out.append(str(ordered[i]) if i == j else f"{ordered[i]}:{ordered[j]}")
        i = j + 1
    return ",".join(out)


def parse_uid_set(text: str | bytes) -> list[int]:
    """Expand a sequence set in its written order ("3:1" counts down, as RFC 4315 allows)."""
    if isinstance(text, bytes):
        text = text.decode("ascii")
    out: list[int] = []
    for part in text.split(","):
        if ":" in part:
            a, b = (int(x) for x in part.split(":", 1))
            out.extend(range(a, b + 1) if a <= b else range(a, b - 1, -1))
        elif part:
            out.append(int(part))
    return out


def parse_copyuid(data: str | bytes) -> tuple[int, dict[int, int]]:
    """`COPYUID <uidvalidity> <source set> <dest set>` payload -> (uidvalidity, {src: dst})."""
    if isinstance(data, bytes):
        data = data.decode("ascii", "replace")
    parts = data.split()
    if len(parts) < 3:
        raise ValueError(f"malformed COPYUID: {data!r}")
    src, dst = parse_uid_set(parts[1]), parse_uid_set(parts[2])
    if len(src) != len(dst):
        raise ValueError(f"COPYUID sets differ in length: {data!r}")
    return int(parts[0]), dict(zip(src, dst, strict=True))


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    with contextlib.suppress(ValueError):
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    return False


def _text(data: Any) -> str:
    if isinstance(data, (list, tuple)):
        data = b" ".join(d if isinstance(d, bytes) else str(d).encode() for d in data if d is not None)
    if isinstance(data, bytes):
        return data.decode("utf-8", "replace")
    return str(data)


IDLE_PROBE_AFTER = 1.0  # seconds into an IDLE before one NOOP makes sure nothing slipped past


class ImapMailbox:
    """The Mailbox protocol on one IMAP connection.

    Nothing happens until `connect()`; an operation after a dropped link reconnects
    once (calling `password_provider` again). Not thread-safe: one connection, one user.

    Attributes worth reading: `capabilities` (frozenset of upper-case names, after
    login), `delimiter` (the server's), `commands_sent` (IMAP commands, i.e. tags
    issued, since construction; IDLE's DONE is not a command), `bytes_fetched`
    (message and header bytes received by fetch/fetch_headers), `connects`.
    """

    def __init__(
        self,
        host: str,
        port: int | None = None,
        security: str = "tls",
        username: str = "",
        password_provider: Callable[[], str] = lambda: "",
        ca_file: str | None = None,
        timeout: float = 30.0,
        batch_size: int = 500,
        logger: logging.Logger | None = None,
        *,
        connect_attempts: int = 3,
        poll_interval: float = 5.0,
        move_chunk: int = MOVE_CHUNK,
        idle_renew: float = IDLE_RENEW_SECONDS,
    ) -> None:
        if security not in SECURITY_MODES:
            raise MailboxProtocolError(f"security must be one of {', '.join(SECURITY_MODES)}, not {security!r}")
        if security == "none" and not is_loopback(host):
            raise MailboxProtocolError(
                f"refusing an unencrypted IMAP connection to {host}: security = \"none\" is only "
                "allowed for loopback hosts; use \"tls\" or \"starttls\""
            )
        self.host = host
        self.port = port if port is not None else (993 if security == "tls" else 143)
        self.security = security
        self.username = username
        self._password_provider = password_provider
        self.ca_file = str(ca_file) if ca_file else None
        self.timeout = float(timeout)
        self.batch_size = max(1, int(batch_size))
        self.log = logger or logging.getLogger("mailbot.mailbox.imap")
        self.connect_attempts = max(1, connect_attempts)
        self.poll_interval = poll_interval
        self.move_chunk = max(1, move_chunk)
        self.idle_renew = idle_renew
        self.capabilities: frozenset[str] = frozenset()
        self.delimiter = "/"
        self.prefix = ""
        self.commands_sent = 0
        self.bytes_fetched = 0
        self.connects = 0
        self._client: IMAPClient | None = None
        self._selected: tuple[str, bool] | None = None  # (server name, read-write)
        self._selected_info: dict[bytes, Any] = {}
        self._just_selected = False
        self._interrupted = False  # an IDLE was cut short: shut the socket, don't LOGOUT
        self._known: dict[str, tuple[int, int, int]] = {}  # folder -> (uidvalidity, uidnext, messages)

    def __repr__(self) -> str:
        return (f"ImapMailbox(host={self.host!r}, port={self.port}, security={self.security!r}, "
                f"username={self.username!r})")

    def __enter__(self) -> "ImapMailbox":
        self.connect()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- connection -----------------------------------------------------------------
    def connect(self) -> None:
        """Connect, secure, log in and learn capabilities and the delimiter.

        Transient failures are retried with capped exponential backoff
        (`connect_attempts` tries); permanent ones (bad certificate, refused login,
        missing STARTTLS) are raised at once as MailboxProtocolError.
        """
        if self._client is not None:
            return
        retrying = tenacity.Retrying(
            retry=tenacity.retry_if_exception_type(MailboxUnavailable),
            stop=tenacity.stop_after_attempt(self.connect_attempts),
            wait=tenacity.wait_exponential(multiplier=0.5, max=10),
            reraise=True,
            before_sleep=lambda rs: self.log.warning(
                "IMAP connect to %s:%s failed (%s); retrying", self.host, self.port,
                rs.outcome.exception() if rs.outcome else "?"),
        )
        retrying(self._connect_once)

    def _ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.ca_file)

    def _connect_once(self) -> None:
        where = f"{self.host}:{self.port}"
        client: IMAPClient | None = None
        try:
            client = IMAPClient(
                self.host, self.port, ssl=self.security == "tls",
                ssl_context=self._ssl_context() if self.security == "tls" else None,
                timeout=SocketTimeout(connect=self.timeout, read=self.timeout),
            )
            self._count_commands(client)
            if self.security == "starttls":
                try:
                    client.starttls(self._ssl_context())
                except imx.CapabilityError:
                    raise MailboxProtocolError(
                        f"IMAP server {where} does not offer STARTTLS; use security = \"tls\" "
                        "with its implicit-TLS port") from None
            # Forget pre-login capabilities (the greeting lists only a few).
            client._cached_capabilities = None
            client._imap.untagged_responses.pop("CAPABILITY", None)
            try:
                client.login(self.username, self._password_provider())
            except imx.LoginError as e:
                raise MailboxProtocolError(
                    f"IMAP login as {self.username!r} on {where} refused: {_text(e.args[0] if e.args else e)}"
                ) from None
            client._imap.untagged_responses.pop("CAPABILITY", None)
            client._cached_capabilities = client._do_capabilites()
            self.capabilities = frozenset(c.decode("ascii", "replace").upper() for c in client.capabilities())
            self._learn_namespace(client)
        except ssl.SSLCertVerificationError as e:
            self._drop(client)
            raise MailboxProtocolError(
                f"TLS certificate of IMAP server {where} could not be verified: {e.verify_message or e}. "
                "If the server uses a private CA, set ca_file to that CA's certificate."
            ) from None
        except MailboxProtocolError:
            self._drop(client)
            raise
        except _TRANSIENT as e:
            self._drop(client)
            raise MailboxUnavailable(f"cannot reach IMAP server {where}: {e}") from None
        except imaplib.IMAP4.error as e:
            self._drop(client)
            raise MailboxProtocolError(f"IMAP server {where} refused the session: {_text(e.args)}") from None
        self._client = client
        self._selected = None
        self.connects += 1
        self.log.info("connected to IMAP %s as %s (%s); delimiter %r", where, self.username,
                      self.security, self.delimiter)

    def _count_commands(self, client: IMAPClient) -> None:
        imap = client._imap
        new_tag = imap._new_tag

        def counting_new_tag() -> bytes:
            self.commands_sent += 1
            return new_tag()

        imap._new_tag = counting_new_tag

    def _learn_namespace(self, client: IMAPClient) -> None:
        delimiter, prefix = None, ""
        if "NAMESPACE" in self.capabilities:
            ns = client.namespace()
            if ns.personal:
                prefix, delimiter = ns.personal[0]
        if delimiter is None:
            listing = client.list_folders("", "")
            if listing:
                d = listing[0][1]
                delimiter = d.decode() if isinstance(d, bytes) else d
        self.delimiter = delimiter or "/"
        self.prefix = prefix or ""

    def _drop(self, client: IMAPClient | None = None) -> None:
        client = client or self._client
        if client is self._client:
            self._client = None
            self._selected = None
        if client is not None:
            with contextlib.suppress(Exception):
                client.shutdown()

    def close(self) -> None:
        """Log out and release the connection; safe to call twice."""
        client, self._client, self._selected = self._client, None, None
        if client is None:
            return
        if self._interrupted:
            self._interrupted = False
            with contextlib.suppress(Exception):
                client.shutdown()
            return
        try:
            client.logout()
        except Exception:
            with contextlib.suppress(Exception):
                client.shutdown()

    def _conn(self) -> IMAPClient:
        if self._client is None:
            self.connect()
        assert self._client is not None
        return self._client

    @contextlib.contextmanager
    def _errors(self, what: str) -> Iterator[None]:
        """Map imaplib/socket errors: transient -> MailboxUnavailable (and drop), NO/BAD -> protocol."""
        try:
            yield
        except MailboxProtocolError:
            raise
        except MailboxUnavailable:
            self._drop()
            raise
        except _TRANSIENT as e:
            self._drop()
            raise MailboxUnavailable(f"IMAP {what} on {self.host}: connection lost: {e}") from None
        except imaplib.IMAP4.error as e:
            raise MailboxProtocolError(f"IMAP {what} on {self.host} refused: {_text(e.args)}") from None

    # -- names ----------------------------------------------------------------------
    def _server_name(self, folder: str) -> str:
        folder = folder.strip("/")
        if not folder or folder.upper() == "INBOX":
            return "INBOX"
        if self.delimiter != "/":
            if self.delimiter in folder:
                raise MailboxProtocolError(
                    f"folder {folder!r} contains the server's hierarchy delimiter {self.delimiter!r}")
            folder = folder.replace("/", self.delimiter)
        if self.prefix and not folder.startswith(self.prefix):
            folder = self.prefix + folder
        return folder

    def _api_name(self, name: str) -> str:
        if name.upper() == "INBOX":
            return "INBOX"
        if self.prefix and name.startswith(self.prefix) and name != self.prefix.rstrip(self.delimiter):
            name = name[len(self.prefix):]
        if self.delimiter != "/":
            name = name.replace(self.delimiter, "/")
        return name

    def _select(self, folder: str, write: bool = False) -> dict[bytes, Any]:
        """SELECT (write) or EXAMINE (read) `folder` unless it is already open that way."""
        client = self._conn()
        name = self._server_name(folder)
        if self._selected is not None and self._selected[0] == name and (self._selected[1] or not write):
            self._just_selected = False
            return self._selected_info
        self._just_selected = True
        with self._errors(f"select {folder!r}"):
            info = client.select_folder(name, readonly=not write)
        client._imap.untagged_responses.clear()  # the SELECT's EXISTS/RECENT are not news
        self._selected, self._selected_info = (name, write), info
        return info

    # -- Mailbox protocol -----------------------------------------------------------
    def folders(self) -> list[str]:
        client = self._conn()
        with self._errors("list folders"):
            listing = client.list_folders()
        names = []
        for flags, _delim, name in listing:
            if b"\\NonExistent" in flags:
                continue
            names.append(self._api_name(str(name)))
        return names

    def ensure_folder(self, folder: str) -> None:
        """Create `folder` and missing parents, subscribing each one created (RFC 3501 6.3.3)."""
        folder = folder.strip("/")
        if not folder or folder.upper() == "INBOX":
            return
        client = self._conn()
        with self._errors(f"list {folder!r}"):
            if client.list_folders("", self._server_name(folder)):
                return
        parts = folder.split("/")
        for i in range(1, len(parts) + 1):
            path = "/".join(parts[:i])
            name = self._server_name(path)
            with self._errors(f"create {path!r}"):
                if client.list_folders("", name):
                    continue
                try:
                    client.create_folder(name)
                except imx.IMAPClientError as e:
                    if "ALREADYEXISTS" not in _text(e.args).upper():
                        raise
                with contextlib.suppress(imx.IMAPClientError):
                    client.subscribe_folder(name)
            self.log.info("created IMAP folder %s", path)

    def status(self, folder: str) -> FolderStatus:
        client = self._conn()
        items = ["UIDVALIDITY", "UIDNEXT", "MESSAGES"]
        if "CONDSTORE" in self.capabilities:
            items.append("HIGHESTMODSEQ")
        with self._errors(f"status {folder!r}"):
            st = client.folder_status(self._server_name(folder), items)
        result = FolderStatus(
            uidvalidity=int(st[b"UIDVALIDITY"]), uidnext=int(st[b"UIDNEXT"]),
            messages=int(st[b"MESSAGES"]),
            highestmodseq=int(st[b"HIGHESTMODSEQ"]) if b"HIGHESTMODSEQ" in st else None,
        )
        self._known[folder] = (result.uidvalidity, result.uidnext, result.messages)
        return result

    def uids(self, folder: str, since_uid: int = 1) -> list[int]:
        info = self._select(folder)
        since_uid = max(1, int(since_uid))
        if self._just_selected:
            # A SELECT that was just answered is current: spare the SEARCH when it says "nothing".
            uidnext = info.get(b"UIDNEXT")
            if info.get(b"EXISTS") == 0 or (uidnext is not None and since_uid >= uidnext):
                return []
        client = self._conn()
        with self._errors(f"search {folder!r}"):
            found = client.search(["UID", f"{since_uid}:*"])
        # "n:*" also matches the highest UID when n is above it (RFC 3501 6.4.8).
        return sorted(u for u in found if u >= since_uid)

    def _selected_fresh(self) -> bool:
        """True when nothing was reported since SELECT, so its UIDNEXT still holds."""
        client = self._client
        if client is None:
            return False
        pending = client._imap.untagged_responses
        return not any(k in pending for k in ("EXISTS", "RECENT", "EXPUNGE"))

    def _uid_fetch(self, folder: str, uids: Sequence[int], items: str) -> dict[int, dict[bytes, Any]]:
        client = self._conn()
        with self._errors(f"fetch from {folder!r}"):
            typ, data = client._imap.uid("FETCH", uid_set(uids), items)
            if typ != "OK":
                raise MailboxProtocolError(f"IMAP fetch from {folder!r} refused: {_text(data)}")
            fast = _parse_simple_fetch(data)
            parsed = fast if fast is not None else dict(parse_fetch_response(data, client.normalise_times, True))
        return parsed

    def fetch_headers(self, folder: str, uids: Sequence[int]) -> Iterator[HeaderSummary]:
        wanted = sorted(set(int(u) for u in uids))
        if not wanted:
            return
        info = self._select(folder)
        uidvalidity = int(info[b"UIDVALIDITY"])
        items = f"(RFC822.SIZE BODY.PEEK[HEADER.FIELDS ({' '.join(HEADER_FIELDS)})])"
        for start in range(0, len(wanted), self.batch_size):
            batch = wanted[start:start + self.batch_size]
            self._select(folder)
            got = self._uid_fetch(folder, batch, items)
            for uid in batch:
                item = got.get(uid)
                if not item:
                    continue
                headers = _body_item(item, b"BODY[HEADER.FIELDS")
                if headers is None:
                    continue
                self.bytes_fetched += len(headers)
                yield HeaderSummary(MessageRef(folder, uidvalidity, uid), headers,
                                    int(item.get(b"RFC822.SIZE", len(headers))))

    def fetch(self, refs: Sequence[MessageRef], max_bytes: int) -> Iterator[RawMessage]:
        """Whole messages by BODY.PEEK; at most `max_bytes` each.

        One command per batch: `BODY.PEEK[]<0.max_bytes>` returns the whole message
        when it is no larger than max_bytes and its first max_bytes otherwise, and
        RFC822.SIZE in the same response tells which (RFC 3501 6.4.5 partial fetch).
        """
        if max_bytes <= 0:
            raise ValueError("max_bytes must be positive")
        by_folder: dict[str, list[MessageRef]] = {}
        for ref in refs:
            by_folder.setdefault(ref.folder, []).append(ref)
        items = f"(RFC822.SIZE BODY.PEEK[]<0.{int(max_bytes)}>)"
        for folder, frefs in by_folder.items():
            info = self._select(folder)
            uidvalidity = int(info[b"UIDVALIDITY"])
            live = [r for r in frefs if r.uidvalidity == uidvalidity]
            if len(live) < len(frefs):
                self.log.warning("%d refs in %s have an old UIDVALIDITY; skipped",
                                 len(frefs) - len(live), folder)
            for start in range(0, len(live), self.batch_size):
                batch = live[start:start + self.batch_size]
                self._select(folder)
                got = self._uid_fetch(folder, [r.uid for r in batch], items)
                for ref in batch:
                    item = got.get(ref.uid)
                    if not item:
                        continue
                    data = _body_item(item, b"BODY[]")
                    if data is None:
                        continue
                    size = int(item.get(b"RFC822.SIZE", len(data)))
                    self.bytes_fetched += len(data)
                    truncated = size > max_bytes and len(data) >= max_bytes
                    yield RawMessage(ref, data[:max_bytes], max(size, len(data)), truncated)

    def move(self, refs: Sequence[MessageRef], dest: str) -> dict[MessageRef, MessageRef | None]:
        """Move refs (all from one folder) to `dest`; old ref -> new ref or None.

        UID MOVE (RFC 6851) when advertised, else UID COPY + STORE +FLAGS.SILENT
        (\\Deleted) + UID EXPUNGE of exactly these UIDs (RFC 4315), in chunks of
        `move_chunk` UIDs. New UIDs come from COPYUID (tagged or untagged).
        Errors: no MOVE and no UIDPLUS, a missing destination (TRYCREATE) or a
        refused COPY -> MailboxProtocolError, nothing moved. Anything else during a
        move (socket error, timeout, other NO) -> MailboxUnavailable: the state is
        unknown; settle with find_message_id. The exception's `moved` attribute holds
        the mapping of the chunks that did complete.
        """
        if not refs:
            return {}
        src = source_folder(refs)
        self._conn()
        use_move = "MOVE" in self.capabilities
        if not use_move and "UIDPLUS" not in self.capabilities:
            raise MailboxProtocolError("server supports neither MOVE nor UIDPLUS; refusing to move mail")
        info = self._select(src, write=True)
        uidvalidity = int(info[b"UIDVALIDITY"])
        stale = [r for r in refs if r.uidvalidity != uidvalidity]
        if stale:
            raise MailboxProtocolError(
                f"UIDVALIDITY of {src!r} is now {uidvalidity}; {len(stale)} refs are stale "
                f"(e.g. {stale[0]}): look them up again by Message-ID")
        by_uid = {r.uid: r for r in refs}
        uids = sorted(by_uid)
        dest_name = self._server_name(dest)
        result: dict[MessageRef, MessageRef | None] = {}
        for start in range(0, len(uids), self.move_chunk):
            chunk = uids[start:start + self.move_chunk]
            try:
                mapping = self._move_chunk(src, chunk, dest, dest_name, use_move)
            except (MailboxUnavailable, MailboxProtocolError) as e:
                e.moved = dict(result)  # type: ignore[attr-defined]
                raise
            for uid in chunk:
                new = mapping[1].get(uid) if mapping else None
                result[by_uid[uid]] = MessageRef(dest, mapping[0], new) if mapping and new else None
        self.log.info("moved %d messages %s -> %s (%s)", len(refs), src, dest,
                      "MOVE" if use_move else "COPY+UID EXPUNGE")
        return result

    def _move_chunk(self, src: str, chunk: list[int], dest: str, dest_name: str,
                    use_move: bool) -> tuple[int, dict[int, int]] | None:
        client = self._conn()
        imap = client._imap
        uidset = uid_set(chunk)
        quoted = client._normalise_folder(dest_name)
        imap.untagged_responses.pop("COPYUID", None)
        what = f"{'move' if use_move else 'copy'} {len(chunk)} messages {src!r} -> {dest!r}"
        try:
            typ, data = imap._simple_command("UID", "MOVE" if use_move else "COPY", uidset, quoted)
        except _TRANSIENT as e:
            self._drop()
            raise MailboxUnavailable(f"IMAP {what}: connection lost, state unknown: {e}") from None
        except imaplib.IMAP4.error as e:  # BAD: the command was not run
            raise MailboxProtocolError(f"IMAP {what} refused: {_text(e.args)}") from None
        copyuid = imap.untagged_responses.pop("COPYUID", None)
        if typ != "OK":
            words = _text(data)
            if "TRYCREATE" in words.upper() or not use_move:
                # COPY is all-or-nothing (RFC 3501 6.4.7); a missing destination moves nothing.
                raise MailboxProtocolError(f"IMAP {what} refused: {words}")
            raise MailboxUnavailable(f"IMAP {what} failed, state unknown: {words}")
        mapping: tuple[int, dict[int, int]] | None = None
        for entry in copyuid or ():  # Dovecot commits a big MOVE in parts, each with its COPYUID
            try:
                validity, pairs = parse_copyuid(entry)
            except ValueError as e:
                self.log.warning("ignoring unparsable COPYUID: %s", e)
                continue
            mapping = (validity, {**(mapping[1] if mapping else {}), **pairs})
        if not use_move:
            with self._errors(f"{what} (removing originals; copies exist, state unknown)"):
                try:
                    client.add_flags(uidset, [b"\\Deleted"], silent=True)
                    client.uid_expunge(uidset)
                except imaplib.IMAP4.error as e:
                    if isinstance(e, imaplib.IMAP4.abort):
                        raise
                    raise MailboxUnavailable(
                        f"IMAP {what}: copied but could not remove the originals: {_text(e.args)}") from None
        imap.untagged_responses.pop("EXPUNGE", None)
        return mapping

    def find_message_id(self, folder: str, message_id: str) -> list[MessageRef]:
        message_id = message_id.strip()
        if not message_id:
            return []
        info = self._select(folder)
        uidvalidity = int(info[b"UIDVALIDITY"])
        client = self._conn()
        with self._errors(f"search {folder!r}"):
            found = sorted(client.search(["HEADER", "Message-ID", message_id]))
        if not found:
            return []
        # SEARCH HEADER matches substrings: confirm the whole header.
        got = self._uid_fetch(folder, found, "(BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])")
        refs = []
        for uid in found:
            raw = _body_item(got.get(uid, {}), b"BODY[HEADER.FIELDS") or b""
            value = re.sub(rb"\s+", b"", raw.partition(b":")[2]).decode("utf-8", "replace")
            if value == re.sub(r"\s+", "", message_id):
                refs.append(MessageRef(folder, uidvalidity, uid))
        return refs

    def append(self, folder: str, data: bytes, flags: Iterable[str] = ()) -> None:
        client = self._conn()
        with self._errors(f"append to {folder!r}"):
            client.append(self._server_name(folder), data, flags=tuple(flags))

    def wait_for_new(self, folder: str, timeout: float) -> bool:
        """IDLE on `folder` (or poll STATUS without IDLE) until a change or `timeout`.

        True on EXISTS, RECENT, EXPUNGE or FETCH, or when the folder differs from
        what status() last reported. IDLE is renewed every `idle_renew` seconds; a
        quiet or early-ended IDLE is checked with NOOP; BYE or a socket error raise
        MailboxUnavailable (the next call reconnects).
        """
        if "IDLE" not in self._conn_capabilities():
            return self._poll(folder, timeout)
        client = self._conn()
        was_selected = self._selected is not None and self._selected[0] == self._server_name(folder)
        if was_selected:
            # Dovecot's IDLE reports only changes made after it starts: ask for the ones
            # made since our last command first (one NOOP; a fresh SELECT needs none).
            with self._errors(f"noop on {folder!r}"):
                _words, responses = client.noop()
            pending = not self._selected_fresh()
            client._imap.untagged_responses.clear()
            if pending or self._changed(responses):
                return True
        info = self._select(folder)
        known = self._known.get(folder)
        if not was_selected and known is not None and b"UIDNEXT" in info:
            now = (int(info[b"UIDVALIDITY"]), int(info[b"UIDNEXT"]), int(info.get(b"EXISTS", 0)))
            if now != known:
                return True
        deadline = time.monotonic() + max(0.0, timeout)
        with self._errors(f"idle on {folder!r}"):
            return self._idle_loop(client, deadline)

    def _conn_capabilities(self) -> frozenset[str]:
        self._conn()
        return self.capabilities

    def _idle_loop(self, client: IMAPClient, deadline: float) -> bool:
        client.idle()
        started = time.monotonic()
        probed = False
        try:
            while True:
                now = time.monotonic()
                if now >= deadline:
                    return self._end_idle(client)
                if now - started >= self.idle_renew:
                    if self._renew(client):
                        return True
                    started = time.monotonic()
                    continue
                slice_ = min(deadline - now, self.idle_renew - (now - started))
                if not probed:
                    slice_ = min(slice_, IDLE_PROBE_AFTER)
                t0 = time.monotonic()
                responses = client.idle_check(timeout=slice_)
                if self._changed(responses):
                    self._end_idle(client)
                    return True
                if not probed and not responses:
                    # Mail that arrived while the folder was being selected is not always
                    # announced by Dovecot's IDLE (seen on a 100,000-mail INBOX): ask once.
                    probed = True
                    if self._renew(client):
                        return True
                    started = time.monotonic()
                    continue
                if not responses and time.monotonic() - t0 < slice_ - 0.05:
                    # Woke early with nothing: idle_check swallows EOF. Prove the link.
                    if self._renew(client):
                        return True
                    started = time.monotonic()
        except BaseException:
            # Interrupted mid-IDLE (a signal, a dead link): the protocol state is unknown,
            # so the connection is only fit to be shut, not logged out.
            client._idle_tag = None
            self._interrupted = True
            raise

    def _renew(self, client: IMAPClient) -> bool:
        """DONE, NOOP (proves the link), IDLE again; True when a change was reported meanwhile."""
        if self._end_idle(client):
            return True
        _words, responses = client.noop()
        client._imap.untagged_responses.clear()
        if self._changed(responses):
            return True
        client.idle()
        return False

    def _end_idle(self, client: IMAPClient) -> bool:
        """DONE; its tagged reply proves the link is alive. True when changes came with it."""
        _text_, responses = client.idle_done()
        client._imap.untagged_responses.clear()
        return self._changed(responses)

    def _changed(self, responses: list[Any]) -> bool:
        for resp in responses:
            if not isinstance(resp, tuple) or not resp:
                continue
            if resp[0] == b"BYE":
                raise MailboxUnavailable(f"IMAP server {self.host} closed the session: {_text(resp[1:])}")
            if len(resp) >= 2 and isinstance(resp[1], bytes) and resp[1].upper() in _CHANGE_RESPONSES:
                return True
        return False

    def _poll(self, folder: str, timeout: float) -> bool:
        deadline = time.monotonic() + max(0.0, timeout)
        known = self._known.get(folder)
        first = self.status(folder)
        base = (first.uidvalidity, first.uidnext, first.messages, first.highestmodseq)
        if known is not None and known != base[:3]:
            return True
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            time.sleep(min(self.poll_interval, left))
            st = self.status(folder)
            if (st.uidvalidity, st.uidnext, st.messages, st.highestmodseq) != base:
                return True


_SIMPLE_FETCH = re.compile(rb"(\d+) \(((?:(?:UID|RFC822\.SIZE) \d+ )+)(BODY\[[^\]]*\](?:<\d+>)?) \{\d+\}")
_SIMPLE_ATTR = re.compile(rb"(UID|RFC822\.SIZE) (\d+)")


def _parse_simple_fetch(data: list[Any]) -> dict[int, dict[bytes, Any]] | None:
    """The usual answer to our UID FETCH, read without imapclient's general parser.

    Every response shaped `n (UID u RFC822.SIZE s BODY[...] {len}` + literal + `)`
    gives {u: {SEQ, RFC822.SIZE, BODY[...]}}, as parse_fetch_response would; that
    parser costs about 60 us a message, the largest cost of reading 100,000 headers.
    Anything else in the answer (an unsolicited FETCH of flags, NIL, another order of
    items) returns None and the caller uses the general parser on all of it.
    """
    out: dict[int, dict[bytes, Any]] = {}
    expect_close = False
    for part in data:
        if expect_close:
            if part != b")":
                return None
            expect_close = False
            continue
        if not isinstance(part, tuple) or len(part) != 2 or not isinstance(part[1], bytes):
            return None
        m = _SIMPLE_FETCH.fullmatch(part[0])
        if m is None:
            return None
        attrs = dict(_SIMPLE_ATTR.findall(m.group(2)))
        if b"UID" not in attrs:
            return None
        item: dict[bytes, Any] = {b"SEQ": int(m.group(1)), m.group(3): part[1]}
        if b"RFC822.SIZE" in attrs:
            item[b"RFC822.SIZE"] = int(attrs[b"RFC822.SIZE"])
        out[int(attrs[b"UID"])] = item
        expect_close = True
    return None if expect_close else out


def _body_item(item: dict[bytes, Any], prefix: bytes) -> bytes | None:
    """The value of the first key starting with `prefix` (servers echo section names variously)."""
    for key, value in item.items():
        if isinstance(key, bytes) and key.upper().startswith(prefix):
            if value is None:
                return b""
            return bytes(value)
    return None


__all__ = ["ImapMailbox", "parse_copyuid", "parse_uid_set", "uid_set", "is_loopback", "HEADER_FIELDS"]
