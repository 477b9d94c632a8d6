"""The console's review of 政务失信 records (#19 item 5): who sees which waiting records, who may answer, and what
an answer writes (a new version by the township's city pseudo-device; the township's status untouched)."""

from __future__ import annotations

import json
import re
import uuid

from sqlalchemy import func, select

from tests.server.web.conftest import signed_in
from zwcx_core import wire
from zwcx_server import service
from zwcx_server.models import ConsoleAudit, Record, Version
from zwcx_server.web import data

BASE = {"unit_id": "u-1", "subject_level": "unit", "dishonesty_type": "judgment_unperformed",
        "deciding_body": "某区人民法院", "decision_no": "(2026)黑0102执9号", "decision_date": "2026-04-10",
        "severity": "general", "status": "confirmed"}


def put(city, tid: int, **fields) -> str:
    """A dishonesty record pushed by a device of township `tid`; its record id."""
    dev, _ = service.enroll_device(city.db, tid)
    t = next(t for t in service_townships(city) if t[0] == tid)
    rid, doc = str(uuid.uuid4()), BASE | fields
    op = wire.Op(op_id=str(uuid.uuid4()), seq=1, op="upsert", kind="dishonesty", record_id=rid,
                 version_id=str(uuid.uuid4()), base_version_id=None, merge_parent_id=None, version=1,
                 content_hash=service.sha(wire.canonical_json(doc)), doc=doc, created_by="clerk",
                 created_at="2026-05-01T08:00:00+00:00")
    [r] = service.push(city.db, service.Caller(dev, tid, t[1], t[2]), [op])["results"]
    assert r["status"] == "applied", r
    return rid


def service_townships(city):
    from zwcx_server.models import Township

    with city.db.read() as s:
        return s.execute(select(Township.id, Township.code, Township.name)).all()


def current(city, rid: str) -> tuple[int, dict]:
    with city.db.read() as s:
        v = s.execute(select(Version).join(Record, Record.current_version_id == Version.version_id)
                      .where(Record.id == rid)).scalar_one()
        return v.version, json.loads(v.doc)


def form_of(page: str, rid: str) -> tuple[str, str]:
    m = re.search(rf'action="(/console/review/\d+/{rid})">.*?name="version" value="([^"]+)"', page, re.S)
    assert m, "no review form for the record"
    return m.group(1), m.group(2)


def test_district_viewer_sees_its_district_only_and_nobody_but_the_admin_acts(city):
    east = put(city, city.east_id, subject_name="东湖镇人民政府", title="东湖判决未履行")
    west = put(city, city.west_id, subject_name="西山乡人民政府", title="西山判决未履行")
    boss, boss_csrf = signed_in(city, "boss")
    page = boss.get("/console/review").text
    assert "东湖判决未履行" in page and "西山判决未履行" in page
    url, version = form_of(page, east)
    v = signed_in(city, "east")[0].get("/console/review").text
    assert "东湖判决未履行" in v and "西山判决未履行" not in v and 'name="action"' not in v
    for name in ("judge", "east"):
        c, csrf = signed_in(city, name)
        assert 'name="action"' not in c.get("/console/review").text
        r = c.post(url, data={"csrf": csrf, "version": version, "action": "confirm"})
        assert r.status_code == 403
    assert current(city, east)[0] == 1 and current(city, west)[0] == 1
    r = boss.post(url, data={"csrf": "forged", "version": version, "action": "confirm"})
    assert r.status_code == 403 and current(city, east)[0] == 1


def test_person_level_records_are_the_admins_alone(city):
    put(city, city.east_id, subject_name="东湖镇人民政府", subject_level="person", person_name="钱多多",
        person_position="副乡长", title="问责处理事项")
    boss = signed_in(city, "boss")[0].get("/console/review").text
    assert "问责处理事项" in boss and "（个人）" in boss and "钱多多" not in boss
    for name in ("judge", "east"):
        page = signed_in(city, name)[0].get("/console/review").text
        assert "问责处理事项" not in page and "没有待审核的记录" in page


