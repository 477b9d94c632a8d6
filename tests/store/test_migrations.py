"""Migrations from empty and from the previous revision; a failed migration leaves the old database in use."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from tests.conftest import CONTACT, PASSWORD, USCC, commitment_payload
from zwcx_desktop.store import migrate, search
from zwcx_desktop.store.app import App
from zwcx_desktop.store.db import make_engine
from zwcx_desktop.store.models import Base
from zwcx_desktop.store.setup import SetupInput, initialise


def test_head_constant_matches_scripts():
    assert ScriptDirectory.from_config(migrate.alembic_config()).get_current_head() == migrate.HEAD


def test_from_empty_matches_the_models(tmp_path):
    path = tmp_path / "zwcx.sqlite3"
    engine = make_engine(path)
    res = migrate.upgrade(engine, path, tmp_path / "backups")
    assert res.before is None and res.after == migrate.HEAD
    with engine.connect() as c:
        diff = compare_metadata(MigrationContext.configure(c), Base.metadata)
    # The search tables are FTS5 virtual tables, unknown to the ORM on purpose.
    assert [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("search_"))] == []


def test_from_previous_revision_keeps_data_and_builds_the_index(tmp_path, admin):
    root = tmp_path / "data"
    app = App(root)
    initialise(app, SetupInput("新阳路街道办事处", USCC, "230102", "admin", PASSWORD, **CONTACT))
    rid = app.records.create("commitment", commitment_payload(app, title="老旧小区改造"), admin)
    app.close()
    path = root / "zwcx.sqlite3"
    # Bring the file back to the previous revision, as an older zwcx would have left it.
    engine = make_engine(path)
    from alembic import command

    with engine.begin() as c:
        command.downgrade(migrate.alembic_config(c), "0001_initial")
    engine.dispose()
    assert migrate.current_revision(path) == "0001_initial"
    app = App(root)  # start-up migrates
    assert app.migration.before == "0001_initial" and app.migration.after == migrate.HEAD
    assert app.migration.backup is not None and app.migration.backup.exists()
    assert app.records.get(rid).doc["title"] == "老旧小区改造"
    with app.db.read() as s:
        from zwcx_desktop.store import queries as Q

        assert Q.ids(s, Q.Filter("commitment", search="老旧小区")) == [rid]
        assert Q.ids(s, Q.Filter("commitment", search="改造")) == [rid]
    app.close()


def test_failed_migration_restores_previous_database(tmp_path, monkeypatch, admin):
    root = tmp_path / "data"
    app = App(root)
    initialise(app, SetupInput("新阳路街道办事处", USCC, "230102", "admin", PASSWORD, **CONTACT))
    rid = app.records.create("commitment", commitment_payload(app), admin)
    app.close()
    path = root / "zwcx.sqlite3"
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='0001_initial'")
    con.commit()
    con.close()

    def broken(conn):
        conn.execute(text("CREATE TABLE half_done (x)"))
        raise RuntimeError("disk full")

    monkeypatch.setattr(search, "rebuild", broken)
    with pytest.raises(migrate.MigrationError) as exc:
        App(root)
    assert "restored" in str(exc.value) and "disk full" in str(exc.value)
    assert migrate.current_revision(path) == "0001_initial"
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE name='half_done'").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM commitments WHERE id=?", (rid,)).fetchone()[0] == 1
    con.close()
    assert list((root / "backups").glob("pre-migrate-0001_initial-*.sqlite3"))
