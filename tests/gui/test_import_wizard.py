"""The import wizard and the list export button, driven the way a clerk uses them (offscreen Qt)."""

from __future__ import annotations

import threading

from openpyxl import load_workbook
from PySide6.QtWidgets import QPushButton
from sqlalchemy import text

from tests.gui.helpers import click, type_text, wait_idle
from tests.io.rosters import bad_check, csv_bytes, roster_rows, write_xlsx
from zwcx_desktop.gui.importwizard import MAP_PAGE, PREVIEW_PAGE, RUN_PAGE, export_list


def _count(app) -> int:
    with app.db.read() as s:
        return s.execute(text("SELECT count(*) FROM service_records WHERE deleted = 0")).scalar_one()


def _open_wizard(qtbot, login, path, area="elderly", policy="高龄津贴"):
    win = login("clerk")
    page = win.goto("service")
    click(qtbot, page.findChild(QPushButton, "import_roster"))
    wiz = page.import_wizard
    assert wiz.isVisible()
    type_text(qtbot, wiz.file, str(path)) if str(path).isascii() else wiz.file.setText(str(path))
    wiz.area.setCurrentIndex(wiz.area.findData(area))
    wiz.policy.setFocus()
    type_text(qtbot, wiz.policy, policy)
    return win, page, wiz


def _cells(table) -> list[list[str]]:
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_wizard_maps_previews_and_imports_a_gb18030_csv(qtbot, login, app, tmp_path):
    rows = roster_rows(12)
    f = tmp_path / "roster.csv"
    f.write_bytes(csv_bytes(rows, "gb18030"))
    win, page, wiz = _open_wizard(qtbot, login, f)
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: wiz.page() == MAP_PAGE, timeout=10000)
    assert wiz.combos["姓名"].currentData() == "beneficiary_name"
    assert wiz.combos["身份证号"].currentData() == "citizen_id"
    assert wiz.combos["村(社区)"].currentData() == "village"
    assert wiz.combos["序号"].currentData() == "ignore"
    mapping = _cells(wiz.map_table)
    assert ["C (身份证号)", rows[0][2][:2] + "*" * 13 + rows[0][2][-3:]] == mapping[2][:2]  # masked on screen
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: wiz.page() == PREVIEW_PAGE, timeout=10000)
    shown = _cells(wiz.preview)
    assert len(shown) == 12 and all(not r[-1] for r in shown)
    assert not any(r[2] in cell for r in rows for line in shown for cell in line)  # no full ID on screen
    assert "12" in wiz.summary.text() and wiz.next_btn.isEnabled() and wiz.next_btn.text() == "导入"
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: wiz.result is not None, timeout=20000)
    assert wiz.page() == RUN_PAGE and wiz.progress.value() == wiz.progress.maximum()
    assert wiz.done_label.text() == "已导入 12 条服务落实记录。"
    assert _count(app) == 12
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: "12" in page.count.text(), timeout=5000)


def test_a_bad_last_row_blocks_the_import_until_the_clerk_skips_it(qtbot, login, app, tmp_path):
    rows = roster_rows(6)
    rows[-1][2] = bad_check(rows[-1][2])
    f = write_xlsx(tmp_path / "roster.xlsx", rows)
    _win, _page, wiz = _open_wizard(qtbot, login, f)
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: wiz.page() == MAP_PAGE, timeout=10000)
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: wiz.page() == PREVIEW_PAGE, timeout=10000)
    shown = _cells(wiz.preview)
    assert shown[0][0] == "8"  # problem rows first: spreadsheet row 8 (title, header, six rows)
    assert "row 8, column C (身份证号): citizen ID (身份证号) check character is wrong" in shown[0][-1]
    assert not wiz.next_btn.isEnabled()
    errors_out = tmp_path / "errors.xlsx"
    wiz.errors_out.setText(str(errors_out))
    click(qtbot, wiz.skip)
    assert wiz.next_btn.isEnabled()
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: wiz.result is not None, timeout=20000)
    assert _count(app) == 5
    assert "1" in wiz.done_label.text() and str(errors_out) in wiz.done_label.text()
    got = list(load_workbook(errors_out).active.iter_rows(values_only=True))
    assert got[1][2] == rows[-1][2] and "check character is wrong" in got[1][-1]


def test_cancel_rolls_the_import_back(qtbot, login, app, tmp_path):
    f = write_xlsx(tmp_path / "roster.xlsx", roster_rows(300))
    win, _page, wiz = _open_wizard(qtbot, login, f)
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: wiz.page() == MAP_PAGE, timeout=10000)
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: wiz.page() == PREVIEW_PAGE, timeout=10000)
    # Hold the single writer thread so the import is queued behind it, then cancel before it runs.
    gate = threading.Event()
    win.ctx.runner.write(lambda _h: gate.wait(10))
    click(qtbot, wiz.next_btn)
    assert wiz.cancel_btn.isEnabled()
    click(qtbot, wiz.cancel_btn)
    assert wiz.done_label.text() == "正在取消…"
    gate.set()
    qtbot.waitUntil(lambda: not wiz._busy, timeout=20000)
    assert wiz.result is None and wiz.done_label.text() == "已取消：未导入任何记录。"
    assert _count(app) == 0


