"""Issue 11 items 2 and 8 across the real server on loopback.

Private fields go to the municipal server (the township's other computers need the complainant to answer, and the
city handles objections too), but never reach the public verification page. A holiday schedule coming down
recounts unposted dates in the same round, and the recounted versions go up in that round.
"""

from __future__ import annotations

import httpx
from sqlalchemy import select

from tests.domain.test_calendar import SCHEDULE_2027
from tests.server.pagedata import put_version
from tests.sync.devices import CLERK, Device
from zwcx_core import wire
from zwcx_server.models import Record, Version

NAME, PHONE = "王建军", "13812345678"


def test_the_complainant_reaches_the_townships_computers_but_never_the_public_page(server, tmp_path):
    t = server.township("A")
    a, b = Device(tmp_path / "a", server, t), Device(tmp_path / "b", server, t)
    try:
        unit = a.app.records.create("unit", {"name": "红旗乡", "unit_type": "township"}, CLERK)
        rid = a.app.records.create("objection", {
            "unit_id": unit, "objection_type": "complaint", "channel": "phone", "complainant": NAME,
            "complainant_phone": PHONE, "content": "反映窗口推诿。", "received_date": "2026-03-02",
            "finding": "upheld", "action": "correct", "reply": "已约谈窗口负责人并整改。",
            "replied_date": "2026-03-09"}, CLERK)
        a.sync(server.url)
        b.sync(server.url)
        doc = b.app.records.get(rid).doc  # the reviewer on the other computer can answer the complainant
        assert (doc["complainant"], doc["complainant_phone"]) == (NAME, PHONE)
        for step in ("accepted", "investigating", "replied"):  # answered: its outcome notice may be posted
            b.app.records.transition(rid, step, CLERK)
        b.sync(server.url)
        view = b.app.records.get(rid)
        with server.db.read() as s:
            v = s.execute(select(Version).where(Version.version_id == view.version_id)).scalar_one()
            assert NAME in v.doc  # kept on the municipal platform with the case
        page = httpx.get(f"{server.url}/v/{wire.verify_code(view.version_id, view.content_hash)}")
        assert page.status_code == 200 and "异议处理结果" in page.text and "已审核，打印记录尚未同步" in page.text
        assert NAME not in page.text and PHONE not in page.text and "建军" not in page.text
        # A version stored before the guard refused a complainant's name in the public text: the page shows the
        # notice's title, never the objection's own words.
        old = dict(view.doc) | {"content": f"{NAME}（{PHONE}）反映窗口推诿。"}
        _r, _v, code = put_version(server.db, t, "objection", old, record_id=rid)
        page = httpx.get(f"{server.url}/v/{code}")
        assert page.status_code == 200 and "异议处理结果" in page.text
        assert NAME not in page.text and PHONE not in page.text and "推诿" not in page.text
    finally:
        a.close()
        b.close()


def test_a_schedule_from_the_server_recounts_unposted_dates_and_sends_them_in_the_same_round(server, tmp_path):
    from zwcx_server import service

    t = server.township("A")
    a = Device(tmp_path / "a", server, t)
    try:
        unit = a.app.records.create("unit", {"name": "红旗乡", "unit_type": "township"}, CLERK)
        rid = a.app.records.create("disclosure", {
            "unit_id": unit, "kind": "affairs", "title": "关于2027年元旦值班安排的公示", "body": "正文",
            "formed_date": "2026-12-28", "period_start": "2026-12-30", "period_days": 7, "day_count": "working"},
            CLERK)
        assert a.sync(server.url).recounted == 0  # no official schedule yet: nothing to recount
        assert a.app.records.get(rid).doc["period_end"] == "2027-01-07"  # guessed: 1 January counted as working
        service.load_reference(server.db, {"holidays": SCHEDULE_2027})
        res = a.sync(server.url)
        assert res.reference_updated and res.recounted == 1
        view = a.app.records.get(rid)
        assert view.doc["period_end"] == "2027-01-08" and view.updated_by == "system"
        assert view.sync_state == "synced"  # pushed in the round that brought the schedule
        with server.db.read() as s:
            assert s.get(Record, rid).current_version_id == view.version_id
        assert a.sync(server.url).recounted == 0
    finally:
        a.close()


def test_two_computers_recounting_the_same_record_agree_without_a_conflict(server, tmp_path):
    from tests.sync.devices import assert_converged
    from zwcx_server import service

    t = server.township("A")
    a, b = Device(tmp_path / "a", server, t), Device(tmp_path / "b", server, t)
    try:
        unit = a.app.records.create("unit", {"name": "红旗乡", "unit_type": "township"}, CLERK)
        rid = a.app.records.create("objection", {
            "unit_id": unit, "objection_type": "complaint", "channel": "phone", "content": "反映窗口推诿。",
            "received_date": "2026-12-29", "reply_days": 10}, CLERK)
        a.sync(server.url)
        b.sync(server.url)
        service.load_reference(server.db, {"holidays": SCHEDULE_2027})
        assert b.sync(server.url).recounted == 1  # b recounts and sends first
        assert a.sync(server.url).recounted == 1  # a reaches the same document on its own
        a.sync(server.url)
        b.sync(server.url)
        for d in (a, b):
            view = d.app.records.get(rid)
            assert view.doc["due_date"] == "2027-01-13" and view.sync_state != "conflict"
        with server.db.read() as s:
            assert not s.get(Record, rid).conflict
        assert_converged(server, t, [a, b])
    finally:
        a.close()
        b.close()
