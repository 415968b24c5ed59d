"""Recommendations as data, and the daily summary mail made from them.

`build` is pure over a store snapshot: it reads, never writes. The JSON shape is a
public contract (`mailbot summary --format json`): keys are only ever added.

`render` turns a SummaryModel into a multipart/alternative EmailMessage with jinja2
templates (`summary.txt.j2`, `summary.html.j2`, shipped in the wheel as
mailbot/templates; `[summary] templates_dir` overrides them). HTML autoescaping is
on, links are kept only when they are https URLs on linkedin.com (a hostile mail
cannot put `javascript:` into an href), and every header built from data is stripped
of control characters (CVE-2024-6923: CR/LF in a header is an injection).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timezone, tzinfo
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2

from .model import Kind, Verdict
from .store import Store, StoredMessage, StoredPerson

#: Groups in the order the summary shows them; "review" exists when the judge provides it.
GROUPS = ("accept", "remove", "ignore", "review")
ORDER = {name: i for i, name in enumerate(GROUPS)}
INVITATION_MANAGER = "https://www.linkedin.com/mynetwork/invitation-manager/"
DISPOSITIONS = ("good", "bad", "ugly", "other", "suspicious")
EXCERPT_CHARS = 220
FYI_KINDS = (Kind.MESSAGE, Kind.INVITATION_ACCEPTED, Kind.ENDORSEMENT)


@dataclass(frozen=True)
class PersonEntry:
    person: StoredPerson
    messages: tuple[StoredMessage, ...]


@dataclass(frozen=True)
class SummaryModel:
    generated_at: datetime
    since: datetime | None
    people: tuple[PersonEntry, ...]
    #: mails seen per disposition since `since` (all of them with --all)
    counts: Mapping[str, int] = field(default_factory=dict)
    #: good mail from people who need no decision: worth reading, nothing to do
    fyi: tuple[tuple[StoredPerson | None, StoredMessage], ...] = ()
    #: the local date the summary is for, and the zone its dates are shown in
    day: date | None = None
    tz: tzinfo = timezone.utc

    @property
    def is_empty(self) -> bool:
        """Nothing to decide and nothing worth reading ([summary] skip_when_empty)."""
        return not self.people and not self.fyi

    def to_json(self) -> dict[str, Any]:
        return {
            "generated_at": self.generated_at.isoformat(timespec="seconds"),
            "since": self.since.isoformat(timespec="seconds") if self.since else None,
            "people": [_person_json(e) for e in self.people],
            "day": (self.day or self.generated_at.astimezone(self.tz).date()).isoformat(),
            "counts": {d: int(self.counts.get(d, 0)) for d in DISPOSITIONS},
            "fyi": [_fyi_json(p, m) for p, m in self.fyi],
        }


def build(store: Store, now: datetime, show_all: bool = False, since: datetime | None = None, *,
          tz: tzinfo = timezone.utc, day: date | None = None) -> SummaryModel:
    """Everyone with a recommendation; without `show_all`, only those changed since the last summary sent."""
    if not show_all and since is None:
        since = store.last_summary_sent()
    window = None if show_all else since
    entries = []
    for person in store.people():
        if person.recommendation is None:
            continue
        if window is not None and person.changed_at <= window:
            continue
        entries.append(PersonEntry(person, tuple(store.messages_of(person.key))))
    entries.sort(key=lambda e: (ORDER.get(_rec(e.person) or "", 9), e.person.name.casefold()))
    fyi = []
    for message in store.messages_seen_since(window, Verdict.GOOD, FYI_KINDS):
        sender = store.person(message.person_key) if message.person_key else None
        if sender is not None and sender.recommendation is not None:
            continue  # already listed with a decision
        if message.kind is not Kind.MESSAGE and not message.text.strip():
            continue  # a bare acceptance or endorsement carries nothing to read
        fyi.append((sender, message))
    return SummaryModel(now, window, tuple(entries), store.filed_since(window), tuple(fyi),
                        day or now.astimezone(tz).date(), tz)


def _rec(person: StoredPerson) -> str | None:
    rec = person.recommendation
    return rec.value if rec is not None else None


def _person_json(entry: PersonEntry) -> dict[str, Any]:
    p = entry.person
    return {
        "name": p.name,
        "headline": p.headline,
        "profile_url": p.profile_url,
        "recommendation": _rec(p),
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


def _fyi_json(person: StoredPerson | None, m: StoredMessage) -> dict[str, Any]:
    return {"name": person.name if person else "", "headline": person.headline if person else "",
            "kind": m.kind.value, "date": m.date.isoformat() if m.date else None,
            "excerpt": m.text[:280], "message_id": m.message_id}


# ------------------------------------------------------------------------------ view


def safe_link(url: str) -> str:
    """`url` when it is an https link to linkedin.com (or a subdomain), else ""."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or not (host == "linkedin.com" or host.endswith(".linkedin.com")):
        return ""
    if any(c in url for c in "\r\n\t\"'<> ") or parts.username or parts.password:
        return ""
    return url.strip()


