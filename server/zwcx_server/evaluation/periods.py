"""Evaluation periods: a quarter (2026Q1) or a year (2026), as inclusive date ranges with their Chinese label."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["Period", "parse_period", "quarter", "quarters", "year"]

_ZH_QUARTER = ("一", "二", "三", "四")
_PATTERN = re.compile(r"^\s*(\d{4})\s*(?:[Qq]([1-4]))?\s*$")


@dataclass(frozen=True)
class Period:
    """An evaluation period: `code` 2026Q1 or 2026, first and last day (both inclusive)."""

    code: str
    start: dt.date
    end: dt.date

    @property
    def zh(self) -> str:
        """2026年第一季度, or 2026年度."""
        if "Q" in self.code:
            return f"{self.start.year}年第{_ZH_QUARTER[(self.start.month - 1) // 3]}季度"
        return f"{self.start.year}年度"

    def __contains__(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


def quarter(y: int, q: int) -> Period:
    """Quarter `q` (1–4) of year `y`."""
    if not 1 <= q <= 4:
        raise ValueError(f"a quarter is 1 to 4, not {q}")
    first = dt.date(y, 3 * q - 2, 1)
    after = dt.date(y + 1, 1, 1) if q == 4 else dt.date(y, 3 * q + 1, 1)
    return Period(f"{y}Q{q}", first, after - dt.timedelta(days=1))


def year(y: int) -> Period:
    """The calendar year `y`."""
    return Period(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31))


def quarters(y: int) -> list[Period]:
    """The four quarters of year `y`, in order (the per-quarter trend of a year)."""
    return [quarter(y, q) for q in range(1, 5)]


def parse_period(code: str) -> Period:
    """'2026Q1' (or '2026q1') → the first quarter of 2026; '2026' → the year. ValueError for anything else."""
    m = _PATTERN.match(code or "")
    if not m or not 1900 < int(m.group(1)) < 2200:
        raise ValueError(f"评价期 {code!r} 应写作 2026Q1（季度）或 2026（年度）")
    y = int(m.group(1))
    return quarter(y, int(m.group(2))) if m.group(2) else year(y)
