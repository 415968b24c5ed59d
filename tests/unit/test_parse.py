"""Tests for mailbot.parse: fixtures from tests/data, plus inline mail for layouts and hostile input."""
from __future__ import annotations

import base64
import time
import tomllib
from datetime import datetime, timezone
from pathlib import Path

import pytest

from mailbot import wording
from mailbot.model import Authenticity, Kind, MessageRef, RawMessage
from mailbot.parse import (
    ParseError,
    canonical_profile_url,
    is_candidate,
    message_id_of,
    parse_message,
    person_key,
)

DATA = Path(__file__).resolve().parents[1] / "data"
TRUST = ["mx.example.net"]
REF = MessageRef("INBOX", 7, 42)


def raw(data: bytes, size: int | None = None, truncated: bool = False) -> RawMessage:
    return RawMessage(REF, data, len(data) if size is None else size, truncated)


def mail(
    from_: str,
    subject: str,
    plain: str | None = None,
    html: str | None = None,
    *,
    extra: str = "",
    ar: str | None = "mx.example.net; dkim=pass header.d=linkedin.com header.i=@linkedin.com; dmarc=pass header.from=linkedin.com",
    message_id: str = "<1.2.3@ltx1-app1.prod.linkedin.com>",
) -> bytes:
    head = ""
    if ar:
        head += f"Authentication-Results: {ar}\r\n"
    head += (
        f"Date: Thu, 22 Jan 2026 11:14:46 +0000 (UTC)\r\nFrom: {from_}\r\nMessage-ID: {message_id}\r\n"
        f"Subject: {subject}\r\nMIME-Version: 1.0\r\nTo: Paul Example <paul@example.net>\r\n{extra}"
    )
    parts = []
    if plain is not None:
        parts.append(("text/plain", plain))
    if html is not None:
        parts.append(("text/html", html))
    b = "----=_Part_1_2.3"
    out = head + f'Content-Type: multipart/alternative; boundary="{b}"\r\n\r\n'
    for ctype, body in parts:
        out += f"--{b}\r\nContent-Type: {ctype};charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n"
    out += f"--{b}--\r\n"
    return out.encode("utf-8")


FOOTER_EN = """
----------------------------------------

This email was intended for Paul Example (Chief Financial Officer)
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
You are receiving Invitation emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=x
Help: https://www.linkedin.com/help/linkedin/answer/67

© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
"""

PROFILE = "https://www.linkedin.com/comm/in/jane-roe-4b2a1?midToken=AQ1&trk=eml-email_m2m_invite_single_01-header-24-profile&trkEmail=x&lipi=urn%3Ali"
ACCEPT = "https://www.linkedin.com/comm/mynetwork/invite-accept/invitationId/7012345678901234567/sharedKey/Ab12Cd34/?midToken=AQ1&trk=x"


# --------------------------------------------------------------------------- fixtures


def _expected() -> dict:
    path = DATA / "expected.toml"
    if not path.exists():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _fixture_cases() -> list:
    cases = []
    for name, exp in sorted(_expected().items()):
        if not isinstance(exp, dict):
            continue
        matches = list((DATA / "eml").rglob(name)) or list((DATA / "eml").rglob(Path(name).name))
        path = DATA / "eml" / name if (DATA / "eml" / name).exists() else (matches[0] if matches else None)
        if path is not None:
            cases.append(pytest.param(path, exp, id=name))
    return cases or [pytest.param(None, None, id="no-fixtures", marks=pytest.mark.skip("no fixtures yet"))]


@pytest.mark.parametrize("path,exp", _fixture_cases())
def test_fixture(path: Path, exp: dict) -> None:
    data = path.read_bytes()
    if "linkedin" in exp:
        assert is_candidate(data) is bool(exp["linkedin"])
    if exp.get("kind") == "none":
        try:
            n = parse_message(raw(data), TRUST)
        except ParseError:
            return
        assert n is None
        return
    n = parse_message(raw(data), TRUST)
    if not exp.get("linkedin", True):
        assert n is None
        return
    assert n is not None
    if "kind" in exp:
        assert n.kind.value == exp["kind"]
    if exp.get("skill"):
        assert n.skill == exp["skill"]
    if "language" in exp:
        assert n.language == exp["language"]
    if "person" in exp:
        want = exp["person"]
        if not want:
            assert n.person is None
        else:
            assert n.person is not None and n.person.name == want
    if exp.get("disposition") == "suspicious" or exp.get("folder", "").endswith("Suspicious"):
        assert n.authenticity is Authenticity.SUSPICIOUS


# --------------------------------------------------------------------------- layouts


INVITE_2016 = """Hi Paul,

I'd like to join your LinkedIn network.

Michael Moore
Managing Director

View profile: https://www.linkedin.com/comm/profile/view?id=AAsAAAJUVTYBWkKAZwppmyYBjwgm1AI0nKRyTwA&authType=name&authToken=eAsV&invAcpt=2197625_I6132985453227360256_500&midToken=AQHQ1w5V4ws4wA&trk=eml-email_m2m_invite_single_01-hero-3-prof%7Ecta

Accept: https://www.linkedin.com/comm/people/invite-accept?mboxid=I6132985453227360256_500&sharedKey=48j6iM8P&fr=false&invitationId=6132985418842456064&fe=true

.....................................

Unsubscribe: https://www.linkedin.com/e/v2?e=1b3p5-inqenmmy-ir&t=lun
Help: https://www.linkedin.com/e/v2?e=1b3p5-inqenmmy-ir&a=customerServiceUrl

You are receiving Invitation emails.

This email was intended for Paul Example (Senior Director).
© 2016 LinkedIn Corporation, 2029 Stierlin Court, Mountain View CA 94043.
"""


