"""Room on the disk for the safety copies zwcx makes by itself (before a migration, before a restore), and keeping
only the newest few of them.

A copy that fills the disk half-way helps nobody: it can leave the data folder unable to take the next write (or
the app unable to start). So the space is checked first, and the answer is one line saying how much is needed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

#: Room left on the disk after a safety copy, besides the copy itself (SQLite needs some to write at all).
SPARE_BYTES = 32 << 20
#: Safety copies of each kind kept in backups/ (the newest ones).
KEEP_COPIES = 3


class NotEnoughSpace(ValueError):
    """The disk has less free space than an operation needs; nothing was changed."""


def database_bytes(db: Path) -> int:
    """The size of a database file with its write-ahead log (what a consistent copy of it may take)."""
    return sum(p.stat().st_size for p in (db, db.with_name(db.name + "-wal")) if p.exists())


def ensure_free_space(folder: Path, need: int, doing: str, freeable: int = 0) -> None:
    """Raise NotEnoughSpace unless `folder`'s disk has `need` bytes free plus SPARE_BYTES, counting `freeable`
    bytes that the caller will remove first (old copies); `doing` ends the sentence "not enough free disk space
    in FOLDER to …"."""
    need += SPARE_BYTES
    free = shutil.disk_usage(folder).free + freeable
    if free < need:
        raise NotEnoughSpace(
            f"not enough free disk space in {folder} to {doing} ({_mb(need)} MB needed, {_mb(free)} MB available); "
            "free some space and try again")


def _mb(n: int) -> int:
    return -(-n // (1 << 20))  # rounded up: "0 MB needed" would read as a bug


def rotation(folder: Path, pattern: str, keep: int = KEEP_COPIES) -> list[Path]:
    """The oldest files matching `pattern` in `folder` to remove so that one more copy makes `keep` (oldest by
    modification time, then name: a copy made after restoring an older backup is new whatever its name says)."""
    if not folder.is_dir():
        return []
    old = sorted((p for p in folder.glob(pattern) if p.is_file()), key=lambda p: (p.stat().st_mtime, p.name))
    return old[:max(0, len(old) - (keep - 1))]


def freed_by(paths: list[Path]) -> int:
    """Bytes that removing `paths` (and the -wal beside a raw copy) would free."""
    return sum(database_bytes(p) for p in paths)


def remove(paths: list[Path]) -> None:
    """Remove safety copies chosen by `rotation`, each with the -wal a raw copy of a damaged database keeps."""
    for p in paths:
        p.unlink(missing_ok=True)
        p.with_name(p.name + "-wal").unlink(missing_ok=True)
