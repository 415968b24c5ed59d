"""bench/RESULTS.md's tables and bench/first_pass.png from bench/results/results.json.

    .venv/bin/python bench/report.py [results.json]

run.py calls write() at the end of a run; run this alone to redo the report from a
saved results.json. The text around the tables (what differs between the tools, what
limits each missed target) lives in bench/NOTES.md and is appended as it is.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

TARGETS = {
    "ratio_floor": 1.3,
    "idle_ms": 20.0,
    "latency_p95_ms": 1000.0,
    "rss_mb": 80.0,
    "judge_per_s": 2000.0,
}


def _s(x: dict | None, fmt: str = "{:.2f}", scale: float = 1.0) -> str:
    """median (min–max) of a summary."""
    if not x:
        return "–"
    med = fmt.format(x["median"] * scale)
    if x.get("n", 1) > 1 and x["min"] != x["max"]:
        return f"{med} ({fmt.format(x['min'] * scale)}–{fmt.format(x['max'] * scale)})"
    return med


def _ok(good: bool) -> str:
    return "met" if good else "**missed**"


def _worker_rss(mb: dict) -> str:
    return f"; parsing worker {_s(mb['worker_rss_mb'], '{:.1f}')}" if "worker_rss_mb" in mb else ""


def _rss_target(f: dict) -> str:
    """Each process's highest peak; both must stay under the limit."""
    main = f["mailbot"]["rss_mb"]["max"]
    worker = f["mailbot"].get("worker_rss_mb", {}).get("max", 0.0)
    shown = f"{main:.1f} MB" + (f", worker {worker:.1f} MB" if worker else "")
    return f"{shown} ({_ok(max(main, worker) < TARGETS['rss_mb'])})"


def table(f: dict) -> list[str]:
    mb, fl, imf = f["mailbot"], f["floor"], f.get("imapfilter")
    n = f["size"]
    rows = [
        "| figure | mailbot | floor | imapfilter |",
        "|---|---|---|---|",
        f"| first pass, wall s: median (min–max) | {_s(mb['wall'])} | {_s(fl['wall'])} | "
        f"{_s(imf['wall']) if imf else '–'} |",
        f"| mails/s | {mb['mails_per_s']:.0f} | {fl['mails_per_s']:.0f} | "
        f"{imf['mails_per_s']:.0f} |" if imf else f"| mails/s | {mb['mails_per_s']:.0f} | {fl['mails_per_s']:.0f} | – |",
        f"| mailbot / this tool | 1 | {f['ratio_floor']:.2f} | "
        f"{f['ratio_imapfilter']:.2f} |" if imf else f"| mailbot / this tool | 1 | {f['ratio_floor']:.2f} | – |",
        f"| mails moved | {mb['moved']} | {fl['moved']} | {imf.get('moved') if imf else '–'} |",
        f"| bytes fetched over IMAP, MB | {_s(mb['bytes_fetched'], '{:.1f}', 1e-6)} | "
        f"{_s(fl['bytes_fetched'], '{:.1f}', 1e-6)} | (headers only; not counted) |",
        f"| IMAP commands | {_s(mb['commands'], '{:.0f}')} | {_s(fl['commands'], '{:.0f}')} | – |",
        f"| peak RSS, MB | {_s(mb['rss_mb'], '{:.1f}')}{_worker_rss(mb)} | {_s(fl['rss_mb'], '{:.1f}')} | – |",
        f"| mailbot's poll_once alone, s | {_s(mb['poll_s'])} | | |",
    ]
    if "move_s" in mb:
        rows.append(f"| mailbot: MOVE commands / seconds spent in them | {_s(mb['move_commands'], '{:.0f}')} / "
                    f"{_s(mb['move_s'], '{:.1f}')} | 1 per 5,000 | 1 COPY + STORE + EXPUNGE |")
    dfr = f.get("mailbot-deferred")
    if dfr:
        moves = (f"; {_s(dfr['move_commands'], '{:.0f}')} MOVE commands, {_s(dfr['move_s'], '{:.1f}')} s in them"
                 if "move_s" in dfr else "")
        rows.append(f"| experiment, moves held to the end of the pass: wall s (ratio to floor) | "
                    f"{_s(dfr['wall'])} ({f['ratio_floor_deferred']:.2f} ×{moves}) | | |")
    idle = f.get("idle")
    if idle:
        rows.append(f"| idle pass (INBOX of {idle['inbox']}): IMAP commands in poll_once / whole process | "
                    f"{_s(idle['poll_commands'], '{:.0f}')} / {_s(idle['commands'], '{:.0f}')} | | |")
        rows.append(f"| idle pass: poll_once ms (whole `mailbot once` process ms) | {_s(idle['poll_ms'], '{:.1f}')} "
                    f"({_s(idle['process_wall_ms'], '{:.0f}')}) | | |")
    lat = f.get("latency")
    if lat and lat.get("p50") is not None:
        bare = f.get("bare_idle", {})
        rows.append(f"| append → filed, `mailbot run`: p50 / p95 ms ({lat['n']} tries, {lat['missed']} missed) | "
                    f"{lat['p50']:.0f} / {lat['p95']:.0f} | | |")
        if bare.get("p50") is not None:
            rows.append(f"| append → EXISTS, bare IDLE client: p50 / p95 ms ({bare['n']} tries) | "
                        f"{bare['p50']:.0f} / {bare['p95']:.0f} | | |")
    del n
    return rows