def test_invitation_2016_default_note() -> None:
    n = parse_message(raw(mail("Michael Moore <invitations@linkedin.com>", "Paul, please add me to your LinkedIn network", INVITE_2016)), TRUST)
    assert n is not None
    assert n.kind is Kind.INVITATION
    assert n.language == "en"
    assert n.person is not None
    assert n.person.name == "Michael Moore"
    assert n.person.headline == "Managing Director"
    assert n.person.vanity == ""
    assert n.person.profile_url == "https://www.linkedin.com/comm/profile/view?id=AAsAAAJUVTYBWkKAZwppmyYBjwgm1AI0nKRyTwA"
    assert n.person.key == "name:michael moore|managing director"
    assert n.default_note is True
    assert n.text == ""
    assert n.links.accept.startswith("https://www.linkedin.com/comm/people/invite-accept?mboxid=I6132985453227360256_500")
    assert n.authenticity is Authenticity.VERIFIED
    assert n.sender == "invitations@linkedin.com"
    assert n.date == datetime(2026, 1, 22, 11, 14, 46, tzinfo=timezone.utc)
    assert n.message_id == "<1.2.3@ltx1-app1.prod.linkedin.com>"
    assert n.ref == REF


NOTE = "I run a free monthly roundtable for finance leaders in Boston.\nWould you like to join us in March?"


def _current_invite(note_block: str) -> str:
    return f"""{note_block}

Jane Roe
CFO at Acme Robotics
Greater Boston

Accept: {ACCEPT}

View profile: {PROFILE}
{FOOTER_EN}"""


def test_invitation_current_personal_note_exact() -> None:
    body = _current_invite("Hi Paul,\n\n" + NOTE)
    n = parse_message(raw(mail("Jane Roe via LinkedIn <invitations@linkedin.com>", "I want to connect", body,
                               extra="X-LinkedIn-Template: email_m2m_invite_single_01\r\n")), TRUST)
    assert n is not None and n.kind is Kind.INVITATION
    assert n.text == "Hi Paul,\n\n" + NOTE
    assert n.default_note is False
    assert n.person is not None
    assert (n.person.name, n.person.headline, n.person.vanity) == ("Jane Roe", "CFO at Acme Robotics", "jane-roe-4b2a1")
    assert n.person.key == "in:jane-roe-4b2a1"
    assert n.person.profile_url == "https://www.linkedin.com/in/jane-roe-4b2a1/"
    assert n.links.profile == "https://www.linkedin.com/in/jane-roe-4b2a1/"
    assert n.links.accept == ACCEPT
    assert n.language == "en"


def test_invitation_without_note_is_default() -> None:
    n = parse_message(raw(mail("Jane Roe via LinkedIn <invitations@linkedin.com>", "I want to connect", _current_invite(""))), TRUST)
    assert n is not None and n.kind is Kind.INVITATION
    assert n.default_note is True and n.text == ""
    assert n.person is not None and n.person.name == "Jane Roe"


INMAIL = """Vertrauliche Direktvermittlung: Senior Entwickler (Java) - 100% Remote
Vertrauliche Direktvermittlung: Senior Entwickler (Java) - 100% Remote

      Shira Fahrenberg
        Reply
        https://www.linkedin.com/messaging/thread/2-N2M3MmEwNDMtZDU4YS00NWEyLTkyOWMtNzI2MzAxYzZjNGY1XzEwMA==/

Hallo Paul,

ich hoffe, du bist gut ins neue Jahr gestartet!

Viele Grüße
Shira

Shira Fahrenberg | Founder Senior Tech Recruiter
\u034f\u00a0\u034f\u00a0
----------------------------------------

This email was intended for Paul Example (Software Architect)
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788?lang=en
You are receiving LinkedIn notification emails.
"""


def test_inmail_2026_layout() -> None:
    data = mail(
        "Shira Fahrenberg <inmail-hit-reply@linkedin.com>",
        "Vertrauliche Direktvermittlung: Senior Entwickler (Java) - 100% Remote",
        INMAIL,
        extra="X-LinkedIn-Template: email_hire_inmail_initial_single_01\r\nReply-To: Shira Fahrenberg <c15c178d@reply.linkedin.com>\r\n",
    )
    n = parse_message(raw(data), TRUST)
    assert n is not None
    assert n.kind is Kind.INMAIL
    assert n.language == "en"  # LinkedIn's footer, not the recruiter's German
    assert n.person is not None and n.person.name == "Shira Fahrenberg"
    assert n.text == (
        "Hallo Paul,\n\nich hoffe, du bist gut ins neue Jahr gestartet!\n\nViele Grüße\nShira\n\n"
        "Shira Fahrenberg | Founder Senior Tech Recruiter"
    )
    assert n.links.thread.startswith("https://www.linkedin.com/messaging/thread/2-N2M3")
    assert n.default_note is False


