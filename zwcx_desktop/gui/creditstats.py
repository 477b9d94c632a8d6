"""统计分析's 政务失信 line: records by type and severity, 整改完成率, 修复办结率, credit objections answered on time
(domain/credit_indicators.py), counted as the user may see them (person-level records for the administrator only)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel


def compute_credit(_handle, app, start: dt.date, end: dt.date, persons: bool):
    """Task: the credit indicators of the period."""
    from zwcx_desktop.store.creditfacts import credit_indicator_facts

    with app.db.read() as s:
        return credit_indicator_facts(s, start, end, persons=persons)


class CreditStats(QLabel):
    """One wrapped paragraph under the indicator table."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result = None
        self.setObjectName("credit_indicators")
        self.setWordWrap(True)
        # A long line wraps into the room the splitter gives it: it never makes the window taller than the screen.
        self.setMinimumSize(1, 1)

    def refresh(self, start: dt.date, end: dt.date) -> None:
        from zwcx_core.domain.credit_rules import sees_persons

        self._asked = getattr(self, "_asked", 0) + 1  # the newest period's answer wins (see StatsPage.refresh)
        asked = self._asked
        self.ctx.runner.run(compute_credit, self.ctx.app, start, end, sees_persons(self.ctx.actor.role),
                            on_done=lambda ind: self._show(ind) if asked == self._asked else None)

    def _show(self, ind) -> None:
        self.result = ind
        none = self.tr("none")
        types = "、".join(f"{k} {v}" for k, v in ind.by_type.items()) or none
        severities = "、".join(f"{k} {v}" for k, v in ind.by_severity.items()) or none
        rates = [(self.tr("Rectification completed"), ind.rectified), (self.tr("Repairs decided"), ind.repairs_decided),
                 (self.tr("Credit objections answered on time"), ind.objections_on_time)]
        self.setText(self.tr("Dishonesty records by type: %1; by severity: %2.").replace("%1", types)
                     .replace("%2", severities) + "  "
                     + "；".join(f"{name} {r.percent_text} ({r.numerator}/{r.denominator})" for name, r in rates))