def header_safe(text: str, limit: int = 150) -> str:
    """One line for a mail header: control characters (CR, LF, ...) become spaces (CVE-2024-6923)."""
    flat = "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in text)
    flat = re.sub(r"\s+", " ", flat).strip()
    return flat if len(flat) <= limit else flat[: limit - 3].rstrip() + "..."


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """A short excerpt on one line, cut at a word boundary."""
    flat = re.sub(r"\s+", " ", text).strip()
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0].rstrip(" ,;:.-–—")
    return cut + "…"


def _show_date(when: datetime | None, tz: tzinfo) -> str:
    if when is None:
        return ""
    local = when.astimezone(tz) if when.tzinfo else when
    return f"{local.day} {local:%b %Y}"


_KIND_WORDS = {
    Kind.INVITATION: "invitation", Kind.INVITATION_REMINDER: "reminder", Kind.INVITATION_ACCEPTED: "accepted",
    Kind.MESSAGE: "message", Kind.INMAIL: "InMail", Kind.ENDORSEMENT: "endorsement", Kind.OTHER: "mail",
}

_VERDICT_WORDS = {"good": "good", "bad": "bad", "ugly": "ugly"}

_GROUP_TITLES = {
    "accept": ("Accept", "worth connecting: they offer something and are not selling"),
    "remove": ("Remove", "connections who used the connection to sell, or worse"),
    "ignore": ("Ignore", "invitations made without thought, or only to sell"),
    "review": ("Review", "mailbot is unsure: have a look yourself"),
}


def _evidence(messages: tuple[StoredMessage, ...]) -> list[StoredMessage]:
    """Up to two messages with text: the first and the last (a bait and its switch)."""
    with_text: list[StoredMessage] = []
    for m in messages:
        if m.text.strip() and all(excerpt(m.text) != excerpt(seen.text) for seen in with_text):
            with_text.append(m)  # a reminder repeats its invitation's note: show it once
    if len(with_text) <= 2:
        return with_text
    return [with_text[0], with_text[-1]]


def _links(entry: PersonEntry, group: str) -> list[dict[str, str]]:
    p = entry.person
    profile = safe_link(p.profile_url) or next(
        (safe_link(m.links.profile) for m in reversed(entry.messages) if safe_link(m.links.profile)), "")
    accept = next((safe_link(m.links.accept) for m in reversed(entry.messages)
                   if m.kind in (Kind.INVITATION, Kind.INVITATION_REMINDER) and safe_link(m.links.accept)), "")
    links = []
    if group == "accept" and accept:
        links.append({"label": "Accept", "url": accept})
    if group in ("ignore", "review") or (group == "accept" and not accept):
        links.append({"label": "Invitation manager", "url": INVITATION_MANAGER})
    if profile:
        links.append({"label": "Profile", "url": profile})
    return links


