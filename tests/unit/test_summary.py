"""Rendering the daily summary: golden text, HTML for mail clients, escaping, headers, JSON shape."""
from __future__ import annotations

import os
import re
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from email.policy import default
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from mailbot.model import Person, Recommendation, Verdict
from mailbot.store import Store
from mailbot.summary import (INVITATION_MANAGER, build, default_templates, header_safe, render, render_html,
                             render_text, safe_link, subject)
from smtp import sample_state

NOW = datetime(2026, 11, 27, 6, 30, tzinfo=timezone.utc)
BERLIN = ZoneInfo("Europe/Berlin")
GOLDEN = Path(__file__).with_name("test_summary_golden.txt")


@pytest.fixture
def model():
    store = Store.open(":memory:")
    sample_state(store, NOW)
    yield build(store, NOW, tz=BERLIN)
    store.close()


@pytest.fixture
def hostile_model():
    store = Store.open(":memory:")
    sample_state(store, NOW, hostile=True)
    yield build(store, NOW, tz=BERLIN)
    store.close()


def test_text_matches_the_golden_file(model) -> None:
    text = render_text(model)
    if os.environ.get("MAILBOT_UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")


def test_groups_in_order_with_reasons_evidence_and_links(model) -> None:
    text = render_text(model)
    assert text.index("== ACCEPT (3)") < text.index("== REMOVE (2)") < text.index("== IGNORE (3)") < text.index("FYI")
    # bait and switch: the bait and the switch, each dated
    assert '> 6 Nov 2026, invitation: "Hi Alex, I\'m putting together a small peer circle' in text
    assert "> 27 Nov 2026, message: \"Thanks for connecting!" in text
    assert "Accept: https://www.linkedin.com/comm/mynetwork/invitation-manager/accept?invitationId=7000" in text
    assert f"Invitation manager: {INVITATION_MANAGER}" in text
    assert "Anna Schulz" in text  # FYI: good message from a connection with no decision
    assert re.search(r"suspicious:\s+2", text) and re.search(r"other:\s+9", text)


def test_mail_is_multipart_alternative_text_then_html(model) -> None:
    msg = render(model, from_addr="mailbot@example.net", to=("alex@example.net",),
                 message_id="<summary-2026-11-27@mailbot.example.net>")
    parsed = message_from_bytes(msg.as_bytes(), policy=default)
    assert parsed.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in parsed.iter_parts()] == ["text/plain", "text/html"]
    assert parsed["Message-ID"] == "<summary-2026-11-27@mailbot.example.net>"
    assert parsed["Subject"] == "LinkedIn, Fri 27 Nov: accept 3 (Mira Lindqvist, Priya Raman +1), remove 2, ignore 3"
    assert parsed["Auto-Submitted"] == "auto-generated"


def test_html_is_made_for_mail_clients(model) -> None:
    html = render_html(model)
    assert '<meta name="color-scheme" content="light dark">' in html
    assert "<script" not in html.lower() and "<img" not in html.lower() and "<link" not in html.lower()
    assert not re.search(r"\son\w+\s*=", html, re.I)  # no event handlers
    assert "http://" not in html and "src=" not in html  # nothing remote to load
    widths = [int(w) for w in re.findall(r'width="(\d+)"', html)] + \
             [int(w) for w in re.findall(r"(?:max-)?width:\s*(\d+)px", html)]
    assert widths and max(widths) <= 600
    # explicit colours on the body, so a dark client default cannot leave dark text on dark
    assert re.search(r"<body[^>]*background:#f4f5f7;color:#1f2328", html)
    assert "prefers-color-scheme: dark" in html


