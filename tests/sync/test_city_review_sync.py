"""The city's review of 政务失信 records reaches the township by sync (#19 item 5): a desktop pushes a confirmed
record to the real server, the console's administrator answers it, and the desktop's next round pulls the city's
version. A township edit made meanwhile ends as an ordinary conflict the township merges, not a lost change."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from tests.server.web.conftest import PASSWORD, csrf_of, login
from tests.sync.devices import CLERK, Device, assert_converged
from zwcx_core import wire
from zwcx_core.domain.enums import Role
from zwcx_desktop.store.models import RecordVersion
from zwcx_desktop.sync import engine, repair
from zwcx_desktop.sync.client import SyncClient
from zwcx_server import service
from zwcx_server.app import create_app
from zwcx_server.models import Record, Township, Version
from zwcx_server.web import accounts

RECORD = {"subject_name": "红旗乡人民政府", "dishonesty_type": "judgment_unperformed", "title": "判决未按期履行",
          "deciding_body": "某区人民法院", "decision_no": "(2026)黑0102执9号", "decision_date": "2026-04-10",
          "severity": "general"}


@pytest.fixture
def admin(server, monkeypatch):
    """A console client of the live server's database, signed in as the city administrator."""
    from argon2 import PasswordHasher

    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(accounts, "_hasher", hasher)
    monkeypatch.setattr(accounts, "_DUMMY", hasher.hash("dummy password"))
    accounts.add_staff(server.db, "boss", PASSWORD, "admin", None)
    c = TestClient(create_app(server.db), follow_redirects=True)
    assert "退出" in login(c, "boss").text
    return c


def answer(c: TestClient, rid: str, action: str, note: str = "") -> str:
    """Post the review form of record `rid` as the list page shows it; the page answered."""
    page = c.get("/console/review").text
    m = re.search(rf'action="(/console/review/\d+/{rid})">.*?name="version" value="([^"]+)"', page, re.S)
    assert m, "the record is not in the review list"
    r = c.post(m.group(1), data={"csrf": csrf_of(page), "version": m.group(2), "action": action, "note": note})
    assert r.status_code == 200, r.text[:300]
    return r.text


def confirmed_record(d: Device) -> str:
    unit = d.app.records.create("unit", {"name": "红旗乡", "unit_type": "township"}, CLERK)
    rid = d.app.records.create("dishonesty", {"unit_id": unit} | RECORD, CLERK)
    d.app.records.transition(rid, "confirmed", CLERK)
    return rid


def test_city_confirmation_reaches_the_desktop(server, admin, tmp_path):
    t = server.township("A")
    a = Device(tmp_path / "a", server, t)
    try:
        rid = confirmed_record(a)
        a.sync(server.url, timeout=10)
        assert "判决未按期履行" in admin.get("/console/review").text
        assert "已保存" in answer(admin, rid, "confirm", "认定依据充分。")
        a.sync(server.url, timeout=10)
        got = a.app.records.get(rid)
        assert got.doc["city_review"] == "confirmed" and got.doc["city_review_note"] == "认定依据充分。"
        assert got.status == "confirmed" and got.version == 3 and got.sync_state == "synced"
        assert got.doc["city_reviewed_date"]
        with server.db.read() as s:
            v = s.execute(select(Version).where(Version.record_id == rid, Version.version == 3)).scalar_one()
        assert v.device_id == service.city_device_id(t) and v.created_by == "市信用办·boss"
        assert rid not in admin.get("/console/review").text  # answered: no longer waiting
        assert_converged(server, t, [a])
        # The township keeps the city's answer through its own edits, and cannot type one.
        from zwcx_core.domain.schema import ValidationError
        from zwcx_desktop.store.users import Actor

        office = Actor("admin", Role.ADMIN)
        a.app.records.update(rid, {"obligation": "支付工程款及利息。"}, office)
        assert a.app.records.get(rid).doc["city_review"] == "confirmed"
        with pytest.raises(ValidationError, match="city credit office"):
            a.app.records.update(rid, {"city_review": "rejected"}, office)
    finally:
        a.close()


def test_township_edit_meanwhile_is_a_conflict_the_township_merges(server, admin, tmp_path):
    t = server.township("A")
    a = Device(tmp_path / "a", server, t)
    try:
        rid = confirmed_record(a)
        a.sync(server.url, timeout=10)
        answer(admin, rid, "return", "请补充认定文书。")
        # The township edits before it pulled the city's answer.
        a.app.records.update(rid, {"title": "判决未按期履行（补充）"}, CLERK)
        a.sync(server.url, timeout=10)
        with server.db.read() as s:
            rec = s.get(Record, rid)
            assert rec.conflict and len(rec.heads) == 2
        [c] = engine.list_conflicts(a.app)
        assert c["record_id"] == rid
        assert rid not in admin.get("/console/review").text  # answered; the township's merge comes first
        # Each side's change is kept: the merge takes the township's title into the document it shows.
        ours = next(v for v in c["versions"] if not v["doc"].get("city_review"))["doc"]
        theirs = next(v for v in c["versions"] if v["doc"].get("city_review"))["doc"]
        chosen = {"title": ours["title"]} | {k: theirs[k] for k in ("city_review", "city_review_note",
                                                                   "city_reviewed_date")}
        engine.resolve_conflict(a.app, rid, chosen, CLERK)
        a.sync(server.url, timeout=10)
        got = a.app.records.get(rid)
        assert got.doc["title"] == "判决未按期履行（补充）" and got.doc["city_review"] == "returned"
        assert got.sync_state == "synced"
        # Changed by the township after the return: it waits for the city again.
        assert answer(admin, rid, "confirm")
        a.sync(server.url, timeout=10)
        assert a.app.records.get(rid).doc["city_review"] == "confirmed"
        assert_converged(server, t, [a])
    finally:
        a.close()


def test_a_device_older_than_dishonesty_records_never_sees_the_citys_version(server, admin, tmp_path):
    assert wire.level_of("dishonesty") == 3 and wire.KINDS_LEVEL >= 3
    t = server.township("A")
    new, old = Device(tmp_path / "new", server, t), Device(tmp_path / "old", server, t)
    try:
        rid = confirmed_record(new)
        new.sync(server.url, timeout=10)
        answer(admin, rid, "confirm")
        c = SyncClient(server.url, old.token, timeout=(5, 30), retries=1, kinds_level=2)
        try:
            engine.sync_round(old.app, c)
            engine.sync_round(old.app, c)  # a quiet round compares the digests
        finally:
            c.close()
        with old.app.db.read() as s:
            assert set(s.execute(select(RecordVersion.kind)).scalars()) == {"unit"}
        assert not old.app.setting(repair.K_DIGEST_GAP) and not repair.pending(old.app)
        with server.db.read() as s:
            tw = s.get(Township, t)
        want = service.verify(server.db, service.Caller("t", t, tw.code, tw.name, 2))
        want.pop("protocol"), want.pop("township")
        assert engine.local_digest(old.app) == want
    finally:
        new.close()
        old.close()
