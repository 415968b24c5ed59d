"""The fast MIME split in mailbot.parse gives what the stdlib parser gives, or declines.

parse._fast_bodies covers LinkedIn's usual shapes; for anything else it returns None and
parse._stdlib_bodies (compat32) decides. Every case here checks agreement, and whether
the fast path took the shape or declined it.
"""
from __future__ import annotations

import base64
import quopri
from pathlib import Path

import pytest

from mailbot import parse

TESTS = Path(__file__).resolve().parents[1]
HEAD = "From: Jane Roe via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\nMessage-ID: <m@x>\nMIME-Version: 1.0\n"


def split(data: bytes) -> tuple[list[tuple[str, str]], bytes]:
    head, body = parse._split(data)
    return parse._headers(head), body


def both(data: bytes, truncated: bool = False) -> tuple[object, object]:
    headers, body = split(data)
    return parse._fast_bodies(headers, body, truncated), parse._stdlib_bodies(headers, body, truncated)


def crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("utf-8", "surrogateescape")


def alternative(plain_part: str, html_part: str, boundary: str = "b1", ctype_params: str = "") -> str:
    return (
        HEAD + f'Content-Type: multipart/alternative; boundary="{boundary}"{ctype_params}\n\n'
        f"preamble\n--{boundary}\n{plain_part}\n--{boundary}\n{html_part}\n--{boundary}--\nepilogue\n"
    )


PLAIN = "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\nHi Paul,\nI would like to connect.\n"
HTML = '<html lang="en"><body><p>Hi Paul,</p></body></html>'
HTML_PART = f"Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{HTML}"
B64 = base64.encodebytes("Grüße, Paul: über das Netzwerk\n".encode()).decode()

# Shapes the fast path takes: it must agree with the stdlib parser exactly.
COVERED = {
    "alternative qp": alternative(PLAIN, HTML_PART),
    "alternative unquoted boundary": alternative(PLAIN, HTML_PART, "----=_Part_1.2").replace('"----=_Part_1.2"', "----=_Part_1.2"),
    "base64 text": alternative(f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{B64}", HTML_PART),
    "broken base64": alternative("Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\nSGkgUGF1bCwg!!%%aGVsbG8", HTML_PART),
    "qp soft breaks and escapes": alternative(
        "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n"
        + quopri.encodestring("Grüße ".encode("latin-1") * 40).decode(),
        HTML_PART,
    ),
    "unknown charset": alternative("Content-Type: text/plain; charset=x-no-such-charset\n\nHi Paul", HTML_PART),
    "charset not a text codec": alternative("Content-Type: text/plain; charset=base64\n\nHi Paul", HTML_PART),
    "quoted upper-case charset": alternative('Content-Type: text/plain; charset="UTF-8"\n\nHi Paul', HTML_PART),
    "folded content type": alternative("Content-Type: text/plain;\n\tcharset=utf-8;\n format=flowed\n\nHi Paul", HTML_PART),
    "no text part": alternative("Content-Type: application/pdf\n\n%PDF", "Content-Type: image/png\n\nPNG"),
    "part without headers": alternative("\nHi Paul, no headers here", HTML_PART),
    "attachment plain": alternative("Content-Type: text/plain\nContent-Disposition: attachment; filename=a.txt\n\nfile", HTML_PART),
    "html first": alternative(HTML_PART, PLAIN),
    "two plain parts": alternative(PLAIN, PLAIN.replace("Hi Paul", "Second")),
    "text/enriched part skipped": alternative("Content-Type: text/enriched\n\n<bold>x</bold>", HTML_PART),
    "boundary-like lines in text": alternative(PLAIN + "--b1x\n --b1\n--b1--x\n", HTML_PART),
    "boundary line with trailing blanks": alternative(PLAIN, HTML_PART).replace("\n--b1\n", "\n--b1 \t\n"),
    "no close boundary": HEAD + 'Content-Type: multipart/alternative; boundary="b1"\n\n--b1\n' + PLAIN + "--b1\n" + HTML_PART,
    "parts after the close boundary": alternative(PLAIN, HTML_PART).replace("epilogue", "--b1\nContent-Type: text/html\n\nlate"),
    "mixed with attachment": alternative(PLAIN, "Content-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\nAAAA").replace(
        "multipart/alternative", "multipart/mixed"
    ),
    "8bit latin-1 bytes": alternative("Content-Type: text/plain; charset=iso-8859-1\n\nGr\udcfc\udcdfe", HTML_PART),
    "single html qp": HEAD + "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n<p>Hi=20Paul=\n,</p>\n",
    "single plain base64": HEAD + f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{B64}",
    "single without content type": HEAD + "\nHi Paul,\nplain by default\n",
    "single text/csv": HEAD + "Content-Type: text/csv\n\na,b\n",
    "single application": HEAD + "Content-Type: application/pdf\n\n%PDF",
    "single attachment": HEAD + "Content-Type: text/plain\nContent-Disposition: attachment\n\nfile",
    "empty body": HEAD + "Content-Type: text/plain\n\n",
    "related around alternative": HEAD + 'Content-Type: multipart/related; type="multipart/alternative";\n\tboundary="o"\n\n'
    'preamble\n--o\nContent-Type: multipart/alternative; boundary="i"\n\n--i\n' + PLAIN + "\n--i\n" + HTML_PART
    + "\n--i--\n\n--o\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--o--\n",
    "mixed: attachment first, then alternative": HEAD + 'Content-Type: multipart/mixed; boundary="o"\n\n--o\n'
    "Content-Type: text/plain\nContent-Disposition: attachment\n\nfile\n--o\n"
    'Content-Type: multipart/alternative; boundary="i"\n\n--i\n' + PLAIN + "\n--i\n" + HTML_PART + "\n--i--\n--o--\n",
    "inner multipart without its close line": HEAD + 'Content-Type: multipart/mixed; boundary="o"\n\n--o\n'
    'Content-Type: multipart/alternative; boundary="i"\n\n--i\n' + PLAIN + "\n--i\n" + HTML_PART + "\n--o--\n",
    "plain outside, html inside": HEAD + 'Content-Type: multipart/mixed; boundary="o"\n\n--o\n' + PLAIN
    + '\n--o\nContent-Type: multipart/related; boundary="i"\n\n--i\n' + HTML_PART + "\n--i--\n--o--\n",
    "nested deeper than the walk goes": HEAD + "".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n' for i in range(parse.MAX_DEPTH + 2)
    ) + PLAIN + "".join(f"\n--b{i}--" for i in reversed(range(parse.MAX_DEPTH + 2))) + "\n",
}

