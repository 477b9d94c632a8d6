"""Client and server together over real HTTP on loopback, with and without a faulty network in between."""

from __future__ import annotations

import hashlib
import shutil

import pytest

from tests.sync.devices import CLERK, Device, assert_converged
from tests.sync.faultproxy import FaultProxy
from zwcx_desktop.cli.main import main as zwcx
from zwcx_desktop.store.attachments import blob_path, store_bytes
from zwcx_desktop.sync import engine
from zwcx_desktop.sync.client import BadAnswer, SyncError
from zwcx_server.testing import LiveServer


def sync_through(dev: Device, url: str, attempts: int = 60) -> int:
    """Retry rounds until one completes; returns the number of failed attempts."""
    for i in range(attempts):
        try:
            dev.sync(url, timeout=0.8)
            return i
        except SyncError:
            continue
    raise AssertionError(f"no sync round completed in {attempts} attempts")


def test_cli_enroll_sync_status(server, tmp_path, capsys):
    t = server.township("A")
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    assert zwcx(["--data-dir", a, "enroll", "--server", server.url, "--code", server.code(t)]) == 0
    assert "token is in the OS keyring" in capsys.readouterr().out
    assert zwcx(["--data-dir", a, "enroll", "--server", server.url, "--code", "used-or-wrong"]) == 1
    assert "unknown, used or expired" in capsys.readouterr().err
    assert zwcx(["--data-dir", b, "enroll", "--server", server.url, "--code", server.code(t)]) == 0
    dev_a = Device.__new__(Device)
    from zwcx_desktop.store.app import App
    app_a = App(tmp_path / "a")
    rid = app_a.records.create("unit", {"name": "红旗乡", "unit_type": "township"}, CLERK)
    app_a.close()
    assert zwcx(["--data-dir", a, "sync-status"]) == 0
    assert "pending changes: 1" in capsys.readouterr().out
    assert zwcx(["--data-dir", a, "sync"]) == 0
    out = capsys.readouterr()
    assert "pushed: 1 applied" in out.out and "pushed 1 change(s)" in out.err
    assert zwcx(["--data-dir", b, "sync"]) == 0
    assert "received: 1" in capsys.readouterr().out
    app_b = App(tmp_path / "b")
    assert app_b.records.get(rid).doc["name"] == "红旗乡" and app_b.records.get(rid).sync_state == "synced"
    app_b.close()
    assert zwcx(["--data-dir", a, "sync-status"]) == 0
    assert "pending changes: 0" in capsys.readouterr().out
    del dev_a


