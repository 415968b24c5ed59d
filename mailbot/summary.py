"""Recommendations as data: who needs a decision, with reasons and the mail behind them.

Pure over a store snapshot: `build` reads, never writes. The JSON shape is a public
contract (`mailbot summary --format json`); text and HTML rendering build on it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .model import Recommendation
from .store import Store, StoredMessage, StoredPerson

ORDER = {Recommendation.ACCEPT: 0, Recommendation.REMOVE: 1, Recommendation.IGNORE: 2}


@dataclass(frozen=True)
class PersonEntry:
    person: StoredPerson
    messages: tuple[StoredMessage, ...]


@dataclass(frozen=True)
class SummaryModel:
    generated_at: datetime
    since: datetime | None
    people: tuple[PersonEntry, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "generated_at": self.generated_at.isoformat(timespec="seconds"),
            "since": self.since.isoformat(timespec="seconds") if self.since else None,
            "people": [_person_json(e) for e in self.people],
        }


def build(store: Store, now: datetime, show_all: bool = False, since: datetime | None = None) -> SummaryModel:
    """Everyone with a recommendation; without `show_all`, only those changed since the last summary sent."""
    if not show_all and since is None:
        since = store.last_summary_sent()
    entries = []
    for person in store.people():
        if person.recommendation is None:
            continue
        if not show_all and since is not None and person.changed_at <= since:
            continue
        entries.append(PersonEntry(person, tuple(store.messages_of(person.key))))
    entries.sort(key=lambda e: (ORDER[e.person.recommendation] if e.person.recommendation else 9,
                                e.person.name.casefold()))
    return SummaryModel(now, None if show_all else since, tuple(entries))


def _person_json(entry: PersonEntry) -> dict[str, Any]:
    p = entry.person
    return {
        "name": p.name,
        "headline": p.headline,
        "profile_url": p.profile_url,
        "recommendation": p.recommendation.value if p.recommendation else None,
        "verdict": p.verdict.value if p.verdict else None,
        "reasons": [r.text for r in p.reasons],
        "reason_codes": [r.code for r in p.reasons],
        "messages": [
            {"message_id": m.message_id, "kind": m.kind.value,
             "date": m.date.isoformat() if m.date else None, "folder": m.folder,
             "subject": m.subject, "excerpt": m.text[:280],
             "links": {k: v for k, v in m.links.__dict__.items() if v}}
            for m in entry.messages
        ],
    }
