"""Every scoring rule at its edges: at, just inside and beyond each threshold, in both directions."""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from zwcx_server.evaluation.indicators import INDICATORS
from zwcx_server.evaluation.rules import Deduct, Linear, Steps, parse_rule

W = F(10)


@pytest.mark.parametrize(("value", "points"), [
    (0, 0), (59, 0), (60, 0), (F(601, 10), F(1, 40)), (80, 5), (99, F(975, 100)), (100, 10),
])
def test_linear_more_is_better(value, points):
    assert Linear(F(60), F(100)).points(F(value), W) == points


@pytest.mark.parametrize(("value", "points"), [
    (0, 10), (250_000, F(75, 10)), (500_000, 5), (999_999, F(1, 100_000)), (1_000_000, 0), (5_000_000, 0),
])
def test_linear_fewer_is_better(value, points):
    assert Linear(F(1_000_000), F(0)).points(F(value), W) == points


@pytest.mark.parametrize(("events", "points"), [(0, 10), (1, 8), (4, 2), (5, 0), (9, 0)])
def test_deduct_is_capped_at_the_weight(events, points):
    assert Deduct(F(2)).points(F(events), W) == points


@pytest.mark.parametrize(("events", "points"), [(0, 10), (2, 6), (3, 4), (4, 4), (100, 4)])
def test_deduct_with_a_lower_cap_keeps_some_points(events, points):
    assert Deduct(F(2), F(6)).points(F(events), W) == points


STEPS_UP = Steps(((F(92), F(5)), (F(80), F(2))), at_least=True)
STEPS_DOWN = Steps(((F(0), F(4)), (F(2), F(1))), at_least=False)


@pytest.mark.parametrize(("value", "points"), [(100, 5), (92, 5), (F(9199, 100), 2), (80, 2), (F(7999, 100), 0), (0, 0)])
def test_steps_at_least(value, points):
    assert STEPS_UP.points(F(value), F(5)) == points


@pytest.mark.parametrize(("value", "points"), [(0, 4), (1, 1), (2, 1), (3, 0)])
def test_steps_at_most(value, points):
    assert STEPS_DOWN.points(F(value), F(4)) == points


def test_rules_read_from_json_score_the_same_and_say_what_they_do():
    rate, count = INDICATORS["supervision_reply_rate"], INDICATORS["dishonesty_minor"]
    rule, problems = parse_rule({"rule": "steps", "steps": [{"at_least": 92, "points": 5},
                                                             {"at_least": 80, "points": 2}]}, rate, F(5))
    assert problems == [] and rule == STEPS_UP
    assert rule.describe(rate, F(5)) == "分档计分（满分5分）：≥92%得5分；≥80%得2分；其余得0分"
    rule, _ = parse_rule({"rule": "deduct", "per_event": 0.5}, count, F(3))
    assert rule == Deduct(F(1, 2)) and rule.describe(count, F(3)) == "扣分计分：满分3分，每条扣0.5分，最多扣3分"
    amount = INDICATORS["overdue_arrears_amount"]
    rule, _ = parse_rule({"rule": "linear", "zero_at": 1000000, "full_at": 0}, amount, F(5))
    assert rule.describe(amount, F(5)) == "线性计分（越少越好）：≥1,000,000元得0分，≤0元得满分5分，其间按比例"
    assert parse_rule(rule.to_dict(), amount, F(5))[0] == rule


def test_the_working_shows_the_sum_behind_the_points():
    assert Linear(F(1_000_000), F(0)).working(F(250_000), W) == "(250000 − 1000000) ÷ (0 − 1000000) × 10 = 7.50"
    assert Linear(F(1_000_000), F(0)).working(F(2_000_000), W) == "2000000 ≥ 1000000，得 0.00"
    assert Deduct(F(2), F(6)).working(F(4), W) == "10 − min(6, 4 × 2) = 4.00"
    assert STEPS_DOWN.working(F(3), F(4)) == "3 未达任何一档，得 0.00"


def test_numbers_are_exact_decimals_and_absurd_ones_are_refused():
    from zwcx_server.evaluation.arith import exact, rounded

    assert exact(0.1) == F(1, 10) and exact("87.5") == F(175, 2)
    assert str(rounded(F(1, 200))) == "0.01" and str(rounded(F(7, 3))) == "2.33"
    for bad in ("1e100000000", float("nan"), float("inf"), True, None, "x"):
        with pytest.raises(ValueError):
            exact(bad)
