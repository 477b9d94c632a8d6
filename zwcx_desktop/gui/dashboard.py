"""工作台: what needs attention today, each line opening its record."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
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
            "payments": QCoreApplication.translate("DashboardPage", "Contract payments due within 7 days, today or overdue"),
            "judgments": QCoreApplication.translate("DashboardPage", "Judgments reaching their performance deadline"),
            "supervision": QCoreApplication.translate(
                "DashboardPage", "Supervision cases due within 2 working days, due today or overdue"),
            "callbacks": QCoreApplication.translate("DashboardPage", "Callbacks due")}


#: The groups top to bottom: what is late or due first, what waits on a colleague last.
ORDER = ("overdue", "objections", "payments", "judgments", "supervision", "callbacks", "ending", "review")
#: Lines a group's list shows before it scrolls.
ROWS = 8

# Text colour of a warning line by level (payment_warnings: 1 due soon, 2 due today, 3 overdue).
LEVEL_COLOURS = {2: "#e65100", 3: "#c62828"}


def line_text(item, width: int = 50) -> str:
    """One reminder as a line: date and title, and for a payment or judgment (store.reminders.DueReminder) how
    urgent it is, what is due and how much."""
    kind, _rid, title, date = item[:4]
    if len(item) == 4:
        return f"{date}  {str(title)[:width]}"
    left = item.days_left
    if left == 0:
        when = QCoreApplication.translate("DashboardPage", "due today")
    elif left < 0:
        when = QCoreApplication.translate("DashboardPage", "overdue %1 days").replace("%1", str(-left))
    else:
        when = QCoreApplication.translate("DashboardPage", "due in %1 days").replace("%1", str(left))
    what = {"payment": QCoreApplication.translate("DashboardPage", "payment"),
            "deposit": QCoreApplication.translate("DashboardPage", "deposit to return"),
            "confirm": QCoreApplication.translate("DashboardPage", "确权 answer"),
            "judgment": QCoreApplication.translate("DashboardPage", "judgment to perform"),
            "publish": QCoreApplication.translate("DashboardPage", "to publish")}.get(item.what, item.what)
    yuan = QCoreApplication.translate("DashboardPage", "%1 yuan")
    amount = "" if item.amount is None else "  " + yuan.replace("%1", f"{item.amount:,.2f}")
    return f"{date}  [{when}]  {str(title)[:width]}  {what}{amount}"


class DashboardPage(QWidget):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filled = False  # the reminders have arrived at least once (start-up benchmark and tests wait on it)
        # In a scroll area: the 工作台 has grown a box per kind of deadline, and a 1280×720 screen at 150 % must still
        # show the whole window (the boxes scroll instead of pushing the status bar off the screen).
        from PySide6.QtWidgets import QFrame, QScrollArea

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        scroll.setWidget(inner)
        outer.addWidget(scroll)
        # One column, and only the groups that hold something: a box per kind of deadline, empty ones included,
        # made a wall of eight frames that hid the two lines that mattered. Each list is as tall as its lines
        # (at most ROWS, then it scrolls); the empty groups are named on one quiet line below.
        lay = QVBoxLayout(inner)
        # Secrets in a file store, or refused (no keyring, a lost key): said above everything else, until fixed.
        self.secrets_banner = QLabel()
        self.secrets_banner.setObjectName("secrets_banner")
        self.secrets_banner.setWordWrap(True)
        self.secrets_banner.setVisible(False)
        lay.addWidget(self.secrets_banner)
        self.lists: dict[str, QListWidget] = {}
        self.boxes: dict[str, QGroupBox] = {}
        titles = group_titles()
        for key in ORDER:
            box = QGroupBox(titles[key])
            box.setObjectName(f"box_{key}")
            box_lay = QVBoxLayout(box)
            lst = QListWidget()
            lst.setObjectName(f"reminders_{key}")
            lst.itemActivated.connect(self._open)
            lst.itemDoubleClicked.connect(self._open)
            lst.installEventFilter(self)  # its height follows its width (_fit)
            box_lay.addWidget(lst)
            box.setVisible(False)  # until its lines arrive
            lay.addWidget(box)
            self.lists[key], self.boxes[key] = lst, box
        self.titles = titles
        self.nothing = QLabel()
        self.nothing.setObjectName("nothing_due")
        self.nothing.setWordWrap(True)
        self.nothing.setStyleSheet("color: #666;")
        lay.addWidget(self.nothing)
        self.hint = QLabel(self.tr("Double-click a line to open its record."))
        self.hint.setStyleSheet("color: #666;")
        lay.addWidget(self.hint)
        from zwcx_desktop.gui.leadproposals import LeadsBox

        self.leads = LeadsBox(ctx)  # proposed 失信 leads (#17): a box of its own, below the reminders
        lay.addWidget(self.leads)
        lay.addStretch(1)
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
            for item in items:
                it = QListWidgetItem(line_text(item))
                it.setData(Qt.ItemDataRole.UserRole, tuple(item[:2]))
                if len(item) > 4 and item.level in LEVEL_COLOURS:
                    it.setForeground(QColor(LEVEL_COLOURS[item.level]))
                elif len(item) == 4 and key != "review" and item[3] < today:  # a deadline passed
                    it.setForeground(QColor(LEVEL_COLOURS[3]))
                lst.addItem(it)
            self.boxes[key].setVisible(bool(items))
            if items:
                self._fit(lst)
        empty = [self.titles[k] for k in ORDER if not groups.get(k)]
        from zwcx_desktop.gui.i18n import is_zh

        sep = "；" if is_zh() else "; "
        self.nothing.setText(self.tr("Nothing due: %1.").replace("%1", sep.join(empty)) if empty else "")
        self.nothing.setVisible(bool(empty))

    @staticmethod
    def _fit(lst: QListWidget) -> None:
        """Make `lst` as tall as its lines (up to ROWS), and room for the horizontal scroll bar when a line is
        wider than the list: at 150 % a long title brings the bar, which would otherwise cover a one-line list."""
        if not lst.count():
            return
        rows = min(lst.count(), ROWS)
        width = lst.width() - 2 * lst.frameWidth()
        if lst.count() > ROWS:
            width -= lst.verticalScrollBar().sizeHint().width()
        bar = lst.horizontalScrollBar().sizeHint().height() if lst.sizeHintForColumn(0) > width else 0
        lst.setFixedHeight(lst.sizeHintForRow(0) * rows + 2 * lst.frameWidth() + 2 + bar)

    def eventFilter(self, obj, event) -> bool:
        # A list's width changes with the window's: only its height is set here, so this cannot loop.
        if event.type() == QEvent.Type.Resize and isinstance(obj, QListWidget) and obj.width() != \
                event.oldSize().width():
            self._fit(obj)
        return super().eventFilter(obj, event)

    def _open(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data and data[0] == "annual_arrears":  # no record: the yearly announcement to make (store.reminders)
            from zwcx_desktop.gui.annualbox import open_annual

            self.annual_box = open_annual(self, int(data[1]))
        elif data:
            self.ctx.bus.open_record.emit(*data)
