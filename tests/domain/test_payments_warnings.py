"""Three warning levels of contracts and lawsuits, and the art. 18 disclosure reminder."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.domain.payment_docs import D, contract, ev, instalments, lawsuit
from zwcx_core.domain.payment_warnings import (
    DUE_SOON,
    DUE_TODAY,
    OVERDUE,
    contract_warnings,
    disclosure_warnings,
    lawsuit_warnings,
    warnings,
)

# One instalment of 5000 due 2026-03-31.
DUE = D(2026, 3, 31)


@pytest.mark.parametrize(("as_of", "level"), [
    (D(2026, 3, 23), None),  # 8 days ahead: nothing yet
    (D(2026, 3, 24), DUE_SOON),  # 7 days ahead
    (D(2026, 3, 30), DUE_SOON),  # 1 day ahead
    (D(2026, 3, 31), DUE_TODAY),  # 0: due today
    (D(2026, 4, 1), OVERDUE),  # 1 day past
])
def test_payment_levels(as_of, level):
    got = contract_warnings(instalments(("2026-03-31", "5000")), as_of, "c1")
    assert [w.level for w in got] == ([] if level is None else [level])
    if got:
        w = got[0]
        assert (w.kind, w.record_id, w.row_id, w.what, w.due, w.amount, w.days_left) == (
            "payment", "c1", "i1", "instalment", DUE, Decimal("5000.00"), (DUE - as_of).days)


def test_payment_warning_is_the_open_undisputed_money():
    doc = instalments(("2026-03-31", "5000"), ("2026-12-31", "1"), disputed_amount="1.00",
                      events=[ev("payment", "2026-03-20", "3000"), ev("payment", "2026-04-02", "2000")])
    # 3000 paid by 03-31: 2000 open (the 1.00 disputed sits in the December instalment, far off).
    [w] = contract_warnings(doc, D(2026, 4, 1))
    assert (w.level, w.amount) == (OVERDUE, Decimal("2000.00"))
    # The 04-02 payment closes it: no warning on 04-02.
    assert contract_warnings(doc, D(2026, 4, 2)) == []


def test_deposits_due_back():
    deposits = [{"id": "p1", "kind": "performance", "amount": "8000", "due_back": "2026-06-30"},
                {"id": "p2", "kind": "quality", "amount": "3000", "due_back": "2026-06-30"},
                {"id": "p3", "kind": "bid", "amount": "500"}]  # no date back: nothing to warn about
    doc = contract(ev("deposit_return", "2026-06-20", deposit_id="p2"), deposits=deposits)
    [w] = contract_warnings(doc, D(2026, 7, 1), "c1")
    assert (w.kind, w.row_id, w.what, w.label, w.level, w.amount) == (
        "deposit", "p1", "performance", "履约保证金退还", OVERDUE, Decimal("8000.00"))
    # Before the return was made, both were due within 7 days (06-30 is 7 days from 06-23).
    assert [w.row_id for w in contract_warnings(doc, D(2026, 6, 19))] == []  # 11 days ahead
    assert [(w.row_id, w.level) for w in contract_warnings(doc, D(2026, 6, 23))] == [("p1", DUE_SOON)]


def test_confirmation_requests_answered_within_30_days():
    doc = contract(ev("confirm_request", "2026-03-01", id="r1"), ev("confirm_request", "2026-04-10", id="r2"),
                   ev("confirm_answer", "2026-03-28", passed=True))
    # r1 (due 03-01 + 30 = 03-31) was answered 03-28; r2 is due 04-10 + 30 = 05-10.
    [w] = contract_warnings(doc, D(2026, 5, 10))
    assert (w.kind, w.row_id, w.due, w.level) == ("confirm", "r2", D(2026, 5, 10), DUE_TODAY)
    # As of 03-31 r1 is answered and r2 not made yet.
    assert contract_warnings(doc, D(2026, 3, 31)) == []
    # Before the answer r1 is open: 03-23 is 8 days before its due date (no warning), 03-24 is 7 (level 1).
    assert contract_warnings(doc, D(2026, 3, 23)) == []
    assert [(w.row_id, w.level) for w in contract_warnings(doc, D(2026, 3, 24))] == [("r1", DUE_SOON)]


@pytest.mark.parametrize(("fields", "as_of", "level"), [
    ({"status": "judged", "perform_deadline": "2026-05-15"}, D(2026, 5, 8), DUE_SOON),  # 7 days
    ({"status": "judged", "perform_deadline": "2026-05-15"}, D(2026, 5, 7), None),  # 8 days
    ({"status": "judged", "perform_deadline": "2026-05-15"}, D(2026, 5, 15), DUE_TODAY),
    ({"status": "judged", "perform_deadline": "2026-05-15"}, D(2026, 5, 16), OVERDUE),
    ({"status": "performed", "perform_deadline": "2026-05-15", "performed_date": "2026-05-10"}, D(2026, 5, 16), None),
    ({"status": "pending"}, D(2026, 5, 16), None),
])
def test_lawsuit_performance_deadline(fields, as_of, level):
    doc = lawsuit(judgment_date="2026-04-30", amount="120000", performed_amount="20000", **fields)
    got = lawsuit_warnings(doc, as_of, "l1")
    assert [w.level for w in got] == ([] if level is None else [level])
    if got:
        assert (got[0].kind, got[0].amount) == ("judgment", Decimal("100000.00"))  # 120000 - 20000 performed


@pytest.mark.parametrize(("as_of", "published", "since", "expected"), [
    (D(2027, 2, 28), (), 2026, []),  # the reminder for 2026 starts 1 March 2027
    (D(2027, 3, 1), (), 2026, [(2026, DUE_SOON)]),
    (D(2027, 3, 24), (), 2026, [(2026, DUE_SOON)]),
    (D(2027, 3, 31), (), 2026, [(2026, DUE_TODAY)]),
    (D(2027, 4, 1), (), 2026, [(2026, OVERDUE)]),
    (D(2027, 4, 1), (2026,), 2026, []),
    # Never published: 2025 stays overdue; 2026's reminder starts in its own March.
    (D(2027, 3, 5), (), 2025, [(2025, OVERDUE), (2026, DUE_SOON)]),
    (D(2027, 3, 5), (2025,), 2025, [(2026, DUE_SOON)]),
])
def test_disclosure_reminder(as_of, published, since, expected):
    got = disclosure_warnings(as_of, published, since_year=since)
    assert [(w.due.year - 1, w.level) for w in got] == expected
    assert all(w.due.month == 3 and w.due.day == 31 for w in got)


def test_warnings_sorted_most_urgent_first():
    late = dict(instalments(("2026-03-01", "100")), id="c-late")
    today = dict(instalments(("2026-03-10", "100")), id="c-today")
    soon = dict(instalments(("2026-03-12", "100"), ("2026-03-11", "100")), id="c-soon")
    judged = dict(lawsuit(status="judged", judgment_date="2026-02-01", perform_deadline="2026-03-05"), id="l1")
    got = warnings(D(2026, 3, 10), [soon, today, late], [judged])
    assert [(w.level, w.due, w.record_id) for w in got] == [
        (OVERDUE, D(2026, 3, 1), "c-late"), (OVERDUE, D(2026, 3, 5), "l1"), (DUE_TODAY, D(2026, 3, 10), "c-today"),
        (DUE_SOON, D(2026, 3, 11), "c-soon"), (DUE_SOON, D(2026, 3, 12), "c-soon")]
