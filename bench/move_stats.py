"""How many MOVE commands a `mailbot once` made and how long they took, from its log.

A MOVE's time is from the last "moving ..." line before it (logged just before the
command) to its "moved N messages" line. usage: move_stats.py MAILBOT.LOG
"""
from __future__ import annotations

import json
import re
import sys
from datetime import datetime
from pathlib import Path

_MOVED = re.compile(r"mailbot\.mailbox\.imap: moved (\d+) messages")


def _ts(line: str) -> datetime | None:
    try:
        return datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f")
    except ValueError:
        return None


def move_stats(log: Path) -> dict:
    commands = mails = 0
    seconds = 0.0
    started = None
    first = last = None
    for line in log.read_text(errors="replace").splitlines():
        t = _ts(line)
        if t is None:
            continue
        first = first or t
        last = t
        if "mailbot.pipeline: moving " in line:
            started = t
            continue
        m = _MOVED.search(line)
        if m and started is not None:
            commands += 1
            mails += int(m.group(1))
            seconds += (t - started).total_seconds()
            started = t
    return {"move_commands": commands, "mails_moved": mails, "move_s": seconds,
            "mean_move_ms": seconds / commands * 1000 if commands else None,
            "log_span_s": (last - first).total_seconds() if first and last else None}


if __name__ == "__main__":
    print(json.dumps(move_stats(Path(sys.argv[1]))))
