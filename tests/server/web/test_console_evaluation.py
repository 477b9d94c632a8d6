"""区域政务诚信评价 through the console: a hand-computed evaluation of three townships seeded as records and read
back from the pages and the report PDF; malformed trees refused with the node named; each role's part."""

from __future__ import annotations

import html
import io
import json
import re

from pypdf import PdfReader

from tests.server.evaluation.trees import LIN, branch, doc, leaf
from tests.server.pagedata import put_version
from tests.server.web.conftest import signed_in
from tests.server.web.pushed import Pusher, dishonesty
from tests.server.web.test_console_figures import EVIDENCE, cells, commitment, contract, disclosure
from zwcx_server.models import ConsoleAudit
from zwcx_server.web import data

#: Every leaf has a console source:
#:   践诺 40 = 践诺率 40 (linear 60 → 100)
#:   公开 30 = 公开及时率 20 (linear 50 → 100) + 公示合规率 10 (steps ≥95: 10, ≥80: 6)
#:   合同 30 = 逾期欠款笔数 20 (deduct 4 each, at most 20) + 一般失信记录 10 (deduct 2.5 each)
TREE = doc(
    branch("A", 40, leaf("A1", 40, "keeping_rate", LIN, "践诺率"), name="践诺"),
    branch("B", 30,
           leaf("B1", 20, "timely_disclosure", {"rule": "linear", "zero_at": 50, "full_at": 100}, "公开及时率"),
           leaf("B2", 10, "notice_compliance",
                {"rule": "steps", "steps": [{"at_least": 95, "points": 10}, {"at_least": 80, "points": 6}]},
                "公示合规率"),
           name="公开"),
    branch("C", 30, leaf("C1", 20, "overdue_arrears_count", {"rule": "deduct", "per_event": 4, "cap": 20},
                         "逾期欠款笔数"),
           leaf("C2", 10, "dishonesty_general", {"rule": "deduct", "per_event": 2.5}, "一般失信记录"), name="合同"),
    label="手算",
)


def seed(city) -> int:
    """Three townships with known figures for 2026Q1; returns the id of the third (南河镇, 东区)."""
    east, west = city.east_id, city.west_id
    south = data.add_township(city.db, "南河镇", "nh", "东区")
    # 东湖镇: 践诺率 3/4; both disclosures on time with their photo; one instalment of 500 overdue.
    for k in range(3):
        put_version(city.db, east, "commitment", commitment(f"按期{k}", "fulfilled_on_time", "2026-02-01", "2026-01-30"))
    put_version(city.db, east, "commitment", commitment("未兑现", "unfulfilled", "2026-03-10"))
    for k in range(2):
        put_version(city.db, east, "disclosure", disclosure(f"按时{k}", "archived", "2026-02-10", "2026-02-08",
                                                            EVIDENCE))
    put_version(city.db, east, "contract", contract())
    # and one 一般 失信 record decided in the quarter, pushed as a device does.
    Pusher(city.db, east).push("dishonesty", dishonesty("一般失信", "general", "2026-02-10"))
    # 西山乡: 践诺率 1/1; one disclosure on time with its photo, one late without: 1/2 and 1/2; no contract.
    put_version(city.db, west, "commitment", commitment("按期", "fulfilled_on_time", "2026-02-01", "2026-01-30"))
    put_version(city.db, west, "disclosure", disclosure("按时", "archived", "2026-02-10", "2026-02-08", EVIDENCE))
    put_version(city.db, west, "disclosure", disclosure("迟延", "archived", "2026-02-10", "2026-02-12", []))
    # 南河镇: one commitment due and not kept (0/1); no disclosure (no data), no contract.
    put_version(city.db, south, "commitment", commitment("未兑现", "unfulfilled", "2026-03-10"))
    return south


def save(c, csrf: str, tree: dict | str):
    text = tree if isinstance(tree, str) else json.dumps(tree, ensure_ascii=False)
    return c.post("/console/evaluation/tree", data={"csrf": csrf, "doc": text})


