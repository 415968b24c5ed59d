"""`mailbot once` against a real Dovecot: files every fixture as labelled, loses nothing, changes no flag."""
from __future__ import annotations

import logging

import pytest
from mailtools import FOLDERS, filed, fixtures, locations, seed, snapshot, write_config

from mailbot.cli import main

pytestmark = pytest.mark.dovecot


def _flags(i: int) -> tuple[bytes, ...]:
    return ((b"\\Seen",), (b"\\Flagged",), (), (b"\\Seen", b"\\Answered"))[i % 4]


def test_once_files_every_fixture_and_touches_nothing_else(imap_account, raw_imap, tmp_path) -> None:
    items = fixtures()
    client = raw_imap(imap_account)
    seed(client, [f.data for f in items], _flags)
    before = snapshot(client)
    config = write_config(tmp_path / "config.toml", imap_account)

    assert main(["--config", str(config), "once"]) == 0

    after = snapshot(client)
    where = locations(after)
    misplaced = {f.name: (f.folder, where.get(f.message_id)) for f in items if where.get(f.message_id) != [f.folder]}
    assert misplaced == {}
    # Nothing lost or duplicated, and no flag changed on any message.
    flags_before = {m: fl for found in before.values() for m, fl in found.items()}
    flags_after = {m: fl for found in after.values() for m, fl in found.items()}
    assert flags_after == flags_before
    assert sum(len(found) for found in after.values()) == len(items)


def test_second_pass_moves_nothing(imap_account, raw_imap, tmp_path, caplog) -> None:
    items = fixtures()
    client = raw_imap(imap_account)
    config = filed(imap_account, client, tmp_path, [f.data for f in items])
    first = snapshot(client)
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="mailbot"):
        assert main(["--config", str(config), "once"]) == 0
    assert snapshot(client) == first
    assert not [r for r in caplog.records if r.getMessage().startswith("moving")]
    assert any("nothing new" in r.getMessage() for r in caplog.records)


def test_starttls_and_copy_uidplus_fallback_file_the_same(imap_account_no_move, raw_imap, tmp_path) -> None:
    items = fixtures()[:30]
    client = raw_imap(imap_account_no_move)
    seed(client, [f.data for f in items])
    config = write_config(tmp_path / "config.toml", imap_account_no_move, security="starttls")
    assert main(["--config", str(config), "once"]) == 0
    where = locations(snapshot(client))
    assert all(len(where[f.message_id]) == 1 for f in items)
    assert sum(1 for f in items if where[f.message_id] != ["INBOX"]) > 10


def test_server_without_move_or_uidplus_is_refused_with_one_line(imap_account_no_move_no_uidplus, raw_imap,
                                                                   tmp_path, capsys) -> None:
    items = [f for f in fixtures() if f.label["folder"] != "untouched"][:5]
    client = raw_imap(imap_account_no_move_no_uidplus)
    seed(client, [f.data for f in items])
    before = snapshot(client)
    config = write_config(tmp_path / "config.toml", imap_account_no_move_no_uidplus)
    assert main(["--config", str(config), "once"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "neither MOVE nor UIDPLUS" in err[0]
    assert locations(snapshot(client)) == locations(before)


def test_summary_json_after_once(imap_account, raw_imap, tmp_path, capsys) -> None:
    import json
    import tomllib

    from mailtools import DATA
    items = fixtures()
    config = filed(imap_account, raw_imap(imap_account), tmp_path, [f.data for f in items])
    capsys.readouterr()
    assert main(["--config", str(config), "summary", "--format", "json", "--all"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"generated_at", "people"}
    people = {p["name"]: p for p in data["people"]}
    expected = tomllib.loads((DATA / "expected.toml").read_text())["people"]
    wanted = {n: v["recommendation"] for n, v in expected.items() if v["recommendation"] != "none"}
    got = {n: people[n]["recommendation"] for n in wanted if n in people}
    assert got == wanted
    for person in data["people"]:
        assert person["recommendation"] in ("accept", "ignore", "remove")
        assert person["verdict"] in ("good", "bad", "ugly") and person["reasons"]
        for message in person["messages"]:
            assert set(message) >= {"message_id", "kind", "date", "folder"}
            assert message["folder"] in FOLDERS.values()
