"""Opening the local SQLite database: WAL, foreign keys, and sessions for reading or writing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from zwcx_desktop.config import db_path


def make_engine(path: Path) -> Engine:
    """An engine whose connections use WAL, enforce foreign keys, and begin write sessions IMMEDIATE.

    BEGIN IMMEDIATE takes the write lock at the start of a write unit of work, so the audit chain and the outbox
    sequence (both read-then-append) cannot fork between two writers.
    """
    # URL.create, not "sqlite:///" + path: a folder named with '?' or '#' would be cut short by URL parsing and
    # the database created somewhere else.
    # hide_parameters: a database error's text would otherwise carry the statement's values (a complainant's
    # name, a beneficiary) into the log and onto the screen.
    engine = create_engine(URL.create("sqlite", database=str(path)), connect_args={"timeout": 30}, pool_size=4,
                           max_overflow=4, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record) -> None:
        dbapi_conn.isolation_level = None  # let the begin hook below issue BEGIN itself
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across app crashes, fast commits
        cur.execute("PRAGMA busy_timeout=30000")
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
        self.engine = make_engine(self.path)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self.engine.execution_options(zwcx_write=True), expire_on_commit=False)

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
