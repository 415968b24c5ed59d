"""MailboxContract: the behaviour every Mailbox back end must share (base.Mailbox docstrings).

Run on a Maildir in tmp_path and on a private Dovecot through ImapMailbox.
"""
from __future__ import annotations

import threading
import time
import uuid


from mailbot.mailbox.maildir import select_header_fields
from mailbot.model import MessageRef



def make_message(subject: str = "hello", *, message_id: str | None = None, body_bytes: int = 0) -> bytes:
    """A CRLF message like a server returns it, with a fresh Message-ID."""
    message_id = message_id or f"<{uuid.uuid4().hex}@test.mailbot>"
    lines = [
        "Return-Path: <messages-noreply@linkedin.com>",
        "Received: from mx.example.net by mx.example.net; Mon, 6 Jan 2025 10:00:00 +0000",
        "Authentication-Results: mx.example.net; dkim=pass header.d=linkedin.com",
        "From: Jane Doe via LinkedIn <invitations@linkedin.com>",
        "To: Alex Morgan <alex@example.org>",
        f"Subject: {subject}",
        "Date: Mon, 6 Jan 2025 10:00:00 +0000",
        f"Message-ID: {message_id}",
        "X-LinkedIn-Class: INVITATION",
        "X-Other: not asked for",
        "  folded continuation",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Hi Alex, I'd like to join your network.",
    ]
    body = "\r\n".join(lines) + "\r\n"
    if body_bytes:
        filler = ("x" * 76 + "\r\n") * (body_bytes // 78 + 1)
        body += filler
    return body.encode()


def append_and_find(box, folder: str, data: bytes, flags=()) -> MessageRef:
    before = set(box.uids(folder))
    box.append(folder, data, flags)
    new = sorted(set(box.uids(folder)) - before)
    assert len(new) == 1
    return MessageRef(folder, box.status(folder).uidvalidity, new[0])


class TestMailboxContract:
    def test_folders_contains_inbox(self, harness):
        assert "INBOX" in harness.box.folders()

    def test_ensure_folder_nested_and_idempotent(self, harness):
        box = harness.box
        box.ensure_folder("LinkedIn/Good")
        box.ensure_folder("LinkedIn/Good")
        box.ensure_folder("LinkedIn/Bad")
        box.ensure_folder("INBOX")
        folders = box.folders()
        for name in ("INBOX", "LinkedIn", "LinkedIn/Good", "LinkedIn/Bad"):
            assert folders.count(name) == 1, folders
        assert box.status("LinkedIn/Good").messages == 0

    def test_status_uidnext_grows_uidvalidity_stable(self, harness):
        box = harness.box
        s0 = box.status("INBOX")
        box.append("INBOX", make_message("one"))
        s1 = box.status("INBOX")
        box.append("INBOX", make_message("two"))
        s2 = box.status("INBOX")
        assert s0.uidvalidity == s1.uidvalidity == s2.uidvalidity > 0
        assert s0.uidnext < s1.uidnext < s2.uidnext
        assert (s0.messages, s1.messages, s2.messages) == (0, 1, 2)

    def test_uids_ascending_and_since(self, harness):
        box = harness.box
        for i in range(4):
            box.append("INBOX", make_message(f"m{i}"))
        uids = box.uids("INBOX")
        assert uids == sorted(uids) and len(uids) == 4
        assert box.uids("INBOX", since_uid=uids[2]) == uids[2:]
        assert box.uids("INBOX", since_uid=box.status("INBOX").uidnext) == []

    def test_fetch_headers_exact_and_peek(self, harness):
        box = harness.box
        data = make_message("headers please")
        ref = append_and_find(box, "INBOX", data)
        [summary] = list(box.fetch_headers("INBOX", [ref.uid]))
        assert summary.ref == ref
        assert summary.size == len(data)
        assert summary.headers == select_header_fields(data)
        assert b"Subject: headers please\r\n" in summary.headers
        assert b"X-Other" not in summary.headers and b"Received" not in summary.headers
        assert summary.headers.endswith(b"\r\n\r\n")
        assert harness.flags(ref) == set()

    def test_fetch_headers_batches_and_skips_missing(self, harness):
        box = harness.box
        refs = [append_and_find(box, "INBOX", make_message(f"b{i}")) for i in range(3)]
        got = list(box.fetch_headers("INBOX", [r.uid for r in refs] + [refs[-1].uid + 100]))
        assert [s.ref for s in got] == refs

    def test_fetch_exact_bytes_without_seen(self, harness):
        box = harness.box
        data = make_message("whole")
        ref = append_and_find(box, "INBOX", data)
        [raw] = list(box.fetch([ref], max_bytes=1_000_000))
        assert raw.ref == ref and raw.data == data and raw.size == len(data) and not raw.truncated
        assert harness.flags(ref) == set()

    def test_fetch_truncates_large_bodies(self, harness):
        box = harness.box
        data = make_message("big", body_bytes=200_000)
        small = make_message("small")
        ref = append_and_find(box, "INBOX", data)
        ref_small = append_and_find(box, "INBOX", small)
        got = {r.ref: r for r in box.fetch([ref, ref_small], max_bytes=10_000)}
        assert got[ref].truncated and got[ref].data == data[:10_000] and got[ref].size == len(data)
        assert not got[ref_small].truncated and got[ref_small].data == small
        assert harness.flags(ref) == set()

    def test_fetch_skips_missing_refs(self, harness):
        box = harness.box
        ref = append_and_find(box, "INBOX", make_message())
        gone = MessageRef("INBOX", ref.uidvalidity, ref.uid + 50)
        stale = MessageRef("INBOX", ref.uidvalidity + 1, ref.uid)
        assert [r.ref for r in box.fetch([gone, ref, stale], 100_000)] == [ref]

    def test_move_returns_new_refs_and_keeps_flags(self, harness):
        box = harness.box
        box.ensure_folder("LinkedIn/Good")
        plain, flagged = make_message("plain"), make_message("flagged")
        r1 = append_and_find(box, "INBOX", plain)
        r2 = append_and_find(box, "INBOX", flagged, flags=["\\Flagged"])
        keep = append_and_find(box, "INBOX", make_message("stays"))
        assert harness.flags(r2) == {"\\Flagged"}
        mapping = box.move([r1, r2], "LinkedIn/Good")
        assert set(mapping) == {r1, r2}
        n1, n2 = mapping[r1], mapping[r2]
        assert n1 is not None and n2 is not None
        assert n1.folder == n2.folder == "LinkedIn/Good"
        assert n1.uidvalidity == box.status("LinkedIn/Good").uidvalidity
        # exactly one place: gone from INBOX, present in the destination
        assert box.uids("INBOX") == [keep.uid]
        assert sorted(box.uids("LinkedIn/Good")) == sorted([n1.uid, n2.uid])
        assert {r.data for r in box.fetch([n1, n2], 1_000_000)} == {plain, flagged}
        assert harness.flags(n2) == {"\\Flagged"}
        assert harness.flags(n1) == set()
        assert list(box.fetch([r1], 1_000_000)) == []

    def test_move_empty_is_noop(self, harness):
        box = harness.box
        box.ensure_folder("Elsewhere")
        before = box.status("INBOX")
        assert box.move([], "Elsewhere") == {}
        assert box.status("INBOX") == before

    def test_move_back_and_forth_gives_new_uids(self, harness):
        box = harness.box
        box.ensure_folder("A/B")
        ref = append_and_find(box, "INBOX", make_message("round trip"))
        there = box.move([ref], "A/B")[ref]
        back = box.move([there], "INBOX")[there]
        assert back is not None and back.folder == "INBOX" and back.uid > ref.uid
        assert box.uids("A/B") == [] and box.uids("INBOX") == [back.uid]

    def test_find_message_id(self, harness):
        box = harness.box
        box.ensure_folder("LinkedIn/Ugly")
        mid = f"<{uuid.uuid4().hex}@linkedin.com>"
        ref = append_and_find(box, "INBOX", make_message("find me", message_id=mid))
        append_and_find(box, "INBOX", make_message("longer id", message_id=mid[:-1] + "x>"))
        append_and_find(box, "INBOX", make_message("other"))
        assert box.find_message_id("INBOX", mid) == [ref]
        assert box.find_message_id("LinkedIn/Ugly", mid) == []
        assert box.find_message_id("INBOX", "<nothing@here>") == []
        new = box.move([ref], "LinkedIn/Ugly")[ref]
        assert box.find_message_id("INBOX", mid) == []
        assert box.find_message_id("LinkedIn/Ugly", mid) == [new]

    def test_append_with_flags_to_subfolder(self, harness):
        box = harness.box
        box.ensure_folder("Summaries")
        data = make_message("summary")
        ref = append_and_find(box, "Summaries", data, flags=["\\Seen"])
        assert harness.flags(ref) == {"\\Seen"}
        assert [r.data for r in box.fetch([ref], 1_000_000)] == [data]

    def test_wait_for_new_true_after_other_appends(self, harness):
        box = harness.box
        box.status("INBOX")
        box.uids("INBOX")
        other = harness.other()

        def deliver():
            time.sleep(0.3)
            other.append("INBOX", make_message("arrives"))

        t = threading.Thread(target=deliver)
        start = time.monotonic()
        t.start()
        try:
            assert box.wait_for_new("INBOX", timeout=10) is True
        finally:
            t.join()
        assert time.monotonic() - start < 2.0
        assert len(box.uids("INBOX")) == 1

    def test_wait_for_new_false_after_timeout(self, harness):
        box = harness.box
        box.append("INBOX", make_message("old news"))
        box.status("INBOX")
        box.uids("INBOX")
        start = time.monotonic()
        assert box.wait_for_new("INBOX", timeout=0.7) is False
        assert 0.6 <= time.monotonic() - start < 3.0
        # repeated calls are safe
        assert box.wait_for_new("INBOX", timeout=0.2) is False

    def test_wait_for_new_sees_change_since_last_status(self, harness):
        box = harness.box
        box.status("INBOX")
        harness.other().append("INBOX", make_message("while away"))
        start = time.monotonic()
        assert box.wait_for_new("INBOX", timeout=5) is True
        assert time.monotonic() - start < 2.0

    def test_close_twice(self, harness):
        harness.box.close()
        harness.box.close()

    def test_wait_for_new_sees_delivery_while_folder_open(self, harness):
        box = harness.box
        box.status("INBOX")
        box.uids("INBOX")  # the IMAP back end now has INBOX selected
        harness.other().append("INBOX", make_message("slipped in"))
        start = time.monotonic()
        assert box.wait_for_new("INBOX", timeout=5) is True
        assert time.monotonic() - start < 2.0
