"""The phrase scanner's prefilters (required words, trigram index) must never change what it finds."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from mailbot import signals

SIGNALS = signals.build()
CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _brute_force(text: str) -> set[str]:
    """Every family whose patterns match, tried one by one without any prefilter."""
    folded, _ = signals.expand_shorthand(*signals.fold_with_map(" ".join(text.split())))
    found = set()
    for family in SIGNALS.families:
        if family.role in signals.HEADLINE_ROLES or not family.patterns:
            continue
        if family.min_count > 1:
            words = {m.group(0) for _, pattern in family.patterns for m in pattern.finditer(folded)}
            if len(words) >= family.min_count:
                found.add(family.name)
        elif any(pattern.search(folded) for _, pattern in family.patterns):
            found.add(family.name)
    by_name = {f.name: f for f in SIGNALS.families}
    return {name for name in found if not by_name[name].unless & found and by_name[name].role != signals.GUARD}


SAMPLES = [
    "Hi Alex, we help finance teams like yours automate the close. Open to a quick demo next week?",
    "Hallo Alex, wir veranstalten ein kostenloses Webinar mit CPE-Punkten; ich würde Sie gern einladen.",
    "Bonjour Alex, je vous ai recommandé pour IFRS. Un petit retour d'ascenseur ?",
    "Vale, veo que has leído mi mensaje y no respondes. Muy profesional por tu parte.",
    "Ciao Alex, ti riscrivo per la call: offriamo un check-up gratuito del portafoglio.",
    "Oi Alex, nossa consultoria faz o diagnóstico completo. Posso te mandar a proposta?",
    "Beste Alex, blijkbaar ben ik niet interessant genoeg. Ik dacht dat mensen in finance beleefder waren.",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_scan_finds_exactly_what_trying_every_pattern_finds(text: str) -> None:
    assert {h.family for h in SIGNALS.scan(text)} == _brute_force(text)
    assert SIGNALS.scan(text), "each sample shows at least one family"


def test_scan_agrees_with_brute_force_on_corpus_notes() -> None:
    from mailbot.model import MessageRef, RawMessage
    from mailbot.parse import parse_message

    checked = 0
    for expected in sorted(CORPUS.glob("dev*/expected.toml")):
        for i, name in enumerate(tomllib.loads(expected.read_text(encoding="utf-8"))):
            path = expected.parent / name
            if i % 3 or not name.startswith("p") or not path.is_file():
                continue  # every third person mail of every writer: about 500 notes
            data = path.read_bytes()
            note = parse_message(RawMessage(MessageRef("INBOX", 1, 1), data, len(data)), ["mx.example.net"])
            if note is None or not note.text:
                continue
            assert {h.family for h in SIGNALS.scan(note.text)} == _brute_force(note.text), name
            checked += 1
    assert checked > 400


def test_folding_a_pattern_keeps_its_escapes() -> None:
    assert signals.fold_pattern(r"\bUnhöflich\W+\U0001F644") == r"\bunhoflich\W+\U0001F644"
    assert {h.family for h in SIGNALS.scan("sympa de répondre 🙄")} >= {"silence", "manners"}


def test_every_unless_names_a_family() -> None:
    """A misspelt `unless` (or group member) would silently never drop anything."""
    names = {f.name for f in SIGNALS.families}
    assert all(f.unless <= names for f in SIGNALS.families), [(f.name, f.unless - names) for f in SIGNALS.families]
    money = next(f for f in SIGNALS.families if f.name == "money")
    assert {"job_offer", "role_details", "expert_call"} <= money.unless  # the [groups] paid_work, expanded


def test_no_pattern_is_a_bare_alternation() -> None:
    r"""'\bfoo|bar\b' anchors only the ends, so "bar" matches inside any word ("placement" in
    "déplacement"): an alternation must sit in a group."""
    from re import _parser  # type: ignore[attr-defined]
    data = signals.default_data()["families"]
    bare = [(name, p) for name, spec in data.items() for key, value in spec.items() if isinstance(value, list)
            for p in value if (lambda t: len(t) == 1 and t[0][0] is _parser.BRANCH)(list(_parser.parse(p)))]
    assert bare == []


@pytest.mark.parametrize("text,read", [
    ("hola!! t paso dossier y precios d la obra?", "hola!! te paso dossier y precios de la obra?"),
    ("ciao, nn so se cmq ti interessa", "ciao, non so se comunque ti interessa"),
    ("pls endorse me back, thx.", "please endorse me back, thanks."),
    ("D&O cover, Q&A, d-day, U.S. plans, I'd, don't", "d&o cover, q&a, d-day, u.s. plans, i'd, don't"),
])
def test_chat_shorthand_is_spelled_out_only_as_a_word_of_its_own(text: str, read: str) -> None:
    assert signals.expand_shorthand(*signals.fold_with_map(text))[0] == read


def test_a_hit_in_shorthand_quotes_the_senders_own_words() -> None:
    hits = SIGNALS.scan("hola alex, t paso dossier y precios?")
    assert any("t paso dossier y precios" in h.excerpt for h in hits), hits


def test_an_expansion_ends_where_the_shorthand_ends() -> None:
    """A quote that ends on a spelled-out word keeps the whole shorthand ("thx", not "t")."""
    folded, where = signals.expand_shorthand(*signals.fold_with_map("ok thx"))
    assert folded == "ok thanks"
    assert where[3] == 3 and where[-1] == len("ok thx") - 1
