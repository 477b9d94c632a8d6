import datetime

import pytest

from zwcx_core.domain.calendar import (
    DayResult,
    add_working_days,
    is_workday,
    publicity_end,
    working_days_between,
)
from zwcx_core.domain.enums import DayCount

D = datetime.date


def test_is_workday_known_years():
    assert is_workday(D(2026, 2, 13)) == (True, True)  # Friday before Spring Festival
    assert is_workday(D(2026, 2, 14)) == (True, True)  # Saturday, make-up working day (调休)
    assert is_workday(D(2026, 2, 16)) == (False, True)  # Monday in the Spring Festival holiday
    assert is_workday(D(2026, 2, 28)) == (True, True)  # Saturday, make-up working day
    assert is_workday(D(2025, 10, 1)) == (False, True)  # National Day
    assert is_workday(D(2025, 9, 28)) == (True, True)  # Sunday, make-up working day
    assert is_workday(datetime.datetime(2025, 9, 28, 15, 30)) == (True, True)


def test_is_workday_unknown_year_falls_back_to_weekdays():
    assert is_workday(D(2030, 1, 7)) == (True, False)  # Monday
    assert is_workday(D(2030, 1, 5)) == (False, False)  # Saturday
    assert is_workday(D(2003, 12, 31)) == (True, False)  # before the table starts


def test_seven_working_days_across_spring_festival_2026():
    # 2026: holiday 2-15..2-23, make-up working Saturdays 2-14 and 2-28.
    # Working days from Thu 2-12: 12, 13, 14 (Sat, make-up), 24, 25, 26, 27 → the 7th is Fri 2-27.
    assert publicity_end(D(2026, 2, 12), 7, DayCount.WORKING) == DayResult(D(2026, 2, 27), True)
    # The 8th is the make-up Saturday 2-28, not Monday 3-2.
    assert publicity_end(D(2026, 2, 12), 8, DayCount.WORKING) == DayResult(D(2026, 2, 28), True)


def test_calendar_days_ignore_holidays():
    assert publicity_end(D(2026, 2, 12), 7, DayCount.CALENDAR) == DayResult(D(2026, 2, 18), True)
    assert publicity_end(D(2026, 2, 12), 1, DayCount.CALENDAR) == DayResult(D(2026, 2, 12), True)
    assert publicity_end(D(2030, 2, 12), 7, DayCount.CALENDAR).date == D(2030, 2, 18)
    assert publicity_end(D(2026, 2, 12), 7, "calendar").date == D(2026, 2, 18)


def test_working_period_starting_on_a_holiday_begins_after_it():
    # Start 2025-10-01 (holiday): working days 10-09, 10-10, 10-11 (Sat, make-up), 10-13, 10-14, 10-15, 10-16.
    assert publicity_end(D(2025, 10, 1), 7, DayCount.WORKING) == DayResult(D(2025, 10, 16), True)
    # A single working day starting on a working day is that day.
    assert publicity_end(D(2025, 9, 30), 1, DayCount.WORKING).date == D(2025, 9, 30)


def test_national_day_2025():
    # 2025: holiday 10-01..10-08, make-up working days Sun 9-28 and Sat 10-11.
    # Working days after Fri 9-26: 28 (Sun), 29, 30, 10-09, 10-10, 10-11 (Sat), 10-13, 10-14, 10-15, 10-16.
    assert add_working_days(D(2025, 9, 26), 3) == DayResult(D(2025, 9, 30), True)
    assert add_working_days(D(2025, 9, 26), 6) == DayResult(D(2025, 10, 11), True)
    assert add_working_days(D(2025, 9, 26), 10) == DayResult(D(2025, 10, 16), True)
    assert working_days_between(D(2025, 9, 26), D(2025, 10, 16)) == 10
    assert working_days_between(D(2025, 9, 30), D(2025, 10, 8)) == 0


def test_add_working_days_does_not_count_start():
    assert add_working_days(D(2025, 6, 9), 1) == DayResult(D(2025, 6, 10), True)  # Mon → Tue
    assert add_working_days(D(2025, 6, 13), 1) == DayResult(D(2025, 6, 16), True)  # Fri → Mon
    assert add_working_days(D(2025, 6, 9), 0) == DayResult(D(2025, 6, 9), True)


def test_unknown_years_are_flagged():
    assert add_working_days(D(2030, 3, 1), 10) == DayResult(D(2030, 3, 15), False)  # Fri + 10 Mon–Fri days
    assert publicity_end(D(2027, 1, 4), 7, DayCount.WORKING) == DayResult(D(2027, 1, 12), False)
    # Starting in a known year but running into 2027 is unconfirmed too:
    # Mon 2026-12-28 … Thu 12-31 are 4 days (confirmed), then Fri 2027-01-01 (guessed), Mon 1-4, Tue 1-5.
    assert publicity_end(D(2026, 12, 28), 7, DayCount.WORKING) == DayResult(D(2027, 1, 5), False)
    assert publicity_end(D(2026, 12, 28), 4, DayCount.WORKING) == DayResult(D(2026, 12, 31), True)


