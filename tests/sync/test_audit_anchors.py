"""Audit events anchored at the real server: each sync sends the hashes the server lacks and keeps its receipt;
`zwcx check` names anchored events removed, rewritten or reordered since; a restore from a backup forks the log,
and the server accepts and records the fork while sync goes on; a clean start keeps the log and anchors it anew."""

from __future__ import annotations

import sqlite3

from sqlalchemy import func, select

from tests.sync.devices import CLERK, Device
from zwcx_desktop.cli.main import main
from zwcx_desktop.store.backup import create_backup
from zwcx_desktop.store.restore import RESTORED, restore_backup
from zwcx_desktop.store.writerlock import WriterLock
from zwcx_desktop.sync import anchors, engine
from zwcx_server.models import AuditAnchor, AuditFork, Record


def _units(dev: Device, *names: str) -> list[str]:
    return [dev.app.records.create("unit", {"name": n, "unit_type": "village"}, CLERK) for n in names]


def _sql(root, *statements) -> None:
    con = sqlite3.connect(root / "zwcx.sqlite3")
    for st, args in statements:
        con.execute(st, args)
    con.commit()
    con.close()


def _last_seq(dev: Device) -> int:
    con = sqlite3.connect(dev.app.root / "zwcx.sqlite3")
    try:
        return con.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    finally:
        con.close()


def _check(capsys, root) -> tuple[int, list[str], str]:
    code = main(["--data-dir", str(root), "check"])
    cap = capsys.readouterr()
    problems = [ln.removeprefix("zwcx: problem: ") for ln in cap.err.splitlines() if ln.startswith("zwcx: problem")]
    assert "Traceback" not in cap.err
    return code, problems, cap.out


def _anchored(server, device_id: str) -> dict[int, str]:
    with server.db.read() as s:
        return dict(s.execute(select(AuditAnchor.seq, AuditAnchor.hash).where(
            AuditAnchor.device_id == device_id, AuditAnchor.superseded_at.is_(None))).all())


def test_sync_anchors_every_event_and_check_compares_with_the_server(server, tmp_path, capsys):
    a = Device(tmp_path / "a", server, server.township("A"))
    _units(a, "甲村", "乙村")
    res = a.sync(server.url, timeout=10)
    last = _last_seq(a)
    assert res.audit_anchored == last and anchors.receipt(a.app) == last
    assert len(_anchored(server, a.app.setting(engine.K_DEVICE))) == last
    code, problems, out = _check(capsys, a.app.root)
    assert code == 0 and problems == [] and f"through event {last}" in out
    _units(a, "丙村")
    assert a.sync(server.url, timeout=10).audit_anchored == _last_seq(a) - last  # only what the server lacked


def test_events_removed_rewritten_or_reordered_after_anchoring_are_named_through_the_server(server, tmp_path,
                                                                                           capsys):
    a = Device(tmp_path / "a", server, server.township("A"))
    _units(a, "甲村", "乙村", "丙村")
    a.sync(server.url, timeout=10)
    last = _last_seq(a)
    root = a.app.root
    # The newest events removed (with everything that would point at them, as a careful forger would).
    _sql(root, ("DELETE FROM audit_log WHERE seq=?", (last,)))
    code, problems, _out = _check(capsys, root)
    assert code == 1
    assert f"audit event {last}: anchored at the municipal server, but missing here (removed)" in problems
    # Two events swapped.
    _sql(root, ("UPDATE audit_log SET seq=-1 WHERE seq=2", ()), ("UPDATE audit_log SET seq=2 WHERE seq=3", ()),
         ("UPDATE audit_log SET seq=3 WHERE seq=-1", ()))
    code, problems, _out = _check(capsys, root)
    assert "audit event 2: the municipal server anchored it in this place, but here it is event 3 (events were " \
           "reordered)" in problems
    # One rewritten, hash and all.
    _sql(root, ("UPDATE audit_log SET hash=? WHERE seq=1", ("ab" * 32,)))
    code, problems, _out = _check(capsys, root)
    assert "audit event 1: differs from the hash anchored at the municipal server (rewritten since it was " \
           "anchored)" in problems


def test_offline_check_says_it_checked_locally_only(server, tmp_path, capsys):
    a = Device(tmp_path / "a", server, server.township("A"))
    _units(a, "甲村")
    a.sync(server.url, timeout=10)
    a.app.put_setting(engine.K_URL, "http://127.0.0.1:9")  # nothing listens there
    code, problems, out = _check(capsys, a.app.root)
    assert code == 0 and problems == []
    assert "checked locally only: the municipal server could not be asked for its audit anchors (audit anchors: " \
           "could not reach the sync server" in out


def test_a_rewritten_log_is_refused_and_recorded_once_and_sync_goes_on(server, tmp_path):
    a = Device(tmp_path / "a", server, server.township("A"))
    _units(a, "甲村")
    a.sync(server.url, timeout=10)
    device = a.app.setting(engine.K_DEVICE)
    _sql(a.app.root, ("UPDATE audit_log SET hash=? WHERE seq=2", ("cd" * 32,)),
         ("UPDATE settings SET value='{}' WHERE key=?", (anchors.K_ANCHORED,)))  # so that it is sent again
    before = _anchored(server, device)
    rid = _units(a, "乙村")[0]
    res = a.sync(server.url, timeout=10)
    assert any("did not anchor audit events from 2 on" in w for w in res.warnings), res
    with server.db.read() as s:
        assert s.get(Record, rid) is not None  # the records went up all the same
        forks = s.execute(select(AuditFork.kind, AuditFork.first_differing_seq)).all()
    assert forks == [("rewritten", 2)] and _anchored(server, device) == before
    a.sync(server.url, timeout=10)
    with server.db.read() as s:
        assert s.execute(select(func.count()).select_from(AuditFork)).scalar_one() == 1


