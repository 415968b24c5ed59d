"""Roll a person's acts up into one verdict and one recommendation.

Pure. A person's verdict is the worst of what they did (taxonomy: "one ugly act
makes the person ugly"); the recommendation depends on whether their invitation is
still pending or they are a connection.
"""
from __future__ import annotations

from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from .judge import (INVITES, S_ACCEPTED, S_CONFLICT, S_CONNECTED, S_ENDORSED, S_PITCH, S_UNREAD, S_VALUE, Me, event_of,
                    judge, sort_key)
from .model import (Authenticity, Disposition, Judgement, Kind, Notification, Person, PersonEvent, PersonHistory,
                    Reason, Recommendation, Verdict)
from .learn import Learned
from .parse import person_key
from .signals import SignalSet

AMBIGUOUS = ""


@dataclass(frozen=True)
class PersonState:
    verdict: Verdict | None
    recommendation: Recommendation | None
    reasons: tuple[Reason, ...]
    pending: bool
    connected: bool

    @property
    def disposition(self) -> Disposition:
        """Where all of this person's mail belongs: their verdict's folder, else Other."""
        return Disposition.of(self.verdict) if self.verdict else Disposition.OTHER


def rollup(events: Sequence[PersonEvent], override: Verdict | None = None,
           override_at: datetime | None = None) -> PersonState:
    """The person's standing from their acts, oldest first.

    `override` is the user's own verdict (they moved the person's mail); it holds until
    mail dated after `override_at` is worse than it.
    """
    judged = [e for e in events if e.verdict is not None]
    verdict = max((e.verdict for e in judged if e.verdict), key=lambda v: v.severity, default=None)
    reasons: list[Reason] = []
    for event in judged:
        if event.verdict is verdict:
            reasons += [r for r in event.reasons if r not in reasons]
    if override is not None and override_at is not None:
        later = [e.verdict for e in judged if e.date and e.date > override_at and e.verdict]
        if any(v.severity > override.severity for v in later):
            override = None
    if override is not None and override is not verdict:
        verdict = override
        reasons = [Reason("corrected", f"you filed their mail as {override.value}")] + reasons

    pending, connected = _standing(events)
    recommendation = None
    bad_acts = [e for e in judged if e.verdict is Verdict.BAD]
    unsure = (verdict is Verdict.BAD and override is None and bool(bad_acts)
              and all(S_CONFLICT in e.signals for e in bad_acts))
    unread = (verdict is Verdict.GOOD and override is None and bool(judged)
              and all(S_UNREAD in e.signals for e in judged if e.verdict is Verdict.GOOD))
    if pending and unsure:
        recommendation = Recommendation.REVIEW
        reasons.insert(0, Reason("review", "mixed signals: it offers something of value and also pitches"))
    elif pending and unread:
        recommendation = Recommendation.REVIEW
        reasons.insert(0, Reason("review", "their note is in a language mailbot does not read"))
    elif pending and verdict is not None:
        recommendation = Recommendation.ACCEPT if verdict is Verdict.GOOD else Recommendation.IGNORE
        earlier_bad = [e for e in events[:-1] if e.verdict in (Verdict.BAD, Verdict.UGLY)]
        latest = events[-1] if events else None
        if earlier_bad and latest is not None and latest.kind in INVITES and latest.verdict is Verdict.GOOD:
            worst = max((e.verdict for e in earlier_bad if e.verdict), key=lambda v: v.severity)
            reasons.insert(0, Reason("known", f"already known as {worst.value} from earlier mail; invites again"))
    elif verdict is Verdict.UGLY and connected:
        recommendation = Recommendation.REMOVE
    elif verdict is Verdict.BAD and connected:
        pitches = sum(1 for e in events if S_PITCH in e.signals)
        valued = any(S_VALUE in e.signals and e.verdict is Verdict.GOOD for e in events)
        if pitches >= 2 and not valued:
            recommendation = Recommendation.REMOVE
            reasons.insert(0, Reason("only_pitches", f"pitched {pitches} times, nothing of value"))
    return PersonState(verdict, recommendation, tuple(reasons), pending, connected)


def _standing(events: Sequence[PersonEvent]) -> tuple[bool, bool]:
    """(their invitation is still pending, they are a connection)."""
    last_invite = max((i for i, e in enumerate(events) if e.kind in INVITES), default=-1)
    later = events[last_invite + 1:] if last_invite >= 0 else events
    connection_signs = {S_CONNECTED, S_ACCEPTED, S_ENDORSED}
    connected = any(e.signals & connection_signs or e.kind is Kind.MESSAGE for e in events)
    answered = any(e.signals & connection_signs or e.kind is Kind.MESSAGE for e in later)
    pending = last_invite >= 0 and not answered
    return pending, connected


class Identities:
    """Links one person across URL forms and senders (taxonomy: "link them by what stays the same").

    Keys tried in order: the vanity name; else name and headline; else the name alone,
    unless two people with different vanity names share it. `aliases` maps each alias to
    the person's first key; the store keeps it, replay keeps it in memory.
    """

    def __init__(self, aliases: MutableMapping[str, str]) -> None:
        self.aliases = aliases

    def resolve(self, person: Person) -> str:
        vanity = f"in:{person.vanity.lower()}" if person.vanity else ""
        with_headline = person_key(person.name, person.headline, "")
        name_only = person_key(person.name, "", "")
        key = self.aliases.get(vanity) if vanity else None
        named = self.aliases.get(name_only)
        if key is None and vanity:
            if named and not self._has_vanity(named):
                key = named
        elif key is None:
            key = self.aliases.get(with_headline) or named or None
        if key is None:
            key = person.key
        if named and named != key:
            self.aliases[name_only] = AMBIGUOUS
        for alias in (vanity, with_headline):
            if alias and alias not in self.aliases:
                self.aliases[alias] = key
        if named is None:
            self.aliases[name_only] = key
        return key

    def _has_vanity(self, key: str) -> bool:
        return key.startswith("in:") or any(a.startswith("in:") and k == key for a, k in self.aliases.items())


@dataclass(frozen=True)
class Replay:
    """Notifications judged from scratch in date order: per message its judgement and person key."""

    judgements: dict[str, Judgement]
    keys: dict[str, str]


def replay(notes: Sequence[Notification], signals: SignalSet, me: Me = Me(), learned: Learned = Learned()) -> Replay:
    """Judge `notes` oldest first, each with the history of the same person built in memory."""
    identities = Identities({})
    histories: dict[str, list[PersonEvent]] = {}
    judgements: dict[str, Judgement] = {}
    keys: dict[str, str] = {}
    for note in sorted(notes, key=sort_key):
        key = identities.resolve(note.person) if is_personal(note) and note.person else ""
        events = histories.setdefault(key, []) if key else []
        judgement = judge(note, PersonHistory(key, tuple(events)), signals, me, learned)
        judgements[note.message_id] = judgement
        if key:
            keys[note.message_id] = key
            events.append(event_of(note, judgement))
    return Replay(judgements, keys)


def is_personal(note: Notification) -> bool:
    """Mail that belongs to a person's record: not a spoof, not mail about nobody."""
    return note.person is not None and note.authenticity is not Authenticity.SUSPICIOUS and note.kind is not Kind.OTHER