def test_html_only_invitation_drops_preheader_and_style() -> None:
    html = f"""<html lang="en"><head><style>.x{{color:red}}</style></head><body>
<div style="visibility: hidden; height: 0px; max-height: 0; overflow: hidden;" data-email-preheader="true">Hi Paul, I run a free...</div>
<div style="display:none">\u034f&nbsp;\u034f&nbsp;</div>
<table><tr><td><p>Hi Paul,</p><p>I run a free monthly roundtable for finance leaders &amp; CFOs.</p></td></tr>
<tr><td><a href="{PROFILE.replace('&', '&amp;')}"><span>Jane Roe</span></a><p>CFO at Acme Robotics</p></td></tr>
<tr><td><a href="{ACCEPT}">Accept</a> <a href="{PROFILE.replace('&', '&amp;')}">View profile</a></td></tr></table>
<p>This email was intended for Paul Example (CFO)</p></body></html>"""
    n = parse_message(raw(mail("Jane Roe via LinkedIn <invitations@linkedin.com>", "I want to connect", None, html)), TRUST)
    assert n is not None and n.kind is Kind.INVITATION
    assert n.text == "Hi Paul,\n\nI run a free monthly roundtable for finance leaders & CFOs."
    assert n.person is not None and n.person.vanity == "jane-roe-4b2a1"
    assert n.person.headline == "CFO at Acme Robotics"
    assert n.links.accept == ACCEPT
    assert n.default_note is False


def test_german_invitation() -> None:
    body = """Hallo Paul,

ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.

Jürgen Müller
Leiter Finanzen bei Beispiel GmbH

Annehmen: https://www.linkedin.com/comm/mynetwork/invite-accept/invitationId/1/sharedKey/x/
Profil anzeigen: https://www.linkedin.com/comm/in/juergen-mueller?trk=x

----------------------------------------
Diese E-Mail ist für Paul Example (CFO) bestimmt.
Sie erhalten Einladungen per E-Mail.
Abbestellen: https://www.linkedin.com/comm/psettings/email-unsubscribe
"""
    n = parse_message(raw(mail("Jürgen Müller über LinkedIn <invitations@linkedin.com>", "Jürgen Müller möchte sich mit Ihnen vernetzen", body)), TRUST)
    assert n is not None
    assert n.kind is Kind.INVITATION
    assert n.language == "de"
    assert n.person is not None and n.person.name == "Jürgen Müller"
    assert n.person.headline == "Leiter Finanzen bei Beispiel GmbH"
    assert n.person.key == "in:juergen-mueller"
    assert n.default_note is True and n.text == ""


def test_french_accepted_invitation() -> None:
    body = """Marie Dupont a accepté votre invitation. Commencez une conversation.

Marie Dupont
Directrice financière chez Exemple SA

Voir le profil: https://www.linkedin.com/comm/in/marie-dupont?trk=x
Envoyer un message: https://www.linkedin.com/messaging/thread/new?x=1

----------------------------------------
Cet e-mail est destiné à Paul Example (CFO).
Vous recevez des e-mails de notification.
"""
    n = parse_message(raw(mail("LinkedIn <invitations@linkedin.com>", "Marie a accepté votre invitation", body)), TRUST)
    assert n is not None
    assert n.kind is Kind.INVITATION_ACCEPTED
    assert n.language == "fr"
    assert n.person is not None and n.person.name == "Marie Dupont"
    assert n.person.headline == "Directrice financière chez Exemple SA"
    assert n.text == ""


def test_spanish_message() -> None:
    body = """Carlos García te ha enviado un mensaje

Carlos García
Director de ventas

Hola Paul, ¿tienes 15 minutos para una demo de nuestro software?

Responder: https://www.linkedin.com/messaging/thread/2-abc/

----------------------------------------
Este email se ha enviado a Paul Example (CFO).
Darse de baja: https://www.linkedin.com/comm/psettings/email-unsubscribe
"""
    n = parse_message(raw(mail("Carlos García <messages-noreply@linkedin.com>", "Carlos García te ha enviado un mensaje", body)), TRUST)
    assert n is not None
    assert n.kind is Kind.MESSAGE
    assert n.language == "es"
    assert n.person is not None and n.person.name == "Carlos García"
    assert n.text == "Hola Paul, ¿tienes 15 minutos para una demo de nuestro software?"
    assert n.links.thread == "https://www.linkedin.com/messaging/thread/2-abc/"


def test_italian_invitation_waiting_is_not_a_reminder() -> None:
    body = """Mario Rossi è in attesa della tua risposta

Mario Rossi
Responsabile amministrativo

Accetta: https://www.linkedin.com/comm/mynetwork/invite-accept/invitationId/1/sharedKey/x/
Visualizza profilo: https://www.linkedin.com/comm/in/mario-rossi?trk=x

----------------------------------------
Questa email è stata inviata a Paul Example (CFO).
Annulla iscrizione: https://www.linkedin.com/comm/psettings/email-unsubscribe
"""
    n = parse_message(raw(mail("Mario Rossi tramite LinkedIn <invitations@linkedin.com>", "Voglio collegarmi", body)), TRUST)
    assert n is not None
    assert n.kind is Kind.INVITATION
    assert n.language == "it"
    assert n.person is not None and n.person.name == "Mario Rossi" and n.person.vanity == "mario-rossi"
    assert n.default_note is True


