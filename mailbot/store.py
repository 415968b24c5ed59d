"""SQLite state: mail seen with its verdict, people, folder cursors, the move journal, summaries.

WAL mode and explicit transactions; a versioned schema migrated on open. The move
journal is written before each move and confirmed after it, so a crash between the
two is finished by the next pass (see pipeline.settle_intents).
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, MutableMapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .errors import StateError
from .model import (FolderStatus, Kind, Links, MessageRef, Notification, PersonEvent, PersonHistory,
                    Reason, Recommendation, Verdict, Judgement)

SCHEMA_VERSION = 3  # 2: summaries.note; 3: corrections, pinned mail, override_at, cursor counts

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS messages (
    message_id   TEXT PRIMARY KEY,
    folder       TEXT NOT NULL,
    uidvalidity  INTEGER NOT NULL,
    uid          INTEGER,            -- NULL when a move did not say the new UID
    kind         TEXT NOT NULL,
    person_key   TEXT,               -- NULL for mail about nobody and for spoofs
    date         TEXT,
    subject      TEXT NOT NULL,
    sender       TEXT NOT NULL,
    text         TEXT NOT NULL,
    authenticity TEXT NOT NULL,
    verdict      TEXT,
    disposition  TEXT NOT NULL,
    reasons      TEXT NOT NULL,      -- JSON [[code, text], ...]
    signals      TEXT NOT NULL,      -- JSON [signal, ...]
    links        TEXT NOT NULL,      -- JSON {profile, accept, thread, manage}
    seen_at      TEXT NOT NULL,
    filed_at     TEXT,
    pinned       INTEGER NOT NULL DEFAULT 0   -- 1: the user put it where it is; never moved again
);
CREATE INDEX IF NOT EXISTS messages_person ON messages(person_key, date);
CREATE INDEX IF NOT EXISTS messages_place ON messages(folder, uidvalidity, uid);
CREATE TABLE IF NOT EXISTS people (
    key            TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    headline       TEXT NOT NULL,
    profile_url    TEXT NOT NULL,
    verdict        TEXT,
    recommendation TEXT,
    reasons        TEXT NOT NULL DEFAULT '[]',
    override       TEXT,             -- the user's correction, a verdict
    override_at    TEXT,             -- date of their newest mail when corrected; worse mail after it wins
    changed_at     TEXT NOT NULL     -- when verdict or recommendation last changed
);
CREATE TABLE IF NOT EXISTS moves (
    id           INTEGER PRIMARY KEY,
    message_id   TEXT NOT NULL,
    src_folder   TEXT NOT NULL,
    src_validity INTEGER NOT NULL,
    src_uid      INTEGER,
    dest_folder  TEXT NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('intent', 'done', 'lost')),
    created_at   TEXT NOT NULL,
    done_at      TEXT
);
CREATE INDEX IF NOT EXISTS moves_open ON moves(state) WHERE state = 'intent';
CREATE TABLE IF NOT EXISTS aliases (
    alias TEXT PRIMARY KEY,          -- in:<vanity>, name:<name>|<headline>, name:<name>|
    key   TEXT NOT NULL              -- the person's key, or '' when the alias is ambiguous
);
CREATE TABLE IF NOT EXISTS cursors (
    folder        TEXT PRIMARY KEY,
    uidvalidity   INTEGER NOT NULL,
    uidnext       INTEGER NOT NULL,
    messages      INTEGER NOT NULL DEFAULT 0,
    highestmodseq INTEGER,
    updated_at    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS corrections (
    message_id  TEXT PRIMARY KEY,
    person_key  TEXT,
    disposition TEXT NOT NULL,       -- where the user put it: a folder key, or 'inbox'
    words       TEXT NOT NULL,       -- JSON [word, ...] of the note, for learn.Learned
    at          TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS failures (
    folder      TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    uid         INTEGER NOT NULL,
    reason      TEXT NOT NULL,
    seen_at     TEXT NOT NULL,
    PRIMARY KEY (folder, uidvalidity, uid)
);
CREATE TABLE IF NOT EXISTS passes (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    examined    INTEGER NOT NULL DEFAULT 0,
    filed       INTEGER NOT NULL DEFAULT 0,
    failed      INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS summaries (
    day        TEXT PRIMARY KEY,     -- the local date the summary is for
    message_id TEXT NOT NULL,
    state      TEXT NOT NULL CHECK (state IN ('sending', 'sent')),
    created_at TEXT NOT NULL,
    sent_at    TEXT,                 -- NULL for a day closed without sending (empty, or delivery uncertain)
    note       TEXT                  -- why a day was closed without a known delivery
);
"""


