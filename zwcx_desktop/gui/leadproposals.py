"""工作台's box of proposed 政务失信 leads (线索): overdue SME arrears, unperformed judgments, overdue commitments.

A proposal is never saved by itself: its button opens a new dishonesty record prefilled from it (type, the unit as
subject, the linked basis, the amount), which a person checks and saves (domain/credit_leads.py).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)


def load_proposals(_handle, app, today: dt.date):
    """Task: (proposals, (arrear days, commitment days)) as of `today` (store/creditleads.py)."""
    from zwcx_desktop.store.creditleads import proposals, thresholds

    with app.db.read() as s:
        return proposals(s, today), thresholds(s)


def save_threshold(_handle, app, key: str, days: int) -> None:
    """Task: keep a threshold in the office's settings."""
    from zwcx_desktop.store import settings

    with app.db.write() as s:
        settings.put(s, key, str(days))


class LeadsBox(QGroupBox):
    """The proposals, a button opening the chosen one as a new record, and the two thresholds."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filled = False
        self.items: list = []
        self.last_dialog = None
        self.setObjectName("lead_proposals_box")
        lay = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setObjectName("lead_proposals")
        self.list.itemDoubleClicked.connect(self.propose)
        self.list.setMinimumHeight(24)  # a line at least: the 工作台 must fit a 1280×720 screen at 150 %
        lay.addWidget(self.list)
        row = QHBoxLayout()
        self.open_btn = QPushButton(self.tr("Open as a new dishonesty lead…"))
        self.open_btn.setObjectName("propose_lead")
        self.open_btn.clicked.connect(self.propose)
        row.addWidget(self.open_btn)
        row.addStretch(1)
        self.spins = {}
        # Prefix and suffix rather than labels beside them: the row stays narrower than the 工作台's other boxes.
        for key, prefix, text in (
                ("lead_arrear_days", self.tr("Arrears over "), self.tr("SME arrears overdue more than (days)")),
                ("lead_commitment_days", self.tr("Commitments over "),
                 self.tr("Commitments overdue more than (days)"))):
            spin = QSpinBox()
            spin.setObjectName(key)
            spin.setRange(1, 365)
            spin.setKeyboardTracking(False)
            spin.setPrefix(prefix)
            spin.setSuffix(self.tr(" days"))
            spin.setToolTip(text)
            row.addWidget(spin)
            spin.valueChanged.connect(lambda v, k=key: self._threshold(k, v))
            self.spins[key] = spin
        lay.addLayout(row)
        ctx.bus.record_changed.connect(self.refresh)  # bound: dropped with the widget
        self.refresh()

    def refresh(self, *_a) -> None:
        self.ctx.runner.run(load_proposals, self.ctx.app, dt.date.today(), on_done=self._show)

    def _show(self, got) -> None:
        items, (arrear, commitment) = got
        self.filled = True
        self.items = items
        for key, value in (("lead_arrear_days", arrear), ("lead_commitment_days", commitment)):
            spin = self.spins[key]
            spin.blockSignals(True)  # showing the stored value is not a change to store
            spin.setValue(value)
            spin.blockSignals(False)
        self.setTitle(self.tr("Proposed dishonesty leads (%1)").replace("%1", str(len(items))))
        self.list.clear()
        for lead, _name, _uscc in items:
            it = QListWidgetItem(self.tr("%1 days overdue  %2").replace("%1", str(lead.days_overdue))
                                 .replace("%2", lead.title[:60]))
            self.list.addItem(it)
        if not items:
            it = QListWidgetItem(self.tr("Nothing here."))
            it.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(it)
        self.open_btn.setEnabled(bool(items))

    def _threshold(self, key: str, days: int) -> None:
        self.ctx.runner.write(save_threshold, self.ctx.app, key, days, on_done=lambda _r: self.refresh())

    def propose(self, *_a) -> None:
        """Open the chosen proposal (the first when none is chosen) as a new, unsaved dishonesty record."""
        from zwcx_desktop.gui.recordform import RecordDialog

        if not self.items:
            return
        row = max(self.list.currentRow(), 0)
        lead, name, uscc = self.items[min(row, len(self.items) - 1)]
        d = RecordDialog(self.ctx, "dishonesty", None, self.window(), prefill=lead.payload(name, uscc))
        d.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        d.changed.connect(self.ctx.bus.record_changed)
        d.show()
        self.last_dialog = d
