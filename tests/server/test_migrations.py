"""The server's migrations build exactly its models, and upgrade a database of the previous revision in place."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext

from zwcx_server import service
from zwcx_server.db import MIGRATIONS, ServerDB
from zwcx_server.models import Base, Township


def _cfg(conn) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def test_migrations_build_the_models(db_url):
    db = ServerDB(db_url)
    try:
        db.upgrade()
        with db.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    finally:
        db.close()


def test_a_township_from_before_fingerprint_keys_gets_one_at_its_next_enrolment(db_url):
    db = ServerDB(db_url)
    try:
        with db.engine.begin() as conn:
            command.upgrade(_cfg(conn), "0001_initial")
        with db.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO townships (code, name, last_seq, created_at) "
                                 "VALUES ('OLD', '旧乡镇', 7, '2026-01-01 00:00:00')")
        db.upgrade()
        with db.read() as s:
            t = s.query(Township).one()
            assert (t.code, t.last_seq, t.fingerprint_key) == ("OLD", 7, None)
        _dev, code = service.enroll_device(db, t.id)
        assert service.enrol(db, code, "0f" * 32)["fingerprint_key"] == "0f" * 32
    finally:
        db.close()
