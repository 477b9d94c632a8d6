"""政务失信 list → 上报批次: the batches sent up to the city credit platform, a new batch written, and the
platform's receipt entered against one (io/credit_report.py does the work; administrators only, as in the CLI)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from zwcx_desktop.gui.forms import ERROR_STYLE


def load_batches(_handle, app) -> list[tuple[str, str, int, str, str, str]]:
    """Task: (number, date, records, file, receipt number, receipt date) of every batch, newest first."""
    from zwcx_desktop.io.credit_report import list_batches

    return [(b.batch_no, f"{b.created_at:%Y-%m-%d}", b.record_count, b.file_name, b.receipt_no or "",
             b.receipt_date.isoformat() if b.receipt_date else "") for b in list_batches(app)]


def write_batch(_handle, app, path: str, actor, csv_format: bool):
    """Task: write a new batch file and keep its receipt row."""
    from zwcx_desktop.io.credit_report import export_report

    return export_report(app, path, actor, csv_format=csv_format)


def enter_receipt(_handle, app, batch_no: str, receipt_no: str, date, actor) -> bool:
    """Task: record the platform's receipt for a batch."""
    from zwcx_desktop.io.credit_report import record_receipt

    return record_receipt(app, batch_no, receipt_no, date, actor)


class ReceiptDialog(QDialog):
    """The platform's receipt number and date for one batch."""

    def __init__(self, batch_no: str, batch_date: QDate, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Platform receipt for batch %1").replace("%1", batch_no))
        form = QFormLayout(self)
        self.number = QLineEdit()
        self.number.setObjectName("receipt_no")
        self.number.setToolTip(self.tr("The receipt number the city credit platform gave for this batch"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setObjectName("receipt_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDateRange(batch_date, QDate.currentDate())
        form.addRow(self.tr("Receipt number"), self.number)
        form.addRow(self.tr("Receipt date"), self.date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class ReportBatchesDialog(QDialog):
    """The batches, with Write new batch… and Enter receipt…; a refusal is shown under the table."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("report_batches")
        self.setWindowTitle(self.tr("Batches for the city credit platform"))
        lay = QVBoxLayout(self)
        hint = QLabel(self.tr("Each batch holds the confirmed findings against units, in the columns the city credit "
                              "platform imports; records about persons never go into a batch. Enter the platform's "
                              "receipt when it confirms a batch."))
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("batch_table")
        self.table.setHorizontalHeaderLabels([self.tr("Batch"), self.tr("Written"), self.tr("Records"),
                                              self.tr("File"), self.tr("Receipt number"), self.tr("Receipt date")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.table, 1)
        self.msg = QLabel()
        self.msg.setObjectName("batch_msg")
        self.msg.setWordWrap(True)
        lay.addWidget(self.msg)
        row = QHBoxLayout()
        self.write = QPushButton(self.tr("Write new batch…"))
        self.write.setObjectName("batch_write")
        self.write.setToolTip(self.tr("Write the confirmed findings to an .xlsx (or .csv) file for the platform"))
        self.write.clicked.connect(self.write_clicked)
        self.receipt = QPushButton(self.tr("Enter receipt…"))
        self.receipt.setObjectName("batch_receipt")
        self.receipt.setToolTip(self.tr("Record the platform's receipt number and date for the selected batch"))
        self.receipt.clicked.connect(self.receipt_clicked)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(self.write)
        row.addWidget(self.receipt)
        row.addStretch(1)
        row.addWidget(close)
        lay.addLayout(row)
        self.loads = 0  # tables shown (tests wait on it)
        self.resize(760, 360)
        self.reload()

    def reload(self) -> None:
        self.ctx.runner.run(load_batches, self.ctx.app, on_done=self._fill, on_error=self._failed)  # under the table

    def _fill(self, rows) -> None:
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, v in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(str(v) if v != "" else self.tr("awaiting")
                                                          if c == 4 else ""))
        if rows:
            self.table.selectRow(0)
        self.receipt.setEnabled(bool(rows))
        self.loads += 1

    def _failed(self, exc, _details="") -> None:
        from zwcx_desktop.gui.errors import describe

        self.msg.setStyleSheet(ERROR_STYLE)
        self.msg.setText(describe(exc))

    def _said(self, text: str) -> None:
        self.msg.setStyleSheet("")
        self.msg.setText(text)

    def write_clicked(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Write batch"), "政务失信上报.xlsx",
                                                  self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
        if not path:
            return
        csv_format = path.lower().endswith(".csv")
        if not csv_format and not path.lower().endswith(".xlsx"):
            path += ".xlsx"

        def done(batch) -> None:
            self._said(self.tr("Batch %1 written to %2 with %3 record(s).").replace("%1", batch.batch_no)
                       .replace("%2", str(batch.path)).replace("%3", str(batch.count)))
            self.reload()

        self.ctx.runner.write(write_batch, self.ctx.app, path, self.ctx.actor, csv_format, on_done=done,
                              on_error=self._failed)

    def receipt_clicked(self, answer: tuple[str, QDate] | None = None) -> None:
        r = self.table.currentRow()
        if r < 0:
            return
        batch_no = self.table.item(r, 0).text()
        if answer is None:  # tests pass the answer; a clerk types it
            dlg = ReceiptDialog(batch_no, QDate.fromString(self.table.item(r, 1).text(), "yyyy-MM-dd"), self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return
            answer = (dlg.number.text(), dlg.date.date())

        def done(changed: bool) -> None:
            self._said(self.tr("Receipt recorded.") if changed else self.tr("This receipt was already recorded."))
            self.reload()

        number, date = answer
        self.ctx.runner.write(enter_receipt, self.ctx.app, batch_no, number, date.toPython(), self.ctx.actor,
                              on_done=done, on_error=self._failed)
