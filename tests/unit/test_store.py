"""The SQLite state: schema, the move journal, cursors, failures logged once, people."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from mailbot.errors import StateError
from mailbot.model import (Authenticity, Disposition, FolderStatus, Judgement, Kind, MessageRef, Notification,
                           Person, Reason, Recommendation, Verdict)
from mailbot.store import Store

NOW = datetime(2026, 11, 26, 7, 30, tzinfo=timezone.utc)


def _note(uid: int, key: str = "in:jane", date: datetime | None = None) -> Notification:
    return Notification(MessageRef("INBOX", 7, uid), f"<{uid}@x>", date or NOW, "subj", "invitations@linkedin.com",
                        Kind.INVITATION, Authenticity.VERIFIED, "", Person(key, "Jane Roe", "CFO"), "hello", False)


GOOD = Judgement(Disposition.GOOD, Verdict.GOOD, (Reason("value:x", "offers x"),), frozenset({"value"}))


def test_record_and_history_in_date_order(tmp_path) -> None:
    store = Store.open(tmp_path / "s.db")
    later = NOW + timedelta(days=2)
    store.record(_note(2, date=later), GOOD, NOW, "in:jane")
    store.record(_note(1, date=NOW.astimezone(timezone(timedelta(hours=5)))), GOOD, NOW, "in:jane")
    events = store.history("in:jane").events
    assert [e.message_id for e in events] == ["<1@x>", "<2@x>"]
    assert events[0].signals == frozenset({"value"}) and events[0].reasons[0].text == "offers x"
    assert store.person("in:jane").headline == "CFO"


def test_journal_survives_reopen_and_confirm_relocates(tmp_path) -> None:
    path = tmp_path / "s.db"
    store = Store.open(path)
    store.record(_note(5), GOOD, NOW, "in:jane")
    [intent] = store.record_intents([("<5@x>", MessageRef("INBOX", 7, 5), "LinkedIn/Good")], NOW)
    store.close()
    store = Store.open(path)
    [open_intent] = store.open_intents()
    assert open_intent.dest == "LinkedIn/Good" and open_intent.src == MessageRef("INBOX", 7, 5)
    store.confirm_move(intent, "<5@x>", MessageRef("LinkedIn/Good", 3, 1), "LinkedIn/Good", NOW)
    assert store.open_intents() == []
    assert store.message("<5@x>").ref == MessageRef("LinkedIn/Good", 3, 1)


def test_failure_is_new_only_once(tmp_path) -> None:
    store = Store.open(tmp_path / "s.db")
    ref = MessageRef("INBOX", 7, 9)
    assert store.record_failure(ref, "no headers", NOW) is True
    assert store.record_failure(ref, "no headers", NOW) is False
    assert store.failed_uids("INBOX", 7) == {9}
    assert store.failed_uids("INBOX", 8) == set()


def test_cursor_round_trip(tmp_path) -> None:
    store = Store.open(tmp_path / "s.db")
    assert store.cursor("INBOX") is None
    store.set_cursor("INBOX", FolderStatus(7, 120, 0, 44), NOW)
    assert store.cursor("INBOX") == FolderStatus(7, 120, 0, 44)


def test_person_state_change_is_reported_once(tmp_path) -> None:
    store = Store.open(tmp_path / "s.db")
    store.record(_note(1), GOOD, NOW, "in:jane")
    assert store.set_person_state("in:jane", Verdict.GOOD, Recommendation.ACCEPT, [], NOW) is True
    assert store.set_person_state("in:jane", Verdict.GOOD, Recommendation.ACCEPT, [], NOW + timedelta(1)) is False
    assert store.person("in:jane").changed_at == NOW


def test_newer_schema_is_refused(tmp_path) -> None:
    path = tmp_path / "s.db"
    Store.open(path).close()
    db = sqlite3.connect(path)
    db.execute("UPDATE meta SET value='99' WHERE key='schema_version'")
    db.commit()
    db.close()
    with pytest.raises(StateError, match="newer"):
        Store.open(path)


def test_corrupt_file_is_a_state_error(tmp_path) -> None:
    path = tmp_path / "s.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StateError, match="unusable"):
        Store.open(path)
