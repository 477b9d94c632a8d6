"""Tampering with the audit log or a stored version is caught by `zwcx check`."""

from __future__ import annotations

import sqlite3

from tests.conftest import commitment_payload
from zwcx_desktop.cli.main import main


def _setup(app, admin):
    rid = app.records.create("commitment", commitment_payload(app), admin)
    app.records.update(rid, {"title": "第二版"}, admin)
    app.close()
    return rid


def test_clean_data_passes(app, admin, data_dir, capsys):
    _setup(app, admin)
    assert main(["--data-dir", str(data_dir), "check"]) == 0


def test_edited_audit_row_is_caught(app, admin, data_dir, capsys):
    _setup(app, admin)
    con = sqlite3.connect(data_dir / "zwcx.sqlite3")
    con.execute("UPDATE audit_log SET actor='somebody-else' WHERE seq=2")
    con.commit()
    con.close()
    assert main(["--data-dir", str(data_dir), "check"]) == 1
    err = capsys.readouterr().err
    assert "audit event 2" in err and "edited" in err


def test_removed_audit_row_is_caught(app, admin, data_dir, capsys):
    _setup(app, admin)
    con = sqlite3.connect(data_dir / "zwcx.sqlite3")
    con.execute("DELETE FROM audit_log WHERE seq=2")
    con.commit()
    con.close()
    assert main(["--data-dir", str(data_dir), "check"]) == 1
    assert "events are missing" in capsys.readouterr().err


def test_edited_version_is_caught(app, admin, data_dir, capsys):
    rid = _setup(app, admin)
    con = sqlite3.connect(data_dir / "zwcx.sqlite3")
    con.execute("UPDATE record_versions SET doc=replace(doc, '第二版', '偷改版') WHERE record_id=?", (rid,))
    con.commit()
    con.close()
    assert main(["--data-dir", str(data_dir), "check"]) == 1
    assert "does not match its content hash" in capsys.readouterr().err


def test_missing_attachment_is_caught(app, admin, data_dir, tmp_path, capsys):
    from zwcx_desktop.store.attachments import blob_path, store_file

    f = tmp_path / "photo.jpg"
    f.write_bytes(b"\xff\xd8 board photo")
    sha = store_file(app.db, f, "admin")
    app.close()
    blob_path(data_dir, sha).unlink()
    assert main(["--data-dir", str(data_dir), "check"]) == 1
    assert f"attachment {sha}" in capsys.readouterr().err
