"""The benchmark's 500-mail smoke run, so bench/run.py cannot rot. No timed assertions:
it must run to the end and write numbers that make sense (counts agree, sizes are
positive, the idle pass is idle and costs the same commands every time)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dovecot import dovecot_binary

pytestmark = pytest.mark.dovecot

ROOT = Path(__file__).resolve().parents[2]
N = 500


def test_bench_runs_500_mails_and_writes_sane_numbers(tmp_path: Path) -> None:
    if dovecot_binary() is None:
        if os.environ.get("MAILBOT_REQUIRE_DOVECOT") == "1":
            pytest.fail("MAILBOT_REQUIRE_DOVECOT=1 but dovecot is not installed")
        pytest.skip("dovecot is not installed")
    out = tmp_path / "results"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--sizes", str(N), "--repeat", "1",
         "--idle-repeat", "3", "--latency-tries", "5", "--judge-seconds", "1", "--no-report", "--out", str(out)],
        capture_output=True, text=True, timeout=180, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-4000:]
    results = json.loads((out / "results.json").read_text())
    assert results["machine"]["nproc"] >= 1 and results["machine"]["ram_gb"] > 0
    (size,) = results["sizes"]
    f = size["figures"]
    assert size["seed"]["mails"] == N and 0.1 * N < size["seed"]["linkedin"] < 0.3 * N

    mailbot, floor = f["mailbot"], f["floor"]
    (run,) = size["runs"]["mailbot"]
    assert run["rc"] == 0 and run["examined"] == N and run["failed"] == 0
    assert mailbot["linkedin"] >= size["seed"]["linkedin"] * 0.9
    assert mailbot["moved"] == mailbot["linkedin"]
    assert floor["moved"] >= size["seed"]["linkedin"] * 0.9
    assert 0 < mailbot["wall"]["median"] < 120 and 0 < floor["wall"]["median"] < 120
    assert mailbot["bytes_fetched"]["median"] > floor["bytes_fetched"]["median"] * 0.5 > 0
    assert 10 < mailbot["rss_mb"]["median"] < 1000
    assert f["ratio_floor"] > 0
    if shutil.which("imapfilter") or os.environ.get("MAILBOT_REQUIRE_DOVECOT") == "1":
        assert f["imapfilter"]["moved"] > 0 and f["imapfilter"]["wall"]["median"] > 0

    idle = f["idle"]
    assert idle["all_idle"] and idle["inbox"] == N - mailbot["moved"]
    # Constant: the same number of IMAP commands on every idle pass after the first (the
    # first one after a backlog also takes its first look at the filed folders).
    later = idle["poll_commands"]["values"][1:]
    assert later and min(later) == max(later) > 0
    assert idle["poll_ms"]["median"] > 0

    lat = f["latency"]
    assert lat["n"] == 5 and lat["missed"] == 0 and 0 < lat["p50"] <= lat["p95"]
    assert f["bare_idle"]["n"] == 5 and f["bare_idle"]["p50"] > 0

    judge = results["judge"]
    assert judge["corpus"] > 50 and judge["parsed"] == judge["corpus"] and judge["notifications_per_s"] > 0


def test_parse_fast_from_path_agrees_with_email_policy() -> None:
    """parse.py reads everyday From headers with a regex: it must agree with policy.default."""
    from mailbot.authenticity import parse_from
    from mailbot.parse import _SIMPLE_FROM, _parse_from
    values = [
        "Marcus Fenwright <invitations@linkedin.com>", "messages-noreply@linkedin.com", "A B <a@b.c>",
        "A  B <a@b.c>", "A B<a@b.c>", '"A B" <a@b.c>', "A.B <a@b.c>", "<a@b.c>", "a@b", "A <a..b@c.d>",
        "alice@example.org)<bob@example.org>", "O'Neil Jr <x@y.com>", "a@b.c ", " A <a@b.c>", "A <a@-b.c>",
        "x <a@b.c>, y <d@e.f>", "A <A@B.COM>", "LinkedIn <messages-noreply@linkedin.com>", "a+b@x.y",
        "{a} <a@b.c>", "A <a@1.2>", "a#b <c@d.e>", "=?UTF-8?Q?Zo=C3=AB?= <z@linkedin.com>",
        "LinkedIn Security <security-noreply@linkedin.com.evil.example>", "Linkedln <x@linkedln.com>",
    ]
    fast = 0
    for value in values:
        fast += bool(_SIMPLE_FROM.fullmatch(value))
        assert _parse_from(value) == parse_from(value), value
    assert fast >= 8
