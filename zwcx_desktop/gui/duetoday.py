"""At start-up, a short list of what is due (今日提醒): the 工作台's reminders (store/reminders.py) that cannot wait —
overdue commitments, publicity periods ending, objections due, contract payments and judgments due — so a clerk who opens another page first still sees
them. A later record kind adds its group to store/reminders.py and a title to GROUPS, and it shows here too.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from zwcx_desktop.gui.screenfit import resize_within_screen

#: The reminder groups that are due (not "waiting for review": the 工作台 shows that); titled as on the 工作台.
GROUPS = ("overdue", "ending", "objections", "payments", "judgments", "supervision", "callbacks")
SHOWN = 5  # lines per group; the 工作台 has them all
K_AT_START = "reminders/at_start"


def remind_at_start(win) -> None:
    """Read the reminders in the background and show the list when something is due (and the clerk wants it)."""
    from zwcx_desktop.gui.dashboard import LIMIT, load_reminders

    if not QSettings().value(K_AT_START, True, bool):
        return
    win.ctx.runner.run(load_reminders, win.ctx.app, dt.date.today(),
                       on_done=lambda groups: _show(win, groups, LIMIT))


def _show(win, groups: dict, limit: int) -> None:
    due = {k: groups.get(k, []) for k in GROUPS if groups.get(k)}
    if due and win.isVisible():
        win.due_today = DueToday(win, due, limit)
        win.due_today.show()


class DueToday(QDialog):
    """The list: a line per record (double-click opens it), a button to the 工作台, and 'show at start-up'."""

    def __init__(self, win, due: dict[str, list[tuple[str, str, str, str]]], limit: int) -> None:
        super().__init__(win)
        self.win = win
        self.setObjectName("due_today")
        self.setWindowTitle(self.tr("Due today"))
        lay = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setObjectName("due_list")
        from zwcx_desktop.gui.dashboard import LEVEL_COLOURS, group_titles, line_text

        titles = group_titles()
        for key, items in due.items():
            more = "+" if len(items) >= limit else ""
            head = QListWidgetItem(self.tr("%1 (%2)").replace("%1", titles[key]).replace("%2", f"{len(items)}{more}"))
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(head)
            for row in items[:SHOWN]:
                item = QListWidgetItem("    " + line_text(row, 80))
                item.setData(Qt.ItemDataRole.UserRole, tuple(row[:2]))
                if len(row) > 4 and row.level in LEVEL_COLOURS:
                    item.setForeground(QColor(LEVEL_COLOURS[row.level]))
                self.list.addItem(item)
        self.list.itemActivated.connect(self._open)
        self.list.itemDoubleClicked.connect(self._open)
        lay.addWidget(QLabel(self.tr("These need attention. Double-click a line to open its record.")))
        lay.addWidget(self.list, 1)
        bar = QHBoxLayout()
        self.at_start = QCheckBox(self.tr("Show at start-up"))
        self.at_start.setChecked(True)
        self.at_start.toggled.connect(lambda on: QSettings().setValue(K_AT_START, on))
        bar.addWidget(self.at_start)
        bar.addStretch(1)
        board = QPushButton(self.tr("Open the 工作台"))
        board.setObjectName("open_dashboard")
        board.clicked.connect(self._dashboard)
        bar.addWidget(board)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("close")
        close.clicked.connect(self.close)
        bar.addWidget(close)
        lay.addLayout(bar)
        resize_within_screen(self, 560, 420)

    def _open(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target and target[0] == "annual_arrears":  # the yearly announcement: its box is on the 工作台
            self._dashboard()
        elif target:
            self.win.ctx.bus.open_record.emit(*target)

    def _dashboard(self) -> None:
        self.win.goto("dashboard")
        self.close()