@dataclass(frozen=True)
class StoredMessage:
    message_id: str
    ref: MessageRef | None  # None while a move's new UID is unknown
    folder: str
    kind: Kind
    person_key: str | None
    date: datetime | None
    subject: str
    sender: str
    text: str
    verdict: Verdict | None
    disposition: str
    reasons: tuple[Reason, ...]
    links: Links
    pinned: bool = False  # the user put it where it is


@dataclass(frozen=True)
class StoredPerson:
    key: str
    name: str
    headline: str
    profile_url: str
    verdict: Verdict | None
    recommendation: Recommendation | None
    reasons: tuple[Reason, ...]
    override: Verdict | None
    changed_at: datetime
    override_at: datetime | None = None


@dataclass(frozen=True)
class Intent:
    id: int
    message_id: str
    src: MessageRef | None
    dest: str


def _iso(when: datetime | None) -> str | None:
    """UTC ISO text, so that dates sort correctly as strings."""
    if when is None:
        return None
    return (when.astimezone(timezone.utc) if when.tzinfo else when).isoformat()


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


class Store:
    """The one SQLite database; open it with Store.open(path)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    @classmethod
    def open(cls, path: Path | str) -> "Store":
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        try:
            db = sqlite3.connect(str(path), timeout=30, isolation_level=None)
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA foreign_keys=ON")
            store = cls(db)
            store._migrate()
        except sqlite3.DatabaseError as exc:
            raise StateError(f"state database {path} is unusable: {exc}; move it aside to start afresh") from exc
        return store

    def _migrate(self) -> None:
        with self.transaction():
            for statement in re.sub(r"--[^\n]*", "", _SCHEMA).split(";"):
                if statement.strip():
                    self.db.execute(statement)
            row = self.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            if row is None:
                self.db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            elif int(row[0]) > SCHEMA_VERSION:
                raise StateError(f"state database has schema {row[0]}, newer than this mailbot ({SCHEMA_VERSION}); upgrade mailbot")
            elif int(row[0]) < SCHEMA_VERSION:
                self._upgrade(int(row[0]))
                self.db.execute("UPDATE meta SET value=? WHERE key='schema_version'", (str(SCHEMA_VERSION),))

    def _upgrade(self, version: int) -> None:
        """Bring an older schema up to date, step by step (inside _migrate's transaction)."""
        if version < 2:
            columns = {r[1] for r in self.db.execute("PRAGMA table_info(summaries)")}
            if "note" not in columns:
                self.db.execute("ALTER TABLE summaries ADD COLUMN note TEXT")
        if version < 3:
            for table, column, ddl in (("messages", "pinned", "INTEGER NOT NULL DEFAULT 0"),
                                       ("people", "override_at", "TEXT"),
                                       ("cursors", "messages", "INTEGER NOT NULL DEFAULT 0")):
                if column not in {r[1] for r in self.db.execute(f"PRAGMA table_info({table})")}:
                    self.db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {ddl}")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error."""
        if self.db.in_transaction:
            yield
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()

    # -- messages -----------------------------------------------------------------

    def message(self, message_id: str) -> StoredMessage | None:
        row = self.db.execute("SELECT * FROM messages WHERE message_id=?", (message_id,)).fetchone()
        return _message(row) if row else None

    def record(self, note: Notification, judgement: Judgement, now: datetime, person_key: str | None) -> None:
        """Remember a judged notification where it is now (before it is moved)."""
        with self.transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO messages (message_id, folder, uidvalidity, uid, kind, person_key, date,"
                " subject, sender, text, authenticity, verdict, disposition, reasons, signals, links, seen_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (note.message_id, note.ref.folder, note.ref.uidvalidity, note.ref.uid, note.kind.value,
                 person_key, _iso(note.date), note.subject, note.sender, note.text[:4000],
                 note.authenticity.value, judgement.verdict.value if judgement.verdict else None,
                 judgement.disposition.value, json.dumps([[r.code, r.text] for r in judgement.reasons]),
                 json.dumps(sorted(judgement.signals)), json.dumps(note.links.__dict__), _iso(now)))
            if person_key and note.person:
                p = note.person
                self.db.execute(
                    "INSERT INTO people (key, name, headline, profile_url, changed_at) VALUES (?,?,?,?,?)"
                    " ON CONFLICT(key) DO UPDATE SET name=CASE WHEN name != '' THEN name ELSE excluded.name END,"
                    " headline=CASE WHEN excluded.headline != '' THEN excluded.headline ELSE headline END,"
                    " profile_url=CASE WHEN excluded.profile_url != '' THEN excluded.profile_url ELSE profile_url END",
                    (person_key, p.name, p.headline, p.profile_url, _iso(now)))

    def update_judgement(self, message_id: str, judgement: Judgement) -> None:
        self.db.execute(
            "UPDATE messages SET verdict=?, disposition=?, reasons=?, signals=? WHERE message_id=?",
            (judgement.verdict.value if judgement.verdict else None, judgement.disposition.value,
             json.dumps([[r.code, r.text] for r in judgement.reasons]), json.dumps(sorted(judgement.signals)),
             message_id))

    def messages_of(self, person_key: str) -> list[StoredMessage]:
        rows = self.db.execute("SELECT * FROM messages WHERE person_key=? ORDER BY date, uid", (person_key,))
        return [_message(r) for r in rows]

    def history(self, person_key: str) -> PersonHistory:
        rows = self.db.execute(
            "SELECT message_id, kind, date, verdict, signals, reasons FROM messages"
            " WHERE person_key=? ORDER BY date, seen_at", (person_key,))
        events = tuple(
            PersonEvent(r["message_id"], Kind(r["kind"]), _dt(r["date"]),
                        Verdict(r["verdict"]) if r["verdict"] else None, frozenset(json.loads(r["signals"])),
                        tuple(Reason(c, t) for c, t in json.loads(r["reasons"])))
            for r in rows)
        return PersonHistory(person_key, events)

    def relocate(self, message_id: str, ref: MessageRef | None, folder: str, now: datetime) -> None:
        self.db.execute("UPDATE messages SET folder=?, uidvalidity=?, uid=?, filed_at=? WHERE message_id=?",
                        (folder, ref.uidvalidity if ref else 0, ref.uid if ref else None, _iso(now),
                         message_id))

    # -- people -------------------------------------------------------------------

    @property
    def aliases(self) -> "AliasTable":
        return AliasTable(self.db)

    def person(self, key: str) -> StoredPerson | None:
        row = self.db.execute("SELECT * FROM people WHERE key=?", (key,)).fetchone()
        return _person(row) if row else None

    def people(self) -> list[StoredPerson]:
        return [_person(r) for r in self.db.execute("SELECT * FROM people ORDER BY name")]

    def set_person_state(self, key: str, verdict: Verdict | None, recommendation: Recommendation | None,
                         reasons: Iterable[Reason], now: datetime) -> bool:
        """Store a person's rollup; True when verdict or recommendation changed."""
        row = self.db.execute("SELECT verdict, recommendation FROM people WHERE key=?", (key,)).fetchone()
        new_v = verdict.value if verdict else None
        new_r = recommendation.value if recommendation else None
        changed = row is None or (row["verdict"], row["recommendation"]) != (new_v, new_r)
        self.db.execute(
            "UPDATE people SET verdict=?, recommendation=?, reasons=?,"
            " changed_at=CASE WHEN ? THEN ? ELSE changed_at END WHERE key=?",
            (new_v, new_r, json.dumps([[r.code, r.text] for r in reasons]), changed, _iso(now), key))
        return changed

    def set_override(self, key: str, verdict: Verdict | None, as_of: datetime | None) -> None:
        """The user's verdict on a person; it holds until their mail dated after `as_of` is worse."""
        self.db.execute("UPDATE people SET override=?, override_at=? WHERE key=?",
                        (verdict.value if verdict else None, _iso(as_of), key))

    # -- corrections --------------------------------------------------------------

    def record_correction(self, message_id: str, person_key: str | None, disposition: str,
                          words: Iterable[str], now: datetime) -> None:
        self.db.execute("INSERT OR REPLACE INTO corrections VALUES (?,?,?,?,?)",
                        (message_id, person_key, disposition, json.dumps(sorted(words)), _iso(now)))

    def corrections(self) -> list[tuple[str, str, frozenset[str]]]:
        """(message_id, disposition, words) of every mail the user filed by hand."""
        rows = self.db.execute("SELECT message_id, disposition, words FROM corrections ORDER BY at")
        return [(r[0], r[1], frozenset(json.loads(r[2]))) for r in rows]

    def pin(self, message_id: str) -> None:
        self.db.execute("UPDATE messages SET pinned=1 WHERE message_id=?", (message_id,))

    def pinned(self) -> list[StoredMessage]:
        return [_message(r) for r in self.db.execute("SELECT * FROM messages WHERE pinned=1")]

    def located_in(self, folder: str) -> list[StoredMessage]:
        rows = self.db.execute("SELECT * FROM messages WHERE folder=?", (folder,))
        return [_message(r) for r in rows]

    # -- the move journal ---------------------------------------------------------

    def record_intents(self, moves: Iterable[tuple[str, MessageRef, str]], now: datetime) -> list[int]:
        ids = []
        with self.transaction():
            for message_id, src, dest in moves:
                cur = self.db.execute(
                    "INSERT INTO moves (message_id, src_folder, src_validity, src_uid, dest_folder, state, created_at)"
                    " VALUES (?,?,?,?,?,'intent',?)",
                    (message_id, src.folder, src.uidvalidity, src.uid, dest, _iso(now)))
                ids.append(int(cur.lastrowid or 0))
        return ids

    def confirm_move(self, intent_id: int, message_id: str, new_ref: MessageRef | None, dest: str,
                     now: datetime) -> None:
        with self.transaction():
            self.db.execute("UPDATE moves SET state='done', done_at=? WHERE id=?", (_iso(now), intent_id))
            self.relocate(message_id, new_ref, dest, now)

    def abandon_intent(self, intent_id: int, now: datetime) -> None:
        self.db.execute("UPDATE moves SET state='lost', done_at=? WHERE id=?", (_iso(now), intent_id))

    def open_intents(self) -> list[Intent]:
        rows = self.db.execute("SELECT * FROM moves WHERE state='intent' ORDER BY id")
        return [Intent(r["id"], r["message_id"],
                       MessageRef(r["src_folder"], r["src_validity"], r["src_uid"]) if r["src_uid"] else None,
                       r["dest_folder"]) for r in rows]

    # -- cursors and failures -----------------------------------------------------

    def cursor(self, folder: str) -> FolderStatus | None:
        row = self.db.execute("SELECT * FROM cursors WHERE folder=?", (folder,)).fetchone()
        if row is None:
            return None
        return FolderStatus(row["uidvalidity"], row["uidnext"], row["messages"], row["highestmodseq"])

    def set_cursor(self, folder: str, status: FolderStatus, now: datetime) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO cursors (folder, uidvalidity, uidnext, messages, highestmodseq, updated_at)"
            " VALUES (?,?,?,?,?,?)", (folder, status.uidvalidity, status.uidnext, status.messages, status.highestmodseq,
                                    _iso(now)))

    def failed_uids(self, folder: str, uidvalidity: int) -> set[int]:
        rows = self.db.execute("SELECT uid FROM failures WHERE folder=? AND uidvalidity=?", (folder, uidvalidity))
        return {r[0] for r in rows}

    def record_failure(self, ref: MessageRef, reason: str, now: datetime) -> bool:
        """Remember an unreadable mail; True the first time, so it is logged once."""
        cur = self.db.execute("INSERT OR IGNORE INTO failures VALUES (?,?,?,?,?)",
                              (ref.folder, ref.uidvalidity, ref.uid, reason, _iso(now)))
        return cur.rowcount == 1

    # -- passes and summaries -----------------------------------------------------

    def begin_pass(self, now: datetime) -> int:
        return int(self.db.execute("INSERT INTO passes (started_at) VALUES (?)", (_iso(now),)).lastrowid or 0)

    def end_pass(self, pass_id: int, now: datetime, examined: int, filed: int, failed: int) -> None:
        self.db.execute("UPDATE passes SET finished_at=?, examined=?, filed=?, failed=? WHERE id=?",
                        (_iso(now), examined, filed, failed, pass_id))

    def last_pass(self) -> sqlite3.Row | None:
        return self.db.execute("SELECT * FROM passes WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1").fetchone()

    def last_summary_sent(self, before_day: str | None = None) -> datetime | None:
        """When the last summary went out (of a date before `before_day`, when given)."""
        sql, args = "SELECT MAX(sent_at) FROM summaries WHERE state='sent'", []
        if before_day is not None:
            sql += " AND day < ?"
            args.append(before_day)
        row = self.db.execute(sql, args).fetchone()
        return _dt(row[0]) if row and row[0] else None

    def summary_records(self) -> list[sqlite3.Row]:
        """Every summaries row (day, message_id, state, created_at, sent_at, note), oldest day first."""
        return list(self.db.execute("SELECT * FROM summaries ORDER BY day"))

    def claim_summary(self, day: str, message_id: str, now: datetime) -> bool:
        """Record `day` as 'sending' before anything is sent; False when the day is already recorded."""
        with self.transaction():
            cur = self.db.execute(
                "INSERT OR IGNORE INTO summaries (day, message_id, state, created_at) VALUES (?,?,'sending',?)",
                (day, message_id, _iso(now)))
            return cur.rowcount == 1

    def reclaim_summary(self, day: str, message_id: str, now: datetime) -> None:
        """Claim a recorded day again ('sending', a new Message-ID): a forced or verified resend."""
        with self.transaction():
            self.db.execute(
                "INSERT INTO summaries (day, message_id, state, created_at) VALUES (?,?,'sending',?)"
                " ON CONFLICT(day) DO UPDATE SET message_id=excluded.message_id, state='sending',"
                " created_at=excluded.created_at, sent_at=NULL, note=NULL", (day, message_id, _iso(now)))

    def summary_sent(self, day: str, message_id: str, sent_at: datetime | None, note: str | None = None) -> None:
        """Close `day`: delivered at `sent_at`, or (sent_at None) closed without a known delivery, with `note`."""
        self.db.execute("UPDATE summaries SET state='sent', message_id=?, sent_at=?, note=? WHERE day=?",
                        (message_id, _iso(sent_at), note, day))

    def release_summary(self, day: str, message_id: str) -> None:
        """Undo a claim after a failure that certainly delivered nothing, so a later pass may try again."""
        self.db.execute("DELETE FROM summaries WHERE day=? AND message_id=? AND state='sending'", (day, message_id))

    def filed_since(self, since: datetime | None) -> dict[str, int]:
        """How many mails mailbot saw per disposition (good, bad, ugly, other, suspicious) after `since`."""
        sql = "SELECT disposition, COUNT(*) FROM messages"
        args: list[object] = []
        if since is not None:
            sql += " WHERE seen_at > ?"
            args.append(_iso(since))
        return {r[0]: r[1] for r in self.db.execute(sql + " GROUP BY disposition", args)}

    def messages_seen_since(self, since: datetime | None, verdict: Verdict, kinds: Iterable[Kind]) -> list[StoredMessage]:
        """Mail of these kinds and this verdict that mailbot saw after `since`, oldest first."""
        names = [k.value for k in kinds]
        sql = f"SELECT * FROM messages WHERE verdict=? AND kind IN ({','.join('?' * len(names))})"
        args: list[object] = [verdict.value, *names]
        if since is not None:
            sql += " AND seen_at > ?"
            args.append(_iso(since))
        return [_message(r) for r in self.db.execute(sql + " ORDER BY date, uid", args)]

    def counts(self) -> dict[str, dict[str, int]]:
        """Mail per folder and per verdict, people per recommendation, for `mailbot status`."""
        out: dict[str, dict[str, int]] = {"folders": {}, "verdicts": {}, "recommendations": {}}
        for r in self.db.execute("SELECT folder, COUNT(*) FROM messages GROUP BY folder"):
            out["folders"][r[0]] = r[1]
        for r in self.db.execute("SELECT COALESCE(verdict, 'none'), COUNT(*) FROM messages GROUP BY 1"):
            out["verdicts"][r[0]] = r[1]
        for r in self.db.execute("SELECT recommendation, COUNT(*) FROM people WHERE recommendation IS NOT NULL GROUP BY 1"):
            out["recommendations"][r[0]] = r[1]
        out["failures"] = {"unreadable": self.db.execute("SELECT COUNT(*) FROM failures").fetchone()[0]}
        return out


