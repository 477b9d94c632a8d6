"""Merged cells: the top-left value fills every cell of the range, in the rows that have data, and the summary says
how many cells were filled and in which columns."""

from __future__ import annotations

from openpyxl import Workbook

from tests.io.conftest import service_docs
from tests.io.rosters import HEADERS, make_id, roster_rows, write_merged_villages
from zwcx_desktop.io import roster
from zwcx_desktop.io.reader import read_sheet


def test_merged_village_cells_are_filled_down_and_counted(zwcx, tmp_path, data_dir):
    rows = roster_rows(7)
    f = write_merged_villages(tmp_path / "按村合并.xlsx", rows, group=3)  # E3:E5, E6:E8; row 9 on its own
    code, out, err = zwcx("import", "services", f, "--area", "养老", "--policy", "高龄津贴")
    assert code == 0, err
    assert out.strip() == ("按村合并.xlsx (sheet 'Sheet'): imported 7 service records; 4 cells filled from merged "
                           "cells (column E (村(社区)))")
    villages = [d["village"] for d in service_docs(data_dir)]
    assert villages == [rows[0][4]] * 3 + [rows[3][4]] * 3 + [rows[6][4]]


def test_the_dry_run_reports_the_filled_cells_too(zwcx, tmp_path):
    f = write_merged_villages(tmp_path / "r.xlsx", roster_rows(4), group=2)
    code, out, err = zwcx("import", "services", f, "--area", "养老", "--policy", "p", "--dry-run")
    assert code == 0, err
    assert out.strip().endswith("(dry run: nothing imported); 2 cells filled from merged cells (column E (村(社区)))")


def test_fill_rules(app, tmp_path):
    """Every cell of a range gets the value (across and down); a range does not turn empty rows into rows; a blank
    top-left fills nothing; the title above the header is not counted."""
    wb = Workbook()
    ws = wb.active
    ws.append(["2026年3月名单"])
    ws.append(HEADERS)
    for i in range(1, 5):
        ws.append([i, f"李{i}", make_id(i), 1, None, 100, None, None])
    ws["E3"] = "红旗村"
    ws["G3"] = "2026-03-05"
    ws.merge_cells("A1:H1")  # the title
    ws.merge_cells("E3:E9")  # runs past the last person (row 6) into empty rows
    ws.merge_cells("G3:H6")  # across and down, H6 holding its own value
    ws.merge_cells("F8:F9")  # below the data: its top-left is empty
    f = tmp_path / "r.xlsx"
    wb.save(f)
    sh = read_sheet(f)
    assert [n for n, _ in sh.rows] == [1, 2, 3, 4, 5, 6]
    by_row = dict(sh.rows)
    assert [by_row[n][4] for n in (3, 4, 5, 6)] == ["红旗村"] * 4
    assert [by_row[n][6:8] for n in (3, 4, 5, 6)] == [["2026-03-05"] * 2] * 4
    assert by_row[1] == ["2026年3月名单"] * 8
    plan = roster.inspect(f)
    assert plan.header_row == 2
    assert len(plan.filled) == 3 + 7  # E4:E6; G3:H6 but its top-left
    assert plan.filled[(6, 7)] == (3, 6) and (3, 6) not in plan.filled and (1, 3) not in plan.filled
    assert plan.filled_columns() == ["E (村(社区))", "G (发放日期)", "H (备注)"]
    assert plan.notes() == ["10 cells filled from merged cells (columns E (村(社区)), G (发放日期), H (备注))"]


def test_a_value_inside_a_merged_range_is_kept():
    """Excel empties the other cells of a range, but files from other tools may keep a value there: it stays."""
    from zwcx_desktop.io.xlsxsheet import fill_merged

    rows = [(3, [1, "红旗村"]), (4, [2, "前进村"]), (5, [3])]
    filled = fill_merged(rows, [(3, 1, 5, 1)], "r.xlsx")
    assert rows == [(3, [1, "红旗村"]), (4, [2, "前进村"]), (5, [3, "红旗村"])]
    assert filled == {(5, 1): (3, 1)}
