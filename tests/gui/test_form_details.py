"""The smaller things a new clerk trips over: where typing starts, limits while typing, what a finished record says,
the keyboard between pages, the sync page before enrolment, the login after the first-run wizard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.gui.helpers import click, wait_idle

COMMITMENT = {"title": "年底前修缮村道", "content": "修缮村道三公里", "category": "hot_issue",
              "responsible_person": "张三", "made_date": "2026-03-01", "due_date": "2026-12-31"}


def test_a_new_form_starts_in_its_first_field_and_stops_typing_at_the_limit(qtbot, app, login):
    win = login("clerk")
    click(qtbot, win.goto("commitment").new_button)
    dlg = win.last_dialog
    assert dlg.focusWidget() is dlg.boxes["unit_id"].editor  # not the tab bar
    title, content = dlg.boxes["title"].editor, dlg.boxes["content"].editor
    title.setText("承" * 200)
    assert len(title.text()) == 120
    content.setPlainText("诺" * 5100)  # a paste past the limit is cut, not refused after saving
    assert len(content.toPlainText()) == 5000
    wait_idle(qtbot, win)


def test_a_cancelled_commitment_does_not_point_at_buttons_that_are_not_there(qtbot, app, admin, login):
    rid = app.records.create("commitment", {"unit_id": app.home_unit_id()} | COMMITMENT, admin)
    app.records.transition(rid, "cancelled", admin)
    win = login("clerk")
    win.ctx.bus.open_record.emit("commitment", rid)
    dlg = win.last_dialog
    assert not dlg.action_buttons
    assert dlg.findChild(QLabel, "form_notice").text() == "此记录已不能修改，其流程已到此结束。"
    wait_idle(qtbot, win)


def test_ctrl_and_a_digit_goes_to_that_page_and_the_sync_page_promises_nothing_before_enrolment(qtbot, app, login):
    win = login("clerk")
    wait_idle(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert win.current_key() == "commitment"
    qtbot.keyClick(win, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert win.current_key() == "contract"
    qtbot.keyClick(win, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert win.current_key() == "supervision"
    page = win.page("sync")
    qtbot.waitUntil(lambda: page.state is not None, timeout=10000)
    page._show_schedule()
    assert page.schedule.text() == "本机尚未在同步服务器注册。"
    assert "自动同步" not in page.schedule.text()
    wait_idle(qtbot, win)


def test_an_objection_shows_its_reply_deadline_once(qtbot, app, login):
    win = login("clerk")
    click(qtbot, win.goto("objection").new_button)
    dlg = win.last_dialog
    assert not dlg.form.isRowVisible(dlg.boxes["due_date"]) and dlg.findChild(QLabel, "due_note") is not None
    wait_idle(qtbot, win)


def test_the_login_after_set_up_offers_the_administrator_it_created(app):
    from zwcx_desktop.store.glance import glance

    assert glance(app.root).last_user == "admin"


def test_history_shows_local_time_and_display_names(qtbot, app, login, monkeypatch):
    import datetime as dt
    import time

    from PySide6.QtWidgets import QTreeWidget

    from zwcx_core.domain.enums import Role
    from zwcx_desktop.gui.people import local_time
    from zwcx_desktop.store.users import Actor

    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        clerk = Actor("clerk", Role.CLERK, "录入员小王")
        rid = app.records.create("commitment", {"unit_id": app.home_unit_id()} | COMMITMENT, clerk)
        win = login("clerk")
        win.ctx.bus.open_record.emit("commitment", rid)
        dlg = win.last_dialog
        tree = dlg.findChild(QTreeWidget, "history_versions")
        qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=10000)
        row = tree.topLevelItem(0)
        stored = app.records.history(rid)[0].created_at  # naive UTC
        assert row.text(1) == local_time(stored) == (stored + dt.timedelta(hours=8)).strftime("%Y-%m-%d %H:%M:%S")
        assert row.text(2) == "录入员小王（clerk）"
        wait_idle(qtbot, win)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_a_list_keeps_its_columns_sort_and_filters_for_the_next_session(qtbot, app, login):
    from PySide6.QtCore import Qt

    win = login("clerk")
    page = win.goto("commitment")
    header = page.table.horizontalHeader()
    header.resizeSection(0, 333)
    header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    page.status.setCurrentIndex(page.status.findData("published"))
    wait_idle(qtbot, win)
    win.close()
    win = login("clerk")
    page = win.goto("commitment")
    header = page.table.horizontalHeader()
    assert header.sectionSize(0) == 333
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.DescendingOrder)
    assert page.status.currentData() == "published" and page.model.filter.status == "published"
    assert page.model.filter.order_by == page.model.fields[1].name and page.model.filter.descending
    wait_idle(qtbot, win)


def test_enter_in_the_date_picker_sets_the_date(qtbot, app, login):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QTableView

    win = login("clerk")
    click(qtbot, win.goto("commitment").new_button)
    editor = win.last_dialog.boxes["due_date"].editor
    editor.pick.menu().aboutToShow.emit()  # as when the calendar opens
    editor.cal.setSelectedDate(QDate(2026, 12, 30))
    view = editor.cal.findChild(QTableView)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert editor.value() == "2026-12-30"
    wait_idle(qtbot, win)


def test_tab_leaves_a_list_table(qtbot, app, admin, login):
    for title in ("修缮村道", "修缮桥梁"):
        app.records.create("commitment", {"unit_id": app.home_unit_id()} | COMMITMENT | {"title": title}, admin)
    win = login("clerk")
    page = win.goto("commitment")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    win.activateWindow()
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus, timeout=3000)
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert not page.table.hasFocus()  # it used to walk the cells of the table
    wait_idle(qtbot, win)
