"""The only place where I/O meets logic: one pass over the inbox, and reprocessing.

Order of work for each new mail: headers (cheap) -> whole message for LinkedIn
candidates only -> parse -> judge with the person's history -> record in state ->
plan moves -> journal intent -> move -> confirm. Message-ID is the key throughout,
so a pass interrupted anywhere is finished by the next one without filing twice.
"""
from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Self, TypeVar

from . import filing
from .errors import MailboxProtocolError, MailboxUnavailable, StateError
from .filing import Move, Placed
from .judge import Me, event_of, judge, sort_key
from .mailbox.base import Mailbox
from .model import (Disposition, FolderStatus, HeaderSummary, Judgement, MessageRef, Notification, PersonEvent,
                    PersonHistory, RawMessage, Verdict)
from .learn import Example, Learned, tokens
from .parse import is_candidate, message_id_of, parse_batch, parse_message
from .people import Identities, PersonState, is_personal, replay, rollup
from .signals import SignalSet
from .store import Store, StoredMessage

log = logging.getLogger("mailbot.pipeline")

Clock = Callable[[], datetime]
INBOX_KEY = "inbox"
FLUSH_EVERY = 5000  # notifications judged before their moves are carried out

Outcomes = list[tuple[Notification | None, str | None]]  # parse_batch: (notification, why it failed) per mail
Parsed = list[tuple[MessageRef, Notification | None, str | None]]
T = TypeVar("T")
Tested = tuple[list[int], list[HeaderSummary], Future[list[bool]] | None]  # headers read, their test sent off
Parsing = tuple[list[int], int, list[RawMessage], Future[Outcomes] | None]  # candidates read, their parse sent off


@dataclass
class _Batch:
    """What a pass has judged and not yet moved: people to plan, and mail about nobody."""

    people: set[str] = field(default_factory=set)
    loose: list[tuple[Notification, Judgement]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.people) + len(self.loose)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class Settings:
    """What the pipeline needs from the configuration, as plain values."""

    inbox: str
    folders: dict[Disposition, str]
    authserv_ids: tuple[str, ...] = ()
    max_message_bytes: int = 2_000_000
    batch_size: int = 500
    me: Me = Me()


@dataclass
class PassResult:
    examined: int = 0
    linkedin: int = 0
    failed: int = 0
    moves: list[Move] = field(default_factory=list)
    idle: bool = False

    @property
    def moved(self) -> int:
        return len(self.moves)


@dataclass(frozen=True)
class Change:
    """One difference that reprocessing found: a message whose folder changes."""

    move: Move
    person: str
    old: str
    new: str


