"""One line, naming what to do, for a failure of the machine rather than of the input: a damaged or empty
database, a full disk, a read-only or misplaced data folder, a database locked for too long.

The command line prints it after "zwcx: error:"; the desktop shows it, in Chinese, in a message box. A database
error's own text carries the SQL statement (and, without hide_parameters, its values: names, masked IDs), so only
SQLite's short reason is ever looked at, never shown whole.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from zwcx_desktop.config import db_path
from zwcx_desktop.store.db import DamagedDatabase, damaged_text

#: Below this much free space, a disk I/O error of SQLite is taken for a full disk (writing the WAL index or
#: growing the file is what fails first).
NEARLY_FULL = 1 << 20

# SQLite's primary result codes (sqlite3.h).
_READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 8, 10, 11, 13, 14, 26


def describe(exc: BaseException, root: Path | None) -> str | None:
    """The user's line for `exc` met while using the data folder `root` (None when unknown), or None when it is
    not a machine problem (input errors and bugs are described elsewhere)."""
    if isinstance(exc, DamagedDatabase):
        return str(exc)
    from zwcx_desktop.store.migrate import MigrationError

    if isinstance(exc, MigrationError) and exc.__cause__ is not None:
        # Its own text quotes the driver's error, SQL included; the cause says what to do, and a failed upgrade
        # always leaves the database as it was.
        line = describe(exc.__cause__, root)
        return None if line is None else f"{line} (the database was not upgraded and is as it was)"
    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's error
    if isinstance(orig, sqlite3.Error):
        exc = orig
    if isinstance(exc, sqlite3.Error):
        return _sqlite(exc, root)
    if isinstance(exc, NotADirectoryError | FileExistsError):
        return f"{exc.filename}: is a file, or lies inside one, where a folder is needed; choose another --data-dir"
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return full_text(exc.filename or root)
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return read_only_text(exc.filename or root)
    if isinstance(exc, IsADirectoryError):
        return f"{exc.filename}: is a folder where a file is needed; choose another file name"
    inner = exc.__cause__ or exc.__context__
    if isinstance(inner, OSError) and inner.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES):
        # A library's own error for a file it could not write (xlsxwriter's FileCreateError) wraps the real one.
        return describe(inner, root)
    return None


def is_damage(exc: BaseException) -> bool:
    """Whether `exc` says the database file itself is damaged (what `zwcx check` reports as a finding)."""
    if isinstance(exc, DamagedDatabase):
        return True
    orig = getattr(exc, "orig", exc)
    if not isinstance(orig, sqlite3.DatabaseError):
        return False
    reason = str(orig).split("\n", 1)[0]
    return (getattr(orig, "sqlite_errorcode", 0) & 0xFF) in (_CORRUPT, _NOTADB) or "malformed" in reason \
        or "not a database" in reason


def full_text(where) -> str:
    """The disk holding `where` (a path, or None when unknown) is full."""
    return f"the disk is full ({where or 'writing the data folder'}); free some space and try again"


def read_only_text(where) -> str:
    """`where` (a path, or None) may not be used: no permission, or a read-only disk."""
    return (f"{where or 'the data folder'}: no permission, or a read-only disk; choose a place this user may write "
            f"to (for the data folder: --data-dir)")


def _sqlite(exc: sqlite3.Error, root: Path | None) -> str | None:
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    reason = str(exc).split("\n", 1)[0]
    db = db_path(root) if root is not None else None
    named = f" {db}" if db is not None else ""
    if is_damage(exc):
        return damaged_text(db) if db is not None else (
            "the database is damaged or is not a zwcx database: restore the newest backup (kept in the data "
            "folder's backups) with 'zwcx restore FILE'")
    if code == _FULL or "disk is full" in reason:
        return full_text(root)
    if "locked" in reason or "busy" in reason:
        return "the database is in use by another program and stayed locked; try again when it has finished"
    if code == _READONLY or "readonly" in reason:
        return read_only_text(root)
    if code == _IOERR or "disk I/O" in reason:
        if root is not None and _free(root) < NEARLY_FULL:
            return full_text(root)
        return f"the database{named} could not be read or written (disk I/O error): check the disk, then run 'zwcx check'"
    if code == _CANTOPEN or "unable to open" in reason:
        return (f"the database{named} cannot be opened: check that the data folder exists and may be written, or "
                f"choose another --data-dir")
    if isinstance(exc, sqlite3.OperationalError):
        return f"the database could not be read or written ({reason}); run 'zwcx check', or restore a backup"
    return None


def _free(root: Path) -> int:
    """Free bytes on the disk holding `root` (or its nearest existing parent); a lot when that cannot be told."""
    for p in (root, *root.parents):
        try:
            return shutil.disk_usage(p).free
        except OSError:
            continue
    return 1 << 62
