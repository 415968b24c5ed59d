"""`mailbot --config FILE once`, exactly as the command runs it, plus its own numbers.

Runs mailbot.cli.main(["--config", FILE, "once"]) in this process, catching the
ImapMailbox that cli.open_mailbox makes, and prints one JSON line: the pass's wall
time (poll_once alone and the whole command), IMAP commands sent, bytes fetched,
peak RSS of this process and of its parsing worker (a forked child; 0 when the pass
started none), and the pass's counts.

usage: mailbot_once.py CONFIG [--profile OUT.html|OUT.txt] [--defer-moves]

--defer-moves is an experiment, not mailbot: it holds every planned move until the end
of the pass and applies them all then (grouped per destination, in MOVE commands of
5,000), to measure what grouping moves across batches would save. The shipped
pipeline moves after each batch of 500.
"""
from __future__ import annotations

import json
import resource
import sys
import time

T_START = time.perf_counter()

import mailbot.cli as cli  # noqa: E402
from mailbot.pipeline import Pipeline  # noqa: E402


def main(argv: list[str]) -> int:
    config = argv[0]
    profile = argv[argv.index("--profile") + 1] if "--profile" in argv else None
    if "--defer-moves" in argv:
        _defer_moves()
    boxes = []
    real_open = cli.open_mailbox

    def open_mailbox(cfg):  # type: ignore[no-untyped-def]
        box = real_open(cfg)
        boxes.append(box)
        return box

    cli.open_mailbox = open_mailbox
    passes: list[dict] = []
    real_poll = Pipeline.poll_once

    def poll_once(self):  # type: ignore[no-untyped-def]
        before = self.mailbox.commands_sent
        t = time.perf_counter()
        result = real_poll(self)
        passes.append({"poll_ms": (time.perf_counter() - t) * 1000, "poll_commands": self.mailbox.commands_sent - before,
                       "examined": result.examined, "linkedin": result.linkedin, "moved": result.moved,
                       "failed": result.failed, "idle": result.idle})
        return result

    Pipeline.poll_once = poll_once  # type: ignore[method-assign]
    profiler = None
    if profile:
        from pyinstrument import Profiler
        profiler = Profiler(interval=0.005)
        profiler.start()
    rc = cli.main(["--config", config, "once"])
    if profiler:
        profiler.stop()
        with open(profile, "w") as f:
            f.write(profiler.output_html() if profile.endswith(".html") else profiler.output_text(unicode=True, show_all=False))
    box = boxes[0] if boxes else None
    out = {"rc": rc, "wall": time.perf_counter() - T_START,
           "commands": getattr(box, "commands_sent", None), "bytes_fetched": getattr(box, "bytes_fetched", None),
           "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
           "worker_rss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,  # the parsing worker, 0 if none
           **(passes[0] if passes else {})}
    print(json.dumps(out))
    return rc


def _defer_moves() -> None:
    pending: dict[str, object] = {}
    real_apply, real_poll = Pipeline.apply, Pipeline.poll_once

    def apply(self, moves):  # type: ignore[no-untyped-def]
        for move in moves:
            pending[move.message_id] = move  # a later plan for the same mail wins
        return list(moves)

    def poll_once(self):  # type: ignore[no-untyped-def]
        Pipeline.apply = apply  # type: ignore[method-assign]
        try:
            result = real_poll(self)
        finally:
            Pipeline.apply = real_apply  # type: ignore[method-assign]
        real_apply(self, list(pending.values()))
        return result

    Pipeline.poll_once = poll_once  # type: ignore[method-assign]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
