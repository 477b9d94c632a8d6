"""Devices upgraded one by one (#15 mixed versions): a device of kind level 1 and one of level 2 on one server.

The server is upgraded first. A level-1 device is sent only the kinds it knows and digests over just those, so it
keeps syncing, detects no loss and starts no repair; the level-2 device holds everything. A level-2 device talking
to a server that does not know the new kinds holds their changes back until the server is upgraded.
"""

from __future__ import annotations

from sqlalchemy import select

from tests.sync.devices import CLERK, Device
from zwcx_core import wire
from zwcx_desktop.store.models import RecordVersion
from zwcx_desktop.sync import engine, repair
from zwcx_desktop.sync.client import SyncClient
from zwcx_server import service
from zwcx_server.models import Record, Township

CONTRACT = {"title": "村道硬化工程", "contract_type": "construction", "counterparty": "某某建设有限公司",
            "signed_date": "2026-03-02", "amount": "180000", "sme_declared": True,
            "events": [{"type": "delivery", "date": "2026-05-06"},
                       {"type": "payment", "date": "2026-05-20", "amount": "80000", "voucher": "记-0517"}]}


def _sync(dev: Device, url: str, level: int) -> engine.RoundResult:
    c = SyncClient(url, dev.token, timeout=(5, 30), retries=1, kinds_level=level)
    try:
        return engine.sync_round(dev.app, c)
    finally:
        c.close()


def _kinds(dev: Device) -> dict[str, int]:
    with dev.app.db.read() as s:
        out: dict[str, int] = {}
        for k in s.execute(select(RecordVersion.kind)).scalars():
            out[k] = out.get(k, 0) + 1
        return out


def test_an_older_device_syncs_beside_a_newer_one(server, tmp_path):
    assert wire.KINDS_LEVEL >= 2 and "contract" not in wire.kinds_at(1)
    t = server.township("A")
    new, old = Device(tmp_path / "new", server, t), Device(tmp_path / "old", server, t)
    try:
        unit = new.app.records.create("unit", {"name": "红旗乡", "unit_type": "township"}, CLERK)
        cid = new.app.records.create("contract", CONTRACT | {"unit_id": unit}, CLERK)
        new.app.records.create("lawsuit", {"unit_id": unit, "contract_id": cid, "court": "某区人民法院",
                                           "case_no": "(2026)黑0102民初123号", "counterparty": "某某建设有限公司",
                                           "filed_date": "2026-07-01"}, CLERK)
        assert new.app.records.get(cid).doc["amount_outstanding"] == "100000.00"
        assert _sync(new, server.url, wire.KINDS_LEVEL).pushed.get("applied") == 3

        # The level-1 device gets the unit, never the contract or the lawsuit, and its digests agree.
        r = _sync(old, server.url, 1)
        assert r.pulled == 1 and _kinds(old) == {"unit": 1}
        oc = old.app.records.create("commitment", {
            "unit_id": unit, "title": "农村公路养护到位", "category": "service_time", "content": "全年养护。",
            "responsible_person": "王主任", "made_date": "2026-03-01", "due_date": "2026-12-31"}, CLERK)
        assert _sync(old, server.url, 1).pushed.get("applied") == 1
        _sync(old, server.url, 1)  # a quiet round compares the digests
        assert not old.app.setting(repair.K_DIGEST_GAP) and not repair.pending(old.app)
        with server.db.read() as s:
            tw = s.get(Township, t)
        for level, dev in ((1, old), (wire.KINDS_LEVEL, new)):
            caller = service.Caller("t", t, tw.code, tw.name, level)
            want = service.verify(server.db, caller)
            if level == wire.KINDS_LEVEL:
                _sync(new, server.url, level)
            want.pop("protocol"), want.pop("township")
            assert engine.local_digest(dev.app) == want, level

        # The newer device receives what the older one made and still holds every kind.
        assert new.app.records.get(oc).doc["title"] == "农村公路养护到位"
        assert _kinds(new) == {"unit": 1, "contract": 1, "lawsuit": 1, "commitment": 1}
        assert not new.app.setting(repair.K_DIGEST_GAP)
    finally:
        new.close()
        old.close()


def test_a_newer_device_holds_new_kinds_back_from_an_older_server(server, tmp_path, monkeypatch):
    t = server.township("A")
    dev = Device(tmp_path / "d", server, t)
    try:
        unit = dev.app.records.create("unit", {"name": "红旗乡", "unit_type": "township"}, CLERK)
        cid = dev.app.records.create("contract", CONTRACT | {"unit_id": unit}, CLERK)
        # The answer of a server from before kind levels: its /v1/sync/meta has no `kinds_level`.
        real_meta = SyncClient.meta

        def older_meta(self, cursor=None):
            ans = real_meta(self, cursor)
            ans.pop("kinds_level"), ans.pop("kinds")
            return ans

        monkeypatch.setattr(SyncClient, "meta", older_meta)
        r = _sync(dev, server.url, wire.KINDS_LEVEL)
        assert r.pushed.get("applied") == 1 and r.held_back == 1
        assert any("wait on this computer until the server is upgraded" in w for w in r.warnings)
        assert dev.app.records.get(cid).sync_state == "pending"
        with server.db.read() as s:
            assert s.execute(select(Record.kind)).scalars().all() == ["unit"]

        monkeypatch.setattr(SyncClient, "meta", real_meta)  # the server is upgraded
        r = _sync(dev, server.url, wire.KINDS_LEVEL)
        assert r.pushed.get("applied") == 1 and r.held_back == 0 and not r.warnings
        assert dev.app.records.get(cid).sync_state == "synced"
    finally:
        dev.close()


def test_the_console_sees_each_device_s_app_version(server, tmp_path):
    from zwcx_desktop import __version__
    from zwcx_server.models import DeviceAgent

    t = server.township("A")
    dev = Device(tmp_path / "d", server, t)
    try:
        _sync(dev, server.url, wire.KINDS_LEVEL)
        with server.db.read() as s:
            [agent] = s.execute(select(DeviceAgent.user_agent)).scalars().all()
        assert agent == f"zwcx-desktop/{__version__} (sync/{wire.PROTOCOL}; kinds/{wire.KINDS_LEVEL})"
    finally:
        dev.close()
