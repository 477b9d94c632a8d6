"""Fault injection for crash tests, off unless the environment says otherwise.

`ZWCX_SERVER_FAULT=kill-after-commit:N` makes the server process kill itself (SIGKILL, as a power cut or an OOM
kill would) right after its N-th push has committed and before the answer is sent: the device sees a broken
connection for work the server holds. Only tests set the variable; it is read once, at import.
"""

from __future__ import annotations

import os
import signal
import threading

_SPEC = os.environ.get("ZWCX_SERVER_FAULT", "")
_lock = threading.Lock()
_count = 0


def _kill_at() -> int | None:
    kind, _, n = _SPEC.partition(":")
    if kind != "kill-after-commit":
        return None
    if not (n.isascii() and n.isdigit()) or int(n) < 1:
        raise ValueError(f"ZWCX_SERVER_FAULT={_SPEC!r}: expected kill-after-commit:N with N a positive integer")
    return int(n)


_KILL_AT = _kill_at() if _SPEC else None


def after_commit(what: str) -> None:
    """Called by a write after its transaction committed, before the answer leaves the server."""
    global _count
    if _KILL_AT is None or what != "push":
        return
    with _lock:
        _count += 1
        if _count >= _KILL_AT:
            os.kill(os.getpid(), signal.SIGKILL)