def test_no_keyring_says_so_plainly(server, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    import keyring.core

    keyring.core._keyring_backend = None
    code = server.code(server.township("A"))
    assert zwcx(["--data-dir", str(tmp_path / "a"), "enroll", "--server", server.url, "--code", code]) == 1
    err = capsys.readouterr().err
    assert "no OS keyring" in err and "install and unlock the system keyring" in err and err.count("\n") == 1
    # The code was not spent: enrolment works once a keyring exists.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    keyring.core._keyring_backend = None
    assert zwcx(["--data-dir", str(tmp_path / "a"), "enroll", "--server", server.url, "--code", code]) == 0


def test_html_page_with_200_is_a_failure_not_success(server, tmp_path):
    t = server.township("A")
    a = Device(tmp_path / "a", server, t)
    a.app.records.create("unit", {"name": "甲", "unit_type": "township"}, CLERK)
    proxy = FaultProxy(server.port, fault_rate=1.0, modes=("html",))
    try:
        with pytest.raises(BadAnswer, match="captive portal"):
            a.sync(proxy.url)
    finally:
        proxy.close()
    assert engine.status(a.app)["pending"] == 1
    assert not engine.status(a.app)["last_result"]["ok"]
    a.sync(server.url)
    assert_converged(server, t, [a])


def test_revoked_device_is_refused(server, tmp_path):
    from zwcx_server import service

    t = server.township("A")
    a = Device(tmp_path / "a", server, t)
    service.revoke_device(server.db, a.app.setting(engine.K_DEVICE))
    with pytest.raises(SyncError, match="revoked"):
        a.sync(server.url)


def test_faulty_network_converges_without_loss_or_duplicates(server, tmp_path):
    t = server.township("A")
    a, b = Device(tmp_path / "a", server, t), Device(tmp_path / "b", server, t)
    proxy = FaultProxy(server.port, fault_rate=0.3, seed=7, stall=1.0)
    try:
        ids = [a.app.records.create("unit", {"name": f"甲{i}", "unit_type": "township"}, CLERK) for i in range(30)]
        ids += [b.app.records.create("unit", {"name": f"乙{i}", "unit_type": "village"}, CLERK) for i in range(30)]
        sync_through(a, proxy.url)
        sync_through(b, proxy.url)
        sync_through(a, proxy.url)
        for i, rid in enumerate(ids[:40]):
            (a if i % 2 else b).app.records.update(rid, {"address": f"路{i}"}, CLERK)
        a.app.records.delete(ids[59], CLERK)
        for dev in (a, b, a, b):
            sync_through(dev, proxy.url)
    finally:
        proxy.close()
    a.sync(server.url), b.sync(server.url)
    assert_converged(server, t, [a, b])
    assert engine.local_digest(a.app)["records"] == 60
    assert sum(proxy.counts.get(m, 0) for m in proxy.counts if m != "pass") > 5, proxy.counts


def test_attachments_upload_resumable_and_download(server, tmp_path):
    t = server.township("A")
    a, b = Device(tmp_path / "a", server, t), Device(tmp_path / "b", server, t)
    data = bytes(range(256)) * 9000  # ~2.3 MB: several upload chunks
    sha = store_bytes(a.app.db, data, "board.jpg", "clerk")
    unit = a.app.records.create("unit", {"name": "甲", "unit_type": "township"}, CLERK)
    rid = a.app.records.create("disclosure", {"unit_id": unit, "kind": "政务公开", "doc_type": "公示",
                                              "title": "低保名单", "body": "…", "formed_date": "2026-01-05",
                                              "posting_evidence": [sha]}, CLERK)
    # Interrupt the upload after the first chunk; the next round continues from the server's offset.
    c = a.client(server.url)
    c.session.request("PUT", f"{server.url}/v1/blobs/{sha}", data=data[: 1 << 20],
                      headers={"Content-Range": f"bytes 0-{(1 << 20) - 1}/{len(data)}"})
    assert c.blob_offset(sha) == 1 << 20
    c.close()
    proxy = FaultProxy(server.port, fault_rate=0.3, seed=3, stall=1.0)
    try:
        sync_through(a, proxy.url)
        sync_through(b, proxy.url)
    finally:
        proxy.close()
    assert blob_path(b.app.root, sha).read_bytes() == data
    assert b.app.records.get(rid).doc["posting_evidence"] == [sha]
    assert hashlib.sha256(blob_path(b.app.root, sha).read_bytes()).hexdigest() == sha
    assert_converged(server, t, [a, b])


def test_conflict_kept_then_merged_naming_both_parents(server, tmp_path):
    t = server.township("A")
    a, b = Device(tmp_path / "a", server, t), Device(tmp_path / "b", server, t)
    rid = a.app.records.create("unit", {"name": "甲", "unit_type": "township"}, CLERK)
    a.sync(server.url), b.sync(server.url)
    a.app.records.update(rid, {"name": "甲-A"}, CLERK)
    b.app.records.update(rid, {"name": "甲-B", "address": "乙路"}, CLERK)
    a.sync(server.url), b.sync(server.url), a.sync(server.url)
    for d in (a, b):
        [c] = engine.list_conflicts(d.app)
        assert c["record_id"] == rid and c["hard"] == ["name"] and c["soft"] == ["address"]
        assert d.app.records.get(rid).sync_state == "conflict"
    vid = engine.resolve_conflict(b.app, rid, {"name": "甲-B", "address": "乙路"}, CLERK)
    b.sync(server.url), a.sync(server.url)
    assert engine.list_conflicts(a.app) == []
    assert a.app.records.get(rid).doc["name"] == "甲-B" and a.app.records.get(rid).sync_state == "synced"
    merged = next(v for v in a.app.records.history(rid) if v.version_id == vid)
    assert merged.base_version_id and merged.merge_parent_id and merged.base_version_id != merged.merge_parent_id
    assert_converged(server, t, [a, b])


def test_server_restored_from_backup_gets_lost_changes_again(tmp_path):
    from zwcx_desktop.store.migrate import sqlite_copy
    from zwcx_server.db import ServerDB

    path = tmp_path / "server.sqlite3"
    db = ServerDB(f"sqlite:///{path}")
    db.upgrade()
    srv = LiveServer(db).start()
    t = srv.township("A")
    a, b = Device(tmp_path / "a", srv, t), Device(tmp_path / "b", srv, t)
    first = [a.app.records.create("unit", {"name": f"甲{i}", "unit_type": "township"}, CLERK) for i in range(5)]
    a.sync(srv.url), b.sync(srv.url)
    sqlite_copy(path, tmp_path / "backup.sqlite3")
    later = [a.app.records.create("unit", {"name": f"丙{i}", "unit_type": "township"}, CLERK) for i in range(5)]
    b.app.records.update(first[0], {"address": "b's edit"}, CLERK)
    a.sync(srv.url), b.sync(srv.url), a.sync(srv.url)
    srv.stop()
    db.close()
    shutil.copyfile(tmp_path / "backup.sqlite3", path)
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"server.sqlite3{suffix}").unlink(missing_ok=True)
    db = ServerDB(f"sqlite:///{path}")
    db.new_epoch()
    srv = LiveServer(db).start()
    try:
        res = a.sync(srv.url)
        assert res.epoch_changed
        b.sync(srv.url), a.sync(srv.url)
        assert_converged(srv, t, [a, b])
        assert engine.local_digest(a.app)["records"] == 10
        assert b.app.records.get(later[4]).doc["name"] == "丙4"
        assert a.app.records.get(first[0]).doc["address"] == "b's edit"
    finally:
        srv.stop()
        db.close()


