"""A private Dovecot for tests: started on 127.0.0.1 with its own config, always stopped.

Nothing of the system's Dovecot is used (no /etc/dovecot, no system service): the
config, the run and state directories, the log, the TLS certificate and the mail all
live in one temporary directory that `stop()` removes.

Layout and choices
- Passwords: passwd-files with `{PLAIN}` secrets, one file per user
  (`<tmp>/users/<user>.passwd`, passdb path `%u`): Dovecot re-reads a changed
  passwd-file at most once a second, so users added in the same second would be
  refused; a new file per user is seen at once and needs no reload.
- Mail: Maildir under `<tmp>/mail/<user>/Maildir` (Maildir++: INBOX is the root,
  "A/B" is stored as ".A.B"), owned by an unprivileged system user because Dovecot
  refuses to store mail as uid 0. We use `mailbot-test` (created with
  `useradd --system` when absent, which needs root) or, when that is impossible, the
  uid/gid of the user running the tests (when not root).
- Namespace separator "/" (`namespace inbox { separator = / }`).
- Listeners: plain IMAP (STARTTLS offered) and implicit TLS, each on a free port.
  The certificate is signed by a throw-away CA made with `openssl` at start;
  `ca_file` is that CA, so clients can verify the chain and the host name
  (the leaf names localhost and 127.0.0.1-127.0.0.3).
- Capability variants without a second server: the same listeners also bind
  127.0.0.2 and 127.0.0.3, and `local <ip> { protocol imap { imap_capability = ... } }`
  blocks give those addresses a CAPABILITY without MOVE (127.0.0.2: the
  COPY + UIDPLUS fallback) or without MOVE and UIDPLUS (127.0.0.3: refusal).
  Only the advertisement changes; the server still understands the commands.
- `service imap { vsz_limit = 1G }`: IDLE on a large Maildir exceeds the default 256M.
"""
from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

MAIL_USER = "mailbot-test"

HOST = "127.0.0.1"
HOST_NO_MOVE = "127.0.0.2"
HOST_NO_MOVE_NO_UIDPLUS = "127.0.0.3"

# Dovecot 2.3's post-login CAPABILITY, minus what each variant must lack.
_BASE_CAPS = (
    "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT SORT=DISPLAY THREAD=REFERENCES "
    "THREAD=REFS THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL CATENATE UNSELECT CHILDREN "
    "NAMESPACE LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH ESORT SEARCHRES WITHIN "
    "CONTEXT=SEARCH LIST-STATUS BINARY SNIPPET=FUZZY PREVIEW=FUZZY PREVIEW STATUS=SIZE "
    "SAVEDATE LITERAL+ NOTIFY SPECIAL-USE"
)
CAPS_NO_MOVE = _BASE_CAPS + " UIDPLUS"
CAPS_NO_MOVE_NO_UIDPLUS = _BASE_CAPS


class DovecotUnavailable(RuntimeError):
    """Dovecot is not installed or could not be started here."""


@dataclass(frozen=True)
class ImapAccount:
    """One user on the test server and how to reach it."""

    host: str
    port: int  # plain IMAP; STARTTLS offered
    tls_port: int  # implicit TLS
    username: str
    password: str
    ca_file: Path  # the CA that signed the server's certificate
    maildir: Path  # the user's Maildir root (INBOX); subfolders are ".A.B"
    server: "DovecotServer"

    def password_provider(self) -> str:
        return self.password


def dovecot_binary() -> str | None:
    return shutil.which("dovecot") or (
        "/usr/sbin/dovecot" if os.access("/usr/sbin/dovecot", os.X_OK) else None
    )


def free_port(host: str = HOST) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def _mail_owner() -> tuple[int, int, str]:
    """uid, gid and name of the unprivileged user that owns test mail."""
    try:
        pw = pwd.getpwnam(MAIL_USER)
        return pw.pw_uid, pw.pw_gid, MAIL_USER
    except KeyError:
        pass
    if os.geteuid() == 0 and shutil.which("useradd"):
        subprocess.run(
            ["useradd", "--system", "--user-group", "--no-create-home",
             "--shell", "/usr/sbin/nologin", MAIL_USER],
            check=False, capture_output=True,
        )
        with contextlib.suppress(KeyError):
            pw = pwd.getpwnam(MAIL_USER)
            return pw.pw_uid, pw.pw_gid, MAIL_USER
    if os.geteuid() != 0:
        pw = pwd.getpwuid(os.geteuid())
        return pw.pw_uid, pw.pw_gid, pw.pw_name
    raise DovecotUnavailable(f"cannot find or create the system user {MAIL_USER!r} to own test mail")


