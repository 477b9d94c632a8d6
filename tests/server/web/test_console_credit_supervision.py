"""失信 and 监督事项 on the console (#19): records pushed by a township's device, their indicators computed by hand
and read back from the indicator table, the .xlsx and an evaluation; person-level records counted for the
administrator alone and never shown to anyone else."""

from __future__ import annotations

import io
import re

from openpyxl import load_workbook

from tests.server.evaluation.trees import branch, doc, leaf
from tests.server.web.conftest import signed_in
from tests.server.web.pushed import Pusher, dishonesty
from tests.server.web.test_console_evaluation import run, save, score_rows
from tests.server.web.test_console_figures import Q1, cells, row_of

#: The new columns, in the table's order, after the eight of the township kinds.
NEW = ["严重失信", "一般失信", "轻微失信", "失信整改完成率", "监督按期办结率", "监督回复率", "监督满意率"]


def supervision(received: str, due: str | None, reply: str | None, status: str, satisfaction: str | None = None
                ) -> dict:
    return {"unit_id": "u-1", "channel": "hotline_12345", "title": "路灯不亮", "content": "村口路灯不亮",
            "received_date": received, "due_date": due, "reply_date": reply, "status": status,
            "satisfaction": satisfaction, "callback_date": reply if satisfaction else None, "requester": "赵六"}


def seed_credit(p: Pusher) -> None:
    """2026Q1 of a township: 一般 1 and 轻微 1 decided in the quarter (a 严重 one decided in Q2 is not), two
    records not yet decided entered in the quarter (未定), one rectified and the other past its deadline: 整改完成率
    1/2 (one rectified in Q2, entered then, does not count); a person-level 严重 record decided in the quarter, for
    the administrator's eyes only."""
    p.push("dishonesty", dishonesty("一般失信", "general", "2026-02-10"))
    p.push("dishonesty", dishonesty("轻微失信", "minor", "2026-01-20", "publicized"))
    p.push("dishonesty", dishonesty("下季度的严重失信", "serious", "2026-04-15"))
    p.push("dishonesty", dishonesty("整改中", None, None, "rectifying", rectify_deadline="2026-03-20"))
    # Without a decision or a deadline: counted by the day it was entered (the push's created_at, 2026-02-01).
    p.push("dishonesty", dishonesty("已整改", None, None, "rectified", rectified_date="2026-03-05"))
    p.push("dishonesty", dishonesty("下季度已整改", None, None, "rectified", rectified_date="2026-05-05"),
           made="2026-04-20T08:00:00+00:00")
    p.push("dishonesty", dishonesty("个人失信", "serious", "2026-03-01", subject_level="person",
                                    person_name="王有才", person_position="副镇长", dishonesty_type="discipline"))


def seed_supervision(p: Pusher) -> None:
    """Cases received in 2026Q1 (all due before today): closed on time and 满意; replied late, 不满意; not
    answered past its deadline. 按期办结率 1/3, 回复率 2/3, 满意率 1/2. A case returned as misassigned and one
    received in Q2 do not count."""
    p.push("supervision", supervision("2026-01-05", "2026-01-20", "2026-01-18", "closed", "satisfied"))
    p.push("supervision", supervision("2026-02-01", "2026-02-15", "2026-02-20", "replied", "unsatisfied"))
    p.push("supervision", supervision("2026-03-01", "2026-03-15", None, "handling"))
    p.push("supervision", supervision("2026-03-02", "2026-03-16", None, "returned"))
    p.push("supervision", supervision("2026-04-02", "2026-04-16", "2026-04-03", "closed", "satisfied"))


def new_cells(html: str, township: str) -> list[str]:
    return cells(row_of(html, township))[8:]


