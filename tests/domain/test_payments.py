"""Payment clocks against hand-worked cases (条例 arts. 9, 10, 15): calendar days, the 60-day cap, acceptance,
progress settlements, disputes, instalments, payments oldest first, the derived fields."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.domain.payment_docs import D, contract, ev, instalments
from zwcx_core.domain import derive, payments
from zwcx_core.domain.payments import obligations


def dues(doc, as_of=None):
    return [(o.start, o.due, o.amount) for o in obligations(doc, as_of)]


@pytest.mark.parametrize(("delivered", "days", "due", "agreed"), [
    # Calendar days, holidays not skipped: 2026-01-31 + 30 = 2026-03-02 (1 day to 02-01, 28 in February, 1 more).
    ("2026-01-31", None, D(2026, 3, 2), D(2026, 3, 2)),
    # Over the Spring Festival (2026-02-17): 02-01 + 30 = 03-03, no working-day shift.
    ("2026-02-01", 30, D(2026, 3, 3), D(2026, 3, 3)),
    # Into the next year: 2025-12-15 + 30 = 2026-01-14 (16 days to 12-31, 14 in January).
    ("2025-12-15", None, D(2026, 1, 14), D(2026, 1, 14)),
    # Agreed 45 days: 03-01 + 45 = 04-15 (30 to 03-31, 15 in April).
    ("2026-03-01", 45, D(2026, 4, 15), D(2026, 4, 15)),
    # Exactly 60: 03-01 + 60 = 04-30.
    ("2026-03-01", 60, D(2026, 4, 30), D(2026, 4, 30)),
    # Agreed 90: the law's date is capped at 60 (04-30); the contract's own date is 03-01 + 90 = 05-30.
    ("2026-03-01", 90, D(2026, 4, 30), D(2026, 5, 30)),
])
def test_delivery_basis_calendar_days_and_cap(delivered, days, due, agreed):
    doc = contract(ev("delivery", delivered), payment_days=days, signed_date="2025-12-01")
    [o] = obligations(doc)
    assert (o.start, o.due, o.agreed_due, o.amount) == (D.fromisoformat(delivered), due, agreed, Decimal("100000.00"))


def test_non_sme_follows_its_own_term_uncapped_and_unflagged():
    doc = contract(ev("delivery", "2026-03-01"), sme=False, payment_days=90, late_rate="1.00", lpr_at_signing="3.00")
    # 03-01 + 90 = 05-30, in law as agreed: the regulation binds payments to SMEs only.
    assert dues(doc) == [(D(2026, 3, 1), D(2026, 5, 30), Decimal("100000.00"))]
    assert payments.contract_flags(doc) == []


def test_deliveries_with_and_without_amounts():
    doc = contract(ev("delivery", "2026-03-01", "30000", id="d1"), ev("delivery", "2026-04-01", id="d2"),
                   ev("delivery", "2026-03-15", "20000", id="d3"))
    # The delivery without an amount carries what the others do not name: 100000 - 30000 - 20000 = 50000.
    assert dues(doc) == [(D(2026, 3, 1), D(2026, 3, 31), Decimal("30000.00")),
                         (D(2026, 3, 15), D(2026, 4, 14), Decimal("20000.00")),
                         (D(2026, 4, 1), D(2026, 5, 1), Decimal("50000.00"))]
    assert [o.row_id for o in obligations(doc)] == ["d1", "d3", "d2"]


ACCEPTANCE_CASES = [
    # On time: delivered 03-01, 15-day period (ends 03-16), passed 03-10 → clock 03-10, due 03-10 + 30 = 04-09.
    ("on time", [ev("acceptance", "2026-03-10", passed=True)], D(2026, 3, 10), D(2026, 4, 9)),
    # Late: passed only 04-01, after the period ended 03-16 → clock 03-16, due 03-16 + 30 = 04-15.
    ("late", [ev("acceptance", "2026-04-01", passed=True)], D(2026, 3, 16), D(2026, 4, 15)),
    # Passed on the period's last day: still on time → clock 03-16.
    ("last day", [ev("acceptance", "2026-03-16", passed=True)], D(2026, 3, 16), D(2026, 4, 15)),
    # Not accepted yet: the clock starts when the period ends, 03-16 (the projection the list shows).
    ("none yet", [], D(2026, 3, 16), D(2026, 4, 15)),
    # Failed 03-10: the period runs again from the failure (to 03-25); passed 03-20 within it → clock 03-20,
    # due 03-20 + 30 = 04-19.
    ("failed then passed", [ev("acceptance", "2026-03-10", passed=False), ev("acceptance", "2026-03-20", passed=True)],
     D(2026, 3, 20), D(2026, 4, 19)),
    # Failed 03-10, passed only 04-05, after the renewed period ended 03-25 → clock 03-25, due 04-24.
    ("failed then late", [ev("acceptance", "2026-03-10", passed=False), ev("acceptance", "2026-04-05", passed=True)],
     D(2026, 3, 25), D(2026, 4, 24)),
]


@pytest.mark.parametrize(("acceptances", "start", "due"), [c[1:] for c in ACCEPTANCE_CASES],
                         ids=[c[0] for c in ACCEPTANCE_CASES])
def test_acceptance_basis(acceptances, start, due):
    doc = contract(ev("delivery", "2026-03-01"), *acceptances, basis="acceptance", acceptance_days=15)
    assert dues(doc) == [(start, due, Decimal("100000.00"))]
    assert obligations(doc)[0].basis == "acceptance"


def test_acceptance_without_a_period():
    # No acceptance period agreed: only the passed acceptance starts the clock, and the term is flagged (art. 10).
    waiting = contract(ev("delivery", "2026-03-01"), basis="acceptance")
    assert obligations(waiting) == []
    assert payments.contract_flags(waiting) == [payments.FLAG_NO_ACCEPTANCE_PERIOD]
    done = contract(ev("delivery", "2026-03-01"), ev("acceptance", "2026-04-01", passed=True), basis="acceptance")
    assert dues(done) == [(D(2026, 4, 1), D(2026, 5, 1), Decimal("100000.00"))]


def test_non_sme_acceptance_waits_for_the_passed_acceptance():
    late = [ev("delivery", "2026-03-01"), ev("acceptance", "2026-04-01", passed=True)]
    # No regulation: the clock starts at the passed acceptance 04-01 even though the period ended 03-16.
    assert dues(contract(*late, sme=False, basis="acceptance", acceptance_days=15)) == [
        (D(2026, 4, 1), D(2026, 5, 1), Decimal("100000.00"))]
    assert obligations(contract(late[0], sme=False, basis="acceptance", acceptance_days=15)) == []


def test_progress_settlements():
    doc = contract(ev("settlement", "2026-03-31", "300000", id="s1"), ev("settlement", "2026-06-30", "200000", id="s2"),
                   ev("delivery", "2026-02-01"), amount="400000", basis="progress", payment_days=45)
    # Each confirmed amount falls due 45 days after its confirmation: 03-31 + 45 = 05-15, 06-30 + 45 = 08-14.
    # A delivery starts nothing on this basis. Settled 500000 > contract 400000: 500000 is owed (a variation).
    assert dues(doc) == [(D(2026, 3, 31), D(2026, 5, 15), Decimal("300000.00")),
                         (D(2026, 6, 30), D(2026, 8, 14), Decimal("200000.00"))]
    assert derive.derive("contract", dict(doc))["amount_outstanding"] == "500000.00"


def test_schedule_instalments_as_agreed():
    doc = instalments(("2026-06-30", "60000"), ("2026-03-31", "40000"), payment_days=90)
    # Instalments fall due on their own dates, oldest first; payment_days and the cap do not apply to them.
    assert dues(doc) == [(D(2026, 3, 31), D(2026, 3, 31), Decimal("40000.00")),
                         (D(2026, 6, 30), D(2026, 6, 30), Decimal("60000.00"))]
    assert [o.row_id for o in obligations(doc)] == ["i2", "i1"]


def test_partial_payments_oldest_first():
    doc = contract(ev("delivery", "2026-03-01", "40000"), ev("delivery", "2026-04-01", "60000"),
                   ev("payment", "2026-03-25", "30000"), ev("payment", "2026-04-10", "30000"),
                   ev("payment", "2026-05-20", "30000"))
    first, second = obligations(doc, D(2026, 6, 1))
    # Due 03-31 and 05-01. 30000 on 03-25 and 10000 of the 04-10 payment pay the first: in full on 04-10,
    # 10 days late. The other 20000 of 04-10 and 30000 of 05-20 go to the second: 50000 of 60000, 10000 open,
    # 06-01 - 05-01 = 31 days late.
    assert (first.paid, first.outstanding, first.paid_on, first.days_late) == (
        Decimal("40000.00"), Decimal("0.00"), D(2026, 4, 10), 10)
    assert (second.paid, second.outstanding, second.paid_on, second.days_late) == (
        Decimal("50000.00"), Decimal("10000.00"), None, 31)
    # As of 04-05 only the first payment is known: 10000 of the first open, 5 days late; the second not due.
    first, second = obligations(doc, D(2026, 4, 5))
    assert (first.outstanding, first.days_late, second.paid, second.days_late) == (
        Decimal("10000.00"), 5, Decimal("0.00"), 0)


def test_paid_on_the_due_day_is_not_late():
    doc = contract(ev("delivery", "2026-03-01"), ev("payment", "2026-03-31", "100000"))
    [o] = obligations(doc, D(2026, 5, 1))
    assert (o.paid_on, o.days_late) == (D(2026, 3, 31), 0)


def test_dispute_holds_back_only_the_disputed_part():
    doc = contract(ev("delivery", "2026-03-01"), disputed_amount="30000")
    [o] = obligations(doc, D(2026, 4, 10))
    # Due 03-31; the undisputed 70000 falls due regardless and is 10 days late on 04-10; 30000 waits.
    assert (o.amount, o.disputed, o.undisputed_outstanding, o.days_late) == (
        Decimal("100000.00"), Decimal("30000.00"), Decimal("70000.00"), 10)
    paid = contract(ev("delivery", "2026-03-01"), ev("payment", "2026-03-20", "70000"), disputed_amount="30000")
    [o] = obligations(paid, D(2026, 4, 10))
    # The undisputed part was paid in full on 03-20: nothing late, 30000 still outstanding but disputed.
    assert (o.outstanding, o.undisputed_outstanding, o.paid_on, o.days_late) == (
        Decimal("30000.00"), Decimal("0.00"), D(2026, 3, 20), 0)
    assert payments.next_due_date(paid) is None


def test_dispute_larger_than_the_newest_obligation():
    doc = contract(ev("delivery", "2026-03-01", "50000"), ev("delivery", "2026-04-01", "50000"),
                   disputed_amount="70000")
    first, second = obligations(doc, D(2026, 6, 1))
    # 70000 is held from the newest: all 50000 of the second, 20000 of the first; 30000 of the first is due.
    assert (first.disputed, first.undisputed_outstanding) == (Decimal("20000.00"), Decimal("30000.00"))
    assert (second.disputed, second.undisputed_outstanding) == (Decimal("50000.00"), Decimal("0.00"))


def test_derived_fields():
    doc = contract(ev("delivery", "2026-03-01", "40000"), ev("delivery", "2026-04-01", "60000"),
                   ev("payment", "2026-03-25", "40000"), payment_days=90, late_rate="2.00", lpr_at_signing="3.00")
    out = derive.derive("contract", dict(doc))
    # First paid; the second, delivered 04-01, falls due in law at 04-01 + 60 = 05-31.
    assert (out["amount_paid"], out["amount_outstanding"], out["next_due_date"]) == ("40000.00", "60000.00",
                                                                                      "2026-05-31")
    assert out["flags"] == "超过60日;利率低于LPR"
    clean = derive.derive("contract", dict(contract(ev("delivery", "2026-03-01"), ev("payment", "2026-03-05", "100000"))))
    assert (clean["next_due_date"], clean["flags"], clean["amount_outstanding"]) == (None, None, "0.00")


def test_rate_at_the_lpr_is_not_flagged():
    assert payments.contract_flags(contract(late_rate="3.00", lpr_at_signing="3.0")) == []
    assert payments.contract_flags(contract(late_rate="2.99", lpr_at_signing="3.00")) == [payments.FLAG_RATE_BELOW_LPR]


def test_missing_optional_fields_do_not_crash():
    for doc in ({}, {"events": [{}], "instalments": [{}], "deposits": [{}]}, {"payment_basis": "acceptance",
                                                                               "sme_declared": True}):
        assert obligations(doc, D(2026, 5, 1)) == []
        assert payments.late_interest(doc, D(2026, 5, 1)).total == Decimal("0.00")
        out = payments.derive_contract(dict(doc))
        assert out["next_due_date"] is None
