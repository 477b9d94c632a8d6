"""Opening the local SQLite database: WAL, foreign keys, and sessions for reading or writing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from zwcx_desktop.config import db_path

#: Seconds a connection waits for another's write lock before "database is locked" (our own 90k-row import
#: holds it for ~24 s).
BUSY_TIMEOUT = 30

#: The first 16 bytes of every SQLite 3 database file.
SQLITE_MAGIC = b"SQLite format 3\x00"


class DamagedDatabase(Exception):
    """The database file cannot be the store of an office: damaged, cut short, or not a database at all.
    Nothing was written to it; the message says how to get the data back."""

    def __init__(self, path: Path, message: str | None = None) -> None:
        self.path = Path(path)
        super().__init__(message or damaged_text(self.path))


class EmptyDatabase(DamagedDatabase):
    """The database file is there but holds nothing (0 bytes). Opening it would make a new, empty office under
    the old one's name and folder, so it is refused instead."""

    def __init__(self, path: Path) -> None:
        backups = path.parent / "backups"
        super().__init__(path, f"the database {path} is empty (0 bytes), so it holds no office: restore the newest "
                               f"backup (kept in {backups}) with 'zwcx restore FILE', or delete the empty file to "
                               f"set up a new office")


def damaged_text(path: Path) -> str:
    """What to tell the user about a damaged database file at `path`."""
    return (f"the database {path} is damaged or is not a zwcx database: restore the newest backup (kept in "
            f"{path.parent / 'backups'}) with 'zwcx restore FILE'")


def refuse_unusable(path: Path) -> None:
    """Raise DamagedDatabase (or EmptyDatabase) when the file at `path` cannot be an office's database; a missing
    file is fine (a new data folder). Reads at most 16 bytes: damage deeper in the file is found by SQLite, and
    reported the same way (see store/failures.py)."""
    if path.is_dir():
        raise DamagedDatabase(path, f"{path} is a folder where the database file should be: move it away, or "
                                    f"choose another --data-dir")
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    if size == 0:
        wal = path.with_name(path.name + "-wal")
        # With content in its WAL beside it, the pages there may be all there is of the database: SQLite decides.
        if not (wal.exists() and wal.stat().st_size > 0):
            raise EmptyDatabase(path)
        return
    with path.open("rb") as f:
        if f.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise DamagedDatabase(path)


def make_engine(path: Path) -> Engine:
    """An engine whose connections use WAL, enforce foreign keys, and begin write sessions IMMEDIATE.

    BEGIN IMMEDIATE takes the write lock at the start of a write unit of work, so the audit chain and the outbox
    sequence (both read-then-append) cannot fork between two writers.
    """
    # URL.create, not "sqlite:///" + path: a folder named with '?' or '#' would be cut short by URL parsing and
    # the database created somewhere else.
    # hide_parameters: a database error's text would otherwise carry the statement's values (a complainant's
    # name, a beneficiary) into the log and onto the screen.
    engine = create_engine(URL.create("sqlite", database=str(path)), connect_args={"timeout": BUSY_TIMEOUT}, pool_size=4,
                           max_overflow=4, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record) -> None:
        dbapi_conn.isolation_level = None  # let the begin hook below issue BEGIN itself
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across app crashes, fast commits
        cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT * 1000)}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("zwcx_write") else "BEGIN")

    return engine


class Database:
    """The store of one data directory. Sessions are short-lived and never shared across threads."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.path = db_path(root)
        refuse_unusable(self.path)
        self.engine = make_engine(self.path)
        #: Copied into every session's `info` when it is made: how the audit log finds the office's audit keys
        #: (the App that opened the directory puts them here; store/auditkeys.py).
        self.session_info: dict = {}
        self._read = sessionmaker(self.engine, expire_on_commit=False, info=self.session_info)
        self._write = sessionmaker(self.engine.execution_options(zwcx_write=True), expire_on_commit=False,
                                   info=self.session_info)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work. Closing (not rolling back) keeps loaded objects readable afterwards; the pool
        rolls the connection back when it takes it back."""
        with self._read() as s:
            yield s

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write unit of work: committed if the block finishes, rolled back if it raises."""
        with self._write() as s, s.begin():
            yield s

    def close(self) -> None:
        self.engine.dispose()

    @property
    def attachments_dir(self) -> Path:
        return self.root / "attachments"

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"


def fast_insert(session: Session, table, rows: list[dict]) -> None:
    """INSERT many rows of identical keys with one driver-level executemany.

    SQLAlchemy's Core insert builds parameters row by row, which is most of the cost of a 100k-record demo or a
    50k-record first pull; this applies the same column type processors (dates, JSON, booleans) once per value
    and hands plain tuples to sqlite3.
    """
    if not rows:
        return
    conn = session.connection()
    cols = list(rows[0])
    sql = (f'INSERT INTO "{table.name}" (' + ", ".join(f'"{c}"' for c in cols) + ") VALUES ("
           + ", ".join("?" * len(cols)) + ")")
    # Only the columns with a processor are converted; a batch's rows mostly share one timestamp object, so each
    # distinct value is converted once.
    procs = [(i, p, {}) for i, c in enumerate(cols) if (p := table.c[c].type._cached_bind_processor(conn.dialect))]
    params = [[r[c] for c in cols] for r in rows]
    for i, p, seen in procs:
        for row in params:
            v = row[i]
            key = (v.__class__, v)  # the class too: 1 == 1.0 == True, but they may not convert alike
            try:
                row[i] = seen[key]
            except KeyError:
                row[i] = seen[key] = p(v)
            except TypeError:  # unhashable (a JSON list): converted each time
                row[i] = p(v)
    conn.exec_driver_sql(sql, [tuple(r) for r in params])