def _make_certificates(directory: Path) -> tuple[Path, Path, Path]:
    """A throw-away CA and a server certificate it signed; returns (ca, cert, key)."""
    openssl = shutil.which("openssl")
    if not openssl:
        raise DovecotUnavailable("openssl is needed to make the test certificate")
    ca_key, ca_crt = directory / "ca.key", directory / "ca.pem"
    key, csr, crt = directory / "server.key", directory / "server.csr", directory / "server.pem"
    ext = directory / "server.ext"
    ext.write_text(
        "basicConstraints = critical, CA:FALSE\n"
        "keyUsage = critical, digitalSignature, keyEncipherment\n"
        "extendedKeyUsage = serverAuth\n"
        "subjectKeyIdentifier = hash\n"
        "authorityKeyIdentifier = keyid:always\n"
        "subjectAltName = DNS:localhost, IP:127.0.0.1, IP:127.0.0.2, IP:127.0.0.3\n"
    )

    def run(*args: str) -> None:
        proc = subprocess.run([openssl, *args], capture_output=True, text=True)
        if proc.returncode:
            raise DovecotUnavailable(f"openssl {args[0]} failed: {proc.stderr.strip()}")

    run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        "-keyout", str(ca_key), "-out", str(ca_crt), "-subj", "/CN=mailbot test CA",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(csr),
        "-subj", "/CN=localhost")
    run("x509", "-req", "-in", str(csr), "-CA", str(ca_crt), "-CAkey", str(ca_key),
        "-CAcreateserial", "-days", "2", "-out", str(crt), "-extfile", str(ext))
    return ca_crt, crt, key


