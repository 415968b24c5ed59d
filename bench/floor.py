"""The floor: the least any correct LinkedIn filer must do over IMAP, with imapclient.

Fetch the From and Authentication-Results headers of every mail (UID ranges from
SELECT's UIDNEXT, no SEARCH), fetch whole (BODY.PEEK[]) only the mails whose From
names LinkedIn or a look-alike, and UID MOVE those in chunks of 5,000 into one
folder. No parsing, no judging, no state. Prints one JSON line.

usage: floor.py HOST PORT USER PASSWORD DEST
"""
from __future__ import annotations

import json
import re
import resource
import sys
import time

from imapclient import IMAPClient, SocketTimeout
from imapclient.response_parser import parse_fetch_response

HEADER_CHUNK = 5000
BODY_CHUNK = 500
MOVE_CHUNK = 5000
LOOKS_LINKEDIN = re.compile(rb"linked[il1]n|xn--", re.I)


def main(host: str, port: str, user: str, password: str, dest: str) -> None:
    t0 = time.perf_counter()
    client = IMAPClient(host, int(port), ssl=False, timeout=SocketTimeout(30, 600))
    commands = [0]
    new_tag = client._imap._new_tag

    def counting() -> bytes:
        commands[0] += 1
        return new_tag()

    client._imap._new_tag = counting
    client.login(user, password)
    info = client.select_folder("INBOX")
    uidnext = int(info[b"UIDNEXT"])
    fetched = examined = 0
    wanted: list[int] = []
    for lo in range(1, uidnext, HEADER_CHUNK):
        hi = min(uidnext - 1, lo + HEADER_CHUNK - 1)
        typ, data = client._imap.uid("FETCH", f"{lo}:{hi}", "(BODY.PEEK[HEADER.FIELDS (FROM AUTHENTICATION-RESULTS)])")
        got = parse_fetch_response(data, False, True) if typ == "OK" else {}
        for uid, item in got.items():
            head = next((v for k, v in item.items() if k.startswith(b"BODY[HEADER")), b"") or b""
            fetched += len(head)
            examined += 1
            from_ = re.search(rb"(?im)^from:(.*(?:\r?\n[ \t].*)*)", head)
            if from_ and LOOKS_LINKEDIN.search(from_.group(1)):
                wanted.append(uid)
    for i in range(0, len(wanted), BODY_CHUNK):
        for item in client.fetch(wanted[i:i + BODY_CHUNK], ["BODY.PEEK[]"]).values():
            fetched += len(item.get(b"BODY[]") or b"")
    for i in range(0, len(wanted), MOVE_CHUNK):
        client.move(wanted[i:i + MOVE_CHUNK], dest)
    client.logout()
    wall = time.perf_counter() - t0
    print(json.dumps({"wall": wall, "examined": examined, "moved": len(wanted), "bytes_fetched": fetched,
                      "commands": commands[0],
                      "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))


if __name__ == "__main__":
    main(*sys.argv[1:6])
