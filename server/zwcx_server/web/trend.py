"""The main indicators quarter by quarter, for one township or summed over the townships a viewer may see, and a
small line chart of the rates drawn on the server as SVG (the console runs no script).

Each quarter reuses the cached per-township figures (figures.periods_figures), the same the indicator table and
an evaluation of that quarter read. Over several townships a rate is pooled: the townships' numerators over their
denominators, so a township with more matters due weighs more, as the city's own counting would.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from zwcx_core.domain.indicators import Rate
from zwcx_server.db import ServerDB
from zwcx_server.evaluation.periods import Period, quarter
from zwcx_server.web import figures
from zwcx_server.web.data import TownshipRow
from zwcx_server.web.figures import COLUMN_KEYS, Column, Figures

#: How many quarters a trend shows by default, and the range a viewer may ask for.
DEFAULT_QUARTERS, MIN_QUARTERS, MAX_QUARTERS = 8, 4, 8
#: The table's columns (keys of figures.COLUMNS): the main indicator of each kind.
TABLE_KEYS = ("keeping", "timely_disclosure", "notice_compliance", "objections_on_time", "paid_on_time",
              "overdue_amount", "dishonesty_serious", "dishonesty_general", "dishonesty_minor",
              "supervision_on_time", "supervision_replied")
#: The rates drawn, each with a colour and a dash pattern so the lines differ without colour too.
CHART_LINES = (("keeping", "#8b1a1a", ""), ("timely_disclosure", "#1f5fa8", "6 3"),
               ("paid_on_time", "#2e7d32", "2 3"), ("supervision_replied", "#b36b00", "10 3 2 3"))


def last_quarters(today: dt.date, n: int = DEFAULT_QUARTERS) -> list[Period]:
    """The `n` quarters up to and including today's, oldest first."""
    index = today.year * 4 + (today.month - 1) // 3
    return [quarter(i // 4, i % 4 + 1) for i in range(index - n + 1, index + 1)]


def quarters_asked(text: str | None) -> int:
    """The number of quarters asked for (?n=), kept within MIN_QUARTERS..MAX_QUARTERS; the default otherwise."""
    if text and text.isascii() and text.isdigit() and len(text) < 3:
        return max(MIN_QUARTERS, min(MAX_QUARTERS, int(text)))
    return DEFAULT_QUARTERS


def _add(a: Any, b: Any) -> Any:
    if isinstance(a, Rate):
        return Rate(a.numerator + b.numerator, a.denominator + b.denominator)
    return a + b


@dataclass(frozen=True)
class Cell:
    """One value of the trend table, shown as the indicator table shows it."""

    column: Column
    value: Any  # a Rate, a Decimal amount or an int count

    @property
    def text(self) -> str:
        """The value as the indicator table writes it (87.5%, 1,500.00, 3)."""
        return self.column.show(self.value)

    @property
    def detail(self) -> str:
        """n/d of a rate, else empty."""
        return f"{self.value.numerator}/{self.value.denominator}" if isinstance(self.value, Rate) else ""

    @property
    def percent(self) -> float | None:
        """A rate in percent, None when nothing was due (or for a count)."""
        return self.value.value * 100 if isinstance(self.value, Rate) and self.value.value is not None else None


@dataclass(frozen=True)
class Quarter:
    """One quarter of a trend: its period and the value of each column."""

    period: Period
    cells: dict[str, Cell]


def _values(rows: list[Figures]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in {*TABLE_KEYS, *(k for k, _, _ in CHART_LINES)}:
        col = COLUMN_KEYS[key]
        values = [col.get(f) for f in rows]
        if not values:
            out[key] = Rate(0, 0) if col.form == "rate" else (Decimal(0) if col.form == "money" else 0)
            continue
        total = values[0]
        for v in values[1:]:
            total = _add(total, v)
        out[key] = total
    return out


def trend(db: ServerDB, ts: list[TownshipRow], today: dt.date, n: int = DEFAULT_QUARTERS,
          persons: bool = False) -> list[Quarter]:
    """The last `n` quarters of the townships `ts` summed (rates pooled); person-level 失信 records counted only
    with `persons` (the administrator), as in the indicator table."""
    periods = last_quarters(today, n)
    spans = [(p.start, p.end) for p in periods]
    per_township = [figures.periods_figures(db, t, spans, today, persons) for t in ts]
    out = []
    for i, p in enumerate(periods):
        values = _values([fs[i] for fs in per_township])
        out.append(Quarter(p, {k: Cell(COLUMN_KEYS[k], v) for k, v in values.items()}))
    return out


@dataclass(frozen=True)
class Line:
    """One rate drawn across the quarters: its name, colour, dash and the runs of points it joins (a quarter
    without a value breaks the line)."""

    name: str
    colour: str
    dash: str
    runs: list[str]  # "x,y x,y …" of each unbroken run
    dots: list[tuple[float, float, str]]  # every point, with its value for the tooltip
    legend_x: float


@dataclass(frozen=True)
class Chart:
    """The geometry of the SVG chart (numbers only: the template places it)."""

    width: int
    height: int
    left: int
    top: int
    plot_w: int
    plot_h: int
    grid: list[tuple[float, str]]  # y, label
    ticks: list[tuple[float, str]]  # x, label
    lines: list[Line]
    legend_y: int


def chart(quarters: list[Quarter], width: int = 640, height: int = 260) -> Chart:
    """The chart of CHART_LINES over `quarters`, 0–100 %."""
    left, top, right, legend = 44, 12, 30, 48
    plot_w, plot_h = width - left - right, height - top - legend - 20
    step = plot_w / max(1, len(quarters) - 1)

    def x(i: int) -> float:
        return round(left + (i * step if len(quarters) > 1 else plot_w / 2), 1)

    def y(percent: float) -> float:
        return round(top + plot_h * (1 - percent / 100), 1)

    lines = []
    for n, (key, colour, dash) in enumerate(CHART_LINES):
        runs, run, dots = [], [], []
        for i, q in enumerate(quarters):
            cell = q.cells[key]
            if cell.percent is None:
                if run:
                    runs.append(" ".join(run))
                run = []
                continue
            run.append(f"{x(i)},{y(cell.percent)}")
            dots.append((x(i), y(cell.percent), f"{q.period.code} {cell.text} ({cell.detail})"))
        if run:
            runs.append(" ".join(run))
        lines.append(Line(COLUMN_KEYS[key].zh, colour, dash, runs, dots,
                          round(left + n * plot_w / len(CHART_LINES), 1)))
    grid = [(y(p), f"{p}%") for p in (0, 25, 50, 75, 100)]
    ticks = [(x(i), q.period.code) for i, q in enumerate(quarters)]
    return Chart(width, height, left, top, plot_w, plot_h, grid, ticks, lines, top + plot_h + 40)
