"""A server restored from an older backup WITHOUT `new-epoch`, or killed between a commit and its answer: the
devices notice it on their own, send again what it lost, and everything converges with nothing doubled.

The server runs as its own process on loopback; backups are copies of its SQLite file taken with it stopped."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.sync.devices import CLERK, Device, assert_converged
from tests.sync.serverproc import ServerProcess
from zwcx_desktop.cli.main import main as zwcx
from zwcx_desktop.sync import engine
from zwcx_desktop.sync.client import SyncError
from zwcx_server.models import Record, Township, Version

T = 10.0  # request timeout: a repair round sends whole histories


def _make(dev: Device, names: list[str]) -> list[str]:
    return [dev.app.records.create("unit", {"name": n, "unit_type": "village"}, CLERK) for n in names]


def _sync(*devs: Device) -> list[engine.RoundResult]:
    return [d.sync(d.url, timeout=T) for d in devs]


def _server_counts(srv: ServerProcess, t: int) -> dict[str, int]:
    with srv.db.read() as s:
        return {"versions": s.execute(select(func.count()).select_from(Version).where(Version.township_id == t))
                .scalar_one(),
                "distinct": s.execute(select(func.count(func.distinct(Version.version_id)))
                                      .where(Version.township_id == t)).scalar_one(),
                "last_seq": s.get(Township, t).last_seq,
                "records": s.execute(select(func.count()).select_from(Record).where(Record.township_id == t))
                .scalar_one()}


def _no_doubles(srv: ServerProcess, t: int, devs: list[Device], records: int) -> None:
    """Every version once, numbered 1..N without gaps, and the records the clerks made, each once."""
    n = _server_counts(srv, t)
    assert n["versions"] == n["distinct"] == n["last_seq"], n
    assert n["records"] == records, n
    for d in devs:
        assert engine.local_digest(d.app)["records"] == records
        names = _names(d)
        assert len(names) == len(set(names)) == records, names


def _names(dev: Device) -> list[str]:
    """The names of all unit records on a device, deleted ones included (each test names every record apart)."""
    from zwcx_desktop.store.models import Unit

    with dev.app.db.read() as s:
        return list(s.execute(select(Unit.name)).scalars())


def _devices(srv: ServerProcess, tmp_path, t: int, *names: str) -> list[Device]:
    out = []
    for n in names:
        d = Device(tmp_path / n, srv, t)
        d.url = srv.url
        out.append(d)
    return out


def _work_after_backup(a: Device, b: Device, early: list[str]) -> int:
    """Eleven new records on A, edits on both sides (one of them on a record made after the backup), a deletion
    and two records on B, all synced: both devices report success with nothing pending. Returns records made."""
    late = _make(a, [f"丙{i}" for i in range(11)])
    a.app.records.update(early[0], {"address": "A 改"}, CLERK)
    _sync(a, b)
    b.app.records.update(late[3], {"address": "B 改"}, CLERK)
    b.app.records.update(early[1], {"contact_person": "老李"}, CLERK)
    b.app.records.delete(early[6], CLERK)
    _make(b, ["丁0", "丁1"])
    _sync(b, a)
    for d in (a, b):
        st = engine.status(d.app)
        assert st["pending"] == 0 and st["last_result"]["ok"], st
    return 13


def test_restore_without_new_epoch_is_noticed_and_repaired_by_the_devices(tmp_path, capsys):
    srv = ServerProcess(tmp_path / "server.sqlite3").start()
    try:
        t = srv.township("A")
        a, b = _devices(srv, tmp_path, t, "a", "b")
        early = _make(a, [f"甲{i}" for i in range(5)]) + _make(b, [f"乙{i}" for i in range(3)])
        _sync(a, b, a)
        srv.backup(tmp_path / "backup.sqlite3")
        srv.start()
        made = len(early) + _work_after_backup(a, b, early)
        assert_converged(srv, t, [a, b])
        before = engine.local_digest(a.app)
        kept = _server_counts(srv, t)["versions"]

        srv.restore(tmp_path / "backup.sqlite3")
        srv.start()
        lost = kept - _server_counts(srv, t)["versions"]
        assert lost >= 16, lost  # 13 records and 3 edits made after the backup are gone from the server

        ra, rb = _sync(a, b)
        assert ra.server_restored and rb.server_restored, (ra, rb)
        assert ra.restore_reason in ("cursor", "acked") and not ra.epoch_changed
        assert ra.resent >= 12  # A sent its 11 records and its edit of 甲0 again (B's it may have too)
        _sync(a, b)
        assert_converged(srv, t, [a, b])
        _no_doubles(srv, t, [a, b], made)
        for d in (a, b):
            assert engine.local_digest(d.app) == before  # not one record or version differs from before
        assert a.app.records.get(early[0]).doc["address"] == "A 改"
        assert b.app.records.get(early[6], include_deleted=True).deleted

        # Later rounds are quiet: the repair is not repeated, and both computers keep saying what happened.
        rc = a.sync(srv.url, timeout=T)
        assert not rc.server_restored and not rc.pushed and rc.pulled == 0
        st = engine.status(b.app)
        assert st["server_restore"]["records"] == rb.resent and not st["repair_pending"]
        root = a.app.root
        a.close()
        capsys.readouterr()
        assert zwcx(["--data-dir", str(root), "sync-status"]) == 0
        out = capsys.readouterr().out
        assert "server data went back to an earlier state" in out and f"{ra.resent} record(s) uploaded" in out
        b.close()
    finally:
        srv.stop()


def test_a_pull_only_device_whose_cursor_was_overtaken_after_a_restore_gets_everything(tmp_path):
    """C only reads. After the restore B (which lost nothing) pushes first, so the sequence passes C's cursor
    again with other versions: C notices the version at its cursor changed, sends A's records that only it and
    A still hold, and pulls from the start."""
    srv = ServerProcess(tmp_path / "server.sqlite3").start()
    try:
        t = srv.township("A")
        a, b, c = _devices(srv, tmp_path, t, "a", "b", "c")
        _make(a, ["甲0", "甲1", "甲2"])
        _sync(a, b, c)
        srv.backup(tmp_path / "backup.sqlite3")
        srv.start()
        _make(a, ["丙0", "丙1", "丙2", "丙3"])
        _sync(a, c)
        srv.restore(tmp_path / "backup.sqlite3")
        srv.start()
        _make(b, [f"乙{i}" for i in range(6)])
        (rb,) = _sync(b)
        assert not rb.server_restored  # B lost nothing: no repair, no extra request
        (rc,) = _sync(c)
        assert rc.server_restored and rc.restore_reason == "cursor" and rc.resent == 4
        assert set(_names(c)) >= {f"乙{i}" for i in range(6)}  # B's six, though C's cursor was past them
        _sync(a, b, c, a)
        assert_converged(srv, t, [a, b, c])
        _no_doubles(srv, t, [a, b, c], 13)
        # A's four were sent by C on A's behalf: the server keeps A as their author.
        with srv.db.read() as s:
            authors = set(s.execute(select(Version.device_id).where(Version.township_id == t)).scalars())
        assert len(authors) == 2
        for d in (a, b, c):
            d.close()
    finally:
        srv.stop()


def test_server_killed_between_commit_and_answer_then_restored(tmp_path):
    """The fault hook kills the server right after a push commits: the device sees a broken connection for work
    the server holds, and its retry is answered from the stored results. Then the same during a repair."""
    srv = ServerProcess(tmp_path / "server.sqlite3").start()
    try:
        t = srv.township("A")
        a, b = _devices(srv, tmp_path, t, "a", "b")
        early = _make(a, [f"甲{i}" for i in range(5)]) + _make(b, [f"乙{i}" for i in range(3)])
        _sync(a, b, a)
        srv.backup(tmp_path / "backup.sqlite3")

        srv.start(fault="kill-after-commit:1")
        _make(a, ["戊0", "戊1"])
        with pytest.raises(SyncError):
            a.sync(srv.url, timeout=T)
        assert srv.died() and engine.status(a.app)["pending"] == 2
        assert _server_counts(srv, t)["versions"] == 10  # committed before the kill
        srv.stop()
        srv.start()
        (ra,) = _sync(a)
        assert ra.pushed == {"applied": 2} and not ra.server_restored  # the stored answers, nothing doubled
        made = len(early) + 2 + _work_after_backup(a, b, early)
        before = engine.local_digest(a.app)

        srv.restore(tmp_path / "backup.sqlite3")
        srv.start(fault="kill-after-commit:1")
        with pytest.raises(SyncError):
            a.sync(srv.url, timeout=T)  # the repair's push commits, then the server dies
        assert srv.died() and engine.status(a.app)["repair_pending"]
        srv.stop()
        # A's repair sent B's versions too (A had pulled them): B's repair sends nothing, then its new record's
        # push commits and the server dies again.
        _make(b, ["己0"])
        srv.start(fault="kill-after-commit:1")
        with pytest.raises(SyncError):
            b.sync(srv.url, timeout=T)
        assert srv.died() and engine.status(b.app)["server_restore"]["records"] == 0
        srv.stop()
        srv.start()
        (ra,) = _sync(a)
        assert ra.server_restored and ra.resent >= 13  # the repair continued where the kill stopped it
        _sync(b, a, b)
        made += 1
        assert_converged(srv, t, [a, b])
        _no_doubles(srv, t, [a, b], made)
        after = engine.local_digest(b.app)
        assert after["versions"] == before["versions"] + 1 and after["records"] == before["records"] + 1
        for d in (a, b):
            d.close()
    finally:
        srv.stop()


def test_digests_catch_a_restore_the_cursor_could_not_show(tmp_path):
    """C comes from a release that did not remember the version at its cursor, and B's pushes after the restore
    took the sequence past C's cursor again: meta shows nothing wrong, but after the pull C's digest of its
    versions differs from the server's, so its next round repairs."""
    from zwcx_desktop.sync import repair

    srv = ServerProcess(tmp_path / "server.sqlite3").start()
    try:
        t = srv.township("A")
        a, b, c = _devices(srv, tmp_path, t, "a", "b", "c")
        _make(a, ["甲0", "甲1", "甲2"])
        _sync(a, b, c)
        srv.backup(tmp_path / "backup.sqlite3")
        srv.start()
        _make(a, ["丙0", "丙1", "丙2", "丙3"])
        _sync(a, c)
        srv.restore(tmp_path / "backup.sqlite3")
        srv.start()
        _make(b, [f"乙{i}" for i in range(6)])
        _sync(b)
        c.app.put_setting(repair.K_CURSOR_VERSION, "")
        (r1,) = _sync(c)
        assert not r1.server_restored and engine.status(c.app)["repair_pending"]
        assert len(_names(c)) == 9  # B's first four are behind C's cursor: not received yet
        (r2,) = _sync(c)
        assert r2.server_restored and r2.restore_reason == "digest" and r2.resent == 4
        assert len(_names(c)) == 13
        (r3,) = _sync(c)
        assert not r3.server_restored and not engine.status(c.app)["repair_pending"]
        _sync(a, b, c, a)
        assert_converged(srv, t, [a, b, c])
        _no_doubles(srv, t, [a, b, c], 13)
        for d in (a, b, c):
            d.close()
    finally:
        srv.stop()
