"""Housekeeping: the demo sample is all or nothing and only for an empty office; pre-migrate and pre-restore copies
are rotated after a free-space check; staging folders of killed operations go at start-up; a restore judges the
office by the backup's database, whatever its manifest says."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from tests.cli.test_cli import cli, one_error_line  # noqa: F401 - the fixture is shared with the main CLI tests
from tests.conftest import commitment_payload
from zwcx_desktop.store import diskspace, migrate, restore
from zwcx_desktop.store.app import App
from zwcx_desktop.store.backup import BackupError, create_backup
from zwcx_desktop.store.demo import SampleRefused, generate, records_held
from zwcx_desktop.store.restore import KEEP_PRE_RESTORE, restore_backup
from zwcx_desktop.store.writerlock import WriterLock

ROOT = Path(__file__).parents[2]


def test_a_demo_killed_midway_leaves_no_partial_sample(app, data_dir):
    app.close()
    env = os.environ | {"ZWCX_ALLOW_FILE_KEYRING": "1"}
    child = subprocess.Popen([sys.executable, "-m", "zwcx_desktop.cli.main", "--data-dir", str(data_dir), "demo",
                              "--records", "4000"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                             env=env, cwd=ROOT)
    deadline = time.monotonic() + 120
    line = ""
    while "records" not in line and time.monotonic() < deadline:  # the first batch of the sample is made
        line = child.stderr.readline()
        if not line:
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    progress = re.match(r"\s*(\d+)/(\d+) records", line)
    assert progress and int(progress[1]) < int(progress[2]), line  # killed part-way
    reader = App(data_dir)
    assert records_held(reader) == 0  # not one record of the sample: it was being built beside the store
    reader.close()
    assert list(data_dir.glob(".demo-*"))  # the killed demo's scratch folder …
    writer = App.open_writer(str(data_dir), "zwcx demo")  # … goes when the next writer opens the folder
    assert not list(data_dir.glob(".demo-*"))
    counts = generate(writer, 60, today=None)
    assert records_held(writer) == sum(counts.values())
    writer.close()


def test_a_second_demo_or_a_demo_over_real_records_is_refused_with_one_line(cli, data_dir):  # noqa: F811
    assert cli("demo", "--records", "5")[0] == 0
    app = App(data_dir)
    held = records_held(app)
    app.close()
    code, out, err = cli("demo", "--records", "5")
    line = one_error_line(err)
    assert code == 1 and out == "" and f"holds {held} record(s) already" in line and "--data-dir" in line
    app = App(data_dir)
    assert records_held(app) == held
    app.close()


def test_a_demo_is_refused_over_a_single_record(app, admin):
    app.records.create("commitment", commitment_payload(app), admin)
    with pytest.raises(SampleRefused, match="holds 1 record"):
        generate(app, 5)
    assert records_held(app) == 1


def _downgrade(root: Path, revision: str) -> None:
    from alembic import command

    from zwcx_desktop.store.db import make_engine

    engine = make_engine(root / "zwcx.sqlite3")
    with engine.begin() as c:
        command.downgrade(migrate.alembic_config(c), revision)
    engine.dispose()


PREVIOUS = "0003_contact_balances"


def test_pre_migrate_copies_are_rotated_keeping_three(app, data_dir):
    app.close()
    for _ in range(diskspace.KEEP_COPIES + 2):
        _downgrade(data_dir, PREVIOUS)
        reopened = App(data_dir)
        assert reopened.migration.backup is not None and reopened.migration.backup.exists()
        newest = reopened.migration.backup
        reopened.close()
    copies = sorted((data_dir / "backups").glob("pre-migrate-*.sqlite3"))
    assert len(copies) == diskspace.KEEP_COPIES and newest in copies


def test_a_migration_without_room_for_its_copy_changes_nothing_and_says_so(cli, data_dir, monkeypatch):  # noqa: F811
    _downgrade(data_dir, PREVIOUS)
    db = data_dir / "zwcx.sqlite3"
    raw = db.read_bytes()
    real = shutil.disk_usage
    monkeypatch.setattr(shutil, "disk_usage", lambda p: real(p)._replace(free=4 << 20))
    with pytest.raises(migrate.MigrationError, match="not enough free disk space .* the database was not changed"):
        App(data_dir)
    code, out, err = cli("list", "commitments")
    line = one_error_line(err)
    assert code == 1 and "MB needed, 4 MB available" in line and "free some space" in line, line
    assert db.read_bytes() == raw and migrate.current_revision(db) == PREVIOUS
    assert not list((data_dir / "backups").glob("pre-migrate-*"))
    monkeypatch.setattr(shutil, "disk_usage", real)
    App(data_dir).close()  # once there is room, it starts and migrates
    assert migrate.current_revision(db) == migrate.HEAD


def test_a_copy_cut_short_by_a_full_disk_leaves_no_part_file(app, data_dir, tmp_path, monkeypatch):
    dst = tmp_path / "copy" / "c.sqlite3"
    real_connect = sqlite3.connect

    class Full:
        def __init__(self, con):
            self.con = con

        def backup(self, target):
            raise sqlite3.OperationalError("database or disk is full")

        def close(self):
            self.con.close()

        def __getattr__(self, name):  # execute: sqlite_copy opens its read transaction first
            return getattr(self.con, name)

    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: Full(real_connect(*a, **k)))
    with pytest.raises(sqlite3.OperationalError):
        migrate.sqlite_copy(data_dir / "zwcx.sqlite3", dst)
    assert list(dst.parent.iterdir()) == []


def test_a_restore_checks_room_for_the_unpacked_backup_before_unpacking_it(app, data_dir, tmp_path, monkeypatch):
    bk = tmp_path / "b.zip"
    create_backup(data_dir, bk)
    app.close()
    for _ in range(KEEP_PRE_RESTORE):
        with WriterLock(data_dir, "zwcx restore") as lock:
            restore_backup(data_dir, bk, lock)
    copies = sorted((data_dir / "backups").glob("pre-restore-*.sqlite3"))
    with zipfile.ZipFile(bk) as z:
        unpacked = sum(i.file_size for i in z.infolist())
    mine = diskspace.database_bytes(data_dir / "zwcx.sqlite3")
    need = unpacked + mine + diskspace.SPARE_BYTES  # the backup's database is no larger than the current one
    freeable = diskspace.database_bytes(copies[0])  # the oldest copy goes to make room for the new one
    unpacking = []
    monkeypatch.setattr(restore, "read_backup", lambda *a: unpacking.append(a) or pytest.fail("unpacked"))
    real = shutil.disk_usage
    monkeypatch.setattr(shutil, "disk_usage", lambda p: real(p)._replace(free=need - freeable - 1))
    with WriterLock(data_dir, "zwcx restore") as lock, pytest.raises(BackupError, match="unpack this backup"):
        restore_backup(data_dir, bk, lock)
    assert unpacking == [] and sorted((data_dir / "backups").glob("pre-restore-*.sqlite3")) == copies
    monkeypatch.undo()
    with WriterLock(data_dir, "zwcx restore") as lock:
        restore_backup(data_dir, bk, lock)
    after = sorted((data_dir / "backups").glob("pre-restore-*.sqlite3"))
    assert len(after) == KEEP_PRE_RESTORE and copies[0] not in after


def test_a_backup_whose_manifest_names_another_office_is_judged_by_its_database(app, data_dir, tmp_path):
    bk, lying = tmp_path / "b.zip", tmp_path / "lying.zip"
    create_backup(data_dir, bk)
    with zipfile.ZipFile(bk) as z, zipfile.ZipFile(lying, "w") as w:
        m = json.loads(z.read("manifest.json"))
        m["home_unit"] = {"id": "x", "name": "别的街道", "uscc": "91350100M000100Y43"}
        w.writestr("manifest.json", json.dumps(m))
        for name in z.namelist():
            if name != "manifest.json":
                w.writestr(name, z.read(name))
    assert hashlib.sha256(zipfile.ZipFile(lying).read("zwcx.sqlite3")).hexdigest() == m["database_sha256"]
    app.close()
    with WriterLock(data_dir, "zwcx restore") as lock:
        r = restore_backup(data_dir, lying, lock)
    assert r.office["name"] == "道里区新阳路街道办事处" and r.office["uscc"] != m["home_unit"]["uscc"]
