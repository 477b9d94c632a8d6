"""A record stored before the personal-data guard keeps syncing: lifecycle steps and a merge of a conflict."""

from __future__ import annotations

from tests.legacy import before_the_guard
from tests.sync.devices import CLERK, Device, assert_converged
from zwcx_desktop.sync import engine


def test_a_legacy_notice_moves_on_conflicts_and_merges_across_devices(server, tmp_path):
    t = server.township("A")
    a, b = Device(tmp_path / "a", server, t), Device(tmp_path / "b", server, t)
    unit = a.app.records.create("unit", {"name": "万宝镇", "unit_type": "township"}, CLERK)
    with before_the_guard():  # saved, posted and synced by a version of zwcx from before the guard
        rid = a.app.records.create("disclosure", {
            "unit_id": unit, "kind": "affairs", "title": "关于低保对象的公示", "body": "户主电话 138 1234 5678",
            "formed_date": "2026-01-02", "period_start": "2026-01-05", "period_days": 5}, CLERK)
        for step in ("pending_review", "approved", "publicizing"):
            a.app.records.transition(rid, step, CLERK)
        a.sync(server.url)
    b.sync(server.url)
    # Both devices end the notice differently while offline; both steps reach the server as a conflict.
    a.app.records.transition(rid, "withdrawn", CLERK)
    b.app.records.transition(rid, "expired_no_objection", CLERK)
    ra, rb = a.sync(server.url), b.sync(server.url)
    assert ra.rejected == 0 and rb.rejected == 0 and rb.pushed.get("conflict")
    [c] = engine.list_conflicts(b.app)
    other = next(v for v in c["versions"] if v["version_id"] != c["current_version_id"])
    chosen = other["doc"]["status"]
    engine.resolve_conflict(b.app, rid, {"status": chosen}, CLERK, other["version_id"])
    assert b.sync(server.url).rejected == 0
    a.sync(server.url)
    assert engine.list_conflicts(a.app) == [] and a.app.records.get(rid).status == chosen
    assert "138 1234 5678" in a.app.records.get(rid).doc["body"]
    assert_converged(server, t, [a, b])