def test_reminder_by_subject() -> None:
    n = parse_message(raw(mail("LinkedIn <invitations@linkedin.com>", "Reminder about your invitation from Jane Roe", _current_invite("Hi Paul,\n" + NOTE))), TRUST)
    assert n is not None and n.kind is Kind.INVITATION_REMINDER
    assert n.person is not None and n.person.name == "Jane Roe"
    assert n.text == "Hi Paul,\n" + NOTE


def test_endorsement_skill() -> None:
    n = parse_message(raw(mail("LinkedIn <notifications-noreply@linkedin.com>", "Jane Roe endorsed you for Financial Reporting", "Jane Roe endorsed you for Financial Reporting\n" + FOOTER_EN)), TRUST)
    assert n is not None and n.kind is Kind.ENDORSEMENT
    assert n.skill == "Financial Reporting"
    assert n.person is not None and n.person.name == "Jane Roe"


def test_template_decides_kind() -> None:
    cases = {
        "email_m2m_invite_single_01": Kind.INVITATION,
        "email_m2m_invite_reminder_02": Kind.INVITATION_REMINDER,
        "email_member_message_v2": Kind.MESSAGE,
        "email_hire_inmail_initial_single_01": Kind.INMAIL,
        "email_job_alert_digest_01": Kind.OTHER,
        "email_pymk_02": Kind.OTHER,
        "email_weekly_analytics_recap_v2": Kind.OTHER,
    }
    for template, kind in cases.items():
        data = mail("LinkedIn <messages-noreply@linkedin.com>", "Hello", "Hello\n", extra=f"X-LinkedIn-Template: {template}\r\n")
        n = parse_message(raw(data), TRUST)
        assert n is not None and n.kind is kind, template


def test_other_kinds_have_no_person() -> None:
    body = "Your job alert for controller in Boston\n\nController\nAcme\nView job: https://www.linkedin.com/comm/jobs/view/1234567890/\n" + FOOTER_EN
    n = parse_message(raw(mail("LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", '5 new jobs for "controller"', body)), TRUST)
    assert n is not None and n.kind is Kind.OTHER and n.person is None and n.text == ""
    n = parse_message(raw(mail("LinkedIn <messages-noreply@linkedin.com>", "Paul, add Jane Roe - CFO at Acme", "x\n")), TRUST)
    assert n is not None and n.kind is Kind.OTHER and n.person is None


def test_not_linkedin_is_none() -> None:
    data = mail("Bob Friend <bob@gmail.com>", "Saw your LinkedIn post", "LinkedIn invitation wants to connect\n", ar=None)
    assert is_candidate(data) is False
    assert parse_message(raw(data), TRUST) is None


def test_spoof_gets_best_effort_kind_and_suspicious() -> None:
    data = mail("LinkedIn <invitations@linkedln.com>", "Jane Roe wants to connect", _current_invite("Hi Paul"), ar=None)
    assert is_candidate(data) is True
    n = parse_message(raw(data), TRUST)
    assert n is not None
    assert n.authenticity is Authenticity.SUSPICIOUS
    assert "linkedln.com" in n.authenticity_reason
    assert n.kind is Kind.INVITATION
    assert n.person is not None and n.person.name == "Jane Roe"


def test_display_name_spoof_is_candidate() -> None:
    for from_ in ("LinkedIn <alerts@gmail.com>", "LinkedIn Connections <x@example.org>", "Jane Roe via LinkedIn <jr@example.org>",
                  "Jane <jane@e.linkedin.com>", "x <x@linkedin.com.evil.example>"):
        assert is_candidate(f"From: {from_}\r\nSubject: x\r\n\r\n".encode()) is True, from_
    for from_ in ("Bob <bob@gmail.com>", "Bob Smith (LinkedIn coach) <bob@gmail.com>", "news@example.org"):
        assert is_candidate(f"From: {from_}\r\nSubject: LinkedIn\r\n\r\n".encode()) is False, from_


def test_unchecked_without_trust() -> None:
    n = parse_message(raw(mail("Jane Roe via LinkedIn <invitations@linkedin.com>", "I want to connect", _current_invite(""))), [])
    assert n is not None and n.authenticity is Authenticity.UNCHECKED


def test_rfc2047_subject_and_name() -> None:
    data = mail("=?UTF-8?Q?J=C3=BCrgen_M=C3=BCller_=C3=BCber_LinkedIn?= <invitations@linkedin.com>",
                "=?UTF-8?Q?J=C3=BCrgen_M=C3=BCller_m=C3=B6chte_sich_mit_Ihnen_vernetzen?=", "x\n")
    n = parse_message(raw(data), TRUST)
    assert n is not None
    assert n.subject == "Jürgen Müller möchte sich mit Ihnen vernetzen"
    assert n.person is not None and n.person.name == "Jürgen Müller"
    assert n.language == "de"