def test_a_restore_then_sync_forks_the_log_the_server_accepts_and_records_it_and_nothing_is_lost(server, tmp_path,
                                                                                                capsys):
    t = server.township("A")
    a = Device(tmp_path / "a", server, t)
    early = _units(a, "甲村", "乙村")
    a.sync(server.url, timeout=10)
    backup = tmp_path / "b.zip"
    create_backup(a.app.root, backup)
    n = _last_seq(a)
    late = _units(a, "丙村", "丁村")
    a.sync(server.url, timeout=10)
    device = a.app.setting(engine.K_DEVICE)
    old = _anchored(server, device)
    assert max(old) > n
    lock = WriterLock(a.app.root, "zwcx restore").acquire()
    try:
        restore_backup(a.app.root, backup, lock)
    finally:
        lock.release()
    con = sqlite3.connect(a.app.root / "zwcx.sqlite3")
    action, detail = con.execute("SELECT action, detail FROM audit_log WHERE seq=?", (n + 1,)).fetchone()
    con.close()
    assert action == RESTORED and f'"to_event": {n}' in detail
    # Before the next sync, check knows why the server's later anchors differ.
    code, problems, out = _check(capsys, a.app.root)
    assert code == 0 and problems == [] and f"events from {n + 1} on were replaced by a restore" in out
    res = engine.sync_until_quiet(a.app, a.client(server.url, timeout=10))
    assert not [w for w in res.warnings if "audit" in w]
    with server.db.read() as s:
        forks = s.execute(select(AuditFork.kind, AuditFork.first_differing_seq, AuditFork.restored_to,
                                 AuditFork.anchored_through).where(AuditFork.device_id == device)).all()
        kept = s.execute(select(func.count()).select_from(AuditAnchor).where(AuditAnchor.device_id == device)
                         ).scalar_one()
    assert forks == [("restore", n + 1, n, max(old))]
    assert kept >= len(old) + 1  # the replaced anchors are kept, marked superseded
    now = _anchored(server, device)
    assert all(now[s] == old[s] for s in range(1, n + 1)) and max(now) == _last_seq(a)
    for rid in early + late:  # nothing lost: what was made after the backup comes back from the server
        assert a.app.records.get(rid).doc["name"]
    _units(a, "戊村")
    assert a.sync(server.url, timeout=10).audit_anchored > 0
    code, problems, _out = _check(capsys, a.app.root)
    assert code == 0 and problems == []


def test_a_clean_start_keeps_the_log_and_anchors_it_for_the_new_enrolment(server, tmp_path, capsys):
    a = Device(tmp_path / "a", server, server.township("A"))
    _units(a, "甲村")
    a.sync(server.url, timeout=10)
    engine.enroll(a.app, server.url, server.code(server.township("B")), clean_start=True)
    a.token = engine.keys.get_secret(a.app, engine.token_name(a.app))  # the new enrolment's
    res = a.sync(server.url, timeout=10)
    last = _last_seq(a)
    con = sqlite3.connect(a.app.root / "zwcx.sqlite3")
    assert con.execute("SELECT count(*) FROM audit_log WHERE action='clean-start'").fetchone()[0] == 1
    con.close()
    assert res.audit_anchored == last and len(_anchored(server, a.app.setting(engine.K_DEVICE))) == last
    code, problems, _out = _check(capsys, a.app.root)
    assert code == 0 and problems == []


def test_a_restore_after_the_audit_key_went_missing_still_forks_cleanly(server, tmp_path, capsys):
    """The restored event need not follow the backup's last event at once: with the key lost, a new key's
    segment starts first. The server still takes the fork as a restore."""
    from zwcx_desktop import credentials
    from zwcx_desktop.store import auditkeys

    a = Device(tmp_path / "a", server, server.township("A"))
    _units(a, "甲村")
    a.sync(server.url, timeout=10)
    backup = tmp_path / "b.zip"
    create_backup(a.app.root, backup)
    n = _last_seq(a)
    _units(a, "乙村")
    a.sync(server.url, timeout=10)
    credentials.delete_secret(auditkeys.key_name(a.app.install_id()), True)
    lock = WriterLock(a.app.root, "zwcx restore").acquire()
    try:
        restore_backup(a.app.root, backup, lock)
    finally:
        lock.release()
    con = sqlite3.connect(a.app.root / "zwcx.sqlite3")
    actions = [r[0] for r in con.execute("SELECT action FROM audit_log WHERE seq>? ORDER BY seq", (n,))]
    con.close()
    assert actions == ["audit_key_started", RESTORED]
    res = a.sync(server.url, timeout=10)
    assert not [w for w in res.warnings if "audit" in w]
    with server.db.read() as s:
        forks = s.execute(select(AuditFork.kind, AuditFork.first_differing_seq, AuditFork.restored_to)).all()
    assert forks == [("restore", n + 1, n)]
    code, problems, _out = _check(capsys, a.app.root)
    # Only what the lost key makes unverifiable, said once; nothing about the server's anchors.
    assert code == 1 and len(problems) == 1 and f"audit events 1-{n}: chained with audit key" in problems[0]
