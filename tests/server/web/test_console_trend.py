"""The quarterly trend (#19): a township's and the visible townships' main indicators per quarter, as a table and a
server-drawn SVG chart; a district viewer sees its district only."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.server.pagedata import put_version
from tests.server.web.conftest import signed_in
from tests.server.web.pushed import Pusher
from tests.server.web.test_console_credit_supervision import seed_supervision
from tests.server.web.test_console_figures import cells, commitment
from zwcx_server.web import routes_view, trend


@pytest.fixture(autouse=True)
def may_2026(monkeypatch):
    """Today is 2026-05-15 for the console: the last eight quarters are 2024Q3 … 2026Q2."""
    monkeypatch.setattr(routes_view, "today", lambda: dt.date(2026, 5, 15))


def seed(city) -> None:
    # 东湖镇: 2025Q4 1 of 1 kept; 2026Q1 1 of 2 kept, and supervision cases (回复率 2/3).
    put_version(city.db, city.east_id, "commitment", commitment("去年", "fulfilled_on_time", "2025-11-01", "2025-10-30"))
    put_version(city.db, city.east_id, "commitment", commitment("按期", "fulfilled_on_time", "2026-02-01", "2026-01-30"))
    put_version(city.db, city.east_id, "commitment", commitment("未兑现", "unfulfilled", "2026-03-10"))
    seed_supervision(Pusher(city.db, city.east_id))
    # 西山乡: 2026Q1 1 of 1 kept.
    put_version(city.db, city.west_id, "commitment", commitment("西山", "fulfilled_on_time", "2026-02-01", "2026-02-01"))


def trend_rows(html: str) -> dict[str, list[str]]:
    table = re.search(r'<table id="trend">(.*?)</table>', html, re.S).group(1)
    head = [re.sub(r"<[^>]+>", "", h) for h in re.findall(r"<th[^>]*>(.*?)</th>", table, re.S)]
    assert head[:3] == ["季度", "践诺率", "公开及时率"] and "监督回复率" in head and "严重失信" in head
    return {cells(r)[0]: cells(r)[1:] for r in re.findall(r"<tr>(.*?)</tr>", table, re.S)[1:]}


def test_the_last_quarters_end_with_todays():
    assert [p.code for p in trend.last_quarters(dt.date(2026, 2, 1), 4)] == ["2025Q2", "2025Q3", "2025Q4", "2026Q1"]
    assert trend.quarters_asked("5") == 5 and trend.quarters_asked("99") == 8 and trend.quarters_asked("x") == 8


def test_city_trend_pools_the_townships_and_draws_the_rates_without_script(city):
    seed(city)
    c, _ = signed_in(city, "judge")
    r = c.get("/console/trend")
    assert r.status_code == 200 and "script-src" not in r.headers["content-security-policy"]
    rows = trend_rows(r.text)
    assert list(rows) == [f"{y}年第{q}季度" for y, q in [("2024", "三"), ("2024", "四"), ("2025", "一"), ("2025", "二"),
                                                      ("2025", "三"), ("2025", "四"), ("2026", "一"), ("2026", "二")]]
    # 践诺率 pooled over both townships: 2026Q1 (1 + 1) ÷ (2 + 1); 2025Q4 1/1; nothing due elsewhere.
    assert rows["2026年第一季度"][0] == "66.7% 2/3" and rows["2025年第四季度"][0] == "100.0% 1/1"
    assert rows["2025年第三季度"][0] == "— 0/0"
    assert rows["2026年第一季度"][10] == "66.7% 2/3"  # 监督回复率
    svg = re.search(r"<svg .*?</svg>", r.text, re.S).group(0)
    assert "<script" not in r.text and " style=" not in svg
    # 践诺率 has two quarters with a value, next to each other: one line of two points; 回复率 a single point.
    keeping = re.findall(r'<polyline points="([^"]+)" fill="none" stroke="#8b1a1a"', svg)
    assert len(keeping) == 1 and len(keeping[0].split()) == 2
    assert svg.count('fill="#b36b00"><title>监督回复率 2026Q1 66.7% (2/3)</title>') == 1
    assert trend_rows(c.get("/console/trend?n=4").text).keys() == {"2025年第三季度", "2025年第四季度", "2026年第一季度",
                                                                    "2026年第二季度"}


def test_a_district_viewer_sees_the_trend_of_its_district_only(city):
    seed(city)
    c, _ = signed_in(city, "east")
    page = c.get("/console/trend").text
    assert "东区季度趋势" in page and "西山乡" not in page
    assert trend_rows(page)["2026年第一季度"][0] == "50.0% 1/2"
    own = c.get(f"/console/townships/{city.east_id}/trend")
    assert own.status_code == 200 and trend_rows(own.text)["2025年第四季度"][0] == "100.0% 1/1"
    for path in (f"/console/townships/{city.west_id}/trend", f"/console/townships/{city.west_id}/trend.svg"):
        r = c.get(path)
        assert r.status_code == 403 and "只能查看本区县" in r.text, path


def test_the_township_page_shows_the_chart_and_links_the_table(city):
    seed(city)
    c, _ = signed_in(city, "boss")
    page = c.get(f"/console/townships/{city.east_id}").text
    assert f'<img src="/console/townships/{city.east_id}/trend.svg"' in page
    assert f'href="/console/townships/{city.east_id}/trend"' in page
    svg = c.get(f"/console/townships/{city.east_id}/trend.svg")
    assert svg.headers["content-type"].startswith("image/svg+xml")
    assert svg.text.startswith("<svg xmlns=") and "东湖镇主要比率季度趋势" in svg.text
    assert c.get(f"/console/townships/{city.east_id}/trend").text.count("<tr>") == 9  # header + 8 quarters
    assert c.get("/console/townships/999999/trend").status_code == 404
