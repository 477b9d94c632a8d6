"""逾期事项 (#19): what is overdue today across the townships, by role (a district viewer its district only,
person-level 失信 records the administrator's alone and nameless), escaped, filtered, sorted and exported; and the
read-only record page it links to."""

from __future__ import annotations

import datetime as dt
import html
import io
import re

from openpyxl import load_workbook

from tests.server.pagedata import put_version
from tests.server.web.conftest import signed_in
from tests.server.web.test_console_figures import commitment
from zwcx_core.domain import schema
from zwcx_server.public import WITHHELD
from zwcx_server.web import overdue
from zwcx_server.web.render import CHINA

#: Names the seed holds privately: never on the page, in the export or on a record page.
PRIVATE = ["钱多多", "孙二娘", "周八", "副乡长", "张大山", "13912345678"]


def seed_overdue(db, tid: int, west: int | None = None) -> dict[str, str]:
    """One overdue record of each kind in township `tid` (and one commitment in `west`), with records that are not
    overdue beside them; record ids by name. Dates count back from today in China, as the console's do."""
    today = dt.datetime.now(CHINA).date()

    def ago(days: int) -> str:
        return (today - dt.timedelta(days=days)).isoformat()

    unit, _, _ = put_version(db, tid, "unit", {"name": "东湖镇财政所", "unit_type": "department"})
    ids = {}

    def put(name: str, kind: str, doc: dict) -> None:
        ids[name] = put_version(db, tid, kind, doc | {"unit_id": unit})[0]

    put("late", "commitment", commitment("<b>修路</b>承诺", "in_progress", ago(10)))
    put("soon", "commitment", commitment("尚未到期的承诺", "in_progress", ago(-5)))
    put("kept", "commitment", commitment("已兑现的承诺", "fulfilled_on_time", ago(30), ago(31)))
    put_version(db, tid, "service", {"unit_id": unit, "service_area": "social_assistance", "policy": "临时救助",
                                     "beneficiary_name": "张大山", "status": "delivered"})
    base = {"kind": "affairs", "doc_type": "public_notice", "body": "正文", "formed_date": ago(40), "status": "draft"}
    put("unpublished", "disclosure", base | {"title": "关于张大山临时救助的公示", "deadline": ago(3)})
    put("published", "disclosure", base | {"title": "按时发布的公开", "deadline": ago(3), "publish_date": ago(5),
                                           "status": "archived"})
    put("objection", "objection", {"objection_type": "notice", "channel": "phone", "complainant": "钱多多",
                                   "complainant_phone": "13912345678", "content": "钱多多反映名单有误",
                                   "received_date": ago(20), "due_date": ago(4), "status": "accepted"})
    put("contract", "contract", {
        "title": "道路维修合同", "contract_type": "goods", "counterparty": "某某建设有限公司", "signed_date": ago(90),
        "amount": "1500.00", "payment_basis": "schedule", "status": "performing",
        "instalments": [{"id": "i1", "due_date": ago(20), "amount": "1000.00"},
                        {"id": "i2", "due_date": ago(-20), "amount": "500.00"}], "events": []})
    # Paid as scheduled, its next due date ahead: only the deposit not returned is overdue.
    put("deposit", "contract", {
        "title": "办公楼保洁合同", "contract_type": "services", "counterparty": "某某物业有限公司",
        "signed_date": ago(90), "amount": "100.00", "payment_basis": "schedule", "status": "performing",
        "next_due_date": ago(-100), "instalments": [{"id": "i1", "due_date": ago(60), "amount": "100.00"}],
        "events": [{"id": "e1", "type": "payment", "date": ago(61), "amount": "100.00"}],
        "deposits": [{"id": "d1", "kind": "performance", "amount": "300.00", "due_back": ago(3)}]})
    put("lawsuit", "lawsuit", {"court": "某区人民法院", "case_no": "(2026)黑0102民初7号", "role": "defendant",
                               "counterparty": "某某公司", "filed_date": ago(200), "amount": "5000.00",
                               "perform_deadline": ago(7), "status": "judged"})
    case = {"channel": "hotline_12345", "content": "请尽快维修小区路灯", "received_date": ago(30), "status": "handling"}
    put("case", "supervision", case | {"title": "路灯不亮", "due_date": ago(2)})
    put("named case", "supervision", case | {"title": "孙二娘反映路灯不亮", "requester": "孙二娘", "due_date": ago(2)})
    put("answered case", "supervision", case | {"title": "已答复的工单", "due_date": ago(2), "status": "replied"})
    credit = {"dishonesty_type": "judgment_unperformed", "decision_date": ago(400), "severity": "general",
              "subject_name": "东湖镇人民政府"}
    put("shown", "dishonesty", credit | {"subject_level": "unit", "title": "期满未撤下的失信记录",
                                         "display_max_end": ago(30), "status": "publicized"})
    put("person", "dishonesty", credit | {"subject_level": "person", "person_name": "周八", "person_position": "副乡长",
                                          "title": "问责事项", "display_max_end": ago(1), "status": "confirmed"})
    put("repair", "dishonesty", credit | {"subject_level": "unit", "title": "修复申请待决定", "status": "publicized",
                                          "display_max_end": ago(-300), "repair_status": "applied",
                                          "repair_applied_date": ago(40)})
    if west is not None:
        ids["west"] = put_version(db, west, "commitment", commitment("西山乡逾期承诺", "published", ago(15)))[0]
    return ids


