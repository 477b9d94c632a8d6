"""The server database: a SQLite file by default, PostgreSQL by URL; migrated by Alembic at start."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from zwcx_server import keys
from zwcx_server.keys import ServerKey
from zwcx_server.models import ServerMeta

MIGRATIONS = Path(__file__).with_name("migrations")


def normalise_url(url: str) -> str:
    """Accept a bare file path for SQLite; check the scheme of anything else (one clear error)."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if not (url.startswith("sqlite:") or url.startswith("postgresql+psycopg:")):
        raise ValueError(f"unsupported database URL {url.split('://')[0]}://...; use a SQLite file path, "
                         "sqlite:///FILE or postgresql+psycopg://USER:PASSWORD@HOST/DB")
    return url


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        # hide_parameters: record documents (with private fields) never reach an error text or the log.
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False},
                               pool_size=8, max_overflow=8, hide_parameters=True)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn, _record) -> None:
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            # FULL: a commit is on disk before the push is answered. NORMAL in WAL mode may lose the last commits
            # on a power cut, and devices would then believe in changes the server no longer holds.
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn) -> None:
            # Writers take SQLite's lock at BEGIN, so two pushes never interleave their read-then-write steps.
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("zwcx_write") else "BEGIN")

        return engine
    # No pool_pre_ping: it cost every request a round trip (about a tenth of a no-op sync round). A connection
    # that died with a database restart fails its request once instead; the engine then drops the pool and the
    # request is answered 503 "retry" (app.py), which the devices retry. pool_recycle keeps connections from
    # outliving a firewall's idle timeout.
    connect_args = {}
    if os.environ.get(PGBOUNCER_ENV) == "1":
        # Behind PgBouncer in transaction mode a server-side prepared statement may land on another backend
        # (DuplicatePreparedStatement): psycopg must not prepare. Not settable in the URL (it arrives as text).
        connect_args["prepare_threshold"] = None
    return create_engine(url, pool_size=10, max_overflow=10, pool_recycle=1800, hide_parameters=True,
                         connect_args=connect_args)


#: Set to 1 when the server reaches PostgreSQL through PgBouncer in transaction mode (server/deploy/README.md).
PGBOUNCER_ENV = "ZWCX_SERVER_PGBOUNCER"


class ServerDB:
    """Engine plus read/write units of work, and the server key that township fingerprint keys are sealed under
    (None for administration that does not touch them; `serve` and enrolment need it)."""

    def __init__(self, url: str, server_key: ServerKey | None = None) -> None:
        self.url = normalise_url(url)
        self.server_key = server_key
        self.engine = make_engine(self.url)
        self.dialect = self.engine.dialect.name
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self.engine.execution_options(zwcx_write=True), expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read unit of work; objects stay readable after it ends (closing does not expire them)."""
        with self._read() as s:
            yield s

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._write() as s, s.begin():
            yield s

    def upgrade(self) -> None:
        """Bring the schema to the newest revision, make sure the server has an epoch, and refuse a server key
        that is not this database's (ServerKeyError, nothing changed)."""
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.attributes["server_key"] = self.server_key
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            if self.server_key is not None:
                keys.bind(conn, self.server_key)
        if cfg.attributes.get("sealed_fingerprint_keys"):
            self._scrub()
        with self.write() as s:
            if s.get(ServerMeta, "epoch") is None:
                s.add(ServerMeta(key="epoch", value=secrets.token_hex(16)))

    def use_key(self, server_key: ServerKey) -> None:
        """Take `server_key` for sealing and opening township keys; refuses one that is not this database's."""
        with self.write() as s:
            keys.bind(s, server_key)
        self.server_key = server_key

    def _scrub(self) -> None:
        """After plain-text fingerprint keys were sealed: leave no old copy of them in the database's files."""
        if self.dialect == "sqlite":
            # Stale copies of the old rows stay in free space of pages and in earlier WAL frames: VACUUM rewrites
            # the file, TRUNCATE empties the WAL. Once, at this upgrade; it needs free disk space of the file's size.
            raw = self.engine.raw_connection()  # outside SQLAlchemy's BEGIN: VACUUM runs in no transaction
            try:
                raw.driver_connection.execute("VACUUM")
                raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                raw.close()
        else:
            # Old row versions stay in the table's pages until vacuumed; the table is small.
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM FULL townships")

    def epoch(self) -> str:
        with self.read() as s:
            return s.execute(select(ServerMeta.value).where(ServerMeta.key == "epoch")).scalar_one()

    def new_epoch(self) -> str:
        """Give the server a new epoch: run after restoring a backup, so clients resend what it lost."""
        value = secrets.token_hex(16)
        with self.write() as s:
            row = s.get(ServerMeta, "epoch")
            if row is None:
                s.add(ServerMeta(key="epoch", value=value))
            else:
                row.value = value
        return value

    def close(self) -> None:
        self.engine.dispose()