def test_reference_data_flows_down_only_when_changed(server, tmp_path):
    import json

    from zwcx_server import service

    t = server.township("A")
    a = Device(tmp_path / "a", server, t)
    service.load_reference(server.db, {"holidays": [{"date": "2026-10-01", "workday": False, "name": "国庆节"}],
                                       "categories": ["政务诚信"]})
    assert a.sync(server.url).reference_updated
    ref = json.loads(a.app.setting(engine.K_REFERENCE))
    assert ref["holidays"][0]["name"] == "国庆节" and ref["categories"] == ["政务诚信"]
    assert not a.sync(server.url).reference_updated
    service.load_reference(server.db, {"categories": ["政务诚信", "服务时限"]})
    assert a.sync(server.url).reference_updated
    assert json.loads(a.app.setting(engine.K_REFERENCE))["categories"] == ["政务诚信", "服务时限"]


def test_next_years_holidays_come_down_from_the_server_and_set_deadlines(server, tmp_path):
    """chinese-calendar does not know 2027; the municipal administrator loads the State Council's notice and the
    devices count working days with it, also after a restart."""
    import datetime as dt

    from tests.domain.test_calendar import SCHEDULE_2027
    from zwcx_core.domain import calendar
    from zwcx_desktop.store.app import App
    from zwcx_server import service

    t = server.township("A")
    a = Device(tmp_path / "a", server, t)
    assert calendar.add_working_days(dt.date(2027, 2, 3), 3) == calendar.DayResult(dt.date(2027, 2, 8), False)
    service.load_reference(server.db, {"holidays": SCHEDULE_2027})
    assert a.sync(server.url).reference_updated
    # Wed 02-03 received: Thu 4 (1), Fri 5…Thu 11 holiday, Fri 12 (2), Sat 13 worked (3).
    assert calendar.add_working_days(dt.date(2027, 2, 3), 3) == calendar.DayResult(dt.date(2027, 2, 13), True)
    a.close()
    calendar.use_official_schedule({})  # as in a new process
    again = App(tmp_path / "a")
    try:
        assert calendar.is_workday(dt.date(2027, 2, 8)) == (False, True)
    finally:
        again.close()


def test_a_malformed_holiday_schedule_from_the_server_is_refused_and_nothing_is_kept(server, tmp_path):
    import datetime as dt
    import json

    from sqlalchemy import insert

    from zwcx_core.domain import calendar
    from zwcx_server import service
    from zwcx_server.models import ReferenceItem

    t = server.township("A")
    a = Device(tmp_path / "a", server, t)
    service.load_reference(server.db, {"categories": ["政务诚信"]})
    a.sync(server.url)
    with server.db.write() as s:  # past load-reference's own check, as a broken or foreign server would send it
        s.execute(insert(ReferenceItem).values(category="holidays", key="2027-01-01",
                                               value='{"date": "2027-01-01", "workday": "maybe"}'))
    with pytest.raises(engine.SyncError, match=r"reference data from the server: holidays\[0\] \(2027-01-01\)"):
        a.sync(server.url)
    assert "holidays" not in json.loads(a.app.setting(engine.K_REFERENCE))
    assert calendar.is_workday(dt.date(2027, 1, 1)) == (True, False)


