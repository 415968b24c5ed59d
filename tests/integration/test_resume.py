"""Crashes at every step of filing are finished by the next pass: each mail in exactly one place."""
from __future__ import annotations

import time

import pytest
from mailtools import fixtures, locations, seed, snapshot

from mailbot import signals
from mailbot.errors import MailboxUnavailable
from mailbot.mailbox.imap import ImapMailbox
from mailbot.model import Disposition
from mailbot.pipeline import Pipeline, Settings
from mailbot.store import Store

pytestmark = pytest.mark.dovecot
FOLDERS = {d: f"LinkedIn/{d.value.capitalize()}" for d in Disposition}


class Crash(Exception):
    pass


class CrashingMailbox(ImapMailbox):
    """Dies once around a MOVE: before it reaches the server, or after the server did it."""

    def __init__(self, *args, when: str, **kw) -> None:
        super().__init__(*args, **kw)
        self.when = when

    def move(self, refs, dest):
        if self.when == "before":
            self.when = ""
            raise MailboxUnavailable("link dropped before MOVE")
        result = super().move(refs, dest)
        if self.when == "after":
            self.when = ""
            raise MailboxUnavailable("link dropped before the tagged OK")
        return result


def _box(account, cls=ImapMailbox, **kw):
    box = cls(host=account.host, port=account.tls_port, security="tls", username=account.username,
              password_provider=account.password_provider, ca_file=account.ca_file, **kw)
    box.connect()
    return box


def _pipeline(box, store) -> Pipeline:
    return Pipeline(box, store, Settings("INBOX", FOLDERS, ("mx.example.net",)), signals.build())


def _expect_all_placed(client, items) -> None:
    where = locations(snapshot(client))
    assert {f.name: where.get(f.message_id) for f in items} == {f.name: [f.folder] for f in items}


@pytest.mark.parametrize("when", ["before", "after"])
def test_a_crash_around_move_is_finished_by_the_next_pass(imap_account, raw_imap, tmp_path, when) -> None:
    items = fixtures()
    client = raw_imap(imap_account)
    seed(client, [f.data for f in items])
    store = Store.open(tmp_path / "state.db")
    crashing = _box(imap_account, CrashingMailbox, when=when)
    with pytest.raises(MailboxUnavailable):
        _pipeline(crashing, store).poll_once()
    crashing.close()
    assert store.open_intents(), "the journal holds the interrupted moves"
    where = locations(snapshot(client))
    assert all(len(places) == 1 for places in where.values())

    box = _box(imap_account)
    _pipeline(box, store).poll_once()
    assert store.open_intents() == []
    _expect_all_placed(client, items)
    for f in items:
        stored = store.message(f.message_id)
        if stored is not None:
            assert stored.folder == f.folder
    box.close()


def test_a_crash_after_judging_before_moving_does_not_judge_twice(imap_account, raw_imap, tmp_path) -> None:
    items = fixtures()
    client = raw_imap(imap_account)
    seed(client, [f.data for f in items])
    store = Store.open(tmp_path / "state.db")
    box = _box(imap_account)
    first = _pipeline(box, store)

    def crash(moves):  # dies after recording, before any intent
        if moves:
            raise Crash()
        return []
    first.apply = crash
    with pytest.raises(Crash):
        first.poll_once()
    judged = store.db.execute("SELECT COUNT(*) FROM messages").fetchone()[0]
    assert judged > 0 and store.open_intents() == []

    _pipeline(box, store).poll_once()
    _expect_all_placed(client, items)
    assert store.db.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == judged
    box.close()


def test_uidvalidity_change_rescans_without_filing_twice(imap_account, raw_imap, tmp_path) -> None:
    items = fixtures()
    client = raw_imap(imap_account)
    client.create_folder("Watched")
    for f in items[:40]:
        client.append("Watched", f.data)
    store = Store.open(tmp_path / "state.db")
    box = _box(imap_account)
    watch = Pipeline(box, store, Settings("Watched", FOLDERS, ("mx.example.net",)), signals.build())
    watch.poll_once()
    box.close()
    old = store.cursor("Watched").uidvalidity
    stayed = [f for f in items[:40] if f.folder == "INBOX"]
    assert stayed, "some fixtures are never touched"

    # The server loses the folder's UIDs (a restore, a rebuilt index): same mail, new UIDVALIDITY.
    client.delete_folder("Watched")
    time.sleep(1.1)  # Dovecot derives UIDVALIDITY from the clock, in seconds
    client.create_folder("Watched")
    for f in stayed + items[40:]:
        client.append("Watched", f.data)

    box = _box(imap_account)
    Pipeline(box, store, Settings("Watched", FOLDERS, ("mx.example.net",)), signals.build()).poll_once()
    assert store.cursor("Watched").uidvalidity != old
    where = locations(snapshot(client))
    expected = {f.name: [f.folder.replace("INBOX", "Watched")] for f in items}
    assert {f.name: where.get(f.message_id) for f in items} == expected
    box.close()


def test_the_pass_after_filing_costs_one_status_per_folder(imap_account, raw_imap, tmp_path) -> None:
    seed(raw_imap(imap_account), [f.data for f in fixtures()])
    store = Store.open(tmp_path / "state.db")
    box = _box(imap_account)
    pipeline = _pipeline(box, store)
    assert pipeline.poll_once().moved > 0
    before = box.commands_sent
    assert pipeline.poll_once().idle
    assert box.commands_sent - before == len(FOLDERS) + 1, "a STATUS for each mailbot folder and the inbox"
    box.close()
