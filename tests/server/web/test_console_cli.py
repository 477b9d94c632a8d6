"""`zwcx-server add-staff` (the password from stdin, never from the command line) and the console's migration."""

from __future__ import annotations

import io

import pytest
from alembic import command
from alembic.config import Config

from tests.server.web.conftest import login
from zwcx_server import cli
from zwcx_server.db import MIGRATIONS, ServerDB
from zwcx_server.testing import TEST_SERVER_KEY
from zwcx_server.web import accounts


class _Pipe(io.StringIO):
    def isatty(self) -> bool:
        return False


def _add(monkeypatch, db_path: str, password: str, *args: str) -> int:
    monkeypatch.setattr("sys.stdin", _Pipe(password + "\n"))
    return cli.main(["--db", db_path, "add-staff", *args])


def test_add_staff_reads_the_password_from_stdin_and_the_account_signs_in(tmp_path, monkeypatch, capsys):
    path = str(tmp_path / "server.sqlite3")
    assert _add(monkeypatch, path, "a long enough password", "dongqu", "--role", "district", "--district", "东区") == 0
    db = ServerDB(path, TEST_SERVER_KEY)
    try:
        from fastapi.testclient import TestClient

        from zwcx_server.app import create_app

        c = TestClient(create_app(db))
        assert "dongqu（区县查看·东区）" in login(c, "dongqu", "a long enough password").text
    finally:
        db.close()
    # Refusals name the problem; none echoes the password.
    assert _add(monkeypatch, path, "short", "x", "--role", "admin") == 2
    assert _add(monkeypatch, path, "a long enough password", "y", "--role", "district") == 2
    assert _add(monkeypatch, path, "a long enough password", "dongqu", "--role", "admin") == 2
    err = capsys.readouterr().err
    assert "at least 10 characters" in err and "needs --district" in err and "already exists" in err
    assert "short" not in err and "a long enough password" not in err
    # There is no way to give the password as an argument.
    with pytest.raises(SystemExit):
        cli.main(["--db", path, "add-staff", "z", "--role", "admin", "--password", "a long enough password"])


def test_console_migration_downgrades_and_upgrades_again(db_url):
    db = ServerDB(db_url, TEST_SERVER_KEY)
    try:
        db.upgrade()
        accounts.add_staff(db, "boss", "a long enough password", "admin")
        with db.engine.begin() as conn:
            cfg = Config()
            cfg.set_main_option("script_location", str(MIGRATIONS))
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0009_level_digests")
        with db.engine.connect() as conn:
            assert "staff" not in conn.dialect.get_table_names(conn)
        db.upgrade()
        accounts.add_staff(db, "boss", "a long enough password", "admin")
    finally:
        db.close()
