"""What only the IMAP back end has: TLS, STARTTLS, capability fallbacks, UIDVALIDITY, dead links."""
from __future__ import annotations

import shutil
import subprocess
import threading
import time

import pytest

from dovecot import free_port
from mailbot.errors import MailboxProtocolError, MailboxUnavailable
from mailbot.mailbox.imap import ImapMailbox, parse_copyuid, parse_uid_set, uid_set
from mailbot.model import MessageRef
from test_mailbox_contract import append_and_find, make_message


# -- pure helpers ---------------------------------------------------------------------
def test_uid_set_compacts_ranges():
    assert uid_set([9, 1, 2, 3, 7, 10, 3]) == "1:3,7,9:10"
    assert uid_set([5]) == "5"


def test_copyuid_maps_in_order():
    assert parse_uid_set("3:1,7") == [3, 2, 1, 7]
    assert parse_copyuid(b"1700000000 1:3,9 20:23") == (1700000000, {1: 20, 2: 21, 3: 22, 9: 23})
    with pytest.raises(ValueError):
        parse_copyuid("1 1:3 4")


@pytest.mark.parametrize("host", ["imap.example.org", "192.0.2.10", "10.0.0.1"])
def test_security_none_refused_for_non_loopback(host):
    with pytest.raises(MailboxProtocolError, match="only allowed for loopback"):
        ImapMailbox(host, 143, "none", "u", lambda: "p")


def test_security_none_allowed_for_loopback():
    for host in ("127.0.0.1", "::1", "localhost", "127.0.0.2"):
        ImapMailbox(host, 143, "none", "u", lambda: "p")


def test_unknown_security_refused():
    with pytest.raises(MailboxProtocolError):
        ImapMailbox("127.0.0.1", 143, "ssl", "u", lambda: "p")


def test_repr_has_no_secret():
    box = ImapMailbox("127.0.0.1", 143, "none", "alex", lambda: "s3cret-pw")
    assert "s3cret-pw" not in repr(box) and "alex" in repr(box)


def test_connection_refused_is_transient_after_retries():
    box = ImapMailbox("127.0.0.1", free_port(), "none", "u", lambda: "p", timeout=2, connect_attempts=2)
    with pytest.raises(MailboxUnavailable, match="cannot reach"):
        box.connect()


# -- TLS ------------------------------------------------------------------------------
def test_tls_with_ca_file_verifies(imap_account):
    a = imap_account
    calls = []

    def provider():
        calls.append(1)
        return a.password

    with ImapMailbox(a.host, a.tls_port, "tls", a.username, provider, ca_file=str(a.ca_file), timeout=10) as box:
        assert box.status("INBOX").messages == 0
    assert calls == [1]  # asked once per connect, never kept


def test_tls_without_ca_file_fails_clearly(imap_account):
    a = imap_account
    box = ImapMailbox(a.host, a.tls_port, "tls", a.username, a.password_provider, timeout=10)
    start = time.monotonic()
    with pytest.raises(MailboxProtocolError, match="certificate.*could not be verified.*ca_file"):
        box.connect()
    assert time.monotonic() - start < 5  # permanent: not retried


def test_starttls(imap_account):
    a = imap_account
    with ImapMailbox(a.host, a.port, "starttls", a.username, a.password_provider,
                     ca_file=str(a.ca_file), timeout=10) as box:
        assert box._client is not None and box._client._starttls_done
        assert "INBOX" in box.folders()


def test_starttls_verifies_certificate(imap_account):
    a = imap_account
    with pytest.raises(MailboxProtocolError, match="could not be verified"):
        ImapMailbox(a.host, a.port, "starttls", a.username, a.password_provider, timeout=10).connect()


def test_wrong_password_is_permanent(imap_account):
    a = imap_account
    box = ImapMailbox(a.host, a.port, "none", a.username, lambda: "wrong", timeout=10)
    with pytest.raises(MailboxProtocolError, match="login"):
        box.connect()


