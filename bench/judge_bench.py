"""Judge throughput: parse + judge on one core, no I/O, and where the time goes.

Every LinkedIn fixture (CRLF line ends, as IMAP delivers them) is parsed with
mailbot.parse.parse_message and judged with mailbot.judge.judge against an empty
history, round after round for at least --seconds. Prints one JSON line with
notifications per second (parse + judge, parse alone, judge alone). With
--profile FILE, a pyinstrument profile of the same loop is written to FILE (skipped
with a message when pyinstrument is not installed).

usage: judge_bench.py [--seconds S] [--profile FILE]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import tomllib
from pathlib import Path

from mailbot import signals as signals_mod
from mailbot.judge import Me, judge
from mailbot.model import MessageRef, PersonHistory, RawMessage
from mailbot.parse import parse_message

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
AUTHSERV = ("mx.example.net",)


def corpus() -> list[RawMessage]:
    labels = tomllib.loads((DATA / "expected.toml").read_text(encoding="utf-8"))
    labels.pop("people", None)
    raws = []
    for uid, (name, label) in enumerate(sorted(labels.items()), start=1):
        if not label.get("linkedin") or label.get("kind") == "none":
            continue
        data = (DATA / "eml" / name).read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        raws.append(RawMessage(MessageRef("INBOX", 1, uid), data, len(data), False))
    return raws


def run(raws: list[RawMessage], seconds: float) -> dict:
    sig = signals_mod.build()
    me = Me()
    empty = PersonHistory("")
    notes = [n for n in (parse_message(r, AUTHSERV) for r in raws) if n is not None]
    # parse + judge
    done, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        for raw in raws:
            note = parse_message(raw, AUTHSERV)
            if note is not None:
                judge(note, empty, sig, me)
                done += 1
    both = done / (time.perf_counter() - t0)
    done, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds / 2:
        for raw in raws:
            parse_message(raw, AUTHSERV)
            done += 1
    parse_only = done / (time.perf_counter() - t0)
    done, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds / 4:
        for note in notes:
            judge(note, empty, sig, me)
            done += 1
    judge_only = done / (time.perf_counter() - t0)
    sizes = [len(r.data) for r in raws]
    return {"notifications_per_s": both, "parse_per_s": parse_only, "judge_per_s": judge_only,
            "corpus": len(raws), "parsed": len(notes), "mean_bytes": sum(sizes) / len(sizes),
            "ms_per_notification": 1000 / both}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--profile", type=Path)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    raws = corpus()
    out = run(raws, args.seconds)
    if args.profile:
        try:
            from pyinstrument import Profiler
        except ImportError:
            print("judge_bench: pyinstrument not installed; no profile (pip install pyinstrument)", file=sys.stderr)
        else:
            sig, empty = signals_mod.build(), PersonHistory("")
            profiler = Profiler(interval=0.0005)
            profiler.start()
            t0 = time.perf_counter()
            while time.perf_counter() - t0 < max(2.0, args.seconds / 2):
                for raw in raws:
                    note = parse_message(raw, AUTHSERV)
                    if note is not None:
                        judge(note, empty, sig, Me())
            profiler.stop()
            args.profile.write_text(profiler.output_text(unicode=True, show_all=False))
            out["profile"] = str(args.profile)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
