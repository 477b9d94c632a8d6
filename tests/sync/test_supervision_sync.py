"""Supervision cases across the real server on loopback: the township's computers share a case with its requester,
the public page never shows the requester, and clock presets from the server recount open cases' deadlines."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select

from tests.sync.devices import CLERK, Device, assert_converged
from zwcx_core import wire
from zwcx_core.domain.supervision import ClockPresetError
from zwcx_server.models import Version

NAME, PHONE = "赵秀兰", "13912345678"
#: Jinan's rule for 12345: 建议/投诉/举报 within 5 working days.
JINAN = {"hotline_12345": [
    {"name": "reply_by", "unit": "working_days", "from": "received", "amount": 5,
     "by_type": {"consultation": 3, "help": 3}, "urgent": 0},
    {"name": "callback_by", "unit": "days", "from": "closed", "amount": 1}]}


def test_a_case_reaches_the_other_computer_with_its_requester_and_server_presets_recount_it(server, tmp_path):
    from zwcx_server import service

    t = server.township("A")
    a, b = Device(tmp_path / "a", server, t), Device(tmp_path / "b", server, t)
    try:
        unit = a.app.records.create("unit", {"name": "红旗乡", "unit_type": "township"}, CLERK)
        rid = a.app.records.create("supervision", {
            "unit_id": unit, "channel": "hotline_12345", "request_type": "complaint", "ref_no": "GD001",
            "title": "小区门口路灯不亮", "content": "路灯连续一周不亮。", "received_date": "2026-03-02",
            "requester": NAME, "requester_phone": PHONE}, CLERK)
        a.sync(server.url)
        b.sync(server.url)
        doc = b.app.records.get(rid).doc
        assert (doc["requester"], doc["requester_phone"], doc["due_date"]) == (NAME, PHONE, "2026-03-19")

        with pytest.raises(ClockPresetError, match="amount"):
            service.load_reference(server.db, {"supervision_clocks": {"hotline_12345": [
                {"name": "reply_by", "unit": "working_days", "from": "received", "amount": -1}]}})
        assert service.load_reference(server.db, {"supervision_clocks": JINAN}) == {"supervision_clocks": 1}
        res = a.sync(server.url)
        assert res.reference_updated and res.recounted == 1
        view = a.app.records.get(rid)
        assert view.doc["due_date"] == "2026-03-09" and view.updated_by == "system"
        assert view.sync_state == "synced"  # pushed in the round that brought the presets
        b.sync(server.url)  # b recounts the same document on its own: no conflict
        a.sync(server.url)
        for d in (a, b):
            view = d.app.records.get(rid)
            assert view.doc["due_date"] == "2026-03-09" and view.sync_state != "conflict"
        assert_converged(server, t, [a, b])

        with server.db.read() as s:
            v = s.execute(select(Version).where(Version.version_id == view.version_id)).scalar_one()
            assert NAME in v.doc  # kept on the municipal platform with the case
        page = httpx.get(f"{server.url}/v/{wire.verify_code(view.version_id, view.content_hash)}")
        assert NAME not in page.text and PHONE not in page.text and "秀兰" not in page.text
    finally:
        a.close()
        b.close()
