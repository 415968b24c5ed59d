"""Make N mixed mails fast and write them straight into a Maildir.

About 20 % are LinkedIn notifications built from the labelled fixtures in
tests/data/eml (every kind, 2016 to now, several languages, spoofs and look-alikes),
each with a fresh Message-ID and the person's name swapped for a generated one; the
other 80 % are ordinary mail of 3-30 KB (plain or text+HTML, five languages, a few
real-shaped non-LinkedIn fixtures that mention LinkedIn). Deterministic for a seed.

Files go into `cur/` with Maildir++ names carrying S= (size) and W= (CRLF size), so
Dovecot assigns UIDs and builds its index on the first SELECT without reading them.
"""
from __future__ import annotations

import os
import random
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"

LINKEDIN_SHARE = 0.20

_FIRST = ("Anna Bruno Clara Dario Elena Fabian Greta Hugo Ines Jonas Karin Luca Marta Nils Olga Paolo "
          "Quentin Rosa Sven Tessa Ugo Vera Willem Xenia Yann Zofia Amelie Bastien Chiara Diego Emma "
          "Felix Giulia Henrik Ilse Jules Katja Lorenzo Mireille Nora").split()
_SYL = ("ber bran cal dor fen gar hal kes lin mar nor pel quin ros sal tor vel wen zan bro kel mun "
        "dre fal gri hol jor lau mei nov ost pra rud sev tam ull vik").split()
_WORDS = {
    "en": ("the quarterly report meeting budget project please find attached review numbers team "
           "schedule invoice update client proposal thanks regards next week call agenda draft "
           "forecast approval contract delivery notes minutes office travel expense policy").split(),
    "de": ("der die das Bericht Besprechung Budget Projekt bitte Anhang prüfen Zahlen Team Termin "
           "Rechnung Kunde Angebot danke Grüße nächste Woche Anruf Tagesordnung Entwurf Prognose "
           "Freigabe Vertrag Lieferung Protokoll Büro Reise Spesen Richtlinie").split(),
    "fr": ("le la les rapport réunion budget projet veuillez trouver ci-joint chiffres équipe "
           "calendrier facture client proposition merci cordialement semaine prochaine appel ordre "
           "du jour brouillon prévision approbation contrat livraison notes bureau voyage").split(),
    "es": ("el la los informe reunión presupuesto proyecto adjunto revisar cifras equipo agenda "
           "factura cliente propuesta gracias saludos próxima semana llamada borrador previsión "
           "aprobación contrato entrega notas oficina viaje gastos política").split(),
    "it": ("il la gli rapporto riunione budget progetto allegato verificare numeri squadra "
           "calendario fattura cliente proposta grazie saluti prossima settimana chiamata bozza "
           "previsione approvazione contratto consegna appunti ufficio viaggio spese").split(),
}
_DOMAINS = ("example.org", "northwind.example", "contoso.example", "fabrikam.example", "mail.example.com",
            "lists.example.net", "billing.example.io", "gmail.example", "partner.example.de",
            "kunden.example.at", "cliente.example.es", "ufficio.example.it", "societe.example.fr")


@dataclass(frozen=True)
class Seed:
    name: str
    data: bytes
    person: str


def _load_fixtures() -> tuple[list[Seed], list[bytes]]:
    labels = tomllib.loads((DATA / "expected.toml").read_text(encoding="utf-8"))
    labels.pop("people", None)
    linkedin, other = [], []
    for name, label in sorted(labels.items()):
        data = (DATA / "eml" / name).read_bytes().replace(b"\r\n", b"\n")
        if label.get("linkedin"):
            linkedin.append(Seed(name, data, label.get("person", "")))
        elif name.startswith("not_linkedin/"):
            other.append(data)
    return linkedin, other


def _surname(rng: random.Random) -> str:
    return "".join(rng.choice(_SYL) for _ in range(rng.randint(2, 3))).capitalize()


def _replace_header(data: bytes, name: bytes, value: bytes) -> bytes:
    """Set header `name` (first occurrence, unfolded) to `value`, or add it on top."""
    head, sep, body = data.partition(b"\n\n")
    lines = head.split(b"\n")
    low = name.lower() + b":"
    for i, line in enumerate(lines):
        if line.lower().startswith(low):
            j = i + 1
            while j < len(lines) and lines[j][:1] in (b" ", b"\t"):
                j += 1
            lines[i:j] = [name + b": " + value]
            return b"\n".join(lines) + sep + body
    return name + b": " + value + b"\n" + data


_VANITY = re.compile(rb"(linkedin\.com/(?:comm/)?in/)[A-Za-z0-9%_-]+")


def _vary_linkedin(seed: Seed, rng: random.Random, serial: int) -> bytes:
    data = seed.data
    # Profile links name the person too (/in/<vanity>/): give each mail's person their own,
    # or every copy of a fixture would be one person with thousands of notifications.
    vanity = f"{rng.choice(_FIRST).lower()}-{_surname(rng).lower()}-{rng.getrandbits(20):05x}".encode()
    data = _VANITY.sub(lambda m: m.group(1) + vanity, data)
    parts = seed.person.split()
    if len(parts) >= 2:
        first, last = parts[0], parts[-1]
        new_first, new_last = rng.choice(_FIRST), _surname(rng)
        for old, new in ((last, new_last), (first, new_first)):
            if len(old) < 3:
                continue
            for o, n in ((old, new), (old.upper(), new.upper())):
                data = data.replace(o.encode(), n.encode())
    mid = f"<{serial}.{rng.getrandbits(48):012x}.JavaMail.app@bench.prod.linkedin.com>".encode()
    if b"\nmessage-id:" in b"\n" + data.partition(b"\n\n")[0].lower():
        data = _replace_header(data, b"Message-ID", mid)
    else:  # a fixture without Message-ID stays without one; keep its content hash unique
        data = b"X-Bench-Serial: " + str(serial).encode() + b"\n" + data
    return data


