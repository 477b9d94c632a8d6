"""Late interest (条例 art. 17) against hand-worked cases, and the LPR reference table."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.domain.payment_docs import D, contract, ev
from zwcx_core.domain.lpr import LprRate, lpr_on, parse_lpr_table
from zwcx_core.domain.payments import late_interest

# 100000 delivered 03-01, due 03-31; as of 04-30 it is 30 days late.
UNPAID = (ev("delivery", "2026-03-01"),)


@pytest.mark.parametrize(("terms", "basis", "total"), [
    # Agreed 3.65 % a year, at or above the LPR: 100000 × 3.65 % × 30 / 365 = 300.00.
    ({"late_rate": "3.65", "lpr_at_signing": "3.00"}, "agreed", "300.00"),
    # Agreed 2.00 % below the LPR at signing 3.65 %: the LPR is the floor → 300.00 as above.
    ({"late_rate": "2.00", "lpr_at_signing": "3.65"}, "lpr_floor", "300.00"),
    # Agreed with no LPR recorded: the agreed rate, 100000 × 2 % × 30 / 365 = 164.383… → 164.38.
    ({"late_rate": "2.00"}, "agreed", "164.38"),
    # None agreed: 0.05 % a day, 100000 × 0.0005 × 30 = 1500.00.
    ({"lpr_at_signing": "3.00"}, "default", "1500.00"),
])
def test_rate_rules(terms, basis, total):
    got = late_interest(contract(*UNPAID, **terms), D(2026, 4, 30))
    assert (got.basis, got.total, got.per_obligation) == (basis, Decimal(total), (Decimal(total),))


def test_not_late_yet_and_on_the_due_day():
    doc = contract(*UNPAID)
    assert late_interest(doc, D(2026, 3, 31)).total == Decimal("0.00")  # due today: 0 days
    assert late_interest(doc, D(2026, 4, 1)).total == Decimal("50.00")  # 1 day: 100000 × 0.0005


def test_partial_payments_accrue_until_each_is_paid():
    doc = contract(ev("delivery", "2026-03-01", "40000"), ev("delivery", "2026-04-01", "60000"),
                   ev("payment", "2026-03-25", "30000"), ev("payment", "2026-04-10", "30000"),
                   ev("payment", "2026-05-20", "40000"))
    got = late_interest(doc, D(2026, 6, 30))
    # First (due 03-31): 30000 paid early; 10000 paid 04-10, 10 days late: 10000 × 0.0005 × 10 = 50.00.
    # Second (due 05-01): 20000 paid 04-10, early; 40000 paid 05-20, 19 days: 40000 × 0.0005 × 19 = 380.00.
    # Nothing accrues after 05-20: all paid.
    assert got.per_obligation == (Decimal("50.00"), Decimal("380.00"))
    assert got.total == Decimal("430.00")


def test_open_money_accrues_to_the_date():
    doc = contract(ev("delivery", "2026-03-01"), ev("payment", "2026-04-10", "60000"), late_rate="3.65")
    # 60000 paid 10 days late: 60000 × 3.65 % × 10 / 365 = 60.00; 40000 open 30 days to 04-30: 40000 × 3.65 % × 30
    # / 365 = 120.00; together 180.00.
    assert late_interest(doc, D(2026, 4, 30)).total == Decimal("180.00")


def test_disputed_part_carries_no_interest():
    doc = contract(*UNPAID, disputed_amount="40000")
    # Only the undisputed 60000: 60000 × 0.0005 × 30 = 900.00.
    assert late_interest(doc, D(2026, 4, 30)).total == Decimal("900.00")


def test_rounding_to_the_fen_half_up():
    doc = contract(ev("delivery", "2026-03-01"), amount="10.00")
    # 10.00 × 0.0005 × 1 day = 0.005 yuan: half a fen rounds up to 0.01 (banker's rounding would give 0.00).
    assert late_interest(doc, D(2026, 4, 1)).total == Decimal("0.01")
    # 3 days: 0.015 → 0.02.
    assert late_interest(doc, D(2026, 4, 3)).total == Decimal("0.02")


def test_interest_paid_and_unpaid():
    doc = contract(*UNPAID, ev("interest", "2026-04-20", "1000"), ev("interest", "2026-05-20", "200"))
    got = late_interest(doc, D(2026, 4, 30))
    # Owed 1500.00 (30 days × 50.00); paid 1000 by 04-30 (the 05-20 event is later) → 500.00 unpaid.
    assert (got.paid, got.unpaid) == (Decimal("1000.00"), Decimal("500.00"))


def test_non_sme_without_a_rate_carries_none():
    got = late_interest(contract(*UNPAID, sme=False), D(2026, 4, 30))
    assert (got.basis, got.total) == ("none", Decimal("0.00"))
    below = late_interest(contract(*UNPAID, sme=False, late_rate="3.65", lpr_at_signing="4.00"), D(2026, 4, 30))
    assert (below.basis, below.total) == ("agreed", Decimal("300.00"))  # no LPR floor outside the regulation


# --------------------------------------------------------------------------------------------------- LPR table

TABLE = [{"from": "2025-05-20", "one_year": "3.00"}, {"from": "2024-10-21", "one_year": "3.10"},
         {"from": "2024-07-22", "one_year": "3.35", "five_year": "3.85"}]


def test_lpr_table_sorted_and_looked_up():
    table = parse_lpr_table(TABLE)
    assert table[0] == LprRate(D(2024, 7, 22), "3.35")
    assert lpr_on(table, D(2024, 7, 21)) is None  # before the first rate
    assert lpr_on(table, D(2024, 7, 22)) == "3.35"  # on its first day
    assert lpr_on(table, D(2025, 5, 19)) == "3.10"
    assert lpr_on(table, D(2025, 5, 20)) == "3.00"
    assert lpr_on(table, D(2030, 1, 1)) == "3.00"
    assert lpr_on((), D(2026, 1, 1)) is None


@pytest.mark.parametrize(("items", "message"), [
    ({"from": "2025-05-20"}, "must be a list"),
    ([TABLE[0], "3.00"], "item 2 must be an object"),
    ([{"from": "2025/05/20", "one_year": "3.00"}], "item 1: \"from\" must be a date written YYYY-MM-DD"),
    ([{"from": "2025-02-30", "one_year": "3.00"}], "item 1: \"from\" 2025-02-30 is not a date in the calendar"),
    ([{"one_year": "3.00"}], "item 1: \"from\" must be a date"),
    ([TABLE[0], {"from": "2025-06-20", "one_year": "3,00"}], "item 2 (from 2025-06-20): \"one_year\" must be"),
    ([{"from": "2025-06-20", "one_year": "0"}], "above zero"),
    ([{"from": "2025-06-20", "one_year": "-3.00"}], "\"one_year\" must be"),
    ([{"from": "2025-06-20"}], "\"one_year\" must be"),
    ([TABLE[0], {"from": "2025-05-20", "one_year": "2.90"}], "item 2: another rate (item 1) already starts"),
])
def test_lpr_table_errors_name_the_item(items, message):
    with pytest.raises(ValueError, match=None) as err:
        parse_lpr_table(items)
    assert message in str(err.value)


def test_lpr_numbers_are_taken_as_text():
    assert parse_lpr_table([{"from": "2025-05-20", "one_year": 3.1}]) == (LprRate(D(2025, 5, 20), "3.1"),)