class Pipeline:
    def __init__(self, mailbox: Mailbox, store: Store, settings: Settings, signals: SignalSet,
                 clock: Clock = utcnow, should_stop: Callable[[], bool] = lambda: False) -> None:
        self.mailbox = mailbox
        self.store = store
        self.settings = settings
        self.signals = signals
        self.clock = clock
        self.should_stop = should_stop
        self._folders_ready = False
        self._validity: dict[str, int] = {}
        self._learned = Learned()

    # -- one pass -----------------------------------------------------------------

    def poll_once(self) -> PassResult:
        """File every new mail in the inbox; cheap (one STATUS) when nothing arrived."""
        result = PassResult()
        self._prepare()
        self.settle_intents()
        self._learned = self.learned()
        result.moves += self.apply(self._plan_people(self.notice_corrections()))
        inbox = self.settings.inbox
        status = self.mailbox.status(inbox)
        cursor = self.store.cursor(inbox)
        if cursor and cursor.uidvalidity == status.uidvalidity and cursor.uidnext >= status.uidnext:
            result.idle = True
            return result
        start = 1
        if cursor and cursor.uidvalidity == status.uidvalidity:
            start = cursor.uidnext
        elif cursor:
            log.warning("UIDVALIDITY of %s changed (%s -> %s): rescanning it; Message-IDs keep mail from being filed twice",
                        inbox, cursor.uidvalidity, status.uidvalidity)
        pass_id = self.store.begin_pass(self.clock())
        failed = self.store.failed_uids(inbox, status.uidvalidity)
        uids = [u for u in self.mailbox.uids(inbox, start) if u not in failed]
        batch = _Batch()
        with closing(self._parsed_batches(inbox, uids)) as batches:
            for chunk, examined, parsed in batches:
                result.examined += examined
                with self.store.transaction():  # one commit per batch, not per mail
                    stopped = self._judge_batch(parsed, result, batch)
                if stopped or len(batch) >= FLUSH_EVERY:
                    self._flush(batch, result)
                    # Only what is filed may fall behind the cursor; a crash before here re-reads the mail.
                    self.store.set_cursor(inbox, FolderStatus(status.uidvalidity, (stopped or chunk[-1]) + 1, 0),
                                          self.clock())
                if stopped:
                    break
            else:
                self._flush(batch, result)
                done_upto = uids[-1] + 1 if uids else start
                final = max(status.uidnext, done_upto)
                self.store.set_cursor(inbox, FolderStatus(status.uidvalidity, final, 0, status.highestmodseq),
                                      self.clock())
        self.store.end_pass(pass_id, self.clock(), result.examined, result.moved, result.failed)
        return result

    def _parsed_batches(self, folder: str, uids: Sequence[int]) -> Generator[tuple[list[int], int, Parsed], None, None]:
        """(UIDs, headers read, parsed candidates) for each batch of `uids`, in order.

        With more than one batch, the pure CPU work between IMAP commands (the header test
        and parsing: bytes in, values out) runs in one forked worker process ahead of this
        one: while batch k is judged here, the worker parses batch k+1 and tests the
        headers of batch k+2, so a backlog uses a second core. A pass of one batch (the
        usual IDLE pass) does it all here and starts no process. If the worker dies, what
        it held and everything after is done here.
        """
        size = self.settings.batch_size
        chunks = [list(uids[i:i + size]) for i in range(0, len(uids), size)]
        ids = self.settings.authserv_ids
        if len(chunks) < 2:
            for chunk in chunks:
                summaries = list(self.mailbox.fetch_headers(folder, chunk))
                raws = self._wanted(summaries, _test_headers([s.headers for s in summaries]))
                yield chunk, len(summaries), _parsed(raws, parse_batch(raws, ids))
            return
        with _Worker() as worker:
            def fetch_bodies(job: Tested) -> Parsing:
                chunk, summaries, future = job
                flags: list[bool] = worker.result(future, _test_headers, [s.headers for s in summaries])
                raws = self._wanted(summaries, flags)
                return chunk, len(summaries), raws, worker.submit(parse_batch, raws, ids)

            def judged(job: Parsing) -> tuple[list[int], int, Parsed]:
                chunk, examined, raws, future = job
                return chunk, examined, _parsed(raws, worker.result(future, parse_batch, raws, ids))

            tested: deque[Tested] = deque()
            parsing: deque[Parsing] = deque()
            for chunk in chunks:
                summaries = list(self.mailbox.fetch_headers(folder, chunk))
                tested.append((chunk, summaries, worker.submit(_test_headers, [s.headers for s in summaries])))
                if len(tested) == 2:
                    parsing.append(fetch_bodies(tested.popleft()))
                if len(parsing) == 2:
                    yield judged(parsing.popleft())
            while tested:
                parsing.append(fetch_bodies(tested.popleft()))
            while parsing:
                yield judged(parsing.popleft())

    def _wanted(self, summaries: Sequence[HeaderSummary], flags: Sequence[bool]) -> list[RawMessage]:
        """The whole of each mail whose headers claim LinkedIn."""
        refs = [s.ref for s, claims in zip(summaries, flags, strict=True) if claims]
        return list(self.mailbox.fetch(refs, self.settings.max_message_bytes))

    def _prepare(self) -> None:
        if not self._folders_ready:
            existing = set(self.mailbox.folders())  # one LIST, then create only what is missing
            for folder in self.settings.folders.values():
                if folder not in existing:
                    self.mailbox.ensure_folder(folder)
            self._folders_ready = True
        self._validity.clear()

    def _judge_batch(self, parsed: Parsed, result: PassResult, batch: "_Batch") -> int | None:
        """Judge and record one parsed batch (moves wait in `batch`); returns the last UID handled when asked to stop."""
        last = None
        for ref, note, failure in parsed:
            if failure is not None:
                self._failed(ref, failure, result)
                continue
            if note is None:
                continue
            result.linkedin += 1
            try:
                self._judge_and_record(note, batch.people, batch.loose)
            except (MailboxUnavailable, MailboxProtocolError, StateError):
                raise
            except Exception as exc:  # a judge bug on one mail must not stop the pass
                log.exception("could not judge %s uid %s", ref.folder, ref.uid)
                self._failed(ref, f"judging failed: {type(exc).__name__}: {exc}", result)
            last = ref.uid
            if self.should_stop():
                return last
        return None

    def _flush(self, batch: "_Batch", result: PassResult) -> None:
        """Plan and carry out the moves of everything judged since the last flush.

        Moves wait for thousands of mails, not hundreds: each MOVE out of a large folder
        costs time in proportion to its size (pitfalls: 1,000 moves of 100 took 193 s where
        chunks of 5,000 took 13 s). A person's plan is made once, with all their new mail.
        """
        moves = self._plan_people(batch.people) + self._plan_loose(batch.loose)
        result.moves += self.apply(moves)
        batch.people.clear()
        batch.loose.clear()

    def _failed(self, ref: MessageRef, reason: str, result: PassResult) -> None:
        result.failed += 1
        if self.store.record_failure(ref, reason, self.clock()):
            log.warning("left unreadable mail in place: folder %s uid %s: %s", ref.folder, ref.uid, reason)

    def _judge_and_record(self, note: Notification, people: set[str],
                          loose: list[tuple[Notification, Judgement]]) -> None:
        known = self.store.message(note.message_id)
        key = Identities(self.store.aliases).resolve(note.person) if is_personal(note) and note.person else ""
        if known is not None:
            # Seen before (a pass was interrupted, or the same mail twice): file it, never judge twice.
            if known.folder != note.ref.folder:
                self._corrected(known, note.ref, INBOX_KEY)  # the user moved it back to the inbox
                return
            self.store.relocate(note.message_id, note.ref, note.ref.folder, self.clock())
            if key:
                people.add(key)
            else:
                loose.append((note, Judgement(Disposition(known.disposition), known.verdict, known.reasons)))
            return
        history = self.store.history(key) if key else PersonHistory("")
        judgement = judge(note, history, self.signals, self.settings.me, self._learned)
        self.store.record(note, judgement, self.clock(), key or None)
        log.info("judged %s uid %s: %s %s from %s: %s", note.ref.folder, note.ref.uid, note.kind.value,
                 judgement.verdict.value if judgement.verdict else judgement.disposition.value,
                 note.person.name if note.person else note.sender,
                 "; ".join(r.text for r in judgement.reasons))
        if key:
            people.add(key)
        else:
            loose.append((note, judgement))

    def _plan_people(self, keys: Iterable[str]) -> list[Move]:
        moves: list[Move] = []
        for key in sorted(keys):
            state = self.refresh_person(key)
            messages = self.store.messages_of(key)
            placed = [Placed(m.message_id, m.ref, _label(m)) for m in messages if m.ref is not None and not m.pinned]
            dest = {m.message_id: state.disposition for m in messages}
            moves += filing.plan(placed, dest.get, self.settings.folders, why=_why(state))
            moves += self._unknown_places([m for m in messages if not m.pinned],
                                          self.settings.folders[state.disposition])
        return moves

    def refresh_person(self, key: str) -> PersonState:
        history = self.store.history(key)
        stored = self.store.person(key)
        state = rollup(history.events, stored.override if stored else None, stored.override_at if stored else None)
        if self.store.set_person_state(key, state.verdict, state.recommendation, state.reasons, self.clock()):
            name = stored.name if stored else key
            log.info("person %s is now %s%s", name, state.verdict.value if state.verdict else "unjudged",
                     f", recommend {state.recommendation.value}" if state.recommendation else "")
        return state

    def _plan_loose(self, loose: Sequence[tuple[Notification, Judgement]]) -> list[Move]:
        by_id = {note.message_id: j.disposition for note, j in loose}
        placed = [Placed(note.message_id, note.ref, f"{note.kind.value}: {j.reasons[0].text if j.reasons else ''}")
                  for note, j in loose]
        return filing.plan(placed, by_id.get, self.settings.folders)

    def _unknown_places(self, messages: Sequence[StoredMessage], dest: str) -> list[Move]:
        """Find, by Message-ID, mail whose UID a move did not report, so it can follow its person."""
        moves = []
        for m in messages:
            if m.ref is None and m.folder != dest:
                for ref in self.mailbox.find_message_id(m.folder, m.message_id)[:1]:
                    self.store.relocate(m.message_id, ref, m.folder, self.clock())
                    moves.append(Move(m.message_id, ref, dest, _label(m)))
        return moves

    # -- corrections: mail the user moved ---------------------------------------------

    def learned(self) -> Learned:
        """The notes the user filed by hand into Good, Bad or Ugly, as examples for the judge."""
        verdicts = {v.value for v in Verdict}
        return Learned(tuple(Example(mid, Verdict(d), words)
                             for mid, d, words in self.store.corrections() if d in verdicts and words))

    def notice_corrections(self) -> set[str]:
        """Find mail the user moved into or out of mailbot's folders; returns the people to refile.

        One STATUS per folder when nothing changed. A folder seen for the first time is
        only remembered: mail already in it is the user's own filing, left for `reprocess`.
        """
        people: set[str] = set()
        for disposition, folder in self.settings.folders.items():
            status = self.mailbox.status(folder)
            cursor = self.store.cursor(folder)
            if cursor is None:
                self.store.set_cursor(folder, status, self.clock())
                continue
            if (cursor.uidvalidity, cursor.uidnext, cursor.messages) == (status.uidvalidity, status.uidnext,
                                                                         status.messages):
                continue
            present = set(self.mailbox.uids(folder))
            here = {m.ref.uid: m for m in self.store.located_in(folder)
                    if m.ref is not None and m.ref.uidvalidity == status.uidvalidity}
            for uid, gone in here.items():
                if uid not in present:  # moved away or deleted by the user; found again if it reappears
                    self.store.relocate(gone.message_id, None, "", self.clock())
            unknown = sorted(present - here.keys())
            for summary in self.mailbox.fetch_headers(folder, unknown) if unknown else ():
                known = self.store.message(message_id_of(summary.headers))
                if known is None:
                    continue  # not mail mailbot has seen: the user's own filing, left alone
                if known.folder == folder:
                    self.store.relocate(known.message_id, summary.ref, folder, self.clock())
                else:
                    people |= self._corrected(known, summary.ref, disposition.value)
            self.store.set_cursor(folder, status, self.clock())
        return people

    def _corrected(self, message: StoredMessage, ref: MessageRef, where: str) -> set[str]:
        """Record that the user filed `message` at `ref` (`where`: a disposition or "inbox")."""
        now = self.clock()
        with self.store.transaction():
            self.store.relocate(message.message_id, ref, ref.folder, now)
            self.store.pin(message.message_id)
            self.store.record_correction(message.message_id, message.person_key, where, tokens(message.text), now)
            verdicts = {v.value for v in Verdict}
            if message.person_key and where in verdicts:
                events = self.store.history(message.person_key).events
                newest = max((e.date for e in events if e.date), default=None)
                self.store.set_override(message.person_key, Verdict(where), newest)
        log.info("you moved %s (%s) from %s to %s: learned", message.message_id, message.kind.value,
                 message.folder or "elsewhere", ref.folder)
        return {message.person_key} if message.person_key else set()

    # -- moving, with the journal -----------------------------------------------------

    def apply(self, moves: Sequence[Move]) -> list[Move]:
        """Carry out a plan: journal, move in groups, confirm. Returns the moves done."""
        done: list[Move] = []
        for src, dest, group in filing.batches(moves):
            group = self._current(src, group)
            if not group:
                continue
            now = self.clock()
            ids = self.store.record_intents([(m.message_id, m.src, dest) for m in group], now)
            for move in group:
                log.info("moving %s", filing.describe(move))
            watched = {f: self.store.cursor(f) for f in (src, dest) if f != self.settings.inbox}
            mapping = self.mailbox.move([m.src for m in group], dest)
            for intent_id, move in zip(ids, group, strict=True):
                self.store.confirm_move(intent_id, move.message_id, mapping.get(move.src), dest, self.clock())
            done += group
            for folder, before in watched.items():
                grew = len(group) if folder == dest else 0
                self._follow_cursor(folder, before, grew, grew or -len(group))
        return done

    def _follow_cursor(self, folder: str, before: FolderStatus | None, new_uids: int, count_change: int) -> None:
        """Move one of mailbot's folder cursors past our own moves, so the next pass need not look.

        Only when the folder changed by exactly what we moved: anything else there is the
        user's doing, and notice_corrections must see it.
        """
        if before is None:
            return
        now = self.mailbox.status(folder)
        if (now.uidvalidity == before.uidvalidity and now.uidnext == before.uidnext + new_uids
                and now.messages == before.messages + count_change):
            self.store.set_cursor(folder, now, self.clock())

    def _current(self, folder: str, group: list[Move]) -> list[Move]:
        """Drop or re-find moves whose stored UID belongs to an older UIDVALIDITY of `folder`."""
        if folder not in self._validity:
            self._validity[folder] = self.mailbox.status(folder).uidvalidity
        validity = self._validity[folder]
        fresh = []
        for move in group:
            if move.src.uidvalidity == validity:
                fresh.append(move)
                continue
            for ref in self.mailbox.find_message_id(folder, move.message_id)[:1]:
                fresh.append(Move(move.message_id, ref, move.dest, move.why))
        return fresh

    def settle_intents(self) -> None:
        """Finish moves that a crash interrupted: each mail is found in exactly one place."""
        for intent in self.store.open_intents():
            now = self.clock()
            found = self.mailbox.find_message_id(intent.dest, intent.message_id)
            if found:
                self.store.confirm_move(intent.id, intent.message_id, found[0], intent.dest, now)
                log.info("confirmed an interrupted move of %s to %s", intent.message_id, intent.dest)
                continue
            src = intent.src
            if src and self.mailbox.find_message_id(src.folder, intent.message_id):
                self.store.abandon_intent(intent.id, now)  # never moved; this pass plans it again
                continue
            self.store.abandon_intent(intent.id, now)
            log.error("mail %s was neither in %s nor in %s after an interrupted move; leaving its record as is",
                      intent.message_id, src.folder if src else "?", intent.dest)

    # -- reprocessing -------------------------------------------------------------

    def reprocess(self, folder: str | None = None, since: datetime | None = None, dry_run: bool = False,
                  progress: Callable[[int, int], None] | None = None) -> list[Change]:
        """Re-judge all filed mail from scratch and move what changed.

        Every mailbot folder is read (a person's history spans them all); only mail in
        `folder` and dated on or after `since` may move. A dry run writes nothing.
        """
        if not dry_run:
            self._prepare()
            self.settle_intents()
        notes = self._read_filed(progress)
        replayed = replay(notes, self.signals, self.settings.me, self.learned())
        judgements = replayed.judgements
        by_person: dict[str, list[Notification]] = {}
        for note in sorted(notes, key=sort_key):
            key = replayed.keys.get(note.message_id, "")
            if key:
                by_person.setdefault(key, []).append(note)
        destination: dict[str, Disposition] = {}
        states: dict[str, PersonState] = {}
        for key, mine in by_person.items():
            stored = self.store.person(key)
            events: list[PersonEvent] = [event_of(n, judgements[n.message_id]) for n in mine]
            states[key] = rollup(events, stored.override if stored else None, stored.override_at if stored else None)
            for note in mine:
                destination[note.message_id] = states[key].disposition
        for note in notes:
            destination.setdefault(note.message_id, judgements[note.message_id].disposition)

        changes = []
        pinned = {m.message_id for m in self.store.pinned()}
        for note in notes:
            dest = self.settings.folders[destination[note.message_id]]
            if note.ref.folder == dest or (folder and note.ref.folder != folder) or note.message_id in pinned:
                continue
            if since and note.date and note.date < since:
                continue
            key = replayed.keys.get(note.message_id, "")
            why = _why(states[key]) if key else (judgements[note.message_id].reasons[0].text
                                                 if judgements[note.message_id].reasons else "")
            changes.append(Change(Move(note.message_id, note.ref, dest, why),
                                  note.person.name if note.person else note.sender, note.ref.folder, dest))
        if dry_run:
            return changes
        now = self.clock()
        with self.store.transaction():
            for note in notes:
                if self.store.message(note.message_id) is None:
                    self.store.record(note, judgements[note.message_id], now,
                                      replayed.keys.get(note.message_id))
                else:
                    self.store.update_judgement(note.message_id, judgements[note.message_id])
                    self.store.relocate(note.message_id, note.ref, note.ref.folder, now)
            for key, state in states.items():
                self.store.set_person_state(key, state.verdict, state.recommendation, state.reasons, now)
        self.apply([c.move for c in changes])
        return changes

    def _read_filed(self, progress: Callable[[int, int], None] | None) -> list[Notification]:
        notes = []
        folders = list(dict.fromkeys(self.settings.folders.values()))
        existing = set(self.mailbox.folders())
        refs: list[MessageRef] = []
        for name in folders:
            if name not in existing:
                continue
            status = self.mailbox.status(name)
            refs += [MessageRef(name, status.uidvalidity, uid) for uid in self.mailbox.uids(name)]
        for done, raw in enumerate(self._fetch_grouped(refs), start=1):
            try:
                note = parse_message(raw, self.settings.authserv_ids)
            except Exception as exc:
                log.warning("cannot re-read %s uid %s: %s", raw.ref.folder, raw.ref.uid, exc)
                continue
            if note is not None:
                notes.append(note)
            if progress:
                progress(done, len(refs))
        return notes

    def _fetch_grouped(self, refs: Sequence[MessageRef]) -> Iterable:
        size = self.settings.batch_size
        for i in range(0, len(refs), size):
            yield from self.mailbox.fetch(refs[i:i + size], self.settings.max_message_bytes)