# --------------------------------------------------------------------------- helpers


def test_person_key_folding() -> None:
    assert person_key("José Q. Álvarez-Núñez", "Head of FP&A", "") == "name:jose alvarez nunez|head of fp a"
    assert person_key("JOSÉ ÁLVAREZ-NÚÑEZ", "head of fp&a", "") == person_key("José Q. Álvarez-Núñez", "Head of FP&A", "")
    assert person_key("Jane Roe", "CFO", "Jane-Roe-4B2A1") == "in:jane-roe-4b2a1"
    assert person_key("  Jane   Roe ", "", "") == "name:jane roe|"
    assert person_key("Jane Roe", "CFO", "") != person_key("Jane Roe", "CTO", "")


def test_canonical_profile_url() -> None:
    assert canonical_profile_url(PROFILE) == ("https://www.linkedin.com/in/jane-roe-4b2a1/", "jane-roe-4b2a1")
    assert canonical_profile_url("https://de.linkedin.com/in/Jane-Roe/") == ("https://www.linkedin.com/in/jane-roe/", "jane-roe")
    url = "https://www.linkedin.com/comm/profile/view?id=AAsAAAJUVTYB&authType=name&authToken=eAsV&invAcpt=1_I2_500&midToken=AQ&trk=x&trkEmail=y&lipi=z&otpToken=o&midSig=m&eid=e&loid=l"
    assert canonical_profile_url(url) == ("https://www.linkedin.com/comm/profile/view?id=AAsAAAJUVTYB", "")
    assert canonical_profile_url("https://evil.example/in/jane") == ("https://evil.example/in/jane", "")


def test_message_id_of() -> None:
    assert message_id_of(b"Message-ID:  <a.b@c.d> \r\nSubject: x\r\n\r\nbody") == "<a.b@c.d>"
    assert message_id_of(b"Message-Id: a.b@c.d\r\n\r\n") == "<a.b@c.d>"
    data = b"Subject: x\r\n\r\nbody"
    import hashlib

    lf = data.replace(b"\r\n", b"\n")
    assert message_id_of(data) == f"<sha256:{hashlib.sha256(lf).hexdigest()}@mailbot>"
    assert message_id_of(data) == message_id_of(lf), "the same mail over IMAP (CRLF) and Maildir (LF)"


@pytest.mark.parametrize(
    "note",
    [
        "Hi Paul,\nI'd like to join your LinkedIn network.",
        "Hi Paul, I’d like to join your LinkedIn network",
        '"I\'d like to add you to my professional network on LinkedIn."\n\n- Jane Roe',
        "Hallo Paul,\n\nich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.",
        "Ich möchte dich gern zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen",
        "Bonjour Paul,\nJ'aimerais faire partie de votre réseau LinkedIn.",
        "Je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn.",
        "Hola Paul:\nMe gustaría añadirte a mi red profesional en LinkedIn.",
        "Me gustaría formar parte de tu red de LinkedIn.",
        "Ciao Paul,\nVorrei aggiungerti alla mia rete professionale su LinkedIn.",
        "Vorrei entrare a far parte della tua rete su LinkedIn.",
        "Olá Paul, Gostaria de adicioná-lo(a) à minha rede profissional no LinkedIn.",
        "Hallo Alex,\n\nich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.\n\n"
        "Geschäftsführer | Steinbichler Consulting e.U.\n\nLinz",  # the sender's card under the default text
    ],
)
def test_default_note_detected(note: str) -> None:
    n = parse_message(raw(mail("Jane Roe via LinkedIn <invitations@linkedin.com>", "I want to connect", _current_invite(note))), TRUST)
    assert n is not None and n.default_note is True and n.text == ""


@pytest.mark.parametrize(
    "note",
    [
        "Hi Paul, I'd like to join your LinkedIn network to discuss our CPE event next week.",
        "Ich möchte Sie zu unserem kostenlosen CFO-Frühstück einladen.",
        "Je souhaiterais vous ajouter à mon réseau pour parler de notre formation gratuite.",
        "Hi Alex, I run a small peer group for group controllers – monthly calls, no selling. Thought you'd fit.",
    ],
)
def test_personal_note_is_not_default(note: str) -> None:
    n = parse_message(raw(mail("Jane Roe via LinkedIn <invitations@linkedin.com>", "I want to connect", _current_invite(note))), TRUST)
    assert n is not None and n.default_note is False and n.text == note


def test_keywords_cover_every_kind_pattern() -> None:
    for kind, langs in wording.KIND_PATTERNS.items():
        for lang, patterns in langs.items():
            for p in patterns:
                assert any(k in p.casefold() for k in wording.KIND_KEYWORDS), (kind, lang, p)


# --------------------------------------------------------------------------- hostile mail


def _quick(data: bytes, **kw: object) -> object:
    start = time.perf_counter()
    try:
        result: object = parse_message(raw(data, **kw), TRUST)  # type: ignore[arg-type]
    except ParseError as exc:
        result = exc
    assert time.perf_counter() - start < 0.5
    return result


