"""Periods counted in months on real dates (display periods, 政务处分 periods, the deputies' 3-month clock)."""

from __future__ import annotations

import calendar
import datetime

__all__ = ["add_months"]


def add_months(start: datetime.date, months: int) -> datetime.date:
    """Last day of a period of `months` months that runs from `start` (民法典 arts. 201–202).

    The day of `start` does not count; the period ends on the day of the final month that corresponds to `start`
    (2026-04-10 + 3 months = 2026-07-10) and, when that month has no such day, on its last day
    (2026-08-31 + 6 months = 2027-02-28; 2027-11-30 + 3 = 2028-02-29). A short month is never carried forward
    (2026-02-28 + 6 months = 2026-08-28, not 08-31): the rule looks at the day number, not at "end of month".
    The result is not moved off a holiday: these periods are display and handling limits, and the earlier day is
    the one a clerk can safely work to. Raises ValueError if `months` is negative.
    """
    if months < 0:
        raise ValueError(f"a number of months must not be negative, got {months}")
    if isinstance(start, datetime.datetime):
        start = start.date()
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return datetime.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))
