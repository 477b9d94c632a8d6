"""Public township pages: commitments and the disclosures in their publicity period, linked from /v/{code}; and no
person's name or number on any public page — nor on the console's drill-down — though the township's records
hold rosters, beneficiaries and complainants."""

from __future__ import annotations

import datetime as dt

from tests.server.pagedata import put_version
from tests.server.web.conftest import signed_in
from tests.server.web.test_console_figures import commitment
from zwcx_server.web import kinds
from zwcx_server.web.public_pages import WITHHELD
from zwcx_server.web.render import CHINA

PEOPLE = ["王小明", "赵丽华", "张大山", "钱多多", "13912345678", "13812345678"]


def seed(db, tid: int) -> list[str]:
    """Records naming people privately; returns the verification codes of their versions."""
    today = dt.datetime.now(CHINA).date()
    start, end = (today - dt.timedelta(days=2)).isoformat(), (today + dt.timedelta(days=5)).isoformat()
    unit, _, _ = put_version(db, tid, "unit", {"name": "东湖镇民政办", "unit_type": "department"})
    roster = [{"beneficiary_name": "王小明", "id_masked": "11**************12", "village": "东村", "amount": "600.00"},
              {"beneficiary_name": "赵丽华", "village": "西村", "amount": "600.00"}]
    base = {"unit_id": unit, "kind": "service", "doc_type": "public_notice", "body": "经审核，现予公示。",
            "formed_date": start, "period_start": start, "period_days": 7, "period_end": end,
            "status": "publicizing"}
    codes = [put_version(db, tid, "disclosure", base | {"title": "2026年低保名单公示", "roster": roster})[2],
             put_version(db, tid, "disclosure", base | {"title": "关于张大山临时救助的公示",
                                                        "roster": [{"beneficiary_name": "张大山"}]})[2],
             put_version(db, tid, "disclosure", base | {"title": "已过期的公示", "period_end": start,
                                                        "period_start": start})[2]]
    for name in ("张大山", "王小明"):
        put_version(db, tid, "service", {"unit_id": unit, "service_area": "social_assistance", "policy": "低保",
                                         "beneficiary_name": name, "status": "delivered"})
    codes.append(put_version(db, tid, "objection", {
        "unit_id": unit, "objection_type": "objection", "channel": "phone", "complainant": "钱多多",
        "complainant_phone": "13912345678", "content": "名单有误", "received_date": start, "status": "accepted"})[2])
    codes.append(put_version(db, tid, "commitment", commitment("为民办实事：道路硬化", "in_progress", end)
                             | {"unit_id": unit})[2])
    codes.append(put_version(db, tid, "commitment", commitment("联系电话13812345678的承诺", "published", end))[2])
    put_version(db, tid, "commitment", commitment("尚未公开的草拟承诺", "draft", end))
    return codes


def test_public_township_page_shows_what_stands_and_no_person(city):
    codes = seed(city.db, city.east_id)
    c = city.client()  # no login
    page = c.get("/p/dh")
    assert page.status_code == 200
    html = page.text
    assert "为民办实事：道路硬化" in html and "履行中" in html and "东湖镇民政办" in html
    assert "2026年低保名单公示" in html and "公示中" in html
    assert WITHHELD in html  # the title naming a beneficiary, and the one with a phone number
    assert "已过期的公示" not in html and "尚未公开的草拟承诺" not in html
    assert "东湖镇" in c.get("/p").text
    assert c.get("/p/nosuch").status_code == 404
    pages = [html, c.get("/p").text]
    for code in codes:
        r = c.get(f"/v/{code}")
        if r.status_code == 200:
            assert "/p/dh" in r.text  # the verification page links to the township's public page
        pages.append(r.text)
    admin, _ = signed_in(city, "boss")
    for kind in kinds.VIEWS:
        pages.append(admin.get(f"/console/townships/{city.east_id}/records?kind={kind}").text)
    for text in pages:
        for person in PEOPLE:
            assert person not in text
    # The drill-down still lists the records themselves (their policy), just not who they are about.
    assert "低保" in admin.get(f"/console/townships/{city.east_id}/records?kind=service").text


def test_public_pages_need_no_login_and_send_the_headers(city):
    seed(city.db, city.east_id)
    r = city.client().get("/p/dh")
    assert r.headers["x-frame-options"] == "DENY" and "script-src" not in r.headers["content-security-policy"]
    assert "退出" not in r.text


def test_public_page_withholds_whom_a_supervision_case_or_a_dishonesty_record_names(city):
    # The public page is guarded as strictly as the console's lists: a requester or the person of a 失信 record,
    # private there, is not shown here either, inside a public commitment's title.
    today = dt.datetime.now(CHINA).date()
    end = (today + dt.timedelta(days=5)).isoformat()
    put_version(city.db, city.east_id, "supervision", {"channel": "hotline", "requester": "孙悟净",
                                                        "requester_phone": "13712345678", "summary": "道路积水",
                                                        "received_date": today.isoformat()})
    put_version(city.db, city.east_id, "dishonesty", {"subject_level": "person", "person_name": "周伯通",
                                                       "dishonesty_type": "breach", "title": "个人失信",
                                                       "status": "draft"})
    for title in ("答复孙悟净反映的道路积水", "周伯通所涉事项整改"):
        put_version(city.db, city.east_id, "commitment", commitment(title, "published", end))
    html = city.client().get("/p/dh").text
    assert "孙悟净" not in html and "周伯通" not in html
    assert html.count(WITHHELD) == 2
