"""A user's day on a real Dovecot and a real SMTP server: one pass, then `summary --send` twice."""
from __future__ import annotations

import tomllib

import pytest
from mailtools import DATA, fixtures, seed, write_config

from mailbot.cli import main

pytestmark = pytest.mark.dovecot


def test_two_sends_on_one_day_deliver_one_summary_naming_whom_to_accept_and_remove(
        imap_account, raw_imap, smtp_plain, tmp_path, capsys) -> None:
    seed(raw_imap(imap_account), [f.data for f in fixtures()])
    extra = f"""
[smtp]
host = "{smtp_plain.host}"
port = {smtp_plain.port}
security = "none"
from = "mailbot@example.net"
to = ["alex.morgan@example.net"]

[summary]
delivery = "smtp"
timezone = "Europe/Berlin"
"""
    config = write_config(tmp_path / "config.toml", imap_account, extra=extra)
    assert main(["--config", str(config), "once"]) == 0
    assert main(["--config", str(config), "summary", "--send"]) == 0
    assert main(["--config", str(config), "summary", "--send"]) == 0
    assert "already" in capsys.readouterr().out.lower()

    assert len(smtp_plain.messages) == 1
    mail = smtp_plain.messages[0]
    assert mail.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in mail.iter_parts()] == ["text/plain", "text/html"]
    text = mail.get_body(("plain",)).get_content()
    html = mail.get_body(("html",)).get_content()
    people = tomllib.loads((DATA / "expected.toml").read_text())["people"]
    wanted = [name for name, p in people.items() if p["recommendation"] in ("accept", "remove")]
    named = [name for name in wanted if name in text and name.split()[0] in html]
    assert len(named) >= 0.9 * len(wanted), sorted(set(wanted) - set(named))
    assert "<script" not in html.lower()