class _Worker:
    """One forked process for pure batch jobs; any failure of it means "do it here instead".

    Fork, not spawn: it starts in milliseconds and does not re-run the program's main
    module (`python -m mailbot` has no main guard). The worker blocks SIGINT and SIGTERM:
    systemd and a terminal signal the whole group, and stopping is the main process's
    decision (it finishes the current mail, then shuts the worker down). If the main
    process dies, so does the worker (:func:`_worker_start`).
    """

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = ProcessPoolExecutor(
            1, mp_context=multiprocessing.get_context("fork"), initializer=_worker_start, initargs=(os.getpid(),))

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def submit(self, fn: Callable[..., T], *args: object) -> Future[T] | None:
        if self._pool is None:
            return None
        try:
            return self._pool.submit(fn, *args)
        except Exception as exc:  # noqa: BLE001 - a broken pool: work here from now on
            self._broken(exc)
            return None

    def result(self, future: Future[T] | None, fn: Callable[..., T], *args: object) -> T:
        """The worker's answer to `future`, else `fn(*args)` computed here."""
        if future is not None:
            try:
                return future.result()
            except Exception as exc:  # noqa: BLE001 - the worker died or could not send: work here
                self._broken(exc)
        return fn(*args)

    def _broken(self, exc: Exception) -> None:
        if self._pool is not None:
            log.warning("parsing worker failed (%s: %s); parsing in the main process", type(exc).__name__, exc)
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