def targets(results: dict) -> list[str]:
    out = ["| target | " + " | ".join(f"{s['size']:,} mails" for s in results["sizes"]) + " |",
           "|---|" + "---|" * len(results["sizes"])]

    def row(name: str, cell) -> None:  # type: ignore[no-untyped-def]
        out.append(f"| {name} | " + " | ".join(cell(s["figures"]) for s in results["sizes"]) + " |")

    row("first pass ≤ 1.3 × floor", lambda f: f"{f['ratio_floor']:.2f} × ({_ok(f['ratio_floor'] <= 1.3)})")
    row("idle pass: constant commands, < 20 ms",
        lambda f: (f"{f['idle']['poll_commands']['median']:.0f} commands, {f['idle']['poll_ms']['median']:.1f} ms "
                   f"({_ok(f['idle']['poll_ms']['median'] < 20)})") if f.get("idle") else "–")
    row("append → filed p95 < 1 s",
        lambda f: (f"{f['latency']['p95']:.0f} ms ({_ok(f['latency']['p95'] < 1000)})")
        if f.get("latency") and f["latency"].get("p95") is not None else "–")
    row("peak RSS < 80 MB", _rss_target)
    j = results.get("judge", {})
    if j:
        per = j["notifications_per_s"]
        out.append(f"| judge ≥ 2,000 notifications/s, one core | {per:.0f}/s ({_ok(per >= 2000)}) "
                   + "| " * (len(results["sizes"]) - 1) + "|")
    return out


def plot(results: dict, png: Path) -> bool:
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("report: matplotlib is not installed; no plot (pip install matplotlib)", file=sys.stderr)
        return False
    sizes = [s["size"] for s in results["sizes"]]
    fig, ax = plt.subplots(figsize=(7, 4.5), dpi=110)
    labels = {"mailbot-deferred": "mailbot, moves held to the pass's end (experiment)"}
    for tool, style in (("mailbot", "o-"), ("mailbot-deferred", "o:"), ("floor", "s--"), ("imapfilter", "^:")):
        pts = [(s["size"], s["figures"][tool]["wall"]) for s in results["sizes"] if tool in s["figures"]]
        if not pts:
            continue
        xs = [p[0] for p in pts]
        med = [p[1]["median"] for p in pts]
        lo = [p[1]["median"] - p[1]["min"] for p in pts]
        hi = [p[1]["max"] - p[1]["median"] for p in pts]
        ax.errorbar(xs, med, yerr=[lo, hi], fmt=style, capsize=4, label=labels.get(tool, tool))
        for x, y in zip(xs, med):
            ax.annotate(f"{y:.1f} s", (x, y), textcoords="offset points", xytext=(6, -12), fontsize=8)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xticks(sizes)
    ax.set_xticklabels([f"{s:,}" for s in sizes])
    ax.set_xlabel("mails in INBOX (about 20 % LinkedIn)")
    ax.set_ylabel("first pass, wall seconds (median; bars: min–max)")
    ax.set_title("First pass over a backlog: mailbot, the IMAP floor, imapfilter\n(Dovecot 2.3 Maildir, loopback)")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(png)
    plt.close(fig)
    return True


def markdown(results: dict, plotted: bool) -> str:
    m = results["machine"]
    lines = [
        "# Benchmarks",
        "",
        "Generated by `bench/run.py` (tables) from `bench/results/results.json`; the notes after the "
        "tables come from `bench/NOTES.md`.",
        "",
        f"- **Date**: {results['date']}",
        f"- **Command**: `{results['command']}` (took {results.get('total_s', 0) / 60:.1f} min), "
        f"on commit {results.get('commit') or '?'}",
        f"- **Machine**: {m['nproc']} cores, {m['cpu']}, {m['ram_gb']} GB RAM; Linux {m['kernel']}; "
        f"Python {m['python']}; Dovecot {m['dovecot']} (Maildir, loopback, plain IMAP); {m['imapfilter'] or 'no imapfilter'}",
        "",
        "## Targets",
        "",
        *targets(results),
        "",
    ]
    for s in results["sizes"]:
        seed = s["seed"]
        lines += [f"## {s['size']:,} mails", "",
                  f"Seeded {seed['mails']:,} mails ({seed['linkedin']:,} LinkedIn, {seed['bytes'] / 1e6:.0f} MB) by "
                  f"writing the Maildir in {seed['write_s']:.1f} s and letting Dovecot index it in "
                  f"{seed['index_s']:.1f} s; every timed run starts from a copy of that state. "
                  "Wall times are whole processes (start-up, login and logout included).", "",
                  *table(s["figures"]), ""]
        if s.get("profiled_pass", {}).get("profile"):
            lines += [f"Profile of one first pass at this size: `{s['profiled_pass']['profile']}`.", ""]
    j = results.get("judge")
    if j:
        lines += ["## Judge throughput (one core, no I/O)", "",
                  f"{j['corpus']} LinkedIn fixtures (mean {j['mean_bytes'] / 1000:.1f} KB), parsed and judged in a "
                  f"loop: **{j['notifications_per_s']:.0f} notifications/s** ({j['ms_per_notification']:.2f} ms "
                  f"each); parse alone {j['parse_per_s']:.0f}/s, judge alone {j['judge_per_s']:.0f}/s. "
                  + (f"Profile: `{j['profile']}`." if j.get("profile") else ""), ""]
    if plotted:
        lines += ["## First pass against mailbox size", "", "![first pass](first_pass.png)", ""]
    notes = HERE / "NOTES.md"
    if notes.exists():
        lines += [notes.read_text(encoding="utf-8").rstrip(), ""]
    return "\n".join(lines)


def write(results: dict, md: Path, png: Path) -> None:
    plotted = plot(results, png)
    md.write_text(markdown(results, plotted), encoding="utf-8")
    print(f"report: wrote {md}" + (f" and {png}" if plotted else ""), file=sys.stderr)


if __name__ == "__main__":
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "results" / "results.json"
    write(json.loads(path.read_text()), HERE / "RESULTS.md", HERE / "first_pass.png")
