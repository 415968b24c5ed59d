"""The configuration: one TOML file (stdlib tomllib) into a frozen, typed `Config`.

Every problem is reported at once (`ConfigError.problems`, one line each), and each
line names its section and key and says what is wrong, e.g.

    [imap] port: must be an integer from 1 to 65535, got "abc"

Unknown sections and keys are errors: a misspelt key silently ignored is a setting
the user believes in but does not have. Paths have `~` expanded and are resolved
against the config file's folder. Passwords are `Secret`s (mailbot.secrets): loading
checks that their source is usable without revealing them; `check_secrets` reveals
each once. This module opens no connections. `config.example.toml` is the reference.
"""
from __future__ import annotations

import datetime as _dt
import ipaddress
import math
import os
import re
import tomllib
import zoneinfo
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, Literal, TypeVar

from .errors import ConfigError
from .model import Disposition
from .secrets import KEY_KINDS, Secret
from .signals import LANGUAGES as NOTE_LANGUAGES

__all__ = [
    "Config",
    "ImapConfig",
    "MaildirConfig",
    "FoldersConfig",
    "TrustConfig",
    "StateConfig",
    "LimitsConfig",
    "DaemonConfig",
    "SmtpConfig",
    "SummaryConfig",
    "MeConfig",
    "JudgeConfig",
    "LogConfig",
    "Security",
    "load_config",
    "find_config_path",
    "check_secrets",
    "config_warnings",
    "describe",
    "is_loopback",
    "JUDGE_LANGUAGES",
]

Security = Literal["tls", "starttls", "none"]
SECURITIES: Final = ("tls", "starttls", "none")
IMAP_PORTS: Final = {"tls": 993, "starttls": 143, "none": 143}
SMTP_PORTS: Final = {"tls": 465, "starttls": 587, "none": 25}
LOG_LEVELS: Final = ("debug", "info", "warning", "error")
DELIVERIES: Final = ("smtp", "imap")
JUDGE_LANGUAGES: Final = (*(lang for lang in NOTE_LANGUAGES if lang != "any"), "any")  # the judge's, "any" last
#: RFC 2177: a server may log out a client idle for 30 minutes; renew well before.
IDLE_RENEW_LIMIT: Final = 1740
PASSWORD_KEYS: Final = tuple(KEY_KINDS)  # password_command, password_file, password_env, password, password_credential

SEARCH_ORDER: Final = (
    "--config, then $MAILBOT_CONFIG, then $XDG_CONFIG_HOME/mailbot/config.toml "
    "or ~/.config/mailbot/config.toml"
)


# --------------------------------------------------------------------------- dataclasses


@dataclass(frozen=True)
class ImapConfig:
    host: str
    username: str
    password: Secret
    port: int = 993
    security: Security = "tls"
    ca_file: Path | None = None
    inbox: str = "INBOX"
    timeout: float = 30.0  # seconds, for connect and each read
    batch_size: int = 500  # messages per FETCH / MOVE


@dataclass(frozen=True)
class MaildirConfig:
    """A Maildir++ root whose INBOX is the root folder (used by `mailbot demo` and tests)."""

    path: Path
    inbox: str = "INBOX"


@dataclass(frozen=True)
class FoldersConfig:
    good: str = "LinkedIn/Good"
    bad: str = "LinkedIn/Bad"
    ugly: str = "LinkedIn/Ugly"
    other: str = "LinkedIn/Other"
    suspicious: str = "LinkedIn/Suspicious"

    def for_disposition(self, disposition: Disposition) -> str:
        return str(getattr(self, Disposition(disposition).value))

    def all(self) -> dict[Disposition, str]:
        return {d: self.for_disposition(d) for d in Disposition}


@dataclass(frozen=True)
class TrustConfig:
    #: authserv-ids (RFC 8601) of the user's own receiving server; empty: "unchecked"
    authserv_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class StateConfig:
    path: Path


@dataclass(frozen=True)
class LimitsConfig:
    #: larger mail is judged on its headers and first text part only
    max_message_bytes: int = 2_000_000


