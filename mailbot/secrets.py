"""Secrets: how to obtain a password, never the password itself until asked.

A `Secret` records its *source* (a command, a file, an environment variable, a
systemd credential, or a literal written in the config file) and obtains the value
only when `reveal()` is called. Nothing that prints a Secret -- repr, str, a log
line, a traceback of a Config, an error message -- can show the value: errors name
the config key and the source, never what a command printed.

The command convention is mbsync's `PassCmd`: run the command (split with
`shlex.split`, no shell), take the first line of its standard output. A source is
revealed again at every call, so a command that prints a short-lived token (XOAUTH2)
is asked afresh at each reconnect.

systemd passes secrets as files in `$CREDENTIALS_DIRECTORY` (`LoadCredential=`,
systemd.exec(5)); `password_credential = "imap"` reads `$CREDENTIALS_DIRECTORY/imap`.
"""
from __future__ import annotations

import os
import re
import shlex
import shutil
import signal
import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import Final, Literal

from .errors import ConfigError

SecretKind = Literal["command", "file", "env", "literal", "credential"]

#: config key suffix -> kind; the key is "password" + suffix ("password_command", ...)
KEY_KINDS: Final[dict[str, SecretKind]] = {
    "password_command": "command",
    "password_file": "file",
    "password_env": "env",
    "password": "literal",
    "password_credential": "credential",
}

COMMAND_TIMEOUT: Final = 30.0


