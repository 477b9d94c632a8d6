"""The 监督事项 desk through real widgets: a 12345 order from receipt to closed with a re-handling, wrong input
refused beside its field, the overdue case on the 工作台, and a deputy's suggestion answered A with its letter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog

from tests.gui.helpers import button, choose, click, type_into, wait_idle
from tests.notices.notice_pdf import flat, pdf_text
from tests.supervision.cases import PHONE, REQUESTER

pytestmark = pytest.mark.usefixtures("qapp")


def _error(dlg, name: str) -> str:
    box = dlg.boxes[name]
    return box.error.text() if box.error.isVisible() else ""


def _save(qtbot, dlg) -> None:
    click(qtbot, button(dlg, "save"))
    qtbot.waitUntil(lambda: button(dlg, "save").isEnabled() and dlg.notice.text() != "", timeout=5000)


def _step(qtbot, dlg, target: str) -> None:
    click(qtbot, button(dlg, f"action_{target}"))
    qtbot.waitUntil(lambda: dlg.view.status == target, timeout=5000)


def _desk_rows(qtbot, win, page) -> list[tuple[str, ...]]:
    wait_idle(qtbot, win)
    t = page.table
    return [tuple(t.item(r, c).text() for c in range(t.columnCount())) for r in range(t.rowCount())]


def test_a_12345_order_from_receipt_through_an_unsatisfied_callback_to_closed(qtbot, app, login):
    win = login("reviewer")
    page = win.goto("supervision")
    qtbot.waitUntil(lambda: page.loaded >= 1, timeout=5000)
    click(qtbot, page.new_button)
    dlg = win.last_dialog
    choose(dlg, "channel", "hotline_12345")
    choose(dlg, "request_type", "complaint")
    type_into(qtbot, dlg, "title", "小区门口路灯不亮")
    type_into(qtbot, dlg, "content", "新阳路128号小区门口路灯连续一周不亮。")
    type_into(qtbot, dlg, "received_date", "2026-03-02")
    type_into(qtbot, dlg, "requester", REQUESTER)
    type_into(qtbot, dlg, "requester_phone", PHONE)
    # Wrong input: a reply before the receipt, an answer class on a work order. One message beside each field.
    type_into(qtbot, dlg, "reply_date", "2026-03-01")
    choose(dlg, "answer_class", "A")
    _save(qtbot, dlg)
    assert _error(dlg, "reply_date") == "早于接收日期"
    assert _error(dlg, "answer_class") == "仅人大代表建议和政协委员提案有答复类别"
    assert dlg.record_id is None
    with app.db.read() as s:
        from zwcx_desktop.store import desk

        assert desk.count(s, desk.DeskFilter(), app.records.today()) == 0
    type_into(qtbot, dlg, "reply_date", "")
    field = dlg.boxes["answer_class"].editor
    field.setCurrentIndex(0)
    _save(qtbot, dlg)
    assert dlg.record_id is not None, dlg.notice.text()
    rid = dlg.record_id
    assert dlg.view.doc["due_date"] == "2026-03-19"  # 13 working days

    # On the desk with an objection to a notice (its own kind and clock), by deadline, overdue in red; each line
    # opens its record. And on the 工作台 too.
    from tests.supervision.cases import objection

    obj = objection(app, win.ctx.actor)  # due 2026-03-16
    win.ctx.bus.record_changed.emit("objection", obj)
    rows = _desk_rows(qtbot, win, page)
    assert [r[:5] for r in rows] == [("异议投诉", "异议", "反映窗口推诿。", "2026-03-02", "2026-03-16"),
                                     ("监督事项", "12345工单", "小区门口路灯不亮", "2026-03-02", "2026-03-19")]
    assert int(rows[1][5]) < 0 and rows[1][6] == "登记"
    assert page.table.item(1, 5).foreground().color().name() == "#c00000"
    page.table.cellDoubleClicked.emit(0, 2)
    assert (win.last_dialog.kind, win.last_dialog.record_id) == ("objection", obj)
    wait_idle(qtbot, win)
    win.last_dialog.close()
    page.table.cellDoubleClicked.emit(1, 2)
    assert (win.last_dialog.kind, win.last_dialog.record_id) == ("supervision", rid)
    wait_idle(qtbot, win)
    win.last_dialog.close()
    dash = win.goto("dashboard")
    wait_idle(qtbot, win)
    due = dash.lists["supervision"]
    assert due.count() == 1 and "小区门口路灯不亮" in due.item(0).text()
    assert due.item(0).foreground().color().name() == "#c62828"  # the 工作台's overdue red

    _step(qtbot, dlg, "handling")
    type_into(qtbot, dlg, "result", "已联系供电所更换灯泡。")
    _save(qtbot, dlg)
    _step(qtbot, dlg, "replied")
    reply = dlg.view.doc["reply_date"]
    # The callback: unsatisfied, first without the date of the call.
    choose(dlg, "satisfaction", "unsatisfied")
    type_into(qtbot, dlg, "callback_way", "电话")
    _save(qtbot, dlg)
    assert _error(dlg, "satisfaction") == "需先填写回访日期或代表反馈日期"
    type_into(qtbot, dlg, "callback_date", reply)
    _save(qtbot, dlg)
    assert dlg.view.doc["satisfaction"] == "unsatisfied"
    _step(qtbot, dlg, "rehandling")
    assert dlg.view.doc["rehandle_count"] == 1 and dlg.view.doc["reply_date"] is None
    type_into(qtbot, dlg, "result", "已更换整条线路，路灯恢复照明。")
    _save(qtbot, dlg)
    _step(qtbot, dlg, "replied")
    type_into(qtbot, dlg, "callback_date", dlg.view.doc["reply_date"])
    choose(dlg, "satisfaction", "satisfied")
    _save(qtbot, dlg)
    _step(qtbot, dlg, "closed")
    doc = app.records.get(rid).doc
    assert (doc["status"], doc["satisfaction"], doc["rehandle_count"]) == ("closed", "satisfied", 1)
    rows = _desk_rows(qtbot, win, page)
    assert rows[1][5] == "" and rows[1][6] == "办结"
    assert REQUESTER not in "".join("".join(r) for r in rows) and PHONE not in "".join("".join(r) for r in rows)
    dlg.close()
    # 统计分析: one 12345 order, its last callback satisfied.
    stats = win.goto("stats").supervision
    stats.loaded = 0
    page = win.page("stats")
    page.period.setCurrentIndex(page.period.count() - 1)  # custom: from the start of 2026
    page.start.setDate(QDate(2026, 1, 1))
    page.refresh()
    qtbot.waitUntil(lambda: stats.loaded >= 1, timeout=5000)
    wait_idle(qtbot, win)
    assert stats.rows[0][:2] == ["全部渠道", "1"] and stats.rows[1][:2] == ["12345工单", "1"]
    assert stats.rows[1][4] == "100.0%"  # the last callback: satisfied


def test_a_deputys_suggestion_on_the_offices_clock_answered_a_with_its_letter_saved_from_the_desk(
        qtbot, app, login, monkeypatch, tmp_path):
    import json

    win = login("admin")
    # 设置: the administrator shortens the suggestions' reply to two months; a wrong edit is refused beside it.
    clocks = win.goto("settings").clocks
    qtbot.waitUntil(lambda: clocks.editor.toPlainText() != "", timeout=5000)
    doc = json.loads(clocks.editor.toPlainText())
    doc["deputy_suggestion"][1]["unit"] = "weeks"
    clocks.editor.setPlainText(json.dumps(doc, ensure_ascii=False))
    click(qtbot, clocks.save)
    qtbot.waitUntil(lambda: clocks.saved == 1, timeout=5000)
    assert clocks.msg.text() == ("supervision_clocks.deputy_suggestion[1] (reply_by)：unit 应为 working_days, days, "
                                 "months 之一，实际为 'weeks'")
    doc["deputy_suggestion"][1]["unit"] = "months"
    doc["deputy_suggestion"][1]["amount"] = 2
    clocks.editor.setPlainText(json.dumps(doc, ensure_ascii=False))
    click(qtbot, clocks.save)
    qtbot.waitUntil(lambda: clocks.saved == 2, timeout=5000)
    assert clocks.msg.text() == "已保存。已重新计算 0 件未办结事项的时限。"
    qtbot.waitUntil(lambda: clocks.share.text() == "本机尚未注册同步服务器：这些时限只在本机使用。", timeout=5000)
    app.put_setting("sync_server_url", "https://sync.example.gov.cn")  # enrolled: the edit is the township's
    clocks.reload()
    qtbot.waitUntil(lambda: clocks.share.text().startswith("等待发送"), timeout=5000)
    assert clocks.share.text() == ("等待发送：下次同步把这些时限发送到市级服务器后，本乡镇（街道）的其他电脑才使用"
                                   "它们。")
    app.put_setting("sync_server_url", "")

    page = win.goto("supervision")
    click(qtbot, page.new_button)
    dlg = win.last_dialog
    choose(dlg, "channel", "deputy_suggestion")
    type_into(qtbot, dlg, "ref_no", "J2026-3")
    type_into(qtbot, dlg, "title", "关于加快老旧小区改造的建议")
    type_into(qtbot, dlg, "content", "建议加快新阳路老旧小区改造。")
    type_into(qtbot, dlg, "deputies", "李明")
    type_into(qtbot, dlg, "received_date", "2026-03-02")
    type_into(qtbot, dlg, "assigned_date", "2026-03-05")
    _save(qtbot, dlg)
    rid = dlg.record_id
    assert dlg.view.doc["due_date"] == "2026-05-05"  # two months from assignment, as the office set it
    _step(qtbot, dlg, "handling")
    type_into(qtbot, dlg, "result", "已列入今年改造计划，预计年底前完工。")
    choose(dlg, "answer_class", "A")
    _save(qtbot, dlg)
    _step(qtbot, dlg, "replied")
    dlg.close()

    choose_channel = page.channel
    choose_channel.setCurrentIndex(choose_channel.findData("deputy_suggestion"))
    rows = _desk_rows(qtbot, win, page)
    assert [r[2] for r in rows] == ["关于加快老旧小区改造的建议"]
    page.table.selectRow(0)
    out = tmp_path / "答复函.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    click(qtbot, page.letter_button)
    qtbot.waitUntil(lambda: page.msg.isVisible(), timeout=10000)
    assert page.msg.text() == f"已保存到 {out}"
    pages = pdf_text(out.read_bytes())
    assert flat(pages[0].splitlines()[0]) == "A类"
    assert "关于李明代表第J2026-3号建议的答复" in flat(pages[0])
    assert flat(pages[1]).startswith("人大代表建议办理情况征询意见表")
    assert app.records.get(rid).doc["status"] == "replied"
