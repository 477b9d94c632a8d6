"""统计分析: indicators by unit for a period, as a painted bar chart, the table behind it, the contract and lawsuit
indicators (按期支付率, overdue money by age, lawsuits) in a second table, and export."""

from __future__ import annotations

import csv
import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zwcx_desktop.gui.chart import BarChart

RATES = ("keeping", "late", "timely_disclosure", "notice_compliance", "objections_on_time")


def compute(_handle, app, start: dt.date, end: dt.date):
    """Task: indicator rows and contract indicator rows (each overall first, then per unit) for the period."""
    from zwcx_desktop.store.facts import contract_indicators, indicators

    with app.db.read() as s:
        return indicators(s, start, end), contract_indicators(s, start, end)


def export(_handle, path: str, header: list[str], rows: list[list[str]],
           contracts: tuple[str, list[str], list[list[str]]] | None = None, supervision=None) -> str:
    """Task: write the table to CSV (UTF-8 with BOM so Excel reads the Chinese) or xlsx, by the file suffix;
    `contracts` (sheet title, header, rows) goes to a second sheet, or below a blank line in CSV; `supervision`
    (ChannelScores, start, end) to the 监督事项 sheet the CLI export writes too."""
    from zwcx_desktop.io import supervision_sheet

    if path.lower().endswith(".xlsx"):
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.append(header)
        for r in rows:
            ws.append(r)
        if contracts:
            ws = wb.create_sheet(contracts[0])
            ws.append(contracts[1])
            for r in contracts[2]:
                ws.append(r)
        if supervision:
            supervision_sheet.add_supervision_sheet(wb, *supervision)
        wb.save(path)
    else:
        with open(path, "w", newline="", encoding="utf-8-sig") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            w.writerows(rows)
            if contracts:
                w.writerow([])
                w.writerow(contracts[1])
                w.writerows(contracts[2])
            if supervision:
                w.writerow([])
                w.writerow(supervision_sheet.HEADERS)
                w.writerows(supervision_sheet.supervision_rows(supervision[0]))
    return path