class Secret:
    """How to obtain one secret; `reveal()` obtains it.

    `source` is the command line, the file path, the variable name, the credential
    name, or (kind "literal") the value itself; `where` names the config key for
    messages, e.g. "[imap] password_command". `env` is the environment used to look
    up variables and credentials and given to the command (None: os.environ).
    """

    __slots__ = ("kind", "_source", "where", "_env")

    def __init__(
        self,
        kind: SecretKind,
        source: str,
        where: str = "secret",
        env: Mapping[str, str] | None = None,
    ) -> None:
        if kind not in KEY_KINDS.values():
            raise ValueError(f"unknown secret kind {kind!r}")
        self.kind: SecretKind = kind
        self._source = source
        self.where = where
        self._env = env

    # -- never show the value -------------------------------------------------
    def __repr__(self) -> str:
        return f"Secret({self.kind})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return (self.kind, self._source, self.where) == (other.kind, other._source, other.where)

    def __hash__(self) -> int:
        return hash((self.kind, self._source, self.where))

    def __reduce__(self) -> object:  # pickling would carry a literal value: refuse
        raise TypeError("a Secret cannot be pickled")

    # -- public, value-free views --------------------------------------------
    @property
    def source(self) -> str | None:
        """The command line, path, variable or credential name; None for a literal."""
        return None if self.kind == "literal" else self._source

    def describe(self) -> str:
        """Where the secret comes from, in words; safe to print."""
        if self.kind == "command":
            return f'from command "{self._source}"'
        if self.kind == "file":
            return f'from file "{self._source}"'
        if self.kind == "env":
            return f'from environment variable "{self._source}"'
        if self.kind == "credential":
            return f'from systemd credential "{self._source}" ($CREDENTIALS_DIRECTORY/{self._source})'
        return "written in the config file (better kept out of it)"

    # -- checks and reveal ---------------------------------------------------
    @property
    def _environ(self) -> Mapping[str, str]:
        return os.environ if self._env is None else self._env

    def credential_path(self) -> Path | None:
        """$CREDENTIALS_DIRECTORY/<name>, or None when that variable is not set."""
        directory = self._environ.get("CREDENTIALS_DIRECTORY", "")
        return Path(directory) / self._source if directory else None

    def check_usable(self) -> list[str]:
        """Problems that make the source unusable, found WITHOUT revealing it."""
        at = self.where
        if self.kind == "literal":
            return [] if self._source else [f"{at}: must not be empty"]
        if not self._source:
            return [f"{at}: must not be empty"]
        if self.kind == "command":
            try:
                argv = shlex.split(self._source)
            except ValueError as e:
                return [f'{at}: cannot split command "{self._source}": {e}']
            if not argv:
                return [f"{at}: must not be empty"]
            path = self._environ.get("PATH") if self._env is not None else None
            if shutil.which(argv[0], path=path) is None:
                return [f'{at}: program "{argv[0]}" not found or not executable']
            return []
        if self.kind == "env":
            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", self._source):
                # not echoed: a user who wrote the password itself here must not see it printed
                return [f"{at}: must be the name of an environment variable (letters, digits and _)"]
            if self._source not in self._environ:
                return [f'{at}: environment variable "{self._source}" is not set']
            return []
        if self.kind == "file":
            return _check_file(at, Path(self._source))
        # credential
        if "/" in self._source or self._source in (".", ".."):
            return [f'{at}: a credential name cannot contain "/", got "{self._source}"']
        path = self.credential_path()
        if path is None:
            return [
                f"{at}: $CREDENTIALS_DIRECTORY is not set "
                "(systemd sets it for a unit with LoadCredential= or SetCredential=)"
            ]
        return _check_file(at, path, what="credential file")

    def reveal(self) -> str:
        """Obtain the value now. Raises ConfigError naming the key, never the value."""
        if self.kind == "literal":
            return self._source
        if self.kind == "env":
            value = self._environ.get(self._source)
            if value is None:
                raise ConfigError([f'{self.where}: environment variable "{self._source}" is not set'])
            return value
        if self.kind == "file":
            return _read_first_line(self.where, Path(self._source), "file")
        if self.kind == "credential":
            problems = self.check_usable()
            if problems:
                raise ConfigError(problems)
            path = self.credential_path()
            assert path is not None
            return _read_first_line(self.where, path, "credential file")
        return self._run_command()

    def _run_command(self) -> str:
        at = self.where
        try:
            argv = shlex.split(self._source)
        except ValueError as e:
            raise ConfigError([f'{at}: cannot split command "{self._source}": {e}']) from None
        if not argv:
            raise ConfigError([f"{at}: must not be empty"])
        failure: str | None = None
        line = ""
        try:
            # A new session lets a timeout kill the whole process group: a helper the
            # command started must not keep our pipes open.
            proc = subprocess.Popen(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=None if self._env is None else dict(self._env),
                start_new_session=True,
            )
        except OSError as e:
            raise ConfigError(
                [f'{at}: command "{self._source}" could not be started: {e.strerror or type(e).__name__}']
            ) from None
        try:
            out, _err = proc.communicate(timeout=COMMAND_TIMEOUT)
        except subprocess.TimeoutExpired:
            _kill_group(proc)
            failure = f"did not finish within {COMMAND_TIMEOUT:g} seconds"
        else:
            if proc.returncode != 0:
                failure = f"failed with exit status {proc.returncode}"
            else:
                lines = out.decode("utf-8", errors="replace").splitlines()
                line = lines[0] if lines else ""
                if not line:
                    failure = "printed nothing on its first line"
            del out, _err
        # Raised outside the except blocks so no exception context (which carries the
        # captured output) is chained to the ConfigError.
        if failure is not None:
            raise ConfigError(
                [f'{at}: command "{self._source}" {failure} (its output is not shown: it may hold the secret)']
            )
        return line


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except OSError:
        proc.kill()
    try:
        proc.communicate(timeout=5)
    except subprocess.TimeoutExpired:
        pass


def _check_file(at: str, path: Path, what: str = "file") -> list[str]:
    if not path.exists():
        return [f'{at}: {what} "{path}" does not exist']
    if not path.is_file():
        return [f'{at}: {what} "{path}" is not a regular file']
    if not os.access(path, os.R_OK):
        return [f'{at}: {what} "{path}" is not readable']
    return []


def _read_first_line(at: str, path: Path, what: str) -> str:
    failure: str | None = None
    line = ""
    try:
        with path.open("rb") as f:
            first = f.readline()
        line = first.decode("utf-8", errors="replace").strip()
        del first
        if not line:
            failure = "has an empty first line"
    except OSError as e:
        failure = f"cannot be read: {e.strerror or type(e).__name__}"
    if failure is not None:
        raise ConfigError([f'{at}: {what} "{path}" {failure}'])
    return line
