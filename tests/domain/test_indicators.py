import datetime

import pytest

from zwcx_core.domain.enums import CommitmentStatus as C
from zwcx_core.domain.enums import DisclosureStatus as DS
from zwcx_core.domain.enums import ObjectionStatus as OS
from zwcx_core.domain.indicators import (
    CommitmentFact,
    DisclosureFact,
    ObjectionFact,
    Rate,
    compute_by_unit,
    compute_indicators,
)

D = datetime.date
START, END = D(2025, 1, 1), D(2025, 3, 31)

COMMITMENTS = [
    # unit A
    CommitmentFact("A", C.FULFILLED_ON_TIME, D(2025, 1, 31), D(2025, 1, 20)),
    CommitmentFact("A", C.FULFILLED_ON_TIME, D(2025, 3, 31), D(2025, 3, 31)),  # due on the last day: in
    CommitmentFact("A", C.FULFILLED_LATE, D(2025, 2, 28), D(2025, 3, 5)),
    CommitmentFact("A", C.IN_PROGRESS, D(2025, 3, 15), None),  # overdue, counts against the rate
    CommitmentFact("A", C.CHANGED, D(2025, 2, 1), None),  # excluded
    CommitmentFact("A", C.CANCELLED, D(2025, 2, 1), None),  # excluded
    CommitmentFact("A", C.DRAFT, D(2025, 2, 1), None),  # excluded: never public
    CommitmentFact("A", C.FULFILLED_ON_TIME, D(2025, 4, 1), D(2025, 3, 1)),  # due after the period
    CommitmentFact("A", C.PUBLISHED, None, None),  # no due date
    # unit B
    CommitmentFact("B", C.FULFILLED_ON_TIME, D(2025, 1, 1), D(2024, 12, 31)),  # due on the first day: in
    CommitmentFact("B", C.UNFULFILLED, D(2025, 2, 10), None),
    CommitmentFact("B", C.PENDING_REVIEW, D(2025, 2, 10), None),  # excluded: never public
    CommitmentFact("B", C.FULFILLED_LATE, D(2024, 12, 31), D(2025, 1, 5)),  # due before the period
]


def disclosure(unit, status, deadline, publish, *, evidence=True, full=True, unmasked=False):
    return DisclosureFact(unit, status, None, publish, deadline, evidence, full, unmasked)


DISCLOSURES = [
    # unit A
    disclosure("A", DS.ARCHIVED, D(2025, 1, 20), D(2025, 1, 10)),  # timely, compliant
    disclosure("A", DS.ARCHIVED, D(2025, 2, 20), D(2025, 2, 21)),  # late, compliant
    disclosure("A", DS.ARCHIVED, D(2025, 3, 20), D(2025, 3, 20), evidence=False),  # timely, no photo
    disclosure("A", DS.PUBLICIZING, D(2025, 3, 25), D(2025, 3, 24)),  # timely, not archived yet
    disclosure("A", DS.APPROVED, D(2025, 3, 28), None),  # due, unpublished: not timely
    disclosure("A", DS.WITHDRAWN, D(2025, 2, 1), None),  # excluded
    # unit B
    disclosure("B", DS.ARCHIVED, D(2025, 2, 10), D(2025, 2, 3), unmasked=True),  # timely, full ID printed
    disclosure("B", DS.ARCHIVED, D(2025, 4, 10), D(2025, 3, 30), full=False),  # deadline after period
    disclosure("B", DS.ARCHIVED, D(2024, 12, 20), D(2024, 12, 19)),  # all before the period
]

OBJECTIONS = [
    # unit A
    ObjectionFact("A", OS.CLOSED, D(2025, 1, 2), D(2025, 1, 16), D(2025, 1, 12)),  # on time, 10 days
    ObjectionFact("A", OS.CLOSED, D(2025, 2, 3), D(2025, 2, 17), D(2025, 2, 20)),  # late, 17 days
    ObjectionFact("A", OS.INVESTIGATING, D(2025, 3, 10), D(2025, 3, 24), None),  # open past due
    # unit B
    ObjectionFact(
        "B", OS.CLOSED, D(2025, 3, 20), D(2025, 4, 3), D(2025, 3, 27)
    ),  # due after, closed in: 7 days
    ObjectionFact("B", OS.CLOSED, D(2024, 12, 20), D(2025, 1, 3), D(2025, 1, 3)),  # on time, 14 days
]


