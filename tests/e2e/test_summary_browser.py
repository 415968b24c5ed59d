"""A real browser renders the summary preview: headless Debian chromium.

Asserts that it rendered (a non-trivial PNG), that the layout fits a 600 px column
(and a 375 px phone) without horizontal scrolling, and that the browser-parsed DOM of
a summary full of hostile names holds nothing that could run (no script element, no
event-handler attribute, no javascript: URL, nothing remote to load).

The measuring page is test-only: it holds the summary in a sandboxed iframe (no
scripts inside) and measures it from outside; the summary itself has no script.
Skips when chromium is missing, unless MAILBOT_REQUIRE_BROWSER=1 (scripts/test).
"""
from __future__ import annotations

import html
import json
import os
import re
import shutil
import struct
import subprocess
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from mailbot.store import Store
from mailbot.summary import build, render_html
from smtp import sample_state

CHROMIUM = "/usr/bin/chromium"


def _chromium() -> str:
    path = CHROMIUM if os.access(CHROMIUM, os.X_OK) else shutil.which("chromium")
    if not path:
        if os.environ.get("MAILBOT_REQUIRE_BROWSER") == "1":
            pytest.fail("MAILBOT_REQUIRE_BROWSER=1 but chromium is not installed (apt-get install -y chromium)")
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    return path


def _run(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--hide-scrollbars", f"--user-data-dir={tmp / 'profile'}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True)


@pytest.fixture(scope="module")
def summary_html() -> str:
    store = Store.open(":memory:")
    now = datetime(2026, 11, 27, 6, 30, tzinfo=timezone.utc)
    sample_state(store, now - timedelta(minutes=5), hostile=True)
    try:
        return render_html(build(store, now, tz=ZoneInfo("Europe/Berlin")))
    finally:
        store.close()


def _png_facts(data: bytes) -> tuple[int, int, int]:
    """(width, height, distinct byte values in the decompressed image data)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    idat, pos = b"", 8
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    return width, height, len(set(zlib.decompress(idat)))


def _measure(tmp: Path, page: str, width: int) -> dict:
    """Load the summary in a sandboxed iframe `width` px wide and read its layout and DOM."""
    wrapper = tmp / f"measure-{width}.html"
    wrapper.write_text(f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0"><iframe id="f" sandbox="allow-same-origin" style="border:0;width:{width}px;height:4000px"
 srcdoc="{html.escape(page, quote=True)}"></iframe>
<pre id="result">pending</pre>
<script>
document.getElementById('f').addEventListener('load', function () {{
  var d = this.contentDocument, all = d.querySelectorAll('*'), handlers = 0, jsurls = 0, remote = 0;
  for (var i = 0; i < all.length; i++) {{
    for (var j = 0; j < all[i].attributes.length; j++) {{
      var a = all[i].attributes[j];
      if (/^on/i.test(a.name)) handlers++;
      if (/^\\s*javascript:/i.test(a.value)) jsurls++;
      if ((a.name === 'src' || a.name === 'background') && a.value) remote++;
    }}
  }}
  document.getElementById('result').textContent = JSON.stringify({{
    scrollWidth: d.documentElement.scrollWidth, clientWidth: d.documentElement.clientWidth,
    height: Math.round(d.body.getBoundingClientRect().height),
    column: Math.round(d.querySelector('table table').getBoundingClientRect().width),
    scripts: d.scripts.length, handlers: handlers, jsurls: jsurls, remote: remote,
    images: d.images.length, links: d.querySelectorAll('a[href]').length,
    csp: !!d.querySelector('meta[http-equiv="Content-Security-Policy"]')
  }});
}});
</script></body></html>""", encoding="utf-8")
    out = _run(tmp, "--virtual-time-budget=5000", "--dump-dom", wrapper.as_uri()).stdout
    found = re.search(r'<pre id="result">(.*?)</pre>', out, re.S)
    assert found and found.group(1) != "pending", out[-2000:]
    return json.loads(html.unescape(found.group(1)))


def test_preview_renders_into_a_real_png(tmp_path: Path, summary_html: str) -> None:
    page = tmp_path / "summary.html"
    page.write_text(summary_html, encoding="utf-8")
    shot = tmp_path / "summary.png"
    _run(tmp_path, f"--screenshot={shot}", "--window-size=600,1600", page.as_uri())
    data = shot.read_bytes()
    width, height, distinct = _png_facts(data)
    assert (width, height) == (600, 1600)
    assert len(data) > 30_000 and distinct > 100, (len(data), distinct)


@pytest.mark.parametrize("width", [600, 375])
def test_layout_fits_the_column_without_horizontal_scrolling(tmp_path: Path, summary_html: str,
                                                             width: int) -> None:
    facts = _measure(tmp_path, summary_html, width)
    print(f"width {width}: {facts}")
    assert facts["scrollWidth"] <= width, facts
    assert facts["column"] <= min(width, 600), facts
    assert facts["height"] > 1000  # everything was laid out, not an empty page


def test_browser_parsed_summary_holds_nothing_that_runs(tmp_path: Path, summary_html: str) -> None:
    facts = _measure(tmp_path, summary_html, 600)
    assert facts["scripts"] == 0 and facts["handlers"] == 0 and facts["jsurls"] == 0, facts
    assert facts["remote"] == 0 and facts["images"] == 0, facts
    assert facts["csp"] is True and facts["links"] > 10
    # the summary alone, as the browser parsed it: the hostile name is text, not an element
    page = tmp_path / "alone.html"
    page.write_text(summary_html, encoding="utf-8")
    dom = _run(tmp_path, "--virtual-time-budget=2000", "--dump-dom", page.as_uri()).stdout
    assert "&lt;img src=x onerror=alert(1)&gt;" in dom
    assert "<img" not in dom and "<script" not in dom.lower() and "<svg" not in dom.lower()
