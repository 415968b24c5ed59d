"""Make docs/summary.png: the HTML summary of a realistic day, as headless chromium shows it.

    .venv/bin/python docs/make_summary_png.py

The state is tests/smtp.py's sample_state (three people to accept, two to remove,
three to ignore, one FYI message, mail in every folder).
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from mailbot.store import Store  # noqa: E402
from mailbot.summary import build, render_html  # noqa: E402
from smtp import sample_state  # noqa: E402

WIDTH = 640


def main() -> None:
    now = datetime(2026, 11, 27, 6, 30, tzinfo=timezone.utc)
    store = Store.open(":memory:")
    sample_state(store, now - timedelta(minutes=5))
    store.claim_summary("2026-11-26", "<summary-2026-11-26@mailbot.example.net>", now - timedelta(days=1))
    store.summary_sent("2026-11-26", "<summary-2026-11-26@mailbot.example.net>", now - timedelta(days=1))
    html = render_html(build(store, now, tz=ZoneInfo("Europe/Berlin")))
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "summary.html"
        page.write_text(html, encoding="utf-8")
        height = int(sys.argv[1]) if len(sys.argv) > 1 else 2950
        subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--hide-scrollbars", f"--user-data-dir={tmp}/profile",
                        f"--screenshot={ROOT / 'docs' / 'summary.png'}", f"--window-size={WIDTH},{height}",
                        page.as_uri()], check=True, capture_output=True)
    print(f"wrote docs/summary.png ({WIDTH}x{height})")


if __name__ == "__main__":
    main()
