"""Working days on the official Chinese holiday and make-up-workday (调休) calendar.

Two sources: the schedule the municipal server hands down as reference data (`use_official_schedule`; the
municipal administrator loads each year's State Council notice, usually published in November, so devices know
next year before any library release does), whose entries win day by day, and `chinese_calendar`, which knows the
years it was built with. A year is known when either knows it; in a year only the server knows, days it does not
list follow Monday–Friday. For any other year the functions fall back to Monday–Friday and say so
(`confirmed=False`), so that the screen can ask the clerk to check the date instead of silently trusting a guess.
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass

import chinese_calendar

from zwcx_core.domain.enums import DayCount

__all__ = ["DayResult", "ScheduleError", "add_working_days", "has_official_schedule", "is_workday", "parse_schedule",
           "publicity_end", "use_official_schedule", "working_days_between", "year_known"]

_ONE_DAY = datetime.timedelta(days=1)

# The schedule from the municipal server: date -> is a working day, for the holidays and make-up working days it
# lists; _official_years are the years it covers.
_official: dict[datetime.date, bool] = {}
_official_years: frozenset[int] = frozenset()


class ScheduleError(ValueError):
    """A holiday schedule entry is malformed; the message names the entry."""


def parse_schedule(items: list) -> dict[datetime.date, bool]:
    """Check the `holidays` section of the reference data: a list of
    `{"date": "YYYY-MM-DD", "workday": false, "name": "春节"}` (a holiday) or `"workday": true` (a make-up working
    Saturday or Sunday). A year counts as known once any entry lies in it, so load each year's notice whole."""
    if not isinstance(items, list):
        raise ScheduleError("the holiday schedule must be a list")
    out: dict[datetime.date, bool] = {}
    for i, it in enumerate(items):
        where = f"holidays[{i}]"
        if not isinstance(it, dict):
            raise ScheduleError(f"{where}: expected an object with 'date' and 'workday'")
        try:
            day = datetime.date.fromisoformat(str(it.get("date")))
        except ValueError:
            raise ScheduleError(f"{where}: 'date' must be a date like 2027-01-01, got {it.get('date')!r}") from None
        working = it.get("workday")
        if not isinstance(working, bool):
            raise ScheduleError(f"{where} ({day}): 'workday' must be true (make-up working day) or false (holiday)")
        if day in out and out[day] != working:
            raise ScheduleError(f"{where}: {day} is listed both as a holiday and as a working day")
        out[day] = working
    return out


def use_official_schedule(days: dict[datetime.date, bool]) -> None:
    """Install the municipal server's schedule (from `parse_schedule`) for this process; {} removes it."""
    global _official, _official_years
    _official = dict(days)
    _official_years = frozenset(d.year for d in days)
    _is_workday.cache_clear()


def has_official_schedule() -> bool:
    """True once a schedule from the municipal server is in effect in this process."""
    return bool(_official)


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
    if d in _official:  # the server's entry wins, so a correction by the municipality takes effect at once
        return _official[d], True
    try:
        return chinese_calendar.is_workday(d), True
    except NotImplementedError:
        return d.weekday() < 5, d.year in _official_years


def year_known(year: int) -> bool:
    """True when the holidays of `year` are known (from the server's schedule or the library)."""
    return is_workday(datetime.date(year, 1, 1))[1]


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


def zh_date(d: datetime.date) -> str:
    """A date as notices print it (GB/T 9704-2012: Arabic numerals, no leading zeros): 2026年3月5日."""
    return f"{d.year}年{d.month}月{d.day}日"
