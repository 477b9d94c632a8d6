"""The obligations worked out at write time (payments.clock_facts) count a period exactly as the clock run then
would, whether the period ends after the last event (the kept result is used) or before it (the clock runs)."""

from __future__ import annotations

import datetime as dt

import pytest

from bench.bench_payments import make_contracts
from zwcx_core.domain.payment_indicators import contract_indicators_by_unit
from zwcx_core.domain.payments import WORKED_OUT, clock_facts, from_clock_facts


@pytest.mark.parametrize("end", [dt.date(2024, 9, 30), dt.date(2025, 6, 30), dt.date(2026, 12, 31)])
def test_kept_obligations_count_as_the_clock(end):
    docs = make_contracts(300, 1500, seed=11)
    kept = [from_clock_facts(clock_facts(d), unit_id=d.get("unit_id"), status=d.get("status"),
                             sme_declared=d.get("sme_declared"), payment_basis=d.get("payment_basis"),
                             amount=d.get("amount")) for d in docs]
    used = sum(1 for k in kept if k[WORKED_OUT][0] <= end.toordinal())
    start = dt.date(2024, 1, 1)
    want = [r.to_dict() for r in contract_indicators_by_unit(docs, [], start, end)]
    assert [r.to_dict() for r in contract_indicators_by_unit(kept, [], start, end)] == want
    assert want != [r.to_dict() for r in contract_indicators_by_unit([], [], start, end)]  # something was counted
    if end.year == 2026:
        assert used == len(kept)  # every contract's events lie before: nothing was worked out again
    elif end.year == 2024:
        assert used < len(kept)  # later events: the clock ran again for those


def test_results_kept_by_older_clock_rules_are_worked_out_again(monkeypatch):
    from zwcx_core.domain import payments

    (doc,) = make_contracts(1, 10, seed=3)
    facts = clock_facts(doc)
    assert facts[5][2] == payments.CLOCK_RULES
    cols = {"unit_id": doc.get("unit_id"), "status": doc.get("status"), "sme_declared": doc.get("sme_declared"),
            "payment_basis": doc.get("payment_basis"), "amount": doc.get("amount")}
    assert WORKED_OUT in from_clock_facts(facts, **cols)
    assert WORKED_OUT in from_clock_facts([*facts[:5], facts[5][:2]], **cols)  # kept before the edition was noted
    monkeypatch.setattr(payments, "CLOCK_RULES", payments.CLOCK_RULES + 1)  # the rules changed since the write
    for old in (facts, [*facts[:5], facts[5][:2]]):
        again = from_clock_facts(old, **cols)
        assert WORKED_OUT not in again and again["events"]  # the clock runs from the events instead
