"""Finance lines of a financial disclosure: income and expense rows with live totals."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zwcx_desktop.gui.i18n import enum_text


class FinanceLinesWidget(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        from zwcx_core.domain.enums import FinanceDirection

        self.directions = [(d.value, enum_text(FinanceDirection, d.value)) for d in FinanceDirection]
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("finance_table")
        self.table.setHorizontalHeaderLabels([self.tr("Income or expense"), self.tr("Item"),
                                              self.tr("Amount (yuan)"), self.tr("Note")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        self.table.itemChanged.connect(self._update_totals)
        lay.addWidget(self.table)
        row = QHBoxLayout()
        self.add_btn = QPushButton(self.tr("Add line"))
        self.add_btn.clicked.connect(lambda: self.add_line())
        self.del_btn = QPushButton(self.tr("Remove line"))
        self.del_btn.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        row.addWidget(self.add_btn)
        row.addWidget(self.del_btn)
        self.totals = QLabel()
        self.totals.setObjectName("finance_totals")
        row.addWidget(self.totals, 1)
        lay.addLayout(row)
        self._update_totals()

    def add_line(self, direction: str = "expense", item: str = "", amount: str = "", note: str = "",
                 line_id: str | None = None) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        combo = QComboBox()
        for value, text in self.directions:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(direction), 0))
        combo.currentIndexChanged.connect(self._update_totals)
        self.table.setCellWidget(r, 0, combo)
        for c, v in ((1, item), (2, amount), (3, note)):
            cell = QTableWidgetItem(v or "")
            if c == 1:
                cell.setData(256, line_id)
            self.table.setItem(r, c, cell)
        self._update_totals()

    def set_value(self, rows) -> None:
        self.table.setRowCount(0)
        for line in rows or []:
            self.add_line(line.get("direction"), line.get("item"), line.get("amount"), line.get("note"),
                          line.get("id"))

    def value(self) -> list[dict]:
        out = []
        for r in range(self.table.rowCount()):
            text = [(self.table.item(r, c).text() if self.table.item(r, c) else "") for c in (1, 2, 3)]
            if not any(t.strip() for t in text):
                continue
            line = {"direction": self.table.cellWidget(r, 0).currentData(), "item": text[0], "amount": text[1],
                    "note": text[2]}
            lid = self.table.item(r, 1).data(256) if self.table.item(r, 1) else None
            if lid:
                line["id"] = lid
            out.append(line)
        return out

    def setReadOnly(self, ro: bool) -> None:  # noqa: N802 - Qt naming
        self.table.setEnabled(not ro)
        self.add_btn.setEnabled(not ro)
        self.del_btn.setEnabled(not ro)

    def _update_totals(self, *_a) -> None:
        from zwcx_core.domain.schema import parse_money

        income = expense = Decimal("0")
        for line in self.value() if hasattr(self, "totals") else []:
            try:
                amount = parse_money(line["amount"])
            except ValueError:
                continue  # core reports the bad amount beside the table on save
            if line["direction"] == "income":
                income += amount
            else:
                expense += amount
        self.totals.setText(self.tr("Income %1 yuan, expense %2 yuan, balance %3 yuan")
                            .replace("%1", f"{income:,.2f}").replace("%2", f"{expense:,.2f}")
                            .replace("%3", f"{income - expense:,.2f}"))
