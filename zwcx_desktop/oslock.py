"""An exclusive, non-blocking lock on a file, held by the operating system: released when the holder closes it
or its process ends, however it ends (a SIGKILL or a power cut leaves no stale lock behind).

filelock does this and much more; its 290 KB would push the installed bundle over its 150 MiB budget, and the
standard library's flock (Unix) and msvcrt.locking (Windows) are all that one data folder's sync needs.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path


class Busy(OSError):
    """Another process (or another open of the file in this one) holds the lock."""


def acquire(path: Path) -> int:
    """Take the lock on `path` (created if missing) and return its descriptor, to hand to `release` later;
    raises Busy at once if it is held. For a lock that outlives one block (the desktop's open store)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _lock(fd)
    except OSError:
        os.close(fd)
        raise Busy(f"{path} is locked by another process") from None
    return fd


def release(fd: int) -> None:
    """Give back a lock taken by `acquire`."""
    try:
        _unlock(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def exclusive(path: Path) -> Iterator[None]:
    """Hold the lock on `path` (created if missing) for the `with` block; raises Busy at once if it is held."""
    fd = acquire(path)
    try:
        yield
    finally:
        release(fd)


if os.name == "nt":
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        # flock, not fcntl's record locks: those belong to the process, so a second open in the same process
        # would get the lock too, and closing any descriptor of the file would drop it.
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
