"""The server's migrations build exactly its models, and upgrade a database of the previous revision in place."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext

from zwcx_server import service
from zwcx_server.db import MIGRATIONS, ServerDB
from zwcx_server.models import Base, Township
from zwcx_server.testing import TEST_SERVER_KEY


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
    db = ServerDB(db_url, TEST_SERVER_KEY)
    try:
        with db.engine.begin() as conn:
            command.upgrade(_cfg(conn), "0001_initial")
        with db.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO townships (code, name, last_seq, created_at) "
                                 "VALUES ('OLD', '旧乡镇', 7, '2026-01-01 00:00:00')")
        db.upgrade()
        with db.read() as s:
            t = s.query(Township).one()
            assert (t.code, t.last_seq, t.fingerprint_key_sealed) == ("OLD", 7, None)
        _dev, code = service.enroll_device(db, t.id)
        assert service.enrol(db, code, "0f" * 32)["fingerprint_key"] == "0f" * 32
    finally:
        db.close()


def test_an_existing_server_learns_each_devices_acked_seq_and_each_townships_versions_digest(db_url):
    """0003 fills the new columns from what the database already holds, so devices of an upgraded server do not
    take it for a restored one."""
    from zwcx_core.wire import version_set_digest
    from zwcx_server.models import Device

    db = ServerDB(db_url)
    try:
        with db.engine.begin() as conn:
            command.upgrade(_cfg(conn), "0002_fingerprint_key")
        vids = [f"00000000-0000-4000-8000-00000000000{i}" for i in range(3)]
        dev = "11111111-1111-4111-8111-111111111111"
        with db.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO townships (id, code, name, last_seq, created_at) "
                                 "VALUES (1, 'OLD', '旧乡镇', 3, '2026-01-01 00:00:00')")
            conn.exec_driver_sql(f"INSERT INTO devices (id, township_id, name, revoked, created_at) "
                                 f"VALUES ('{dev}', 1, '', false, '2026-01-01 00:00:00')")
            for i, vid in enumerate(vids):
                conn.exec_driver_sql(
                    "INSERT INTO versions (version_id, record_id, township_id, seq, kind, version, content_hash, "
                    "doc, deleted, device_id, created_by, client_created_at, received_at, verify_code) VALUES "
                    f"('{vid}', '{vid}', 1, {i + 1}, 'unit', 1, '{'0' * 64}', '{{}}', false, '{dev}', 't', '', "
                    f"'2026-01-01 00:00:00', 'x')")
                conn.exec_driver_sql(f"INSERT INTO op_results (device_id, op_id, seq, result, created_at) VALUES "
                                     f"('{dev}', '{vid}', {i + 5}, '{{}}', '2026-01-01 00:00:00')")
        db.upgrade()
        with db.read() as s:
            assert s.get(Device, dev).acked_seq == 7
            assert s.get(Township, 1).versions_digest == version_set_digest(vids) != "0" * 64
    finally:
        db.close()


def test_plain_text_fingerprint_keys_are_sealed_by_the_upgrade_and_leave_no_copy(db_url):
    """0004 needs the server key when there are keys to seal (and changes nothing without it); afterwards the
    database files hold no trace of the plain-text keys, and enrolment hands out the same keys as before."""
    import secrets

    import pytest
    from sqlalchemy import event

    from tests.server.test_server_keys import all_cells, database_files, leaks
    from zwcx_server.keys import ServerKeyError

    plain = [secrets.token_hex(32) for _ in range(60)]  # enough rows for page splits, which leave stale copies
    sqlite = db_url.startswith("sqlite")
    db = ServerDB(db_url)
    if sqlite:  # as SQLite builds without SQLITE_SECURE_DELETE leave it: freed space keeps old bytes
        event.listen(db.engine, "connect", lambda c, _r: c.execute("PRAGMA secure_delete=OFF"))
    try:
        with db.engine.begin() as conn:
            command.upgrade(_cfg(conn), "0003_device_acked_seq")
        with db.engine.begin() as conn:
            for i, key in enumerate(plain, 1):
                conn.exec_driver_sql("INSERT INTO townships (id, code, name, last_seq, created_at, fingerprint_key) "
                                     f"VALUES ({i}, 'T{i}', '乡镇{i}', 0, '2026-01-01 00:00:00', '{key}')")
            conn.exec_driver_sql("INSERT INTO devices (id, township_id, name, revoked, created_at) "
                                 "VALUES ('11111111-1111-4111-8111-111111111111', 1, '', false, '2026-01-01 00:00:00')")
        with pytest.raises(ServerKeyError, match="60 township fingerprint key.s. in plain text.*no server key"):
            db.upgrade()
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT fingerprint_key FROM townships WHERE id = 1").scalar_one() == plain[0]
        if sqlite:
            assert leaks(database_files(db_url), plain[0])  # the scans below would see a copy left behind
        db.server_key = TEST_SERVER_KEY  # as a server started with its key; still open, as a server keeps it
        db.upgrade()
        if sqlite:
            files = database_files(db_url)
            assert [(i, leak) for i, key in enumerate(plain) for leak in leaks(files, key)] == []
        with db.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        for tid in (1, 60):
            _dev, code = service.enroll_device(db, tid)
            assert service.enrol(db, code, "0f" * 32)["fingerprint_key"] == plain[tid - 1]
    finally:
        db.close()
    cells = all_cells(db_url)
    assert [(i, leak) for i, key in enumerate(plain) for c in cells for leak in leaks(c, key)] == []
    if sqlite:
        files = database_files(db_url)
        assert [(i, leak) for i, key in enumerate(plain) for leak in leaks(files, key)] == []


def test_downgrading_0004_opens_the_sealed_keys_with_the_server_key(db_url):
    db = ServerDB(db_url, TEST_SERVER_KEY)
    try:
        db.upgrade()
        _dev, code = service.enroll_device(db, service.add_township(db, "甲乡", "A"))
        key = service.enrol(db, code)["fingerprint_key"]
        with db.engine.begin() as conn:
            cfg = _cfg(conn)
            cfg.attributes["server_key"] = TEST_SERVER_KEY
            command.downgrade(cfg, "0003_device_acked_seq")
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT fingerprint_key FROM townships").scalar_one() == key
        db.upgrade()  # sealed again
        _dev, code = service.enroll_device(db, 1)
        assert service.enrol(db, code)["fingerprint_key"] == key
    finally:
        db.close()