def test_credit_and_supervision_columns_computed_by_hand_person_level_for_the_admin_only(city):
    p = Pusher(city.db, city.east_id)
    seed_credit(p)
    seed_supervision(p)
    judge, _ = signed_in(city, "judge")
    page = judge.get(f"/console/indicators?{Q1}").text
    assert all(f">{name}" in page for name in NEW)
    assert new_cells(page, "东湖镇") == ["0", "1", "1", "50.0% 1/2", "33.3% 1/3", "66.7% 2/3", "50.0% 1/2"]
    assert new_cells(page, "西山乡") == ["0", "0", "0", *["— 0/0"] * 4]
    assert "王有才" not in page and "个人层面" not in page
    # The administrator counts the person-level 严重 record (its name is shown nowhere).
    boss, _ = signed_in(city, "boss")
    admin_page = boss.get(f"/console/indicators?{Q1}").text
    assert new_cells(admin_page, "东湖镇")[:3] == ["1", "1", "1"]
    assert "王有才" not in admin_page and "含个人层面记录" in admin_page
    # The district viewer, as the evaluator: unit-level records only, also in the drill-down's unit table.
    east, _ = signed_in(city, "east")
    assert new_cells(east.get(f"/console/indicators?{Q1}").text, "东湖镇")[:3] == ["0", "1", "1"]
    units = east.get(f"/console/townships/{city.east_id}/records?{Q1}").text
    table = re.search(r'<table id="units">(.*?)</table>', units, re.S).group(1)
    by_unit = {cells(r)[0]: cells(r)[9:12] for r in re.findall(r"<tr>(.*?)</tr>", table, re.S)[1:]}
    assert by_unit == {"全乡镇": ["0", "1", "1"], "（未知单位）": ["0", "1", "1"]}

    # Sorting by a new column: 东湖镇 has the 一般 record.
    order = re.findall(r">(东湖镇|西山乡)</a>", judge.get(f"/console/indicators?{Q1}&sort=dishonesty_general"
                                                       f"&dir=desc").text)
    assert order == ["东湖镇", "西山乡"]

    rows = list(load_workbook(io.BytesIO(judge.get(f"/console/indicators.xlsx?{Q1}").content)).active
                .iter_rows(min_row=2, values_only=True))
    header, row = rows[0], next(r for r in rows if r[1] == "东湖镇")
    at = {name: header.index(name) for name in NEW}
    assert [row[at[n]] for n in NEW[:3]] == [0, 1, 1]
    assert row[at["失信整改完成率"]] == 0.5 and abs(row[at["监督回复率"]] - 2 / 3) < 1e-9
    assert row[header.index("监督满意率(分子/分母)")] == "1/2"
    admin_rows = list(load_workbook(io.BytesIO(boss.get(f"/console/indicators.xlsx?{Q1}").content)).active
                      .iter_rows(min_row=2, values_only=True))
    assert next(r for r in admin_rows if r[1] == "东湖镇")[at["严重失信"]] == 1


#: 失信 50 = 严重 20 (deduct 10 each) + 一般 20 (deduct 2.5 each) + 轻微 10 (deduct 4 each);
#: 监督 50 = 回复率 30 (linear 50 → 100) + 按期办结率 10 (linear 0 → 100) + 满意率 10 (steps ≥85: 10, ≥50: 5).
CREDIT_TREE = doc(
    branch("D", 50, leaf("D1", 20, "dishonesty_serious", {"rule": "deduct", "per_event": 10}, "严重失信记录"),
           leaf("D2", 20, "dishonesty_general", {"rule": "deduct", "per_event": 2.5}, "一般失信记录"),
           leaf("D3", 10, "dishonesty_minor", {"rule": "deduct", "per_event": 4}, "轻微失信记录"), name="失信"),
    branch("E", 50,
           leaf("E1", 30, "supervision_reply_rate", {"rule": "linear", "zero_at": 50, "full_at": 100}, "回复率"),
           leaf("E2", 10, "supervision_on_time", {"rule": "linear", "zero_at": 0, "full_at": 100}, "按期办结率"),
           leaf("E3", 10, "supervision_satisfaction",
                {"rule": "steps", "steps": [{"at_least": 85, "points": 10}, {"at_least": 50, "points": 5}]},
                "满意率"),
           name="监督"),
    label="失信与监督手算",
)


def test_an_evaluation_deducts_for_dishonesty_and_scores_supervision_rates_from_pushed_records(city):
    p = Pusher(city.db, city.east_id)
    seed_credit(p)
    seed_supervision(p)
    c, csrf = signed_in(city, "judge")
    assert "已保存为第1版" in save(c, csrf, CREDIT_TREE).text
    r = run(c, csrf)
    rows = score_rows(r.text)
    # columns: 名次, 区县, 乡镇, 总分, 失信, 监督, 数据覆盖
    # 西山乡: no 失信 record → 50; no supervision case (all rates 0/0) → no data; 50 ÷ 50 × 100 = 100.
    assert rows["西山乡"] == ["1", "西区", "西山乡", "100.00", "50.00", "无数据", "50.00%"]
    # 东湖镇: 严重 0 (the person-level one is not counted) → 20; 一般 1 → 17.5; 轻微 1 → 6: 43.5.
    # 回复率 2/3 = 66.67 % → (66.67 − 50) ÷ 50 × 30 = 10; 按期办结率 1/3 → 10/3; 满意率 50 % → 5: 55/3 = 18.33.
    # Total 43.5 + 55/3 = 371/6 = 61.83.
    assert rows["东湖镇"] == ["2", "东区", "东湖镇", "61.83", "43.50", "18.33", "100.00%"]
    run_url = str(r.url).removeprefix("http://testserver")
    explained = re.sub(r"<[^>]+>", " ", c.get(f"{run_url}/townships/{city.east_id}").text)
    assert "一般失信记录" in explained and "市级平台尚无该类数据" not in explained
    assert "王有才" not in explained and "赵六" not in explained and "个人失信" not in explained
    # The records behind the values, through the same domain code, add up to them.
    assert "失信记录“一般失信”（一般，认定 2026-02-10）" in explained
    assert "失信记录“轻微失信”（轻微，认定 2026-01-20）" in explained and "下季度" not in explained
    assert explained.count("未按期办结") == 2 and explained.count("逾期未答复") == 1
    assert "监督事项“路灯不亮”（接收 2026-03-01，时限 2026-03-15）逾期未答复" in explained
    assert explained.count("回访不满意") == 1
