"""Secret: each source reveals on demand; nothing that prints a Secret shows the value."""
from __future__ import annotations

import pickle
import shlex
import sys
import traceback
from pathlib import Path

import pytest

from mailbot import secrets
from mailbot.errors import ConfigError
from mailbot.secrets import Secret

VALUE = "s3cr3t-Hunter2"
PY = shlex.quote(sys.executable)


def py_command(code: str) -> str:
    return f"{PY} -c {shlex.quote(code)}"


def script(tmp_path: Path, code: str) -> str:
    """A command running `code` from a file, so the command line itself holds no secret."""
    f = tmp_path / "helper.py"
    f.write_text(f"import sys, time\nVALUE = {VALUE!r}\n{code}\n")
    return f"{PY} {shlex.quote(str(f))}"


def assert_no_leak(exc: BaseException) -> None:
    text = "".join(traceback.format_exception(exc))
    assert VALUE not in text
    assert VALUE not in str(exc)
    assert exc.__context__ is None or exc.__suppress_context__
    assert exc.__cause__ is None


# -- each source ------------------------------------------------------------------


def test_command_first_line_of_stdout() -> None:
    s = Secret("command", py_command(f"print({VALUE!r}); print('second line')"), "[imap] password_command")
    assert s.check_usable() == []
    assert s.reveal() == VALUE


def test_command_runs_without_a_shell(tmp_path: Path) -> None:
    marker = tmp_path / "marker"
    # with a shell, "; touch" would run; without one it is an argument to echo
    s = Secret("command", f"echo {VALUE}; touch {marker}", "[imap] password_command")
    assert s.reveal() == f"{VALUE}; touch {marker}"
    assert not marker.exists()


def test_command_sees_the_given_environment() -> None:
    s = Secret("command", py_command("import os; print(os.environ['PW'])"), "k", env={"PW": VALUE})
    assert s.reveal() == VALUE


def test_file_first_line_stripped(tmp_path: Path) -> None:
    f = tmp_path / "pw"
    f.write_text(f"  {VALUE}  \nignored\n")
    s = Secret("file", str(f), "[imap] password_file")
    assert s.check_usable() == []
    assert s.reveal() == VALUE


def test_env() -> None:
    s = Secret("env", "MAILBOT_PW", "[imap] password_env", env={"MAILBOT_PW": VALUE})
    assert s.check_usable() == []
    assert s.reveal() == VALUE


def test_literal() -> None:
    s = Secret("literal", VALUE, "[imap] password")
    assert s.source is None
    assert s.reveal() == VALUE


def test_systemd_credential(tmp_path: Path) -> None:
    (tmp_path / "imap").write_text(VALUE + "\n")
    s = Secret("credential", "imap", "[imap] password_credential", env={"CREDENTIALS_DIRECTORY": str(tmp_path)})
    assert s.check_usable() == []
    assert s.reveal() == VALUE


def test_command_is_asked_again_at_each_reveal(tmp_path: Path) -> None:
    counter = tmp_path / "n"
    counter.write_text("0")
    code = f"import pathlib; p = pathlib.Path({str(counter)!r}); n = int(p.read_text()) + 1; p.write_text(str(n)); print(n)"
    s = Secret("command", py_command(code), "k")
    assert [s.reveal(), s.reveal()] == ["1", "2"]


# -- usability checked without revealing ---------------------------------------------


def test_check_usable_problems(tmp_path: Path) -> None:
    assert Secret("env", "NOPE", "[imap] password_env", env={}).check_usable() == [
        '[imap] password_env: environment variable "NOPE" is not set'
    ]
    missing = tmp_path / "missing"
    assert Secret("file", str(missing), "[imap] password_file").check_usable() == [
        f'[imap] password_file: file "{missing}" does not exist'
    ]
    assert Secret("credential", "imap", "[imap] password_credential", env={}).check_usable() == [
        "[imap] password_credential: $CREDENTIALS_DIRECTORY is not set "
        "(systemd sets it for a unit with LoadCredential= or SetCredential=)"
    ]
    assert Secret(
        "credential", "imap", "[imap] password_credential", env={"CREDENTIALS_DIRECTORY": str(tmp_path)}
    ).check_usable() == [f'[imap] password_credential: credential file "{tmp_path / "imap"}" does not exist']
    assert Secret("command", "no-such-program-mailbot-xyz --x", "[imap] password_command").check_usable() == [
        '[imap] password_command: program "no-such-program-mailbot-xyz" not found or not executable'
    ]
    assert Secret("command", "pass 'unbalanced", "[imap] password_command").check_usable() == [
        "[imap] password_command: cannot split command \"pass 'unbalanced\": No closing quotation"
    ]


