"""Working days on the official Chinese holiday and make-up-workday (调休) calendar.

`chinese_calendar` knows the State Council's schedule only for the years it was built with. For other years the
functions fall back to Monday–Friday and say so (`confirmed=False`), so that the screen can ask the clerk to
check the date instead of silently trusting a guess.
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass

import chinese_calendar

from zwcx_desktop.domain.enums import DayCount

__all__ = ["DayResult", "add_working_days", "is_workday", "publicity_end", "working_days_between"]

_ONE_DAY = datetime.timedelta(days=1)


@dataclass(frozen=True)
class DayResult:
    """A computed date; `confirmed` is False if any day considered lies in a year the holiday table lacks."""

    date: datetime.date
    confirmed: bool


def _as_date(d: datetime.date) -> datetime.date:
    # datetime is a subclass of date; arithmetic and comparisons with plain dates would misbehave.
    return d.date() if isinstance(d, datetime.datetime) else d


def is_workday(d: datetime.date) -> tuple[bool, bool]:
    """Return (is a working day, confirmed by the official calendar) for one date.

    Make-up working Saturdays/Sundays are working days and statutory holidays are not. For a year the
    calendar does not know, Monday–Friday counts as working and `confirmed` is False.
    """
    return _is_workday(_as_date(d))


@functools.lru_cache(maxsize=8192)
def _is_workday(d: datetime.date) -> tuple[bool, bool]:
    # Cached: chinese_calendar scans its whole holiday table on every call, and periods are counted day by day.
    try:
        return chinese_calendar.is_workday(d), True
    except NotImplementedError:
        return d.weekday() < 5, False


def _nth_working_day(first: datetime.date, n: int) -> DayResult:
    """The n-th working day counting `first` itself (n >= 1)."""
    day, seen, confirmed = first, 0, True
    while True:
        working, known = is_workday(day)
        confirmed = confirmed and known
        if working:
            seen += 1
            if seen == n:
                return DayResult(day, confirmed)
        day += _ONE_DAY


def publicity_end(start: datetime.date, days: int, count: DayCount) -> DayResult:
    """Last day of a publicity period (公示期) of `days` days that begins on `start` (day 1).

    CALENDAR: `start + days - 1`, no holiday lookup, always confirmed. WORKING: the `days`-th working day
    counting from `start`, which counts itself if it is a working day. Raises ValueError if `days` < 1.
    """
    if days < 1:
        raise ValueError(f"a publicity period must be at least 1 day, got {days}")
    start = _as_date(start)
    if DayCount(count) is DayCount.CALENDAR:
        return DayResult(start + datetime.timedelta(days=days - 1), True)
    return _nth_working_day(start, days)


def add_working_days(start: datetime.date, n: int) -> DayResult:
    """The n-th working day after `start` (`start` itself never counts); n = 0 gives `start`.

    Used for objection reply deadlines (10 or 20 working days from receipt) and disclosure time limits
    (20 working days from forming). Raises ValueError if `n` is negative.
    """
    if n < 0:
        raise ValueError(f"number of working days must not be negative, got {n}")
    start = _as_date(start)
    if n == 0:
        return DayResult(start, True)
    return _nth_working_day(start + _ONE_DAY, n)


def working_days_between(a: datetime.date, b: datetime.date) -> int:
    """Number of working days in (a, b]: after `a`, up to and including `b`; 0 when `b` <= `a`.

    Days in years the holiday table lacks count as Monday–Friday.
    """
    day, end, total = _as_date(a) + _ONE_DAY, _as_date(b), 0
    while day <= end:
        total += is_workday(day)[0]
        day += _ONE_DAY
    return total
