"""Tray reminders: while the app runs, a system tray icon shows how many items are due (the start-up list's groups
of store/reminders.py) and a notification says when more fall due. Off in 设置 (one checkbox, QSettings).

Where the desktop has no system tray (some Linux sessions, the offscreen tests) there is no icon, but the count
and the tooltip are kept all the same, so the rest of the app and the tests read one state. A notification names
groups and counts only, never a title: it may pop up on a screen others can see.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QSystemTrayIcon

K_TRAY = "reminders/tray"
REFRESH_MS = 5 * 60 * 1000  # a due date passes at midnight, not with a save: a slow clock is enough
DEBOUNCE_MS = 2000  # a batch or a sync round changes many records at once
START_DELAY_MS = 5000  # the first count waits for the 工作台, which reads the same reminders at start-up


def due_keys(groups: dict[str, list]) -> set[tuple[str, str, str, str]]:
    """(group, kind, record id, date) of every due item: the groups the start-up list shows (not 待审核)."""
    from zwcx_desktop.gui.duetoday import GROUPS

    return {(g, r[0], r[1], r[3]) for g in GROUPS for r in groups.get(g, [])}


def tooltip_text(count: int) -> str:
    """The tray icon's tooltip for `count` due items."""
    if count == 0:
        return QCoreApplication.translate("Tray", "zwcx: nothing due")
    return QCoreApplication.translate("Tray", "zwcx: %n item(s) due", "", count)


class TrayReminder(QObject):
    """The due count of one main window, its tray icon (when the desktop has a tray) and its notifications.
    `updated(count)` after every refresh."""

    updated = Signal(int)

    def __init__(self, win) -> None:
        super().__init__(win)
        self.win = win
        self.count = 0
        self.tooltip = tooltip_text(0)
        self.notified: list[str] = []  # the notification texts shown, newest last
        self._seen: set | None = None  # due keys of the last refresh; None before the first
        self.icon: QSystemTrayIcon | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(DEBOUNCE_MS)
        self._soon.timeout.connect(self.refresh)
        win.ctx.bus.record_changed.connect(lambda *_a: self._soon.start() if self.enabled() else None)

    @staticmethod
    def enabled() -> bool:
        return QSettings().value(K_TRAY, True, bool)

    def start(self) -> None:
        """Show the icon (where there is a tray) and count now and every few minutes; nothing when switched off."""
        if not self.enabled():
            self.stop()
            return
        if self.icon is None and QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(self.win.windowIcon(), self)
            self.icon.setObjectName("tray_icon")
            self.icon.activated.connect(self._activated)
            self.icon.show()
        self._timer.start()
        QTimer.singleShot(START_DELAY_MS, self.refresh)

    def stop(self) -> None:
        """Hide the icon and stop counting (the switch was turned off, or the window closes)."""
        self._timer.stop()
        self._soon.stop()
        if self.icon is not None:
            self.icon.hide()
            self.icon.deleteLater()
            self.icon = None
        self._seen = None

    def refresh(self) -> None:
        """Read the reminders in the background (only while the store is open)."""
        if not self.enabled() or not self.win.ready:
            return
        from zwcx_desktop.gui.dashboard import load_reminders

        self.win.ctx.runner.run(load_reminders, self.win.ctx.app, dt.date.today(), on_done=self.apply,
                                on_error=lambda _e, _d: None)  # the 工作台 reports a store that cannot be read

    def apply(self, groups: dict[str, list]) -> None:
        """Take a fresh set of reminder groups: the count, the tooltip, and a notification for what is new."""
        if not self.enabled():
            return
        keys = due_keys(groups)
        new = keys - self._seen if self._seen is not None else set()
        self._seen = keys
        self.count = len(keys)
        self.tooltip = tooltip_text(self.count)
        if self.icon is not None:
            self.icon.setToolTip(self.tooltip)
        if new:
            self._notify(new)
        self.updated.emit(self.count)

    def _notify(self, new: set) -> None:
        from zwcx_desktop.gui.dashboard import group_titles

        titles = group_titles()
        by_group: dict[str, int] = {}
        for g, *_rest in new:
            by_group[g] = by_group.get(g, 0) + 1
        text = "\n".join(f"{titles.get(g, g)}: {n}" for g, n in sorted(by_group.items()))
        self.notified.append(text)
        if self.icon is not None:
            self.icon.showMessage(QCoreApplication.translate("Tray", "Now due"), text,
                                  QSystemTrayIcon.MessageIcon.Information, 10000)

    def _activated(self, _reason) -> None:
        self.win.showNormal()
        self.win.raise_()
        self.win.activateWindow()
        self.win.goto("dashboard")


def start_tray(win) -> TrayReminder:
    """The hook of the main window once its store is open: its tray reminder, started (made once per window)."""
    tray = getattr(win, "tray", None)
    if tray is None:
        tray = win.tray = TrayReminder(win)
    tray.start()
    return tray


def add_tray_switch(page, lay) -> QCheckBox:
    """The hook of the settings page: one checkbox that turns the tray reminders on and off."""
    box = QCheckBox(QCoreApplication.translate("Tray", "Show due items in the system tray"))
    box.setObjectName("tray_switch")
    box.setToolTip(QCoreApplication.translate(
        "Tray", "A tray icon counts what is due and a notification says when more falls due, while zwcx runs"))
    box.setChecked(TrayReminder.enabled())

    def toggled(on: bool) -> None:
        QSettings().setValue(K_TRAY, on)
        win = page.window()
        tray = getattr(win, "tray", None)
        if tray is not None and on:
            tray.start()
        elif tray is not None:
            tray.stop()

    box.toggled.connect(toggled)
    lay.addWidget(box)
    return box