@dataclass(frozen=True)
class DaemonConfig:
    poll_interval: float = 60.0  # seconds between polls when the server has no IDLE
    idle_renew: float = 540.0  # seconds; re-issue IDLE this often (< 1740)


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    from_addr: str  # the `from` key
    to: tuple[str, ...]
    port: int = 465
    security: Security = "tls"
    ca_file: Path | None = None
    username: str | None = None
    password: Secret | None = None


@dataclass(frozen=True)
class SummaryConfig:
    time: _dt.time = _dt.time(7, 30)
    timezone: str = "UTC"  # IANA name, validated
    delivery: Literal["smtp", "imap"] = "smtp"
    folder: str = "LinkedIn/Summary"  # where delivery = "imap" appends
    skip_when_empty: bool = True
    grace: int = 12 * 3600  # seconds after `time` during which a late summary is still sent
    templates_dir: Path | None = None

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)


@dataclass(frozen=True)
class MeConfig:
    name: str = ""
    headline: str = ""
    fields: tuple[str, ...] = ()


def _empty_mapping() -> Mapping[str, Any]:
    return MappingProxyType({})


@dataclass(frozen=True)
class JudgeConfig:
    """Overrides of the judge's phrase data, checked for shape only.

    phrases[family][lang] -> phrases; lang is one of JUDGE_LANGUAGES.
    weights[family] -> number.
    """

    phrases: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=_empty_mapping, hash=False)
    weights: Mapping[str, float] = field(default_factory=_empty_mapping, hash=False)

    def as_mapping(self) -> dict[str, Any]:
        """The overrides as the [judge] table shape: {"phrases": {...}, "weights": {...}} of plain dicts/lists."""
        return {
            "phrases": {fam: {lang: list(items) for lang, items in langs.items()} for fam, langs in self.phrases.items()},
            "weights": dict(self.weights),
        }


@dataclass(frozen=True)
class LogConfig:
    level: Literal["debug", "info", "warning", "error"] = "info"


@dataclass(frozen=True)
class Config:
    """The effective configuration; exactly one of `imap` / `maildir` is set."""

    path: Path  # the file it was read from
    state: StateConfig
    imap: ImapConfig | None = None
    maildir: MaildirConfig | None = None
    folders: FoldersConfig = FoldersConfig()
    trust: TrustConfig = TrustConfig()
    limits: LimitsConfig = LimitsConfig()
    daemon: DaemonConfig = DaemonConfig()
    smtp: SmtpConfig | None = None
    summary: SummaryConfig = SummaryConfig()
    me: MeConfig = MeConfig()
    judge: JudgeConfig = JudgeConfig()
    log: LogConfig = LogConfig()

    @property
    def inbox(self) -> str:
        """The folder watched for new mail."""
        if self.imap is not None:
            return self.imap.inbox
        assert self.maildir is not None
        return self.maildir.inbox

    def folder_for(self, disposition: Disposition) -> str:
        """The folder that mail of this disposition is filed into."""
        return self.folders.for_disposition(disposition)


# --------------------------------------------------------------------------- search


def find_config_path(cli_value: str | None, env: Mapping[str, str] = os.environ) -> Path:
    """Where the config is: --config, then $MAILBOT_CONFIG, then the XDG location.

    $XDG_CONFIG_HOME is used only when it is an absolute path (XDG Base Directory
    spec); otherwise ~/.config. The path is returned whether or not it exists.
    """
    if cli_value:
        return _expand_user(cli_value, env)
    from_env = env.get("MAILBOT_CONFIG", "")
    if from_env:
        return _expand_user(from_env, env)
    xdg = env.get("XDG_CONFIG_HOME", "")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "mailbot" / "config.toml"
    return _home(env) / ".config" / "mailbot" / "config.toml"


def default_state_path(env: Mapping[str, str] = os.environ) -> Path:
    xdg = env.get("XDG_STATE_HOME", "")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "mailbot" / "state.db"
    return _home(env) / ".local" / "state" / "mailbot" / "state.db"


def _home(env: Mapping[str, str]) -> Path:
    home = env.get("HOME", "")
    return Path(home) if home else Path.home()


def _expand_user(value: str, env: Mapping[str, str]) -> Path:
    if value == "~" or value.startswith("~/"):
        return Path(str(_home(env)) + value[1:])
    return Path(os.path.expanduser(value))


