"""What the user taught mailbot by moving mail: notes they filed themselves, as examples.

Pure. A small nearest-neighbour model over word sets: a new note that is close
enough to a note the user filed by hand takes that note's verdict, and the reason
says so ("you moved a similar note to Bad"). With a handful of corrections this is
steadier and easier to explain than a trained classifier, and it needs no library.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .model import Verdict
from .signals import fold

MIN_SIMILARITY = 0.5
_WORD = re.compile(r"[^\W\d_]{3,}")
# Words that say nothing about intent in any of the five languages: greetings and glue.
_STOP = frozenset("""
the and for you your with that this have are was but not from our can will would could about just like
hi hello dear thanks thank best regards cheers alex
der die das und mit fur sie ihr ihre ich wir ein eine einen nicht auch hallo gruss viele
les des une pour vous votre avec que qui pas sur est bonjour merci cordialement
los las una para con que por usted hola gracias saludos
gli una per con che non sono ciao grazie saluti
""".split())


def tokens(text: str) -> frozenset[str]:
    """The words of a note that can carry meaning, folded (case and accents)."""
    return frozenset(w for w in _WORD.findall(fold(text)) if w not in _STOP)


@dataclass(frozen=True)
class Example:
    """A note the user filed by hand."""

    message_id: str
    verdict: Verdict
    words: frozenset[str]


@dataclass(frozen=True)
class Suggestion:
    verdict: Verdict
    similarity: float
    example: Example

    def reason_text(self) -> str:
        return f"you moved a similar note to {self.verdict.value.capitalize()} ({self.similarity:.0%} alike)"


@dataclass(frozen=True)
class Learned:
    examples: tuple[Example, ...] = ()

    def suggest(self, text: str, exclude: str = "") -> Suggestion | None:
        """The verdict of the closest hand-filed note, when it is close enough."""
        words = tokens(text)
        if len(words) < 3:
            return None
        best: Suggestion | None = None
        for example in self.examples:
            if example.message_id == exclude or not example.words:
                continue
            score = similarity(words, example.words)
            if score >= MIN_SIMILARITY and (best is None or score > best.similarity):
                best = Suggestion(example.verdict, score, example)
        return best


def similarity(a: Iterable[str], b: Iterable[str]) -> float:
    """Overlap of two word sets: |a ∩ b| / sqrt(|a| |b|) (cosine of binary vectors)."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / (len(sa) * len(sb)) ** 0.5
