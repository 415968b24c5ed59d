"""load_config: every problem reported at once, one exact line each; defaults; paths; secrets."""
from __future__ import annotations

import datetime as dt
import shlex
import sys
import traceback
from pathlib import Path

import pytest

from mailbot.config import (
    Config,
    FoldersConfig,
    check_secrets,
    config_warnings,
    describe,
    find_config_path,
    is_loopback,
    load_config,
)
from mailbot.errors import ConfigError
from mailbot.model import Disposition
from mailbot.secrets import Secret

VALUE = "s3cr3t-Hunter2"
IMAP = """\
[imap]
host = "imap.example.net"
username = "me@example.net"
password_env = "MAILBOT_PW"
"""
SMTP = """\
[smtp]
host = "smtp.example.net"
from = "mailbot@example.net"
to = "me@example.net"
"""


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    return {"HOME": str(home), "MAILBOT_PW": VALUE}


@pytest.fixture
def write(tmp_path: Path):
    def write(text: str) -> Path:
        path = tmp_path / "conf" / "config.toml"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text)
        return path

    return write


@pytest.fixture
def load(write, env):
    def load(text: str) -> Config:
        return load_config(write(text), env)

    return load


@pytest.fixture
def problems(write, env):
    def problems(text: str) -> list[str]:
        with pytest.raises(ConfigError) as info:
            load_config(write(text), env)
        return info.value.problems

    return problems


def imap_with(extra: str) -> str:
    return IMAP + extra + "\n"


# -- defaults ---------------------------------------------------------------------------


def test_minimal_config_and_defaults(load, env, tmp_path: Path) -> None:
    c = load(IMAP)
    assert c.path == tmp_path / "conf" / "config.toml"
    assert c.maildir is None and c.smtp is None
    i = c.imap
    assert i is not None
    assert (i.host, i.port, i.security, i.ca_file, i.username) == ("imap.example.net", 993, "tls", None, "me@example.net")
    assert (i.inbox, i.timeout, i.batch_size) == ("INBOX", 30.0, 500)
    assert i.password == Secret("env", "MAILBOT_PW", "[imap] password_env")
    assert i.password.reveal() == VALUE
    assert c.folders == FoldersConfig("LinkedIn/Good", "LinkedIn/Bad", "LinkedIn/Ugly", "LinkedIn/Other", "LinkedIn/Suspicious")
    assert c.trust.authserv_ids == ()
    assert c.state.path == Path(env["HOME"]) / ".local/state/mailbot/state.db"
    assert c.limits.max_message_bytes == 2_000_000
    assert (c.daemon.poll_interval, c.daemon.idle_renew) == (60.0, 540.0)
    s = c.summary
    assert (s.time, s.timezone, s.folder, s.skip_when_empty, s.grace, s.templates_dir) == (
        dt.time(7, 30), "UTC", "LinkedIn/Summary", True, 12 * 3600, None,
    )
    assert s.delivery == "imap"  # no [smtp]: the summary is appended to a folder
    assert (c.me.name, c.me.headline, c.me.fields) == ("", "", ())
    assert dict(c.judge.phrases) == {} and dict(c.judge.weights) == {}
    assert c.log.level == "info"
    assert c.inbox == "INBOX"


def test_config_is_frozen(load) -> None:
    c = load(IMAP)
    with pytest.raises(AttributeError):
        c.log = None  # type: ignore[misc]


@pytest.mark.parametrize(("security", "port"), [("tls", 993), ("starttls", 143)])
def test_imap_port_default_follows_security(load, security: str, port: int) -> None:
    assert load(imap_with(f'security = "{security}"')).imap.port == port


def test_imap_port_default_for_none_is_143(load) -> None:
    text = IMAP.replace("imap.example.net", "127.0.0.1") + 'security = "none"\n'
    assert load(text).imap.port == 143


@pytest.mark.parametrize(("security", "port"), [("tls", 465), ("starttls", 587)])
def test_smtp_port_default_follows_security(load, security: str, port: int) -> None:
    c = load(IMAP + SMTP + f'security = "{security}"\n')
    assert c.smtp.port == port
    assert c.summary.delivery == "smtp"  # with [smtp] the default delivery is smtp


def test_smtp_defaults(load) -> None:
    s = load(IMAP + SMTP).smtp
    assert (s.host, s.port, s.security, s.username, s.password, s.from_addr, s.to) == (
        "smtp.example.net", 465, "tls", None, None, "mailbot@example.net", ("me@example.net",),
    )


