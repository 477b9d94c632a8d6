"""Contracts through the real server: payments recorded on two computers at once are both kept."""

from __future__ import annotations

from tests.sync.devices import CLERK, Device, assert_converged
from zwcx_desktop.sync import engine

CONTRACT = {"title": "村道硬化工程", "contract_type": "construction", "counterparty": "某某建设有限公司",
            "signed_date": "2026-03-02", "amount": "180000", "sme_declared": True,
            "events": [{"type": "delivery", "date": "2026-05-06"}]}


def test_payments_added_on_two_computers_merge_row_by_row(server, tmp_path):
    t = server.township("A")
    a, b = Device(tmp_path / "a", server, t), Device(tmp_path / "b", server, t)
    try:
        unit = a.app.records.create("unit", {"name": "红旗乡", "unit_type": "township"}, CLERK)
        cid = a.app.records.create("contract", CONTRACT | {"unit_id": unit}, CLERK)
        a.sync(server.url), b.sync(server.url)
        events = a.app.records.get(cid).doc["events"]
        a.app.records.update(cid, {"events": [*events, {"type": "payment", "date": "2026-05-20",
                                                         "amount": "50000", "voucher": "记-0517"}]}, CLERK)
        b.app.records.update(cid, {"events": [*events, {"type": "payment", "date": "2026-05-21",
                                                         "amount": "30000", "voucher": "记-0521"}],
                                   "funding_source": "县级财政"}, CLERK)
        a.sync(server.url), b.sync(server.url), a.sync(server.url)
        for d in (a, b):
            [c] = engine.list_conflicts(d.app)
            assert c["hard"] == [] and list(c["combined"]) == ["events"] and "funding_source" in c["soft"]
            assert sorted(e.get("voucher") or "" for e in c["combined"]["events"]) == ["", "记-0517", "记-0521"]
        [c] = engine.list_conflicts(b.app)
        engine.resolve_conflict(b.app, cid, c["combined"] | {"funding_source": "县级财政"}, CLERK)
        b.sync(server.url), a.sync(server.url)
        doc = a.app.records.get(cid).doc
        assert doc["amount_paid"] == "80000.00" and doc["amount_outstanding"] == "100000.00"
        assert doc["funding_source"] == "县级财政" and engine.list_conflicts(a.app) == []
        assert_converged(server, t, [a, b])
    finally:
        a.close()
        b.close()
