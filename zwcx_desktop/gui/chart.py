"""A grouped bar chart painted with QPainter (QtCharts is in PySide6-Addons, which zwcx does not ship)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

COLORS = ["#1565c0", "#ef6c00", "#2e7d32", "#6a1b9a", "#c62828"]


class BarChart(QWidget):
    """Groups (e.g. units) of bars (e.g. indicators), values 0..1 or None (nothing due: no bar, a dash)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.groups: list[str] = []
        self.series: list[str] = []
        self.values: list[list[float | None]] = []
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, groups: list[str], series: list[str], values: list[list[float | None]]) -> None:
        self.groups, self.series, self.values = groups, series, values
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt naming
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        fm = p.fontMetrics()
        normal = p.font()
        small = QFont(normal)
        small.setPointSizeF(max(6.0, normal.pointSizeF() * 0.8))
        small_fm = QFontMetrics(small)
        left, top, bottom, right = 48, 50, 56, 12  # room above the bars for their values, below for two-line names
        w, h = self.width() - left - right, self.height() - top - bottom
        if w <= 0 or h <= 0:
            return
        # Legend on top.
        x = left
        for i, name in enumerate(self.series):
            p.fillRect(QRectF(x, 10, 12, 12), QColor(COLORS[i % len(COLORS)]))
            p.setPen(QColor("#333"))
            p.drawText(x + 16, 21, name)
            x += 16 + fm.horizontalAdvance(name) + 16
        # Axis and grid: 0 %, 25 %, ... 100 %.
        p.setPen(QPen(QColor("#ddd")))
        for k in range(5):
            y = top + h - h * k / 4
            p.drawLine(left, int(y), left + w, int(y))
            p.setPen(QColor("#666"))
            p.drawText(QRectF(0, y - 8, left - 6, 16), Qt.AlignmentFlag.AlignRight, f"{k * 25}%")
            p.setPen(QPen(QColor("#ddd")))
        if not self.groups:
            return
        gw = w / len(self.groups)
        bw = max(2.0, min(28.0, gw * 0.8 / max(1, len(self.series))))
        for g, name in enumerate(self.groups):
            gx = left + g * gw + (gw - bw * len(self.series)) / 2
            for si, v in enumerate(self.values[g]):
                bx = gx + si * bw
                if v is None:
                    p.setPen(QColor("#999"))
                    p.drawText(QRectF(bx, top + h - 16, bw, 14), Qt.AlignmentFlag.AlignCenter, "—")
                    continue
                bh = h * max(0.0, min(1.0, v))
                p.fillRect(QRectF(bx, top + h - bh, bw - 1, bh), QColor(COLORS[si % len(COLORS)]))
                # The value (percent, as the axis) above its bar, in a smaller type, when the bar leaves room.
                value = f"{v * 100:.0f}"
                if small_fm.horizontalAdvance(value) <= bw + 4:
                    p.setFont(small)
                    p.setPen(QColor("#333"))
                    p.drawText(QRectF(bx - 3, top + h - bh - 15, bw + 5, 14), Qt.AlignmentFlag.AlignCenter, value)
                    p.setFont(normal)
            p.setPen(QColor("#333"))
            # Two lines for a unit's name before it is cut (村民委员会 names are long).
            text = fm.elidedText(name, Qt.TextElideMode.ElideRight, 2 * (int(gw) - 6))
            p.drawText(QRectF(left + g * gw, top + h + 4, gw, 40), Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, text)
        p.end()
