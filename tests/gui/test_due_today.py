"""At start-up, what is due is listed even when the clerk's last page was not the 工作台."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QListWidget, QPushButton

from tests.gui.helpers import click, wait_idle


def _overdue(app, admin) -> str:
    return app.records.create("commitment", {"unit_id": app.home_unit_id(), "title": "年底前修缮村道",
                                             "content": "修缮村道三公里", "category": "hot_issue",
                                             "responsible_person": "张三", "made_date": "2026-01-05",
                                             "due_date": "2026-02-27"}, admin)


def test_what_is_due_is_listed_at_start_and_a_line_opens_its_record(qtbot, app, admin, login):
    rid = _overdue(app, admin)
    for step in ("pending_review", "published"):
        app.records.transition(rid, step, admin)
    QSettings().setValue("main/page", "service")  # the clerk's last page: not the 工作台
    win = login("clerk")
    qtbot.waitUntil(lambda: win.findChild(QDialog, "due_today") is not None, timeout=10000)
    due = win.findChild(QDialog, "due_today")
    assert due.windowTitle() == "今日提醒" and due.isVisible()
    lst = due.findChild(QListWidget, "due_list")
    lines = [lst.item(i).text() for i in range(lst.count())]
    assert lines[0] == "逾期未兑现的承诺（1）" and "年底前修缮村道" in lines[1], lines
    lst.itemDoubleClicked.emit(lst.item(1))
    qtbot.waitUntil(lambda: win.last_dialog is not None and win.last_dialog.record_id == rid, timeout=5000)
    click(qtbot, due.findChild(QPushButton, "open_dashboard"))
    assert win.current_key() == "dashboard"
    wait_idle(qtbot, win)


def test_nothing_due_or_turned_off_shows_nothing(qtbot, app, admin, login):
    QSettings().setValue("main/page", "service")
    win = login("clerk")
    wait_idle(qtbot, win)
    assert win.findChild(QDialog, "due_today") is None  # nothing is due
    win.close()
    rid = _overdue(app, admin)
    for step in ("pending_review", "published"):
        app.records.transition(rid, step, admin)
    QSettings().setValue("reminders/at_start", False)
    win = login("clerk")
    wait_idle(qtbot, win)
    assert win.findChild(QDialog, "due_today") is None