def test_overall_indicators_by_hand():
    ind = compute_indicators(COMMITMENTS, DISCLOSURES, OBJECTIONS, START, END)
    # Commitments due in Q1 and counted: A on-time ×2, A late, A in-progress, B on-time, B unfulfilled = 6.
    # Kept on time: 3 → 3/6 = 50.0 %; late: 1/6 = 16.7 %.
    assert ind.keeping == Rate(3, 6)
    assert ind.keeping.percent_text == "50.0%"
    assert ind.late == Rate(1, 6)
    assert ind.late.percent_text == "16.7%"
    # Disclosures with deadline in Q1, not withdrawn: A 1-20, 2-20, 3-20, 3-25, 3-28; B 2-10 = 6.
    # Published by the deadline: A 1-20, 3-20, 3-25; B 2-10 = 4 → 4/6.
    assert ind.timely_disclosure == Rate(4, 6)
    # Archived and published in Q1: A 1-10, 2-21, 3-20; B 2-3, 3-30 = 5.
    # Compliant: A 1-10, A 2-21 (late does not matter here) = 2 → 2/5 = 40.0 %.
    assert ind.notice_compliance == Rate(2, 5)
    assert ind.notice_compliance.percent_text == "40.0%"
    # Objections due in Q1: A 1-16, 2-17, 3-24; B 1-3 = 4. Closed by due date: A 1-16, B 1-3 = 2 → 2/4.
    assert ind.objections_on_time == Rate(2, 4)
    # Closed in Q1: A 10 days, A 17 days, B 7 days, B 14 days → 48 / 4 = 12.0.
    assert ind.avg_days_to_close == pytest.approx(12.0)


def test_unit_filter_by_hand():
    a = compute_indicators(COMMITMENTS, DISCLOSURES, OBJECTIONS, START, END, unit_id="A")
    # A commitments counted: on-time ×2, late, in-progress = 4 → kept 2/4, late 1/4.
    assert (a.keeping, a.late) == (Rate(2, 4), Rate(1, 4))
    assert a.keeping.percent_text == "50.0%"
    # A disclosures due: 1-20 ✓, 2-20 ✗, 3-20 ✓, 3-25 ✓, 3-28 ✗ → 3/5 = 60.0 %.
    assert a.timely_disclosure == Rate(3, 5)
    # A archived in Q1: 1-10 ✓, 2-21 ✓, 3-20 ✗ (no photo) → 2/3 = 66.7 %.
    assert a.notice_compliance == Rate(2, 3)
    assert a.notice_compliance.percent_text == "66.7%"
    # A objections due: ✓, ✗, ✗ (open) → 1/3; closed in Q1: 10 and 17 days → 13.5.
    assert a.objections_on_time == Rate(1, 3)
    assert a.avg_days_to_close == pytest.approx(13.5)

    b = compute_indicators(COMMITMENTS, DISCLOSURES, OBJECTIONS, START, END, unit_id="B")
    # B commitments counted: on-time, unfulfilled = 2 → 1/2 kept, 0/2 late.
    assert (b.keeping, b.late) == (Rate(1, 2), Rate(0, 2))
    assert b.late.percent_text == "0.0%"
    # B disclosures due: 2-10 ✓ → 1/1. Archived in Q1: 2-3 (unmasked ✗), 3-30 (cut short ✗) → 0/2.
    assert b.timely_disclosure == Rate(1, 1)
    assert b.timely_disclosure.percent_text == "100.0%"
    assert b.notice_compliance == Rate(0, 2)
    # B objections due in Q1: 1-3 ✓ → 1/1; closed in Q1: 7 and 14 days → 10.5.
    assert b.objections_on_time == Rate(1, 1)
    assert b.avg_days_to_close == pytest.approx(10.5)


def test_empty_period_gives_dashes_not_zero():
    ind = compute_indicators(COMMITMENTS, DISCLOSURES, OBJECTIONS, D(2020, 1, 1), D(2020, 12, 31))
    for rate in (ind.keeping, ind.late, ind.timely_disclosure, ind.notice_compliance, ind.objections_on_time):
        assert rate.denominator == 0
        assert rate.value is None
        assert rate.percent_text == "—"
    assert ind.avg_days_to_close is None


def test_rate():
    assert Rate(7, 8).value == 0.875
    assert Rate(7, 8).percent_text == "87.5%"
    assert Rate(2, 3).percent_text == "66.7%"
    assert Rate(0, 0).value is None


def test_compute_by_unit_puts_overall_first():
    rows = compute_by_unit(iter(COMMITMENTS), iter(DISCLOSURES), iter(OBJECTIONS), START, END)
    assert [r.unit_id for r in rows] == [None, "A", "B"]
    assert rows[0] == compute_indicators(COMMITMENTS, DISCLOSURES, OBJECTIONS, START, END)
    assert rows[1].keeping == Rate(2, 4)


