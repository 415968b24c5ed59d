"""The `mailbot` command: subcommands wired to the pipeline; errors reach the user once.

Every MailbotError is caught here and printed as one line that says what to do;
configuration errors exit 2, other errors 1.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from contextlib import ExitStack
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

from . import __version__, signals
from .config import Config, check_secrets, config_warnings, describe, find_config_path, load_config
from .errors import ConfigError, MailbotError
from .judge import Me
from .mailbox.base import Mailbox
from .pipeline import Pipeline, Settings, utcnow
from .store import Store
from .summary import build

log = logging.getLogger("mailbot")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    _setup_logging(args.verbose - args.quiet)
    try:
        return int(args.handler(args) or 0)
    except ConfigError as exc:
        for problem in exc.problems:
            print(f"mailbot: config: {problem}", file=sys.stderr)
        return exc.exit_code
    except MailbotError as exc:
        print(f"mailbot: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mailbot", description=(
        "Files LinkedIn notification mail into Good, Bad, Ugly, Other and Suspicious folders "
        "and says whom to accept, ignore or remove."))
    parser.add_argument("--config", metavar="FILE",
                        help="configuration file (default: $MAILBOT_CONFIG, else $XDG_CONFIG_HOME/mailbot/config.toml)")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output")
    parser.add_argument("-q", "--quiet", action="count", default=0, help="less log output")
    parser.add_argument("--version", action="version", version=f"mailbot {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    sub.add_parser("once", help="one pass over the inbox, then exit").set_defaults(handler=cmd_once)
    sub.add_parser("run", help="run as a daemon: file new mail as it arrives").set_defaults(handler=cmd_run)
    p = sub.add_parser("reprocess", help="re-judge filed mail and move what changed")
    p.add_argument("--folder", help="only move mail now in this folder")
    p.add_argument("--since", type=_date, help="only move mail dated on or after YYYY-MM-DD")
    p.add_argument("--dry-run", action="store_true", help="print what would change; write nothing")
    p.set_defaults(handler=cmd_reprocess)
    sub.add_parser("check-config", help="validate the configuration and its secrets").set_defaults(
        handler=cmd_check_config)
    sub.add_parser("status", help="counts per folder and verdict, last pass, decisions pending").set_defaults(
        handler=cmd_status)
    p = sub.add_parser("summary", help="print, preview or send the daily summary")
    p.add_argument("--format", choices=("text", "html", "json"), default=None,
                   help="what to print: the summary's text part (default), its HTML part, or the data as JSON")
    p.add_argument("--preview", metavar="FILE", help="write the HTML summary to FILE (open it in a browser)")
    p.add_argument("--send", action="store_true",
                   help="send today's summary unless one was already sent today ([smtp] or [summary] delivery)")
    p.add_argument("--force", action="store_true", help="with --send: send again even if today's was sent")
    p.add_argument("--all", action="store_true", help="every standing recommendation, not only what is new")
    p.add_argument("--since", type=_date, help="what changed since YYYY-MM-DD")
    p.set_defaults(handler=cmd_summary)
    p = sub.add_parser("eval", help="run the pipeline over a labelled corpus and print its accuracy")
    p.add_argument("corpus", type=Path, help="a folder of .eml files with an expected.toml")
    p.add_argument("--authserv-id", action="append", default=None,
                   help="trusted authserv-id of the corpus (default mx.example.net); repeatable")
    p.set_defaults(handler=cmd_eval)
    p = sub.add_parser("demo", help="no server needed: file sample notifications in a temporary Maildir")
    p.add_argument("--keep", metavar="DIR", help="build the demo in DIR and keep it")
    p.set_defaults(handler=cmd_demo)
    return parser


def _date(text: str) -> datetime:
    try:
        return datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=timezone.utc)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def _setup_logging(level: int) -> None:
    logging.basicConfig(
        level={-2: logging.ERROR, -1: logging.WARNING, 0: logging.INFO}.get(level, logging.DEBUG if level > 0 else logging.ERROR),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)


# -- wiring -------------------------------------------------------------------------


def load(args: argparse.Namespace) -> Config:
    config = load_config(find_config_path(args.config, os.environ))
    problems = signals.check_overrides(config.judge.as_mapping())
    if problems:
        raise ConfigError(problems)
    if args.verbose == 0 and args.quiet == 0:
        logging.getLogger().setLevel(config.log.level.upper())
    return config


def open_mailbox(config: Config) -> Mailbox:
    if config.imap is not None:
        from .mailbox.imap import ImapMailbox
        imap = config.imap
        box = ImapMailbox(host=imap.host, port=imap.port, security=imap.security, username=imap.username,
                          password_provider=imap.password.reveal, ca_file=imap.ca_file, timeout=imap.timeout,
                          batch_size=imap.batch_size, poll_interval=config.daemon.poll_interval,
                          idle_renew=config.daemon.idle_renew)
        box.connect()
        return box
    from .mailbox.maildir import MaildirMailbox
    assert config.maildir is not None
    return MaildirMailbox(config.maildir.path)


def make_pipeline(config: Config, mailbox: Mailbox, store: Store, should_stop=lambda: False) -> Pipeline:
    settings = Settings(
        inbox=config.inbox, folders=config.folders.all(), authserv_ids=config.trust.authserv_ids,
        max_message_bytes=config.limits.max_message_bytes,
        batch_size=config.imap.batch_size if config.imap else 500,
        me=Me(config.me.name, config.me.headline, tuple(config.me.fields)))
    return Pipeline(mailbox, store, settings, signals.build(config.judge.as_mapping()), should_stop=should_stop)


# -- commands -----------------------------------------------------------------------


def cmd_once(args: argparse.Namespace) -> int:
    config = load(args)
    with ExitStack() as stack:
        store = Store.open(config.state.path)
        stack.callback(store.close)
        mailbox = open_mailbox(config)
        stack.callback(mailbox.close)
        result = make_pipeline(config, mailbox, store).poll_once()
    if result.idle:
        log.info("nothing new in %s", config.inbox)
    else:
        log.info("pass done: %d examined, %d LinkedIn, %d moved, %d unreadable", result.examined,
                 result.linkedin, result.moved, result.failed)
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from .daemon import Daemon
    config = load(args)
    return Daemon(config, open_mailbox, make_pipeline).run()


def cmd_reprocess(args: argparse.Namespace) -> int:
    config = load(args)
    progress = _progress_bar() if sys.stderr.isatty() else None
    with ExitStack() as stack:
        store = Store.open(config.state.path)
        stack.callback(store.close)
        mailbox = open_mailbox(config)
        stack.callback(mailbox.close)
        changes = make_pipeline(config, mailbox, store).reprocess(args.folder, args.since, args.dry_run, progress)
    if progress:
        print(file=sys.stderr)
    verb = "would move" if args.dry_run else "moved"
    for change in changes:
        print(f"{verb}: {change.person}: {change.old} -> {change.new} ({change.move.why})")
    print(f"{len(changes)} message(s) {verb}" + (" (dry run: nothing written)" if args.dry_run else ""))
    return 0


def _progress_bar():
    def show(done: int, total: int) -> None:
        width = 30
        filled = width * done // max(total, 1)
        print(f"\rre-reading [{'#' * filled}{'.' * (width - filled)}] {done}/{total}", end="", file=sys.stderr)
    return show


def cmd_check_config(args: argparse.Namespace) -> int:
    config = load(args)
    problems = check_secrets(config)
    print(describe(config))
    for warning in config_warnings(config):
        print(f"warning: {warning}")
    if problems:
        raise ConfigError(problems)
    print("configuration OK")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    config = load(args)
    store = Store.open(config.state.path)
    try:
        counts = store.counts()
        last = store.last_pass()
    finally:
        store.close()
    print("mail per folder:")
    for folder, n in sorted(counts["folders"].items()):
        print(f"  {folder}: {n}")
    print("mail per verdict: " + ", ".join(f"{k} {v}" for k, v in sorted(counts["verdicts"].items())))
    print("decisions pending: " + (", ".join(f"{k} {v}" for k, v in sorted(counts["recommendations"].items()))
                                   or "none"))
    print(f"unreadable mail left in place: {counts['failures']['unreadable']}")
    if last is not None:
        print(f"last pass: {last['finished_at']} ({last['examined']} examined, {last['filed']} moved, "
              f"{last['failed']} unreadable)")
    else:
        print("last pass: never")
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from .summary import render_html, render_text
    config = load(args)
    if args.force and not args.send:
        raise ConfigError(["summary: --force only goes with --send"])
    if args.send:
        from .outbox import SummaryService
        if args.all or args.since:
            raise ConfigError(["summary: --send sends the day's summary (what is new since the last one); "
                               "--all and --since are for printing"])
        outcome = SummaryService.from_config(config, open_mailbox).run(mode="force" if args.force else "today")
        print(outcome.detail)
        return 1 if outcome.status == "failed" else 0
    store = Store.open(config.state.path)
    try:
        model = build(store, utcnow(), show_all=args.all, since=args.since, tz=config.summary.tz)
    finally:
        store.close()
    if args.preview:
        Path(args.preview).write_text(render_html(model, config.summary.templates_dir), encoding="utf-8")
        print(f"wrote {args.preview}", file=sys.stderr)
    if args.format == "json":
        print(json.dumps(model.to_json(), indent=2, ensure_ascii=False))
    elif args.format == "html":
        print(render_html(model, config.summary.templates_dir), end="")
    elif args.format == "text" or not args.preview:
        print(render_text(model, config.summary.templates_dir), end="")
    return 0


def render_plain(data: dict) -> str:
    """A compact text list of recommendations, for the terminal."""
    lines = []
    for group in ("accept", "remove", "ignore", "review"):
        people = [p for p in data["people"] if p["recommendation"] == group]
        if not people:
            continue
        lines.append(f"{group.upper()} ({len(people)})")
        for p in people:
            headline = f", {p['headline']}" if p["headline"] else ""
            lines.append(f"  {p['name']}{headline}: {p['verdict']}")
            for reason in p["reasons"]:
                lines.append(f"    - {reason}")
    return "\n".join(lines) if lines else "nothing to decide"


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate
    if not (args.corpus / "expected.toml").is_file():
        raise MailbotError(f"{args.corpus}/expected.toml not found: a corpus needs its labels beside the mail")
    logging.getLogger("mailbot").setLevel(logging.WARNING)
    report = evaluate(args.corpus, signals.build(), tuple(args.authserv_id or ("mx.example.net",)))
    print(report.render())
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from .mailbox.maildir import MaildirMailbox
    with ExitStack() as stack:
        root = Path(args.keep) if args.keep else Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="mailbot-demo-")))
        root.mkdir(parents=True, exist_ok=True)
        config_path = root / "config.toml"
        config_path.write_text(
            '[maildir]\npath = "mail"\n\n[state]\npath = "state.db"\n\n'
            '[trust]\nauthserv_ids = ["mx.example.net"]\n\n'
            '[me]\nname = "Alex Morgan"\nheadline = "Controller at Northwind Finance"\n'
            'fields = ["finance", "accounting", "audit", "controlling"]\n', encoding="utf-8")
        config = load_config(config_path)
        mailbox = MaildirMailbox(config.maildir.path if config.maildir else root / "mail")
        samples = sorted(p for p in resources.files("mailbot").joinpath("samples").iterdir() if p.name.endswith(".eml"))
        for sample in samples:
            mailbox.append(config.inbox, sample.read_bytes())
        store = Store.open(config.state.path)
        stack.callback(store.close)
        result = make_pipeline(config, mailbox, store).poll_once()
        print(f"demo: {len(samples)} sample notifications in a Maildir at {root / 'mail'}")
        print(f"filed {result.moved} of {result.examined} mails:")
        for folder, n in sorted(store.counts()["folders"].items()):
            print(f"  {folder}: {n}")
        print()
        print(render_plain(build(store, utcnow(), show_all=True).to_json()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
