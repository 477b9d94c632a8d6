import datetime

import pytest

from zwcx_core.domain.calendar import DayResult
from zwcx_core.domain.deadlines import (
    days_left,
    disclosure_deadline,
    fulfilment_status,
    is_commitment_overdue,
    objection_due,
)
from zwcx_core.domain.enums import CommitmentStatus as C

D = datetime.date


def test_fulfilment_status():
    assert fulfilment_status(D(2025, 6, 30), D(2025, 6, 29)) is C.FULFILLED_ON_TIME
    assert fulfilment_status(D(2025, 6, 30), D(2025, 6, 30)) is C.FULFILLED_ON_TIME
    assert fulfilment_status(D(2025, 6, 30), D(2025, 7, 1)) is C.FULFILLED_LATE


@pytest.mark.parametrize(
    ("status", "due", "today", "overdue"),
    [
        (C.PUBLISHED, D(2025, 6, 30), D(2025, 7, 1), True),
        (C.IN_PROGRESS, D(2025, 6, 30), D(2025, 7, 1), True),
        (C.IN_PROGRESS, D(2025, 6, 30), D(2025, 6, 30), False),  # due today is not yet overdue
        (C.IN_PROGRESS, None, D(2025, 7, 1), False),
        (C.DRAFT, D(2025, 6, 30), D(2025, 7, 1), False),
        (C.PENDING_REVIEW, D(2025, 6, 30), D(2025, 7, 1), False),
        (C.FULFILLED_LATE, D(2025, 6, 30), D(2025, 7, 1), False),
        (C.UNFULFILLED, D(2025, 6, 30), D(2025, 7, 1), False),
        (C.CANCELLED, D(2025, 6, 30), D(2025, 7, 1), False),
        (C.CHANGED, D(2025, 6, 30), D(2025, 7, 1), False),
    ],
)
def test_is_commitment_overdue(status, due, today, overdue):
    assert is_commitment_overdue(status, due, today) is overdue


def test_objection_due_over_national_day_2025():
    # Received Fri 9-26; 10 working days after it: 9-28 (Sun, make-up), 9-29, 9-30, 10-9, 10-10,
    # 10-11 (Sat, make-up), 10-13, 10-14, 10-15, 10-16.
    assert objection_due(D(2025, 9, 26)) == DayResult(D(2025, 10, 16), True)
    # 20 working days: continue 10-17, 20, 21, 22, 23, 24, 27, 28, 29, 30.
    assert objection_due(D(2025, 9, 26), 20) == DayResult(D(2025, 10, 30), True)


def test_disclosure_deadline():
    # Formed Mon 2025-06-02, the last day of the Dragon Boat holiday (5-31..6-2). 20 working days after it:
    # 6-3..6-6 (4) + three full weeks 6-9..6-27 (15) + Mon 6-30 (1) = 20 → 6-30.
    assert disclosure_deadline(D(2025, 6, 2)) == DayResult(D(2025, 6, 30), True)
    assert disclosure_deadline(D(2025, 6, 2), 5) == DayResult(D(2025, 6, 9), True)
    assert disclosure_deadline(D(2031, 6, 2)).confirmed is False


def test_days_left():
    assert days_left(D(2025, 7, 1), D(2025, 6, 28)) == 3
    assert days_left(D(2025, 7, 1), D(2025, 7, 1)) == 0
    assert days_left(D(2025, 7, 1), D(2025, 7, 3)) == -2
