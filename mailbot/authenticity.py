"""Is mail that claims to be LinkedIn believed to be LinkedIn?

Pure functions over header values: no DNS, no clock, no I/O.

Two questions, answered separately:

1. *Does the sender look like LinkedIn without being it?* A look-alike domain
   (punycode decoded, Unicode skeleton per UTS #39 confusables, ``linkedin`` as a
   label of someone else's domain, a small edit distance such as ``linkedln``), or a
   display name that claims LinkedIn ("LinkedIn", "LinkedIn Connections",
   "Jane Roe via LinkedIn") on a domain that is not linkedin.com.
2. *For mail from linkedin.com (or a subdomain such as e.linkedin.com): did the
   user's own server authenticate it?* Authentication-Results (RFC 8601) is not
   signed, so only the topmost header whose authserv-id the user configured is
   believed: receiving servers prepend theirs, and anything below it may have been
   written by the sender (RFC 8601 section 5; SpamAssassin's
   ``authres_trusted_authserv`` works the same way). VERIFIED needs ``dkim=pass``
   for a ``header.d``/``header.i`` under linkedin.com (aligned with the From domain,
   which is under linkedin.com) or ``dmarc=pass`` for ``header.from`` linkedin.com.

A From header with parse defects, or with several addresses, is never verified
(CVE-2023-27043: ``parseaddr`` once picked the wrong address out of
``alice@example.org)<bob@example.org>``); addresses are parsed with
``email.policy.default``.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from email import policy
from email.header import decode_header, make_header
from typing import Sequence

import authres

from mailbot.model import Authenticity

LINKEDIN = "linkedin.com"
_TARGET = "linkedin"
_TARGET_SET = frozenset(_TARGET)

# A small slice of the UTS #39 confusables table: what maps onto the letters of
# "linkedin" and common Latin look-alikes (Cyrillic, Greek, IPA, digits).
_CONFUSABLES = {
    "а": "a", "е": "e", "ё": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i", "ї": "i",
    "ј": "j", "ӏ": "l", "ԁ": "d", "к": "k", "ќ": "k", "п": "n", "һ": "h", "ո": "n", "ս": "u",
    "α": "a", "ε": "e", "ι": "i", "ί": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "η": "n",
    "ı": "i", "ɩ": "i", "ɪ": "i", "ǀ": "l", "ł": "l", "ƚ": "l", "ŀ": "l", "ɫ": "l", "ⅰ": "i", "ⅼ": "l",
    "ɴ": "n", "ᴋ": "k", "ᴇ": "e", "ᴅ": "d", "ɗ": "d", "đ": "d", "ḍ": "d",
    "1": "l", "|": "l", "0": "o", "!": "i",
}
_MULTI = (("rn", "m"), ("vv", "w"), ("cl", "d"))

# Display-name words that, beside "LinkedIn", make a name a claim to be LinkedIn.
_CLAIM_WORDS = frozenset(
    "team security support notification notifications connection connections invitation invitations "
    "message messages messaging news jobs job alerts alert service services customer help premium "
    "member members updates update account mail email corporation corp official recruiter talent "
    "benachrichtigungen einladungen nachrichten kontakte equipe équipe equipo squadra".split()
)
_VIA = re.compile(r"^(.+?)\s+(via|über|ueber|vía|por|par|per|tramite|através do|a través de|door|van)\s+(\S+)\s*$", re.I)


def skeleton(text: str) -> str:
    """A lower-case skeleton of *text* for look-alike comparison (a subset of UTS #39)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = "".join(_CONFUSABLES.get(c, c) for c in text)
    for a, b in _MULTI:
        if a in text and b in _TARGET:
            text = text.replace(a, b)
    return text


def _osa_distance(a: str, b: str, limit: int = 3) -> int:
    """Optimal-string-alignment edit distance (transposition counts as one), capped."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[len(b)]


def _decode_label(label: str) -> str:
    if label.startswith("xn--"):
        try:
            return codecs.decode(label[4:].encode("ascii"), "punycode")
        except Exception:  # noqa: BLE001 - a broken punycode label is kept as written
            return label
    return label


def is_linkedin_domain(domain: str) -> bool:
    """linkedin.com itself or any subdomain (e.linkedin.com, bounce.linkedin.com, ...)."""
    d = domain.strip().rstrip(".").lower()
    return d == LINKEDIN or d.endswith("." + LINKEDIN)


def _looks_like_target(word: str) -> bool:
    if not word:
        return False
    if _TARGET in word:
        return True
    n = len(word)
    if n < 5 or n > 11 or len(set(word) & _TARGET_SET) < 4:
        return False
    d = _osa_distance(word, _TARGET, 2)
    return d <= 1 or (d == 2 and n >= 7)


def lookalike_reason(domain: str) -> str | None:
    """A plain reason when *domain* imitates linkedin.com, else None (also None for the real one)."""
    d = domain.strip().rstrip(".").lower()
    if not d or is_linkedin_domain(d):
        return None
    labels = [_decode_label(lbl) for lbl in d.split(".")]
    decoded = ".".join(labels)
    shown = decoded if decoded == d else f"{d} ({decoded})"
    if skeleton(decoded) in (LINKEDIN,) or (skeleton(decoded).endswith("." + LINKEDIN)):
        return f"sender domain {shown} imitates linkedin.com with look-alike characters"
    for label in labels:
        sk = skeleton(label)
        parts = [sk] + [p for p in re.split(r"[-_]", sk) if p]
        if any(p == _TARGET for p in parts) or _TARGET in sk:
            if label == _TARGET:
                return f"sender domain {shown} uses linkedin as a label of another domain"
            return f"sender domain {shown} imitates linkedin.com"
        if any(_looks_like_target(p) for p in parts):
            return f"sender domain {shown} imitates linkedin.com"
    return None


def name_claims_linkedin(display_name: str) -> bool:
    """Does a display name claim to be LinkedIn ("LinkedIn", "LinkedIn Connections", "X via LinkedIn")?"""
    if not display_name:
        return False
    words = [w for w in re.split(r"[^\w]+", skeleton(display_name)) if w]
    if not words:
        return False
    joined = "".join(words)
    if joined == _TARGET or _looks_like_target(joined) and len(words) <= 2:
        return True
    hits = [i for i, w in enumerate(words) if _looks_like_target(w) or (i + 1 < len(words) and _looks_like_target(w + words[i + 1]))]
    if not hits:
        return False
    m = _VIA.match(display_name.strip())
    if m and _looks_like_target(skeleton(m.group(3)).strip(".,;:!\"'")):
        return True
    i = hits[0]
    last = len(words) - 1
    if i == 0 or i == last or (i == last - 1 and _looks_like_target(words[i] + words[i + 1])):
        return True  # "LinkedIn ...", "... via LinkedIn", "... Linked In"
    return all(w in _CLAIM_WORDS or _looks_like_target(w) for w in words)


@dataclass(frozen=True)
class Sender:
    """The From header, parsed with email.policy.default."""

    address: str  # lower-cased addr-spec, "" when none could be read
    display_name: str
    domain: str
    problem: str = ""  # non-empty: defects, several addresses, no address


def parse_from(value: str) -> Sender:
    """Parse one From header value; never raises."""
    try:
        header = policy.default.header_factory("from", value)
        addresses = list(header.addresses)
        defects = list(header.defects)
    except Exception as exc:  # noqa: BLE001 - hostile headers must not stop parsing
        return Sender("", "", "", f"From header cannot be parsed ({type(exc).__name__})")
    if not addresses:
        return Sender("", "", "", "From header has no address")
    first = addresses[0]
    addr = (first.addr_spec or "").strip().lower()
    domain = (first.domain or "").strip().lower().rstrip(".")
    name = _rejoin_encoded_words(value, first.display_name or "")
    problem = ""
    if len(addresses) > 1:
        problem = "From header has several addresses"
    elif defects:
        problem = "From header is malformed"
    elif not domain or "@" not in addr:
        problem = "From header has no domain"
    return Sender(addr, name, domain, problem)


def _rejoin_encoded_words(value: str, name: str) -> str:
    """The display name decoded as RFC 2047 section 6.2 says: the space between two adjacent
    encoded words is not part of the text. The stdlib's address parser keeps it, so a name
    split mid-word ("Brück" "ner") would come back as "Brück ner"."""
    if "=?" not in value or "<" not in value:
        return name
    try:
        joined = str(make_header(decode_header(value.rsplit("<", 1)[0]))).strip().strip('"').strip()
    except Exception:  # noqa: BLE001 - a broken encoded word: keep what the parser read
        return name
    return joined if joined.replace(" ", "") == name.replace(" ", "") else name


def sender_claims_linkedin(sender: Sender) -> bool:
    """The header-only candidate test: from linkedin.com, a look-alike, or a name claiming LinkedIn."""
    return bool(
        is_linkedin_domain(sender.domain) or lookalike_reason(sender.domain) or name_claims_linkedin(sender.display_name)
    )


_AUTHSERV = re.compile(r"^\s*(?:\([^)]*\)\s*)*([^\s;()]+)")
_RESULT_RE = re.compile(r"(?:^|;)\s*(dkim|dmarc)\s*=\s*([A-Za-z]+)([^;]*)", re.I)
# Plain tokens, '=', ';', '@', '/', '+', ',' and non-nested comments; no quotes or escapes.
_PLAIN_AR = re.compile(r"[A-Za-z0-9 \t.@=;:_+/,\-]*(?:\([^()\"\\]*\)[A-Za-z0-9 \t.@=;:_+/,\-]*)*")
_PROP_RE = re.compile(r"\bheader\.(d|i|from)\s*=\s*\"?([^\s;\"()]+)", re.I)


def _authserv_id(value: str) -> str:
    m = _AUTHSERV.match(value)
    return m.group(1).lower() if m else ""


def _results(value: str) -> list[tuple[str, str, dict[str, str]]]:
    """(method, result, {header.d/i/from: value}) for dkim and dmarc results in one AR header.

    Headers made only of plain tokens and flat comments (what receiving servers write)
    are read with a strict regex: authres's tokenizer costs about 0.6 ms on a Gmail-style
    header here, more than half of the parser's whole budget per mail. Anything with
    quoted strings, escapes or nested comments goes to authres, and to the regex only
    when authres cannot read it. The two agree on the plain headers (see the tests).
    """
    if _PLAIN_AR.fullmatch(value):
        return _regex_results(value)
    out: list[tuple[str, str, dict[str, str]]] = []
    try:
        parsed = authres.AuthenticationResultsHeader.parse_value(value)
        for r in parsed.results:
            method = str(r.method).lower()
            if method not in ("dkim", "dmarc"):
                continue
            props = {
                str(p.name).lower(): str(p.value)
                for p in r.properties
                if str(p.type).lower() == "header" and str(p.name).lower() in ("d", "i", "from")
            }
            out.append((method, str(r.result).lower(), props))
        return out
    except Exception:  # noqa: BLE001 - authres is strict; fall back to a careful regex
        return _regex_results(value)


def _regex_results(value: str) -> list[tuple[str, str, dict[str, str]]]:
    out: list[tuple[str, str, dict[str, str]]] = []
    body = value.split(";", 1)[1] if ";" in value else ""
    body = re.sub(r"\([^()]*\)", " ", body)  # drop comments
    for m in _RESULT_RE.finditer(";" + body):
        props = {k.lower(): v for k, v in _PROP_RE.findall(m.group(3))}
        out.append((m.group(1).lower(), m.group(2).lower(), props))
    return out


def _under_linkedin(value: str) -> bool:
    v = value.strip().strip("\"'<>").lower()
    if "@" in v:
        v = v.rsplit("@", 1)[1]
    return is_linkedin_domain(v)


def assess(
    headers: Sequence[tuple[str, str]],
    from_address: str,
    display_name: str,
    authserv_ids: Sequence[str],
    from_problem: str = "",
) -> tuple[Authenticity, str]:
    """Authenticity of one message and the plain reason for it.

    *headers* are the message's header fields in order (topmost first), values unfolded
    or not; *from_address* and *display_name* come from the parsed From header;
    *from_problem* is :attr:`Sender.problem` when the caller already parsed it.
    """
    domain = from_address.rsplit("@", 1)[1].strip().lower() if "@" in from_address else ""
    look = lookalike_reason(domain)
    if look:
        return Authenticity.SUSPICIOUS, look
    genuine = is_linkedin_domain(domain)
    if not genuine:
        if from_problem:
            return Authenticity.SUSPICIOUS, from_problem
        if name_claims_linkedin(display_name):
            shown = domain or "an unknown domain"
            return Authenticity.SUSPICIOUS, f'display name "{display_name}" claims LinkedIn but the sender domain is {shown}'
        return Authenticity.SUSPICIOUS, f"sender domain {domain or '(none)'} is not linkedin.com"
    from_count = sum(1 for name, _ in headers if name.strip().lower() == "from")
    if from_count > 1:
        return Authenticity.SUSPICIOUS, "the message has several From headers"
    if from_problem:
        return Authenticity.SUSPICIOUS, from_problem
    trusted = [t.strip().lower() for t in authserv_ids if t and t.strip()]
    if not trusted:
        return Authenticity.UNCHECKED, "no trusted authserv-id is configured; only look-alikes are checked"
    for name, value in headers:
        if name.strip().lower() != "authentication-results":
            continue
        value = re.sub(r"\r?\n[ \t]+", " ", value).strip()
        if _authserv_id(value) not in trusted:
            continue
        server = _authserv_id(value)
        results = _results(value)
        for method, result, props in results:
            if result != "pass":
                continue
            if method == "dkim" and any(_under_linkedin(props[k]) for k in ("d", "i") if k in props):
                return Authenticity.VERIFIED, f"{server} saw dkim=pass for linkedin.com"
            if method == "dmarc" and _under_linkedin(props.get("from", domain)):
                return Authenticity.VERIFIED, f"{server} saw dmarc=pass for linkedin.com"
        seen = ", ".join(f"{m}={r}" for m, r, _ in results) or "no dkim or dmarc result"
        return Authenticity.SUSPICIOUS, f"{server} did not see a DKIM or DMARC pass for linkedin.com ({seen})"
    return Authenticity.SUSPICIOUS, f"no Authentication-Results from your server {', '.join(trusted)}"