class DovecotServer:
    """Start with `start()`, stop with `stop()` (idempotent); or use as a context manager."""

    def __init__(self) -> None:
        binary = dovecot_binary()
        if binary is None:
            raise DovecotUnavailable("dovecot is not installed (apt-get install -y dovecot-imapd)")
        self.binary = binary
        self.host = HOST
        self.port = 0
        self.tls_port = 0
        self.root = Path()
        self.config = Path()
        self.passwd = Path()
        self.log = Path()
        self.ca_file = Path()
        self.mail_root = Path()
        self._uid = self._gid = -1
        self._started = False
        self._users = 0

    # -- life cycle ---------------------------------------------------------------
    def start(self, timeout: float = 20.0) -> "DovecotServer":
        self._uid, self._gid, owner = _mail_owner()
        # Not under pytest's tmp dir: that one is 0700 and the mail owner must reach its mail.
        self.root = Path(tempfile.mkdtemp(prefix="mailbot-dovecot-"))
        os.chmod(self.root, 0o755)
        for sub in ("run", "state", "tls"):
            (self.root / sub).mkdir()
        self.mail_root = self.root / "mail"
        self.mail_root.mkdir()
        os.chown(self.mail_root, self._uid, self._gid)
        self.ca_file, cert, key = _make_certificates(self.root / "tls")
        self.passwd = self.root / "users"
        self.passwd.mkdir()
        os.chmod(self.passwd, 0o755)
        self.log = self.root / "dovecot.log"
        self.port, self.tls_port = free_port(), free_port()
        self.config = self.root / "dovecot.conf"
        self.config.write_text(self._config_text(cert, key, owner))
        # The daemon keeps inherited descriptors open: never hand it a pipe we wait on.
        startup = self.root / "startup.err"
        with startup.open("wb") as err:
            proc = subprocess.run([self.binary, "-c", str(self.config)], stdin=subprocess.DEVNULL,
                                  stdout=subprocess.DEVNULL, stderr=err, timeout=30)
        if proc.returncode:
            msg = startup.read_text(errors="replace").strip() + "\n" + self.log_text()
            self._cleanup()
            raise DovecotUnavailable(f"dovecot did not start: {msg}")
        self._started = True
        try:
            self._wait_ready(timeout)
        except BaseException:
            self.stop()
            raise
        return self

    def _config_text(self, cert: Path, key: Path, owner: str) -> str:
        r = self.root
        listen = f"{HOST}, {HOST_NO_MOVE}, {HOST_NO_MOVE_NO_UIDPLUS}"
        return f"""\
# Private test instance; no include of /etc/dovecot.
instance_name = mailbot-test-{os.getpid()}-{secrets.token_hex(3)}
base_dir = {r}/run
state_dir = {r}/state
log_path = {self.log}
info_log_path = {self.log}
protocols = imap
listen = {listen}
default_login_user = dovenull
default_internal_user = dovecot
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:~/Maildir
mail_uid = {self._uid}
mail_gid = {self._gid}
first_valid_uid = 1
first_valid_gid = 1
mail_plugins =
namespace inbox {{
  inbox = yes
  separator = /
  prefix =
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.passwd}/%u.passwd
}}
userdb {{
  driver = static
  args = uid={self._uid} gid={self._gid} home={self.mail_root}/%u
}}
service imap-login {{
  inet_listener imap {{
    address = {listen}
    port = {self.port}
  }}
  inet_listener imaps {{
    address = {listen}
    port = {self.tls_port}
    ssl = yes
  }}
}}
service imap {{
  vsz_limit = 1G
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
local {HOST_NO_MOVE} {{
  protocol imap {{
    imap_capability = {CAPS_NO_MOVE}
  }}
}}
local {HOST_NO_MOVE_NO_UIDPLUS} {{
  protocol imap {{
    imap_capability = {CAPS_NO_MOVE_NO_UIDPLUS}
  }}
}}
"""

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        last: Exception | None = None
        while time.monotonic() < deadline:
            try:
                with socket.create_connection((HOST, self.port), timeout=2) as s:
                    s.settimeout(2)
                    greeting = s.recv(1024)
                    if greeting.startswith(b"* OK"):
                        return
            except OSError as e:
                last = e
            time.sleep(0.05)
        log = self.log.read_text() if self.log.exists() else ""
        raise DovecotUnavailable(f"dovecot did not answer on {HOST}:{self.port}: {last}\n{log}")

    def stop(self) -> None:
        if self._started:
            self._started = False
            proc = subprocess.run([self.binary, "-c", str(self.config), "stop"],
                                  stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL, timeout=30)
            if proc.returncode:
                self._kill_master()
            else:
                self._wait_master_gone(10)
        self._cleanup()

    def _master_pid(self) -> int | None:
        with contextlib.suppress(OSError, ValueError):
            return int((self.root / "run" / "master.pid").read_text().strip())
        return None

    def _wait_master_gone(self, timeout: float) -> None:
        pid = self._master_pid()
        deadline = time.monotonic() + timeout
        while pid is not None and time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.05)
        self._kill_master()

    def _kill_master(self) -> None:
        pid = self._master_pid()
        if pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)

    def _cleanup(self) -> None:
        if self.root != Path() and self.root.exists() and os.environ.get("MAILBOT_KEEP_DOVECOT") != "1":
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> "DovecotServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- users --------------------------------------------------------------------
    def add_user(self, username: str | None = None, password: str | None = None) -> tuple[str, str]:
        """Add a user to the passwd-file (Dovecot re-reads it) and make its empty Maildir."""
        self._users += 1
        username = username or f"user{self._users}-{secrets.token_hex(3)}"
        password = password or secrets.token_urlsafe(12)
        entry = self.passwd / f"{username}.passwd"
        entry.write_text(f"{username}:{{PLAIN}}{password}\n")
        os.chmod(entry, 0o644)
        maildir = self.maildir(username)
        for sub in ("cur", "new", "tmp"):
            (maildir / sub).mkdir(parents=True, exist_ok=True)
        for path in (maildir.parent, maildir, maildir / "cur", maildir / "new", maildir / "tmp"):
            os.chown(path, self._uid, self._gid)
        return username, password

    def maildir(self, username: str) -> Path:
        return self.mail_root / username / "Maildir"

    def account(self, host: str = HOST) -> ImapAccount:
        username, password = self.add_user()
        return ImapAccount(host=host, port=self.port, tls_port=self.tls_port,
                           username=username, password=password, ca_file=self.ca_file,
                           maildir=self.maildir(username), server=self)

    def log_text(self) -> str:
        return self.log.read_text() if self.log.exists() else ""


def own_tree(path: Path, server: DovecotServer) -> None:
    """Give files written by tests into a user's Maildir to the mail owner."""
    for dirpath, dirnames, filenames in os.walk(path):
        os.chown(dirpath, server._uid, server._gid)
        for name in filenames:
            os.chown(os.path.join(dirpath, name), server._uid, server._gid)


__all__ = [
    "CAPS_NO_MOVE", "CAPS_NO_MOVE_NO_UIDPLUS", "DovecotServer", "DovecotUnavailable", "HOST",
    "HOST_NO_MOVE", "HOST_NO_MOVE_NO_UIDPLUS", "ImapAccount", "dovecot_binary", "free_port",
    "own_tree",
]
