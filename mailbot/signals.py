"""Phrase families as data: load the defaults, merge the user's [judge] overrides, scan text.

Pure: the defaults are read from package data once; scanning has no side effects.
Every language's patterns are applied to every text, because a sender writes in
their own language whatever LinkedIn's wording is.
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Sequence, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

LANGUAGES = ("any", "en", "de", "fr", "es", "it", "pt", "nl", "ca")

_UMLAUT_SPELLING = re.compile(r"(?<![\[\\])(ae|oe|ue)(?![?*+{])")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u00b4": "'", "`": "'"})


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Case-fold and drop accents so "Unhöflich" and "unhoflich" compare equal."""
    return fold_with_map(" ".join(text.split()))[0]


def fold_with_map(text: str) -> tuple[str, list[int] | None]:
    """fold() of whitespace-collapsed `text`, and for each folded character the index of
    the character of `text` it came from; None when the two line up one to one.

    The map lets a reason quote the sender's own words, not their folded form.
    """
    quick = _COMBINING.sub("", unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))).casefold()
    if len(quick) == len(text):
        return quick, None
    out: list[str] = []
    where: list[int] = []
    for i, char in enumerate(text.translate(_APOSTROPHES)):
        for piece in unicodedata.normalize("NFKD", char):
            if unicodedata.combining(piece):
                continue
            for folded in piece.casefold():
                out.append(folded)
                where.append(i)
    return "".join(out), where


# Chat shorthand typed on phones ("t paso dossier y precios?", "nn ti preoccupare", "pls
# endorse me back"), spelled out so the phrase data, written in full words, reads it.
SHORTHAND = {
    "q": "que", "xq": "porque", "pq": "porque", "d": "de", "t": "te", "tb": "tambien", "tmb": "tambien",
    "dnd": "donde", "xfa": "por favor", "msj": "mensaje",
    "cmq": "comunque", "nn": "non", "ke": "che", "xche": "perche", "xke": "perche",
    "bcp": "beaucoup", "stp": "s'il te plait", "svp": "s'il vous plait", "qd": "quand",
    "u": "you", "ur": "your", "pls": "please", "plz": "please", "thx": "thanks", "vllt": "vielleicht",
}
_SHORTHAND = re.compile(r"(?<![^\s(¿¡\"])(" + "|".join(sorted(SHORTHAND, key=len, reverse=True))
                        + r")(?=$|[\s,!?;:)\"]|\.(?!\w))")  # a word on its own: not "D&O", "Q&A", "U.S."


def expand_shorthand(folded: str, where: list[int] | None) -> tuple[str, list[int] | None]:
    """`folded` with chat shorthand spelled out, and the map of fold_with_map kept true:
    an expansion points at the shorthand it replaces, its last letter at the shorthand's
    last letter, so that a quote ending on it keeps the whole word ("pls", not "p")."""
    if not _SHORTHAND.search(folded):
        return folded, where
    positions = where if where is not None else list(range(len(folded)))
    out: list[str] = []
    mapped: list[int] = []
    last = 0
    for match in _SHORTHAND.finditer(folded):
        out.append(folded[last:match.start()])
        mapped.extend(positions[last:match.start()])
        word = SHORTHAND[match.group(1)]
        out.append(word)
        mapped.extend([positions[match.start()]] * (len(word) - 1) + [positions[match.end() - 1]])
        last = match.end()
    out.append(folded[last:])
    mapped.extend(positions[last:])
    return "".join(out), mapped


@dataclass(frozen=True)
class Family:
    name: str
    role: str
    weight: float
    text: str
    patterns: tuple[tuple[frozenset[str] | None, re.Pattern[str]], ...]  # (words one of which must occur, regex)
    unless: frozenset[str] = frozenset()
    min_count: int = 1

    def search(self, folded: str, candidates: Sequence[int] | None = None) -> re.Match[str] | None:
        """The first pattern that matches; a pattern whose required words are all absent is skipped.

        `candidates` are the indices of the patterns worth trying (SignalSet.scan works them
        out for all families at once); None tries every pattern. With `min_count` above 1,
        the family is a lexicon: it needs that many different words, and the first of them
        is returned.
        """
        indices = range(len(self.patterns)) if candidates is None else candidates
        if self.min_count > 1:
            contains = folded.__contains__
            tried = (pattern for needs, pattern in (self.patterns[k] for k in indices)
                     if needs is None or any(map(contains, needs)))
            matches = [m for pattern in tried for m in pattern.finditer(folded)]
            if len({m.group(0) for m in matches}) < self.min_count:
                return None
            return min(matches, key=lambda m: m.start())
        patterns = self.patterns
        for k in indices:  # plain loops: this is the judge's hot path, and the first match ends it
            needs, pattern = patterns[k]
            if needs is not None:
                for word in needs:
                    if word in folded:
                        break
                else:
                    continue
            match = pattern.search(folded)
            if match:
                return match
        return None


# Roles that describe a headline, not a note: who the sender says they are.
HEADLINE_ROLES = frozenset({"seller", "asker"})
# A family with this role only silences the families that name it in `unless`
# ("thanks for the tip, I'll remember that" is no threat); it is never a hit itself.
GUARD = "guard"

GRAM = 4  # required words are indexed by their first GRAM characters (or all of a shorter word)


