"""Schema migrations at start-up: back up, upgrade in one transaction, and restore the backup on failure."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

#: The newest revision; checked against Alembic's script directory by a test, so start-up can compare
#: revisions without importing Alembic when nothing needs doing.
HEAD = "0005_key_check"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


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
    """A consistent copy of a live SQLite database (WAL included) through SQLite's backup API."""
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
    backup: Path | None = None
    if before is not None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backups_dir / f"pre-migrate-{before}-{stamp}.sqlite3"
        sqlite_copy(path, backup)
    from alembic import command

    try:
        with engine.execution_options(zwcx_write=True).begin() as conn:
            command.upgrade(alembic_config(conn), target)
    except Exception as exc:
        engine.dispose()
        if backup is not None:
            for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                extra.unlink(missing_ok=True)
            shutil.copyfile(backup, path)
            raise MigrationError(
                f"upgrading the database from {before} failed ({exc}); the previous database was restored "
                f"from {backup} and is still in use"
            ) from exc
        raise MigrationError(f"creating the database failed: {exc}") from exc
    return MigrationResult(before, current_revision(path) or target, backup)
