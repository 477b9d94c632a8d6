"""A finance disclosure: income and expense lines with totals; a photo of the posted board on a saved notice."""

from __future__ import annotations

import datetime as dt

from tests.gui.helpers import button, choose, click, type_into, wait_idle


def test_finance_lines_total_and_save(qtbot, app, login):
    win = login("clerk")
    click(qtbot, win.goto("disclosure").new_button)
    dlg = win.last_dialog
    choose(dlg, "kind", "finance")
    type_into(qtbot, dlg, "title", "2026年第3季度财务收支公开")
    type_into(qtbot, dlg, "body", "现将本季度财务收支情况公开如下。")
    lines = dlg.boxes["finance_lines"].editor
    lines.add_line("income", "上级拨款", "12000")
    lines.add_line("expense", "办公用品", "1,250.50")
    assert lines.totals.text() == "收入合计 12,000.00 元，支出合计 1,250.50 元，结余 10,749.50 元"
    click(qtbot, button(dlg, "save"))
    qtbot.waitUntil(lambda: dlg.record_id is not None, timeout=5000)
    doc = app.records.get(dlg.record_id).doc
    assert [(x["direction"], x["amount"]) for x in doc["finance_lines"]] == [("income", "12000.00"),
                                                                           ("expense", "1250.50")]


def test_finance_disclosure_without_lines_is_refused_beside_the_table(qtbot, app, login):
    win = login("clerk")
    click(qtbot, win.goto("disclosure").new_button)
    dlg = win.last_dialog
    choose(dlg, "kind", "finance")
    type_into(qtbot, dlg, "title", "财务收支公开")
    type_into(qtbot, dlg, "body", "正文")
    click(qtbot, button(dlg, "save"))
    qtbot.waitUntil(lambda: dlg.boxes["finance_lines"].error.text() != "", timeout=5000)
    assert dlg.boxes["finance_lines"].error.text() == "财务公开至少需要一条收入或支出明细"
    assert dlg.record_id is None


def test_photo_of_the_posted_board_attaches_to_a_saved_notice(qtbot, app, admin, login, tmp_path):
    rid = app.records.create("disclosure", {"unit_id": app.home_unit_id(), "kind": "affairs", "title": "公示",
                                            "body": "正文", "formed_date": "2026-11-01"}, admin)
    for step in ("pending_review", "approved", "publicizing"):
        app.records.transition(rid, step, admin)
    win = login("reviewer")
    win.ctx.bus.open_record.emit("disclosure", rid)
    dlg = win.last_dialog
    photos = dlg.boxes["posting_evidence"].editor
    assert photos.add.isEnabled()  # photos are taken after posting, when the fields are locked
    photo = tmp_path / "公示栏.jpg"
    photo.write_bytes(b"\xff\xd8\xff board")
    photos.add_paths([str(photo)])
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: len(app.records.get(rid).doc["posting_evidence"]) == 1, timeout=5000)
    qtbot.waitUntil(lambda: photos.list.count() == 1, timeout=5000)
    assert photos.list.item(0).text() == "公示栏.jpg"


def test_a_deadline_in_a_year_without_a_holiday_schedule_is_flagged_beside_the_field(qtbot, app, admin, login):
    from tests.domain.test_calendar import SCHEDULE_2027
    from zwcx_core.domain import calendar

    app.records.today = lambda: dt.date(2027, 1, 20)  # formed in January 2027, whenever this runs
    rid = app.records.create("disclosure", {"unit_id": app.home_unit_id(), "kind": "affairs", "title": "公示",
                                            "body": "正文", "formed_date": "2027-01-20"}, admin)
    app.records.today = dt.date.today
    old = app.records.create("disclosure", {"unit_id": app.home_unit_id(), "kind": "affairs", "title": "旧公示",
                                            "body": "正文", "formed_date": "2026-03-02"}, admin)
    win = login("clerk")
    win.ctx.bus.open_record.emit("disclosure", rid)
    dlg = win.last_dialog
    note = dlg.boxes["deadline"].note
    assert dlg.boxes["deadline"].editor.text() == "2027-02-17"  # 20 working days, counted Monday–Friday
    assert note.isVisibleTo(dlg) and note.text() == "2027 年的节假日安排尚未获取，此日期暂按周一至周五为工作日计算，请核对。"
    win.ctx.bus.open_record.emit("disclosure", old)
    assert not win.last_dialog.boxes["deadline"].note.isVisibleTo(win.last_dialog)  # 2026 is known
    calendar.use_official_schedule(calendar.parse_schedule(SCHEDULE_2027))  # as after a sync
    dlg.reload()
    assert not note.isVisibleTo(dlg)


def test_a_full_number_typed_in_is_refused_beside_its_field_in_chinese(qtbot, app, login):
    win = login("clerk")
    click(qtbot, win.goto("disclosure").new_button)
    dlg = win.last_dialog
    choose(dlg, "kind", "finance")
    type_into(qtbot, dlg, "title", "2026年第3季度财务收支公开")
    type_into(qtbot, dlg, "body", "慰问对象身份证号 230102\u300019800101\u30001236。")
    type_into(qtbot, dlg, "contact_phone", "村部")
    dlg.boxes["finance_lines"].editor.add_line("expense", "慰问金", "300", "收款人电话138-1234-5678")
    click(qtbot, button(dlg, "save"))
    qtbot.waitUntil(lambda: dlg.boxes["body"].error.text() != "", timeout=5000)
    assert dlg.boxes["body"].error.text() == "含有完整的身份证号码，只能填写脱敏后的形式（如 23*************123）"
    assert dlg.boxes["finance_lines"].error.text() == \
        "第1行“备注”：含有完整的手机号码，只能填写脱敏后的形式（如 138****1234）"
    assert dlg.boxes["contact_phone"].error.text().startswith("不是有效的电话号码")
    assert dlg.record_id is None
