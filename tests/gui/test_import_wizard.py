"""The import wizard and the list export button, driven the way a clerk uses them (offscreen Qt)."""

from __future__ import annotations

import threading

from openpyxl import load_workbook
from PySide6.QtWidgets import QPushButton
from sqlalchemy import text

from tests.gui.helpers import click, type_text, wait_idle
from tests.io.rosters import bad_check, csv_bytes, roster_rows, write_xlsx
from zwcx_desktop.gui.importwizard import MAP_PAGE, PREVIEW_PAGE, RUN_PAGE
from zwcx_desktop.gui.listbuttons import export_list


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


def _to_preview(qtbot, wiz) -> None:
    """Next on the file page, Next on the mapping page (taking the recognised columns as they are)."""
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: wiz.page() == MAP_PAGE, timeout=10000)
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: wiz.page() == PREVIEW_PAGE, timeout=10000)


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
    good = rows[-1][2]
    rows[-1][2] = bad_check(good)
    f = write_xlsx(tmp_path / "roster.xlsx", rows)
    _win, _page, wiz = _open_wizard(qtbot, login, f)
    _to_preview(qtbot, wiz)
    shown = _cells(wiz.preview)
    assert shown[0][0] == "8"  # problem rows first: spreadsheet row 8 (title, header, six rows)
    assert shown[0][-1] == "第 8 行，C 列（身份证号）：身份证号校验位（第 18 位）与前 17 位不符（可能有数字输错了）"
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
    assert got[1][2] == rows[-1][2] and "check character is wrong" in got[1][-1]  # core writes the file (English)


def test_cancel_rolls_the_import_back(qtbot, login, app, tmp_path):
    f = write_xlsx(tmp_path / "roster.xlsx", roster_rows(300))
    win, _page, wiz = _open_wizard(qtbot, login, f)
    _to_preview(qtbot, wiz)
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
    assert wiz.error.text() == "photo.xlsx：这是一张 JPEG 图片，不是表格文件；请选择 .xlsx 或 .csv 格式的名单"


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
    assert wiz.error.text() == ("r.xlsx（工作表“Sheet1”）：表头行（第 1 行）中没有“姓名”列（现有表头：户名, 身份证号, 户人数, 村(社区), "
                                "发放金额, 发放日期, 备注）；请在列对应页把写有姓名的那一列对应到“姓名”")
    assert wiz.page() == MAP_PAGE
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
    assert wiz.page() == 0 and wiz.error.text().startswith("workbook.xlsx（工作表“填写说明”）：找不到表头行；")
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


def _first_page_error(qtbot, login, path) -> str:
    _win, _page, wiz = _open_wizard(qtbot, login, path)
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: bool(wiz.error.text()), timeout=10000)
    assert wiz.page() == 0
    return wiz.error.text()


def test_files_that_cannot_be_read_are_explained_in_chinese(qtbot, login, app, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert _first_page_error(qtbot, login, empty) == "empty.csv：文件是空的（0 字节）"
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)  # the OLE header of Excel 97-2003
    assert _first_page_error(qtbot, login, old) == ("old.xls：这是旧版 Excel 97-2003 工作簿（.xls）；请用 Excel 或 WPS "
                                                    "打开，另存为 .xlsx（Excel 工作簿）或 .csv 后再导入")


def test_no_area_is_explained_with_what_to_do_in_the_wizard(qtbot, login, app, tmp_path):
    f = write_xlsx(tmp_path / "roster.xlsx", roster_rows(2))
    _win, _page, wiz = _open_wizard(qtbot, login, f)
    wiz.area.setCurrentIndex(0)  # 按文件内容: the file has no 服务领域 column
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: wiz.page() == MAP_PAGE, timeout=10000)
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: bool(wiz.error.text()), timeout=10000)
    assert wiz.page() == MAP_PAGE
    assert wiz.error.text() == ("roster.xlsx（工作表“Sheet1”）：文件中没有“服务领域”列，也没有选择服务领域；"
                                "请在第一页选择适用于所有行的服务领域")


