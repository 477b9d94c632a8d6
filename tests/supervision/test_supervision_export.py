"""The 监督事项 sheet of the indicators workbook, read back with openpyxl against a hand-computed set, from the CLI
export and from the 统计分析 page's export task."""

from __future__ import annotations

import datetime as dt

from tests.supervision.cases import case

TODAY = dt.date(2026, 12, 3)


def hand_set(app, admin) -> None:
    """Four cases received in March 2026 (and one returned as misassigned, which does not count):

    12345: on time + satisfied; late (replied 10 May) + unsatisfied, handled once again; still open, overdue.
    Deputy's suggestion: replied within its 3 months, fed back satisfied.
    """
    def replied(rid: str, reply: str, **after) -> None:
        app.records.update(rid, {"result": "已办理。", "reply_date": reply}, admin)
        app.records.transition(rid, "handling", admin)
        app.records.transition(rid, "replied", admin)
        if after:
            app.records.update(rid, after, admin)

    replied(case(app, admin), "2026-03-05", callback_date="2026-03-06", satisfaction="satisfied")
    replied(case(app, admin, rehandle_count=1), "2026-05-10", callback_date="2026-05-11",
            satisfaction="unsatisfied")
    app.records.transition(case(app, admin), "handling", admin)
    replied(case(app, admin, channel="deputy_suggestion", request_type=None, requester="", requester_phone="",
                 deputies="李明", answer_class=None), "2026-04-01", answer_class="A", feedback_date="2026-04-10",
            satisfaction="satisfied")
    returned = case(app, admin)
    app.records.update(returned, {"return_reason": "不属本单位职责"}, admin)
    app.records.transition(returned, "returned", admin)


# 渠道, 件数, 按期办结率 n/d, 回复率 mark n/d, 满意率 mark n/d, 逾期, 重办 — counted by hand from hand_set.
EXPECTED = [
    ["全部", 4, 2 / 4, 2, 4, 3 / 4, "未达标", 3, 4, 2 / 3, "未达标", 2, 3, 1, 1],
    ["12345工单", 3, 1 / 3, 1, 3, 2 / 3, "未达标", 2, 3, 1 / 2, "未达标", 1, 2, 1, 1],
    ["人大代表建议", 1, 1.0, 1, 1, 1.0, "达标", 1, 1, 1.0, "达标", 1, 1, 0, 0],
]


def _read(path) -> list[list]:
    from openpyxl import load_workbook

    ws = load_workbook(path)["监督事项"]
    assert ws.cell(2, 1).value == "渠道" and ws.cell(2, 7).value == "回复率达标"
    assert ws.cell(3, 3).number_format == "0.0%"
    assert ws.cell(3, 7).font.color.rgb.endswith("C00000")  # 未达标 in red
    return [[c.value for c in row] for row in ws.iter_rows(min_row=3)]


def test_the_cli_export_has_the_supervision_scores_per_channel(app, admin, data_dir, capsys, tmp_path):
    from zwcx_desktop.cli.main import main
    from zwcx_desktop.io.supervision_sheet import append_to_workbook

    hand_set(app, admin)
    out = tmp_path / "ind.xlsx"
    assert main(["--data-dir", str(data_dir), "export", "indicators", "-o", str(out), "--from", "2026-01-01",
                 "--to", "2026-06-30"]) == 0
    assert "supervision scores of 3 rows" in capsys.readouterr().out
    got = _read(out)
    assert [r[0] for r in got] == ["全部", "12345工单", "人大代表建议"] and got[0][1:] == EXPECTED[0][1:]
    # The same workbook with a fixed today: the whole table against the hand count.
    from openpyxl import Workbook

    blank = tmp_path / "blank.xlsx"
    Workbook().save(blank)
    assert append_to_workbook(app, dt.date(2026, 1, 1), dt.date(2026, 6, 30), blank, TODAY) == 3
    assert _read(blank) == EXPECTED


def test_the_stats_page_export_writes_the_same_sheet(app, admin, tmp_path):
    from zwcx_desktop.gui.stats import export
    from zwcx_desktop.store.supervision_stats import channel_scores

    hand_set(app, admin)
    start, end = dt.date(2026, 1, 1), dt.date(2026, 6, 30)
    with app.db.read() as s:
        scores = channel_scores(s, start, end, TODAY)
    out = export(None, str(tmp_path / "page.xlsx"), ["单位"], [], None, (scores, start, end))
    assert _read(out) == EXPECTED
    csv = export(None, str(tmp_path / "page.csv"), ["单位"], [], None, (scores, start, end))
    text = open(csv, encoding="utf-8-sig").read()
    assert "渠道,受理件数,按期办结率" in text and "12345工单,3," in text
