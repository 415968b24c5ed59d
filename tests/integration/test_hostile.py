"""Hostile mail never stops a pass: it is left in place, logged once, and the rest is filed."""
from __future__ import annotations

import logging

import pytest
from mailtools import fixtures, locations, snapshot, write_config

from mailbot.cli import main

pytestmark = pytest.mark.dovecot

AUTH = b"Authentication-Results: mx.example.net; dkim=pass header.i=@linkedin.com; dmarc=pass header.from=linkedin.com\r\n"


def _head(mid: str, extra: bytes = b"") -> bytes:
    return (AUTH + b"From: " + mid.capitalize().encode() + b" Roe via LinkedIn <invitations@linkedin.com>\r\nTo: alex.morgan@example.net\r\n"
            b"Subject: I want to connect\r\nDate: Thu, 22 Jan 2026 11:14:46 +0000 (UTC)\r\n"
            b"Message-ID: <" + mid.encode() + b"@ltx1-app1.prod.linkedin.com>\r\n" + extra)


def hostile() -> dict[str, bytes]:
    deep = _head("deep", b"MIME-Version: 1.0\r\n")
    body = b""
    for level in range(60):
        deep_boundary = f"b{level}".encode()
        body += b"Content-Type: multipart/mixed; boundary=\"" + deep_boundary + b"\"\r\n\r\n--" + deep_boundary + b"\r\n"
    body += b"Content-Type: text/plain\r\n\r\nHi Alex, join our free CPE webinar.\r\n"
    huge_note = b"Hi Alex, we run a free CPE webinar for controllers every month.\r\n" + b"x" * (5 * 1024 * 1024)
    return {
        "deep": deep + body,
        "huge": _head("huge", b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n") + huge_note,
        "charset": _head("charset", b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=\"x-unknown-123\"\r\n"
                         b"Content-Transfer-Encoding: base64\r\n\r\n") + b"SGkgQWxleCwgZnJlZSB3ZWJpbmFy!!!\r\n",
        "headers": _head("headers", b"headers: headers: headers\r\n\r\n") + b"Hi Alex\r\n",
        "binary": _head("binary", b"Content-Type: text/html; charset=utf-8\r\n\r\n") + bytes(range(256)) * 50,
    }


def test_hostile_mail_never_stops_a_pass_and_is_logged_once(imap_account, raw_imap, tmp_path, caplog) -> None:
    client = raw_imap(imap_account)
    bad = hostile()
    good = [f for f in fixtures() if f.label["folder"] == f.label["disposition"] != "untouched"
            and not f.label["scenario"]][:20]
    for data in list(bad.values()) + [b"no headers at all, just text\r\n"] + [f.data for f in good]:
        client.append("INBOX", data)
    config = write_config(tmp_path / "config.toml", imap_account)
    with caplog.at_level(logging.WARNING, logger="mailbot"):
        assert main(["--config", str(config), "once"]) == 0
        client.append("INBOX", good[0].data.replace(b"Message-ID: <", b"Message-ID: <again-"))
        assert main(["--config", str(config), "once"]) == 0
    where = locations(snapshot(client))
    assert {f.name: where[f.message_id] for f in good} == {f.name: [f.folder] for f in good}
    assert where["<huge@ltx1-app1.prod.linkedin.com>"] == ["LinkedIn/Good"], "judged on its first text part"
    unreadable = [r.getMessage() for r in caplog.records if "unreadable" in r.getMessage()]
    assert len(unreadable) == len(set(unreadable)), "each unreadable mail is logged once"
    assert all("uid" in line and "INBOX" in line for line in unreadable)
