"""The judgement table of bench/NOTES.md in one command: `mailbot eval` over every corpus.

    .venv/bin/python bench/judgement.py            # all of tests/corpus/*
    .venv/bin/python bench/judgement.py dev8 test  # some of them

Prints one markdown row per corpus (folder and recommendation accuracy, non-LinkedIn
mail touched, spoofs recommended) and the total over the development corpora.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mailbot import signals
from mailbot.evaluate import evaluate

CORPORA = ROOT / "tests" / "corpus"


def _order(path: Path) -> tuple[int, int]:
    """dev, dev2 ... dev13, then test."""
    name = path.name
    if name == "test":
        return (1, 0)
    return (0, int(name[3:] or 1))


def main(argv: list[str]) -> int:
    logging.getLogger("mailbot").setLevel(logging.WARNING)
    chosen = [CORPORA / n for n in argv] if argv else sorted(
        (p for p in CORPORA.iterdir() if (p / "expected.toml").is_file()), key=_order)
    sig = signals.build()
    print("| corpus | folder accuracy | recommendation accuracy | non-LinkedIn touched | spoofs recommended |")
    print("|---|---|---|---|---|")
    dev = [0, 0, 0, 0]
    for corpus in chosen:
        r = evaluate(corpus, sig, ("mx.example.net",))
        print(f"| `{corpus.relative_to(ROOT)}` | {r.mail_right}/{r.mail_total} = {r.mail_accuracy:.1%} | "
              f"{r.people_right}/{r.people_total} = {r.people_accuracy:.1%} | {r.touched_foreign} | "
              f"{r.spoofs_recommended} |")
        if corpus.name != "test":
            dev = [dev[0] + r.mail_right, dev[1] + r.mail_total, dev[2] + r.people_right, dev[3] + r.people_total]
    if dev[1] and len(chosen) > 1:
        print(f"| all development corpora | {dev[0]}/{dev[1]} = {dev[0] / dev[1]:.1%} | "
              f"{dev[2]}/{dev[3]} = {dev[2] / dev[3]:.1%} | | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
