"""工作台: what needs attention today, each line opening its record."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

LIMIT = 100


def load_reminders(_handle, app, today: dt.date) -> dict[str, list[tuple[str, str, str, str]]]:
    """Task: the reminder groups of store/reminders.py, each capped at LIMIT."""
    from zwcx_desktop.store.reminders import reminders

    with app.db.read() as s:
        return reminders(s, today, LIMIT)


def group_titles() -> dict[str, str]:
    """The reminder groups of store/reminders.py by their titles (the 工作台's boxes, the start-up list)."""
    return {"overdue": QCoreApplication.translate("DashboardPage", "Overdue commitments"),
            "ending": QCoreApplication.translate("DashboardPage", "Notices whose publicity period ends within 3 days"),
            "objections": QCoreApplication.translate("DashboardPage", "Objections near or past their reply deadline"),
            "review": QCoreApplication.translate("DashboardPage", "Waiting for review"),
            "supervision": QCoreApplication.translate(
                "DashboardPage", "Supervision cases due within 2 working days, due today or overdue"),
            "callbacks": QCoreApplication.translate("DashboardPage", "Callbacks due")}


class DashboardPage(QWidget):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filled = False  # the reminders have arrived at least once (start-up benchmark and tests wait on it)
        grid = QGridLayout(self)
        # Secrets in a file store, or refused (no keyring, a lost key): said above everything else, until fixed.
        self.secrets_banner = QLabel()
        self.secrets_banner.setObjectName("secrets_banner")
        self.secrets_banner.setWordWrap(True)
        self.secrets_banner.setVisible(False)
        grid.addWidget(self.secrets_banner, 0, 0, 1, 2)
        self.lists: dict[str, QListWidget] = {}
        self.boxes: dict[str, QGroupBox] = {}
        titles = group_titles()
        for n, (key, title) in enumerate(titles.items()):
            box = QGroupBox(title)
            lay = QVBoxLayout(box)
            lst = QListWidget()
            lst.setObjectName(f"reminders_{key}")
            # Three lines at least: with three rows of boxes the page still fits 1280x720 at 150 %.
            lst.setMinimumHeight(lst.fontMetrics().height() * 3)
            lst.itemActivated.connect(self._open)
            lst.itemDoubleClicked.connect(self._open)
            lay.addWidget(lst)
            grid.addWidget(box, n // 2 + 1, n % 2)
            self.lists[key], self.boxes[key] = lst, box
        self.titles = titles
        self.hint = QLabel(self.tr("Double-click a line to open its record."))
        self.hint.setStyleSheet("color: #666;")
        grid.addWidget(self.hint, (len(titles) + 1) // 2 + 1, 0, 1, 2)
        ctx.bus.record_changed.connect(self._on_record_changed)  # bound: dropped with the widget
        self.refresh()
        self.refresh_secrets()


    def _on_record_changed(self, kind: str = "", *_) -> None:
        self.refresh()
        if not kind:  # a change of the whole store (enrolment, a choice in 设置, a restore), not one record's save
            self.refresh_secrets()

    def refresh(self) -> None:
        self.ctx.runner.run(load_reminders, self.ctx.app, dt.date.today(), on_done=self._show)

    def refresh_secrets(self) -> None:
        from zwcx_desktop.gui.secretsbox import secrets_status

        self.ctx.runner.run(secrets_status, self.ctx.app, on_done=self._show_secrets)

    def _show_secrets(self, st) -> None:
        from zwcx_desktop.gui.secretsbox import store_text

        text, style = store_text(st)
        self.secrets_banner.setText(text)
        self.secrets_banner.setStyleSheet(style + " font-weight: bold;")
        self.secrets_banner.setVisible(st.store != "system" or st.problem is not None)

    def _show(self, groups) -> None:
        self.filled = True
        today = dt.date.today().isoformat()
        for key, items in groups.items():
            lst = self.lists[key]
            lst.clear()
            self.boxes[key].setTitle(f"{self.titles[key]} ({len(items)}{'+' if len(items) >= LIMIT else ''})")
            for kind, rid, title, date in items:
                it = QListWidgetItem(f"{date}  {str(title)[:50]}")
                it.setData(Qt.ItemDataRole.UserRole, (kind, rid))
                if date < today:
                    it.setForeground(QColor("#c00000"))  # overdue
                lst.addItem(it)
            if not items:
                it = QListWidgetItem(self.tr("Nothing here."))
                it.setFlags(Qt.ItemFlag.NoItemFlags)
                lst.addItem(it)

    def _open(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data:
            self.ctx.bus.open_record.emit(*data)
