"""Helpers for tests that run mailbot against the private Dovecot: config, seeding, snapshots."""
from __future__ import annotations

import email
import email.policy
import tomllib
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path

from mailbot.parse import message_id_of

DATA = Path(__file__).resolve().parent / "data"
FOLDERS = {"good": "LinkedIn/Good", "bad": "LinkedIn/Bad", "ugly": "LinkedIn/Ugly",
           "other": "LinkedIn/Other", "suspicious": "LinkedIn/Suspicious", "untouched": "INBOX"}


@dataclass(frozen=True)
class Fixture:
    name: str
    data: bytes
    label: dict

    @property
    def message_id(self) -> str:
        return message_id_of(self.data)

    @property
    def folder(self) -> str:
        return FOLDERS[self.label["folder"]]


def fixtures() -> list[Fixture]:
    """Every fixture .eml with its label, oldest first (the order mail arrives in)."""
    labels = tomllib.loads((DATA / "expected.toml").read_text(encoding="utf-8"))
    labels.pop("people", None)
    found = [Fixture(name, (DATA / "eml" / name).read_bytes(), label) for name, label in labels.items()]

    def when(f: Fixture) -> float:
        head = email.message_from_bytes(f.data.split(b"\n\n", 1)[0], policy=email.policy.compat32)
        try:
            return parsedate_to_datetime(str(head.get("Date"))).timestamp()
        except (TypeError, ValueError, IndexError):
            return float("inf")

    return sorted(found, key=when)


def write_config(path: Path, account, *, security: str = "tls", host: str | None = None, extra: str = "") -> Path:
    """A config for `account` with the password in a file (as a user would keep it)."""
    secret = path.parent / "imap-password"
    secret.write_text(account.password + "\n")
    secret.chmod(0o600)
    port = account.tls_port if security == "tls" else account.port
    path.write_text(f"""
[imap]
host = "{host or account.host}"
port = {port}
security = "{security}"
ca_file = "{account.ca_file}"
username = "{account.username}"
password_file = "{secret}"
timeout = 20

[trust]
authserv_ids = ["mx.example.net"]

[state]
path = "{path.parent / 'state.db'}"
{extra}
""")
    return path


def seed(client, items: list[bytes], flags_for=lambda i: ()) -> None:
    for i, data in enumerate(items):
        client.append("INBOX", data, flags=flags_for(i))


def snapshot(client) -> dict[str, dict[str, set[bytes]]]:
    """Message-ID -> flags, per folder, read with BODY.PEEK so nothing changes."""
    out: dict[str, dict[str, set[bytes]]] = {}
    for _flags, _delim, name in client.list_folders():
        client.select_folder(name, readonly=True)
        uids = client.search("ALL")
        found: dict[str, set[bytes]] = {}
        if uids:
            for uid, data in client.fetch(uids, ["FLAGS", "BODY.PEEK[]"]).items():
                if data.get(b"BODY[]") is None:
                    continue  # expunged by a move while we looked; the caller polls again
                found.setdefault(message_id_of(data[b"BODY[]"]), set()).update(
                    f for f in data[b"FLAGS"] if f != b"\\Recent")
        out[name] = found
        client.unselect_folder() if client.has_capability("UNSELECT") else client.close_folder()
    return out


def locations(snap: dict[str, dict[str, set[bytes]]]) -> dict[str, list[str]]:
    where: dict[str, list[str]] = {}
    for folder, found in snap.items():
        for message_id in found:
            where.setdefault(message_id, []).append(folder)
    return where


def filed(account, client, tmp_path: Path, mails: list[bytes]) -> Path:
    """Seed `mails`, write a config for `account`, run one `mailbot once`; the config's path."""
    from mailbot.cli import main

    seed(client, mails)
    config = write_config(tmp_path / "config.toml", account)
    assert main(["--config", str(config), "once"]) == 0
    return config