def view(model: SummaryModel) -> dict[str, Any]:
    """The template context: plain strings, lists and numbers; nothing escaped (jinja2 does that)."""
    tz = model.tz
    day = model.day or model.generated_at.astimezone(tz).date()
    groups = []
    for group in GROUPS:
        people = []
        for entry in model.people:
            if _rec(entry.person) != group:
                continue
            p = entry.person
            people.append({
                "name": p.name or "(no name)",
                "headline": p.headline,
                "verdict": p.verdict.value if p.verdict else "",
                "reasons": [r.text for r in p.reasons],
                "evidence": [{"date": _show_date(m.date, tz), "kind": _KIND_WORDS.get(m.kind, m.kind.value),
                              "text": excerpt(m.text)} for m in _evidence(entry.messages)],
                "links": _links(entry, group),
            })
        if people:
            title, blurb = _GROUP_TITLES[group]
            groups.append({"key": group, "title": title, "blurb": blurb, "people": people})
    counts = [{"name": d, "count": int(model.counts.get(d, 0))} for d in DISPOSITIONS]
    fyi = [{"name": p.name if p else "", "headline": p.headline if p else "",
            "date": _show_date(m.date, tz), "kind": _KIND_WORDS.get(m.kind, m.kind.value),
            "text": excerpt(m.text), "link": safe_link(m.links.thread) or safe_link(m.links.profile)}
           for p, m in model.fyi]
    since = model.since.astimezone(tz) if model.since else None
    return {
        "day": day.isoformat(),
        "day_words": f"{day:%A}, {day.day} {day:%B %Y}",
        "since_words": (f"since the last summary, {since.day} {since:%b %H:%M}" if since else "all standing decisions"),
        "filed_words": (f"since {since.day} {since:%b %H:%M}" if since else "so far"),
        "groups": groups,
        "total": sum(len(g["people"]) for g in groups),
        "counts": counts,
        "filed_total": sum(c["count"] for c in counts),
        "fyi": fyi,
        "subject": subject(model),
        "invitation_manager": INVITATION_MANAGER,
    }


def subject(model: SummaryModel) -> str:
    """E.g. "LinkedIn, Fri 27 Nov: accept 3 (Jane Roe, Ben Ode +1), remove 1, ignore 3"; one line, no CR/LF."""
    day = model.day or model.generated_at.astimezone(model.tz).date()
    parts = []
    for group in GROUPS:
        names = [e.person.name for e in model.people if _rec(e.person) == group]
        if not names:
            continue
        part = f"{group} {len(names)}"
        if group == "accept":
            shown = ", ".join(header_safe(n, 40) for n in names[:2])
            part += f" ({shown}{f' +{len(names) - 2}' if len(names) > 2 else ''})"
        parts.append(part)
    what = ", ".join(parts) if parts else ("nothing to decide" + (", FYI inside" if model.fyi else ""))
    return header_safe(f"LinkedIn, {day:%a} {day.day} {day:%b}: {what}")


# ------------------------------------------------------------------------------ render


def default_templates() -> Path:
    """The built-in templates: mailbot/templates in an installed wheel, ./templates in a checkout."""
    packaged = resources.files("mailbot").joinpath("templates")
    if packaged.is_dir() and packaged.joinpath("summary.html.j2").is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "templates"


def environment(templates_dir: Path | None = None) -> jinja2.Environment:
    """jinja2 with autoescape on for every template, and StrictUndefined so typos fail loudly.

    `templates_dir` (the user's) is searched first, then the built-in templates, so a
    user may override one of the two files only.
    """
    paths = [str(templates_dir)] if templates_dir else []
    paths.append(str(default_templates()))
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(paths), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=True)
    return env


def render_text(model: SummaryModel, templates_dir: Path | None = None) -> str:
    # The text part is not HTML: escaping would show "&lt;" to the reader.
    env = environment(templates_dir)
    env.autoescape = False
    return env.get_template("summary.txt.j2").render(view(model))


def render_html(model: SummaryModel, templates_dir: Path | None = None) -> str:
    return environment(templates_dir).get_template("summary.html.j2").render(view(model))


def render(model: SummaryModel, templates_dir: Path | None = None, *, from_addr: str = "",
           to: tuple[str, ...] = (), message_id: str = "", when: datetime | None = None) -> EmailMessage:
    """The summary mail: multipart/alternative, text first, then HTML (RFC 2046 5.1.4: best last)."""
    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = subject(model)
    if from_addr:
        msg["From"] = Address("mailbot", addr_spec=from_addr)
    if to:
        msg["To"] = ", ".join(to)
    msg["Date"] = format_datetime((when or model.generated_at).astimezone(timezone.utc))
    if message_id:
        msg["Message-ID"] = message_id
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no auto-replies to this
    msg["X-Mailbot-Summary"] = (model.day or model.generated_at.astimezone(model.tz).date()).isoformat()
    msg.set_content(render_text(model, templates_dir), subtype="plain", charset="utf-8")
    msg.add_alternative(render_html(model, templates_dir), subtype="html", charset="utf-8")
    return msg
