"""When a daily summary is due: pure decisions over (now, time, zone, grace, what the store says).

The truth "a summary went out for this local date" lives in the store's `summaries`
table, never in the scheduler: APScheduler 3 has had DST bugs (#606, #1021, #1036)
and skips a late job after `misfire_grace_time`. The daemon therefore asks `due()`
at the cron time, at start and every few minutes; whatever wakes it, the answer for
one local date is "send" at most once, because the date is claimed in the store
(state 'sending') before anything is sent.

DST: the scheduled instant of a date is the local wall time interpreted with
`fold=0`. A time that does not exist that day (Europe/Berlin 2026-03-29 02:30, inside
the spring gap) maps to the instant one hour later on the clock (03:30 CEST, which
is 01:30 UTC); a time that happens twice (2026-10-25 02:30) means its first
occurrence (02:30 CEST, 00:30 UTC). Either way each date has exactly one instant.

Clock jumps: a date earlier than the newest date already recorded is never due, so a
clock set back cannot produce a summary for a date the user has moved past, and a
record of the same date blocks a second one whatever the clock says.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Literal

#: A 'sending' record younger than this may belong to a send still in progress (another
#: process, or a slow server); older ones are treated as interrupted and verified.
STALE_AFTER = timedelta(minutes=10)

Action = Literal["send", "verify", "wait", "none"]


@dataclass(frozen=True)
class Record:
    """One row of the `summaries` table, as the decisions need it."""

    day: date
    state: Literal["sending", "sent"]
    message_id: str
    created_at: datetime


@dataclass(frozen=True)
class Decision:
    """What to do now: send `day`'s summary, verify an interrupted send, wait, or nothing."""

    action: Action
    day: date | None
    why: str


def scheduled_at(day: date, at: time, tz: tzinfo) -> datetime:
    """The one UTC instant at which `day`'s summary is due (see the module docstring for DST)."""
    local = datetime.combine(day, at.replace(tzinfo=None, fold=0)).replace(tzinfo=tz)
    return local.astimezone(timezone.utc)


def local_day(now: datetime, tz: tzinfo) -> date:
    return now.astimezone(tz).date()


def for_day(day: date, records: Mapping[date, Record], now: datetime, *, newest_wins: bool = True) -> Decision:
    """The decision for one given date, ignoring the time of day (used by `summary --send`)."""
    rec = records.get(day)
    if rec is None:
        newer = [d for d in records if d > day]
        if newest_wins and newer:
            return Decision("none", day, f"a summary for the later date {max(newer)} is already recorded "
                                         f"(the clock may have been set back)")
        return Decision("send", day, f"no summary recorded for {day}")
    if rec.state == "sent":
        return Decision("none", day, f"the summary for {day} was already sent ({rec.message_id})")
    age = abs(now - rec.created_at)
    if age < STALE_AFTER:
        return Decision("wait", day, f"the summary for {day} is being sent (claimed {int(age.total_seconds())} s ago)")
    return Decision("verify", day, f"sending the summary for {day} was interrupted; look for {rec.message_id} "
                                   f"before sending again")


def due(now: datetime, at: time, tz: tzinfo, grace: timedelta, records: Mapping[date, Record]) -> Decision:
    """Whether a summary is due at `now`, and for which local date.

    A date is due from its scheduled instant until `grace` after it. Among due dates
    only the newest counts: a newer date supersedes an older one that was missed (its
    content would be the same, "everything since the last summary").
    """
    today = local_day(now, tz)
    span = int(grace / timedelta(days=1)) + 2
    for back in range(span):
        day = today - timedelta(days=back)
        when = scheduled_at(day, at, tz)
        if when > now:
            continue
        if now - when > grace:
            return Decision("none", None, f"the summary for {day} was due at {when:%Y-%m-%d %H:%M} UTC, "
                                          f"more than the grace of {grace} ago")
        return for_day(day, records, now)
    return Decision("none", None, "no summary due yet")


def next_due(now: datetime, at: time, tz: tzinfo) -> datetime:
    """The next scheduled instant after `now` (for logs and status)."""
    day = local_day(now, tz) - timedelta(days=1)
    while True:
        when = scheduled_at(day, at, tz)
        if when > now:
            return when
        day += timedelta(days=1)