def test_working_days_between():
    assert working_days_between(D(2025, 6, 9), D(2025, 6, 9)) == 0
    assert working_days_between(D(2025, 6, 9), D(2025, 6, 16)) == 5  # Tue..Fri + Mon
    assert working_days_between(D(2025, 6, 16), D(2025, 6, 9)) == 0
    assert working_days_between(D(2026, 2, 12), D(2026, 2, 28)) == 7  # 13, 14, 24, 25, 26, 27, 28


@pytest.mark.parametrize("start", [D(2025, 9, 26), D(2026, 2, 12), D(2024, 4, 30), D(2030, 5, 1)])
@pytest.mark.parametrize("n", [1, 5, 10, 20])
def test_add_and_between_agree(start, n):
    end = add_working_days(start, n).date
    assert working_days_between(start, end) == n
    assert is_workday(end)[0]


@pytest.mark.parametrize("days", [0, -3])
def test_publicity_end_needs_a_positive_period(days):
    with pytest.raises(ValueError, match="at least 1 day"):
        publicity_end(D(2025, 1, 2), days, DayCount.CALENDAR)


def test_add_working_days_refuses_negative():
    with pytest.raises(ValueError, match="negative"):
        add_working_days(D(2025, 1, 2), -1)


# A made-up 2027 schedule in the State Council's usual shape: the library does not know 2027, the server does.
SCHEDULE_2027 = [
    {"date": "2027-01-01", "workday": False, "name": "元旦"},
    *({"date": f"2027-02-{d:02d}", "workday": False, "name": "春节"} for d in range(5, 12)),
    {"date": "2027-02-13", "workday": True, "name": "春节调休"},  # a Saturday worked
]


@pytest.fixture
def official_2027():
    from zwcx_core.domain.calendar import parse_schedule, use_official_schedule

    use_official_schedule(parse_schedule(SCHEDULE_2027))
    yield
    use_official_schedule({})


def test_the_servers_schedule_makes_next_year_known(official_2027):
    assert is_workday(D(2027, 1, 1)) == (False, True)  # a Friday holiday
    assert is_workday(D(2027, 2, 8)) == (False, True)  # Monday in the Spring Festival holiday
    assert is_workday(D(2027, 2, 13)) == (True, True)  # Saturday, make-up working day
    assert is_workday(D(2027, 2, 14)) == (False, True)  # a plain Sunday of a known year
    assert is_workday(D(2027, 3, 1)) == (True, True)
    # Thu 02-04 is day 1; 02-05…02-11 are the holiday; Fri 02-12 day 2, Sat 02-13 (worked) day 3, then Mon 15–18.
    assert publicity_end(D(2027, 2, 4), 7, DayCount.WORKING) == DayResult(D(2027, 2, 18), True)
    assert add_working_days(D(2026, 12, 30), 2) == DayResult(D(2027, 1, 4), True)  # Thu 31, (Fri 1st off), Mon 4
    assert is_workday(D(2028, 1, 3)) == (True, False)  # still nobody's year


def test_a_server_entry_overrides_the_library_for_that_day_only():
    from zwcx_core.domain.calendar import parse_schedule, use_official_schedule

    use_official_schedule(parse_schedule([{"date": "2026-10-09", "workday": False, "name": "更正"}]))
    try:
        assert is_workday(D(2026, 10, 9)) == (False, True)
        assert is_workday(D(2026, 2, 16)) == (False, True)  # the library's Spring Festival still holds
    finally:
        use_official_schedule({})
    assert is_workday(D(2026, 10, 9)) == (True, True)


@pytest.mark.parametrize(("items", "message"), [
    ({"date": "2027-01-01"}, "must be a list"),
    (["2027-01-01"], r"holidays\[0\]: expected an object"),
    ([{"date": "2027-13-01", "workday": False}], r"holidays\[0\]: 'date' must be a date"),
    ([{"date": "2027-01-01", "workday": False}, {"date": "2027-02-13", "workday": "yes"}],
     r"holidays\[1\] \(2027-02-13\): 'workday' must be true"),
    ([{"date": "2027-01-01", "workday": False}, {"date": "2027-01-01", "workday": True}],
     r"holidays\[1\]: 2027-01-01 is listed both"),
])
def test_a_malformed_schedule_is_refused_naming_the_entry(items, message):
    from zwcx_core.domain.calendar import ScheduleError, parse_schedule

    with pytest.raises(ScheduleError, match=message):
        parse_schedule(items)


def test_a_document_from_before_a_new_computed_field_is_not_recounted_for_it():
    """Only the calendar's dates make a recount: a draft saved before closing_balance existed (no such key) gets
    no new version when the official schedule arrives and its dates stand."""
    from zwcx_core.domain.derive import derive, recounted

    doc = derive("disclosure", {"kind": "affairs", "formed_date": "2026-03-02", "period_start": "2026-03-05",
                                "period_days": 7, "day_count": "working", "status": "draft"})
    legacy = {k: v for k, v in doc.items() if k != "closing_balance"}
    assert recounted("disclosure", legacy) is None
    moved = legacy | {"period_end": "2026-03-01"}
    assert recounted("disclosure", moved)["period_end"] == doc["period_end"]