def test_full_values(load, tmp_path: Path) -> None:
    (tmp_path / "conf" / "tpl").mkdir(parents=True)
    ca = tmp_path / "conf" / "ca.pem"
    ca.write_text("x")
    c = load(
        imap_with('port = 1993\nca_file = "ca.pem"\ninbox = "Inbox"\ntimeout = 2.5\nbatch_size = 10000')
        + '[folders]\ngood = "G"\nbad = "B"\nugly = "U"\nother = "O"\nsuspicious = "S"\n'
        + '[trust]\nauthserv_ids = ["mx.example.net"]\n'
        + '[state]\npath = "state/s.db"\n'
        + "[limits]\nmax_message_bytes = 100\n"
        + "[daemon]\npoll_interval = 5\nidle_renew = 1739\n"
        + SMTP.replace('to = "me@example.net"', 'to = ["a@example.net", "Me <b@example.net>"]') + 'username = "u"\npassword_env = "MAILBOT_PW"\nsecurity = "starttls"\nport = 2525\n'
        + '[summary]\ntime = "18:05"\ntimezone = "Europe/Berlin"\ndelivery = "imap"\nfolder = "Sum"\n'
        + 'skip_when_empty = false\ngrace = "1h30m"\ntemplates_dir = "tpl"\n'
        + '[me]\nname = "Ada"\nheadline = "Engineer"\nfields = ["software", "maths"]\n'
        + '[judge.phrases.pitch]\nen = ["quick call"]\nany = ["crypto"]\n[judge.weights]\npitch = 2\n'
        + '[log]\nlevel = "DEBUG"\n'
    )
    assert c.imap.port == 1993 and c.imap.ca_file == ca and c.imap.inbox == "Inbox"
    assert c.imap.timeout == 2.5 and c.imap.batch_size == 10000
    assert c.folder_for(Disposition.SUSPICIOUS) == "S"
    assert c.trust.authserv_ids == ("mx.example.net",)
    assert c.state.path == tmp_path / "conf" / "state" / "s.db"
    assert c.limits.max_message_bytes == 100
    assert c.daemon.idle_renew == 1739
    assert c.smtp.to == ("a@example.net", "Me <b@example.net>")
    assert c.smtp.port == 2525 and c.smtp.username == "u"
    assert c.summary.time == dt.time(18, 5) and c.summary.tz.key == "Europe/Berlin"
    assert c.summary.delivery == "imap" and c.summary.skip_when_empty is False
    assert c.summary.grace == 5400 and c.summary.templates_dir == tmp_path / "conf" / "tpl"
    assert c.me.fields == ("software", "maths")
    assert c.judge.phrases["pitch"]["en"] == ("quick call",)
    assert c.judge.weights["pitch"] == 2.0
    assert c.log.level == "debug"


def test_folder_for_every_disposition(load) -> None:
    c = load(IMAP)
    assert {d: c.folder_for(d) for d in Disposition} == {
        Disposition.GOOD: "LinkedIn/Good",
        Disposition.BAD: "LinkedIn/Bad",
        Disposition.UGLY: "LinkedIn/Ugly",
        Disposition.OTHER: "LinkedIn/Other",
        Disposition.SUSPICIOUS: "LinkedIn/Suspicious",
    }


def test_maildir(load, env) -> None:
    c = load('[maildir]\npath = "~/Mail"\n')
    assert c.imap is None
    assert c.maildir.path == Path(env["HOME"]) / "Mail"
    assert c.inbox == "INBOX"


@pytest.mark.parametrize(("grace", "seconds"), [("0", 0), ("3600", 3600), ('"12h"', 43200), ('"90m"', 5400),
                                                 ('"1d"', 86400), ('"45s"', 45), ('"1h 30m"', 5400)])
def test_grace_forms(load, grace: str, seconds: int) -> None:
    assert load(IMAP + f"[summary]\ngrace = {grace}\n").summary.grace == seconds


def test_summary_time_as_toml_time(load) -> None:
    assert load(IMAP + "[summary]\ntime = 07:45:00\n").summary.time == dt.time(7, 45)


# -- paths -------------------------------------------------------------------------------


def test_state_path_default_uses_xdg_state_home(write, env, tmp_path: Path) -> None:
    env["XDG_STATE_HOME"] = str(tmp_path / "xdg-state")
    assert load_config(write(IMAP), env).state.path == tmp_path / "xdg-state" / "mailbot" / "state.db"
    env["XDG_STATE_HOME"] = "relative/ignored"
    assert load_config(write(IMAP), env).state.path == Path(env["HOME"]) / ".local/state/mailbot/state.db"


