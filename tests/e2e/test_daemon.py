"""`mailbot run` as a real process against Dovecot: files new mail within 2 s, exits 0 on SIGTERM."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mailtools import fixtures, locations, snapshot, write_config

pytestmark = pytest.mark.dovecot


def _start(config: Path, log: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    return subprocess.Popen([sys.executable, "-m", "mailbot", "--config", str(config), "run"],
                            stdout=log.open("wb"), stderr=subprocess.STDOUT, env=env)


def _wait_for(predicate, timeout: float, step: float = 0.05) -> float | None:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if predicate():
            return time.monotonic() - start
        time.sleep(step)
    return None


def test_run_files_arriving_mail_within_two_seconds_and_stops_on_sigterm(imap_account, raw_imap, tmp_path) -> None:
    items = [f for f in fixtures() if f.label["folder"] == f.label["disposition"] not in ("untouched",)
             and not f.label["scenario"]][:4]
    config = write_config(tmp_path / "config.toml", imap_account)
    log = tmp_path / "mailbot.log"
    proc = _start(config, log)
    client = raw_imap(imap_account)
    try:
        assert _wait_for(lambda: b"watching" in log.read_bytes() or b"pass done" in log.read_bytes()
                         or client.folder_exists("LinkedIn/Good"), 15), log.read_text()
        time.sleep(0.3)
        for item in items:
            client.append("INBOX", item.data)
            waited = _wait_for(lambda: locations(snapshot(client)).get(item.message_id) == [item.folder], 5)
            assert waited is not None, log.read_text()
            assert waited < 2.0, f"{item.name} took {waited:.2f} s"
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0, log.read_text()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert b"Traceback" not in log.read_bytes()
    assert imap_account.password.encode() not in log.read_bytes()


def test_summary_json_and_status_as_processes(imap_account, raw_imap, tmp_path) -> None:
    import json
    items = fixtures()
    client = raw_imap(imap_account)
    for item in items:
        client.append("INBOX", item.data)
    config = write_config(tmp_path / "config.toml", imap_account)
    run = [sys.executable, "-m", "mailbot", "--config", str(config)]
    assert subprocess.run(run + ["once"], capture_output=True, timeout=120).returncode == 0
    out = subprocess.run(run + ["summary", "--format", "json", "--all"], capture_output=True, timeout=60)
    assert out.returncode == 0, out.stderr
    people = json.loads(out.stdout)["people"]
    assert {p["recommendation"] for p in people} == {"accept", "ignore", "remove"}
    status = subprocess.run(run + ["status"], capture_output=True, timeout=60, text=True)
    assert status.returncode == 0 and "LinkedIn/Ugly" in status.stdout and "last pass:" in status.stdout


def test_bad_config_exits_2_with_one_line_per_problem(tmp_path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[imap]\nhost = "imap.example.net"\nport = "abc"\nsecurity = "none"\ncolour = "red"\n')
    out = subprocess.run([sys.executable, "-m", "mailbot", "--config", str(config), "once"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) >= 4
    assert all(line.startswith("mailbot: config: [") for line in lines), lines
    assert any("[imap] port" in line for line in lines) and any("[imap] colour" in line for line in lines)