# -- session facts --------------------------------------------------------------------
def test_capabilities_delimiter_and_uidvalidity(imap_account, imap_box_factory, raw_imap):
    box = imap_box_factory(imap_account)
    assert {"IMAP4REV1", "IDLE", "MOVE", "UIDPLUS", "CONDSTORE"} <= box.capabilities
    assert box.delimiter == "/"
    st = box.status("INBOX")
    raw = raw_imap(imap_account).folder_status("INBOX", ["UIDVALIDITY"])
    assert st.uidvalidity == raw[b"UIDVALIDITY"]
    assert isinstance(st.highestmodseq, int)


def test_counters(imap_account, imap_box_factory):
    box = imap_box_factory(imap_account)
    before = box.commands_sent
    box.status("INBOX")
    assert box.commands_sent == before + 1
    ref = append_and_find(box, "INBOX", make_message("count"))
    n = box.bytes_fetched
    list(box.fetch([ref], 100_000))
    assert box.bytes_fetched > n


def test_fetch_is_batched(imap_account, imap_box_factory):
    box = imap_box_factory(imap_account, batch_size=2)
    refs = [append_and_find(box, "INBOX", make_message(f"b{i}")) for i in range(5)]
    before = box.commands_sent
    assert [s.ref for s in box.fetch_headers("INBOX", [r.uid for r in refs])] == refs
    assert box.commands_sent - before == 3
    assert [r.ref for r in box.fetch(refs, 100_000)] == refs


# -- move fallbacks -------------------------------------------------------------------
def test_move_chunks(imap_account, imap_box_factory):
    box = imap_box_factory(imap_account, move_chunk=2)
    box.ensure_folder("Dest")
    refs = [append_and_find(box, "INBOX", make_message(f"c{i}")) for i in range(5)]
    mapping = box.move(refs, "Dest")
    assert all(mapping[r] is not None for r in refs)
    assert len({mapping[r] for r in refs}) == 5
    assert box.uids("INBOX") == []


def test_copy_uidplus_fallback_expunges_only_moved(imap_account_no_move, imap_box_factory, raw_imap):
    a = imap_account_no_move
    box = imap_box_factory(a)
    assert "MOVE" not in box.capabilities and "UIDPLUS" in box.capabilities
    box.ensure_folder("LinkedIn/Bad")
    flagged = make_message("flagged")
    r1 = append_and_find(box, "INBOX", flagged, flags=["\\Flagged"])
    r2 = append_and_find(box, "INBOX", make_message("plain"))
    # Someone else's mail marked \Deleted must survive our move (no bare EXPUNGE).
    theirs = append_and_find(box, "INBOX", make_message("theirs"), flags=["\\Deleted"])
    mapping = box.move([r1, r2], "LinkedIn/Bad")
    assert mapping[r1] is not None and mapping[r2] is not None
    assert box.uids("INBOX") == [theirs.uid]
    raw = raw_imap(a)
    raw.select_folder("LinkedIn/Bad", readonly=True)
    flags = raw.get_flags([mapping[r1].uid])[mapping[r1].uid]
    assert b"\\Flagged" in flags and b"\\Deleted" not in flags and b"\\Seen" not in flags
    assert [m.data for m in box.fetch([mapping[r1]], 100_000)] == [flagged]


def test_refuses_without_move_and_uidplus(imap_account_no_move_no_uidplus, imap_box_factory):
    box = imap_box_factory(imap_account_no_move_no_uidplus)
    assert not {"MOVE", "UIDPLUS"} & box.capabilities
    box.ensure_folder("Dest")
    ref = append_and_find(box, "INBOX", make_message("stays put"))
    with pytest.raises(MailboxProtocolError, match=r"^server supports neither MOVE nor UIDPLUS; refusing to move mail$"):
        box.move([ref], "Dest")
    assert box.uids("INBOX") == [ref.uid] and box.uids("Dest") == []