def run(c, csrf: str, period: str = "2026Q1"):
    r = c.post("/console/evaluation/runs", data={"csrf": csrf, "period": period})
    assert r.status_code == 200, r.text[:800]
    return r


def score_rows(html: str) -> dict[str, list[str]]:
    table = re.search(r'<table id="scores">(.*?)</table>', html, re.S).group(1)
    out = {}
    for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)[1:]:
        got = cells(row)
        out[got[2]] = got
    return out


def test_a_hand_computed_evaluation_is_reproduced_exactly(city):
    south = seed(city)
    c, csrf = signed_in(city, "judge")
    assert "已保存为第1版" in save(c, csrf, TREE).text
    r = run(c, csrf)
    run_url = str(r.url).removeprefix("http://testserver")
    rows = score_rows(r.text)
    # columns: 名次, 区县, 乡镇, 总分, 践诺, 公开, 合同, 数据覆盖
    # 西山乡: 践诺率 100 → 40; 公开及时率 50 → 0, 公示合规率 50 → 0; 逾期 0 笔 → 20, 失信 0 条 → 10: 30
    assert rows["西山乡"] == ["1", "西区", "西山乡", "70.00", "40.00", "0.00", "30.00", "100.00%"]
    # 东湖镇: 践诺率 75 → (75 − 60) ÷ 40 × 40 = 15; 公开 100, 100 → 20 + 10; 逾期 1 笔 → 20 − 4 = 16, 一般失信 1 条
    # → 10 − 2.5 = 7.5: 23.5
    assert rows["东湖镇"] == ["2", "东区", "东湖镇", "68.50", "15.00", "30.00", "23.50", "100.00%"]
    # 南河镇: 践诺率 0/1 → 0; 公开 no data; 合同 30; total (0 + 30) ÷ (40 + 30) × 100 = 300/7 = 42.857… → 42.86
    assert rows["南河镇"] == ["3", "东区", "南河镇", "42.86", "0.00", "无数据", "30.00", "70.00%"]

    # Sorted by a first-level branch, highest first: 公开 30, 0, then the one without data last.
    by_b = c.get(f"{run_url}?sort=n:B&dir=desc").text
    assert list(score_rows(by_b)) == ["东湖镇", "西山乡", "南河镇"]
    assert list(score_rows(c.get(f"{run_url}?sort=total&dir=asc").text)) == ["南河镇", "东湖镇", "西山乡"]

    explained = c.get(f"{run_url}/townships/{south}")
    assert explained.status_code == 200
    text = re.sub(r"<[^>]+>", " ", explained.text)
    assert "42.86" in text and "本期无应办事项" in text
    assert "一般失信记录 0条" in text and "市级平台尚无该类数据" not in text and "逾期欠款笔数 0笔" in text
    assert "30.00 ÷ 70 × 100 = 42.86" in text  # the renormalisation, in words
    assert f"/console/townships/{south}/records?start=2026-01-01&amp;end=2026-03-31" in explained.text

    # The records behind each value, through the same domain code: they add up to the figures.
    east = re.sub(r"<[^>]+>", " ", c.get(f"{run_url}/townships/{city.east_id}").text)
    assert east.count("未按期兑现") == 1 and "承诺“未兑现”未按期兑现（到期 2026-03-10）" in east
    assert "合同“道路维修”逾期欠款 1 笔，500.00 元" in east and "未按时公开" not in east
    west = re.sub(r"<[^>]+>", " ", c.get(f"{run_url}/townships/{city.west_id}").text)
    assert "公开“迟延”未按时公开（时限 2026-02-10）" in west and "公开“迟延”公示不合规" in west
    assert "公开“按时”" not in west

    pdf = c.get(f"{run_url}/report.pdf")
    assert pdf.headers["content-type"] == "application/pdf"
    words = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages).replace(" ", "")
    assert "2026年第一季度区域政务诚信评价报告" in words
    assert "西山乡" in words and "70.00" in words and "42.86" in words
    with city.db.read() as s:
        actions = [a.action for a in s.query(ConsoleAudit).filter(ConsoleAudit.staff == "judge")]
    assert {"save_tree", "run_evaluation", "view_explanation", "evaluation_report"} <= set(actions)