def test_check_usable_does_not_run_the_command(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    s = Secret("command", py_command(f"open({str(marker)!r}, 'w')"), "k")
    assert s.check_usable() == []
    assert not marker.exists()


# -- never shown -------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["command", "file", "env", "literal", "credential"])
def test_repr_and_str_show_only_the_kind(kind: str) -> None:
    s = Secret(kind, VALUE, "k")  # type: ignore[arg-type]
    assert repr(s) == f"Secret({kind})"
    assert str(s) == f"Secret({kind})"
    assert VALUE not in f"{s!r} {s} {[s]} {dict(a=s)}"


def test_literal_describe_hides_value() -> None:
    assert VALUE not in Secret("literal", VALUE, "k").describe()
    assert Secret("command", "pass show mail/imap", "k").describe() == 'from command "pass show mail/imap"'


def test_secret_cannot_be_pickled() -> None:
    with pytest.raises(TypeError):
        pickle.dumps(Secret("literal", VALUE, "k"))


def test_failing_command_never_shows_its_output(tmp_path: Path) -> None:
    cmd = script(tmp_path, "print(VALUE); print(VALUE, file=sys.stderr); sys.exit(3)")
    assert VALUE not in cmd
    s = Secret("command", cmd, "[imap] password_command")
    with pytest.raises(ConfigError) as info:
        s.reveal()
    assert info.value.problems == [
        f'[imap] password_command: command "{cmd}" failed with exit status 3 '
        "(its output is not shown: it may hold the secret)"
    ]
    assert_no_leak(info.value)


def test_command_timeout(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(secrets, "COMMAND_TIMEOUT", 0.5)
    cmd = script(tmp_path, "print(VALUE, flush=True); print(VALUE, file=sys.stderr, flush=True); time.sleep(30)")
    with pytest.raises(ConfigError) as info:
        Secret("command", cmd, "[smtp] password_command").reveal()
    assert info.value.problems == [
        f'[smtp] password_command: command "{cmd}" did not finish within 0.5 seconds '
        "(its output is not shown: it may hold the secret)"
    ]
    assert_no_leak(info.value)


def test_command_timeout_kills_helpers_holding_the_pipe(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setattr(secrets, "COMMAND_TIMEOUT", 0.5)
    # the child starts a grandchild that inherits stdout and outlives it
    code = "import subprocess, sys, time; subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(30)']); time.sleep(30)"
    start = time.monotonic()
    with pytest.raises(ConfigError):
        Secret("command", py_command(code), "k").reveal()
    assert time.monotonic() - start < 10


def test_command_that_prints_nothing() -> None:
    cmd = py_command("pass")
    with pytest.raises(ConfigError) as info:
        Secret("command", cmd, "[imap] password_command").reveal()
    assert "printed nothing" in str(info.value)


def test_command_that_cannot_start() -> None:
    with pytest.raises(ConfigError) as info:
        Secret("command", "/nonexistent/mailbot-pass", "[imap] password_command").reveal()
    assert info.value.problems == [
        '[imap] password_command: command "/nonexistent/mailbot-pass" could not be started: No such file or directory'
    ]


def test_missing_file_and_env_at_reveal(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist|cannot be read"):
        Secret("file", str(tmp_path / "nope"), "[imap] password_file").reveal()
    with pytest.raises(ConfigError, match='environment variable "X" is not set'):
        Secret("env", "X", "[imap] password_env", env={}).reveal()


def test_password_written_into_password_env_is_not_echoed() -> None:
    s = Secret("env", VALUE, "[imap] password_env", env={})
    assert s.check_usable() == [
        "[imap] password_env: must be the name of an environment variable (letters, digits and _)"
    ]
