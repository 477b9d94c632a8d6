"""The public verification page /v/{code} over real HTTP on loopback: what it shows, what it never shows, the same
404 for everything the public was not handed, its security headers, print events arriving with a push, and the
optional rate limit."""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import re
import uuid

import requests

from tests.server.pagedata import disclosure, put_version
from tests.server.test_server import Dev
from zwcx_core.notices.verify import grouped
from zwcx_server import public
from zwcx_server.testing import live_server

ID, PHONE, CARD = "11010519491231002X", "13800138000", "6222021234567890128"
NAME = "王建军"


def get(server, code: str, **headers) -> requests.Response:
    return requests.get(f"{server.url}/v/{code}", headers=headers, timeout=10)


def unit(server, t: int, name: str = "万宝镇人民政府") -> str:
    return put_version(server.db, t, "unit", {"name": name, "unit_type": "township"})[0]


def printed(dev: Dev, rid: str, vid: str, chash: str, no: int = 1) -> requests.Response:
    """Push one print event (and no ops), as a desktop does after printing."""
    ev = {"print_id": str(uuid.uuid4()), "no": no, "record_id": rid, "version_id": vid, "content_hash": chash,
          "printed_at": "2026-03-04T02:00:00Z"}
    bid = str(uuid.uuid4())
    return requests.post(f"{dev.url}/v1/sync/push", timeout=10,
                         data=gzip.compress(json.dumps({"batch_id": bid, "ops": [], "prints": [ev]}).encode()),
                         headers=dev.h | {"Idempotency-Key": bid, "Content-Encoding": "gzip"})


def test_a_reviewed_version_shows_title_unit_period_status_and_hash_and_the_printed_code_works(server):
    t = server.township("A")
    u = unit(server, t)
    rid, vid, code = put_version(server.db, t, "disclosure", disclosure("关于道路硬化工程的公示", "approved",
                                                                       unit_id=u))
    page = get(server, grouped(code.upper()))  # as printed on the paper: ABCD-EFGH-...
    assert page.status_code == 200, page.text
    for shown in ("关于道路硬化工程的公示", "万宝镇人民政府", "2026-03-05 至 2026-03-11", "已审核，打印记录尚未同步",
                  "已审", "现行版本"):
        assert shown in page.text
    from sqlalchemy import select

    from zwcx_server.models import Version

    with server.db.read() as s:
        chash = s.execute(select(Version.content_hash).where(Version.version_id == vid)).scalar_one()
    assert chash in page.text
    assert "经审核，以下人员符合条件" not in page.text  # the body is on the paper, not on the page
    put_version(server.db, t, "disclosure", disclosure("关于道路硬化工程的公示", "publicizing", unit_id=u),
                record_id=rid)
    page = get(server, code)
    assert "已被第 2 版取代" in page.text and "公示中" in page.text and "已审核，打印记录尚未同步" in page.text


def test_drafts_deleted_records_and_unknown_codes_get_one_identical_404(server):
    t = server.township("A")
    _r, _v, draft = put_version(server.db, t, "disclosure", disclosure("草稿标题甲", "draft"))
    _r, _v, pending = put_version(server.db, t, "disclosure", disclosure("待审标题乙", "pending_review"))
    rid, _v, gone = put_version(server.db, t, "disclosure", disclosure("已删标题丙", "publicizing"))
    assert get(server, gone).status_code == 200
    put_version(server.db, t, "disclosure", disclosure("已删标题丙", "publicizing"), record_id=rid, deleted=True)
    _r, _v, person = put_version(server.db, t, "service", {"beneficiary_name": NAME, "status": "publicized"})
    unknown = get(server, "a" * 16)
    assert unknown.status_code == 404
    for code in (draft, pending, gone, person):
        r = get(server, code)
        assert (r.status_code, r.content) == (404, unknown.content), code
        # Nor by timing: a draft's extra queries are hidden in the wait every 404 makes.
        assert r.elapsed.total_seconds() >= public.NOT_FOUND_SECONDS * 0.9
        assert {k: v for k, v in r.headers.items() if k.lower() != "date"} == \
               {k: v for k, v in unknown.headers.items() if k.lower() != "date"}
    assert not any(w in unknown.text for w in ("草稿", "甲", "乙", "丙", NAME))
    assert unknown.elapsed.total_seconds() >= public.NOT_FOUND_SECONDS * 0.9


def test_a_withdrawn_record_says_so_plainly(server):
    t = server.township("A")
    rid, _v, approved = put_version(server.db, t, "disclosure", disclosure("关于撤回测试的公示", "approved"))
    _r, _v, withdrawal = put_version(server.db, t, "disclosure", disclosure("关于撤回测试的公示", "withdrawn"),
                                     record_id=rid)
    for code in (approved, withdrawal):
        page = get(server, code)
        assert page.status_code == 200 and "已撤回，本公示不再有效" in page.text
        assert "打印记录尚未同步" not in page.text
    # Withdrawn before it was ever approved: nothing was handed out, so nothing is known.
    rid, _v, draft = put_version(server.db, t, "disclosure", disclosure("从未公开", "pending_review"))
    _r, _v, gone = put_version(server.db, t, "disclosure", disclosure("从未公开", "withdrawn"), record_id=rid)
    assert get(server, draft).status_code == 404 and get(server, gone).status_code == 404


