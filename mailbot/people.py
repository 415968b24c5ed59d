"""Roll a person's acts up into one verdict and one recommendation.

Pure. A person's verdict is the worst of what they did (taxonomy: "one ugly act
makes the person ugly"); the recommendation depends on whether their invitation is
still pending or they are a connection.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .judge import INVITES, S_ACCEPTED, S_CONNECTED, S_ENDORSED, S_PITCH, S_VALUE
from .model import Disposition, Kind, PersonEvent, Reason, Recommendation, Verdict


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


def rollup(events: Sequence[PersonEvent], override: Verdict | None = None) -> PersonState:
    """The person's standing from their acts, oldest first; `override` is the user's own correction."""
    judged = [e for e in events if e.verdict is not None]
    verdict = max((e.verdict for e in judged if e.verdict), key=lambda v: v.severity, default=None)
    reasons: list[Reason] = []
    for event in judged:
        if event.verdict is verdict:
            reasons += [r for r in event.reasons if r not in reasons]
    if override is not None and override is not verdict:
        verdict = override
        reasons = [Reason("corrected", f"you filed their mail as {override.value}")] + reasons

    pending, connected = _standing(events)
    recommendation = None
    if pending and verdict is not None:
        recommendation = Recommendation.ACCEPT if verdict is Verdict.GOOD else Recommendation.IGNORE
        earlier_bad = [e for e in events[:-1] if e.verdict in (Verdict.BAD, Verdict.UGLY)]
        latest = events[-1] if events else None
        if earlier_bad and latest is not None and latest.kind in INVITES and latest.verdict is Verdict.GOOD:
            worst = max((e.verdict for e in earlier_bad if e.verdict), key=lambda v: v.severity)
            reasons.insert(0, Reason("known", f"already known as {worst.value} from earlier mail; invites again"))
    elif verdict is Verdict.UGLY:
        recommendation = Recommendation.REMOVE
    elif verdict is Verdict.BAD and connected:
        pitches = sum(1 for e in events if S_PITCH in e.signals)
        valued = any(S_VALUE in e.signals or e.verdict is Verdict.GOOD for e in events)
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