def grams(folded: str) -> set[str]:
    """Every substring of three and of GRAM characters of a folded text: the keys a
    required word can be indexed under."""
    return {folded[i:i + n] for n in (3, GRAM) for i in range(len(folded) - n + 1)}


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
    _index: dict[str, set[tuple[int, int]]] = field(init=False, repr=False, compare=False, default_factory=dict)
    _always: frozenset[tuple[int, int]] = field(init=False, repr=False, compare=False, default=frozenset())

    def __post_init__(self) -> None:
        # Which patterns the first GRAM letters of a required word can unlock: a text's
        # grams then name the few patterns worth a substring test and a regex.
        index: dict[str, set[tuple[int, int]]] = {}
        always: set[tuple[int, int]] = set()
        for f, family in enumerate(self.families):
            for k, (needs, _) in enumerate(family.patterns):
                if needs is None:
                    always.add((f, k))
                else:
                    for word in needs:
                        index.setdefault(word[:GRAM], set()).add((f, k))
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_always", frozenset(always))

    def scan(self, text: str, roles: frozenset[str] | None = None) -> list[Hit]:
        """Every family that `text` shows, strongest first; only `roles` when given.

        Families with a headline role (HEADLINE_ROLES) describe a headline and are
        scanned only when asked.
        Guard families (GUARD) are looked for only to drop others.
        """
        original = " ".join(text.split())
        folded, where = expand_shorthand(*fold_with_map(original))
        index = self._index
        unlocked = set(self._always)
        for gram in grams(folded):
            if gram in index:
                unlocked |= index[gram]
        by_family: dict[int, list[int]] = {}
        for f, k in unlocked:
            by_family.setdefault(f, []).append(k)
        hits = []
        unless = []
        for f in sorted(by_family):
            family = self.families[f]
            if family.role not in roles if roles else family.role in HEADLINE_ROLES:
                continue
            match = family.search(folded, sorted(by_family[f]))
            if match:
                start, end = match.start(), match.end()
                if where is not None:
                    start, end = where[start], where[max(start, end - 1)] + 1
                hits.append(Hit(family.name, family.role, family.weight, family.text,
                                excerpt(original, start, end)))
                unless.append(family.unless)
        found = {h.family for h in hits}
        hits = [h for h, dropped_by in zip(hits, unless) if not dropped_by & found and h.role != GUARD]
        return sorted(hits, key=lambda h: -h.weight)


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


_ESCAPE = re.compile(r"(\\(?:U[0-9A-Fa-f]{8}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|N\{[^}]*\}|.))")


def fold_pattern(pattern: str) -> str:
    """fold() of a regular expression's text, its escapes kept as written: folding "\\W" or
    "\\U0001F644" would change what they mean."""
    pieces = _ESCAPE.split(" ".join(pattern.split()))
    return "".join(piece if i % 2 else fold_with_map(piece)[0] for i, piece in enumerate(pieces))


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
                        re.compile(fold_pattern(pattern))
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
    groups = default_data().get("groups", {})
    for name, spec in default_data()["families"].items():
        patterns: list[str] = []
        for lang in LANGUAGES:
            own = list(spec.get(lang, [])) + list(extra.get(name, {}).get(lang, []))
            patterns += [_spell_umlauts(fold_pattern(p)) if lang in ("de", "any") else fold_pattern(p) for p in own]
        compiled = tuple(_compile(p) for p in patterns)
        families.append(Family(name, spec["role"], float(weights.get(name, spec["weight"])),
                               spec["text"], compiled,
                               frozenset(member for u in spec.get("unless", ()) for member in groups.get(u, [u])),
                               int(spec.get("min_count", 1))))
    return SignalSet(tuple(families))


def _compile(pattern: str) -> tuple[frozenset[str] | None, re.Pattern[str]]:
    """(required words, compiled regex), parsing the pattern once: start-up compiles some
    thousand patterns, and parsing is half of compiling."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]
        tree = _parser.parse(pattern)
        needs = _at_least_three(_required(tree, _parser))
        return needs, _compiler.compile(tree)
    except Exception:  # noqa: BLE001 - an unexpected tree: the public path below gives the same regex
        return required_words(pattern), re.compile(pattern)


def _at_least_three(found: set[str] | None) -> frozenset[str] | None:
    if not found or min(len(w) for w in found) < 3:
        return None
    return frozenset(found)


def required_words(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains, or None when there are none.

    A prefilter, as RE2 and Hyperscan use: a cheap `in` test skips the regex on most
    texts. Read from the regex's parse tree; anything unexpected means "no prefilter".
    """
    try:
        from re import _parser  # type: ignore[attr-defined]  # the stdlib's regex parser (sre_parse before 3.11)
        found = _required(_parser.parse(pattern), _parser)
    except Exception:
        return None
    return _at_least_three(found)


def _required(items, p) -> set[str] | None:  # type: ignore[no-untyped-def]
    """For a sequence of parsed items: the most selective set of words a match must contain."""
    options: list[set[str]] = []
    run = ""
    for op, arg in items:
        if op is p.LITERAL:
            run += chr(arg)
            continue
        if run:
            options.append({run})
            run = ""
        if op is p.SUBPATTERN:
            inner = _required(arg[-1], p)
            if inner:
                options.append(inner)
        elif op is p.BRANCH:
            branches = [_required(b, p) for b in arg[1]]
            if branches and all(branches):
                options.append(set().union(*branches))  # type: ignore[arg-type]
        elif op in (p.MAX_REPEAT, p.MIN_REPEAT) and arg[0] >= 1:
            inner = _required(arg[2], p)
            if inner:
                options.append(inner)
    if run:
        options.append({run})
    if not options:
        return None
    return max(options, key=lambda words: (min(len(w) for w in words), -len(words)))

