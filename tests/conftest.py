"""Shared fixtures. Servers first: a private Dovecot (see tests/dovecot.py).

Fixtures
- `dovecot` (session): a running DovecotServer on 127.0.0.1, stopped at the end.
  Skips when Dovecot is not installed, unless MAILBOT_REQUIRE_DOVECOT=1 (then fails).
- `imap_account`: a fresh user with an empty INBOX -> dovecot.ImapAccount
  (host, port, tls_port, username, password, ca_file, maildir, password_provider()).
- `imap_account_no_move`: the same, but its CAPABILITY lacks MOVE (COPY + UIDPLUS path).
- `imap_account_no_move_no_uidplus`: CAPABILITY lacks MOVE and UIDPLUS (refusal path).
- `raw_imap`: a factory `raw_imap(account)` -> logged-in imapclient.IMAPClient over
  plain IMAP (loopback), closed after the test; for assertions behind the code's back.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest

from dovecot import (HOST_NO_MOVE, HOST_NO_MOVE_NO_UIDPLUS, DovecotServer, DovecotUnavailable,
                     ImapAccount, dovecot_binary)


def _require_dovecot() -> bool:
    return os.environ.get("MAILBOT_REQUIRE_DOVECOT") == "1"


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    if dovecot_binary() is None:
        if _require_dovecot():
            pytest.fail("MAILBOT_REQUIRE_DOVECOT=1 but dovecot is not installed "
                        "(apt-get install -y dovecot-imapd)")
        pytest.skip("dovecot is not installed (apt-get install -y dovecot-imapd)")
    server = DovecotServer()
    try:
        server.start()
    except DovecotUnavailable as e:
        if _require_dovecot():
            pytest.fail(f"MAILBOT_REQUIRE_DOVECOT=1 but Dovecot did not start: {e}")
        pytest.skip(f"Dovecot did not start: {e}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def imap_account(dovecot: DovecotServer) -> ImapAccount:
    return dovecot.account()


@pytest.fixture
def imap_account_no_move(dovecot: DovecotServer) -> ImapAccount:
    return dovecot.account(HOST_NO_MOVE)


@pytest.fixture
def imap_account_no_move_no_uidplus(dovecot: DovecotServer) -> ImapAccount:
    return dovecot.account(HOST_NO_MOVE_NO_UIDPLUS)


@pytest.fixture
def raw_imap() -> Iterator[Callable[[ImapAccount], object]]:
    from imapclient import IMAPClient, SocketTimeout

    clients: list[IMAPClient] = []

    def connect(account: ImapAccount) -> IMAPClient:
        client = IMAPClient(account.host, account.port, ssl=False, timeout=SocketTimeout(5, 10))
        client.login(account.username, account.password)
        clients.append(client)
        return client

    yield connect
    for client in clients:
        try:
            client.logout()
        except Exception:
            client.shutdown()

# The daily summary's SMTP server fixtures (aiosmtpd): smtp_plain, smtp_starttls, smtp_tls.
from smtp import smtp_plain, smtp_starttls, smtp_tls  # noqa: E402,F401
