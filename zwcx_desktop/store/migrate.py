"""Schema migrations at start-up: back up, upgrade in one transaction, and restore the backup on failure."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from zwcx_desktop.store import diskspace

#: The newest revision; checked against Alembic's script directory by a test, so start-up can compare
#: revisions without importing Alembic when nothing needs doing.
HEAD = "0011_sort_keys"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
PRE_MIGRATE_PREFIX = "pre-migrate-"


class MigrationError(RuntimeError):
    """The upgrade failed; the previous database was put back and is still in use."""


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None


def connect_read_only(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    """A read-only connection to a database file. Through a proper file: URI: a folder named with '#' or '?'
    (legal on Windows and Linux) would otherwise cut the path short and open another file read-write."""
    return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True, timeout=timeout)


def current_revision(path: Path) -> str | None:
    """The Alembic revision stamped in the database file, or None for a new or empty one."""
    if not path.exists():
        return None
    con = connect_read_only(path)
    try:
        return revision_of(con)
    finally:
        con.close()


def revision_of(con: sqlite3.Connection) -> str | None:
    """The Alembic revision stamped in an open database, or None when it has none."""
    if not con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone():
        return None
    r = con.execute("SELECT version_num FROM alembic_version").fetchone()
    return r[0] if r else None


def sqlite_copy(src: Path, dst: Path) -> None:
    """A consistent copy of a live SQLite database (WAL included) through SQLite's backup API. A copy cut short
    (a full disk) leaves no partial file behind."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.with_suffix(dst.suffix + ".part")
    tmp.unlink(missing_ok=True)
    s = sqlite3.connect(str(src), isolation_level=None)
    try:
        # A read transaction first, taken within the busy timeout: the backup API itself retries a locked
        # source forever, so a program holding the database would otherwise hang a backup or restore for good.
        s.execute("BEGIN")
        s.execute("SELECT count(*) FROM sqlite_master").fetchone()
        d = sqlite3.connect(str(tmp))
        try:
            s.backup(d)
        finally:
            d.close()
        tmp.replace(dst)
    except BaseException:
        tmp.unlink(missing_ok=True)  # a copy cut short by a full disk is no copy, and takes the space still needed
        raise
    finally:
        s.close()


def alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def upgrade(engine, path: Path, backups_dir: Path, target: str = "head") -> MigrationResult:
    """Bring the database at `path` to `target`; a no-op (and no Alembic import) when it is already there."""
    before = current_revision(path)
    if before == HEAD and target == "head":
        return MigrationResult(before, HEAD, None)
    backup = _pre_migrate_copy(path, backups_dir, before) if before is not None else None
    from alembic import command

    try:
        with engine.execution_options(zwcx_write=True).begin() as conn:
            command.upgrade(alembic_config(conn), target)
    except Exception as exc:
        engine.dispose()
        if backup is not None:
            _put_back(path, backup, before)
            raise MigrationError(
                f"upgrading the database from {before} failed ({exc}); the previous database was restored "
                f"and is still in use (a copy is kept in {backup})"
            ) from exc
        raise MigrationError(f"creating the database failed: {exc}") from exc
    return MigrationResult(before, current_revision(path) or target, backup)


def _pre_migrate_copy(path: Path, backups_dir: Path, before: str) -> Path:
    """Keep a copy of the database before upgrading it: the oldest copies beyond the last few go, and the disk
    must have room for the copy and for the upgrade itself (which may rewrite every table once), else nothing
    is changed and the one line says how much room is needed."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    old = diskspace.rotation(backups_dir, PRE_MIGRATE_PREFIX + "*.sqlite3")
    try:
        diskspace.ensure_free_space(backups_dir, 2 * diskspace.database_bytes(path),
                                    "keep a copy of the database and upgrade it for this version of zwcx",
                                    freeable=diskspace.freed_by(old))
    except diskspace.NotEnoughSpace as exc:
        raise MigrationError(f"{exc}; the database was not changed") from None
    diskspace.remove(old)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    backup = backups_dir / f"{PRE_MIGRATE_PREFIX}{before}-{stamp}.sqlite3"
    sqlite_copy(path, backup)
    return backup


def _put_back(path: Path, backup: Path, before: str) -> None:
    """After a failed upgrade: the upgrade ran in one transaction, so SQLite has normally rolled it back and the
    file is the previous database already. Only when it is not (its revision moved) is the copy put back, and
    then through a complete temporary file renamed over it, never copied into it in place: a copy cut short by a
    full disk would otherwise leave a database that opens nowhere."""
    try:
        if current_revision(path) == before:
            return
    except sqlite3.DatabaseError:
        pass
    part = path.with_name(path.name + ".part")
    try:
        shutil.copyfile(backup, part)
        for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            extra.unlink(missing_ok=True)
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