def test_answers_write_a_city_version_and_keep_the_township_status(city):
    rid = put(city, city.east_id, subject_name="东湖镇人民政府", title="东湖判决未履行")
    boss, csrf = signed_in(city, "boss")
    url, version = form_of(boss.get("/console/review").text, rid)
    r = boss.post(url, data={"csrf": csrf, "version": version, "action": "return", "note": ""})
    assert r.status_code == 400 and "退回" in r.text
    r = boss.post(url, data={"csrf": csrf, "version": version, "action": "grant"})
    assert r.status_code == 409  # no repair was applied for
    r = boss.post(url, data={"csrf": csrf, "version": version, "action": "reject", "note": "事实不清。"})
    assert r.status_code == 200 and "已保存" in r.text
    n, doc = current(city, rid)
    assert n == 2 and doc["city_review"] == "rejected" and doc["status"] == "confirmed"
    assert doc["city_review_note"] == "事实不清。"
    with city.db.read() as s:
        v = s.execute(select(Version).where(Version.record_id == rid, Version.version == 2)).scalar_one()
        assert v.device_id == service.city_device_id(city.east_id)
        audit = s.execute(select(ConsoleAudit).where(ConsoleAudit.action == "review_reject")).scalar_one()
        assert rid in audit.target and "事实不清" not in audit.target
    # The city's pseudo-device is no device of the township's (only the one that pushed is counted).
    assert next(t for t in data.townships(city.db) if t.id == city.east_id).devices == 1
    # Answered: gone from the list, and the form seen before is refused rather than applied twice.
    assert rid not in boss.get("/console/review").text
    r = boss.post(url, data={"csrf": csrf, "version": version, "action": "confirm"})
    assert r.status_code == 409 and current(city, rid)[0] == 2


def test_repair_application_granted(city):
    rid = put(city, city.east_id, subject_name="东湖镇人民政府", title="东湖判决未履行", status="publicized",
              city_review="confirmed", repair_status="applied", repair_applied_date="2026-06-01")
    boss, csrf = signed_in(city, "boss")
    page = boss.get("/console/review").text
    assert "信用修复申请" in page and ">准予修复<" in page and ">确认<" not in page
    url, version = form_of(page, rid)
    r = boss.post(url, data={"csrf": csrf, "version": version, "action": "grant"})
    assert r.status_code == 200
    _, doc = current(city, rid)
    assert doc["repair_status"] == "granted" and doc["repair_decision_date"] and doc["status"] == "publicized"


def test_stale_form_is_refused(city):
    rid = put(city, city.east_id, subject_name="东湖镇人民政府", title="东湖判决未履行")
    boss, csrf = signed_in(city, "boss")
    url, _ = form_of(boss.get("/console/review").text, rid)
    r = boss.post(url, data={"csrf": csrf, "version": str(uuid.uuid4()), "action": "confirm"})
    assert r.status_code == 409 and "刷新" in r.text and current(city, rid)[0] == 1
    with city.db.read() as s:
        assert s.execute(select(func.count()).select_from(Version)).scalar() == 1


def test_public_page_lists_unit_records_the_city_confirmed_never_person_ones(city):
    import datetime as dt

    day = dt.date.today()
    period = {"decision_date": (day - dt.timedelta(days=30)).isoformat(),
              "display_max_end": (day + dt.timedelta(days=300)).isoformat()}
    shown = put(city, city.east_id, subject_name="东湖镇人民政府", title="东湖判决未履行", **period)
    put(city, city.east_id, subject_name="东湖镇人民政府", title="未经市级确认事项", **period)
    put(city, city.east_id, subject_name="东湖镇人民政府", title="个人问责事项", subject_level="person",
        person_name="钱多多", city_review="confirmed", **period)
    put(city, city.east_id, subject_name="东湖镇人民政府", title="公示期已过事项", city_review="confirmed",
        decision_date="2024-01-05", display_max_end="2025-01-05")
    public = city.client()
    assert "东湖判决未履行" not in public.get("/p/dh").text  # not before the city confirmed it
    boss, csrf = signed_in(city, "boss")
    url, version = form_of(boss.get("/console/review").text, shown)
    assert boss.post(url, data={"csrf": csrf, "version": version, "action": "confirm"}).status_code == 200
    page = public.get("/p/dh").text
    assert "东湖判决未履行" in page
    for absent in ("未经市级确认事项", "个人问责事项", "钱多多", "公示期已过事项"):
        assert absent not in page