def rows_of(page: str) -> list[list[str]]:
    """The cells of the overdue table's rows, as text."""
    out = []
    for row in re.findall(r'<tr class="late"[^>]*>(.*?)</tr>', page, re.S):
        out.append([html.unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)])
    return out


def test_admin_sees_every_kind_with_days_and_amounts_and_nothing_private(city):
    ids = seed_overdue(city.db, city.east_id, city.west_id)
    c, _ = signed_in(city, "boss")
    html = c.get("/console/overdue").text
    rows = {(r[1], r[2], r[4]): r for r in rows_of(html)}
    today = dt.datetime.now(CHINA).date()
    kept = rows[("承诺", "逾期未兑现", "<b>修路</b>承诺")]
    assert kept[3] == "东湖镇财政所" and kept[5:8] == ["10 天", (today - dt.timedelta(days=10)).isoformat(), "—"]
    assert ("信息公开", "逾期未公开", WITHHELD) in rows  # the title names a beneficiary
    [objection] = [r for k, r in rows.items() if k[0] == "异议投诉"]
    assert objection[4] == f"公示异议（受理 {(today - dt.timedelta(days=20)).isoformat()}）" and objection[5] == "4 天"
    [pay] = [r for k, r in rows.items() if k[0] == "合同付款" and "付款" in k[1]]
    assert pay[4] == "道路维修合同" and pay[5] == "20 天" and pay[7] == "1,000.00" and "付款逾期" in pay[2]
    [judgment] = [r for k, r in rows.items() if k[0] == "判决履行"]
    assert judgment[5] == "7 天" and judgment[7] == "5,000.00"
    assert ("监督事项", "逾期未办结", "路灯不亮") in rows and ("监督事项", "逾期未办结", WITHHELD) in rows
    assert ("政务失信", "公示期满仍在公示", "期满未撤下的失信记录") in rows
    assert ("政务失信（个人）", "公示期满仍在公示", "问责事项") in rows
    assert ("政务失信", "信用修复申请逾期未决定", "修复申请待决定") in rows
    assert ("承诺", "逾期未兑现", "西山乡逾期承诺") in rows
    [deposit] = [r for k, r in rows.items() if k[2] == "办公楼保洁合同"]
    assert deposit[2] == "保证金逾期未退（履约保证金退还）" and deposit[5] == "3 天" and deposit[7] == "300.00"
    assert len(rows_of(html)) == 12  # nothing not yet due, kept, published on time or answered
    for name in ("尚未到期的承诺", "已兑现的承诺", "按时发布的公开", "已答复的工单", *PRIVATE):
        assert name not in html
    # Escaped, never markup; each row opens its record.
    assert "&lt;b&gt;修路&lt;/b&gt;承诺" in html and "<b>修路" not in html
    assert f'href="/console/townships/{city.east_id}/records/{ids["contract"]}"' in html
    # Sorted by days overdue, most first.
    days = [int(r[5].split()[0]) for r in rows_of(html)]
    assert days == sorted(days, reverse=True)


def test_district_viewer_sees_its_district_only_and_evaluators_no_person_level_rows(city):
    seed_overdue(city.db, city.east_id, city.west_id)
    east, _ = signed_in(city, "east")
    html = east.get("/console/overdue").text
    assert "西山乡逾期承诺" not in html and "道路维修合同" in html and "问责事项" not in html
    # Asking for the other district's township is no way in: the filter falls back to the viewer's own.
    html = east.get(f"/console/overdue?township={city.west_id}").text
    assert "西山乡逾期承诺" not in html and "道路维修合同" in html
    assert "西山乡逾期承诺" not in export_rows(east.get(f"/console/overdue.xlsx?township={city.west_id}").content)
    west, _ = signed_in(city, "west")
    html = west.get("/console/overdue").text
    assert "西山乡逾期承诺" in html and "道路维修合同" not in html
    judge, _ = signed_in(city, "judge")
    for page in (judge.get("/console/overdue").text, str(export_rows(judge.get("/console/overdue.xlsx").content))):
        assert "问责事项" not in page and "（个人）" not in page and "西山乡逾期承诺" in page
        for name in PRIVATE:
            assert name not in page


