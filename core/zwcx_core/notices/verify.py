"""Verification codes printed on notices.

A code names one record version and its content: the first 10 bytes (80 bits) of
sha256("{version_id}|{content_hash}") in RFC 4648 base32, i.e. 16 characters from A–Z and 2–7 with no padding.
80 bits make a forged or mistyped code practically impossible to land on another version, yet the code still fits
a QR code of version 2 and can be read out over the phone. It is printed in groups of four
(`ABCD-EFGH-IJKL-MNOP`); the QR code carries `{server}/v/{code}` without the hyphens, and is printed only
when a server is configured. The municipal server answers
that address with the version it holds, so a resident can check that the paper on the board is the real one.
"""

from __future__ import annotations

import base64
import hashlib

__all__ = ["grouped", "normalise", "server_url", "verify_code", "verify_url"]


def verify_code(version_id: str, content_hash: str) -> str:
    """The 16-character verification code of a record version (see the module docstring)."""
    digest = hashlib.sha256(f"{version_id}|{content_hash}".encode("ascii")).digest()
    return base64.b32encode(digest[:10]).decode("ascii")


def grouped(code: str) -> str:
    """The code as printed: groups of four joined by hyphens."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def normalise(text: str) -> str:
    """A code as typed by a person (spaces, hyphens, lower case) back to its canonical form."""
    return "".join(c for c in text.upper() if c.isalnum())


def server_url(app) -> str | None:
    """The municipal server's base address without a trailing slash, or None when there is none.

    The server this computer is enrolled with (it holds the versions) comes first, then the address typed in
    设置. With neither, notices carry the code but no QR code: an address nobody answers would tell a resident
    that a genuine notice is false.
    """
    url = app.setting("sync_server_url") or app.setting("server_url")
    return url.rstrip("/") if url else None


def verify_url(server: str, code: str) -> str:
    """Address the QR code points at."""
    return f"{server.rstrip('/')}/v/{code}"
