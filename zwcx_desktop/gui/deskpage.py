"""监督事项: one desk for supervision cases and objections, earliest deadline first, overdue in red; a line opens
its record, and a case's reply letter (or 12345 reply/callback sheet) is saved as PDF from here."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zwcx_desktop.gui.i18n import enum_text, kind_name

LIMIT = 500  # lines shown; the count says how many match
OVERDUE = QColor("#c00000")


def load(_handle, app, flt, today: dt.date, limit: int = LIMIT):
    """Task: (matching count, the first `limit` rows) of the desk."""
    from zwcx_desktop.store import desk

    with app.db.read() as s:
        return desk.count(s, flt, today), desk.rows(s, flt, today, limit)


def save_letter(_handle, app, record_id: str, actor, path: str) -> str:
    """Task: the case's letter as PDF at `path` (the print is logged)."""
    from zwcx_desktop.notices.letters import render_letter

    pdf = render_letter(app, record_id, actor, path)
    with open(path, "wb") as fh:
        fh.write(pdf)
    return path


def save_summary(_handle, app, month: str, path: str) -> str:
    """Task: the month's summary of supervision cases as PDF at `path`."""
    from zwcx_desktop.notices.supervision_summary import render_summary

    pdf = render_summary(app, month)
    with open(path, "wb") as fh:
        fh.write(pdf)
    return path


def recent_months(today: dt.date, n: int = 12) -> list[str]:
    """`today`'s month and the `n` before it as YYYY-MM, newest first."""
    out, y, m = [f"{today.year:04d}-{today.month:02d}"], today.year, today.month
    for _ in range(n):
        m, y = (m - 1, y) if m > 1 else (12, y - 1)
        out.append(f"{y:04d}-{m:02d}")
    return out


