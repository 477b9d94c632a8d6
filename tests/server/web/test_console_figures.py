"""The cross-township table: a small township's indicators computed by hand and read back from the page and the
.xlsx; sorting; the cache following pushes; the drill-down showing what was stored, escaped."""

from __future__ import annotations

import io
import re

from openpyxl import load_workbook

from tests.server.pagedata import put_version
from tests.server.web.conftest import signed_in

Q1 = "start=2026-01-01&end=2026-03-31"
EVIDENCE = ["ab" * 32]


def commitment(title: str, status: str, due: str, fulfilled: str | None = None) -> dict:
    return {"unit_id": None, "title": title, "category": "service", "content": "内容", "responsible_person": "李主任",
            "made_date": "2026-01-02", "due_date": due, "fulfilled_date": fulfilled, "status": status}


def disclosure(title: str, status: str, deadline: str, published: str | None, evidence: list) -> dict:
    return {"unit_id": None, "kind": "affairs", "doc_type": "public_notice", "title": title, "body": "正文",
            "formed_date": "2026-01-20", "deadline": deadline, "publish_date": published,
            "period_start": published, "period_days": 7, "period_end": "2026-02-20", "status": status,
            "posting_evidence": evidence}


def objection(due: str, closed: str | None) -> dict:
    return {"unit_id": None, "objection_type": "objection", "channel": "in_person", "complainant": "匿名",
            "content": "对公示有异议", "received_date": "2026-01-05", "due_date": due, "closed_date": closed,
            "status": "closed" if closed else "accepted"}


def contract() -> dict:
    return {"unit_id": None, "title": "道路维修", "contract_type": "goods", "counterparty": "某某建设有限公司",
            "signed_date": "2026-01-03", "amount": "1500.00", "payment_basis": "schedule", "status": "performing",
            "instalments": [{"id": "i1", "due_date": "2026-02-01", "amount": "1000.00"},
                            {"id": "i2", "due_date": "2026-03-01", "amount": "500.00"}],
            "events": [{"id": "e1", "type": "payment", "date": "2026-01-30", "amount": "1000.00"}]}


def seed_east(db, tid: int) -> str:
    """Returns the record id of the open commitment, to fulfil later."""
    put_version(db, tid, "commitment", commitment("按期兑现的承诺", "fulfilled_on_time", "2026-02-01", "2026-01-30"))
    put_version(db, tid, "commitment", commitment("逾期兑现的承诺", "fulfilled_late", "2026-03-01", "2026-03-05"))
    put_version(db, tid, "commitment", commitment("未兑现的承诺", "unfulfilled", "2026-03-10"))
    rid, _, _ = put_version(db, tid, "commitment", commitment("<b>履行中</b>的承诺", "in_progress", "2026-03-15"))
    put_version(db, tid, "commitment", commitment("撤销的承诺", "cancelled", "2026-03-20"))
    put_version(db, tid, "commitment", commitment("下季度的承诺", "fulfilled_on_time", "2026-05-01", "2026-04-01"))
    put_version(db, tid, "disclosure", disclosure("按时公开", "archived", "2026-02-10", "2026-02-08", EVIDENCE))
    put_version(db, tid, "disclosure", disclosure("迟延公开", "archived", "2026-02-10", "2026-02-12", []))
    put_version(db, tid, "disclosure", disclosure("撤回的公开", "withdrawn", "2026-03-01", None, []))
    put_version(db, tid, "objection", objection("2026-01-19", "2026-01-18"))
    put_version(db, tid, "objection", objection("2026-02-01", "2026-02-05"))
    put_version(db, tid, "objection", objection("2026-03-05", None))
    put_version(db, tid, "contract", contract())
    # A deleted record counts for nothing.
    put_version(db, tid, "commitment", commitment("删除的承诺", "unfulfilled", "2026-03-11"), deleted=True)
    return rid


def row_of(html: str, township: str) -> str:
    m = re.search(r"<tr><td>[^<]*/ <a [^>]*>" + township + r"</a></td>(.*?)</tr>", html, re.S)
    assert m, f"no row for {township}"
    return m.group(1)


def cells(row: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]