def test_move_to_missing_folder_is_protocol_error(imap_account, imap_box_factory):
    box = imap_box_factory(imap_account)
    ref = append_and_find(box, "INBOX", make_message())
    with pytest.raises(MailboxProtocolError, match="TRYCREATE"):
        box.move([ref], "Nowhere")
    assert box.uids("INBOX") == [ref.uid]


def test_move_with_stale_uidvalidity_refused(imap_account, imap_box_factory):
    box = imap_box_factory(imap_account)
    box.ensure_folder("Dest")
    ref = append_and_find(box, "INBOX", make_message())
    with pytest.raises(MailboxProtocolError, match="UIDVALIDITY"):
        box.move([MessageRef("INBOX", ref.uidvalidity + 1, ref.uid)], "Dest")


# -- waiting --------------------------------------------------------------------------
def test_poll_without_idle(imap_account, imap_box_factory):
    box = imap_box_factory(imap_account, poll_interval=0.2)
    box.capabilities = box.capabilities - {"IDLE"}
    box.status("INBOX")
    assert box.wait_for_new("INBOX", 0.5) is False
    other = imap_box_factory(imap_account)
    t = threading.Timer(0.3, lambda: other.append("INBOX", make_message("polled")))
    t.start()
    try:
        start = time.monotonic()
        assert box.wait_for_new("INBOX", 5) is True
        assert time.monotonic() - start < 2
    finally:
        t.join()


def test_idle_renewal_keeps_working(imap_account, imap_box_factory):
    box = imap_box_factory(imap_account, idle_renew=0.3)
    box.status("INBOX")
    before = box.commands_sent
    assert box.wait_for_new("INBOX", 1.0) is False
    assert box.commands_sent - before >= 4  # SELECT, IDLE, then NOOP + IDLE per renewal
    other = imap_box_factory(imap_account)
    t = threading.Timer(0.8, lambda: other.append("INBOX", make_message("after renewals")))
    t.start()
    try:
        assert box.wait_for_new("INBOX", 5) is True
    finally:
        t.join()


def _doveadm(server, *args):
    doveadm = shutil.which("doveadm")
    if doveadm is None:
        pytest.skip("doveadm not installed")
    subprocess.run([doveadm, "-c", str(server.config), *args], check=True, capture_output=True, timeout=20)


def test_server_kick_during_idle_is_unavailable_then_reconnects(imap_account, imap_box_factory):
    a = imap_account
    box = imap_box_factory(a)
    box.status("INBOX")
    t = threading.Timer(0.5, lambda: _doveadm(a.server, "kick", a.username))
    t.start()
    try:
        start = time.monotonic()
        with pytest.raises(MailboxUnavailable):
            box.wait_for_new("INBOX", 10)
        assert time.monotonic() - start < 5
    finally:
        t.join()
    assert box._client is None
    assert box.status("INBOX").messages == 0  # the next call reconnects
    assert box.connects == 2


def test_ensure_folder_subscribes(imap_account, imap_box_factory, raw_imap):
    box = imap_box_factory(imap_account)
    box.ensure_folder("LinkedIn/Suspicious")
    subscribed = {name for _f, _d, name in raw_imap(imap_account).list_sub_folders()}
    assert {"LinkedIn", "LinkedIn/Suspicious"} <= subscribed


def test_maildir_reads_the_tree_dovecot_writes(imap_account, imap_box_factory):
    """Same Maildir++ layout: MaildirMailbox sees Dovecot's folders and mail."""
    from mailbot.mailbox.maildir import MaildirMailbox

    box = imap_box_factory(imap_account)
    box.ensure_folder("LinkedIn/Good")
    mid = "<interop-1@test.mailbot>"
    box.append("LinkedIn/Good", make_message("interop", message_id=mid), flags=["\\Flagged"])
    local = MaildirMailbox(imap_account.maildir)
    assert {"INBOX", "LinkedIn", "LinkedIn/Good"} <= set(local.folders())
    [ref] = local.find_message_id("LinkedIn/Good", mid)
    assert local.flags(ref) == {"\\Flagged"}
    [raw] = list(local.fetch([ref], 100_000))
    assert b"Subject: interop" in raw.data
