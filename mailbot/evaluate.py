"""`mailbot eval DIR`: run the real pipeline over a labelled corpus and measure it.

The corpus is a folder of .eml files (any depth) with an `expected.toml` beside them:
one table per file (path relative to DIR) with `folder` (good, bad, ugly, other,
suspicious or untouched) and a `[people."Name"]` table per person with their
`recommendation` (accept, ignore, remove or none). Mail is appended to a temporary
Maildir in date order, one pass files it, and the result is compared with the labels.
"""
from __future__ import annotations

import email
import email.policy
import tempfile
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path

from .judge import Me
from .mailbox.maildir import MaildirMailbox
from .model import Disposition
from .parse import message_id_of
from .pipeline import Pipeline, Settings
from .signals import SignalSet, fold
from .store import Store
from .summary import build

UNTOUCHED = "untouched"
INBOX = "INBOX"


@dataclass
class Miss:
    what: str  # a file or a person
    expected: str
    got: str
    reasons: list[str]
    scenario: str = ""


@dataclass
class Report:
    mail_total: int = 0
    mail_right: int = 0
    people_total: int = 0
    people_right: int = 0
    misses: list[Miss] = field(default_factory=list)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    by_scenario: dict[str, list[int]] = field(default_factory=dict)
    touched_foreign: int = 0
    spoofs_recommended: int = 0

    @property
    def mail_accuracy(self) -> float:
        return self.mail_right / self.mail_total if self.mail_total else 1.0

    @property
    def people_accuracy(self) -> float:
        return self.people_right / self.people_total if self.people_total else 1.0

    def render(self) -> str:
        lines = [f"folder accuracy: {self.mail_right}/{self.mail_total} = {self.mail_accuracy:.1%}",
                 f"recommendation accuracy: {self.people_right}/{self.people_total} = {self.people_accuracy:.1%}",
                 f"non-LinkedIn mail touched: {self.touched_foreign}",
                 f"spoofs recommended: {self.spoofs_recommended}", "", "confusion (expected -> got: count):"]
        for (exp, got), n in sorted(self.confusion.items()):
            mark = "" if exp == got else "   <- miss"
            lines.append(f"  {exp:>10} -> {got:<10} {n:4d}{mark}")
        scenarios = {k: v for k, v in self.by_scenario.items() if k}
        if scenarios:
            lines += ["", "per scenario (right/total):"]
            lines += [f"  {k}: {r}/{t}" for k, (r, t) in sorted(scenarios.items())]
        if self.misses:
            lines += ["", "misses:"]
            for miss in self.misses:
                lines.append(f"  {miss.what}: expected {miss.expected}, got {miss.got}")
                lines += [f"      - {r}" for r in miss.reasons]
        return "\n".join(lines)


def _date_of(data: bytes) -> datetime:
    msg = email.message_from_bytes(data.split(b"\n\n", 1)[0] + b"\n\n", policy=email.policy.compat32)
    try:
        when = parsedate_to_datetime(str(msg.get("Date", "")))
    except (TypeError, ValueError, IndexError):
        return datetime.max.replace(tzinfo=timezone.utc)
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def evaluate(corpus: Path, signals: SignalSet, authserv_ids: tuple[str, ...] = ("mx.example.net",),
             me: Me = Me()) -> Report:
    labels = tomllib.loads((corpus / "expected.toml").read_text(encoding="utf-8"))
    people_labels = labels.pop("people", {})
    files = {name: (corpus / name).read_bytes() for name in labels if (corpus / name).is_file()}
    folders = {d: f"LinkedIn/{d.value.capitalize()}" for d in Disposition}
    with tempfile.TemporaryDirectory(prefix="mailbot-eval-") as tmp:
        mailbox = MaildirMailbox(Path(tmp) / "mail")
        store = Store.open(Path(tmp) / "state.db")
        try:
            for name in sorted(files, key=lambda n: _date_of(files[n])):
                mailbox.append(INBOX, files[name])
            pipeline = Pipeline(mailbox, store, Settings(INBOX, folders, authserv_ids, me=me), signals)
            pipeline.poll_once()
            where = {m: _where(store, m, folders) for m in (message_id_of(d) for d in files.values())}
            model = build(store, datetime.now(timezone.utc), show_all=True).to_json()
        finally:
            store.close()
    report = Report()
    for name, data in sorted(files.items()):
        label = labels[name]
        expected = label.get("folder", UNTOUCHED)
        message_id = message_id_of(data)
        got, reasons = where[message_id]
        report.mail_total += 1
        report.confusion[(expected, got)] += 1
        tally = report.by_scenario.setdefault(label.get("scenario", ""), [0, 0])
        tally[1] += 1
        if expected == got:
            report.mail_right += 1
            tally[0] += 1
        else:
            report.misses.append(Miss(name, expected, got, reasons, label.get("scenario", "")))
        if expected == UNTOUCHED and not label.get("linkedin", True) and got != UNTOUCHED:
            report.touched_foreign += 1
    recommended = {fold(p["name"]): p for p in model["people"]}
    for name, label in sorted(people_labels.items()):
        expected = label.get("recommendation", "none")
        entry = recommended.get(fold(name))
        got = entry["recommendation"] if entry else "none"
        report.people_total += 1
        if expected == got:
            report.people_right += 1
        else:
            report.misses.append(Miss(f"person {name}", expected, got, entry["reasons"] if entry else []))
    report.spoofs_recommended = sum(
        1 for p in model["people"]
        if any(m["folder"] == folders[Disposition.SUSPICIOUS] for m in p["messages"]))
    return report


def _where(store: Store, message_id: str,
           folders: dict[Disposition, str]) -> tuple[str, list[str]]:
    stored = store.message(message_id)
    names = {v: k.value for k, v in folders.items()}
    if stored is None:
        return UNTOUCHED, []
    reasons = [r.text for r in stored.reasons]
    return names.get(stored.folder, UNTOUCHED if stored.folder == INBOX else stored.folder), reasons