def expand_path(value: str, base: Path, env: Mapping[str, str] = os.environ) -> Path:
    """`~` expanded, a relative path resolved against `base` (the config's folder)."""
    p = _expand_user(value, env)
    if not p.is_absolute():
        p = base / p
    return Path(os.path.normpath(p))


# --------------------------------------------------------------------------- formatting


def show_value(value: object) -> str:
    """A config value as the user wrote it (TOML-like), for "got ..." in messages."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, list):
        inner = ", ".join(show_value(v) for v in value[:5])
        return f"[{inner}{', ...' if len(value) > 5 else ''}]"
    if isinstance(value, dict):
        return "a table"
    return repr(value)


def _key_part(name: str) -> str:
    return name if re.fullmatch(r"[A-Za-z0-9_-]+", name) else show_value(name)


# --------------------------------------------------------------------------- validation

_MISSING: Any = object()
T = TypeVar("T")


class _Table:
    """One section of the file; each reader records its problems and marks its key used."""

    def __init__(self, name: str, data: Mapping[str, Any], problems: list[str]) -> None:
        self.name = name
        self.data = data
        self.problems = problems
        self.used: set[str] = set()

    def problem(self, key: str, message: str) -> None:
        self.problems.append(f"[{self.name}] {key}: {message}")

    def has(self, key: str) -> bool:
        return key in self.data

    def raw(self, key: str) -> Any:
        self.used.add(key)
        return self.data.get(key, _MISSING)

    def _read(self, key: str, default: T, required: bool, check: Callable[[Any], tuple[bool, T]], want: str) -> T:
        value = self.raw(key)
        if value is _MISSING:
            if required:
                self.problem(key, "required")
            return default
        ok, result = check(value)
        if not ok:
            self.problem(key, f"{want}, got {show_value(value)}")
            return default
        return result

    def string(self, key: str, default: str = "", *, required: bool = False, empty_ok: bool = False) -> str:
        def check(v: Any) -> tuple[bool, str]:
            return (isinstance(v, str) and (empty_ok or v.strip() != ""), v)

        return self._read(key, default, required, check, "must be a string" if empty_ok else "must be a non-empty string")

    def boolean(self, key: str, default: bool) -> bool:
        return self._read(key, default, False, lambda v: (isinstance(v, bool), v), "must be true or false")

    def integer(self, key: str, default: int, lo: int, hi: int | None = None) -> int:
        want = f"must be an integer from {lo} to {hi}" if hi is not None else f"must be an integer of at least {lo}"

        def check(v: Any) -> tuple[bool, int]:
            ok = isinstance(v, int) and not isinstance(v, bool) and v >= lo and (hi is None or v <= hi)
            return ok, v

        return self._read(key, default, False, check, want)

    def seconds(self, key: str, default: float, below: float | None = None, what: str = "") -> float:
        want = "must be a number of seconds greater than 0"
        if below is not None:
            want += f" and less than {below:g}{what}"

        def check(v: Any) -> tuple[bool, float]:
            ok = (
                isinstance(v, (int, float))
                and not isinstance(v, bool)
                and math.isfinite(v)
                and v > 0
                and (below is None or v < below)
            )
            return ok, float(v) if ok else default

        return self._read(key, default, False, check, want)

    def choice(self, key: str, default: str, choices: tuple[str, ...]) -> str:
        listed = ", ".join(show_value(c) for c in choices)

        def check(v: Any) -> tuple[bool, str]:
            if isinstance(v, str) and v.lower() in choices:
                return True, v.lower()
            return False, default

        return self._read(key, default, False, check, f"must be one of {listed}")

    def string_list(self, key: str, *, one_ok: bool = False, required: bool = False) -> tuple[str, ...]:
        def check(v: Any) -> tuple[bool, tuple[str, ...]]:
            if one_ok and isinstance(v, str):
                v = [v]
            if isinstance(v, list) and all(isinstance(x, str) and x.strip() for x in v):
                return True, tuple(v)
            return False, ()

        want = "must be a list of non-empty strings"
        if one_ok:
            want = "must be a string or a list of non-empty strings"
        return self._read(key, (), required, check, want)

    def path(
        self,
        key: str,
        base: Path,
        env: Mapping[str, str],
        *,
        must_be: Literal["file", "dir"] | None = None,
        empty_is_none: bool = False,
    ) -> Path | None:
        value = self.raw(key)
        if value is _MISSING:
            return None
        if not isinstance(value, str) or (not value.strip() and not empty_is_none):
            self.problem(key, f"must be a non-empty path, got {show_value(value)}")
            return None
        if not value.strip():
            return None
        p = expand_path(value, base, env)
        if must_be == "file":
            if not p.exists():
                self.problem(key, f'file "{p}" does not exist')
            elif not p.is_file():
                self.problem(key, f'"{p}" is not a file')
            elif not os.access(p, os.R_OK):
                self.problem(key, f'file "{p}" is not readable')
        elif must_be == "dir":
            if not p.exists():
                self.problem(key, f'folder "{p}" does not exist')
            elif not p.is_dir():
                self.problem(key, f'"{p}" is not a folder')
        return p

    def finish(self) -> None:
        for key in self.data:
            if key not in self.used:
                self.problem(_key_part(key), "unknown key")


def is_loopback(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1: the only hosts security = "none" may use."""
    h = host.strip().lower().strip("[]").rstrip(".")
    if h == "localhost":
        return True
    try:
        return ipaddress.ip_address(h).is_loopback
    except ValueError:
        return False


