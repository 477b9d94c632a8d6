"""Issue 13 item 5 across the real server on loopback with real devices: the desktop's print log reaches the
server with sync, and the public page /v/{code} follows the record's life as the public saw it."""

from __future__ import annotations

import httpx
from sqlalchemy import delete, func, select

from tests.sync.devices import CLERK, Device
from zwcx_core import wire
from zwcx_desktop.notices import record_print
from zwcx_desktop.sync import engine
from zwcx_server import service
from zwcx_server.models import PrintEvent

UNIT = {"name": "万宝镇人民政府", "unit_type": "township"}
NOTICE = {"kind": "affairs", "title": "关于2026年村级道路硬化工程建设情况的公示",
          "body": "现将2026年村级道路硬化工程建设情况公示如下。", "formed_date": "2026-03-02",
          "period_start": "2026-03-05", "period_days": 7, "day_count": "calendar", "channels": ["board"]}
APPROVED_NOT_SYNCED = "已审核，打印记录尚未同步"


def page(server, view) -> httpx.Response:
    return httpx.get(f"{server.url}/v/{wire.verify_code(view.version_id, view.content_hash)}")


def unknown(server) -> httpx.Response:
    return httpx.get(f"{server.url}/v/{'q' * 16}")


def same_as_unknown(server, r: httpx.Response) -> bool:
    u = unknown(server)
    return (r.status_code, r.content) == (404, u.content) and \
        {k: v for k, v in r.headers.items() if k != "date"} == {k: v for k, v in u.headers.items() if k != "date"}


def test_a_notice_is_known_once_reviewed_and_printed_once_its_print_has_synced(server, tmp_path):
    a = Device(tmp_path / "a", server, server.township("A"))
    try:
        uid = a.app.records.create("unit", UNIT, CLERK)
        rid = a.app.records.create("disclosure", NOTICE | {"unit_id": uid}, CLERK)
        draft = a.app.records.get(rid)
        record_print(a.app, rid, draft.version_id, CLERK, None)  # a watermarked proof for the reviewer
        assert a.sync(server.url).prints_sent == 1
        assert same_as_unknown(server, page(server, draft))  # printed or not, a draft is nobody's business
        for step in ("pending_review", "approved"):
            a.app.records.transition(rid, step, CLERK)
        approved = a.app.records.get(rid)
        assert a.sync(server.url).prints_sent == 0
        r = page(server, approved)
        assert r.status_code == 200 and APPROVED_NOT_SYNCED in r.text and "万宝镇人民政府" in r.text
        assert NOTICE["title"] in r.text and approved.content_hash in r.text and "2026-03-05" in r.text
        record_print(a.app, rid, approved.version_id, CLERK, str(tmp_path / "notice.pdf"))
        assert APPROVED_NOT_SYNCED in page(server, approved).text  # printed here, not yet told to the server
        assert a.sync(server.url).prints_sent == 1
        r = page(server, approved)
        assert r.status_code == 200 and "已打印发布" in r.text and APPROVED_NOT_SYNCED not in r.text
        assert a.sync(server.url).prints_sent == 0  # each print goes up once
        a.app.records.transition(rid, "withdrawn", CLERK)
        a.sync(server.url)
        r = page(server, approved)
        assert r.status_code == 200 and "已撤回，本公示不再有效" in r.text and "已打印发布" not in r.text
    finally:
        a.close()


def test_deleted_records_are_unknown_to_the_page_even_after_printing_and_a_published_one_shows(server, tmp_path):
    a = Device(tmp_path / "a", server, server.township("A"))
    try:
        uid = a.app.records.create("unit", UNIT, CLERK)
        rid = a.app.records.create("disclosure", NOTICE | {"unit_id": uid}, CLERK)
        for step in ("pending_review", "approved"):
            a.app.records.transition(rid, step, CLERK)
        approved = a.app.records.get(rid)
        record_print(a.app, rid, approved.version_id, CLERK, None)
        a.sync(server.url)
        assert "已打印发布" in page(server, approved).text
        a.app.records.delete(rid, CLERK)
        a.sync(server.url)
        assert same_as_unknown(server, page(server, approved))
        cid = a.app.records.create("commitment", {
            "unit_id": uid, "title": "低保金按月足额发放", "category": "policy", "content": "每月10日前足额发放。",
            "responsible_person": "刘春华", "made_date": "2026-03-02", "due_date": "2026-12-31"}, CLERK)
        for step in ("pending_review", "published"):
            a.app.records.transition(cid, step, CLERK)
        a.sync(server.url)
        r = page(server, a.app.records.get(cid))
        assert r.status_code == 200 and "已公开" in r.text and "2026-03-02 至 2026-12-31" in r.text
        assert "刘春华" not in r.text  # the responsible person is on the paper, not on the page
    finally:
        a.close()


def test_prints_wait_for_a_server_that_takes_them_and_go_again_to_one_that_forgot_them(server, tmp_path,
                                                                                      monkeypatch):
    a = Device(tmp_path / "a", server, server.township("A"))
    try:
        uid = a.app.records.create("unit", UNIT, CLERK)
        rid = a.app.records.create("disclosure", NOTICE | {"unit_id": uid}, CLERK)
        for step in ("pending_review", "approved"):
            a.app.records.transition(rid, step, CLERK)
        approved = a.app.records.get(rid)
        for _ in range(3):
            record_print(a.app, rid, approved.version_id, CLERK, None)
        real = service.sync_state

        def older_server(db, caller, cursor):  # a server from before print events announces nothing about them
            return {k: v for k, v in real(db, caller, cursor).items() if k != "prints_through"}

        monkeypatch.setattr(service, "sync_state", older_server)
        res = a.sync(server.url)
        assert res.prints_sent == 0 and res.warnings == [] and engine.status(a.app)["pending"] == 0
        assert APPROVED_NOT_SYNCED in page(server, approved).text
        monkeypatch.setattr(service, "sync_state", real)
        assert a.sync(server.url).prints_sent == 3
        assert "已打印发布" in page(server, approved).text
        with server.db.write() as s:  # the server restored from a backup taken before the prints arrived
            s.execute(delete(PrintEvent))
        assert APPROVED_NOT_SYNCED in page(server, approved).text
        assert a.sync(server.url).prints_sent == 3
        assert "已打印发布" in page(server, approved).text
        with server.db.read() as s:
            assert s.execute(select(func.count()).select_from(PrintEvent)).scalar_one() == 3
            assert not s.execute(select(PrintEvent.device_id).where(PrintEvent.device_id != a.app.setting(
                engine.K_DEVICE))).first()
    finally:
        a.close()
