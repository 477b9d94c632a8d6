"""The progress log of a commitment: what was done when, with evidence files; new entries go through core."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zwcx_desktop.gui.attachments import file_names
from zwcx_desktop.gui.files import FilesWidget
from zwcx_desktop.gui.forms import FieldBox
from zwcx_desktop.gui.i18n import message


class ProgressLogWidget(QWidget):
    recorded = Signal()

    def __init__(self, ctx, record_id: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.record_id = ctx, record_id
        lay = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("progress_table")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Progress"), self.tr("Percent done"),
                                              self.tr("Evidence files")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        lay.addWidget(self.table, 1)
        self.form_title = QLabel(self.tr("Record progress"))
        self.form_title.setStyleSheet("font-weight: bold;")
        lay.addWidget(self.form_title)
        form = QFormLayout()
        self.date = QLineEdit(dt.date.today().isoformat())
        self.note = QPlainTextEdit()
        self.note.setObjectName("progress_note")
        self.note.setFixedHeight(60)
        self.percent = QLineEdit()
        self.percent.setObjectName("progress_percent")
        self.evidence = FilesWidget(ctx)
        self.boxes = {n: FieldBox(n, w) for n, w in (("date", self.date), ("note", self.note),
                                                     ("percent", self.percent), ("evidence", self.evidence))}
        form.addRow(self.tr("Date"), self.boxes["date"])
        form.addRow(self.tr("Progress"), self.boxes["note"])
        form.addRow(self.tr("Percent done"), self.boxes["percent"])
        form.addRow(self.tr("Evidence files"), self.boxes["evidence"])
        lay.addLayout(form)
        self.add = QPushButton(self.tr("Add progress entry"))
        self.add.setObjectName("add_progress")
        self.add.clicked.connect(self.submit)
        lay.addWidget(self.add)

    def show_doc(self, doc: dict) -> None:
        entries = doc.get("progress") or []
        names = file_names(self.ctx.app, [h for e in entries for h in e.get("evidence") or []])
        self.table.setRowCount(len(entries))
        for r, e in enumerate(entries):
            files = ", ".join(names.get(h, h[:8]) for h in e.get("evidence") or [])
            for c, v in enumerate((e.get("date"), e.get("note"), e.get("percent"), files)):
                self.table.setItem(r, c, QTableWidgetItem("" if v is None else str(v)))
        open_ = doc.get("status") in ("published", "in_progress")
        for w in (self.form_title, self.add, *self.boxes.values()):
            w.setVisible(open_)

    def submit(self) -> None:
        entry = {"date": self.date.text(), "note": self.note.toPlainText(), "percent": self.percent.text(),
                 "evidence": self.evidence.value()}
        rid, actor, records = self.record_id, self.ctx.actor, self.ctx.app.records
        self.add.setEnabled(False)
        self.ctx.runner.write(lambda _h: records.add_progress(rid, entry, actor),
                              on_done=self._done, on_error=self._failed)

    def _done(self, _entry_id) -> None:
        self.add.setEnabled(True)
        for b in self.boxes.values():
            b.set_error(None)
        self.note.clear()
        self.percent.clear()
        self.evidence.set_value([])
        self.recorded.emit()

    def _failed(self, exc, details) -> None:
        from zwcx_core.domain.schema import ValidationError
        from zwcx_desktop.gui.errors import describe

        self.add.setEnabled(True)
        if isinstance(exc, ValidationError):
            errs = {k.split(".")[-1]: message(v) for k, v in exc.by_field().items()}
            for n, b in self.boxes.items():
                b.set_error(errs.get(n))
            return
        self.ctx.runner.failed.emit(describe(exc), details)
