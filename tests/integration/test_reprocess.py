"""`mailbot reprocess`: re-judges filed mail; a dry run writes nothing, a real run moves what changed."""
from __future__ import annotations

import hashlib

import pytest
from mailtools import filed, fixtures, locations, snapshot, write_config

from mailbot.cli import main

pytestmark = pytest.mark.dovecot

# A user who decides that "peer circles" are sales: the CFO circle's people become bad.
STRICTER = """
[judge.phrases.sales]
en = ['peer circle', 'fellow controller']
"""


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_dry_run_writes_nothing_then_reprocess_moves_what_changed(imap_account, raw_imap, tmp_path, capsys) -> None:
    items = fixtures()
    client = raw_imap(imap_account)
    config = filed(imap_account, client, tmp_path, [f.data for f in items])
    first = snapshot(client)
    write_config(tmp_path / "config.toml", imap_account, extra=STRICTER)
    capsys.readouterr()

    state = tmp_path / "state.db"
    main(["--config", str(config), "status"])  # settle WAL into the main file before hashing
    before = _digest(state)
    assert main(["--config", str(config), "reprocess", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would move" in out and "(dry run: nothing written)" in out
    assert snapshot(client) == first
    assert _digest(state) == before

    assert main(["--config", str(config), "reprocess"]) == 0
    out = capsys.readouterr().out
    moved = [line for line in out.splitlines() if line.startswith("moved: ")]
    assert moved
    where = locations(snapshot(client))
    assert all(len(places) == 1 for places in where.values())
    assert sum(len(v) for v in snapshot(client).values()) == len(items)
    changed = [f for f in items if where[f.message_id] != [f.folder]]
    assert changed and all(where[f.message_id][0] in ("LinkedIn/Bad", "LinkedIn/Ugly") for f in changed)

    assert main(["--config", str(config), "reprocess"]) == 0
    assert "0 message(s) moved" in capsys.readouterr().out


def test_reprocess_only_moves_mail_in_the_named_folder(imap_account, raw_imap, tmp_path, capsys) -> None:
    items = fixtures()
    config = filed(imap_account, raw_imap(imap_account), tmp_path, [f.data for f in items])
    write_config(tmp_path / "config.toml", imap_account, extra=STRICTER)
    capsys.readouterr()
    assert main(["--config", str(config), "reprocess", "--dry-run"]) == 0
    everywhere = [line for line in capsys.readouterr().out.splitlines() if line.startswith("would move")]
    assert main(["--config", str(config), "reprocess", "--dry-run", "--folder", "LinkedIn/Good"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("would move")]
    assert lines and all(": LinkedIn/Good -> " in line for line in lines)
    assert len(lines) < len(everywhere)
