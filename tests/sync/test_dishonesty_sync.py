"""政务失信 records through the real municipal server (#17): a record, its 异议中 mark set by a credit objection,
and a person-level record reach a second device; there too only the administrator lists the person-level one."""

from __future__ import annotations

import datetime as dt

from tests.sync.devices import CLERK, Device
from zwcx_desktop.store import queries as Q


def test_dishonesty_records_and_their_objection_mark_sync_to_another_device(server, tmp_path):
    t = server.township("A")
    a, b = Device(tmp_path / "a", server, t), Device(tmp_path / "b", server, t)
    try:
        unit = a.app.records.create("unit", {"name": "红旗乡", "unit_type": "township"}, CLERK)
        rid = a.app.records.create("dishonesty", {
            "unit_id": unit, "subject_name": "红旗乡人民政府", "dishonesty_type": "judgment_unperformed",
            "title": "判决未按期履行", "deciding_body": "某区人民法院", "decision_no": "(2026)黑0102执9号",
            "decision_date": "2026-04-10", "severity": "general", "obligation_amount": "50000"}, CLERK)
        a.app.records.transition(rid, "confirmed", CLERK)
        pid = a.app.records.create("dishonesty", {
            "unit_id": unit, "subject_level": "person", "subject_name": "红旗乡人民政府", "person_name": "钱多多",
            "person_position": "副乡长", "dishonesty_type": "accountability", "title": "问责处理"}, CLERK)
        a.app.records.create("objection", {
            "unit_id": unit, "objection_type": "credit", "channel": "online", "content": "履行情况有误。",
            "received_date": dt.date.today().isoformat(), "target_kind": "dishonesty", "target_id": rid,
            "reply_days": 3}, CLERK)
        assert a.sync(server.url, timeout=10).pushed.get("applied") == 6  # every version: the record has three
        b.sync(server.url, timeout=10)
        got = b.app.records.get(rid)
        assert got.doc["under_objection"] is True and got.status == "confirmed" and got.version == 3
        assert got.doc["display_max_end"] == "2027-04-10"
        assert b.app.records.get(pid).doc["person_name"] == "钱多多"
        with b.app.db.read() as s:
            assert Q.ids(s, Q.Filter("dishonesty")) == [rid]
            assert set(Q.ids(s, Q.Filter("dishonesty", persons=True))) == {rid, pid}
    finally:
        a.close()
        b.close()