def test_tilde_and_relative_paths(load, env, tmp_path: Path) -> None:
    assert load(IMAP + '[state]\npath = "~/s.db"\n').state.path == Path(env["HOME"]) / "s.db"
    assert load(IMAP + '[state]\npath = "../s.db"\n').state.path == tmp_path / "s.db"
    assert load(IMAP + '[state]\npath = "/abs/s.db"\n').state.path == Path("/abs/s.db")


# -- config search order ---------------------------------------------------------------------


def test_search_order(tmp_path: Path) -> None:
    home = str(tmp_path)
    env = {"HOME": home, "MAILBOT_CONFIG": "/etc/m.toml", "XDG_CONFIG_HOME": "/xdg"}
    assert find_config_path("/cli.toml", env) == Path("/cli.toml")
    assert find_config_path("~/c.toml", env) == tmp_path / "c.toml"
    assert find_config_path(None, env) == Path("/etc/m.toml")
    del env["MAILBOT_CONFIG"]
    assert find_config_path(None, env) == Path("/xdg/mailbot/config.toml")
    env["XDG_CONFIG_HOME"] = "not/absolute"
    assert find_config_path(None, env) == tmp_path / ".config" / "mailbot" / "config.toml"
    del env["XDG_CONFIG_HOME"]
    assert find_config_path(None, env) == tmp_path / ".config" / "mailbot" / "config.toml"
    assert find_config_path(None, {"HOME": home, "MAILBOT_CONFIG": ""}) == tmp_path / ".config/mailbot/config.toml"


def test_missing_file(tmp_path: Path, env) -> None:
    path = tmp_path / "nowhere" / "config.toml"
    with pytest.raises(ConfigError) as info:
        load_config(path, env)
    assert info.value.problems == [
        f"no configuration file at {path} (mailbot looks at --config, then $MAILBOT_CONFIG, then "
        "$XDG_CONFIG_HOME/mailbot/config.toml or ~/.config/mailbot/config.toml); "
        "create one there from config.example.toml, which documents every setting"
    ]


def test_toml_syntax_error_names_file_line_and_column(problems, tmp_path: Path) -> None:
    path = tmp_path / "conf" / "config.toml"
    assert problems(IMAP + "timeout = \n") == [f"{path}, line 5, column 11: invalid TOML: Invalid value"]


def test_toml_error_newline_in_string(problems, tmp_path: Path) -> None:
    path = tmp_path / "conf" / "config.toml"
    assert problems(IMAP + 'inbox = "x\n')[0].startswith(f"{path}, line 5")


def test_not_utf8(write, env, tmp_path: Path) -> None:
    path = write("")
    path.write_bytes(IMAP.encode() + b'inbox = "\xff"\n')
    with pytest.raises(ConfigError) as info:
        load_config(path, env)
    assert info.value.problems == [f"{path}, line 5: not valid UTF-8 text"]


# -- one exact line per problem ------------------------------------------------------------------