def test_filters_by_kind_and_township_and_sorts_both_ways(city):
    seed_overdue(city.db, city.east_id, city.west_id)
    c, _ = signed_in(city, "boss")
    only = rows_of(c.get("/console/overdue?kind=contract").text)
    assert [r[1] for r in only] == ["合同付款", "合同付款"]
    assert rows_of(c.get(f"/console/overdue?township={city.west_id}").text)[0][4] == "西山乡逾期承诺"
    assert len(rows_of(c.get(f"/console/overdue?township={city.west_id}").text)) == 1
    up = [int(r[5].split()[0]) for r in rows_of(c.get("/console/overdue?sort=days&dir=asc").text)]
    assert up == sorted(up) and up[0] == 1
    money = [r[7] for r in rows_of(c.get("/console/overdue?sort=amount").text)]
    assert money[:3] == ["5,000.00", "1,000.00", "300.00"] and set(money[3:]) == {"—"}
    # What is not offered falls back to all kinds and days overdue, not an error.
    assert len(rows_of(c.get("/console/overdue?kind=<x>&sort=nope").text)) == 12


def export_rows(body: bytes) -> list[tuple]:
    ws = load_workbook(io.BytesIO(body)).active
    return list(ws.iter_rows(min_row=3, values_only=True))


def test_export_reads_back_as_the_page_lists(city):
    seed_overdue(city.db, city.east_id, city.west_id)
    c, _ = signed_in(city, "boss")
    r = c.get("/console/overdue.xlsx?kind=contract")
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    ws = load_workbook(io.BytesIO(r.content)).active
    assert ws.title == "逾期事项" and ws.cell(2, 9).value == "逾期天数"
    [row] = [r for r in export_rows(r.content) if r[6] == "道路维修合同"]
    assert row[:4] == ("东区", "东湖镇", "dh", "合同付款") and row[6] == "道路维修合同"
    assert row[8] == 20 and row[9] == 1000 and isinstance(row[7], dt.datetime)
    everything = export_rows(c.get("/console/overdue.xlsx").content)
    assert len(everything) == 12 and sorted(r[8] for r in everything) == sorted(
        int(x[5].split()[0]) for x in rows_of(c.get("/console/overdue").text))
    assert not any(name in str(everything) for name in PRIVATE)


def test_items_follow_the_townships_pushes(city):
    ids = seed_overdue(city.db, city.east_id)
    c, _ = signed_in(city, "boss")
    assert "&lt;b&gt;修路&lt;/b&gt;承诺" in c.get("/console/overdue").text
    today = dt.datetime.now(CHINA).date()
    put_version(city.db, city.east_id, "commitment",
                commitment("<b>修路</b>承诺", "fulfilled_late", (today - dt.timedelta(days=10)).isoformat(),
                           today.isoformat()), record_id=ids["late"])
    assert "修路" not in c.get("/console/overdue").text


def test_items_are_judged_by_the_domain_rules(city):
    """The module alone, on documents: a status this server does not know and a draft contract count nothing."""
    today = dt.date(2026, 6, 1)
    docs = {"commitment": [("a", commitment("未来状态", "renegotiating", "2026-01-01"))],
            "contract": [("b", {"title": "草稿合同", "status": "draft", "payment_basis": "schedule",
                                "instalments": [{"id": "i", "due_date": "2026-01-01", "amount": "10.00"}]})],
            "objection": [("c", {"status": "closed", "due_date": "2026-01-01"})]}
    assert overdue.items(docs, today) == []
    docs["commitment"].append(("d", commitment("已公开", "published", "2026-05-31")))
    [it] = overdue.items(docs, today)
    assert (it.record_id, it.days, it.due) == ("d", 1, dt.date(2026, 5, 31))


def test_the_database_picks_every_document_the_rules_list(city):
    """`overdue_db` reads only the documents that can be overdue: what it lists is what the rules list when every
    document of the township is read, names withheld alike."""
    from zwcx_server.web import data

    seed_overdue(city.db, city.east_id)
    today = dt.datetime.now(CHINA).date()
    [t] = [t for t in data.townships(city.db) if t.id == city.east_id]
    every = overdue.items(data.current_docs(city.db, t.id, tuple(schema.KINDS)), today)
    picked = [r.item for r in overdue.city(city.db, [t], today)]
    assert sorted(every, key=repr) == sorted(picked, key=repr) and len(picked) == 11


def test_export_writes_a_title_that_looks_like_a_formula_as_text(city):
    # A title comes from a township's device: in the city's workbook it must stay text, never become a formula.
    due = (dt.datetime.now(CHINA).date() - dt.timedelta(days=3)).isoformat()
    title = '=HYPERLINK("http://example.invalid","点此")'
    put_version(city.db, city.east_id, "commitment", commitment(title, "in_progress", due))
    c, _ = signed_in(city, "boss")
    ws = load_workbook(io.BytesIO(c.get("/console/overdue.xlsx").content)).active
    [cell] = [row[6] for row in ws.iter_rows(min_row=3) if row[6].value == title]
    assert cell.data_type == "s"
