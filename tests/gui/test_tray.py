"""Tray reminders: the count follows a due item, a notification names what fell due (no titles), and the switch
in 设置 turns it off. The offscreen platform has no system tray, so the count is read from the reminder's model."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QSystemTrayIcon

from tests.gui.helpers import wait_idle
from tests.gui.test_due_today import _overdue


def _publish(app, admin, rid):
    for step in ("pending_review", "published"):
        app.records.transition(rid, step, admin)


@pytest.fixture(autouse=True)
def _no_start_delay(monkeypatch):
    from zwcx_desktop.gui import tray

    monkeypatch.setattr(tray, "START_DELAY_MS", 0)


def test_tray_count_follows_a_due_item(qtbot, app, admin, login):
    QSettings().setValue("reminders/at_start", False)  # the start-up list is tested elsewhere
    win = login("clerk")
    wait_idle(qtbot, win)
    tray = win.tray
    assert (tray.icon is None) == (not QSystemTrayIcon.isSystemTrayAvailable())
    qtbot.waitUntil(lambda: tray._seen is not None, timeout=10000)
    assert tray.count == 0 and tray.tooltip == "zwcx：暂无到期事项" and tray.notified == []

    rid = _overdue(app, admin)
    _publish(app, admin, rid)
    with qtbot.waitSignal(tray.updated, timeout=10000):
        win.ctx.bus.record_changed.emit("commitment", rid)  # what a save in this window announces
    assert tray.count == 1 and tray.tooltip == "zwcx：1 项到期事项"
    assert tray.notified == ["逾期未兑现的承诺: 1"]  # the group and a count, never the record's title

    app.records.transition(rid, "fulfilled_late", admin)  # no longer due
    with qtbot.waitSignal(tray.updated, timeout=10000):
        tray.refresh()
    assert tray.count == 0 and len(tray.notified) == 1
    wait_idle(qtbot, win)


def test_the_switch_in_settings_turns_the_tray_off(qtbot, app, admin, login):
    QSettings().setValue("reminders/at_start", False)
    rid = _overdue(app, admin)
    _publish(app, admin, rid)
    win = login("admin")
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: win.tray.count == 1, timeout=10000)
    page = win.goto("settings")
    box = page.findChild(QCheckBox, "tray_switch")
    assert box.isChecked() and box.text() == "在系统托盘中显示到期事项"
    box.setChecked(False)
    assert QSettings().value("reminders/tray", True, bool) is False
    assert not win.tray._timer.isActive() and win.tray.icon is None
    win.tray.refresh()  # nothing read while off
    wait_idle(qtbot, win)
    assert win.tray._seen is None
    box.setChecked(True)
    qtbot.waitUntil(lambda: win.tray._seen is not None and win.tray.count == 1, timeout=10000)
    wait_idle(qtbot, win)
