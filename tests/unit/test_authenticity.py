"""Tests for mailbot.authenticity: look-alikes, display-name spoofs, trusted Authentication-Results."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from mailbot.authenticity import assess, is_linkedin_domain, lookalike_reason, name_claims_linkedin, parse_from
from mailbot.model import Authenticity, MessageRef, RawMessage
from mailbot.parse import parse_message

DATA = Path(__file__).resolve().parents[1] / "data"
TRUST = ["mx.example.net"]
LI = "invitations@linkedin.com"


def ar(value: str) -> tuple[str, str]:
    return ("Authentication-Results", value)


@pytest.mark.parametrize(
    "domain",
    [
        "linkedln.com", "1inkedin.com", "linkdin.com", "linkedim.net", "lnkedin.com", "linkedin.co",
        "linkedin.com.evil.example", "linkedin-mail.co", "mail-linkedin.net", "linkedinmail.net",
        "xn--lnkedin-5nf.com",  # lnkκedin with a Greek kappa
        "l\u0456nkedin.com",  # Cyrillic i
        "xn--linkedn-w9a.com",  # linkedín -> skeleton linkedin
        "mail.linkedln.com",
    ],
)
def test_lookalike_domains(domain: str) -> None:
    reason = lookalike_reason(domain)
    assert reason is not None and "imitates" in reason or "label" in (reason or "")
    assert assess([], f"x@{domain}", "LinkedIn", TRUST)[0] is Authenticity.SUSPICIOUS


@pytest.mark.parametrize("domain", ["linkedin.com", "e.linkedin.com", "bounce.linkedin.com", "LinkedIn.COM", "gmail.com", "linked.com", "example.org", "linkin.com"])
def test_not_lookalikes(domain: str) -> None:
    assert lookalike_reason(domain) is None


def test_lookalike_reason_is_plain() -> None:
    assert lookalike_reason("linkedln.com") == "sender domain linkedln.com imitates linkedin.com"


def test_is_linkedin_domain() -> None:
    assert is_linkedin_domain("linkedin.com") and is_linkedin_domain("el.linkedin.com.")
    assert not is_linkedin_domain("notlinkedin.com") and not is_linkedin_domain("linkedin.com.evil.example")


@pytest.mark.parametrize(
    "name,claims",
    [
        ("LinkedIn", True), ("LinkedIn Connections", True), ("Jane Roe via LinkedIn", True), ("Linked In", True),
        ("Linkedln Security", True), ("LinkedIn Job Alerts", True), ("Jürgen Müller über LinkedIn", True),
        ("Jane Roe", False), ("Bob Smith (LinkedIn coach)", False), ("", False),
    ],
)
def test_display_name_claims(name: str, claims: bool) -> None:
    assert name_claims_linkedin(name) is claims


def test_display_name_spoof_reason() -> None:
    auth, reason = assess([], "alerts@gmail.com", "LinkedIn", TRUST)
    assert auth is Authenticity.SUSPICIOUS
    assert reason == 'display name "LinkedIn" claims LinkedIn but the sender domain is gmail.com'


def test_verified_by_topmost_trusted_dkim() -> None:
    headers = [
        ar("mx.example.net; dkim=pass header.d=linkedin.com header.i=@linkedin.com header.s=d2048-202308-00; spf=pass smtp.mailfrom=bounce.linkedin.com"),
        ("From", f"Jane <{LI}>"),
    ]
    assert assess(headers, LI, "Jane Roe via LinkedIn", TRUST) == (Authenticity.VERIFIED, "mx.example.net saw dkim=pass for linkedin.com")


def test_verified_by_dmarc_and_case_insensitive_id() -> None:
    headers = [ar("MX.Example.NET; dkim=fail header.d=linkedin.com; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=linkedin.com")]
    assert assess(headers, LI, "", ["mx.example.net"])[0] is Authenticity.VERIFIED


def test_only_topmost_trusted_header_counts() -> None:
    # The forged pass below the server's own fail must not be believed (RFC 8601 section 5).
    headers = [
        ar("other.example; dkim=pass header.d=linkedin.com"),
        ar("mx.example.net; dkim=fail header.d=linkedin.com; dmarc=fail header.from=linkedin.com"),
        ar("mx.example.net; dkim=pass header.d=linkedin.com"),
    ]
    auth, reason = assess(headers, LI, "", TRUST)
    assert auth is Authenticity.SUSPICIOUS
    assert "dkim=fail" in reason and "mx.example.net" in reason


def test_untrusted_results_are_ignored() -> None:
    headers = [ar("mx.google.com; dkim=pass header.i=@linkedin.com; dmarc=pass header.from=linkedin.com")]
    assert assess(headers, LI, "", TRUST) == (Authenticity.SUSPICIOUS, "no Authentication-Results from your server mx.example.net")


def test_dkim_pass_for_another_domain_is_not_enough() -> None:
    headers = [ar("mx.example.net; dkim=pass header.d=evil.example; spf=pass smtp.mailfrom=linkedin.com")]
    assert assess(headers, LI, "", TRUST)[0] is Authenticity.SUSPICIOUS
    headers = [ar("mx.example.net; dkim=pass header.d=notlinkedin.com")]
    assert assess(headers, LI, "", TRUST)[0] is Authenticity.SUSPICIOUS


def test_subdomain_signature_counts() -> None:
    headers = [ar("mx.example.net; dkim=pass header.i=@mailb.linkedin.com")]
    assert assess(headers, LI, "", TRUST)[0] is Authenticity.VERIFIED


def test_unparseable_ar_falls_back_to_regex() -> None:
    headers = [ar("mx.example.net; dkim=pass (good signature) header.d=linkedin.com @@@ garbage ;;; dmarc")]
    assert assess(headers, LI, "", TRUST)[0] is Authenticity.VERIFIED
    headers = [ar("mx.example.net; @@@ dkim=fail header.d=linkedin.com")]
    assert assess(headers, LI, "", TRUST)[0] is Authenticity.SUSPICIOUS


def test_unchecked_without_trusted_ids() -> None:
    auth, _ = assess([ar("mx.example.net; dkim=pass header.d=linkedin.com")], LI, "", [])
    assert auth is Authenticity.UNCHECKED
    # a look-alike is caught even then
    assert assess([], "x@linkedln.com", "", [])[0] is Authenticity.SUSPICIOUS


def test_from_defects_and_several_addresses() -> None:
    s = parse_from("alice@example.org)<bob@linkedin.com>")
    assert s.problem
    s = parse_from("a@linkedin.com, b@evil.example")
    assert s.problem == "From header has several addresses"
    ok = [ar("mx.example.net; dkim=pass header.d=linkedin.com")]
    assert assess(ok, "a@linkedin.com", "", TRUST, from_problem=s.problem)[0] is Authenticity.SUSPICIOUS
    two = ok + [("From", "a@linkedin.com"), ("From", "b@evil.example")]
    assert assess(two, "a@linkedin.com", "", TRUST)[0] is Authenticity.SUSPICIOUS


def test_parse_from_decodes_names() -> None:
    s = parse_from("=?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <Invitations@LinkedIn.com>")
    assert (s.address, s.display_name, s.domain, s.problem) == ("invitations@linkedin.com", "Jürgen Müller", "linkedin.com", "")


def _fixtures() -> list:
    path = DATA / "expected.toml"
    if not path.exists():
        return [pytest.param(None, marks=pytest.mark.skip("no fixtures yet"))]
    with path.open("rb") as fh:
        exp = tomllib.load(fh)
    out = []
    for name, e in sorted(exp.items()):
        if not isinstance(e, dict) or not e.get("linkedin", True):
            continue
        if e.get("disposition") != "suspicious" and not str(e.get("folder", "")).endswith("Suspicious"):
            continue
        p = DATA / "eml" / name
        if not p.exists():
            found = list((DATA / "eml").rglob(Path(name).name))
            p = found[0] if found else p
        if p.exists():
            out.append(pytest.param(p, id=name))
    return out or [pytest.param(None, marks=pytest.mark.skip("no spoof fixtures yet"))]


@pytest.mark.parametrize("path", _fixtures())
def test_fixture_spoofs_are_suspicious(path: Path) -> None:
    data = path.read_bytes()
    n = parse_message(RawMessage(MessageRef("INBOX", 1, 1), data, len(data)), TRUST)
    assert n is not None and n.authenticity is Authenticity.SUSPICIOUS


@pytest.mark.parametrize(
    "value",
    [
        "mx.google.com; dkim=pass header.i=@linkedin.com header.s=proddkim1024 header.b=Ab+/cd; dkim=pass header.i=@mailb.linkedin.com header.s=x header.b=Ef; spf=pass (google.com: domain of s-x@bounce.linkedin.com designates 108.174.0.1 as permitted sender) smtp.mailfrom=s-x@bounce.linkedin.com; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=linkedin.com",
        "kundenserver.de; dkim=pass header.i=@linkedin.com",
        "mx.example.net; dkim=fail (bad signature) header.d=linkedin.com; dmarc=fail header.from=linkedin.com",
        "mx.example.net 1; none",
    ],
)
def test_fast_path_agrees_with_authres(value: str) -> None:
    import authres

    from mailbot.authenticity import _PLAIN_AR, _regex_results

    assert _PLAIN_AR.fullmatch(value)
    parsed = authres.AuthenticationResultsHeader.parse_value(value)
    want = [
        (r.method, r.result, {p.name: p.value for p in r.properties if p.type == "header" and p.name in ("d", "i", "from")})
        for r in parsed.results
        if r.method in ("dkim", "dmarc")
    ]
    assert _regex_results(value) == want


def test_quoted_header_goes_through_authres() -> None:
    # A pass smuggled inside a quoted string must not be read as a result.
    headers = [ar('mx.example.net; dkim=fail header.d=evil.example header.b="; dkim=pass header.d=linkedin.com"')]
    assert assess(headers, LI, "", TRUST)[0] is Authenticity.SUSPICIOUS
    headers = [ar('mx.example.net; dkim=pass header.i="@linkedin.com" header.b="x;y"; dmarc=pass header.from=linkedin.com')]
    assert assess(headers, LI, "", TRUST)[0] is Authenticity.VERIFIED