def test_hand_computed_indicators_on_the_page_and_in_the_export(city):
    seed_east(city.db, city.east_id)
    c, _ = signed_in(city, "judge")
    got = cells(row_of(c.get(f"/console/indicators?{Q1}").text, "东湖镇"))
    # 践诺率 1 on time of 4 due (cancelled and next quarter's left out); 公开及时率 1/2 (withdrawn left out);
    # 公示合规率 1/2 (the late one has no photo); 异议按期办结率 1/3; 按期支付率 1/2, 500 overdue on one contract.
    assert got[:8] == ["25.0% 1/4", "50.0% 1/2", "50.0% 1/2", "33.3% 1/3", "50.0% 1/2", "500.00", "1", "0"]
    # No 失信 record, no supervision case (test_console_credit_supervision.py seeds them).
    assert got[8:] == ["0", "0", "0", *["— 0/0"] * 4]
    wb = load_workbook(io.BytesIO(c.get(f"/console/indicators.xlsx?{Q1}").content))
    rows = list(wb.active.iter_rows(min_row=2, values_only=True))
    header, east = rows[0], [r for r in rows if r[1] == "东湖镇"][0]
    assert header[3] == "践诺率" and east[3] == 0.25 and east[4] == 0.5 and abs(east[6] - 1 / 3) < 1e-9
    assert east[8] == 500.0 and east[9] == 1
    west = [r for r in rows if r[1] == "西山乡"][0]
    assert west[3] is None  # nothing due: no value, not 0 %


def test_sorting_and_the_cache_following_pushes(city):
    rid = seed_east(city.db, city.east_id)
    put_version(city.db, city.west_id, "commitment", commitment("西山承诺", "fulfilled_on_time", "2026-02-01",
                                                                "2026-02-01"))
    c, _ = signed_in(city, "boss")
    order = lambda html: re.findall(r">(东湖镇|西山乡)</a>", html)  # noqa: E731
    assert order(c.get(f"/console/indicators?{Q1}&sort=keeping&dir=desc").text) == ["西山乡", "东湖镇"]
    assert order(c.get(f"/console/indicators?{Q1}&sort=keeping&dir=asc").text) == ["东湖镇", "西山乡"]
    # A new version (a push moves last_seq): the township's figures are computed again.
    put_version(city.db, city.east_id, "commitment",
                commitment("履行中的承诺", "fulfilled_on_time", "2026-03-15", "2026-03-14"), record_id=rid)
    assert cells(row_of(c.get(f"/console/indicators?{Q1}").text, "东湖镇"))[0] == "50.0% 2/4"


def test_bad_period_is_refused_with_a_message(city):
    c, _ = signed_in(city, "boss")
    r = c.get("/console/indicators?start=2026-05-01&end=2026-01-01")
    assert r.status_code == 200 and "开始日期晚于结束日期" in r.text
    assert "日期格式" in c.get("/console/indicators?start=yesterday&end=x").text


def test_drill_down_shows_the_stored_text_escaped(city):
    seed_east(city.db, city.east_id)
    c, _ = signed_in(city, "east")
    html = c.get(f"/console/townships/{city.east_id}/records?kind=commitment").text
    assert "&lt;b&gt;履行中&lt;/b&gt;的承诺" in html and "<b>履行中" not in html
    assert "删除的承诺" not in html and "按期兑现" in html
    assert "道路维修" in c.get(f"/console/townships/{city.east_id}/records?kind=contract").text


def test_township_drill_down_shows_each_units_indicators(city):
    a, _, _ = put_version(city.db, city.west_id, "unit", {"name": "党政办", "unit_type": "department"})
    b, _, _ = put_version(city.db, city.west_id, "unit", {"name": "财政所", "unit_type": "department"})
    put_version(city.db, city.west_id, "commitment",
                commitment("按期", "fulfilled_on_time", "2026-02-01", "2026-01-30") | {"unit_id": a})
    put_version(city.db, city.west_id, "commitment", commitment("未兑现", "unfulfilled", "2026-02-01") | {"unit_id": b})
    c, _ = signed_in(city, "west")
    html = c.get(f"/console/townships/{city.west_id}/records?{Q1}").text
    table = re.search(r'<table id="units">(.*?)</table>', html, re.S).group(1)
    rows = {cells(r)[0]: cells(r)[1] for r in re.findall(r"<tr>(.*?)</tr>", table, re.S)[1:]}
    assert rows == {"全乡镇": "50.0% 1/2", "党政办": "100.0% 1/1", "财政所": "0.0% 0/1"}