def _text_blob(rng: random.Random, words: list[str], size: int = 64 * 1024) -> str:
    lines, line, total = [], [], 0
    while total < size:
        w = rng.choice(words)
        if sum(len(x) + 1 for x in line) + len(w) > 72:
            text = " ".join(line)
            lines.append(text)
            total += len(text) + 1
            line = []
            if rng.random() < 0.15:
                lines.append("")
        line.append(w)
    return "\n".join(lines)


class OtherMail:
    """Ordinary mail of 3-30 KB: headers a real MTA would add, a plain or text+HTML body."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.blobs = {lang: _text_blob(rng, words).encode() for lang, words in _WORDS.items()}

    def make(self, serial: int, when: datetime) -> bytes:
        rng = self.rng
        lang = rng.choice(list(self.blobs))
        blob = self.blobs[lang]
        target = int(rng.uniform(3 * 1024, 30 * 1024))
        domain = rng.choice(_DOMAINS)
        first, last = rng.choice(_FIRST), _surname(rng)
        local = f"{first.lower()}.{last.lower()}"
        subject = " ".join(rng.choice(_WORDS[lang]) for _ in range(rng.randint(3, 8))).capitalize()
        date = format_datetime(when)
        head = (
            f"Return-Path: <{local}@{domain}>\n"
            f"Delivered-To: alex.morgan@example.net\n"
            f"Authentication-Results: mx.example.net;\n"
            f"       dkim=pass header.d={domain} header.s=s1;\n"
            f"       spf=pass smtp.mailfrom={local}@{domain};\n"
            f"       dmarc=pass header.from={domain}\n"
            f"Received: from out.{domain} (out.{domain} [192.0.2.{serial % 250 + 1}])\n"
            f"\tby mx.example.net (Postfix) with ESMTPS id B{serial:010X}\n"
            f"\tfor <alex.morgan@example.net>; {date}\n"
            f"Date: {date}\n"
            f"From: {first} {last} <{local}@{domain}>\n"
            f"To: Alex Morgan <alex.morgan@example.net>\n"
            f"Subject: {subject}\n"
            f"Message-ID: <{serial}.{rng.getrandbits(40):010x}@{domain}>\n"
            f"MIME-Version: 1.0\n"
        ).encode()
        budget = max(1024, target - len(head) - 200)
        html = rng.random() < 0.35
        text_len = budget // 2 if html else budget
        start = rng.randrange(0, len(blob) - text_len - 1)
        start = blob.find(b"\n", start) + 1
        text = blob[start:start + text_len].rsplit(b"\n", 1)[0] + b"\n"
        if not html:
            return head + (b"Content-Type: text/plain; charset=utf-8\n"
                           b"Content-Transfer-Encoding: 8bit\n\n" + text)
        boundary = f"=_bench_{serial:08d}".encode()
        paras = b"</p>\n<p>".join(p.replace(b"\n", b" ") for p in text.split(b"\n\n") if p)
        html_part = b"<html><body>\n<p>" + paras + b"</p>\n</body></html>\n"
        return head + (b'Content-Type: multipart/alternative; boundary="' + boundary + b'"\n\n'
                       b"--" + boundary + b"\nContent-Type: text/plain; charset=utf-8\n"
                       b"Content-Transfer-Encoding: 8bit\n\n" + text +
                       b"\n--" + boundary + b"\nContent-Type: text/html; charset=utf-8\n"
                       b"Content-Transfer-Encoding: 8bit\n\n" + html_part +
                       b"\n--" + boundary + b"--\n")


def mails(n: int, seed: int = 20240501) -> Iterator[tuple[bool, bytes]]:
    """(is_linkedin_seed, bytes) for n mails; LinkedIn ones cycle through every fixture."""
    rng = random.Random(seed)
    linkedin, not_linkedin = _load_fixtures()
    other = OtherMail(rng)
    order = list(range(len(linkedin)))
    rng.shuffle(order)
    k = 0
    start = datetime(2016, 1, 4, 8, 0, tzinfo=timezone.utc)
    step = (datetime(2026, 4, 1, tzinfo=timezone.utc) - start) / max(n, 1)
    for serial in range(n):
        when = start + step * serial + timedelta(seconds=rng.randrange(3600))
        if rng.random() < LINKEDIN_SHARE:
            s = linkedin[order[k % len(order)]]
            k += 1
            yield True, _vary_linkedin(s, rng, serial)
        elif rng.random() < 0.01:
            yield False, _replace_header(rng.choice(not_linkedin), b"Message-ID",
                                         f"<{serial}.nl@friends.example.org>".encode())
        else:
            yield False, other.make(serial, when)


def write_maildir(maildir: Path, n: int, uid: int = -1, gid: int = -1, seed: int = 20240501) -> dict:
    """Write n mails into maildir/cur; returns counts and bytes."""
    cur = maildir / "cur"
    cur.mkdir(parents=True, exist_ok=True)
    base = 1_700_000_000
    pid = os.getpid()
    stats = {"mails": 0, "linkedin": 0, "bytes": 0}
    for i, (is_li, data) in enumerate(mails(n, seed)):
        vsize = len(data) + data.count(b"\n")
        name = f"{base + i}.M{i}P{pid}.bench,S={len(data)},W={vsize}:2,"
        path = cur / name
        with open(path, "wb") as f:
            f.write(data)
        if uid >= 0:
            os.chown(path, uid, gid)
        stats["mails"] += 1
        stats["linkedin"] += int(is_li)
        stats["bytes"] += len(data)
    return stats
