"""Phrase families as data: load the defaults, merge the user's [judge] overrides, scan text.

Pure: the defaults are read from package data once; scanning has no side effects.
Every language's patterns are applied to every text, because a sender writes in
their own language whatever LinkedIn's wording is.
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

LANGUAGES = ("any", "en", "de", "fr", "es", "it")

_UMLAUT_SPELLING = re.compile(r"(?<![\[\\])(ae|oe|ue)(?![?*+{])")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u00b4": "'", "`": "'"})


def fold(text: str) -> str:
    """Case-fold and drop accents so "Unhöflich" and "unhoflich" compare equal."""
    return fold_with_map(text)[0]


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """fold(text), and for each folded character the index of the original one it came from.

    The map lets a reason quote the sender's own words, not their folded form.
    """
    out: list[str] = []
    where: list[int] = []
    space = True
    for i, char in enumerate(text.translate(_APOSTROPHES)):
        if char.isspace():
            if not space:
                out.append(" ")
                where.append(i)
            space = True
            continue
        space = False
        for piece in unicodedata.normalize("NFKD", char):
            if unicodedata.combining(piece):
                continue
            for folded in piece.casefold():
                out.append(folded)
                where.append(i)
    if out and out[-1] == " ":
        out.pop()
        where.pop()
    return "".join(out), where


@dataclass(frozen=True)
class Family:
    name: str
    role: str
    weight: float
    text: str
    pattern: re.Pattern[str] | None
    unless: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Hit:
    """One family found in a text, with the words that showed it."""

    family: str
    role: str
    weight: float
    text: str
    excerpt: str


@dataclass(frozen=True)
class SignalSet:
    families: tuple[Family, ...]

    def scan(self, text: str, roles: frozenset[str] | None = None) -> list[Hit]:
        """Every family that `text` shows, strongest first; only `roles` when given.

        Families with the role "seller" describe a headline and are scanned only when asked.
        """
        folded, where = fold_with_map(text)
        original = " ".join(text.split())
        hits = []
        for family in self.families:
            if family.pattern is None or (family.role not in roles if roles else family.role == "seller"):
                continue
            match = family.pattern.search(folded)
            if match:
                start, end = _original_span(text, where, match.start(), match.end())
                hits.append(Hit(family.name, family.role, family.weight, family.text,
                                excerpt(original, start, end)))
        found = {h.family for h in hits}
        by_name = {f.name: f for f in self.families}
        hits = [h for h in hits if not by_name[h.family].unless & found]
        return sorted(hits, key=lambda h: -h.weight)


def _original_span(text: str, where: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a span of the folded text onto the whitespace-collapsed original."""
    first, last = where[start], where[max(start, end - 1)]
    prefix = " ".join(text[:first].split())
    body = " ".join(text[first:last + 1].split())
    offset = len(prefix) + (1 if prefix and text[:first][-1:].isspace() else 0)
    return offset, offset + len(body)


def excerpt(text: str, start: int, end: int, width: int = 70) -> str:
    """The matched words with a little context, cut at word boundaries."""
    left = max(0, start - (width - (end - start)) // 2)
    right = min(len(text), max(end, left + width))
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    snippet = text[left:right].strip(" ,.;:\"“”'«»")
    return ("…" if left > 0 else "") + snippet + ("…" if right < len(text) else "")


def _spell_umlauts(pattern: str) -> str:
    """German patterns are written "loesen"; also accept "losen", which is what fold() makes of "lösen"."""
    return _UMLAUT_SPELLING.sub(lambda m: f"(?:{m.group(1)}|{m.group(1)[0]})", pattern)


@lru_cache(maxsize=1)
def default_data() -> dict[str, Any]:
    raw = resources.files("mailbot").joinpath("data/signals.toml").read_text(encoding="utf-8")
    return tomllib.loads(raw)


def check_overrides(judge: Mapping[str, Any]) -> list[str]:
    """Problems in a [judge] config section, one line each, naming the key."""
    problems: list[str] = []
    known = set(default_data()["families"])
    for key in judge:
        if key not in ("phrases", "weights"):
            problems.append(f"[judge] {key}: unknown key (expected phrases or weights)")
    for family, langs in dict(judge.get("phrases", {})).items():
        where = f"[judge.phrases.{family}]"
        if family not in known:
            problems.append(f"{where}: unknown family (known: {', '.join(sorted(known))})")
            continue
        if not isinstance(langs, Mapping):
            problems.append(f"{where}: must be a table of language = [patterns]")
            continue
        for lang, patterns in langs.items():
            if lang not in LANGUAGES:
                problems.append(f"{where} {lang}: unknown language (use one of {', '.join(LANGUAGES)})")
            elif not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
                problems.append(f"{where} {lang}: must be a list of strings")
            else:
                for pattern in patterns:
                    try:
                        re.compile(fold(pattern))
                    except re.error as exc:
                        problems.append(f"{where} {lang}: bad regular expression {pattern!r}: {exc}")
    for family, weight in dict(judge.get("weights", {})).items():
        if family not in known:
            problems.append(f"[judge.weights] {family}: unknown family")
        elif isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0 <= weight <= 10:
            problems.append(f"[judge.weights] {family}: must be a number from 0 to 10, got {weight!r}")
    return problems


def build(judge: Mapping[str, Any] | None = None) -> SignalSet:
    """The default families with the user's phrases added and weights replaced."""
    judge = judge or {}
    extra = judge.get("phrases", {})
    weights = judge.get("weights", {})
    families = []
    for name, spec in default_data()["families"].items():
        patterns: list[str] = []
        for lang in LANGUAGES:
            own = list(spec.get(lang, [])) + list(extra.get(name, {}).get(lang, []))
            patterns += [_spell_umlauts(fold(p)) if lang in ("de", "any") else fold(p) for p in own]
        compiled = re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None
        families.append(Family(name, spec["role"], float(weights.get(name, spec["weight"])),
                               spec["text"], compiled, frozenset(spec.get("unless", ()))))
    return SignalSet(tuple(families))
