"""The summary through a real SMTP server (aiosmtpd on 127.0.0.1): plain, STARTTLS, implicit TLS.

`mailbot summary --send` twice on one day delivers exactly one multipart/alternative
mail; hostile names arrive escaped in the HTML; a temporary refusal is retried; TLS
is verified against the test CA; delivery = "imap" appends into a Maildir folder once.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from mailbot.cli import main
from mailbot.config import load_config
from mailbot.mailbox.maildir import MaildirMailbox
from mailbot.outbox import SendFailed, SmtpOutbox, SummaryService
from mailbot.store import Store
from smtp import SMTP_PASSWORD, SMTP_USER, SmtpServer, sample_state


def _write_config(tmp_path: Path, smtp: SmtpServer | None, security: str = "none", auth: bool = False,
                  delivery: str = "smtp", ca: Path | None = None) -> Path:
    (tmp_path / "mail").mkdir(exist_ok=True)
    text = f'[maildir]\npath = "{tmp_path / "mail"}"\n\n[state]\npath = "{tmp_path / "state.db"}"\n\n'
    if smtp is not None:
        text += (f'[smtp]\nhost = "{smtp.host}"\nport = {smtp.port}\nsecurity = "{security}"\n'
                 f'from = "mailbot@example.net"\nto = ["alex@example.net", "assistant@example.net"]\n')
        if ca is not None:
            text += f'ca_file = "{ca}"\n'
        if auth:
            text += f'username = "{SMTP_USER}"\npassword_env = "MAILBOT_TEST_SMTP_PASSWORD"\n'
    text += f'\n[summary]\ntime = "07:30"\ntimezone = "Europe/Berlin"\ndelivery = "{delivery}"\n'
    path = tmp_path / "config.toml"
    path.write_text(text)
    store = Store.open(tmp_path / "state.db")
    sample_state(store, datetime.now(timezone.utc) - timedelta(minutes=5), hostile=True)
    store.close()
    return path


def _check_summary(server: SmtpServer) -> None:
    assert len(server.messages) == 1, [m["Subject"] for m in server.messages]
    msg = server.messages[0]
    assert msg.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]
    assert re.fullmatch(r"<summary-\d{4}-\d\d-\d\d@mailbot\.example\.net>", msg["Message-ID"])
    assert sorted(server.envelopes[0].rcpt_tos) == ["alex@example.net", "assistant@example.net"]
    html = msg.get_body(("html",)).get_content()
    text = msg.get_body(("plain",)).get_content()
    for name in ("Priya Raman", "Tomás Ibarra", "Mira Lindqvist", "Derek Walsh", "Sandra Kühn"):
        assert name in html and name in text
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and "<img" not in html and "<script" not in html


def test_send_twice_over_plain_smtp_delivers_once(tmp_path: Path, smtp_plain: SmtpServer, capsys) -> None:
    config = _write_config(tmp_path, smtp_plain)
    assert main(["--config", str(config), "summary", "--send"]) == 0
    assert main(["--config", str(config), "summary", "--send"]) == 0
    out = capsys.readouterr().out
    assert "sent the summary for" in out and "already sent" in out
    _check_summary(smtp_plain)


def test_starttls_with_login_verified_against_the_ca(tmp_path: Path, smtp_starttls: SmtpServer,
                                                      monkeypatch) -> None:
    monkeypatch.setenv("MAILBOT_TEST_SMTP_PASSWORD", SMTP_PASSWORD)
    config = _write_config(tmp_path, smtp_starttls, "starttls", auth=True, ca=smtp_starttls.ca_file)
    assert main(["--config", str(config), "summary", "--send"]) == 0
    assert main(["--config", str(config), "summary", "--send"]) == 0
    _check_summary(smtp_starttls)


def test_implicit_tls_with_login(tmp_path: Path, smtp_tls: SmtpServer, monkeypatch) -> None:
    monkeypatch.setenv("MAILBOT_TEST_SMTP_PASSWORD", SMTP_PASSWORD)
    config = _write_config(tmp_path, smtp_tls, "tls", auth=True, ca=smtp_tls.ca_file)
    assert main(["--config", str(config), "summary", "--send"]) == 0
    _check_summary(smtp_tls)


def test_untrusted_certificate_is_refused_and_nothing_recorded(tmp_path: Path, smtp_tls: SmtpServer,
                                                               monkeypatch, capsys) -> None:
    monkeypatch.setenv("MAILBOT_TEST_SMTP_PASSWORD", SMTP_PASSWORD)
    config = _write_config(tmp_path, smtp_tls, "tls", auth=True)  # no ca_file: system CAs only
    assert main(["--config", str(config), "summary", "--send"]) == 1
    assert "ca_file" in capsys.readouterr().out
    assert smtp_tls.messages == []
    store = Store.open(tmp_path / "state.db")
    assert store.summary_records() == []  # released: a later pass may try again
    store.close()


def test_wrong_password_is_reported_without_revealing_it(tmp_path: Path, smtp_starttls: SmtpServer,
                                                         monkeypatch, capsys) -> None:
    monkeypatch.setenv("MAILBOT_TEST_SMTP_PASSWORD", "wrong-Pa55")
    config = _write_config(tmp_path, smtp_starttls, "starttls", auth=True, ca=smtp_starttls.ca_file)
    assert main(["--config", str(config), "summary", "--send"]) == 1
    out = capsys.readouterr()
    assert "rejected" in out.out and "wrong-Pa55" not in out.out + out.err


def test_temporary_refusal_is_retried(tmp_path: Path, smtp_plain: SmtpServer) -> None:
    config = load_config(_write_config(tmp_path, smtp_plain))
    smtp_plain.fail_next(451, "4.3.0 try again later")
    sleeps: list[float] = []
    service = SummaryService.from_config(config, lambda c: MaildirMailbox(tmp_path / "mail"), sleep=sleeps.append)
    outcome = service.run(mode="today")
    assert outcome.status == "sent" and len(sleeps) == 1
    _check_summary(smtp_plain)


def test_permanent_refusal_is_not_retried(tmp_path: Path, smtp_plain: SmtpServer) -> None:
    config = load_config(_write_config(tmp_path, smtp_plain))
    smtp_plain.fail_next(554, "5.7.1 rejected")
    with pytest.raises(SendFailed) as exc:
        SmtpOutbox(config.smtp).send_once(_any_message())
    assert exc.value.transient is False and "554" in str(exc.value)


def test_security_none_refuses_a_remote_host(tmp_path: Path) -> None:
    from mailbot.config import SmtpConfig
    outbox = SmtpOutbox(SmtpConfig(host="smtp.example.net", from_addr="a@example.net", to=("b@example.net",),
                                   port=25, security="none"))
    with pytest.raises(SendFailed, match="loopback"):
        outbox.send_once(_any_message())


def test_imap_delivery_appends_once_into_the_folder(tmp_path: Path, capsys) -> None:
    config = _write_config(tmp_path, None, delivery="imap")
    assert main(["--config", str(config), "summary", "--send"]) == 0
    assert main(["--config", str(config), "summary", "--send"]) == 0
    box = MaildirMailbox(tmp_path / "mail")
    uids = box.uids("LinkedIn/Summary")
    assert len(uids) == 1
    [ref] = box.find_message_id("LinkedIn/Summary", _day_mid(tmp_path))
    assert ref.uid == uids[0]


def test_preview_and_formats(tmp_path: Path, smtp_plain: SmtpServer, capsys) -> None:
    config = _write_config(tmp_path, smtp_plain)
    preview = tmp_path / "preview.html"
    assert main(["--config", str(config), "summary", "--preview", str(preview)]) == 0
    assert preview.read_text().startswith("<!DOCTYPE html>")
    assert main(["--config", str(config), "summary", "--format", "html"]) == 0
    assert "&lt;img src=x" in capsys.readouterr().out
    assert main(["--config", str(config), "summary", "--format", "json", "--all"]) == 0
    assert '"counts"' in capsys.readouterr().out
    assert main(["--config", str(config), "summary", "--force"]) == 2
    assert smtp_plain.messages == []


def _day_mid(tmp_path: Path) -> str:
    store = Store.open(tmp_path / "state.db")
    try:
        return store.summary_records()[0]["message_id"]
    finally:
        store.close()


def _any_message():
    from email.message import EmailMessage
    msg = EmailMessage()
    msg["Subject"] = "x"
    msg["From"] = "mailbot@example.net"
    msg.set_content("x")
    return msg
