"""统计分析 → the supervision scores of the period: 按期办结率, 回复率 (threshold 92 %) and 满意率 (threshold 85 %)
per channel and overall, with overdue and re-handled cases; a rate below its threshold in red."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGroupBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout

from zwcx_desktop.gui.i18n import enum_text

BELOW = QColor("#c00000")


def compute(_handle, app, start: dt.date, end: dt.date, today: dt.date):
    """Task: the ChannelScores rows of store/supervision_stats.py."""
    from zwcx_desktop.store.supervision_stats import channel_scores

    with app.db.read() as s:
        return channel_scores(s, start, end, today)


class SupervisionScoresBox(QGroupBox):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Supervision cases received in the period"))
        self.rows: list[list[str]] = []
        self.scores: list = []  # the ChannelScores shown, for the page's export
        self.period: tuple[dt.date, dt.date] | None = None
        self.loaded = 0
        lay = QVBoxLayout(self)
        self.header = [self.tr("Channel"), self.tr("Cases"), self.tr("Closed on time"),
                       self.tr("Reply rate (threshold 92%)"), self.tr("Satisfaction (threshold 85%)"),
                       self.tr("Overdue"), self.tr("Handled again")]
        self.table = QTableWidget(0, len(self.header))
        self.table.setObjectName("supervision_scores")
        self.table.setHorizontalHeaderLabels(self.header)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        lay.addWidget(self.table)
        # In the page's splitter: the box gives way on a small screen (1366x768 at 150 %) instead of making the
        # main window taller than the screen; the splitter handle brings it back.
        self.setMinimumSize(1, 1)

    def refresh(self, start: dt.date, end: dt.date) -> None:
        self._asked = getattr(self, "_asked", 0) + 1  # the newest period's answer wins (see StatsPage.refresh)
        asked = self._asked
        self.ctx.runner.run(compute, self.ctx.app, start, end, dt.date.today(),
                            on_done=lambda scores: self._show(scores, (start, end)) if asked == self._asked else None)

    def _show(self, scores, period: tuple[dt.date, dt.date] | None = None) -> None:
        from zwcx_core.domain.enums import SupervisionChannel

        self.scores, self.period = list(scores), period
        self.rows = []
        self.table.setRowCount(len(scores))
        for r, cs in enumerate(scores):
            s = cs.scores
            name = self.tr("All channels") if cs.channel is None else enum_text(SupervisionChannel, cs.channel)
            row = [name, str(cs.cases), s.on_time.percent_text, s.replied.percent_text, s.satisfied.percent_text,
                   str(cs.overdue), str(cs.rehandled)]
            self.rows.append(row)
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if (c == 3 and s.reply_rate_met is False) or (c == 4 and s.satisfaction_met is False):
                    item.setForeground(BELOW)
                self.table.setItem(r, c, item)
        self.loaded += 1
