"""The payments tab of a contract's form, read-only: what falls due and when, what is paid and late, the late
interest owed today, and the terms that break 《保障中小企业款项支付条例》, all worked out by domain/payments.py."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

LATE = QColor("#c62828")


def show_payments(dlg, doc: dict) -> None:
    """Add the tab to a record form the first time, and show `doc` (the record as saved) in it."""
    panel = getattr(dlg, "payments_panel", None)
    if panel is None:
        panel = dlg.payments_panel = ContractPanel(dlg)
        dlg.tabs.addTab(panel, QCoreApplication.translate("ContractPanel", "Payments"))
    panel.show_doc(doc, dt.date.today())


def _money(v) -> str:
    return "—" if v is None else f"{v:,.2f}"


def _yuan(text) -> str:
    """A stored amount ('1234.50') as shown beside the others ('1,234.50')."""
    from decimal import Decimal

    return "—" if text in (None, "") else _money(Decimal(text))


class ContractPanel(QWidget):
    """Obligations in a table, and below it the next due date, the totals, the late interest and the flags."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("obligations")
        self.table.setHorizontalHeaderLabels([
            self.tr("Clock starts on"), self.tr("Start"), self.tr("Due"), self.tr("Amount"), self.tr("Paid"),
            self.tr("Outstanding"), self.tr("Paid in full on"), self.tr("Days late")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lay.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setObjectName("payments_summary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.flags = QLabel()
        self.flags.setObjectName("payments_flags")
        self.flags.setWordWrap(True)
        self.flags.setStyleSheet("color: #c62828;")
        lay.addWidget(self.flags)

    def show_doc(self, doc: dict, today: dt.date) -> None:
        """Work the clocks out for `doc` as of `today` and show them."""
        from zwcx_core.domain import payments as P

        obs = P.obligations(doc, today)
        bases = {"delivery": self.tr("delivery"), "acceptance": self.tr("acceptance"),
                 "settlement": self.tr("settlement"), "instalment": self.tr("instalment")}
        self.table.setRowCount(len(obs))
        for r, o in enumerate(obs):
            cells = [bases.get(o.basis, o.basis), o.start.isoformat(), o.due.isoformat(), _money(o.amount),
                     _money(o.paid), _money(o.outstanding), o.paid_on.isoformat() if o.paid_on else "—",
                     str(o.days_late)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if o.days_late:
                    item.setForeground(LATE)
                self.table.setItem(r, c, item)
        due = P.next_due_date(doc)
        interest = P.late_interest(doc, today)
        lines = [self.tr("Next payment due: %1").replace("%1", due.isoformat() if due else "—"),
                 self.tr("Paid %1 yuan, outstanding %2 yuan.")
                 .replace("%1", _yuan(doc.get("amount_paid"))).replace("%2", _yuan(doc.get("amount_outstanding"))),
                 self.tr("Late interest as of %1: %2 yuan owed, %3 yuan paid, %4 yuan unpaid (%5).")
                 .replace("%1", today.isoformat()).replace("%2", _money(interest.total))
                 .replace("%3", _money(interest.paid)).replace("%4", _money(interest.unpaid))
                 .replace("%5", self._rate(interest.basis, interest.yearly_percent))]
        if not obs:
            lines.insert(0, self.tr("Nothing has fallen due yet: the clock starts with a delivery, an acceptance, a "
                                    "confirmed settlement or an instalment date."))
        self.summary.setText("\n".join(lines))
        words = {P.FLAG_OVER_60_DAYS: self.tr("The payment term is over 60 days (art. 9): the money falls due after 60."),
                 P.FLAG_RATE_BELOW_LPR: self.tr("The agreed late-interest rate is below the 1-year LPR at signing (art. 17): "
                                      "interest runs at the LPR."),
                 P.FLAG_NO_ACCEPTANCE_PERIOD: self.tr("Payment on acceptance without an agreed acceptance period (art. 10).")}
        flags = P.contract_flags(doc)
        self.flags.setText("\n".join(words.get(f, f) for f in flags))
        self.flags.setVisible(bool(flags))

    def _rate(self, basis: str, yearly) -> str:
        if basis == "agreed":
            return self.tr("agreed rate, %1 % a year").replace("%1", str(yearly))
        if basis == "lpr_floor":
            return self.tr("the 1-year LPR at signing, %1 % a year").replace("%1", str(yearly))
        if basis == "default":
            return self.tr("0.05 % a day, no rate agreed")
        return self.tr("no interest agreed")
