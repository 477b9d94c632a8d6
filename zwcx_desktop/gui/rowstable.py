"""A record's child rows (a contract's events, payment schedule, deposits) as an editable table, built from the
child field specs of the schema, so a new kind's rows need no widget of their own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zwcx_desktop.gui.i18n import enum_text, label

_ID_ROLE = Qt.ItemDataRole.UserRole


class RowsWidget(QWidget):
    """Editable rows of one child list. Columns are the child fields a clerk types (no ids, no attachments: a
    row's evidence files stay as they were saved)."""

    def __init__(self, fields, parent=None) -> None:
        super().__init__(parent)
        self.fields = [f for f in fields if not f.computed and f.type not in ("hashes", "rows")]
        self._kept: dict[str, dict] = {}  # row id -> the saved row, for the fields the table does not show
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(self.fields))
        self.table.setHorizontalHeaderLabels([label(f) + (" *" if f.required else "") for f in self.fields])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(140)
        lay.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_btn = QPushButton(self.tr("Add row"))
        self.add_btn.clicked.connect(lambda: self.add_row({}))
        self.del_btn = QPushButton(self.tr("Remove row"))
        self.del_btn.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        buttons.addWidget(self.add_btn)
        buttons.addWidget(self.del_btn)
        buttons.addStretch(1)
        lay.addLayout(buttons)

    def add_row(self, row: dict) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, f in enumerate(self.fields):
            v = row.get(f.name)
            item = QTableWidgetItem("" if v is None or f.type in ("enum", "bool") else str(v))
            if f.type == "bool":
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if v else Qt.CheckState.Unchecked)
            self.table.setItem(r, c, item)
            if f.type == "enum":
                combo = QComboBox()
                combo.setAccessibleName(label(f))
                if not f.required:
                    combo.addItem("", None)
                for m in f.enum:
                    combo.addItem(enum_text(f.enum, m.value), m.value)
                combo.setCurrentIndex(max(combo.findData(v), 0))
                self.table.setCellWidget(r, c, combo)
        self.table.item(r, 0).setData(_ID_ROLE, row.get("id"))

    def set_value(self, rows) -> None:
        self.table.setRowCount(0)
        self._kept = {r["id"]: dict(r) for r in rows or [] if isinstance(r, dict) and r.get("id")}
        for row in rows or []:
            self.add_row(row)

    def value(self) -> list[dict]:
        out = []
        for r in range(self.table.rowCount()):
            row: dict = {}
            for c, f in enumerate(self.fields):
                item = self.table.item(r, c)
                if f.type == "enum":
                    row[f.name] = self.table.cellWidget(r, c).currentData()
                elif f.type == "bool":
                    row[f.name] = item.checkState() == Qt.CheckState.Checked if item else False
                else:
                    text = item.text().strip() if item else ""
                    row[f.name] = text or None
            typed = [v for f, v in zip(self.fields, row.values(), strict=True)
                     if v not in (None, False) and not (f.type == "enum" and f.required)]
            if not typed:
                continue  # an empty row added and left blank
            rid = self.table.item(r, 0).data(_ID_ROLE)
            if rid:
                row = self._kept.get(rid, {}) | row | {"id": rid}
            out.append(row)
        return out

    def setReadOnly(self, ro: bool) -> None:  # noqa: N802 - Qt naming
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers if ro
                                   else QTableWidget.EditTrigger.AllEditTriggers)
        for r in range(self.table.rowCount()):
            for c in range(len(self.fields)):
                w = self.table.cellWidget(r, c)
                if w is not None:
                    w.setEnabled(not ro)
        self.add_btn.setEnabled(not ro)
        self.del_btn.setEnabled(not ro)