def test_a_title_typed_before_the_guard_is_masked_and_a_roster_never_shows(server):
    t = server.township("A")
    title = f"关于{NAME}（身份证 110105 19491231 002X，手机 {PHONE}，卡号{CARD}）低保资格的公示"
    roster = [{"name": "李秀英", "village": "万宝村", "id_masked": "23*************123", "amount": "300.00"}]
    _r, _v, code = put_version(server.db, t, "disclosure", disclosure(title, "publicizing", roster=roster,
                                                                     contact_person="赵会计"))
    page = get(server, code)
    assert page.status_code == 200 and "已公开" in page.text
    text = re.sub(r"\s", "", page.text)
    for full in (ID, "19491231", PHONE, "0013", CARD, "021234567890"):
        assert full not in text
    assert "11*************02X" in text and "138****8000" in text and "6222***********0128" in text
    assert "李秀英" not in page.text and "赵会计" not in page.text and "300.00" not in page.text


def test_an_objection_shows_its_notice_title_never_its_words_or_its_complainant(server):
    t = server.township("A")
    doc = {"unit_id": None, "objection_type": "complaint", "channel": "phone", "complainant": NAME,
           "complainant_phone": PHONE, "content": f"{NAME}（{PHONE}）反映窗口推诿。", "received_date": "2026-03-02",
           "finding": "substantiated", "reply": f"已答复{NAME}。", "replied_date": "2026-03-09", "status": "replied"}
    _r, _v, code = put_version(server.db, t, "objection", doc)
    page = get(server, code)
    assert page.status_code == 200 and public.OBJECTION_TITLE in page.text and "2026-03-02" in page.text
    assert NAME not in page.text and "建军" not in page.text and PHONE not in page.text
    assert "推诿" not in page.text


def test_every_answer_carries_the_security_headers_and_hsts_only_over_tls(server):
    t = server.township("A")
    _r, _v, code = put_version(server.db, t, "disclosure", disclosure("关于安全头的公示", "approved"))
    answers = [get(server, code), get(server, "b" * 16), get(server, "<script>alert(1)"), get(server, "01"),
               get(server, "<script>alert(1)</script>")]
    assert [r.status_code for r in answers] == [200, 404, 400, 400, 400]
    for r in answers:
        csp = r.headers["Content-Security-Policy"]
        assert csp.startswith("default-src 'none';") and "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp and "script-src" not in csp
        assert r.headers["X-Content-Type-Options"] == "nosniff"
        assert r.headers["Referrer-Policy"] == "no-referrer"
        assert r.headers["Content-Type"].startswith("text/html")
        assert "Strict-Transport-Security" not in r.headers
        assert "<script" not in r.text
        # The one inline style is allowed by its hash, so the page looks as meant under its own policy.
        style = re.search(r"<style>(.*?)</style>", r.text).group(1)
        digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
        assert f"style-src 'sha256-{digest}'" in csp
    tls = get(server, code, **{"X-Forwarded-Proto": "https"})  # a TLS proxy on the same host
    assert tls.headers["Strict-Transport-Security"].startswith("max-age=")


def test_print_events_arrive_with_a_push_once_each_and_only_for_the_own_township(server):
    a, b = server.township("A"), server.township("B")
    da, db_ = Dev(server, a), Dev(server, b)
    rid, vid, code = put_version(server.db, a, "disclosure", disclosure("关于打印测试的公示", "approved"))
    from sqlalchemy import select

    from zwcx_server.models import PrintEvent, Version

    with server.db.read() as s:
        chash = s.execute(select(Version.content_hash).where(Version.version_id == vid)).scalar_one()
    r = printed(db_, rid, vid, chash, no=9)  # township B cannot make A's notice look printed
    assert r.status_code == 200 and r.json()["prints_through"] == 9
    assert "打印记录尚未同步" in get(server, code).text
    meta = requests.get(f"{server.url}/v1/sync/meta", headers=da.h, timeout=10).json()
    assert meta["sync_state"]["prints_through"] == 0
    r = printed(da, rid, vid, "0" * 64, no=1)  # a print of other content is not a print of this version
    assert "打印记录尚未同步" in get(server, code).text
    r = printed(da, rid, vid, chash, no=2)
    assert r.status_code == 200 and r.json()["prints_through"] == 2 and r.json()["results"] == []
    page = get(server, code)
    assert "已打印发布（2026-03-04）" in page.text and "尚未同步" not in page.text
    meta = requests.get(f"{server.url}/v1/sync/meta", headers=da.h, timeout=10).json()
    assert meta["sync_state"]["prints_through"] == 2
    with server.db.read() as s:
        before = s.query(PrintEvent).count()
    ev = {"print_id": str(uuid.uuid4()), "no": 3, "record_id": rid, "version_id": vid, "content_hash": chash,
          "printed_at": "2026-03-03T07:00:00+08:00"}  # earlier: the 3rd in China, still the 2nd in UTC
    for _ in range(2):  # the same event twice (a lost answer): kept once
        bid = str(uuid.uuid4())
        r = requests.post(f"{server.url}/v1/sync/push", json={"batch_id": bid, "ops": [], "prints": [ev, ev]},
                          headers=da.h | {"Idempotency-Key": bid}, timeout=10)
        assert r.status_code == 200 and r.json()["prints_through"] == 3
    with server.db.read() as s:
        assert s.query(PrintEvent).count() == before + 1
    assert "已打印发布（2026-03-03）" in get(server, code).text  # the first print, dated as in China