REMOTE_NONE = 'security = "none"'
CASES = [
    (imap_with('port = "abc"'), '[imap] port: must be an integer from 1 to 65535, got "abc"'),
    (imap_with("port = 0"), "[imap] port: must be an integer from 1 to 65535, got 0"),
    (imap_with("port = 70000"), "[imap] port: must be an integer from 1 to 65535, got 70000"),
    (imap_with("port = true"), "[imap] port: must be an integer from 1 to 65535, got true"),
    (imap_with('colour = "red"'), "[imap] colour: unknown key"),
    (IMAP.replace('host = "imap.example.net"\n', ""), "[imap] host: required"),
    (IMAP.replace('username = "me@example.net"\n', ""), "[imap] username: required"),
    (IMAP.replace('password_env = "MAILBOT_PW"\n', ""),
     "[imap] password: required: set exactly one of password_command, password_file, password_env, "
     "password, password_credential"),
    (imap_with('password_file = "pw"'),
     "[imap] password_file: only one password source may be set, found password_env and password_file"),
    (imap_with('security = "ssl"'), '[imap] security: must be one of "tls", "starttls", "none", got "ssl"'),
    (imap_with(REMOTE_NONE),
     '[imap] security: "none" sends the password in clear text and is allowed only for a loopback host '
     '(127.0.0.0/8, ::1, localhost), got host "imap.example.net"; use "tls" or "starttls"'),
    (imap_with("timeout = 0"), "[imap] timeout: must be a number of seconds greater than 0, got 0"),
    (imap_with('timeout = "30"'), '[imap] timeout: must be a number of seconds greater than 0, got "30"'),
    (imap_with("batch_size = 10001"), "[imap] batch_size: must be an integer from 1 to 10000, got 10001"),
    (imap_with('inbox = ""'), '[imap] inbox: must be a non-empty string, got ""'),
    (imap_with('password_env = "UNSET_VAR"').replace('password_env = "MAILBOT_PW"\n', ""),
     '[imap] password_env: environment variable "UNSET_VAR" is not set'),
    (IMAP + '[folders]\nbad = "LinkedIn/Good"\n',
     '[folders] bad: must differ from [folders] good (both are "LinkedIn/Good")'),
    (IMAP + '[folders]\nother = "inbox"\n', '[folders] other: must not be the inbox "INBOX"'),
    (IMAP + '[folders]\ngood = ""\n', '[folders] good: must be a non-empty string, got ""'),
    (IMAP + '[folders]\nspam = "Spam"\n', "[folders] spam: unknown key"),
    (IMAP + '[trust]\nauthserv_ids = "mx.example.net"\n',
     '[trust] authserv_ids: must be a list of non-empty strings, got "mx.example.net"'),
    (IMAP + "[limits]\nmax_message_bytes = 0\n", "[limits] max_message_bytes: must be an integer of at least 1, got 0"),
    (IMAP + "[daemon]\nidle_renew = 1740\n",
     "[daemon] idle_renew: must be a number of seconds greater than 0 and less than 1740 "
     "(29 minutes: RFC 2177 lets a server drop a client idle for 30), got 1740"),
    (IMAP + "[daemon]\npoll_interval = -1\n",
     "[daemon] poll_interval: must be a number of seconds greater than 0, got -1"),
    (IMAP + '[summary]\ntime = "25:00"\n', '[summary] time: must be a time of day as "HH:MM" (24-hour), got "25:00"'),
    (IMAP + '[summary]\ntime = "7.30"\n', '[summary] time: must be a time of day as "HH:MM" (24-hour), got "7.30"'),
    (IMAP + '[summary]\ntimezone = "Mars/Base"\n', '[summary] timezone: unknown time zone "Mars/Base"'),
    (IMAP + '[summary]\ndelivery = "smtp"\n',
     '[summary] delivery: "smtp" needs an [smtp] section; add one, or set delivery = "imap"'),
    (IMAP + '[summary]\ndelivery = "pigeon"\n', '[summary] delivery: must be one of "smtp", "imap", got "pigeon"'),
    (IMAP + '[summary]\ngrace = "soon"\n',
     '[summary] grace: must be a duration such as "12h", "90m" or "1h30m", or an integer number of seconds, got "soon"'),
    (IMAP + "[summary]\ngrace = -5\n",
     '[summary] grace: must be a duration such as "12h", "90m" or "1h30m", or an integer number of seconds, got -5'),
    (IMAP + '[summary]\nskip_when_empty = "yes"\n', '[summary] skip_when_empty: must be true or false, got "yes"'),
    (IMAP + '[me]\nfields = "software"\n', '[me] fields: must be a list of non-empty strings, got "software"'),
    (IMAP + '[judge.phrases.pitch]\nxx = ["a"]\n',
     "[judge] phrases.pitch.xx: unknown language; use one of en, de, fr, es, it, pt, nl, ca, any"),
    (IMAP + '[judge.phrases.pitch]\nen = "a"\n', '[judge] phrases.pitch.en: must be a list of non-empty strings, got "a"'),
    (IMAP + '[judge.phrases."bad family"]\nen = ["a"]\n',
     '[judge] phrases."bad family": a phrase family must be an identifier (letters, digits and _)'),
    (IMAP + '[judge.weights]\npitch = "high"\n', '[judge] weights.pitch: must be a number, got "high"'),
    (IMAP + "[judge]\nrules = 1\n", "[judge] rules: unknown key"),
    (IMAP + '[log]\nlevel = "loud"\n', '[log] level: must be one of "debug", "info", "warning", "error", got "loud"'),
    (IMAP + "[colour]\nx = 1\n",
     "[colour]: unknown section; known sections are imap, maildir, folders, trust, state, limits, daemon, smtp, "
     "summary, me, judge, log"),
    ("log = 3\n" + IMAP, "[log]: must be a section (a table), got log = 3"),
    ("[log]\n", "[imap]: required: configure the mailbox with [imap] (or [maildir] for a local Maildir)"),
    (IMAP + '[maildir]\npath = "~/Mail"\n', "[maildir]: cannot be used together with [imap]; keep one of them"),
    ("[maildir]\n", "[maildir] path: required"),
    (IMAP + SMTP.replace('from = "mailbot@example.net"\n', ""), "[smtp] from: required"),
    (IMAP + SMTP.replace('to = "me@example.net"\n', ""), "[smtp] to: required"),
    (IMAP + SMTP + 'to = ["me@example.net", "nobody"]\n'.replace("to", "cc"), "[smtp] cc: unknown key"),
    (IMAP + SMTP.replace('to = "me@example.net"', 'to = ["me@example.net", "nobody"]'),
     '[smtp] to: must be a mail address such as "me@example.net", got "nobody"'),
    (IMAP + SMTP.replace('to = "me@example.net"', "to = []"), "[smtp] to: must name at least one address"),
    (IMAP + SMTP.replace("mailbot@example.net", "mailbot"),
     '[smtp] from: must be a mail address such as "mailbot@example.net", got "mailbot"'),
    (IMAP + SMTP + 'username = "u"\n',
     "[smtp] password: required: set exactly one of password_command, password_file, password_env, "
     "password, password_credential"),
    (IMAP + SMTP + 'password_env = "MAILBOT_PW"\n', "[smtp] username: required when a password is set (password_env)"),
    (IMAP + SMTP + REMOTE_NONE + "\n",
     '[smtp] security: "none" sends the password in clear text and is allowed only for a loopback host '
     '(127.0.0.0/8, ::1, localhost), got host "smtp.example.net"; use "tls" or "starttls"'),
]