class DeskPage(QWidget):
    """The 监督事项 page: filters by channel and overdue, the table, New case and Reply letter."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        from zwcx_core.domain.enums import SupervisionChannel

        self.ctx = ctx
        self.kind = "supervision"
        self.loaded = 0  # times the table was filled (tests wait on it)
        self.shown: list = []
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.channel = QComboBox()
        self.channel.setObjectName("desk_channel")
        self.channel.addItem(self.tr("All channels"), None)
        for ch in SupervisionChannel:
            self.channel.addItem(enum_text(SupervisionChannel, ch.value), ch.value)
        self.channel.addItem(self.tr("Objections to our notices"), "objection")
        top.addWidget(self.channel)
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.overdue.setObjectName("desk_overdue")
        top.addWidget(self.overdue)
        self.count = QLabel()
        self.count.setObjectName("desk_count")
        top.addWidget(self.count, 1)
        self.letter_button = QPushButton(self.tr("Reply letter…"))
        self.letter_button.setObjectName("desk_letter")
        self.letter_button.setToolTip(self.tr("Save the reply letter of the selected case as PDF"))
        self.letter_button.clicked.connect(self.choose_letter)
        top.addWidget(self.letter_button)
        self.summary_button = QPushButton(self.tr("Monthly summary…"))
        self.summary_button.setObjectName("desk_summary")
        self.summary_button.setToolTip(self.tr("Save the month's summary of cases for the township head as PDF"))
        self.summary_button.clicked.connect(self.choose_summary)
        top.addWidget(self.summary_button)
        self.import_button = QPushButton(self.tr("Import 12345 list…"))
        self.import_button.setObjectName("desk_import")
        self.import_button.setToolTip(self.tr("Bring the work orders of the 12345 platform's dispatch list (.xlsx or "
                                              ".csv) onto the desk, checked row by row first"))
        self.import_button.clicked.connect(self.open_import)
        top.addWidget(self.import_button)
        self.new_button = QPushButton(self.tr("New case"))
        self.new_button.setObjectName("new_button")
        self.new_button.clicked.connect(lambda: ctx.bus.open_record.emit("supervision", ""))
        top.addWidget(self.new_button)
        lay.addLayout(top)
        self.msg = QLabel()
        self.msg.setObjectName("desk_msg")
        self.msg.setWordWrap(True)
        self.msg.setVisible(False)
        lay.addWidget(self.msg)
        self.header = [self.tr("Kind"), self.tr("Channel"), self.tr("Subject"), self.tr("Received"),
                       self.tr("Deadline"), self.tr("Days left"), self.tr("Status")]
        self.table = QTableWidget(0, len(self.header))
        self.table.setObjectName("desk_table")
        self.table.setHorizontalHeaderLabels(self.header)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.open_row(row))
        lay.addWidget(self.table, 1)
        self.channel.currentIndexChanged.connect(self.refresh)
        self.overdue.toggled.connect(self.refresh)
        ctx.bus.record_changed.connect(self._on_record_changed)  # bound: dropped with the widget
        self.refresh()

    def open_import(self) -> None:
        """The import wizard for a 12345 dispatch list (imported on the click, like the lists' wizard)."""
        from zwcx_desktop.gui.importwizard import ImportWizard

        self.import_wizard = ImportWizard(self.ctx, self, "supervision")
        self.import_wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_wizard.show()

    def _on_record_changed(self, kind: str = "", *_) -> None:
        if kind in ("", "supervision", "objection"):
            self.refresh()

    def filter(self):
        from zwcx_desktop.store.desk import DeskFilter

        return DeskFilter(channel=self.channel.currentData(), overdue=self.overdue.isChecked())

    def refresh(self) -> None:
        self.ctx.runner.run(load, self.ctx.app, self.filter(), dt.date.today(), on_done=self._show)

    def _show(self, result) -> None:
        from zwcx_core.domain.enums import ObjectionStatus, SupervisionChannel, SupervisionStatus

        total, rows = result
        today = dt.date.today()
        self.shown = rows
        self.count.setText(self.tr("%1 found").replace("%1", str(total)) if len(rows) >= total else
                           self.tr("%1 found, the first %2 shown").replace("%1", str(total))
                           .replace("%2", str(len(rows))))
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            left = row.days_left(today)
            channel = (self.tr("Objection") if row.kind == "objection"
                       else enum_text(SupervisionChannel, row.channel))
            status = enum_text(ObjectionStatus if row.kind == "objection" else SupervisionStatus, row.status)
            cells = [kind_name(row.kind), channel, row.title or "", _date(row.received), _date(row.deadline),
                     "" if left is None else str(left), status]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if left is not None and left < 0:
                    item.setForeground(OVERDUE)
                if c == 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.loaded += 1

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.shown):
            self.ctx.bus.open_record.emit(self.shown[row].kind, self.shown[row].id)

    def selected(self):
        row = self.table.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def _say(self, text: str, error: bool) -> None:
        self.msg.setStyleSheet("color: #c00000;" if error else "")
        self.msg.setText(text)
        self.msg.setVisible(bool(text))

    def choose_letter(self) -> None:
        row = self.selected()
        if row is None or row.kind != "supervision":
            self._say(self.tr("Choose a supervision case in the list first."), True)
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the reply letter"), "reply.pdf",
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.letter_to(row.id, path)

    def letter_to(self, record_id: str, path: str) -> None:
        from zwcx_desktop.gui.errors import describe

        self._say("", False)
        # The letter's print is logged (a database write): on the writer thread, as printing.save_rendered does.
        self.ctx.runner.write(save_letter, self.ctx.app, record_id, self.ctx.actor, path,
                              on_done=lambda p: self._say(self.tr("Saved to %1").replace("%1", p), False),
                              on_error=lambda exc, _d: self._say(describe(exc), True))

    def choose_summary(self) -> None:
        months = recent_months(dt.date.today())
        # The month before is the usual choice: the summary goes to the head once a month is over.
        month, ok = QInputDialog.getItem(self, self.tr("Monthly summary"), self.tr("Month:"), months, 1, False)
        if not ok:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the monthly summary"), f"summary-{month}.pdf",
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.summary_to(month, path)

    def summary_to(self, month: str, path: str) -> None:
        from zwcx_desktop.gui.errors import describe

        self._say("", False)
        self.ctx.runner.run(save_summary, self.ctx.app, month, path,
                            on_done=lambda p: self._say(self.tr("Saved to %1").replace("%1", p), False),
                            on_error=lambda exc, _d: self._say(describe(exc), True))


def _date(d) -> str:
    return d.isoformat() if d else ""