class StatsPage(QWidget):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.period = QComboBox()
        self.period.setObjectName("stats_period")
        today = QDate.currentDate()
        y = today.year()
        self.period.addItem(self.tr("This year"), (QDate(y, 1, 1), QDate(y, 12, 31)))
        self.period.addItem(self.tr("Last year"), (QDate(y - 1, 1, 1), QDate(y - 1, 12, 31)))
        q = (today.month() - 1) // 3
        self.period.addItem(self.tr("This quarter"), (QDate(y, q * 3 + 1, 1), QDate(y, q * 3 + 1, 1).addMonths(3).addDays(-1)))
        self.period.addItem(self.tr("Custom"), None)
        top.addWidget(QLabel(self.tr("Period")))
        top.addWidget(self.period)
        self.start, self.end = QDateEdit(QDate(y, 1, 1)), QDateEdit(QDate(y, 12, 31))
        for d in (self.start, self.end):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            top.addWidget(d)
        self.refresh_btn = QPushButton(self.tr("Refresh"))
        self.refresh_btn.clicked.connect(self.refresh)
        top.addWidget(self.refresh_btn)
        top.addStretch(1)
        self.export_btn = QPushButton(self.tr("Export…"))
        self.export_btn.setObjectName("stats_export")
        self.export_btn.clicked.connect(self.choose_export)
        top.addWidget(self.export_btn)
        lay.addLayout(top)
        split = QSplitter(Qt.Orientation.Vertical)
        self.chart = BarChart()
        split.addWidget(self.chart)
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("stats_table")
        self.header = [self.tr("Unit"), self.tr("Commitment-keeping rate"), self.tr("Fulfilled late"),
                       self.tr("Timely disclosure rate"), self.tr("Notice compliance rate"),
                       self.tr("Objections closed on time"), self.tr("Average days to close"), self.tr("Counts")]
        self.table.setHorizontalHeaderLabels(self.header)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        split.addWidget(self.table)
        self.contract_table = QTableWidget(0, 11)
        self.contract_table.setObjectName("stats_contracts")
        self.contract_header = [
            self.tr("Unit"), self.tr("Paid on time"), self.tr("Contracts overdue"), self.tr("Overdue (yuan)"),
            self.tr("Overdue ≤ 30 days"), self.tr("Overdue 31–90 days"), self.tr("Overdue 91–180 days"),
            self.tr("Overdue > 180 days"), self.tr("Average days to pay"), self.tr("Lawsuits pending"),
            self.tr("Judgments unperformed")]
        self.contract_table.setHorizontalHeaderLabels(self.contract_header)
        self.contract_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contract_table.verticalHeader().hide()
        split.addWidget(self.contract_table)
        # Three panes must still fit a 1280×720 screen at 150 %: the tables may shrink to their header row.
        for t in (self.table, self.contract_table):
            t.setMinimumHeight(36)
        from zwcx_desktop.gui.creditstats import CreditStats

        self.credit = CreditStats(ctx)  # 政务失信 indicators (#17), under the table
        split.addWidget(self.credit)
        from zwcx_desktop.gui.supervisionstats import SupervisionScoresBox

        self.supervision = SupervisionScoresBox(ctx)
        split.addWidget(self.supervision)
        lay.addWidget(split, 1)
        self.period.currentIndexChanged.connect(self._period_chosen)
        ctx.bus.record_changed.connect(self._on_record_changed)  # bound: dropped with the widget
        self._period_chosen()


    def _on_record_changed(self, *_) -> None:
        self.refresh()

    def _period_chosen(self) -> None:
        rng = self.period.currentData()
        custom = rng is None
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if rng:
            self.start.setDate(rng[0])
            self.end.setDate(rng[1])
        self.refresh()

    def refresh(self) -> None:
        s, e = self.start.date(), self.end.date()
        # Counts run on a pool of threads: an earlier period's answer may arrive after a later one and must not
        # replace it on the screen.
        self._asked = getattr(self, "_asked", 0) + 1
        asked = self._asked
        self.ctx.runner.run(compute, self.ctx.app, dt.date(s.year(), s.month(), s.day()),
                            dt.date(e.year(), e.month(), e.day()),
                            on_done=lambda result: self._show(result) if asked == self._asked else None)
        self.credit.refresh(dt.date(s.year(), s.month(), s.day()), dt.date(e.year(), e.month(), e.day()))
        self.supervision.refresh(dt.date(s.year(), s.month(), s.day()), dt.date(e.year(), e.month(), e.day()))

    def _unit(self, uid) -> str:
        return self.tr("All units") if uid is None else self.ctx.unit_names().get(uid, uid[:8])

    def _show(self, result) -> None:
        rows, contracts = result
        self._show_contracts(contracts)
        self.rows = []
        for ind in rows:
            rates = [getattr(ind, r) for r in RATES]
            avg = "—" if ind.avg_days_to_close is None else f"{ind.avg_days_to_close:.1f}"
            counts = " / ".join(f"{r.numerator}/{r.denominator}" for r in rates)
            self.rows.append([self._unit(ind.unit_id)] + [r.percent_text for r in rates] + [avg, counts])
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, v in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(v))
        shown = [ind for ind in rows if any(getattr(ind, r).denominator for r in RATES)][:12]
        self.chart.set_data([self._unit(i.unit_id) for i in shown], self.header[1:6],
                            [[getattr(i, r).value for r in RATES] for i in shown])

    def _show_contracts(self, rows) -> None:
        """Each ageing bucket as "obligations / amount"; the rate with its counts, as in the first table."""
        self.contract_rows = []
        for ind in rows:
            rate = ind.on_time
            avg = "—" if ind.avg_days_to_pay is None else f"{ind.avg_days_to_pay:.1f}"
            self.contract_rows.append(
                [self._unit(ind.unit_id), f"{rate.percent_text} ({rate.numerator}/{rate.denominator})",
                 str(ind.overdue_contracts), f"{ind.overdue_amount:,.2f}"]
                + [f"{n} / {amount:,.2f}" for _label, n, amount in ind.ageing]
                + [avg, str(ind.lawsuits_pending), str(ind.judgments_unperformed)])
        self.contract_table.setRowCount(len(self.contract_rows))
        for r, row in enumerate(self.contract_rows):
            for c, v in enumerate(row):
                self.contract_table.setItem(r, c, QTableWidgetItem(v))

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export indicators"), "indicators.xlsx",
                                              self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        contracts = (self.tr("Contracts"), self.contract_header, list(getattr(self, "contract_rows", [])))
        box = self.supervision
        supervision = (box.scores, *box.period) if box.period else None
        self.ctx.runner.run(export, path, self.header, list(getattr(self, "rows", [])), contracts, supervision,
                            on_done=lambda p: QMessageBox.information(
                                self, self.tr("Exported"), self.tr("Saved to %1").replace("%1", p)))