# Shapes the fast path leaves to the stdlib parser.
DECLINED = {
    "missing boundary": HEAD + "Content-Type: multipart/alternative\n\n--b1\n" + PLAIN + "--b1--\n",
    "empty boundary": alternative(PLAIN, HTML_PART).replace('boundary="b1"', 'boundary=""'),
    "start boundary not found": HEAD + 'Content-Type: multipart/alternative; boundary="zz"\n\n--b1\n' + PLAIN,
    "close boundary first": HEAD + 'Content-Type: multipart/alternative; boundary="b1"\n\n--b1--\n' + PLAIN,
    "message/rfc822 part": alternative("Content-Type: message/rfc822\n\nFrom: a@b\n\nforwarded", HTML_PART),
    "inner boundary missing": HEAD + 'Content-Type: multipart/mixed; boundary="o"\n\n--o\n'
    "Content-Type: multipart/alternative\n\n--i\n" + PLAIN + "--i--\n--o--\n",
    "inner boundary same as outer": HEAD + 'Content-Type: multipart/mixed; boundary="o"\n\n--o\n'
    'Content-Type: multipart/alternative; boundary="o"\n\n--o\n' + PLAIN + "--o--\n--o--\n",
    "digest": alternative(PLAIN, HTML_PART).replace("multipart/alternative", "multipart/digest"),
    "rfc 2231 charset": alternative("Content-Type: text/plain; charset*=utf-8''utf-8\n\nHi", HTML_PART),
    "comment in content type": alternative("Content-Type: text/plain; charset=utf-8 (yes)\n\nHi", HTML_PART),
    "escaped quote in parameter": alternative('Content-Type: text/plain; name="a\\"b"\n\nHi', HTML_PART),
    "uuencode": alternative("Content-Type: text/plain\nContent-Transfer-Encoding: x-uuencode\n\nbegin", HTML_PART),
    "transfer encoding with a blank": alternative("Content-Type: text/plain\nContent-Transfer-Encoding: base64 \n\nSGk=", HTML_PART),
    "header without blank line": alternative("Content-Type: text/plain\nHi Paul, no blank line", HTML_PART),
    "first part line is continuation": alternative(" folded\nContent-Type: text/plain\n\nHi", HTML_PART),
    "two boundary lines in a row": alternative(PLAIN, HTML_PART).replace("\n--b1\nContent-Type: text/html", "\n--b1\n--b1\nContent-Type: text/html"),
    "non-ascii part header": alternative("Content-Type: text/plain; name=\"Grüße\"\n\nHi", HTML_PART),
    "non-ascii top content type": HEAD + "Content-Type: text/plain; charset=utf-8; name=Grüße\n\nHi",
    "unix from in part": alternative("From nobody\nContent-Type: text/plain\n\nHi", HTML_PART),
}


