#!/usr/bin/env python3
"""mailbot's benchmark: one command, a private Dovecot, every figure of issue 5.

    .venv/bin/python bench/run.py --sizes 10000 100000 --repeat 3

For each size N: seed N mixed mails into a Maildir (bench/seed.py), let Dovecot index
them, keep that state as a template (mail files hard-linked, index files copied,
directory mtimes kept), and restore it before every timed run. Then, per repeat:
the floor (bench/floor.py), imapfilter, and `mailbot once` (bench/mailbot_once.py),
each a fresh process on the same state. After the last mailbot pass: idle passes,
a bare IDLE client (Dovecot's own notify delay) and `mailbot run` latency (append ->
the mail leaves INBOX, seen with inotify on the Maildir). Once: judge throughput on
one core with a profile (bench/judge_bench.py).

Writes OUT/results.json (default bench/results/), then bench/RESULTS.md and
bench/first_pass.png (matplotlib; skipped with a message when missing) unless
--no-report. Needs root or the mail owner's rights (as the test suite does).
"""
from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import json
import os
import platform
import random
import select
import shutil
import signal
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(HERE))

from dovecot import DovecotServer  # noqa: E402  (the test suite's private Dovecot)
from imapclient import IMAPClient, SocketTimeout  # noqa: E402

import seed as seeding  # noqa: E402
from move_stats import move_stats  # noqa: E402

PY = sys.executable
MAILBOT_FOLDERS = ("LinkedIn/Good", "LinkedIn/Bad", "LinkedIn/Ugly", "LinkedIn/Other", "LinkedIn/Suspicious")
FLOOR_DEST = "Floor"
IMAPFILTER_DEST = "Imapfilter"


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# -- machine -----------------------------------------------------------------------

def machine() -> dict:
    cpu = ""
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem_kb = 0
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    dovecot = subprocess.run(["dovecot", "--version"], capture_output=True, text=True).stdout.strip()
    imapfilter = shutil.which("imapfilter")
    ifv = ""
    if imapfilter:
        proc = subprocess.run([imapfilter, "-V"], capture_output=True, text=True)
        ifv = (proc.stdout + proc.stderr).strip().split("  ")[0].strip()  # it prints to stderr
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram_gb": round(mem_kb / 1024 / 1024, 1),
            "kernel": platform.release(), "python": platform.python_version(), "dovecot": dovecot,
            "imapfilter": ifv}


# -- template and restore -------------------------------------------------------------

def _is_mail_file(dirpath: str, name: str) -> bool:
    return os.path.basename(dirpath) in ("cur", "new") and not name.startswith("dovecot")


def copy_state(src: Path, dst: Path) -> None:
    """Copy a Maildir tree: mail files hard-linked (Dovecot never rewrites them), every
    other file copied, owners and all mtimes kept so Dovecot sees an unchanged mailbox."""
    if dst.exists():
        shutil.rmtree(dst)
    dirs = []
    for dirpath, dirnames, filenames in os.walk(src):
        rel = os.path.relpath(dirpath, src)
        target = dst / rel if rel != "." else dst
        target.mkdir(exist_ok=True)
        st = os.stat(dirpath)
        os.chown(target, st.st_uid, st.st_gid)
        os.chmod(target, st.st_mode & 0o7777)
        dirs.append((dirpath, target))
        for name in filenames:
            s, d = os.path.join(dirpath, name), target / name
            if _is_mail_file(dirpath, name):
                os.link(s, d)
            else:
                shutil.copy2(s, d)
                fst = os.stat(s)
                os.chown(d, fst.st_uid, fst.st_gid)
    for dirpath, target in reversed(dirs):
        st = os.stat(dirpath)
        os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))


def connect(server: DovecotServer, user: str, password: str, timeout: float = 600) -> IMAPClient:
    client = IMAPClient(server.host, server.port, ssl=False, timeout=SocketTimeout(10, timeout))
    client.login(user, password)
    return client