def test_a_file_that_is_not_a_roster_is_named_on_the_first_page(qtbot, login, app, tmp_path):
    f = tmp_path / "photo.xlsx"
    f.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    _win, _page, wiz = _open_wizard(qtbot, login, f)
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: bool(wiz.error.text()), timeout=10000)
    assert wiz.page() == 0
    assert wiz.error.text() == "photo.xlsx: this is a JPEG image, not a spreadsheet; choose the .xlsx or .csv roster"


def test_export_button_writes_the_list_with_its_filters(qtbot, login, app, admin, tmp_path, boxes):
    from zwcx_desktop.io import roster

    plan = roster.prepare(app, write_xlsx(tmp_path / "r.xlsx", roster_rows(4)), area="养老", policy="高龄津贴")
    roster.commit(app, plan, admin)
    plan = roster.prepare(app, write_xlsx(tmp_path / "s.xlsx", roster_rows(3, start=30)), area="助残", policy="p")
    roster.commit(app, plan, admin)
    win = login("clerk")
    page = win.goto("service")
    assert page.findChild(QPushButton, "export_list") is not None
    assert win.goto("commitment").findChild(QPushButton, "export_list") is not None
    page = win.goto("service")
    page.area.setCurrentIndex(page.area.findData("disability"))
    wait_idle(qtbot, win)
    out = tmp_path / "list.xlsx"
    export_list(page, str(out))
    qtbot.waitUntil(lambda: bool(boxes), timeout=10000)
    assert boxes[-1][0] == "information" and str(out) in boxes[-1][2]
    names = sorted(r[0] for r in load_workbook(out).active.iter_rows(min_row=2, values_only=True))
    assert names == sorted(r[1] for r in roster_rows(3, start=30))


def test_an_unknown_header_is_mapped_by_hand(qtbot, login, app, tmp_path):
    rows = [r[1:] for r in roster_rows(3)]
    headers = ["户名", "身份证号", "户人数", "村(社区)", "发放金额", "发放日期", "备注"]
    f = write_xlsx(tmp_path / "r.xlsx", rows, headers=headers, title=None)
    _win, _page, wiz = _open_wizard(qtbot, login, f)
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: wiz.page() == MAP_PAGE, timeout=10000)
    assert wiz.combos["户名"].currentData() == "ignore"
    click(qtbot, wiz.next_btn)  # without a name column the check refuses, on the mapping page
    qtbot.waitUntil(lambda: bool(wiz.error.text()), timeout=10000)
    assert "no column for 姓名" in wiz.error.text() and wiz.page() == MAP_PAGE
    combo = wiz.combos["户名"]
    combo.setCurrentIndex(combo.findData("beneficiary_name"))
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: wiz.page() == PREVIEW_PAGE, timeout=10000)
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: wiz.result is not None, timeout=20000)
    assert _count(app) == 3


def test_the_clerk_picks_the_sheet_of_a_workbook_with_several(qtbot, login, app, tmp_path):
    rows = roster_rows(5)
    f = write_xlsx(tmp_path / "workbook.xlsx", rows, sheet="3月名单")
    wb = load_workbook(f)
    notes = wb.create_sheet("填写说明", 0)  # instructions first, as offices' templates have them
    notes.append(["请按模板填写，身份证号请设置为文本格式。"])
    wb.save(f)
    win, page, wiz = _open_wizard(qtbot, login, f)
    wiz._list_sheets()
    qtbot.waitUntil(lambda: wiz.sheet.count() == 3, timeout=5000)
    assert wiz.sheet.isEnabled() and [wiz.sheet.itemText(i) for i in range(3)] == ["第一个有数据的工作表",
                                                                                     "填写说明", "3月名单"]
    click(qtbot, wiz.next_btn)  # the first sheet with data is the instructions: refused, naming that sheet
    qtbot.waitUntil(lambda: "填写说明" in wiz.error.text(), timeout=10000)
    assert wiz.page() == 0 and "no header row found" in wiz.error.text()
    wiz.sheet.setCurrentIndex(wiz.sheet.findData("3月名单"))
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: wiz.page() == MAP_PAGE and not wiz._busy, timeout=10000)
    assert wiz.combos["身份证号"].currentData() == "citizen_id"
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: wiz.page() == PREVIEW_PAGE, timeout=10000)
    assert "3月名单" in wiz.summary.text()
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: wiz.result is not None, timeout=20000)
    assert _count(app) == 5
    wait_idle(qtbot, win)