def test_enroll_refuses_plain_http_to_another_machine(tmp_path, capsys):
    for url, words in (("http://zwcx.example.gov.cn", "must use https://"), ("ftp://x", "must look like https://")):
        assert zwcx(["--data-dir", str(tmp_path / "a"), "enroll", "--server", url, "--code", "abc"]) == 1
        assert words in capsys.readouterr().err


def test_clock_skew_over_five_minutes_is_reported(server, tmp_path):
    import datetime as dt

    a = Device(tmp_path / "a", server, server.township("A"))
    c = a.client(server.url)
    meta = c.meta()
    c.close()
    res = engine.RoundResult()
    engine._check_meta(a.app, meta, res, lambda _m: None)
    assert res.warnings == [] and abs(res.skew_seconds) < 60
    late = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=9)).isoformat().replace("+00:00", "Z")
    res = engine.RoundResult()
    engine._check_meta(a.app, meta | {"server_time": late}, res, lambda _m: None)
    assert "clock differs from the server's by 9 minutes" in res.warnings[0]


def test_a_second_process_syncing_the_same_folder_is_told_and_a_killed_holder_frees_it(server, tmp_path, capsys):
    """The desktop and `zwcx sync` on one data folder: the second is skipped with a reason, nothing recorded as a
    failed round; when the holder dies (SIGKILL), the operating system frees the lock."""
    import json
    import subprocess
    import sys

    t = server.township("A")
    a = Device(tmp_path / "a", server, t)
    a.sync(server.url)
    last = a.app.setting(engine.K_LAST)
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from zwcx_desktop.oslock import exclusive\n"
        "with exclusive(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(120)"),
        str(a.app.root / "sync.lock")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(engine.SyncBusy, match="another sync of this data folder is running"):
            a.sync(server.url)
        assert a.app.setting(engine.K_LAST) == last  # skipped, not failed
        assert zwcx(["--data-dir", str(a.app.root), "sync"]) == 1
        assert "another sync of this data folder is running" in capsys.readouterr().err
    finally:
        holder.kill()
        holder.wait()
    assert json.loads(a.app.setting(engine.K_LAST))["ok"]
    assert a.sync(server.url).pulled == 0


def test_two_computers_of_a_township_recognise_the_same_person(server, tmp_path, capsys):
    """Fingerprints of ID numbers are keyed per township: the first computer to enrol gives its key, later ones
    adopt it, so a person registered on one computer is a duplicate on the other."""
    from tests.store.test_records import CITIZEN_ID
    from zwcx_core.domain.schema import ValidationError
    from zwcx_desktop.store.app import App

    def payload(unit, name, cid):
        return {"unit_id": unit, "service_area": "养老", "policy": "高龄津贴", "period": "2026-11",
                "beneficiary_name": name, "citizen_id": cid, "amount": "200"}

    t = server.township("A")
    pre = App(tmp_path / "a")  # used before enrolling: its records carry fingerprints under its own key
    unit = pre.records.create("unit", {"name": "新阳社区", "unit_type": "community"}, CLERK)
    pre.records.create("service", payload(unit, "张伟", CITIZEN_ID), CLERK)
    key_a = pre.records.fingerprint_key()
    pre.close()
    a = Device(tmp_path / "a", server, t)
    b = Device(tmp_path / "b", server, t)
    try:
        assert a.app.records.fingerprint_key() == key_a == b.app.records.fingerprint_key()
        a.sync(server.url)
        b.sync(server.url)
        with pytest.raises(ValidationError, match="already registered for the same service area and period"):
            b.app.records.create("service", payload(unit, "张伟", CITIZEN_ID), CLERK)
    finally:
        a.close()
        b.close()
    late = App(tmp_path / "c")  # a third computer that was used before it was enrolled
    late_unit = late.records.create("unit", {"name": "安静社区", "unit_type": "community"}, CLERK)
    late.records.create("service", payload(late_unit, "王芳", "11010519491231002X"), CLERK)
    late.close()
    assert zwcx(["--data-dir", str(tmp_path / "c"), "enroll", "--server", server.url, "--code", server.code(t)]) == 0
    assert "1 service record(s) entered here before enrolling" in capsys.readouterr().err