def wait_sessions_gone(server: DovecotServer, user: str, timeout: float = 10) -> None:
    """Wait until no imap process serves `user` (Dovecot titles them 'imap: [user ...]')."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        busy = False
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            try:
                cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
            except OSError:
                continue
            if cmd.startswith(b"dovecot/imap") and user.encode() in cmd:
                busy = True
                break
        if not busy:
            return
        time.sleep(0.05)


# -- inotify: see a mail leave INBOX without asking the server -------------------------

class Inotify:
    IN_DELETE = 0x200
    IN_MOVED_FROM = 0x40

    def __init__(self, paths: list[Path]) -> None:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        self.fd = libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self.fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1")
        for p in paths:
            if libc.inotify_add_watch(self.fd, str(p).encode(), self.IN_DELETE) < 0:
                raise OSError(ctypes.get_errno(), f"inotify_add_watch {p}")

    def drain(self) -> None:
        try:
            while os.read(self.fd, 65536):
                pass
        except BlockingIOError:
            pass

    def wait_delete(self, timeout: float) -> float | None:
        """perf_counter() when the next IN_DELETE arrives, or None."""
        deadline = time.perf_counter() + timeout
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                return None
            r, _, _ = select.select([self.fd], [], [], left)
            if not r:
                return None
            now = time.perf_counter()
            try:
                data = os.read(self.fd, 65536)
            except BlockingIOError:
                continue
            off = 0
            while off < len(data):
                _wd, mask, _cookie, length = struct.unpack_from("iIII", data, off)
                off += 16 + length
                if mask & self.IN_DELETE:
                    return now

    def close(self) -> None:
        os.close(self.fd)


# -- the tools ------------------------------------------------------------------------

def write_config(dirpath: Path, server: DovecotServer, user: str, password: str) -> Path:
    secret = dirpath / "imap-password"
    secret.write_text(password + "\n")
    secret.chmod(0o600)
    config = dirpath / "config.toml"
    config.write_text(f"""
[imap]
host = "{server.host}"
port = {server.port}
security = "none"
username = "{user}"
password_file = "{secret}"
timeout = 600

[trust]
authserv_ids = ["mx.example.net"]

[state]
path = "{dirpath / 'state.db'}"
""")
    return config


def run_json(cmd: list[str], log_path: Path, timeout: float = 3600) -> tuple[dict, float]:
    t0 = time.perf_counter()
    with log_path.open("ab") as err:
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=err, timeout=timeout, cwd=ROOT)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[:3]} exited {proc.returncode}; see {log_path}")
    lines = [ln for ln in proc.stdout.decode().splitlines() if ln.startswith("{")]
    return (json.loads(lines[-1]) if lines else {}), wall


def run_mailbot_once(config: Path, log_path: Path, profile: Path | None = None, defer_moves: bool = False) -> dict:
    cmd = [PY, str(HERE / "mailbot_once.py"), str(config)]
    if profile:
        cmd += ["--profile", str(profile)]
    if defer_moves:
        cmd += ["--defer-moves"]
    out, wall = run_json(cmd, log_path)
    out["process_wall"] = wall
    return out


def run_floor(server: DovecotServer, user: str, password: str, log_path: Path) -> dict:
    out, wall = run_json([PY, str(HERE / "floor.py"), server.host, str(server.port), user, password, FLOOR_DEST],
                         log_path)
    out["process_wall"] = wall
    return out


def run_imapfilter(server: DovecotServer, user: str, password: str, workdir: Path, log_path: Path) -> dict | None:
    binary = shutil.which("imapfilter")
    if binary is None:
        return None
    lua = workdir / "imapfilter.lua"
    lua.write_text(f"""