@pytest.mark.parametrize("name", sorted(COVERED))
@pytest.mark.parametrize("truncated", [False, True])
@pytest.mark.parametrize("ends", ["lf", "crlf"])
def test_fast_path_agrees(name: str, truncated: bool, ends: str) -> None:
    text = COVERED[name]
    data = text.encode("utf-8", "surrogateescape") if ends == "lf" else crlf(text)
    fast, slow = both(data, truncated)
    assert fast is not None, "the fast path should take this shape"
    assert fast == slow


@pytest.mark.parametrize("name", sorted(DECLINED))
def test_fast_path_declines(name: str) -> None:
    headers, body = split(DECLINED[name].encode("utf-8"))
    assert parse._fast_bodies(headers, body, False) is None
    parse._bodies(headers, body, False)  # the stdlib path takes it without raising


def test_lone_cr_is_declined() -> None:
    data = alternative(PLAIN.replace("Hi Paul,\n", "Hi Paul,\r--b1\r\n"), HTML_PART).encode()
    headers, body = split(data)
    assert parse._fast_bodies(headers, body, False) is None


def test_cut_anywhere_agrees() -> None:
    """A mail cut at any byte (IMAP partial fetch) gives the same answer either way."""
    data = crlf(COVERED["base64 text"])
    for cut in range(len(HEAD) + 30, len(data), 7):
        fast, slow = both(data[:cut], truncated=True)
        assert fast is None or fast == slow, cut


def _emls() -> list[Path]:
    return sorted(TESTS.glob("data/eml/**/*.eml")) + sorted(TESTS.glob("corpus/*/**/*.eml"))[::7]


def test_every_fixture_and_corpus_sample_agrees() -> None:
    taken = 0
    for path in _emls():
        lf = path.read_bytes().replace(b"\r\n", b"\n")
        for data in (lf, lf.replace(b"\n", b"\r\n")):
            headers, body = split(data)
            if not headers:
                continue
            fast = parse._fast_bodies(headers, body, False)
            if fast is not None:
                taken += 1
                assert fast == parse._stdlib_bodies(headers, body, False), path
    assert taken > 0.95 * 2 * len(_emls())


def test_a_deep_message_chain_after_the_text_still_goes_to_compat32() -> None:
    """compat32 parses the whole mail and recurses too deep on it; the fast split must not hide that."""
    chain = "".join("Content-Type: message/rfc822\n\n" for _ in range(1200))
    data = alternative(PLAIN, HTML_PART).replace("--b1--", "--b1\n" + chain + "x\n--b1--")
    headers, body = split(data.encode())
    assert parse._fast_bodies(headers, body, False) is not None, "alone, the fast split stops before the chain"
    with pytest.raises(RecursionError):
        parse._bodies(headers, body, False)


def test_many_boundary_declarations_give_no_text() -> None:
    parts = "".join(f'--b1\nContent-Type: multipart/mixed; boundary="x{i}"\n\n' for i in range(parse.MAX_MULTIPARTS + 1))
    headers, body = split(alternative(PLAIN + parts, HTML_PART).encode())
    assert parse._bodies(headers, body, False) == (None, None)
