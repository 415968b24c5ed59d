"""A pass of several batches parses in a worker process: the outcome is the same as parsing in-process.

Maildir stands in for IMAP (same Mailbox contract); batch_size is small so that a corpus
of a few hundred mails makes many batches and the worker runs a batch ahead.
"""
from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import mailbot.parse as parse_mod
import mailbot.pipeline as pipeline_mod
from mailbot import signals
from mailbot.mailbox.maildir import MaildirMailbox
from mailbot.model import Disposition
from mailbot.parse import ParseError, message_id_of
from mailbot.pipeline import Pipeline, Settings
from mailbot.store import Store

TESTS = Path(__file__).resolve().parents[1]
FOLDERS = {d: f"LinkedIn/{d.value.capitalize()}" for d in Disposition}
SIGNALS = signals.build()
_real_parse = parse_mod.parse_message


UNREADABLE = [
    (b"From: Jane Roe via LinkedIn <invitations@linkedin.com>\r\nSubject: I want to connect\r\n"
     b"Message-ID: <unreadable-" + str(i).encode() + b"@x>\r\n\r\nHi\r\n")
    for i in range(3)
]


def _mails() -> list[bytes]:
    corpus = sorted((TESTS / "corpus" / "dev").rglob("*.eml"))[:120]
    odd = sorted((TESTS / "data" / "eml" / "malformed").glob("*.eml"))
    mails = [p.read_bytes() for p in corpus + odd]
    return mails[:50] + UNREADABLE[:1] + mails[50:100] + UNREADABLE[1:] + mails[100:]


def _parse_or_fail(raw, authserv_ids):  # type: ignore[no-untyped-def]
    """parse_message, except that the UNREADABLE mails raise (in the worker too: it is forked after the patch)."""
    if b"<unreadable-" in raw.data:
        raise ParseError("cannot be understood (test)")
    return _real_parse(raw, authserv_ids)


def _run(tmp: Path, batch_size: int, stop_after: int | None = None) -> tuple[Store, MaildirMailbox]:
    box = MaildirMailbox(tmp / "mail")
    for data in _mails():
        box.append("INBOX", data)
    store = Store.open(tmp / "state.db")
    judged = [0]

    def should_stop() -> bool:
        judged[0] += 1
        return stop_after is not None and judged[0] >= stop_after

    settings = Settings("INBOX", FOLDERS, ("mx.example.net",), batch_size=batch_size)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parse_mod, "parse_message", _parse_or_fail)
        Pipeline(box, store, settings, SIGNALS, should_stop=should_stop).poll_once()
    return store, box


def _state(store: Store) -> dict[str, tuple[str, str, tuple[str, ...]]]:
    out = {}
    for mid in sorted({message_id_of(d) for d in _mails()}):
        m = store.message(mid)
        if m is not None:
            out[mid] = (m.folder, m.disposition, tuple(r.code for r in m.reasons))
    return out


def _failures(store: Store) -> list[tuple[int, str]]:
    return sorted((uid, reason) for uid, reason in store.db.execute("SELECT uid, reason FROM failures"))


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, list]:
    store, _ = _run(tmp_path_factory.mktemp("ref"), batch_size=10_000)
    return _state(store), _failures(store)


def test_worker_gives_the_same_filing(tmp_path: Path, reference: tuple[dict, list], caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="mailbot"):
        store, _ = _run(tmp_path, batch_size=9)
    assert (_state(store), _failures(store)) == reference
    assert len(reference[1]) == len(UNREADABLE)
    unreadable = [r.getMessage() for r in caplog.records if "unreadable" in r.getMessage()]
    assert len(unreadable) == len(reference[1]) == len(set(unreadable)), "each failure logged once, with its uid"


def test_stop_mid_pass_then_resume(tmp_path: Path, reference: tuple[dict, list]) -> None:
    store, box = _run(tmp_path, batch_size=9, stop_after=25)
    cursor = store.cursor("INBOX")
    assert cursor is not None and 1 < cursor.uidnext < 120, "stopped part way, cursor after the last judged mail"
    settings = Settings("INBOX", FOLDERS, ("mx.example.net",), batch_size=9)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parse_mod, "parse_message", _parse_or_fail)
        Pipeline(box, store, settings, SIGNALS).poll_once()
    assert (_state(store), _failures(store)) == reference


def test_a_dead_worker_falls_back_to_parsing_here(tmp_path: Path, reference: tuple[dict, list],
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(pipeline_mod, "parse_batch", _die_in_worker)
    with caplog.at_level(logging.WARNING, logger="mailbot"):
        store, _ = _run(tmp_path, batch_size=9)
    assert (_state(store), _failures(store)) == reference
    assert any("parsing worker failed" in r.getMessage() for r in caplog.records)


_PARENT = os.getpid()


def _die_in_worker(raws, authserv_ids):  # type: ignore[no-untyped-def]
    if os.getpid() != _PARENT:
        os._exit(3)
    from mailbot.parse import parse_batch
    return parse_batch(raws, authserv_ids)


def test_the_worker_dies_with_the_main_process() -> None:
    """A main process killed mid-pass (SIGKILL, or SIGTERM to `mailbot once`) leaves no worker behind."""
    script = (
        "import time\n"
        "from mailbot.pipeline import _Worker, _test_headers\n"
        "w = _Worker()\n"
        "w.submit(_test_headers, [b'From: a@example.org\\r\\n\\r\\n']).result()\n"
        "print(*w._pool._processes, flush=True)\n"
        "time.sleep(60)\n"
    )
    for signum in (signal.SIGKILL, signal.SIGTERM):
        main = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
        assert main.stdout is not None
        worker = int(main.stdout.readline())
        main.send_signal(signum)
        main.wait(timeout=10)
        deadline = time.monotonic() + 5
        while _alive(worker) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(worker)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"