def test_records_behind_a_score_never_name_a_person(city):
    put_version(city.db, city.east_id, "service", {"unit_id": None, "service_area": "social_assistance",
                                                   "policy": "低保", "beneficiary_name": "张大山",
                                                   "status": "delivered"})
    put_version(city.db, city.east_id, "commitment", commitment("为张大山办理低保", "unfulfilled", "2026-02-10"))
    put_version(city.db, city.east_id, "commitment", commitment("回访13812345678", "unfulfilled", "2026-02-11"))
    c, csrf = signed_in(city, "judge")
    save(c, csrf, TREE)
    run_url = str(run(c, csrf).url).removeprefix("http://testserver")
    page = c.get(f"{run_url}/townships/{city.east_id}").text
    assert page.count("未按期兑现") == 2
    assert "张大山" not in page and "13812345678" not in page


def test_malformed_trees_are_refused_with_the_node_named(city):
    c, csrf = signed_in(city, "judge")
    bad_sum = json.loads(json.dumps(TREE))
    bad_sum["root"]["children"][0]["weight"] = 45
    r = save(c, csrf, bad_sum)
    assert r.status_code == 400 and "指标树未保存" in r.text
    assert "总分：下级指标分值之和 45 + 30 + 30 = 105，应等于本节点的分值 100" in r.text
    cycle = {"version": 1, "label": "x", "nodes": [
        {"id": "root", "parent": None, "name": "总分", "weight": 100},
        {"id": "a", "parent": "b", "name": "甲", "weight": 50}, {"id": "b", "parent": "a", "name": "乙", "weight": 50}]}
    r = save(c, csrf, cycle)
    assert r.status_code == 400 and "上下级关系构成循环" in r.text and "甲（a）" in r.text
    unknown = json.loads(json.dumps(TREE))
    unknown["root"]["children"][0]["children"][0]["indicator"] = "<b>happiness</b>"
    r = save(c, csrf, unknown)
    assert r.status_code == 400 and "总分 › 践诺 › 践诺率" in r.text and "happiness" in r.text
    assert "<b>happiness" not in r.text  # shown escaped
    assert "不是有效的 JSON" in save(c, csrf, "{not json").text
    # The text typed stays in the editor, and nothing was saved: a run is refused until a tree is.
    assert "&lt;b&gt;happiness&lt;/b&gt;" in r.text
    r = c.post("/console/evaluation/runs", data={"csrf": csrf, "period": "2026Q1"})
    assert r.status_code == 400 and "尚未保存指标树" in r.text
    r = c.post("/console/evaluation/runs", data={"csrf": csrf, "period": "2026Q5"})
    assert r.status_code == 400 and "评价期" in r.text


def test_versions_and_the_diff_in_words(city):
    c, csrf = signed_in(city, "judge")
    first = c.get("/console/evaluation/tree")
    assert "示例" in first.text and "尚未保存指标树" in first.text
    preset = re.search(r'<textarea name="doc" id="doc"[^>]*>(.*?)</textarea>', first.text, re.S).group(1)
    preset = html.unescape(preset)
    assert "已保存为第1版" in save(c, csrf, preset).text
    assert "与当前版本相同" in save(c, csrf, preset).text
    changed = json.loads(preset)
    changed["root"]["children"][0]["children"][0]["rule"]["zero_at"] = 50
    r = save(c, csrf, changed)
    assert "已保存为第2版" in r.text
    changes = re.search(r'<ul id="changes">(.*?)</ul>', r.text, re.S).group(1)
    assert "版本：第1版 → 第2版" in changes and "计分规则 区域政务诚信评价 › 践诺 › 践诺率" in changes
    assert "第1版" in c.get("/console/evaluation/tree?v=1").text
    assert c.get("/console/evaluation/tree?v=9").status_code == 404


