"""SummaryService: exactly once per date across a crash after sending, a restart, failures and --force."""
from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from email.message import EmailMessage
from pathlib import Path

import pytest

from mailbot.config import Config, MaildirConfig, SmtpConfig, StateConfig, SummaryConfig
from mailbot.outbox import SendFailed, SendUncertain, SummaryService, message_id_for
from mailbot.schedule import STALE_AFTER
from mailbot.store import Store
from smtp import sample_state

AT = datetime(2026, 11, 27, 6, 30, tzinfo=timezone.utc)  # 07:30 in Berlin
MID = "<summary-2026-11-27@mailbot.example.net>"


class Crash(BaseException):
    """The process dies (SIGKILL, power loss) at this point."""


class FakeOutbox:
    """Records what the "server" accepted; `plan` scripts each attempt's fate."""

    def __init__(self, find_is_proof: bool) -> None:
        self.find_is_proof = find_is_proof
        self.delivered: list[EmailMessage] = []
        self.plan: list[object] = []

    def send_once(self, msg: EmailMessage) -> None:
        step = self.plan.pop(0) if self.plan else "ok"
        if step == "accepted-then-link-broke":
            self.delivered.append(msg)
            raise SendUncertain("connection reset after the end of DATA")
        if step == "link-broke-before-accept":
            raise SendUncertain("connection reset after the end of DATA")
        if isinstance(step, BaseException):
            raise step
        self.delivered.append(msg)

    def find(self, message_id: str) -> bool | None:
        if not self.find_is_proof:
            return None
        return any(m["Message-ID"] == message_id for m in self.delivered)


def _config(tmp_path: Path, **summary) -> Config:
    return Config(path=tmp_path / "config.toml", state=StateConfig(tmp_path / "state.db"),
                  maildir=MaildirConfig(tmp_path / "mail"),
                  smtp=SmtpConfig(host="127.0.0.1", from_addr="mailbot@example.net", to=("alex@example.net",),
                                  port=2525, security="none"),
                  summary=SummaryConfig(time=time(7, 30), timezone="Europe/Berlin", **summary))


@pytest.fixture
def config(tmp_path: Path) -> Config:
    cfg = _config(tmp_path)
    store = Store.open(cfg.state.path)
    sample_state(store, AT - timedelta(hours=1))
    store.close()
    return cfg


def _service(config: Config, outbox: FakeOutbox, hint=None, sleeps: list | None = None) -> SummaryService:
    return SummaryService(config, outbox, domain="example.net", hint=hint,
                          sleep=(sleeps.append if sleeps is not None else lambda s: None))


def _rows(config: Config) -> list[dict]:
    store = Store.open(config.state.path)
    try:
        return [dict(r) for r in store.summary_records()]
    finally:
        store.close()


def test_message_id_is_derived_from_the_date() -> None:
    assert message_id_for(datetime(2026, 11, 27).date(), "example.net") == MID
    assert message_id_for(datetime(2026, 11, 27).date(), "example.net", 2) == \
        "<summary-2026-11-27.r2@mailbot.example.net>"


def test_send_twice_the_same_day_delivers_once(config: Config) -> None:
    outbox = FakeOutbox(find_is_proof=False)
    first = _service(config, outbox).run(AT + timedelta(hours=2), mode="today")
    second = _service(config, outbox).run(AT + timedelta(hours=3), mode="today")
    assert (first.status, second.status) == ("sent", "already")
    assert "already sent" in second.detail
    assert len(outbox.delivered) == 1 and outbox.delivered[0]["Message-ID"] == MID
    assert _rows(config)[0]["state"] == "sent"


def test_due_check_sends_at_the_time_and_never_again(config: Config) -> None:
    outbox = FakeOutbox(find_is_proof=False)
    service = _service(config, outbox)
    assert service.run(AT - timedelta(minutes=1)).status == "not_due"
    statuses = [service.run(AT + timedelta(minutes=m)).status for m in range(0, 600, 10)]
    assert statuses.count("sent") == 1 and len(outbox.delivered) == 1


def test_crash_after_the_server_accepted_is_not_resent_over_smtp(config: Config, monkeypatch) -> None:
    """Sent, then the process died before recording it: a restart must not send a second copy."""
    outbox = FakeOutbox(find_is_proof=False)
    original = Store.summary_sent

    def die(self, day, mid, sent_at, note=None):
        raise Crash()

    monkeypatch.setattr(Store, "summary_sent", die)
    with pytest.raises(Crash):
        _service(config, outbox).run(AT)
    monkeypatch.setattr(Store, "summary_sent", original)
    assert len(outbox.delivered) == 1 and _rows(config)[0]["state"] == "sending"

    # restart a minute later: the claim is fresh, maybe still in progress elsewhere
    assert _service(config, outbox).run(AT + timedelta(minutes=1)).status == "waiting"
    # later: verified; SMTP cannot tell, the mailbox hint finds nothing -> closed, not resent
    later = _service(config, outbox, hint=lambda mid: False).run(AT + STALE_AFTER + timedelta(minutes=1))
    assert later.status == "uncertain" and len(outbox.delivered) == 1
    row = _rows(config)[0]
    assert row["state"] == "sent" and row["sent_at"] is None and "--force" in row["note"]
    assert _service(config, outbox).run(AT + timedelta(hours=2)).status == "already"
    assert len(outbox.delivered) == 1