@pytest.mark.parametrize(("text", "line"), CASES)
def test_each_problem_is_exactly_one_line(problems, text: str, line: str) -> None:
    assert problems(text) == [line]


def test_empty_host(problems) -> None:
    assert problems(IMAP.replace('host = "imap.example.net"', 'host = ""')) == [
        '[imap] host: must be a non-empty string, got ""'
    ]


def test_ca_file_must_exist(problems, tmp_path: Path) -> None:
    assert problems(imap_with('ca_file = "missing.pem"')) == [
        f'[imap] ca_file: file "{tmp_path / "conf" / "missing.pem"}" does not exist'
    ]


def test_templates_dir_must_be_a_folder(problems, tmp_path: Path) -> None:
    assert problems(IMAP + '[summary]\ntemplates_dir = "tpl"\n') == [
        f'[summary] templates_dir: folder "{tmp_path / "conf" / "tpl"}" does not exist'
    ]


def test_many_problems_all_reported_in_section_order(problems) -> None:
    text = (
        IMAP.replace('host = "imap.example.net"\n', "")
        + 'port = "abc"\ncolour = "red"\n'
        + '[folders]\nugly = "LinkedIn/Bad"\n'
        + '[summary]\ntimezone = "Mars/Base"\ntime = "noon"\n'
        + "[daemon]\nidle_renew = 3600\n"
        + '[log]\nlevel = "loud"\nformat = "json"\n'
        + "[extra]\n"
    )
    assert problems(text) == [
        "[extra]: unknown section; known sections are imap, maildir, folders, trust, state, limits, daemon, smtp, "
        "summary, me, judge, log",
        "[imap] host: required",
        '[imap] port: must be an integer from 1 to 65535, got "abc"',
        "[imap] colour: unknown key",
        '[folders] ugly: must differ from [folders] bad (both are "LinkedIn/Bad")',
        "[daemon] idle_renew: must be a number of seconds greater than 0 and less than 1740 "
        "(29 minutes: RFC 2177 lets a server drop a client idle for 30), got 3600",
        '[summary] time: must be a time of day as "HH:MM" (24-hour), got "noon"',
        '[summary] timezone: unknown time zone "Mars/Base"',
        '[log] level: must be one of "debug", "info", "warning", "error", got "loud"',
        "[log] format: unknown key",
    ]


# -- loopback rule for security = "none" ------------------------------------------------------------

LOOPBACK = ["127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost", "LOCALHOST", "localhost."]
NOT_LOOPBACK = ["10.0.0.1", "128.0.0.1", "::2", "localhost.example.net", "evil-localhost", "imap.example.net", "0.0.0.0"]