_ADDRESS = re.compile(r"[^\s@<>()\[\],;:\"]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?")
_NAMED_ADDRESS = re.compile(r"[^<>\r\n\"]*<(" + _ADDRESS.pattern + r")>")


def _looks_like_address(value: str) -> bool:
    v = value.strip()
    return bool(_ADDRESS.fullmatch(v) or _NAMED_ADDRESS.fullmatch(v))


_DURATION = re.compile(r"(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?")
_HHMM = re.compile(r"(\d{1,2}):(\d{2})")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _parse_duration(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if not isinstance(value, str):
        return None
    compact = value.replace(" ", "").lower()
    m = _DURATION.fullmatch(compact)
    if not compact or m is None:
        return None
    d, h, mi, s = (int(x) if x else 0 for x in m.groups())
    return ((d * 24 + h) * 60 + mi) * 60 + s


def _parse_time(value: Any) -> _dt.time | None:
    if isinstance(value, _dt.time):
        return value
    if not isinstance(value, str):
        return None
    m = _HHMM.fullmatch(value.strip())
    if m is None:
        return None
    hour, minute = int(m.group(1)), int(m.group(2))
    if hour > 23 or minute > 59:
        return None
    return _dt.time(hour, minute)


def _secret(
    t: _Table, base: Path, env: Mapping[str, str], *, required: bool
) -> Secret | None:
    present = [k for k in t.data if k in KEY_KINDS]  # file order: the second one is the extra
    for k in PASSWORD_KEYS:
        t.raw(k)  # mark used
    options = ", ".join(PASSWORD_KEYS)
    if not present:
        if required:
            t.problem("password", f"required: set exactly one of {options}")
        return None
    if len(present) > 1:
        t.problem(present[1], f"only one password source may be set, found {' and '.join(present)}")
        return None
    key = present[0]
    value = t.data[key]
    if not isinstance(value, str) or not value:
        shown = "a value" if key == "password" else show_value(value)  # never echo a literal password
        t.problem(key, f"must be a non-empty string, got {shown}")
        return None
    kind = KEY_KINDS[key]
    source = str(expand_path(value, base, env)) if kind == "file" else value
    secret = Secret(kind, source, f"[{t.name}] {key}", env=None if env is os.environ else env)
    t.problems.extend(secret.check_usable())
    return secret


def _server(
    t: _Table, base: Path, env: Mapping[str, str], ports: Mapping[str, int]
) -> tuple[str, int, Security, Path | None]:
    host = t.string("host", required=True)
    security = t.choice("security", "tls", SECURITIES)
    port = t.integer("port", ports[security], 1, 65535)
    ca_file = t.path("ca_file", base, env, must_be="file")
    if security == "none" and host and not is_loopback(host):
        t.problem(
            "security",
            f'"none" sends the password in clear text and is allowed only for a loopback host '
            f'(127.0.0.0/8, ::1, localhost), got host {show_value(host)}; use "tls" or "starttls"',
        )
    return host, port, security, ca_file  # type: ignore[return-value]


def _imap(t: _Table, base: Path, env: Mapping[str, str]) -> ImapConfig:
    host, port, security, ca_file = _server(t, base, env, IMAP_PORTS)
    username = t.string("username", required=True)
    password = _secret(t, base, env, required=True)
    inbox = t.string("inbox", "INBOX")
    timeout = t.seconds("timeout", 30.0)
    batch_size = t.integer("batch_size", 500, 1, 10000)
    return ImapConfig(
        host=host,
        port=port,
        security=security,
        ca_file=ca_file,
        username=username,
        password=password or Secret("literal", "", "[imap] password"),
        inbox=inbox,
        timeout=timeout,
        batch_size=batch_size,
    )


def _smtp(t: _Table, base: Path, env: Mapping[str, str]) -> SmtpConfig:
    host, port, security, ca_file = _server(t, base, env, SMTP_PORTS)
    username = t.string("username") or None
    password = _secret(t, base, env, required=username is not None)
    if password is not None and username is None:
        t.problem("username", f"required when a password is set ({password.where.split()[-1]})")
    from_addr = t.string("from", required=True)
    if from_addr and not _looks_like_address(from_addr):
        t.problem("from", f"must be a mail address such as \"mailbot@example.net\", got {show_value(from_addr)}")
    to = t.string_list("to", one_ok=True, required=True)
    if t.has("to") and isinstance(t.data["to"], list) and not t.data["to"]:
        t.problem("to", "must name at least one address")
    for addr in to:
        if not _looks_like_address(addr):
            t.problem("to", f"must be a mail address such as \"me@example.net\", got {show_value(addr)}")
    return SmtpConfig(
        host=host,
        port=port,
        security=security,
        ca_file=ca_file,
        username=username,
        password=password,
        from_addr=from_addr,
        to=to,
    )


def _folders(t: _Table, inbox: str | None) -> FoldersConfig:
    defaults = FoldersConfig()
    values: dict[str, str] = {}
    for f in fields(FoldersConfig):
        values[f.name] = t.string(f.name, getattr(defaults, f.name))
    seen: dict[str, str] = {}
    for key, folder in values.items():
        if inbox is not None and _same_folder(folder, inbox):
            t.problem(key, f"must not be the inbox {show_value(inbox)}")
        elif folder in seen:
            t.problem(key, f"must differ from [folders] {seen[folder]} (both are {show_value(folder)})")
        else:
            seen[folder] = key
    return FoldersConfig(**values)


def _same_folder(a: str, b: str) -> bool:
    # RFC 3501 5.1: INBOX is case-insensitive; other names are compared as given.
    if a.upper() == "INBOX" or b.upper() == "INBOX":
        return a.upper() == b.upper()
    return a == b


def _summary(t: _Table, base: Path, env: Mapping[str, str], have_smtp: bool) -> SummaryConfig:
    d = SummaryConfig()
    value = t.raw("time")
    time = d.time
    if value is not _MISSING:
        parsed = _parse_time(value)
        if parsed is None:
            t.problem("time", f'must be a time of day as "HH:MM" (24-hour), got {show_value(value)}')
        else:
            time = parsed
    tz = t.string("timezone", d.timezone)
    if t.has("timezone") and isinstance(t.data["timezone"], str) and tz.strip():
        try:
            zoneinfo.ZoneInfo(tz)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
            t.problem("timezone", f"unknown time zone {show_value(tz)}")
            tz = d.timezone
    # Without [smtp] the summary is appended to `folder`, so a config need not have [smtp].
    delivery = t.choice("delivery", "smtp" if have_smtp else "imap", DELIVERIES)
    if delivery == "smtp" and not have_smtp:
        t.problem("delivery", '"smtp" needs an [smtp] section; add one, or set delivery = "imap"')
    folder = t.string("folder", d.folder)
    skip = t.boolean("skip_when_empty", d.skip_when_empty)
    def check_grace(v: Any) -> tuple[bool, int]:
        g = _parse_duration(v)
        return (False, d.grace) if g is None else (True, g)

    grace = t._read(
        "grace", d.grace, False, check_grace,
        'must be a duration such as "12h", "90m" or "1h30m", or an integer number of seconds',
    )
    templates = t.path("templates_dir", base, env, must_be="dir", empty_is_none=True)
    return SummaryConfig(
        time=time,
        timezone=tz,
        delivery=delivery,  # type: ignore[arg-type]
        folder=folder,
        skip_when_empty=skip,
        grace=grace,
        templates_dir=templates,
    )


def _judge(t: _Table) -> JudgeConfig:
    phrases: dict[str, Mapping[str, tuple[str, ...]]] = {}
    weights: dict[str, float] = {}
    raw = t.raw("phrases")
    if raw is not _MISSING:
        if not isinstance(raw, dict):
            t.problem("phrases", f"must be a table of phrase families, got {show_value(raw)}")
        else:
            for family, langs in raw.items():
                at = f"phrases.{_key_part(family)}"
                if not _IDENTIFIER.fullmatch(family):
                    t.problem(at, "a phrase family must be an identifier (letters, digits and _)")
                    continue
                if not isinstance(langs, dict):
                    t.problem(at, f"must be a table of languages ({', '.join(JUDGE_LANGUAGES)}), got {show_value(langs)}")
                    continue
                by_lang: dict[str, tuple[str, ...]] = {}
                for lang, items in langs.items():
                    at_lang = f"{at}.{_key_part(lang)}"
                    if lang not in JUDGE_LANGUAGES:
                        t.problem(at_lang, f"unknown language; use one of {', '.join(JUDGE_LANGUAGES)}")
                    elif not isinstance(items, list) or not all(isinstance(x, str) and x.strip() for x in items):
                        t.problem(at_lang, f"must be a list of non-empty strings, got {show_value(items)}")
                    else:
                        by_lang[lang] = tuple(items)
                phrases[family] = MappingProxyType(by_lang)
    raw = t.raw("weights")
    if raw is not _MISSING:
        if not isinstance(raw, dict):
            t.problem("weights", f"must be a table of family = number, got {show_value(raw)}")
        else:
            for family, w in raw.items():
                at = f"weights.{_key_part(family)}"
                if not _IDENTIFIER.fullmatch(family):
                    t.problem(at, "a phrase family must be an identifier (letters, digits and _)")
                elif isinstance(w, bool) or not isinstance(w, (int, float)) or not math.isfinite(w):
                    t.problem(at, f"must be a number, got {show_value(w)}")
                else:
                    weights[family] = float(w)
    return JudgeConfig(phrases=MappingProxyType(phrases), weights=MappingProxyType(weights))


_SECTIONS: Final = (
    "imap", "maildir", "folders", "trust", "state", "limits", "daemon", "smtp", "summary", "me", "judge", "log",
)


def _validate(doc: Mapping[str, Any], path: Path, env: Mapping[str, str]) -> Config:
    problems: list[str] = []
    base = path.parent
    tables: dict[str, _Table] = {}
    for name, value in doc.items():
        if name not in _SECTIONS:
            problems.append(f"[{_key_part(name)}]: unknown section; known sections are {', '.join(_SECTIONS)}")
        elif not isinstance(value, dict):
            problems.append(f"[{name}]: must be a section (a table), got {name} = {show_value(value)}")
    for name in _SECTIONS:
        value = doc.get(name)
        if isinstance(value, dict):
            tables[name] = _Table(name, value, problems)

    def section(name: str) -> _Table:
        t = tables.get(name) or _Table(name, {}, problems)
        opened.append(t)
        return t

    def close_sections() -> None:
        # unknown keys are reported after the section's other problems, in file order
        while opened:
            opened.pop(0).finish()

    opened: list[_Table] = []

    imap = maildir = None
    if "imap" in tables and "maildir" in tables:
        problems.append("[maildir]: cannot be used together with [imap]; keep one of them")
    if "imap" not in tables and "maildir" not in tables and not {"imap", "maildir"} & doc.keys():
        problems.append("[imap]: required: configure the mailbox with [imap] (or [maildir] for a local Maildir)")
    if "imap" in tables:
        imap = _imap(section("imap"), base, env)
        close_sections()
    if "maildir" in tables:
        t = section("maildir")
        mpath = t.path("path", base, env)
        if mpath is None and not t.has("path"):
            t.problem("path", "required")
        maildir = MaildirConfig(path=mpath or base, inbox=t.string("inbox", "INBOX"))
        close_sections()
    inbox = imap.inbox if imap else maildir.inbox if maildir else None

    folders = _folders(section("folders"), inbox)
    close_sections()
    trust = TrustConfig(authserv_ids=tuple(a.strip() for a in section("trust").string_list("authserv_ids")))
    t = section("state")
    state = StateConfig(path=t.path("path", base, env) or default_state_path(env))
    limits = LimitsConfig(max_message_bytes=section("limits").integer("max_message_bytes", 2_000_000, 1))
    t = section("daemon")
    daemon = DaemonConfig(
        poll_interval=t.seconds("poll_interval", 60.0),
        idle_renew=t.seconds(
            "idle_renew", 540.0, below=IDLE_RENEW_LIMIT,
            what=" (29 minutes: RFC 2177 lets a server drop a client idle for 30)",
        ),
    )
    close_sections()
    smtp = _smtp(section("smtp"), base, env) if "smtp" in tables else None
    close_sections()
    summary = _summary(section("summary"), base, env, have_smtp=smtp is not None or "smtp" in doc)
    close_sections()
    t = section("me")
    me = MeConfig(name=t.string("name", empty_ok=True), headline=t.string("headline", empty_ok=True),
                  fields=t.string_list("fields"))
    judge = _judge(section("judge"))
    log = LogConfig(level=section("log").choice("level", "info", LOG_LEVELS))  # type: ignore[arg-type]
    close_sections()
    if problems:
        raise ConfigError(problems)
    return Config(
        path=path, imap=imap, maildir=maildir, folders=folders, trust=trust, state=state, limits=limits,
        daemon=daemon, smtp=smtp, summary=summary, me=me, judge=judge, log=log,
    )


def load_config(path: Path, env: Mapping[str, str] = os.environ) -> Config:
    """Read and validate the TOML file at `path`.

    Raises ConfigError listing every problem (one line each), or a single line for a
    missing or unreadable file or a TOML syntax error.
    """
    path = Path(os.path.abspath(_expand_user(str(path), env)))
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError([
            f"no configuration file at {path} (mailbot looks at {SEARCH_ORDER}); "
            f"create one there from config.example.toml, which documents every setting"
        ]) from None
    except OSError as e:
        raise ConfigError([f"{path}: cannot read the configuration file: {e.strerror or e}"]) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        raise ConfigError([f"{path}, line {line}: not valid UTF-8 text"]) from None
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError([_toml_error(path, e)]) from None
    return _validate(doc, path, env)


def _toml_error(path: Path, e: tomllib.TOMLDecodeError) -> str:
    message = str(e)
    m = re.fullmatch(r"(.*) \(at line (\d+), column (\d+)\)", message, re.S)
    if m:
        return f"{path}, line {m.group(2)}, column {m.group(3)}: invalid TOML: {m.group(1)}"
    m = re.fullmatch(r"(.*) \(at end of document\)", message, re.S)
    if m:  # e.g. a key defined twice: tomllib finds out only at the end
        return f"{path}, at the end of the file: invalid TOML: {m.group(1)}"
    return f"{path}: invalid TOML: {message}"


# --------------------------------------------------------------------------- checks and description


def _secrets(config: Config) -> list[Secret]:
    found = []
    if config.imap is not None:
        found.append(config.imap.password)
    if config.smtp is not None and config.smtp.password is not None:
        found.append(config.smtp.password)
    return found


def check_secrets(config: Config) -> list[str]:
    """Reveal each secret once to see that it works; the problems, never the values."""
    problems: list[str] = []
    for secret in _secrets(config):
        try:
            value = secret.reveal()
        except ConfigError as e:
            problems.extend(e.problems)
            continue
        if not value:
            problems.append(f"{secret.where}: gave an empty password")
        del value
    return problems


def config_warnings(config: Config) -> list[str]:
    """Things that work but that `mailbot check-config` should point out."""
    warnings: list[str] = []
    for secret in _secrets(config):
        if secret.kind == "literal":
            warnings.append(
                f"{secret.where}: the password is written in the config file; it is better kept out of it "
                "(password_command, password_file, password_env or password_credential)"
            )
        elif secret.kind == "file" and secret.source:
            try:
                mode = os.stat(secret.source).st_mode
            except OSError:
                continue
            if mode & 0o077:
                warnings.append(f'{secret.where}: "{secret.source}" can be read by other users; chmod 600 it')
    if not config.trust.authserv_ids:
        warnings.append(
            '[trust] authserv_ids: not set, so authenticity is "unchecked": only look-alike senders are caught; '
            "add your own mail server's authserv-id (the first word of its Authentication-Results header)"
        )
    return warnings


def describe(config: Config) -> str:
    """The effective configuration in words, for `mailbot check-config`; secrets by source only."""
    lines = [f"configuration file: {config.path}"]

    def section(name: str, items: list[tuple[str, object]]) -> None:
        lines.append("")
        lines.append(f"[{name}]")
        for key, value in items:
            lines.append(f"  {key}: {_describe_value(value)}")

    if config.imap is not None:
        i = config.imap
        section("imap", [
            ("host", i.host), ("port", i.port), ("security", i.security),
            ("ca_file", i.ca_file or "system default certificates"),
            ("username", i.username), ("password", i.password),
            ("inbox", i.inbox), ("timeout", f"{i.timeout:g} s"), ("batch_size", i.batch_size),
        ])
    if config.maildir is not None:
        section("maildir", [("path", config.maildir.path), ("inbox", config.maildir.inbox)])
    section("folders", [(d.value, config.folder_for(d)) for d in Disposition])
    section("trust", [(
        "authserv_ids",
        ", ".join(config.trust.authserv_ids) if config.trust.authserv_ids
        else 'none (authenticity "unchecked": only look-alikes are caught)',
    )])
    section("state", [("path", config.state.path)])
    section("limits", [("max_message_bytes", config.limits.max_message_bytes)])
    section("daemon", [
        ("poll_interval", f"{config.daemon.poll_interval:g} s"),
        ("idle_renew", f"{config.daemon.idle_renew:g} s"),
    ])
    if config.smtp is not None:
        s = config.smtp
        section("smtp", [
            ("host", s.host), ("port", s.port), ("security", s.security),
            ("ca_file", s.ca_file or "system default certificates"),
            ("username", s.username or "none (no login)"),
            ("password", s.password if s.password is not None else "none"),
            ("from", s.from_addr), ("to", ", ".join(s.to)),
        ])
    m = config.summary
    section("summary", [
        ("time", f"{m.time:%H:%M} {m.timezone}"), ("delivery", m.delivery),
        ("folder", m.folder + ("" if m.delivery == "imap" else " (not used: delivery is smtp)")),
        ("skip_when_empty", m.skip_when_empty), ("grace", _describe_seconds(m.grace)),
        ("templates_dir", m.templates_dir or "built-in templates"),
    ])
    section("me", [
        ("name", config.me.name or "(not set)"), ("headline", config.me.headline or "(not set)"),
        ("fields", ", ".join(config.me.fields) or "(none)"),
    ])
    j = config.judge
    judge_items: list[tuple[str, object]] = [
        (f"phrases.{fam}.{lang}", f"{len(items)} phrase(s)")
        for fam, langs in sorted(j.phrases.items()) for lang, items in sorted(langs.items())
    ]
    judge_items += [(f"weights.{fam}", f"{w:g}") for fam, w in sorted(j.weights.items())]
    section("judge", judge_items or [("overrides", "none (built-in phrase data)")])
    section("log", [("level", config.log.level)])
    return "\n".join(lines) + "\n"


def _describe_value(value: object) -> str:
    if isinstance(value, Secret):
        return value.describe()
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _describe_seconds(seconds: int) -> str:
    h, rest = divmod(seconds, 3600)
    mi, s = divmod(rest, 60)
    parts = [f"{h}h" if h else "", f"{mi}m" if mi else "", f"{s}s" if s else ""]
    return ("".join(parts) or "0s") + f" ({seconds} s)"