class AliasTable(MutableMapping[str, str]):
    """The aliases table as a mapping, for people.Identities."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __getitem__(self, alias: str) -> str:
        row = self.db.execute("SELECT key FROM aliases WHERE alias=?", (alias,)).fetchone()
        if row is None:
            raise KeyError(alias)
        return str(row[0])

    def __setitem__(self, alias: str, key: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO aliases VALUES (?,?)", (alias, key))

    def __delitem__(self, alias: str) -> None:
        self.db.execute("DELETE FROM aliases WHERE alias=?", (alias,))

    def __iter__(self) -> Iterator[str]:
        return iter([r[0] for r in self.db.execute("SELECT alias FROM aliases")])

    def __len__(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM aliases").fetchone()[0])


def _message(row: sqlite3.Row) -> StoredMessage:
    ref = MessageRef(row["folder"], row["uidvalidity"], row["uid"]) if row["uid"] is not None else None
    return StoredMessage(
        row["message_id"], ref, row["folder"], Kind(row["kind"]), row["person_key"], _dt(row["date"]),
        row["subject"], row["sender"], row["text"], Verdict(row["verdict"]) if row["verdict"] else None,
        row["disposition"], tuple(Reason(c, t) for c, t in json.loads(row["reasons"])),
        Links(**json.loads(row["links"])), bool(row["pinned"]))


def _person(row: sqlite3.Row) -> StoredPerson:
    return StoredPerson(
        row["key"], row["name"], row["headline"], row["profile_url"],
        Verdict(row["verdict"]) if row["verdict"] else None,
        Recommendation(row["recommendation"]) if row["recommendation"] else None,
        tuple(Reason(c, t) for c, t in json.loads(row["reasons"])),
        Verdict(row["override"]) if row["override"] else None, datetime.fromisoformat(row["changed_at"]),
        _dt(row["override_at"]))