LI_HEAD = "From: Jane Roe via LinkedIn <invitations@linkedin.com>\r\nSubject: I want to connect\r\nMessage-ID: <h@x>\r\n"


def test_unknown_charset() -> None:
    data = (LI_HEAD + "Content-Type: text/plain; charset=x-no-such-charset\r\n\r\nHi Paul,\r\nLet's talk about the CFO forum.\r\n").encode()
    n = _quick(data)
    assert not isinstance(n, ParseError) and n is not None
    assert "CFO forum" in n.text  # type: ignore[union-attr]
    data = (LI_HEAD.replace("I want to connect", "=?x-bogus?q?Hi_there?=") + "Content-Type: text/plain; charset=base64\r\n\r\nhello\r\n").encode()
    assert not isinstance(_quick(data), ParseError)


def test_deep_multipart() -> None:
    depth = 60
    body = ""
    for i in range(depth):
        body += f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n'
    body += "Content-Type: text/plain\r\n\r\nHi Paul, deep.\r\n"
    for i in reversed(range(depth)):
        body += f"--b{i}--\r\n"
    result = _quick((LI_HEAD + body).encode())
    assert result is not None
    assert isinstance(result, ParseError) or result.kind is Kind.INVITATION  # type: ignore[union-attr]


def test_many_parts() -> None:
    body = 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + "".join("--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" for _ in range(3000)) + "--b--\r\n"
    result = _quick((LI_HEAD + body).encode())
    assert isinstance(result, ParseError) or result is not None


def test_five_megabyte_body() -> None:
    body = "Content-Type: text/plain\r\n\r\n" + ("Hi Paul, " * 20 + "\r\n") * 30_000
    data = (LI_HEAD + body).encode()
    assert len(data) > 5_000_000
    result = _quick(data)
    assert not isinstance(result, ParseError) and result is not None


def test_no_headers() -> None:
    with pytest.raises(ParseError, match="no headers"):
        parse_message(raw(b"\r\nHello, just a body\r\n"), TRUST)
    with pytest.raises(ParseError, match="no headers"):
        parse_message(raw(b""), TRUST)
    with pytest.raises(ParseError):
        parse_message(raw(b"this is not a header line at all\r\n\r\nbody"), TRUST)


def test_header_named_headers() -> None:
    data = (LI_HEAD + "headers: headers: x\r\nheaders:: y\r\nContent-Type: text/plain\r\n\r\nHi\r\n").encode()
    result = _quick(data)
    assert not isinstance(result, ParseError) and result is not None


def test_broken_base64() -> None:
    good = base64.b64encode("Hi Paul,\nI run the CFO roundtable in Boston and would love to have you.\n".encode()).decode()
    data = (LI_HEAD + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + good[:-7] + "!!%%\r\n").encode()
    result = _quick(data)
    assert not isinstance(result, ParseError) and result is not None
    assert "CFO roundtable" in result.text  # type: ignore[union-attr]


def test_binary_garbage_and_bad_date() -> None:
    data = LI_HEAD.encode() + b"Date: yesterday-ish\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\xff\xfe\x00\x80garbage\r\n"
    result = _quick(data)
    assert not isinstance(result, ParseError) and result is not None
    assert result.date is None  # type: ignore[union-attr]


def test_truncated_message() -> None:
    full = mail("Jane Roe via LinkedIn <invitations@linkedin.com>", "I want to connect", _current_invite("Hi Paul,\n" + NOTE), "<html>" + "x" * 10000)
    cut = full[: full.index(b"Accept:") + 20]
    n = parse_message(raw(cut, size=len(full), truncated=True), TRUST)
    assert n is not None and n.truncated is True
    assert n.kind is Kind.INVITATION
    assert n.text.startswith("Hi Paul,\nI run a free monthly roundtable")


def test_malformed_from_is_suspicious() -> None:
    data = mail("alice@example.org)<invitations@linkedin.com>", "I want to connect", "Hi\n")
    assert is_candidate(data) is True
    n = parse_message(raw(data), TRUST)
    assert n is not None and n.authenticity is Authenticity.SUSPICIOUS


# --------------------------------------------------------------------------- boilerplate and cards


def test_reminder_line_and_quotes_removed_exactly() -> None:
    body = f"""Jane Roe sent you an invitation 7 days ago.

“Hi Paul, {NOTE}”

Jane Roe
CFO at Acme Robotics

Accept: {ACCEPT}
View profile: {PROFILE}
{FOOTER_EN}"""
    n = parse_message(raw(mail("Jane Roe via LinkedIn <invitations@linkedin.com>", "Jane Roe is waiting for your response", body,
                               extra="X-LinkedIn-Template: email_m2m_invite_single_01\r\n")), TRUST)
    assert n is not None
    assert n.kind is Kind.INVITATION_REMINDER  # the subject wins over a first-invitation template
    assert n.text == f"Hi Paul, {NOTE}"
    assert n.default_note is False


