"""Import/export tests drive the real command line against an initialised data directory."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.conftest import CONTACT_ARGS, PASSWORD, USCC
from zwcx_desktop.cli.main import main


def init_dir(capsys, monkeypatch, data_dir: Path) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code = main(["--data-dir", str(data_dir), "init", "--unit-name", "道里区新阳路街道办事处", "--unit-code", USCC,
                 "--division", "230102", "--admin", "admin", "--password-stdin", *CONTACT_ARGS])
    _out, err = capsys.readouterr()
    assert code == 0, err


@pytest.fixture
def zwcx(capsys, monkeypatch, data_dir):
    """zwcx(*args, data=None) -> (exit code, stdout, stderr) of the real command line on an initialised dir."""
    init_dir(capsys, monkeypatch, data_dir)

    def run(*args, data: Path | None = None):
        code = main(["--data-dir", str(data or data_dir), *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def service_docs(data_dir: Path) -> list[dict]:
    """Current documents of all service records, oldest first."""
    from zwcx_desktop.store.app import App

    app = App(data_dir)
    try:
        from sqlalchemy import text

        with app.db.read() as s:
            ids = [r for (r,) in s.execute(text("SELECT id FROM service_records WHERE deleted = 0 "
                                                "ORDER BY created_at, rowid"))]
        return [app.records.get(i).doc for i in ids]
    finally:
        app.close()


def assert_no_full_ids(root: Path, ids: list[str]) -> None:
    """No file under `root` (database, -wal, -shm, backups, logs) holds any of the ID numbers, in ASCII or
    UTF-16 form."""
    files = [p for p in root.rglob("*") if p.is_file()]
    assert files, f"nothing to scan under {root}"
    for p in files:
        data = p.read_bytes()
        for cid in ids:
            assert cid.encode() not in data, f"full ID number found in {p}"
            assert cid.encode("utf-16-le") not in data, f"full ID number (UTF-16) found in {p}"