def test_hostile_names_and_notes_are_escaped(hostile_model) -> None:
    html = render_html(hostile_model)
    assert "<img src=x onerror=alert(1)>" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<script" not in html.lower() and "<svg" not in html.lower() and "<b>bold" not in html
    assert "&lt;script&gt;alert(&#39;note&#39;)&lt;/script&gt;" in html
    assert "javascript:" not in html and "linkedin.com.evil.example" not in html
    assert not re.search(r"<[^>]+\son\w+\s*=", html, re.I)
    text = render_text(hostile_model)
    assert "<img src=x onerror=alert(1)>" in text  # plain text shows the name as written, harmlessly
    assert "javascript:" not in text


def test_subject_from_data_cannot_inject_headers() -> None:
    store = Store.open(":memory:")
    sample_state(store, NOW)
    evil = Person("in:crlf", "Eve\r\nBcc: victim@example.org\r\n\r\n<b>x</b>", "", "", "crlf")
    from smtp import _add  # the sample's own helper, reused for one extra person
    from mailbot.model import Disposition, Kind
    _add(store, NOW, Kind.INVITATION, evil, "Happy to share our free checklist.", Verdict.GOOD, Disposition.GOOD,
         (), NOW - timedelta(hours=1))
    store.set_person_state("in:crlf", Verdict.GOOD, Recommendation.ACCEPT, (), NOW)
    model = build(store, NOW, tz=BERLIN)
    line = subject(model)
    assert "\r" not in line and "\n" not in line and "Eve Bcc: victim@example.org" in line
    msg = render(model, from_addr="mailbot@example.net", to=("alex@example.net",))
    raw = msg.as_bytes()
    headers = raw.split(b"\r\n\r\n", 1)[0]
    assert not re.search(rb"^Bcc:", headers, re.M | re.I)
    assert header_safe("a\rb\nc\x00d\u2028e") == "a b c d e"


def test_links_are_only_https_linkedin() -> None:
    assert safe_link("https://www.linkedin.com/in/jane/") == "https://www.linkedin.com/in/jane/"
    for bad in ("javascript:alert(1)", "http://www.linkedin.com/in/x", "https://linkedin.com.evil.example/",
                "https://evil.example/?linkedin.com", "https://user@www.linkedin.com/", "data:text/html,x",
                'https://www.linkedin.com/in/x" onclick="y'):
        assert safe_link(bad) == "", bad


def test_json_keeps_its_shape_and_adds_counts_and_fyi(model) -> None:
    data = model.to_json()
    assert {"generated_at", "since", "people"} <= set(data)
    person = data["people"][0]
    assert {"name", "headline", "profile_url", "recommendation", "verdict", "reasons", "reason_codes",
            "messages"} <= set(person)
    assert data["counts"] == {"good": 4, "bad": 4, "ugly": 5, "other": 9, "suspicious": 2}
    assert [f["name"] for f in data["fyi"]] == ["Anna Schulz"]
    assert data["day"] == "2026-11-27"


def test_window_since_last_summary() -> None:
    store = Store.open(":memory:")
    sample_state(store, NOW - timedelta(days=2))
    store.claim_summary("2026-11-26", "<m>", NOW - timedelta(days=1))
    store.summary_sent("2026-11-26", "<m>", NOW - timedelta(days=1))
    model = build(store, NOW, tz=BERLIN)
    assert model.people == () and model.fyi == () and model.is_empty
    assert sum(model.counts.values()) == 0
    assert subject(model) == "LinkedIn, Fri 27 Nov: nothing to decide"
    assert "Nothing to decide today" in render_text(model)
    assert "Nothing to decide today." in render_html(model)


def test_user_templates_override_one_file(tmp_path: Path, model) -> None:
    (tmp_path / "summary.txt.j2").write_text("{{ total }} decisions; {{ groups[0].people[0].name }}\n")
    assert render_text(model, tmp_path) == "8 decisions; Mira Lindqvist\n"
    assert "<!DOCTYPE html>" in render_html(model, tmp_path)  # the built-in HTML still applies


def test_builtin_templates_are_found() -> None:
    assert (default_templates() / "summary.html.j2").is_file()
    assert (default_templates() / "summary.txt.j2").is_file()