@pytest.mark.parametrize(
    "lang,name,subject,line,skill",
    [
        ("it", "Ottavio Bianchi", "Ottavio Bianchi ha confermato la tua competenza: Controllo di gestione",
         "Ottavio Bianchi ha confermato la tua competenza in Controllo di gestione.", "Controllo di gestione"),
        ("fr", "Thibault Martin", "Thibault Martin vous a recommandé pour Contrôle de gestion",
         "Thibault Martin vous a recommandé pour Contrôle de gestion.", "Contrôle de gestion"),
        ("de", "Wiebke Lange", "Wiebke Lange hat Ihre Kenntnisse bestätigt: Konzernrechnungslegung",
         "Wiebke Lange hat Ihre Kenntnisse bestätigt: Konzernrechnungslegung", "Konzernrechnungslegung"),
        ("es", "Lucía Pérez", "Lucía Pérez te ha validado en Tesorería", "Lucía Pérez te ha validado en Tesorería.", "Tesorería"),
        ("es", "Rafael Olmos", "Rafael Olmos ha validado tus aptitudes en Control de gestión",
         "Rafael Olmos ha validado tus aptitudes en Control de gestión", "Control de gestión"),
        ("en", "Imogen Fair", "Imogen Fair endorsed you for Lease Accounting", "Imogen Fair endorsed you for Lease Accounting", "Lease Accounting"),
    ],
)
def test_endorsement_languages(lang: str, name: str, subject: str, line: str, skill: str) -> None:
    body = f"{line}\n\nSee all your endorsements: https://www.linkedin.com/comm/in/me/details/skills/?x=1\n"
    n = parse_message(raw(mail("LinkedIn <endorsements@linkedin.com>", subject, body)), TRUST)
    assert n is not None and n.kind is Kind.ENDORSEMENT
    assert n.language == lang
    assert n.skill == skill
    assert n.person is not None and n.person.name == name
    assert n.person.vanity == ""  # /in/me/ is the recipient's own profile
    assert n.text == ""


def test_card_preferred_over_signature() -> None:
    body = """Katrin Weber
Netzwerk Finanzleiter | Vorsorge

Hallo Alex,

schön, dass wir vernetzt sind! Hätten Sie 15 Minuten?

Viele Grüße
Katrin Weber

Antworten: https://www.linkedin.com/messaging/thread/2-abc=/

----------------------------------------
Diese E-Mail ist für Alex Morgan (Controller) bestimmt.
"""
    n = parse_message(raw(mail("Katrin Weber via LinkedIn <messages-noreply@linkedin.com>", "Katrin Weber hat Ihnen eine Nachricht gesendet", body)), TRUST)
    assert n is not None and n.kind is Kind.MESSAGE and n.language == "de"
    assert n.person is not None and n.person.headline == "Netzwerk Finanzleiter | Vorsorge"
    assert n.text == "Hallo Alex,\n\nschön, dass wir vernetzt sind! Hätten Sie 15 Minuten?\n\nViele Grüße\nKatrin Weber"


def test_html_card_with_location_and_adjacent_buttons() -> None:
    html = f"""<html><body><table>
<tr><td><a href="{PROFILE}">Jane Roe</a></td></tr>
<tr><td><p>CFO at Acme Robotics</p></td></tr>
<tr><td><p>Boston, Massachusetts</p></td></tr>
<tr><td><a href="{ACCEPT}">Accept</a><a href="{PROFILE}">View profile</a></td></tr>
</table><p>This email was intended for Paul Example (CFO)</p></body></html>"""
    n = parse_message(raw(mail("Jane Roe via LinkedIn <invitations@linkedin.com>", "I want to connect", None, html)), TRUST)
    assert n is not None and n.kind is Kind.INVITATION
    assert n.text == "" and n.default_note is True
    assert n.person is not None and n.person.headline == "CFO at Acme Robotics"
    assert n.links.accept == ACCEPT


@pytest.mark.parametrize(
    "subject,name",
    [
        ("Paul, Jane Roe wants to connect", "Jane Roe"),
        ("Jane Roe, CPA sent you a new message", "Jane Roe, CPA"),
        ("New message from Jane Roe", "Jane Roe"),
        ("Jane Roe just messaged you", "Jane Roe"),
    ],
)
def test_name_from_subject(subject: str, name: str) -> None:
    n = parse_message(raw(mail("LinkedIn <messages-noreply@linkedin.com>", subject, "Hello Paul, a question about your close.\n" + FOOTER_EN)), TRUST)
    assert n is not None and n.person is not None and n.person.name == name


def test_five_megabyte_invitation_cut_at_size_limit() -> None:
    full = mail("Jane Roe via LinkedIn <invitations@linkedin.com>", "I want to connect",
                _current_invite("Hi Paul,\n" + NOTE) + "x" * (5 * 1024 * 1024))
    cut = full[: 1024 * 1024]
    start = time.perf_counter()
    n = parse_message(raw(cut, size=len(full), truncated=True), TRUST)
    assert time.perf_counter() - start < 0.5
    assert n is not None and n.truncated is True and n.kind is Kind.INVITATION
    assert n.person is not None and n.person.vanity == "jane-roe-4b2a1"
    assert n.text == "Hi Paul,\n" + NOTE


