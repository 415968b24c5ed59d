"""Would a word model trained on the corpora catch what the phrase judge misses on unseen writers?

An experiment, not part of mailbot: a multinomial naive Bayes over words and word pairs
of person notes (invitations, InMail, messages), trained on the corpora named by
--train, labels good against bad-or-ugly, tested on the --test corpora next to the
judge's own folder for each mail (from `mailbot eval`). Prints both accuracies on the
test notes and how many of the judge's misses a confident model would turn, and how
many right answers it would break, at several confidence lines.

    .venv/bin/python bench/prior_experiment.py --train dev dev2 ... --test dev172 ... dev183
"""
from __future__ import annotations

import argparse
import collections
import itertools
import logging
import math
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mailbot import signals
from mailbot.evaluate import evaluate
from mailbot.model import Kind, MessageRef, RawMessage
from mailbot.parse import parse_message
from mailbot.signals import fold

CORPORA = ROOT / "tests" / "corpus"
NOTE_KINDS = (Kind.INVITATION, Kind.INMAIL, Kind.MESSAGE)


def notes(corpus: str) -> list[tuple[str, str, bool]]:
    """(file, folded note, expected good) for every person note of a corpus."""
    expected = tomllib.loads((CORPORA / corpus / "expected.toml").read_text())
    out = []
    for path in sorted((CORPORA / corpus).glob("*.eml")):
        label = expected.get(path.name, {})
        if label.get("folder") not in ("good", "bad", "ugly"):
            continue
        note = parse_message(RawMessage(MessageRef("INBOX", 1, 1), path.read_bytes(), 1), ("mx.example.net",))
        if note is None or note.kind not in NOTE_KINDS or not note.text.strip():
            continue
        out.append((path.name, fold(" ".join(note.text.split())), label["folder"] == "good"))
    return out


def features(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9]+", text)
    return set(words) | {f"{a}_{b}" for a, b in itertools.pairwise(words)}


class Model:
    """Naive Bayes with add-one smoothing over feature presence."""

    def __init__(self, training: list[tuple[str, str, bool]]) -> None:
        self.counts: dict[bool, collections.Counter[str]] = {True: collections.Counter(), False: collections.Counter()}
        self.docs: collections.Counter[bool] = collections.Counter()
        for _, text, good in training:
            self.docs[good] += 1
            self.counts[good].update(features(text))
        self.vocabulary = set(self.counts[True]) | set(self.counts[False])
        self.totals = {good: sum(c.values()) + len(self.vocabulary) for good, c in self.counts.items()}

    def score(self, text: str) -> float:
        """Log-odds that the note is good."""
        odds = math.log(self.docs[True] / self.docs[False])
        for f in features(text) & self.vocabulary:
            odds += math.log((self.counts[True][f] + 1) / self.totals[True])
            odds -= math.log((self.counts[False][f] + 1) / self.totals[False])
        return odds


def judged_good(corpus: str, sig: signals.SignalSet) -> dict[str, bool]:
    """The judge's folder for each mail of a corpus, as good or not."""
    expected = tomllib.loads((CORPORA / corpus / "expected.toml").read_text())
    report = evaluate(CORPORA / corpus, sig)
    got = {m.what: m.got for m in report.misses}
    return {name: got.get(name, label.get("folder")) == "good" for name, label in expected.items()
            if isinstance(label, dict)}


def main(argv: list[str]) -> int:
    logging.getLogger("mailbot").setLevel(logging.WARNING)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", nargs="+", required=True)
    parser.add_argument("--test", nargs="+", required=True)
    args = parser.parse_args(argv)
    model = Model([n for c in args.train for n in notes(c)])
    sig = signals.build()
    rows = []  # (model score, expected good, judge good)
    for corpus in args.test:
        judge = judged_good(corpus, sig)
        rows += [(model.score(text), good, judge[name]) for name, text, good in notes(corpus)]
    total = len(rows)
    print(f"test notes: {total}")
    print(f"judge right: {sum(j == g for _, g, j in rows) / total:.1%}, "
          f"model alone right: {sum((s > 0) == g for s, g, _ in rows) / total:.1%}")
    for line in (40, 30, 25, 20, 15, 10):
        fix = sum(1 for s, g, j in rows if j and s < -line and not g)
        broke = sum(1 for s, g, j in rows if j and s < -line and g)
        fix_up = sum(1 for s, g, j in rows if not j and s > line and g)
        broke_up = sum(1 for s, g, j in rows if not j and s > line and not g)
        print(f"confidence {line}: judged good, model sure bad: fixes {fix}, breaks {broke}; "
              f"judged bad, model sure good: fixes {fix_up}, breaks {broke_up}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