def test_compute_by_unit_lists_units_with_nothing_in_the_period():
    extra = [*OBJECTIONS, ObjectionFact("C", OS.REGISTERED, D(2019, 1, 1), D(2019, 1, 15), None)]
    rows = compute_by_unit(COMMITMENTS, DISCLOSURES, extra, START, END)
    assert [r.unit_id for r in rows] == [None, "A", "B", "C"]
    assert rows[3].objections_on_time.percent_text == "—"


def test_to_dict_has_stable_keys():
    d = compute_indicators(COMMITMENTS, DISCLOSURES, OBJECTIONS, START, END, unit_id="A").to_dict()
    assert list(d) == [
        "unit_id",
        "start",
        "end",
        "keeping",
        "late",
        "timely_disclosure",
        "notice_compliance",
        "objections_on_time",
        "avg_days_to_close",
    ]
    assert d["unit_id"] == "A" and d["start"] == "2025-01-01" and d["end"] == "2025-03-31"
    assert d["keeping"] == {"numerator": 2, "denominator": 4, "value": 0.5, "percent": "50.0%"}
    assert d["avg_days_to_close"] == 13.5


def test_period_must_not_be_reversed():
    with pytest.raises(ValueError, match="after its end"):
        compute_indicators([], [], [], END, START)


def test_a_period_not_yet_ended_counts_only_what_is_decided_by_today():
    # The year 2025 seen on 2025-06-10: what is still open but not yet due has not failed.
    start, end, today = D(2025, 1, 1), D(2025, 12, 31), D(2025, 6, 10)
    commitments = [
        CommitmentFact("A", C.FULFILLED_ON_TIME, D(2025, 3, 1), D(2025, 2, 1)),  # kept
        CommitmentFact("A", C.IN_PROGRESS, D(2025, 5, 1), None),  # overdue: a failure
        CommitmentFact("A", C.IN_PROGRESS, D(2025, 6, 10), None),  # due today: the day is not over
        CommitmentFact("A", C.PUBLISHED, D(2025, 9, 30), None),  # due later this year: not yet decided
        CommitmentFact("A", C.FULFILLED_ON_TIME, D(2025, 9, 30), D(2025, 6, 1)),  # kept early: counts
    ]
    disclosures = [
        disclosure("A", DS.APPROVED, D(2025, 6, 20), None),  # not published, deadline ahead: not yet late
        disclosure("A", DS.APPROVED, D(2025, 6, 1), None),  # deadline passed: late
        disclosure("A", DS.ARCHIVED, D(2025, 7, 1), D(2025, 6, 5)),  # published ahead of its deadline
    ]
    objections = [
        ObjectionFact("A", OS.INVESTIGATING, D(2025, 6, 5), D(2025, 6, 19), None),  # still in time
        ObjectionFact("A", OS.INVESTIGATING, D(2025, 5, 1), D(2025, 5, 15), None),  # past due
        ObjectionFact("A", OS.CLOSED, D(2025, 6, 1), D(2025, 6, 15), D(2025, 6, 8)),  # closed early
    ]
    now = compute_indicators(commitments, disclosures, objections, start, end, today=today)
    assert (now.keeping.numerator, now.keeping.denominator) == (2, 3)
    assert (now.timely_disclosure.numerator, now.timely_disclosure.denominator) == (1, 2)
    assert (now.objections_on_time.numerator, now.objections_on_time.denominator) == (1, 2)
    # Seen after the year, with nothing changed, every open item has failed.
    after = compute_indicators(commitments, disclosures, objections, start, end)
    assert (after.keeping.numerator, after.keeping.denominator) == (2, 5)
    assert (after.timely_disclosure.denominator, after.objections_on_time.denominator) == (3, 3)
    assert compute_by_unit(commitments, disclosures, objections, start, end, today)[0].keeping.denominator == 3


def test_a_commitment_marked_unfulfilled_before_its_due_date_counts_at_once():
    # 未兑现 is decided by a reviewer, not by the calendar: no time is left to keep it.
    today = D(2025, 6, 10)
    commitments = [CommitmentFact("A", C.UNFULFILLED, D(2025, 9, 30), None),
                   CommitmentFact("A", C.IN_PROGRESS, D(2025, 9, 30), None)]  # still open: not yet decided
    now = compute_indicators(commitments, [], [], D(2025, 1, 1), D(2025, 12, 31), today=today)
    assert (now.keeping.numerator, now.keeping.denominator) == (0, 1)
