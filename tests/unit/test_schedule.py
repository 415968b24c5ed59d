"""Exactly one summary per local date: DST spring and autumn, restarts, crashes, clock jumps."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from mailbot import schedule
from mailbot.schedule import Record, due, for_day, scheduled_at

BERLIN = ZoneInfo("Europe/Berlin")
UTC = timezone.utc
AT = time(2, 30)
GRACE = timedelta(hours=12)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_spring_gap_time_maps_to_one_instant_after_the_gap() -> None:
    # 2026-03-29 02:30 does not exist in Berlin: clocks jump from 02:00 CET to 03:00 CEST.
    assert scheduled_at(date(2026, 3, 29), AT, BERLIN) == utc(2026, 3, 29, 1, 30)  # 03:30 CEST
    assert scheduled_at(date(2026, 3, 28), AT, BERLIN) == utc(2026, 3, 28, 1, 30)  # 02:30 CET
    assert scheduled_at(date(2026, 3, 30), AT, BERLIN) == utc(2026, 3, 30, 0, 30)  # 02:30 CEST


def test_autumn_repeated_time_means_its_first_occurrence() -> None:
    # 2026-10-25 02:30 happens twice in Berlin (CEST, then CET): the first one counts.
    assert scheduled_at(date(2026, 10, 25), AT, BERLIN) == utc(2026, 10, 25, 0, 30)


def _simulate(start: datetime, end: datetime, step: timedelta, at: time = AT, tz=BERLIN,
              records: dict | None = None) -> list[tuple[date, datetime]]:
    """Ask `due` at every step, as the daemon's checks do; a "send" is recorded at once."""
    records = {} if records is None else records
    sent = []
    now = start
    while now <= end:
        decision = due(now, at, tz, GRACE, records)
        if decision.action == "send":
            assert decision.day is not None
            records[decision.day] = Record(decision.day, "sent", f"<summary-{decision.day}@x>", now)
            sent.append((decision.day, now))
        now += step
    return sent


@pytest.mark.parametrize("start, days", [
    (utc(2026, 3, 27, 14), [date(2026, 3, 28), date(2026, 3, 29), date(2026, 3, 30), date(2026, 3, 31)]),
    (utc(2026, 10, 23, 14), [date(2026, 10, 24), date(2026, 10, 25), date(2026, 10, 26), date(2026, 10, 27)]),
])
def test_one_summary_per_date_across_dst_minute_by_minute(start: datetime, days: list[date]) -> None:
    sent = _simulate(start, start + timedelta(days=4), timedelta(minutes=1))
    assert [d for d, _ in sent] == days
    for day, when in sent:
        assert when == scheduled_at(day, AT, BERLIN)


def test_apscheduler_cron_fires_twice_in_autumn_but_the_state_sends_once() -> None:
    """APScheduler 3 fires 02:30 twice on 2026-10-25 in Berlin: the store's record absorbs the second."""
    from apscheduler.triggers.cron import CronTrigger

    trigger = CronTrigger(hour=2, minute=30, timezone=BERLIN)
    fires, previous, now = [], None, datetime(2026, 10, 24, 12, tzinfo=BERLIN)
    for _ in range(6):
        nxt = trigger.get_next_fire_time(previous, now)
        fires.append(nxt)
        previous, now = nxt, nxt + timedelta(seconds=1)
    records: dict = {}
    sent = []
    for fire in fires:
        decision = due(fire.astimezone(UTC), AT, BERLIN, GRACE, records)
        if decision.action == "send":
            records[decision.day] = Record(decision.day, "sent", "<m>", fire)
            sent.append(decision.day)
    assert sent.count(date(2026, 10, 25)) == 1
    assert len(sent) == len(set(sent))


def test_restart_within_grace_sends_once_and_after_grace_not_at_all() -> None:
    records: dict = {}
    late = scheduled_at(date(2026, 11, 27), time(7, 30), BERLIN) + timedelta(hours=3)
    d = due(late, time(7, 30), BERLIN, GRACE, records)
    assert (d.action, d.day) == ("send", date(2026, 11, 27))
    records[d.day] = Record(d.day, "sent", "<m>", late)
    # restarted again a minute later: already sent
    assert due(late + timedelta(minutes=1), time(7, 30), BERLIN, GRACE, records).action == "none"
    too_late = scheduled_at(date(2026, 11, 28), time(7, 30), BERLIN) + GRACE + timedelta(minutes=1)
    assert due(too_late, time(7, 30), BERLIN, GRACE, records).action == "none"


def test_late_evening_time_is_still_due_after_midnight_within_grace() -> None:
    at = time(23, 0)
    now = datetime(2026, 11, 28, 2, 0, tzinfo=BERLIN)
    d = due(now.astimezone(UTC), at, BERLIN, GRACE, {})
    assert (d.action, d.day) == ("send", date(2026, 11, 27))


def test_clock_set_back_after_sending_sends_nothing() -> None:
    records: dict = {}
    sent = _simulate(utc(2026, 11, 26, 23), utc(2026, 11, 27, 10), timedelta(minutes=5), at=time(7, 30),
                     records=records)
    assert [d for d, _ in sent] == [date(2026, 11, 27)]
    # the clock jumps back two hours, then runs forward again over the scheduled time
    again = _simulate(utc(2026, 11, 27, 5), utc(2026, 11, 27, 10), timedelta(minutes=5), at=time(7, 30),
                      records=records)
    assert again == []


def test_clock_set_back_a_day_never_sends_for_an_older_date() -> None:
    records = {date(2026, 11, 27): Record(date(2026, 11, 27), "sent", "<m>", utc(2026, 11, 27, 6, 30))}
    d = due(utc(2026, 11, 26, 8), time(7, 30), BERLIN, GRACE, records)
    assert d.action == "none" and "later date" in d.why


def test_clock_jumps_forward_two_days_sends_only_the_newest_date() -> None:
    records = {date(2026, 11, 25): Record(date(2026, 11, 25), "sent", "<m>", utc(2026, 11, 25, 6, 30))}
    sent = _simulate(utc(2026, 11, 27, 9), utc(2026, 11, 27, 12), timedelta(minutes=1), at=time(7, 30),
                     records=records)
    assert [d for d, _ in sent] == [date(2026, 11, 27)]


def test_sending_record_waits_then_asks_for_verification() -> None:
    day = date(2026, 11, 27)
    claimed = utc(2026, 11, 27, 6, 30)
    records = {day: Record(day, "sending", "<summary-2026-11-27@mailbot.example.net>", claimed)}
    assert for_day(day, records, claimed + timedelta(minutes=2)).action == "wait"
    d = for_day(day, records, claimed + schedule.STALE_AFTER)
    assert d.action == "verify" and "<summary-2026-11-27@mailbot.example.net>" in d.why
    # a clock set back far before the claim does not make it look fresh forever
    assert for_day(day, records, claimed - timedelta(hours=3)).action == "verify"


def test_next_due_crosses_dst() -> None:
    assert schedule.next_due(utc(2026, 3, 28, 12), AT, BERLIN) == utc(2026, 3, 29, 1, 30)
    assert schedule.next_due(utc(2026, 10, 24, 12), AT, BERLIN) == utc(2026, 10, 25, 0, 30)
