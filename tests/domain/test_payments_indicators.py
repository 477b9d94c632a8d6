"""Contract indicators against a small hand-computed set, ageing at the bucket edges, the art. 18 figures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.domain.payment_docs import D, contract, ev, instalments, lawsuit
from zwcx_core.domain.payment_indicators import (
    annual_disclosure,
    contract_indicators,
    contract_indicators_by_unit,
)

START, END = D(2026, 1, 1), D(2026, 6, 30)


def small_set():
    return [
        instalments(("2026-02-28", "1000"), events=[ev("payment", "2026-02-28", "1000")]),  # A: on time, 0 days
        instalments(("2026-03-31", "1000"), events=[ev("payment", "2026-04-05", "1000")]),  # B: 5 days late
        instalments(("2026-05-31", "1000")),  # C: unpaid, 30 days overdue at 06-30
        instalments(("2026-07-31", "1000")),  # D: due after the period
        instalments(("2025-12-31", "1000"), events=[ev("payment", "2026-01-10", "1000")]),  # E: due before it
        instalments(("2026-04-30", "1000"), disputed_amount="1000"),  # F: wholly disputed, nothing fell due
        # G: delivered 01-05, due 02-04 (30 days), paid 01-25: on time, 20 days from the delivery.
        contract(ev("delivery", "2026-01-05"), ev("payment", "2026-01-25", "2000"), amount="2000", unit_id="u2"),
        # H: a draft is not counted, whatever it holds.
        dict(instalments(("2026-03-01", "1000")), status="draft"),
    ]


def test_paid_on_time_rate_and_days_to_pay():
    got = contract_indicators(small_set(), [], START, END)
    # Fell due in the period: A, B, C, G (D after, E before, F disputed, H draft); paid by the due date: A and G.
    assert (got.on_time.numerator, got.on_time.denominator, got.on_time.percent_text) == (2, 4, "50.0%")
    # Paid in full in the period: A 0 days, B 5 (an instalment's clock starts on its date), E 10, G 20
    # → (0 + 5 + 10 + 20) / 4 = 8.75.
    assert got.avg_days_to_pay == 8.75
    # Overdue at 06-30: C alone, 1000, 30 days → the first bucket.
    assert (got.overdue_contracts, got.overdue_obligations, got.overdue_amount) == (1, 1, Decimal("1000.00"))
    assert got.ageing[0] == ("0-30", 1, Decimal("1000.00"))


def test_by_unit_rows():
    rows = contract_indicators_by_unit(small_set(), [], START, END)
    assert [r.unit_id for r in rows] == [None, "u1", "u2"]
    # u2 holds only G: 1 of 1 on time; u1 the rest: 1 of 3.
    assert [(r.on_time.numerator, r.on_time.denominator) for r in rows] == [(2, 4), (1, 3), (1, 1)]
    assert contract_indicators(small_set(), [], START, END, unit_id="u2").on_time.denominator == 1


def test_period_end_is_a_finished_day():
    doc = instalments(("2026-06-30", "1000"))
    got = contract_indicators([doc], [], START, END)
    # Due on the last day and not paid that day: fell due, not on time, overdue 0 days at the period's end.
    assert (got.on_time.numerator, got.on_time.denominator, got.overdue_obligations) == (0, 1, 1)
    paid = instalments(("2026-06-30", "1000"), events=[ev("payment", "2026-06-30", "1000")])
    assert contract_indicators([paid], [], START, END).on_time.numerator == 1
    # A payment after the end is not known at the end.
    later = instalments(("2026-06-01", "1000"), events=[ev("payment", "2026-07-01", "1000")])
    assert contract_indicators([later], [], START, END).overdue_amount == Decimal("1000.00")


@pytest.mark.parametrize(("days", "bucket"), [(30, 0), (31, 1), (90, 1), (91, 2), (180, 2), (181, 3)])
def test_ageing_bucket_edges(days, bucket):
    due = D.fromordinal(END.toordinal() - days)
    got = contract_indicators([instalments((due.isoformat(), "250"))], [], START, END)
    counts = [(n, amount) for _, n, amount in got.ageing]
    assert counts == [(1, Decimal("250.00")) if i == bucket else (0, Decimal("0.00")) for i in range(4)]


def test_ageing_of_one_contract_with_several_obligations():
    doc = instalments(("2025-12-01", "300"), ("2026-05-15", "200"), ("2026-06-20", "100"),
                      events=[ev("payment", "2026-01-10", "100")])
    got = contract_indicators([doc], [], START, END)
    # Oldest first: 100 paid goes to the 2025-12-01 instalment, 200 of it open, 211 days overdue (> 180);
    # 05-15 → 46 days (31-90); 06-20 → 10 days (0-30). One contract, three obligations, 500 in all.
    assert (got.overdue_contracts, got.overdue_obligations, got.overdue_amount) == (1, 3, Decimal("500.00"))
    assert [(n, str(a)) for _, n, a in got.ageing] == [(1, "100.00"), (1, "200.00"), (0, "0.00"), (1, "200.00")]


def test_lawsuits_pending_and_judgments_unperformed():
    suits = [
        lawsuit(),  # filed 01-10, no judgment: pending
        lawsuit(filed_date="2026-07-02"),  # filed after the period: not counted
        lawsuit(status="judged", judgment_date="2026-05-01", perform_deadline="2026-06-15"),  # unperformed
        lawsuit(status="judged", judgment_date="2026-07-10", perform_deadline="2026-07-25"),  # pending at 06-30
        lawsuit(status="performed", judgment_date="2026-05-01", perform_deadline="2026-06-15",
                performed_date="2026-06-10"),  # performed in time
        lawsuit(status="performed", judgment_date="2026-05-01", perform_deadline="2026-06-15",
                performed_date="2026-07-05"),  # performed only after the period: unperformed at its end
        lawsuit(status="enforcement", judgment_date="2026-03-01", perform_deadline="2026-03-31",
                enforcement_case_no="(2026)黑0102执100号"),  # under enforcement: unperformed
        # Deadline on the period's last day and not performed that day: unperformed at the end.
        lawsuit(status="judged", judgment_date="2026-06-01", perform_deadline="2026-06-30"),
    ]
    got = contract_indicators([], suits, START, END)
    assert (got.lawsuits_pending, got.judgments_unperformed) == (2, 4)


def test_to_dict_keys():
    d = contract_indicators(small_set(), [], START, END).to_dict()
    assert d["paid_on_time"]["percent"] == "50.0%"
    assert d["overdue_amount"] == "1000.00"
    assert d["ageing"][0] == {"days": "0-30", "obligations": 1, "amount": "1000.00"}


def test_start_after_end_is_refused():
    with pytest.raises(ValueError, match="after its end"):
        contract_indicators([], [], END, START)


def test_annual_disclosure_figures():
    docs = [
        instalments(("2026-12-01", "10000")),  # X: overdue and unpaid at year end: 10000
        instalments(("2026-12-31", "5000")),  # Y: due on 31 December, unpaid that day: 5000
        instalments(("2026-11-01", "8000"), events=[ev("payment", "2027-01-05", "8000")]),  # Z: paid only in 2027
        instalments(("2026-11-01", "8000"), events=[ev("payment", "2026-12-20", "8000")]),  # W: paid in 2026
        instalments(("2027-01-15", "9000")),  # V: not due in 2026
        instalments(("2026-06-01", "7000"), sme=False),  # not an SME contract
        instalments(("2026-06-01", "3000"), disputed_amount="3000"),  # wholly disputed
        instalments(("2026-10-01", "20000"), events=[ev("payment", "2026-10-20", "12000")]),  # partly: 8000 open
        dict(instalments(("2026-06-01", "4000")), status="draft"),
    ]
    got = annual_disclosure(docs, 2026)
    # X, Y, Z and the partly paid one: 10000 + 5000 + 8000 + 8000 = 31000.
    assert (got.contracts, got.amount) == (4, Decimal("31000.00"))
    assert (got.as_of, got.reminder_from, got.due) == (D(2026, 12, 31), D(2027, 3, 1), D(2027, 3, 31))
    assert got.to_dict()["amount"] == "31000.00"
    assert annual_disclosure(docs, 2026, unit_id="u9").contracts == 0
    # A year earlier nothing was due.
    assert (annual_disclosure(docs, 2025).contracts, annual_disclosure(docs, 2025).amount) == (0, Decimal("0.00"))