@pytest.mark.parametrize("host", LOOPBACK)
def test_loopback_hosts(host: str) -> None:
    assert is_loopback(host)


@pytest.mark.parametrize("host", NOT_LOOPBACK)
def test_not_loopback_hosts(host: str) -> None:
    assert not is_loopback(host)


@pytest.mark.parametrize("host", ["127.0.0.1", "::1", "localhost"])
def test_security_none_allowed_on_loopback(load, host: str) -> None:
    c = load(
        IMAP.replace("imap.example.net", host) + 'security = "none"\n'
        + SMTP.replace("smtp.example.net", host) + 'security = "none"\n'
    )
    assert (c.imap.security, c.imap.port, c.smtp.security, c.smtp.port) == ("none", 143, "none", 25)


@pytest.mark.parametrize("host", ["10.0.0.1", "localhost.example.net"])
def test_security_none_refused_elsewhere_for_both(problems, host: str) -> None:
    text = (
        IMAP.replace("imap.example.net", host) + 'security = "none"\n'
        + SMTP.replace("smtp.example.net", host) + 'security = "none"\n'
    )
    tail = (
        '"none" sends the password in clear text and is allowed only for a loopback host '
        f'(127.0.0.0/8, ::1, localhost), got host "{host}"; use "tls" or "starttls"'
    )
    assert problems(text) == [f"[imap] security: {tail}", f"[smtp] security: {tail}"]


# -- secrets from each source -------------------------------------------------------------------------


def test_password_file_relative_to_config(load, tmp_path: Path) -> None:
    (tmp_path / "conf").mkdir(exist_ok=True)
    (tmp_path / "conf" / "pw").write_text(VALUE + "\n")
    c = load(IMAP.replace('password_env = "MAILBOT_PW"', 'password_file = "pw"'))
    assert c.imap.password.kind == "file"
    assert c.imap.password.source == str(tmp_path / "conf" / "pw")
    assert c.imap.password.reveal() == VALUE


def test_password_file_tilde(load, env) -> None:
    (Path(env["HOME"]) / ".pw").write_text(VALUE)
    c = load(IMAP.replace('password_env = "MAILBOT_PW"', 'password_file = "~/.pw"'))
    assert c.imap.password.reveal() == VALUE


def test_password_file_missing(problems, tmp_path: Path) -> None:
    assert problems(IMAP.replace('password_env = "MAILBOT_PW"', 'password_file = "nope"')) == [
        f'[imap] password_file: file "{tmp_path / "conf" / "nope"}" does not exist'
    ]


def test_password_command(load) -> None:
    cmd = f"{shlex.quote(sys.executable)} -c 'import os; print(os.environ[\"MAILBOT_PW\"])'"
    c = load(IMAP.replace('password_env = "MAILBOT_PW"', f"password_command = {toml_str(cmd)}"))
    assert c.imap.password.kind == "command"
    assert c.imap.password.reveal() == VALUE


def test_password_literal(load) -> None:
    c = load(IMAP.replace('password_env = "MAILBOT_PW"', f'password = "{VALUE}"'))
    assert c.imap.password.reveal() == VALUE


def test_password_credential(write, env, tmp_path: Path) -> None:
    creds = tmp_path / "creds"
    creds.mkdir()
    (creds / "imap").write_text(VALUE + "\n")
    text = IMAP.replace('password_env = "MAILBOT_PW"', 'password_credential = "imap"')
    with pytest.raises(ConfigError) as info:
        load_config(write(text), env)
    assert info.value.problems == [
        "[imap] password_credential: $CREDENTIALS_DIRECTORY is not set "
        "(systemd sets it for a unit with LoadCredential= or SetCredential=)"
    ]
    env["CREDENTIALS_DIRECTORY"] = str(creds)
    assert load_config(write(text), env).imap.password.reveal() == VALUE


def test_password_of_wrong_type_is_not_echoed(problems) -> None:
    assert problems(IMAP.replace('password_env = "MAILBOT_PW"', "password = 123456")) == [
        "[imap] password: must be a non-empty string, got a value"
    ]


def toml_str(s: str) -> str:
    return "'''" + s + "'''"


def failing_command(tmp_path: Path) -> str:
    helper = tmp_path / "leaky.py"
    helper.write_text(
        f"import sys\nprint({VALUE!r})\nprint({VALUE!r}, file=sys.stderr)\nsys.exit(1)\n"
    )
    return f"{shlex.quote(sys.executable)} {shlex.quote(str(helper))}"