def test_unlisted_language_still_yields_kind_and_person() -> None:
    body = "Jana Nováková\nFinanční ředitelka\n\nPřijmout: " + ACCEPT + "\n"
    n = parse_message(raw(mail("Jana Nováková prostřednictvím LinkedIn <invitations@linkedin.com>", "Chci se s vámi spojit", body,
                               extra="X-LinkedIn-Template: email_m2m_invite_single_01\r\n")), TRUST)
    assert n is not None and n.kind is Kind.INVITATION
    assert n.person is not None and n.person.name == "Jana Nováková"
    assert n.language == ""
    assert n.links.accept == ACCEPT


@pytest.mark.parametrize("note,expected", [
    ("Ich würde mich gerne Ihrem LinkedIn-Netzwerk anschließen.", True),
    ("Je souhaiterais faire partie de votre réseau LinkedIn.", True),
    ("Me gustaría formar parte de tu red de LinkedIn.", True),
    ("Hi Alex, free CPE webinar next week on LinkedIn Live about network security", False),
    ("Hi Alex, let's grow our LinkedIn network together!", False),
])
def test_default_note_in_wordings_no_table_lists(note: str, expected: bool) -> None:
    from mailbot.parse import _is_default_note
    assert _is_default_note(note, ["Alex"]) is expected


CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.mark.parametrize("path,name,headline,starts", [
    # a note under the card with no final stop, in a text part and in an HTML-only InMail
    ("dev8/p035_2_hostility-connection_message.eml", "Marco Aurélio Santos", "Consultor | Consórcios e Investimentos",
     "Visualizou e não respondeu"),
    ("dev8/p060_2_reinvite-known-ugly_inmail.eml", "Liu Yang", "Trade & Investment", "you are very arrogant"),
    # a short note under the card with no stop at all, and one that is only a link
    ("dev13/p034_3_hostility-connection_message.eml", "Marc Albers", "Geschäftsführer | Dashboard-Agentur",
     "Keine Antwort ist auch eine Antwort"),
    ("dev13/p042_1_single-pitch_message.eml", "Romain Giraud", "Associé | Expertise comptable", "Notre plaquette 2026"),
    # a digest from "LinkedIn" whose subject says "appena": the name comes from the profile link
    ("dev9/p056_3_good-turns-ugly_message.eml", "Valentina Greco", "CFA | Coordinatrice gruppo di studio CFA Milano",
     "Ciao Alex, da settembre"),
])
def test_person_and_note_in_layouts_first_seen_in_other_writers_corpora(path: str, name: str, headline: str,
                                                                         starts: str) -> None:
    n = parse_message(raw((CORPUS / path).read_bytes()), TRUST)
    assert n is not None and n.person is not None
    assert (n.person.name, n.person.headline) == (name, headline)
    assert n.text.startswith(starts)


@pytest.mark.parametrize("path,kind,name,starts", [
    # one person's invitation sent with the digest template (2016 subject naming nobody)
    ("dev11/p044_1_good-turns-ugly_invitation.eml", Kind.INVITATION, "Natalie Hughes", ""),
    ("dev11/p004_1_good_invite_invitation.eml", Kind.INVITATION, "Begoña Ibáñez", "Hola Alex, te escribo"),
    # a display name split mid-word over encoded words (RFC 2047 section 6.2)
    ("dev11/p020_1_bait_inmail_inmail.eml", Kind.INMAIL, "Marta Echevarría", "Hola Alex, estamos"),
    ("dev11/p025_1_hostility-after-decline_invitation.eml", Kind.INVITATION, "Detlef Brückner", ""),
    # a text-only message digest that links no profile: the card under "Hai nuovi messaggi"
    ("dev11/p017_2_bait_invite_message.eml", Kind.MESSAGE, "Cristina Valli", "Grazie per aver accettato!"),
])
def test_layouts_of_the_eleventh_writer(path: str, kind: Kind, name: str, starts: str) -> None:
    n = parse_message(raw((CORPUS / path).read_bytes()), TRUST)
    assert n is not None and n.kind is kind and n.person is not None
    assert n.person.name == name
    assert n.text.startswith(starts)


def test_a_greeting_that_runs_on_into_a_sentence_keeps_the_sentence() -> None:
    n = parse_message(raw((CORPUS / "dev19/p068_3_user-invited-pitch-twice_message.eml").read_bytes()), TRUST)
    assert n is not None and n.text == "hey, nochmal wegen der Demo 🙂 passt Fr?"


def test_a_text_digest_names_the_sender_by_the_profile_link_it_spells() -> None:
    body = ("You have new messages\n\nCristina Valli\n\nThanks for accepting! Could I show you our ERP for SMEs "
            "this week?\n\nView profile: https://www.linkedin.com/comm/in/cristina-valli-8a2b31?midToken=AQ1\n"
            + FOOTER_EN)
    data = mail("LinkedIn <messaging-digest-noreply@linkedin.com>", "You have new messages", plain=body,
                extra="X-LinkedIn-Template: email_member_message_v2\r\n")
    n = parse_message(raw(data), TRUST)
    assert n is not None and n.kind is Kind.MESSAGE and n.person is not None
    assert (n.person.name, n.person.vanity) == ("Cristina Valli", "cristina-valli-8a2b31")
    assert n.text.startswith("Thanks for accepting!")