options.timeout = 600
options.starttls = false
options.subscribe = false
options.create = false
options.info = false
account = IMAP {{
    server = '{server.host}',
    port = {server.port},
    username = '{user}',
    password = '{password}',
}}
local results = account.INBOX:contain_from('linkedin')
results:move_messages(account['{IMAPFILTER_DEST}'])
io.stdout:write(string.format('{{"moved": %d}}\\n', #results))
""")
    lua.chmod(0o600)
    home = workdir / "imapfilter-home"
    home.mkdir(exist_ok=True)
    t0 = time.perf_counter()
    with log_path.open("ab") as err:
        proc = subprocess.run([binary, "-c", str(lua)], stdout=subprocess.PIPE, stderr=err, timeout=3600,
                              env=dict(os.environ, HOME=str(home)))
    wall = time.perf_counter() - t0
    usage = None
    if proc.returncode != 0:
        raise RuntimeError(f"imapfilter exited {proc.returncode}; see {log_path}")
    lines = [ln for ln in proc.stdout.decode().splitlines() if ln.startswith("{")]
    out = json.loads(lines[-1]) if lines else {}
    out["process_wall"] = wall
    out["wall"] = wall
    del usage
    return out


# -- latency ----------------------------------------------------------------------------

def latency_mails(n: int, rng: random.Random) -> list[bytes]:
    linkedin, _ = seeding._load_fixtures()
    good = [s for s in linkedin if not s.name.startswith("malformed/") and s.person]
    return [seeding._vary_linkedin(rng.choice(good), rng, 10_000_000 + i).replace(b"\n", b"\r\n")
            for i in range(n)]


def bare_idle(server: DovecotServer, user: str, password: str, tries: int) -> list[float]:
    """APPEND (from one connection) -> EXISTS seen in IDLE (on another), in ms."""
    other = seeding.OtherMail(random.Random(7))
    watcher = connect(server, user, password, timeout=30)
    writer = connect(server, user, password, timeout=30)
    watcher.select_folder("INBOX", readonly=True)
    out = []
    try:
        for i in range(tries):
            watcher.idle()
            data = other.make(20_000_000 + i, datetime.now(timezone.utc)).replace(b"\n", b"\r\n")
            writer.append("INBOX", data)
            t0 = time.perf_counter()
            seen = None
            while time.perf_counter() - t0 < 5:
                responses = watcher.idle_check(timeout=5)
                if any(len(r) > 1 and r[1] == b"EXISTS" for r in responses):
                    seen = time.perf_counter()
                    break
            watcher.idle_done()
            if seen is not None:
                out.append((seen - t0) * 1000)
            time.sleep(0.05)
    finally:
        for c in (watcher, writer):
            try:
                c.logout()
            except Exception:
                c.shutdown()
    return out


def mailbot_latency(server: DovecotServer, user: str, password: str, config: Path, maildir: Path,
                    tries: int, log_path: Path) -> dict:
    """`mailbot run` up and IDLE; APPEND a LinkedIn mail; time until its file leaves INBOX."""
    sock_path = Path(tempfile.mkdtemp(prefix="mailbot-bench-notify-")) / "notify.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(sock_path))
    sock.settimeout(600)
    env = dict(os.environ, PYTHONUNBUFFERED="1", NOTIFY_SOCKET=str(sock_path))
    with log_path.open("ab") as err:
        proc = subprocess.Popen([PY, "-m", "mailbot", "--config", str(config), "run"], stdout=err,
                                stderr=subprocess.STDOUT, env=env, cwd=ROOT)
    samples: list[float] = []
    missed = 0
    try:
        while b"READY=1" not in sock.recv(4096):
            pass
        watch = Inotify([maildir / "cur", maildir / "new"])
        writer = connect(server, user, password, timeout=30)
        rng = random.Random(11)
        try:
            for data in latency_mails(tries, rng):
                time.sleep(0.25)  # let mailbot settle back into IDLE
                watch.drain()
                writer.append("INBOX", data)
                t0 = time.perf_counter()
                t1 = watch.wait_delete(10)
                if t1 is None:
                    missed += 1
                else:
                    samples.append((t1 - t0) * 1000)
        finally:
            writer.logout()
            watch.close()
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        sock.close()
        shutil.rmtree(sock_path.parent, ignore_errors=True)
    return {"samples_ms": samples, "missed": missed, "exit": proc.returncode}


# -- stats ----------------------------------------------------------------------------

def summary(values: list[float]) -> dict:
    values = [v for v in values if v is not None]
    if not values:
        return {}
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "n": len(values),
            "values": values}


def pct(values: list[float], p: float) -> float | None:
    if not values:
        return None
    s = sorted(values)
    k = (len(s) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


# -- one size -----------------------------------------------------------------------------

def bench_size(server: DovecotServer, n: int, args: argparse.Namespace, work: Path) -> dict:
    user, password = server.add_user(f"bench{n}")
    maildir = server.maildir(user)
    sdir = work / f"n{n}"
    sdir.mkdir(parents=True, exist_ok=True)
    logs = sdir / "logs"
    logs.mkdir(exist_ok=True)
    res: dict = {"size": n}

    log(f"{n}: seeding")
    t0 = time.perf_counter()
    stats = seeding.write_maildir(maildir, n, server._uid, server._gid)
    t_write = time.perf_counter() - t0
    t0 = time.perf_counter()
    client = connect(server, user, password)
    for folder in (*MAILBOT_FOLDERS, FLOOR_DEST, IMAPFILTER_DEST):
        client.create_folder(folder)
    client.select_folder("INBOX")  # Dovecot reads the Maildir and assigns UIDs
    client.folder_status("INBOX", ["UIDNEXT", "MESSAGES", "HIGHESTMODSEQ"])  # turns on modseqs once
    client.logout()
    t_index = time.perf_counter() - t0
    wait_sessions_gone(server, user)
    template = work / f"template-{n}"
    copy_state(maildir, template)
    res["seed"] = {**stats, "write_s": t_write, "index_s": t_index}
    log(f"{n}: seeded {stats['mails']} mails ({stats['linkedin']} LinkedIn, {stats['bytes'] / 1e6:.0f} MB) "
        f"in {t_write:.1f} s + {t_index:.1f} s index")

    def restore() -> float:
        t = time.perf_counter()
        wait_sessions_gone(server, user)
        copy_state(template, maildir)
        c = connect(server, user, password)
        st = c.folder_status("INBOX", ["MESSAGES", "UIDNEXT"])
        c.logout()
        wait_sessions_gone(server, user)
        assert int(st[b"MESSAGES"]) == n, st
        return time.perf_counter() - t

    tools = [t for t in args.tools if t != "imapfilter" or shutil.which("imapfilter")]
    runs: dict[str, list[dict]] = {t: [] for t in tools}
    config = None
    for r in range(args.repeat):
        for tool in tools:
            restore()
            log(f"{n}: repeat {r + 1}: {tool}")
            if tool == "floor":
                runs[tool].append(run_floor(server, user, password, logs / "floor.log"))
            elif tool == "imapfilter":
                runs[tool].append(run_imapfilter(server, user, password, sdir, logs / "imapfilter.log"))
            else:
                rdir = sdir / f"{tool}-{r}"
                rdir.mkdir(exist_ok=True)
                config = write_config(rdir, server, user, password)
                runs[tool].append(run_mailbot_once(config, logs / f"{tool}-once-{r}.log",
                                                   defer_moves=tool == "mailbot-deferred"))
                runs[tool][-1].update(move_stats(logs / f"{tool}-once-{r}.log"))
        log(f"{n}: repeat {r + 1}: " + ", ".join(f"{t} {runs[t][-1]['process_wall']:.2f} s" for t in tools))
    res["runs"] = runs

    # The mailbox is now as the last `mailbot once` left it: idle passes on it.
    if config is not None and args.idle_repeat:
        log(f"{n}: idle passes")
        res["idle"] = [run_mailbot_once(config, logs / "mailbot-idle.log") for _ in range(args.idle_repeat)]
        c = connect(server, user, password)
        res["inbox_after"] = int(c.folder_status("INBOX", ["MESSAGES"])[b"MESSAGES"])
        c.logout()

    if args.latency_tries and config is not None:
        log(f"{n}: bare IDLE client, {args.latency_tries} tries")
        res["bare_idle_ms"] = bare_idle(server, user, password, args.latency_tries)
        log(f"{n}: mailbot run latency, {args.latency_tries} tries")
        res["latency"] = mailbot_latency(server, user, password, config, maildir, args.latency_tries,
                                         logs / "mailbot-run.log")

    if args.profile_first_pass is not None and (not args.profile_first_pass or n in args.profile_first_pass):
        restore()
        log(f"{n}: profiled first pass (pyinstrument)")
        pdir = sdir / "mailbot-profile"
        pdir.mkdir(exist_ok=True)
        pconfig = write_config(pdir, server, user, password)
        out_file = Path(args.out) / f"profile_first_pass_{n}.txt"
        try:
            res["profiled_pass"] = run_mailbot_once(pconfig, logs / "mailbot-profile.log", out_file)
            res["profiled_pass"]["profile"] = str(out_file.relative_to(ROOT) if out_file.is_relative_to(ROOT)
                                                  else out_file)
        except RuntimeError as e:
            log(f"{n}: profile skipped: {e}")

    wait_sessions_gone(server, user)
    shutil.rmtree(template, ignore_errors=True)
    shutil.rmtree(maildir, ignore_errors=True)
    return res


def figures(res: dict) -> dict:
    """The headline numbers of one size, from its raw runs."""
    n = res["size"]
    runs = res["runs"]
    f: dict = {"size": n}
    for tool in ("mailbot", "floor", "imapfilter", "mailbot-deferred"):
        walls = [r["process_wall"] for r in runs.get(tool, []) if r]
        if walls:
            f[tool] = {"wall": summary(walls), "mails_per_s": n / statistics.median(walls)}
    if "mailbot-deferred" in f:
        f["mailbot-deferred"]["poll_s"] = summary([r["poll_ms"] / 1000 for r in runs["mailbot-deferred"]])
        f["mailbot-deferred"]["commands"] = summary([r["commands"] for r in runs["mailbot-deferred"]])
        if all("move_s" in r for r in runs["mailbot-deferred"]):
            f["mailbot-deferred"]["move_commands"] = summary([r["move_commands"] for r in runs["mailbot-deferred"]])
            f["mailbot-deferred"]["move_s"] = summary([r["move_s"] for r in runs["mailbot-deferred"]])
        if "floor" in f:
            f["ratio_floor_deferred"] = f["mailbot-deferred"]["wall"]["median"] / f["floor"]["wall"]["median"]
    if "mailbot" not in runs or "floor" not in runs:
        return f
    mb = runs["mailbot"]
    f["mailbot"]["rss_mb"] = summary([r["rss_kb"] / 1024 for r in mb])
    if all(r.get("worker_rss_kb") for r in mb):
        f["mailbot"]["worker_rss_mb"] = summary([r["worker_rss_kb"] / 1024 for r in mb])
    f["mailbot"]["bytes_fetched"] = summary([r["bytes_fetched"] for r in mb])
    f["mailbot"]["commands"] = summary([r["commands"] for r in mb])
    f["mailbot"]["poll_s"] = summary([r["poll_ms"] / 1000 for r in mb])
    if all("move_s" in r for r in mb):
        f["mailbot"]["move_commands"] = summary([r["move_commands"] for r in mb])
        f["mailbot"]["move_s"] = summary([r["move_s"] for r in mb])
    f["mailbot"]["moved"] = mb[-1]["moved"]
    f["mailbot"]["linkedin"] = mb[-1]["linkedin"]
    f["floor"]["bytes_fetched"] = summary([r["bytes_fetched"] for r in runs["floor"]])
    f["floor"]["rss_mb"] = summary([r["rss_kb"] / 1024 for r in runs["floor"]])
    f["floor"]["moved"] = runs["floor"][-1]["moved"]
    f["floor"]["commands"] = summary([r["commands"] for r in runs["floor"]])
    if runs.get("imapfilter"):
        f["imapfilter"]["moved"] = runs["imapfilter"][-1].get("moved")
    f["ratio_floor"] = f["mailbot"]["wall"]["median"] / f["floor"]["wall"]["median"]
    if "imapfilter" in f:
        f["ratio_imapfilter"] = f["mailbot"]["wall"]["median"] / f["imapfilter"]["wall"]["median"]
    idle = res.get("idle", [])
    if idle:
        f["idle"] = {"commands": summary([r["commands"] for r in idle]),
                     "poll_commands": summary([r["poll_commands"] for r in idle]),
                     "poll_ms": summary([r["poll_ms"] for r in idle]),
                     "process_wall_ms": summary([r["process_wall"] * 1000 for r in idle]),
                     "all_idle": all(r.get("idle") for r in idle), "inbox": res.get("inbox_after")}
    if "latency" in res:
        lat = res["latency"]["samples_ms"]
        f["latency"] = {"p50": pct(lat, 50), "p95": pct(lat, 95), "max": max(lat) if lat else None,
                        "n": len(lat), "missed": res["latency"]["missed"]}
        bare = res.get("bare_idle_ms", [])
        f["bare_idle"] = {"p50": pct(bare, 50), "p95": pct(bare, 95), "n": len(bare)}
    return f


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--tools", nargs="+", default=["floor", "imapfilter", "mailbot"],
                    choices=["floor", "imapfilter", "mailbot", "mailbot-deferred"],
                    help="what each repeat runs, in order; mailbot-deferred is an experiment that holds "
                         "all moves to the end of the pass (bench/mailbot_once.py --defer-moves)")
    ap.add_argument("--idle-repeat", type=int, default=5)
    ap.add_argument("--latency-tries", type=int, default=50)
    ap.add_argument("--judge-seconds", type=float, default=5.0)
    ap.add_argument("--profile-first-pass", type=int, nargs="*", metavar="SIZE",
                    help="one extra first pass under pyinstrument at these sizes (all when none given)")
    ap.add_argument("--out", default=str(HERE / "results"), help="where results.json and profiles go")
    ap.add_argument("--no-report", action="store_true", help="do not write bench/RESULTS.md and the plot")
    ap.add_argument("--work", help="scratch directory (default: a temp dir, removed after)")
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    command = "bench/run.py " + " ".join(argv if argv is not None else sys.argv[1:])
    started = datetime.now(timezone.utc)
    t_all = time.perf_counter()
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="mailbot-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    os.chmod(work, 0o755)
    commit = os.environ.get("MAILBOT_BENCH_COMMIT") or subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    results: dict = {"command": f".venv/bin/python {command}", "date": started.isoformat(timespec="seconds"),
                     "commit": commit,
                     "machine": machine(), "sizes": []}
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop Dovecot and clean up on kill
    server = DovecotServer()
    server.start()
    try:
        for n in args.sizes:
            res = bench_size(server, n, args, work)
            res["figures"] = figures(res)
            results["sizes"].append(res)
            (out / "results.json").write_text(json.dumps(results, indent=1))
    finally:
        server.stop()
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    if args.judge_seconds > 0:
        log("judge throughput (one core)")
        prof = out / "profile_judge.txt"
        judge, _ = run_json([PY, str(HERE / "judge_bench.py"), "--seconds", str(args.judge_seconds),
                             "--profile", str(prof)], out / "judge.log")
        if "profile" in judge:
            judge["profile"] = str(prof.relative_to(ROOT)) if prof.is_relative_to(ROOT) else str(prof)
        results["judge"] = judge
    results["total_s"] = time.perf_counter() - t_all
    (out / "results.json").write_text(json.dumps(results, indent=1))
    log(f"wrote {out / 'results.json'} ({results['total_s']:.0f} s in all)")
    if not args.no_report:
        import report
        report.write(results, HERE / "RESULTS.md", HERE / "first_pass.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