def test_check_secrets_reports_failure_without_output(load, tmp_path: Path) -> None:
    cmd = failing_command(tmp_path)
    c = load(IMAP.replace('password_env = "MAILBOT_PW"', f"password_command = {toml_str(cmd)}"))
    found = check_secrets(c)
    assert found == [
        f'[imap] password_command: command "{cmd}" failed with exit status 1 '
        "(its output is not shown: it may hold the secret)"
    ]
    assert VALUE not in "\n".join(found)


def test_check_secrets_ok(load) -> None:
    assert check_secrets(load(IMAP + SMTP + 'username = "u"\npassword_env = "MAILBOT_PW"\n')) == []


def test_check_secrets_empty_value(write, env) -> None:
    env["MAILBOT_PW"] = ""
    assert check_secrets(load_config(write(IMAP), env)) == ["[imap] password_env: gave an empty password"]


# -- a secret value never appears ------------------------------------------------------------------


@pytest.fixture
def literal_config(load, tmp_path: Path) -> Config:
    return load(
        IMAP.replace('password_env = "MAILBOT_PW"', f'password = "{VALUE}"')
        + SMTP + f'username = "u"\npassword = "{VALUE}"\n'
    )


def test_secret_not_in_repr_or_str_of_config(literal_config: Config) -> None:
    assert VALUE not in repr(literal_config)
    assert VALUE not in str(literal_config)
    assert "Secret(literal)" in repr(literal_config)


def test_secret_not_in_describe(literal_config: Config) -> None:
    text = describe(literal_config)
    assert VALUE not in text
    assert "  password: written in the config file (better kept out of it)" in text


def test_secret_not_in_config_error(problems) -> None:
    found = problems(
        IMAP.replace('password_env = "MAILBOT_PW"', f'password = "{VALUE}"\npasswrd = "{VALUE}"\npassword_file = "x"')
    )
    assert found == [
        "[imap] password_file: only one password source may be set, found password and password_file",
        "[imap] passwrd: unknown key",
    ]


def test_secret_not_in_error_from_failing_command(load, tmp_path: Path) -> None:
    cmd = failing_command(tmp_path)
    c = load(IMAP.replace('password_env = "MAILBOT_PW"', f"password_command = {toml_str(cmd)}"))
    with pytest.raises(ConfigError) as info:
        c.imap.password.reveal()
    assert VALUE not in str(info.value)
    assert VALUE not in "".join(traceback.format_exception(info.value))


def test_describe_shows_sources(load) -> None:
    text = describe(load(IMAP.replace('password_env = "MAILBOT_PW"', 'password_command = "true"')))
    assert '  password: from command "true"' in text
    assert "  host: imap.example.net" in text
    text = describe(load(IMAP))
    assert '  password: from environment variable "MAILBOT_PW"' in text
    assert VALUE not in text


def test_warnings(literal_config: Config, load) -> None:
    warnings = config_warnings(literal_config)
    assert any(w.startswith("[imap] password: the password is written in the config file") for w in warnings)
    assert any(w.startswith("[smtp] password: the password is written in the config file") for w in warnings)
    assert any(w.startswith("[trust] authserv_ids: not set") for w in warnings)
    assert VALUE not in "\n".join(warnings)
    assert config_warnings(load(IMAP + '[trust]\nauthserv_ids = ["mx"]\n')) == []


EXAMPLE = Path(__file__).resolve().parents[2] / "config.example.toml"


def test_example_config_is_valid(tmp_path: Path, env) -> None:
    env["MAILBOT_IMAP_PASSWORD"] = VALUE
    text = EXAMPLE.read_text().replace(
        'password_command = "pass show mail/imap"', 'password_env = "MAILBOT_IMAP_PASSWORD"'
    )
    path = tmp_path / "config.toml"
    path.write_text(text)
    c = load_config(path, env)
    assert c.imap is not None and c.imap.host == "imap.example.net"
    # the active values in the example are the defaults
    assert c.folders == FoldersConfig()
    assert (c.imap.port, c.imap.timeout, c.imap.batch_size, c.limits.max_message_bytes) == (993, 30, 500, 2_000_000)
    assert (c.daemon.poll_interval, c.daemon.idle_renew, c.summary.grace, c.log.level) == (60, 540, 43200, "info")


