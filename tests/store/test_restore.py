"""Restore as the data folder's one writer: through SQLite's backup API into the live file, the office read from the
staged database, pre-restore copies rotated after a free-space check, stale staging folders cleared."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import USCC, commitment_payload
from zwcx_desktop.store.app import App
from zwcx_desktop.store.backup import BackupError, create_backup
from zwcx_desktop.store.restore import KEEP_PRE_RESTORE, restore_backup
from zwcx_desktop.store.writerlock import HOLDER_NAME, FolderBusy, WriterLock

ROOT = Path(__file__).parents[2]


def _ids(root: Path) -> set[str]:
    con = sqlite3.connect(root / "zwcx.sqlite3")
    try:
        return {r[0] for r in con.execute("SELECT id FROM commitments")}
    finally:
        con.close()


def test_a_second_writer_is_refused_with_the_holder_named_until_the_first_lets_go(tmp_path):
    first = WriterLock(tmp_path, "zwcx import").acquire()
    holder = json.loads((tmp_path / HOLDER_NAME).read_text(encoding="utf-8"))
    assert holder["program"] == "zwcx import" and holder["pid"] == os.getpid()
    with pytest.raises(FolderBusy) as exc:
        WriterLock(tmp_path, "zwcx add").acquire(wait=0.2)
    assert f"zwcx import (pid {os.getpid()}, since {holder['since']})" in str(exc.value)
    assert "nothing was written" in str(exc.value)
    first.release()
    assert not (tmp_path / HOLDER_NAME).exists()
    with WriterLock(tmp_path, "zwcx add"):
        pass


def test_a_killed_holder_leaves_no_lock_and_its_stale_record_is_never_shown(tmp_path):
    child = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path\n"
         "from zwcx_desktop.store.writerlock import WriterLock\n"
         "WriterLock(Path(sys.argv[1]), 'zwcx demo').acquire(); print('held', flush=True); time.sleep(120)",
         str(tmp_path)], stdout=subprocess.PIPE, text=True, env=dict(os.environ))
    try:
        assert child.stdout.readline().strip() == "held"
        with pytest.raises(FolderBusy, match=f"zwcx demo \\(pid {child.pid},"):
            WriterLock(tmp_path, "zwcx add").acquire(wait=0.1)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert (tmp_path / HOLDER_NAME).exists()  # the record of the killed holder is still there ...
    lock = WriterLock(tmp_path, "zwcx add").acquire(wait=0)  # ... but its lock went with its process
    assert json.loads((tmp_path / HOLDER_NAME).read_text(encoding="utf-8"))["program"] == "zwcx add"
    lock.release()


def test_the_app_holds_its_lock_until_it_closes(data_dir):
    app = App.open_writer(str(data_dir), "zwcx desktop")
    with pytest.raises(FolderBusy, match="zwcx desktop"):
        App.open_writer(str(data_dir), "zwcx add", wait=0.1)
    app.close()
    App.open_writer(str(data_dir), "zwcx add", wait=0).close()


def test_restore_writes_into_the_live_file_and_open_connections_carry_on(app, admin, data_dir, tmp_path):
    before = app.records.create("commitment", commitment_payload(app), admin)
    bk = tmp_path / "b.zip"
    create_backup(data_dir, bk)
    after = app.records.create("commitment", commitment_payload(app, title="备份之后"), admin)
    inode = (data_dir / "zwcx.sqlite3").stat().st_ino
    # `app` keeps its pooled connections open across the restore, as a reader's would.
    with WriterLock(data_dir, "zwcx restore") as lock:
        r = restore_backup(data_dir, bk, lock)
    assert (data_dir / "zwcx.sqlite3").stat().st_ino == inode  # no file was swapped under anyone
    assert r.office["uscc"] and r.pre_restore is not None
    assert _ids(data_dir) == {before}
    assert {before, after} <= {row[0] for row in sqlite3.connect(r.pre_restore).execute("SELECT id FROM commitments")}
    late = app.records.create("commitment", commitment_payload(app, title="恢复之后"), admin)  # old connections
    app.close()
    assert _ids(data_dir) == {before, late}
    from zwcx_desktop.store.check import run_checks

    again = App(data_dir)
    assert run_checks(again.db) == []
    again.close()


def test_restore_needs_the_writer_lock(app, data_dir, tmp_path):
    bk = tmp_path / "b.zip"
    create_backup(data_dir, bk)
    with pytest.raises(RuntimeError, match="writer lock"):
        restore_backup(data_dir, bk, WriterLock(data_dir, "zwcx restore"))


def _forged(bk: Path, out: Path, tmp_path: Path) -> None:
    """The backup with another office's code in its database but this office's in its (unsigned) manifest."""
    with zipfile.ZipFile(bk) as z, zipfile.ZipFile(out, "w") as w:
        m = json.loads(z.read("manifest.json"))
        db = tmp_path / "forged.sqlite3"
        db.write_bytes(z.read("zwcx.sqlite3"))
        con = sqlite3.connect(db)
        con.execute("UPDATE units SET uscc='91350100M000100Y43', name='别的街道'")
        con.commit()
        con.close()
        m["database_sha256"] = hashlib.sha256(db.read_bytes()).hexdigest()
        w.writestr("manifest.json", json.dumps(m))
        w.write(db, "zwcx.sqlite3")


def test_the_office_is_read_from_the_backups_database_not_its_manifest(app, data_dir, tmp_path):
    bk, forged = tmp_path / "b.zip", tmp_path / "forged.zip"
    create_backup(data_dir, bk)
    _forged(bk, forged, tmp_path)
    with zipfile.ZipFile(forged) as z:  # the manifest still claims this office
        assert json.loads(z.read("manifest.json"))["home_unit"]["uscc"] == USCC
    app.close()
    raw = (data_dir / "zwcx.sqlite3").read_bytes()
    with WriterLock(data_dir, "zwcx restore") as lock, pytest.raises(BackupError, match="another office \\(别的街道"):
        restore_backup(data_dir, forged, lock)
    assert (data_dir / "zwcx.sqlite3").read_bytes() == raw
    assert not list((data_dir / "backups").glob("pre-restore-*"))


def test_pre_restore_copies_are_rotated_and_need_free_space(app, data_dir, tmp_path, monkeypatch):
    bk = tmp_path / "b.zip"
    create_backup(data_dir, bk)
    app.close()
    for _ in range(KEEP_PRE_RESTORE + 2):
        with WriterLock(data_dir, "zwcx restore") as lock:
            restore_backup(data_dir, bk, lock)
    copies = sorted((data_dir / "backups").glob("pre-restore-*.sqlite3"))
    assert len(copies) == KEEP_PRE_RESTORE

    import shutil

    real = shutil.disk_usage
    monkeypatch.setattr(shutil, "disk_usage", lambda p: real(p)._replace(free=1 << 20))
    raw = (data_dir / "zwcx.sqlite3").read_bytes()
    with WriterLock(data_dir, "zwcx restore") as lock, pytest.raises(BackupError, match="not enough free disk space"):
        restore_backup(data_dir, bk, lock)
    assert (data_dir / "zwcx.sqlite3").read_bytes() == raw
    assert not list(data_dir.glob(".restore-*"))


def test_stale_staging_folders_go_when_a_writer_opens_not_a_reader(app, data_dir):
    app.close()
    stale = data_dir / ".restore-abc123"
    (stale / "attachments").mkdir(parents=True)
    (stale / "zwcx.sqlite3").write_bytes(b"half")
    part = data_dir / "backups" / "pre-restore-20260101-000000.sqlite3.part"
    part.parent.mkdir(exist_ok=True)
    part.write_bytes(b"half")
    App(data_dir).close()  # a reader may run beside a restore in progress: it leaves them alone
    assert stale.exists() and part.exists()
    App.open_writer(str(data_dir), "zwcx desktop").close()
    assert not stale.exists() and not part.exists()


def test_a_damaged_database_is_restored_from_a_backup(app, admin, data_dir, tmp_path):
    rid = app.records.create("commitment", commitment_payload(app), admin)
    bk = tmp_path / "b.zip"
    create_backup(data_dir, bk)
    app.close()
    db = data_dir / "zwcx.sqlite3"
    for extra in ("-wal", "-shm"):
        Path(str(db) + extra).unlink(missing_ok=True)
    db.write_bytes(b"this is no longer a database" * 1000)
    with WriterLock(data_dir, "zwcx restore") as lock:
        r = restore_backup(data_dir, bk, lock)
    assert r.pre_restore.read_bytes().startswith(b"this is no longer")  # the damaged bytes are kept as they were
    assert _ids(data_dir) == {rid}


def test_a_restore_killed_at_any_moment_leaves_the_old_or_the_new_data_whole(app, admin, data_dir, tmp_path):
    from zwcx_desktop.cli.main import main

    for i in range(150):
        app.records.create("commitment", commitment_payload(app, title=f"承诺{i}"), admin)
    bk = tmp_path / "b.zip"
    create_backup(data_dir, bk)
    in_backup = _ids(data_dir)
    for i in range(30):
        app.records.create("commitment", commitment_payload(app, title=f"备份之后{i}"), admin)
    app.close()
    everything = _ids(data_dir)
    full = tmp_path / "full.zip"
    create_backup(data_dir, full)
    env = dict(os.environ)
    outcomes = set()
    for delay in (0.2, 0.3, 0.4, 0.6, 1.0):
        child = subprocess.Popen([sys.executable, "-m", "zwcx_desktop", "--data-dir", str(data_dir), "restore",
                                  str(bk)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            child.wait(delay)
        except subprocess.TimeoutExpired:
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
        now = _ids(data_dir)
        assert now in (in_backup, everything), delay
        outcomes.add("restored" if now == in_backup else "untouched")
        assert main(["--data-dir", str(data_dir), "check"]) == 0
        if now == in_backup:  # the newer data back for the next round
            with WriterLock(data_dir, "test") as lock:
                restore_backup(data_dir, full, lock)
            assert _ids(data_dir) == everything
    print(f"\nkilled restores: {sorted(outcomes)}")
    App.open_writer(str(data_dir), "zwcx desktop").close()  # the next writer clears what the kills left
    assert not list(data_dir.glob(".restore-*"))
    assert not list((data_dir / "backups").glob("*.part"))
