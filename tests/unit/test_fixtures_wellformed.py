"""The fixture mail and tests/data/expected.toml agree, and every fixture is a parseable message."""
from __future__ import annotations

import email
import email.policy
import tomllib
from pathlib import Path

import pytest

from mailbot.model import Kind

ROOT = Path(__file__).resolve().parents[2]
EML = ROOT / "tests" / "data" / "eml"
EXPECTED = ROOT / "tests" / "data" / "expected.toml"
SAMPLES = ROOT / "mailbot" / "samples"

DIRS = {"invitation", "invitation_reminder", "invitation_accepted", "message", "inmail", "endorsement", "other",
        "spoof", "not_linkedin", "malformed"}
DISPOSITIONS = {"good", "bad", "ugly", "other", "suspicious", "untouched"}
KINDS = {k.value for k in Kind} | {"none"}
LANGUAGES = {"en", "de", "fr", "es", "it", ""}
RECOMMENDATIONS = {"accept", "ignore", "remove", "none"}
VERDICTS = {"good", "bad", "ugly"}


def _expected() -> dict:
    return tomllib.loads(EXPECTED.read_text(encoding="utf-8"))


def _entries() -> dict[str, dict]:
    return {k: v for k, v in _expected().items() if k != "people"}


def _files() -> set[str]:
    return {p.relative_to(EML).as_posix() for p in EML.rglob("*.eml")}


def test_expected_lists_exactly_the_files_present():
    files, listed = _files(), set(_entries())
    assert sorted(files - listed) == [], "fixtures missing from expected.toml"
    assert sorted(listed - files) == [], "expected.toml lists files that do not exist"


def test_files_live_in_known_kind_directories():
    assert {f.split("/")[0] for f in _files()} <= DIRS


@pytest.mark.parametrize("path", sorted(_entries()))
def test_entry_fields(path):
    e = _entries()[path]
    assert set(e) >= {"kind", "linkedin", "disposition", "folder", "person", "scenario", "language"}
    assert e["kind"] in KINDS
    assert isinstance(e["linkedin"], bool)
    assert e["disposition"] in DISPOSITIONS
    assert e["folder"] in DISPOSITIONS
    assert e["language"] in LANGUAGES
    top = path.split("/")[0]
    if top == "not_linkedin":
        assert (e["linkedin"], e["disposition"], e["folder"], e["kind"]) == (False, "untouched", "untouched", "none")
    if top == "spoof":
        assert e["linkedin"] and e["disposition"] == e["folder"] == "suspicious"
    if not e["linkedin"]:
        assert e["folder"] == "untouched"
    if top in DIRS - {"spoof", "not_linkedin", "malformed"}:
        assert e["kind"] == top and e["linkedin"]
        assert e["folder"] not in ("suspicious", "untouched")


def test_people_table():
    people = _expected().get("people", {})
    assert people, "expected.toml has no [people] tables"
    named = {e["person"] for e in _entries().values()}
    for name, p in people.items():
        assert p["recommendation"] in RECOMMENDATIONS, name
        assert p["verdict"] in VERDICTS, name
        assert name in named, f"{name} appears in no fixture under that spelling"


def _parse(path: Path) -> email.message.EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=email.policy.default)


@pytest.mark.parametrize("path", sorted(p for p in _files() if not p.startswith("malformed/")))
def test_fixture_parses_with_from_date_message_id(path):
    msg = _parse(EML / path)
    for header in ("From", "Date", "Message-ID"):
        assert msg[header], f"{path}: no {header}"
    assert msg["Date"].datetime is not None
    assert msg.get_body(("plain", "html")) is not None, f"{path}: no text body"


@pytest.mark.parametrize("path", sorted(p for p in _files() if p.startswith("malformed/")))
def test_malformed_fixture_does_not_crash_the_parser(path):
    # The parser must survive these; only the email package's own parse is checked here.
    _parse(EML / path)


def test_samples_are_parseable_linkedin_shaped_mail():
    samples = sorted(SAMPLES.glob("*.eml"))
    assert 10 <= len(samples) <= 25
    for path in samples:
        msg = _parse(path)
        for header in ("From", "Date", "Message-ID"):
            assert msg[header], f"{path.name}: no {header}"