def test_each_role_does_only_its_part(city):
    south = seed(city)
    judge, jcsrf = signed_in(city, "judge")
    save(judge, jcsrf, TREE)
    run_url = str(run(judge, jcsrf).url).removeprefix("http://testserver")

    boss, bcsrf = signed_in(city, "boss")
    tree = boss.get("/console/evaluation/tree")
    assert tree.status_code == 200 and "手算" in tree.text and 'id="save-tree"' not in tree.text
    assert save(boss, bcsrf, TREE).status_code == 403
    assert boss.post("/console/evaluation/runs", data={"csrf": bcsrf, "period": "2026"}).status_code == 403
    assert len(score_rows(boss.get(run_url).text)) == 3
    assert boss.get(f"{run_url}/report.pdf").status_code == 200

    east, ecsrf = signed_in(city, "east")
    assert east.get("/console/evaluation/tree").status_code == 403
    assert east.get("/console/evaluation").status_code == 403
    assert save(east, ecsrf, TREE).status_code == 403
    assert east.post("/console/evaluation/runs", data={"csrf": ecsrf, "period": "2026"}).status_code == 403
    listed = east.get("/console/evaluation/runs")
    assert listed.status_code == 200 and run_url in listed.text and 'id="run"' not in listed.text
    rows = score_rows(east.get(run_url).text)
    assert list(rows) == ["东湖镇", "南河镇"] and rows["东湖镇"][0] == "2"  # the city-wide rank
    assert east.get(f"{run_url}/townships/{south}").status_code == 200
    assert east.get(f"{run_url}/townships/{city.west_id}").status_code == 403
    pdf = east.get(f"{run_url}/report.pdf")
    words = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages).replace(" ", "")
    assert "东湖镇" in words and "西山乡" not in words

    assert judge.post("/console/evaluation/runs", data={"csrf": "forged", "period": "2026"}).status_code == 403
    assert boss.get("/console/evaluation/runs/999").status_code == 404


def form_fields(page: str) -> dict[str, str]:
    """The form's fields as a browser would post them (text inputs, selected options, checked boxes)."""
    out = {}
    for tag in re.findall(r"<input ([^>]*)>", page):
        attrs = {k: html.unescape(v) for k, v in re.findall(r'([a-z-]+)="([^"]*)"', tag)}
        if "name" in attrs and (attrs.get("type") != "checkbox" or " checked" in tag):
            out[attrs["name"]] = attrs.get("value", "")
    out |= {m.group(1): m.group(2) for m in re.finditer(
        r'<select name="([^"]+)">(?:(?!</select>).)*?<option value="([^"]*)" selected>', page, re.S)}
    return out


def test_the_tree_edited_as_a_form_one_row_per_node(city):
    c, csrf = signed_in(city, "judge")
    page = c.get("/console/evaluation/tree/form").text
    fields = form_fields(page)
    assert fields["n0-id"] == "root" and fields["n0-weight"] == "100" and fields["n2-indicator"] == "keeping_rate"
    assert fields["label"] == "示例" and fields["example"] == "1"
    # Move 5 points from 践诺 to 公开's 公示合规率: weights only, the rows stay.
    rows = {fields[f"n{k}-id"]: k for k in range(40) if fields.get(f"n{k}-id")}
    fields |= {f"n{rows['keeping']}-weight": "20", f"n{rows['keeping.rate']}-weight": "20",
               f"n{rows['disclosure']}-weight": "25", f"n{rows['disclosure.compliance']}-weight": "15",
               "label": "本市2026", "csrf": csrf}
    fields.pop("example")
    r = c.post("/console/evaluation/tree/form", data=fields)
    assert "已保存为第1版" in r.text, r.text[:2000]
    assert "“本市2026”第1版" in r.text and '"example"' not in r.text
    # A row whose weights no longer add up is refused, with the node named and the rows kept as typed.
    fields[f"n{rows['keeping.rate']}-weight"] = "21"
    fields[f"n{rows['supervision.objections']}-drop"] = "1"
    r = c.post("/console/evaluation/tree/form", data=fields)
    assert r.status_code == 400
    assert "区域政务诚信评价 › 践诺：下级指标分值之和 21 = 21，应等于本节点的分值 20" in r.text
    assert "区域政务诚信评价 › 监督事项办理：下级指标分值之和" in r.text  # the dropped row's 4 points are missing
    assert 'value="21"' in r.text
