"""The command line on a Maildir: demo, check-config, status, errors as one line."""
from __future__ import annotations

from mailbot.cli import main


def test_demo_files_the_samples_and_says_whom_to_accept_ignore_and_remove(tmp_path, capsys) -> None:
    assert main(["demo", "--keep", str(tmp_path / "demo")]) == 0
    out = capsys.readouterr().out
    for heading in ("ACCEPT", "REMOVE", "IGNORE"):
        assert heading in out
    assert "LinkedIn/Suspicious: 1" in out
    assert (tmp_path / "demo" / "state.db").exists()


def _maildir_config(tmp_path, extra: str = "") -> str:
    path = tmp_path / "config.toml"
    path.write_text(f'[maildir]\npath = "{tmp_path / "mail"}"\n[state]\npath = "{tmp_path / "s.db"}"\n{extra}')
    return str(path)


def test_check_config_shows_sources_never_secrets(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("MB_SMTP_SECRET", "hunter2-very-secret")
    config = _maildir_config(tmp_path, '[smtp]\nhost = "127.0.0.1"\nsecurity = "none"\nusername = "me"\n'
                                       'password_env = "MB_SMTP_SECRET"\nfrom = "bot@example.net"\n'
                                       'to = ["me@example.net"]\n')
    assert main(["--config", config, "check-config"]) == 0
    out = capsys.readouterr().out
    assert "configuration OK" in out and "MB_SMTP_SECRET" in out
    assert "hunter2" not in out


def test_unknown_judge_family_is_a_config_error(tmp_path, capsys) -> None:
    config = _maildir_config(tmp_path, "[judge.phrases.flattery]\nen = ['you are great']\n")
    assert main(["--config", config, "once"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [err[0]] and "[judge.phrases.flattery]" in err[0] and "unknown family" in err[0]


def test_status_before_and_after_a_pass(tmp_path, capsys) -> None:
    config = _maildir_config(tmp_path)
    assert main(["--config", config, "status"]) == 0
    assert "last pass: never" in capsys.readouterr().out
    assert main(["--config", config, "once"]) == 0
    assert main(["--config", config, "status"]) == 0
    assert "decisions pending: none" in capsys.readouterr().out


def test_missing_config_says_where_it_looked(tmp_path, capsys) -> None:
    assert main(["--config", str(tmp_path / "nope.toml"), "once"]) == 2
    err = capsys.readouterr().err
    assert "nope.toml" in err and err.count("\n") == 1