def test_crash_after_sending_found_in_the_mailbox_is_marked_sent(config: Config, monkeypatch) -> None:
    outbox = FakeOutbox(find_is_proof=False)
    outbox.plan = ["accepted-then-link-broke"]
    first = _service(config, outbox).run(AT)
    assert first.status == "uncertain" and _rows(config)[0]["state"] == "sending"
    seen = []
    hint = lambda mid: seen.append(mid) or True  # noqa: E731
    again = _service(config, outbox, hint=hint).run(AT + STALE_AFTER + timedelta(minutes=5))
    assert again.status == "already" and seen == [MID]
    assert len(outbox.delivered) == 1 and _rows(config)[0]["sent_at"] is not None


def test_imap_delivery_resends_only_when_the_folder_lacks_it(config: Config) -> None:
    outbox = FakeOutbox(find_is_proof=True)
    outbox.plan = ["link-broke-before-accept"]
    assert _service(config, outbox).run(AT).status == "uncertain"
    assert outbox.delivered == []
    again = _service(config, outbox).run(AT + STALE_AFTER + timedelta(minutes=1))
    assert again.status == "sent" and [m["Message-ID"] for m in outbox.delivered] == [MID]

    other = FakeOutbox(find_is_proof=True)
    cfg2 = _config(config.path.parent / "b")
    Store.open(cfg2.state.path).close()
    other.plan = ["accepted-then-link-broke"]
    s2 = SummaryService(cfg2, other, domain="example.net", sleep=lambda s: None)
    cfg2_store = Store.open(cfg2.state.path)
    sample_state(cfg2_store, AT - timedelta(hours=1))
    cfg2_store.close()
    assert s2.run(AT).status == "uncertain"
    assert s2.run(AT + STALE_AFTER + timedelta(minutes=1)).status == "already"
    assert len(other.delivered) == 1


def test_transient_failures_are_retried_with_capped_backoff(config: Config) -> None:
    outbox = FakeOutbox(find_is_proof=False)
    outbox.plan = [SendFailed("451 try later", transient=True), SendFailed("timeout", transient=True)]
    sleeps: list[float] = []
    outcome = _service(config, outbox, sleeps=sleeps).run(AT)
    assert outcome.status == "sent" and len(outbox.delivered) == 1
    assert len(sleeps) == 2 and all(2 <= s <= 60 for s in sleeps) and sleeps[1] >= sleeps[0]


def test_a_failed_send_is_released_and_a_later_pass_sends_it(config: Config) -> None:
    outbox = FakeOutbox(find_is_proof=False)
    outbox.plan = [SendFailed("down", transient=True)] * 4
    first = _service(config, outbox).run(AT)
    assert first.status == "failed" and _rows(config) == []
    second = _service(config, outbox).run(AT + timedelta(minutes=10))
    assert second.status == "sent" and len(outbox.delivered) == 1


def test_permanent_failure_is_not_retried_at_once(config: Config) -> None:
    outbox = FakeOutbox(find_is_proof=False)
    outbox.plan = [SendFailed("550 no such user", transient=False), "ok"]
    sleeps: list[float] = []
    assert _service(config, outbox, sleeps=sleeps).run(AT).status == "failed"
    assert sleeps == [] and outbox.delivered == []


def test_force_sends_again_with_a_new_message_id(config: Config) -> None:
    outbox = FakeOutbox(find_is_proof=False)
    _service(config, outbox).run(AT, mode="today")
    forced = _service(config, outbox).run(AT + timedelta(minutes=30), mode="force")
    again = _service(config, outbox).run(AT + timedelta(minutes=40), mode="force")
    assert forced.status == again.status == "sent"
    assert [m["Message-ID"] for m in outbox.delivered] == [
        MID, "<summary-2026-11-27.r1@mailbot.example.net>", "<summary-2026-11-27.r2@mailbot.example.net>"]
    # the forced copy has the day's content, not "nothing since the first send"
    assert "Derek Walsh" in outbox.delivered[1].get_body(("plain",)).get_content()


def test_empty_day_is_skipped_or_sent_as_configured(tmp_path: Path) -> None:
    skip = _config(tmp_path / "skip")
    outbox = FakeOutbox(find_is_proof=False)
    outcome = _service(skip, outbox).run(AT)
    assert outcome.status == "skipped" and outbox.delivered == []
    assert "skip_when_empty" in outcome.detail
    assert _service(skip, outbox).run(AT + timedelta(hours=1)).status == "already"

    send = _config(tmp_path / "send", skip_when_empty=False)
    assert _service(send, outbox).run(AT).status == "sent"
    assert "nothing to decide" in outbox.delivered[0]["Subject"]


def test_the_next_summary_covers_only_what_is_new(config: Config) -> None:
    outbox = FakeOutbox(find_is_proof=False)
    _service(config, outbox).run(AT)
    _service(config, outbox).run(AT + timedelta(days=1))  # nothing new: skipped
    assert len(outbox.delivered) == 1


def test_daemon_schedules_the_summary_in_its_zone_and_checks_at_start(tmp_path: Path) -> None:
    import threading

    from mailbot.daemon import Daemon

    cfg = _config(tmp_path)
    ran = threading.Event()

    class Service:
        def run(self, now=None, mode="due"):
            ran.set()
            from mailbot.outbox import Outcome
            return Outcome("not_due", None, "", "no summary due yet")

    daemon = Daemon(cfg, lambda c: None, lambda *a, **k: None, summary_service=Service())
    scheduler = daemon._start_summary_jobs()
    try:
        assert ran.wait(5), "the start-up check did not run"
        cron = scheduler.get_job("summary")
        assert cron.misfire_grace_time == cfg.summary.grace and cron.coalesce
        assert str(cron.trigger.timezone) == "Europe/Berlin"
        assert "hour='7'" in str(cron.trigger) and "minute='30'" in str(cron.trigger)
        assert scheduler.get_job("summary-check") is not None
    finally:
        scheduler.shutdown(wait=True)