def uncomment(block: str) -> str:
    """'# key = value   # note' -> 'key = value   # note'; '# [table]' -> '[table]'; other lines unchanged."""
    import re

    return re.sub(r"(?m)^# (?=\[|[A-Za-z_]+ = )", "", block)


def test_example_optional_parts_are_valid(tmp_path: Path, env) -> None:
    """The commented-out [smtp] and [judge] examples load once uncommented."""
    (tmp_path / "home" / ".config" / "mailbot").mkdir(parents=True)
    (tmp_path / "home" / ".config" / "mailbot" / "ca.pem").write_text("x")
    env["MAILBOT_IMAP_PASSWORD"] = VALUE
    text = EXAMPLE.read_text().replace(
        'password_command = "pass show mail/imap"', 'password_env = "MAILBOT_IMAP_PASSWORD"'
    ).replace("authserv_ids = []\n# ", "")
    smtp_start = text.index("# [smtp]\n")
    smtp_end = text.index("# ----", smtp_start)
    smtp = uncomment(text[smtp_start:smtp_end]).replace(
        'password_command = "pass show mail/smtp"', 'password_env = "MAILBOT_IMAP_PASSWORD"'
    )
    judge_start = text.index("# [judge.phrases.sales]")
    judge_end = text.index("[log]")
    text = (text[:smtp_start] + smtp + text[smtp_end:judge_start]
            + uncomment(text[judge_start:judge_end]) + text[judge_end:])
    path = tmp_path / "config.toml"
    path.write_text(text)
    c = load_config(path, env)
    assert c.smtp is not None and c.smtp.to == ("me@example.net",)
    assert c.smtp.ca_file is not None and c.smtp.password is not None
    assert c.summary.delivery == "smtp"
    assert c.judge.phrases["sales"]["en"] == (r"\bpayroll software\b", r"\bbook a demo\b")
    assert c.judge.weights["cta"] == 0.4
    assert c.trust.authserv_ids == ("mx.example.net",)


def test_example_maildir_part_is_valid(tmp_path: Path, env) -> None:
    text = EXAMPLE.read_text()
    start, end = text.index("\n[imap]\n"), text.index("# [maildir]\n")
    stop = text.index("# ----", end)
    text = text[: start + 1] + uncomment(text[end:stop]) + text[stop:]
    path = tmp_path / "config.toml"
    path.write_text(text)
    c = load_config(path, env)
    assert c.imap is None and c.maildir.path == Path(env["HOME"]) / "Mail"


def test_example_mentions_every_key() -> None:
    text = EXAMPLE.read_text()
    keys = {
        "imap": ["host", "port", "security", "ca_file", "username", "password_command", "password_file",
                 "password_env", "password", "password_credential", "inbox", "timeout", "batch_size"],
        "maildir": ["path", "inbox"],
        "folders": ["good", "bad", "ugly", "other", "suspicious"],
        "trust": ["authserv_ids"], "state": ["path"], "limits": ["max_message_bytes"],
        "daemon": ["poll_interval", "idle_renew"],
        "smtp": ["host", "port", "security", "ca_file", "username", "from", "to"],
        "summary": ["time", "timezone", "delivery", "folder", "skip_when_empty", "grace", "templates_dir"],
        "me": ["name", "headline", "fields"], "judge": ["phrases", "weights"], "log": ["level"],
    }
    for section, names in keys.items():
        assert f"[{section}" in text, section
        body = text[text.index(f"[{section}"):]
        for name in names:
            assert f"{name} = " in body or f"{name}." in body or f"{name}:" in body, (section, name)


def test_toml_error_at_end_of_file(problems, tmp_path: Path) -> None:
    assert problems(IMAP + 'inbox = "unterminated') == [
        f"{tmp_path / 'conf' / 'config.toml'}, at the end of the file: invalid TOML: Unterminated string"
    ]


def test_key_defined_twice(problems, tmp_path: Path) -> None:
    assert problems(IMAP + 'inbox = "a"\ninbox = "b"\n') == [
        f"{tmp_path / 'conf' / 'config.toml'}, line 6, column 12: invalid TOML: Cannot overwrite a value"
    ]


def test_judge_as_mapping(load) -> None:
    c = load(IMAP + '[judge.phrases.sales]\nen = ["a"]\n[judge.weights]\ncta = 1\n')
    assert c.judge.as_mapping() == {"phrases": {"sales": {"en": ["a"]}}, "weights": {"cta": 1.0}}