def test_row_problems_are_shown_in_chinese(qtbot, login, app, admin, tmp_path):
    """A person twice in the file, a mistyped ID and a person already registered: each row says why in Chinese."""
    from zwcx_desktop.io import roster

    registered = roster_rows(1, start=40)
    done = roster.commit(app, roster.prepare(app, write_xlsx(tmp_path / "before.xlsx", registered), area="养老",
                                             policy="高龄津贴"), admin)
    rows = roster_rows(4)
    twice = list(rows[0])
    twice[0] = 5
    mistyped = roster_rows(1, start=20)[0]
    good_id = mistyped[2]
    mistyped[2] = bad_check(good_id)
    rows += [twice, mistyped, registered[0]]  # spreadsheet rows 7, 8 and 9 (title, header, rows 3-6 fine)
    f = write_xlsx(tmp_path / "roster.xlsx", rows)
    _win, _page, wiz = _open_wizard(qtbot, login, f)
    _to_preview(qtbot, wiz)
    problems = {r[0]: r[-1] for r in _cells(wiz.preview) if r[-1]}
    assert problems == {
        "7": "第 7 行，C 列（身份证号）：与第 3 行是同一个人，服务领域和所属期也相同",
        "8": "第 8 行，C 列（身份证号）：身份证号校验位（第 18 位）与前 17 位不符（可能有数字输错了）",
        "9": f"第 9 行，C 列（身份证号）：此人已在“养老”登记过（记录 {done.ids[0][:8]}）",
    }
    assert wiz.summary.text().startswith("roster.xlsx（工作表“Sheet1”）：4 行可以导入，3 行有问题。")
    assert not wiz.next_btn.isEnabled()


def test_the_preview_marks_cells_filled_from_merged_cells(qtbot, login, app, tmp_path):
    from tests.io.rosters import write_merged_villages
    from zwcx_core.domain.schema import SERVICE
    from zwcx_desktop.gui.i18n import label
    from zwcx_desktop.gui.importwizard import FILLED_COLOUR

    rows = roster_rows(5)
    f = write_merged_villages(tmp_path / "roster.xlsx", rows, group=3)  # E3:E5 and E6:E7
    _win, _page, wiz = _open_wizard(qtbot, login, f)
    _to_preview(qtbot, wiz)
    assert wiz.notes.text() == ("有 3 个单元格按合并单元格填入了内容（蓝色显示）：每个单元格都取合并区域左上角单元格的值。"
                                "涉及的列：E 列（村(社区)）。")
    heads = [wiz.preview.horizontalHeaderItem(c).text() for c in range(wiz.preview.columnCount())]
    village = heads.index(label(SERVICE.field("village")))
    items = [wiz.preview.item(r, village) for r in range(wiz.preview.rowCount())]
    assert [i.text() for i in items] == [rows[0][4]] * 3 + [rows[3][4]] * 2
    blue = [i.background().color().name() == FILLED_COLOUR for i in items]
    assert blue == [False, True, True, False, True]
    assert [i.toolTip() for i in items] == ["", "取自合并单元格 E2", "取自合并单元格 E2", "", "取自合并单元格 E5"]
    name = wiz.preview.item(1, heads.index(label(SERVICE.field("beneficiary_name"))))
    assert name.background().color().name() != FILLED_COLOUR and not name.toolTip()
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: wiz.result is not None, timeout=20000)
    with app.db.read() as s:
        got = [v for (v,) in s.execute(text("SELECT village FROM service_records ORDER BY created_at, rowid"))]
    assert got == [rows[0][4]] * 3 + [rows[3][4]] * 2


def test_a_big5_file_is_said_to_be_read_as_big5(qtbot, login, app, tmp_path):
    from tests.io.rosters import big5_csv_bytes

    f = tmp_path / "roster.csv"
    f.write_bytes(big5_csv_bytes(roster_rows(3)))
    _win, _page, wiz = _open_wizard(qtbot, login, f)
    _to_preview(qtbot, wiz)
    assert wiz.notes.text() == "文字按 Big5（繁体中文）编码读取。"
    assert "陳大文" in [wiz.preview.item(r, 1).text() for r in range(wiz.preview.rowCount())]