def test_malformed_print_events_are_refused_with_the_protocol_error(server):
    d = Dev(server, server.township("A"))
    good = {"print_id": str(uuid.uuid4()), "no": 1, "record_id": str(uuid.uuid4()),
            "version_id": str(uuid.uuid4()), "content_hash": "a" * 64, "printed_at": "2026-03-04T02:00:00Z"}
    for bad in ({}, [1], [good | {"no": 0}], [good | {"no": True}], [good | {"print_id": "X"}],
                [good | {"printed_at": "yesterday"}], [good | {"printed_at": 5}], [good | {"content_hash": "z"}],
                [good] * 1001):
        bid = str(uuid.uuid4())
        r = requests.post(f"{server.url}/v1/sync/push", json={"batch_id": bid, "ops": [], "prints": bad},
                          headers=d.h | {"Idempotency-Key": bid}, timeout=10)
        assert r.status_code == 400 and r.json()["protocol"] == 1 and "prints" in r.json()["error"], bad


def test_the_rate_limit_is_off_by_default_and_refuses_politely_when_set(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    with live_server(url) as srv:
        assert all(get(srv, "c" * 16).status_code == 404 for _ in range(12))
    monkeypatch.setenv("ZWCX_PAGE_RATE_PER_MINUTE", "3")
    with live_server(url) as srv:
        codes = [get(srv, "c" * 16) for _ in range(4)]
        assert [r.status_code for r in codes] == [404, 404, 404, 429]
        assert codes[-1].headers["Retry-After"] == "60"
        assert codes[-1].headers["Content-Security-Policy"] == public.CSP


def test_the_token_bucket_refills_and_forgets_the_oldest_addresses():
    limit = public.RateLimit(60, max_clients=2)
    assert [limit.allow("a", now=0.0) for _ in range(61)].count(False) == 1
    assert limit.allow("a", now=1.0) and not limit.allow("a", now=1.0)  # one token a second
    limit.allow("b", now=1.0)
    limit.allow("c", now=1.0)
    assert "a" not in limit._buckets and len(limit._buckets) == 2


def test_a_print_time_at_the_ends_of_the_calendar_is_a_400_not_a_500():
    import pytest

    from zwcx_core import wire

    base = {"print_id": "0" * 8 + "-0000-4000-8000-" + "0" * 12, "no": 1,
            "record_id": "1" * 8 + "-1111-4111-8111-" + "1" * 12, "version_id": "2" * 8 + "-2222-4222-8222-" + "2" * 12,
            "content_hash": "a" * 64}
    for at in ("0001-01-01T00:00:00+01:00", "9999-12-31T20:00:00Z", "2026-03-05T10:00:00"):
        with pytest.raises(wire.WireError, match="printed_at"):
            wire.parse_prints([base | {"printed_at": at}])
    assert wire.parse_prints([base | {"printed_at": "2026-03-05T10:00:00Z"}])[0].printed_at.startswith("2026")


def test_a_damaged_stored_document_gets_the_404_not_a_server_error(server):
    from sqlalchemy import update

    from zwcx_server.models import Version

    t = server.township("A")
    _rid, vid, code = put_version(server.db, t, "disclosure", disclosure("关于道路硬化工程的公示", "approved"))
    assert get(server, code).status_code == 200
    with server.db.write() as s:
        s.execute(update(Version).where(Version.version_id == vid).values(doc="{damaged"))
    assert public.lookup(server.db, code) is None
    r = get(server, code)
    assert r.status_code == 404 and "Traceback" not in r.text


def test_a_title_naming_whom_another_record_holds_privately_is_withheld(server):
    # The township's public page withholds such a title: the verification page of the same record does too.
    t = server.township("A")
    put_version(server.db, t, "service", {"service_area": "social_assistance", "policy": "低保",
                                          "beneficiary_name": NAME, "status": "delivered"})
    _rid, _vid, code = put_version(server.db, t, "disclosure", disclosure(f"关于{NAME}临时救助的公示", "approved"))
    page = get(server, code)
    assert page.status_code == 200 and NAME not in page.text and public.WITHHELD in page.text
