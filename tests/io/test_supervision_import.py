"""Importing a 12345 dispatch list through the real command line: the platform's headers recognised, the caller's
name and phone kept in the private fields, one message per bad cell naming row and column, all or nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import text

from zwcx_desktop.store.app import App

D = dt.datetime
HEADERS = ["序号", "工单编号", "受理时间", "诉求类型", "诉求内容", "事发地点", "来电人", "联系电话", "承办单位",
           "办理时限", "工单状态", "一级分类"]
GOOD = [
    [1, "GD2026030200017", D(2026, 3, 2, 9, 15), "投诉", "新阳路128号小区门口路灯连续一周不亮，夜间出行不便。",
     "新阳路128号", "赵秀兰", "13912345678", "新阳路街道", D(2026, 3, 19, 17, 0), "已派单", "城市管理"],
    [2, "GD2026030300102", "2026-03-03 14:02:11", "咨询", "咨询老年人优待证办理地点。", None, None, None,
     "新阳路街道", None, "已派单", "民政"],
    [3, 20260304000233, "2026/03/04 08:30", "求助", "楼道灯坏了。", "安居小区5栋", "王建军", 13812345678.0,
     "新阳路街道", None, "已派单", "物业"],
]


def dispatch_list(path: Path, rows: list[list], headers: list[str] = HEADERS) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["哈尔滨市12345政务服务便民热线派单清单"])  # the platform's title row above the header
    ws.append(headers)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def cases(data_dir: Path) -> list[dict]:
    app = App(data_dir)
    try:
        with app.db.read() as s:
            ids = [r for (r,) in s.execute(text(
                "SELECT id FROM supervision_cases WHERE deleted = 0 ORDER BY received_date"))]
        return [app.records.get(i).doc for i in ids]
    finally:
        app.close()


def test_a_dispatch_list_comes_in_as_12345_orders_with_the_caller_kept_private(zwcx, data_dir, tmp_path):
    code, out, err = zwcx("import", "supervision", dispatch_list(tmp_path / "派单.xlsx", GOOD), "--as", "admin")
    assert code == 0, err
    assert "imported 3 12345 work orders" in out
    first, second, third = cases(data_dir)
    assert first["channel"] == "hotline_12345" and first["ref_no"] == "GD2026030200017"
    assert first["received_date"] == "2026-03-02" and first["request_type"] == "complaint"
    assert first["title"] == "新阳路128号小区门口路灯连续一周不亮，夜间出行不便。"  # no title column: the content
    assert first["place"] == "新阳路128号" and first["lead_unit"] == "新阳路街道"
    assert first["set_deadline"] == "2026-03-19" and first["due_date"] == "2026-03-19"  # 13 working days
    assert (first["requester"], first["requester_phone"]) == ("赵秀兰", "13912345678")
    assert first["status"] == "received"
    assert second["request_type"] == "consultation" and second["requester"] is None
    assert third["ref_no"] == "20260304000233" and third["received_date"] == "2026-03-04"
    assert third["requester_phone"] == "13812345678"
    # The same list again: every order is already on the desk, nothing is written twice.
    code, _out, err = zwcx("import", "supervision", tmp_path / "派单.xlsx", "--as", "admin")
    assert code == 1 and "row 3, column B (工单编号): this work order is already on the desk" in err
    assert len(cases(data_dir)) == 3


def test_bad_rows_are_named_by_row_and_column_and_nothing_is_written(zwcx, data_dir, tmp_path):
    bad = [list(r) for r in GOOD]
    bad[0][3] = "催办"  # not a request type
    bad[1][2] = None  # no 受理时间
    bad[2][1] = "GD2026030200017"  # the first row's number again
    bad.append([4, "GD2026030500001", D(2026, 3, 5), "举报", "反映占道经营。", None, None, None, None,
                D(2026, 3, 1), None, None])  # a deadline before the receipt
    code, _out, err = zwcx("import", "supervision", dispatch_list(tmp_path / "bad.xlsx", bad), "--as", "admin")
    assert code == 1
    lines = [ln for ln in err.splitlines() if ln.startswith("zwcx: ") and "row " in ln]
    assert any("row 3, column D (诉求类型): '催办' is not one of" in ln for ln in lines), err
    assert any("row 4, column C (受理时间):" in ln and "required" in ln for ln in lines), err
    assert any("row 5, column B (工单编号): the same work order number as row 3" in ln for ln in lines), err
    assert any("row 6, column J (办理时限): is before the case was received" in ln for ln in lines), err
    assert "赵秀兰" not in err and "13912345678" not in err
    assert cases(data_dir) == []


def test_a_list_without_a_work_order_number_is_refused_whole(zwcx, tmp_path):
    headers = [h if h != "工单编号" else "流水" for h in HEADERS]
    code, _out, err = zwcx("import", "supervision", dispatch_list(tmp_path / "x.xlsx", GOOD, headers), "--as",
                           "admin")
    assert code == 2 and "no column for 工单/建议编号" in err