def test_a_zip_bomb_is_named_in_chinese_on_the_first_page(qtbot, login, app, tmp_path):
    from tests.io.rosters import zip_bomb

    f = zip_bomb(write_xlsx(tmp_path / "r.xlsx", roster_rows(2)), tmp_path / "bomb.xlsx", megabytes=20)
    said = _first_page_error(qtbot, login, f)
    assert said.startswith("bomb.xlsx：工作簿中的一个部件解压后是压缩时的 ") and said.endswith(
        " 倍（20 MB）；Excel 或 WPS 保存的工作簿不到 100 倍，因此不予打开（疑似“压缩炸弹”）"), said


def test_the_contract_list_imports_a_ledger_through_the_same_wizard(qtbot, login, app, tmp_path):
    from tests.io.test_contract_import import GOOD, ledger

    f = ledger(tmp_path / "台账.xlsx", GOOD)
    win = login("clerk")
    page = win.goto("contract")
    button = page.findChild(QPushButton, "import_roster")
    assert button.text() == "导入合同台账…"
    click(qtbot, button)
    wiz = page.import_wizard
    assert wiz.windowTitle() == "导入合同台账" and not wiz.area.isVisible()  # a ledger's rows carry their own
    wiz.file.setText(str(f))
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: wiz.page() == MAP_PAGE, timeout=10000)
    assert wiz.combos["相对方"].currentData() == "counterparty"
    assert wiz.combos["交付日期"].currentText() == "交付日期"  # a column that becomes an event
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: wiz.page() == PREVIEW_PAGE, timeout=10000)
    assert "3" in wiz.summary.text() and wiz.next_btn.isEnabled(), wiz.summary.text()
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: wiz.page() == RUN_PAGE and not wiz._busy, timeout=20000)
    assert wiz.done_label.text() == "已导入 3 份合同（草拟），须由审核员逐份确认。"
    with app.db.read() as s:
        assert s.execute(text("SELECT count(*) FROM contracts WHERE status = 'draft'")).scalar_one() == 3
    wait_idle(qtbot, win)


def test_the_desk_imports_a_12345_dispatch_list_through_the_same_wizard_with_phones_masked(qtbot, login, app,
                                                                                           tmp_path):
    from PySide6.QtWidgets import QTableWidget

    from tests.io.test_supervision_import import GOOD, dispatch_list

    f = dispatch_list(tmp_path / "派单.xlsx", GOOD)
    win = login("clerk")
    desk = win.goto("supervision")
    click(qtbot, desk.import_button)
    wiz = desk.import_wizard
    assert wiz.windowTitle() == "导入12345派单清单" and not wiz.area.isVisible()
    wiz.file.setText(str(f))
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: wiz.page() == MAP_PAGE, timeout=10000)
    assert wiz.combos["工单编号"].currentData() == "ref_no" and wiz.combos["联系电话"].currentData() == "requester_phone"
    table = wiz.findChild(QTableWidget, "import_mapping")
    shown = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert "13912345678" not in shown and "139****5678" in shown  # the caller's phone, masked on screen
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: wiz.page() == PREVIEW_PAGE, timeout=10000)
    cells = [wiz.preview.item(r, c).text() for r in range(wiz.preview.rowCount())
             for c in range(wiz.preview.columnCount()) if wiz.preview.item(r, c)]
    assert not any("13912345678" in c or "13812345678" in c for c in cells)
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: wiz.page() == RUN_PAGE and not wiz._busy, timeout=20000)
    assert wiz.done_label.text() == "已将 3 张工单导入监督事项，并已计算办理时限。"
    with app.db.read() as s:
        assert s.execute(text("SELECT count(*) FROM supervision_cases WHERE channel = 'hotline_12345'")
                         ).scalar_one() == 3
    wait_idle(qtbot, win)
