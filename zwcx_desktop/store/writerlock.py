"""One writer per data folder: the desktop and every writing command hold this lock while they may write.

SQLite already serialises single transactions; this lock serialises *programs*, so that a restore (which replaces
the whole database) never runs while another program has the store open for writing, and a second writer is told
which program is busy instead of racing it. The lock is the operating system's (`oslock`): a crashed holder's lock
goes with its process. Beside it, a small JSON file names the holder (program, pid, since) for that message; it is
only read while the lock is held by someone else, so a stale one left by a crash is never shown.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from zwcx_desktop import oslock

LOCK_NAME = "writer.lock"
HOLDER_NAME = "writer.lock.holder"
#: How long a second writer waits for the lock before giving up ("a few seconds": a save or a small import).
DEFAULT_WAIT = 3.0
#: Environment override of that wait in seconds (tests and scripts that would rather fail at once).
WAIT_ENV = "ZWCX_WRITER_WAIT"


@dataclass(frozen=True)
class Holder:
    """Who holds the writer lock: the program (e.g. "zwcx import", "zwcx desktop"), its pid, since when."""

    program: str
    pid: int
    since: str  # local time, ISO format to the second


class FolderBusy(oslock.Busy):
    """Another zwcx program is writing to this data folder; nothing was written."""

    def __init__(self, root: Path, holder: Holder | None) -> None:
        self.root, self.holder = root, holder
        if holder is None:
            who = "another zwcx program is writing to the data folder"
            super().__init__(f"{who} {root}; nothing was written: try again when it has finished")
        else:
            super().__init__(
                f"another zwcx program is writing to the data folder {root}: {holder.program} (pid {holder.pid}, "
                f"since {holder.since}); nothing was written: try again when it has finished")


def wait_seconds() -> float:
    """The configured wait for a busy lock (`ZWCX_WRITER_WAIT`, else DEFAULT_WAIT)."""
    try:
        return max(0.0, float(os.environ.get(WAIT_ENV, DEFAULT_WAIT)))
    except ValueError:
        return DEFAULT_WAIT


def current_holder(root: Path) -> Holder | None:
    """The holder recorded beside the lock, or None when there is no readable record."""
    try:
        d = json.loads((root / HOLDER_NAME).read_text(encoding="utf-8"))
        return Holder(str(d["program"]), int(d["pid"]), str(d["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


#: A holder writes its record just after taking the lock, and removes it just before giving the lock back: a
#: refused writer that finds no record keeps trying this long, so that it either names the holder or gets the lock.
HOLDER_RECORD_WAIT = 0.5


class WriterLock:
    """The writer lock of the data folder `root`, taken by `program`. Not re-entrant: a second WriterLock on the
    same folder, even in this process, is a second writer and is refused."""

    def __init__(self, root: Path, program: str) -> None:
        self.root, self.program = Path(root), program
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, wait: float | None = None) -> WriterLock:
        """Take the lock, waiting up to `wait` seconds (default: `wait_seconds()`) for another writer to finish;
        raises FolderBusy naming that writer when it does not. Returns self."""
        if self._fd is not None:
            raise RuntimeError(f"the writer lock of {self.root} is already held by this {self.program}")
        wait = wait_seconds() if wait is None else wait
        deadline = time.monotonic() + wait
        self.root.mkdir(parents=True, exist_ok=True)
        while True:
            try:
                self._fd = oslock.acquire(self.root / LOCK_NAME)
                break
            except oslock.Busy:
                now = time.monotonic()
                if now >= deadline:
                    holder = current_holder(self.root)
                    if holder is not None or now >= deadline + HOLDER_RECORD_WAIT:
                        raise FolderBusy(self.root, holder) from None
                    time.sleep(0.02)
                    continue
                time.sleep(0.05)
        try:
            self._record()
        except OSError:
            self.release()
            raise
        return self

    def _record(self) -> None:
        since = dt.datetime.now().isoformat(timespec="seconds")
        text = json.dumps({"program": self.program, "pid": os.getpid(), "since": since}, ensure_ascii=False)
        part = self.root / f"{HOLDER_NAME}.part-{os.getpid()}"
        try:
            part.write_text(text, encoding="utf-8")
            part.replace(self.root / HOLDER_NAME)
        except BaseException:
            part.unlink(missing_ok=True)  # a full disk: leave nothing behind
            raise

    def release(self) -> None:
        """Give the lock back (nothing happens when it is not held)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            # Removed while still locked: the next holder writes its own record only after taking the lock.
            (self.root / HOLDER_NAME).unlink(missing_ok=True)
        finally:
            oslock.release(fd)

    def __enter__(self) -> WriterLock:
        if not self.held:
            self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()
