"""Learning from the user: mail moved between mailbot's folders refiles its person and teaches the judge."""
from __future__ import annotations

import json

import pytest
from mailtools import DATA, filed, locations, seed, snapshot

from mailbot.cli import main
from mailbot.parse import message_id_of

pytestmark = pytest.mark.dovecot

NOTE = DATA / "eml" / "invitation" / "2019_peer_question_en.eml"  # Gwendolyn Aske, a good peer question


def _lookalike(data: bytes) -> bytes:
    """The same kind of note from someone else, in slightly different words: mail mailbot never saw."""
    return (data.replace(b"Gwendolyn Aske", b"Harriet Vale").replace(b"Gwendolyn", b"Harriet")
            .replace(b"gwendolyn-aske", b"harriet-vale").replace(b"Pellham Medical", b"Orwell Foods")
            .replace(b"448064910.35492181", b"991122334.55667788").replace(b"fellow controller", b"fellow contr=\n"
                                                                        b"oller"))


def _people(config, capsys) -> dict[str, dict]:
    capsys.readouterr()
    assert main(["--config", str(config), "summary", "--format", "json", "--all"]) == 0
    return {p["name"]: p for p in json.loads(capsys.readouterr().out)["people"]}


def _move(client, message_id: str, src: str, dest: str) -> None:
    client.select_folder(src)
    uids = client.search(["HEADER", "Message-ID", message_id.strip("<>")])
    assert len(uids) == 1
    client.move(uids, dest)
    client.unselect_folder()


def test_moving_mail_refiles_the_person_and_changes_a_similar_unseen_notes_verdict(imap_account, raw_imap,
                                                                                    tmp_path, capsys) -> None:
    original = NOTE.read_bytes()
    client = raw_imap(imap_account)
    config = filed(imap_account, client, tmp_path, [original])
    mid = message_id_of(original)
    assert locations(snapshot(client))[mid] == ["LinkedIn/Good"]
    assert _people(config, capsys)["Gwendolyn Aske"]["recommendation"] == "accept"

    # The user disagrees: this "peer question" is a sales opener to them.
    _move(client, mid, "LinkedIn/Good", "LinkedIn/Bad")
    assert main(["--config", str(config), "once"]) == 0
    person = _people(config, capsys)["Gwendolyn Aske"]
    assert person["recommendation"] == "ignore" and person["verdict"] == "bad"
    assert locations(snapshot(client))[mid] == ["LinkedIn/Bad"], "a corrected mail stays where the user put it"

    # A similar note from someone new is now judged the way the user showed.
    twin = _lookalike(original)
    seed(client, [twin])
    assert main(["--config", str(config), "once"]) == 0
    assert locations(snapshot(client))[message_id_of(twin)] == ["LinkedIn/Bad"]
    harriet = _people(config, capsys)["Harriet Vale"]
    assert harriet["recommendation"] == "ignore"
    assert any("you moved a similar note to Bad" in r for r in harriet["reasons"])


def test_a_mail_moved_back_to_the_inbox_stays_there(imap_account, raw_imap, tmp_path) -> None:
    original = NOTE.read_bytes()
    client = raw_imap(imap_account)
    config = filed(imap_account, client, tmp_path, [original])
    mid = message_id_of(original)
    _move(client, mid, "LinkedIn/Good", "INBOX")
    for _ in range(2):
        assert main(["--config", str(config), "once"]) == 0
        assert locations(snapshot(client))[mid] == ["INBOX"]