def _worker_start(parent: int) -> None:
    """In the worker: leave SIGINT and SIGTERM to the main process, and die with it.

    A forked worker holds its own copy of the job queue's write end, so it never sees
    the queue close: without PR_SET_PDEATHSIG (prctl(2), Linux) a main process killed
    mid-pass would leave it waiting for ever.
    """
    signal.pthread_sigmask(signal.SIG_BLOCK, (signal.SIGINT, signal.SIGTERM))
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux
        pass
    if os.getppid() != parent:  # the main process died before prctl took effect
        os._exit(0)


_PR_SET_PDEATHSIG = 1


def _test_headers(blocks: Sequence[bytes]) -> list[bool]:
    """is_candidate over a batch of header blocks: one job for the worker."""
    return [is_candidate(b) for b in blocks]


def _parsed(raws: Sequence[RawMessage], outcomes: Outcomes) -> Parsed:
    return [(raw.ref, note, failure) for raw, (note, failure) in zip(raws, outcomes, strict=True)]


def _label(m: StoredMessage) -> str:
    return f"{m.kind.value} {m.date.date().isoformat() if m.date else ''}".strip()


def _why(state: PersonState) -> str:
    verdict = state.verdict.value if state.verdict else "not judged yet"
    reason = state.reasons[0].text if state.reasons else ""
    return f"person is {verdict}: {reason}" if reason else f"person is {verdict}"
