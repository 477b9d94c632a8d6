"""Scores, ranks and explanations: a hand-computed evaluation of three townships reproduced exactly, ties, and the
no-data rule."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction as F

import pytest

from tests.server.evaluation.trees import HAND, single
from zwcx_server.evaluation import (
    Event,
    Township,
    evaluate,
    example_tree,
    observation,
    parse_period,
    parse_tree,
    rate,
)


def hand_townships() -> list[dict]:
    return [
        {"id": "t3", "name": "丙镇", "values": {
            "keeping_rate": {"value": None, "detail": "0/0"}, "timely_disclosure": 40, "dishonesty_general": 0}},
        {"id": "t1", "name": "甲镇", "values": {
            "keeping_rate": 90, "timely_disclosure": 80, "notice_compliance": 96,
            "dishonesty_general": {"value": 2, "events": [
                {"record_id": "d-101", "reason": "拖欠中小企业账款"}, {"record_id": "d-102", "reason": "判决未履行"}]}}},
        {"id": "t2", "name": "乙镇", "values": {
            "keeping_rate": rate(7, 9, [("c-7#r2", "逾期未兑现"), ("c-9", "未兑现")]), "timely_disclosure": 100,
            "notice_compliance": 80, "dishonesty_general": 6}},
    ]


def test_three_townships_as_computed_by_hand():
    ev = evaluate(parse_tree(HAND), hand_townships(), parse_period("2026Q1"))
    a, b, c = ev.results  # best first
    # 甲镇: 践诺率 90 → (90 − 60) ÷ (100 − 60) × 40 = 30
    #       公开及时率 80 → (80 − 50) ÷ (100 − 50) × 20 = 12; 公示合规率 96 ≥ 95 → 10; 公开 = 22
    #       一般失信记录 2 → 30 − min(20, 2 × 4) = 22
    #       total 30 + 22 + 22 = 74.00
    assert (a.township.name, a.rank, a.total) == ("甲镇", 1, Decimal("74.00"))
    assert [a.score(n).points for n in ("A1", "B1", "B2", "B", "C1")] == [30, 12, 10, 22, 22]
    # 乙镇: 践诺率 7/9 = 77.77…% → (700/9 − 60) ÷ 40 × 40 = 160/9 = 17.78
    #       公开及时率 100 → 20; 公示合规率 80 ≥ 80 → 6; 公开 = 26
    #       一般失信记录 6 → 30 − min(20, 24) = 10
    #       total 160/9 + 26 + 10 = 484/9 = 53.777… → 53.78
    assert (b.township.name, b.rank, b.total) == ("乙镇", 2, Decimal("53.78"))
    assert b.root.points == F(484, 9) and b.score("A1").points_text == "17.78"
    # 丙镇: 践诺率 0/0 (nothing due) → no data, so 践诺 has no data
    #       公开及时率 40 ≤ 50 → 0; 公示合规率 no data; 公开 = 0 ÷ 20 × 30 = 0
    #       一般失信记录 0 → 30
    #       total: 践诺 left out, (0 + 30) ÷ (30 + 30) × 100 = 50.00; coverage (20 + 30) ÷ 100 = 50 %
    assert (c.township.name, c.rank, c.total) == ("丙镇", 3, Decimal("50.00"))
    assert c.score("A").points is None and c.score("B").points == 0 and c.coverage == F(1, 2)
    assert [s.points_text for s in c.first_level] == ["无数据", "0.00", "30.00"]
    assert a.coverage == b.coverage == 1


def test_every_score_is_explained_down_to_its_records():
    ev = evaluate(parse_tree(HAND), hand_townships())
    b = ev.result("t2")
    lines = b.root.explain()
    assert lines[0] == "总分：53.78分（满分100分）"
    assert "    践诺率：17.78分（满分40分）；践诺率 77.78%（7/9）：(77.7778 − 60) ÷ (100 − 60) × 40 = 17.78" in lines
    assert "    公开及时率：20.00分（满分20分）；公开及时率 100%：100 ≥ 100，得满分 20.00" in lines
    assert "    公示合规率：6.00分（满分10分）；公示合规率 80%：80 ≥ 80，得 6.00" in lines
    assert "    一般失信记录：10.00分（满分30分）；一般失信记录 6条：30 − min(20, 6 × 4) = 10.00" in lines
    assert "      计分规则：线性计分：≤60%得0分，≥100%得满分40分，其间按比例" in lines
    assert "      记录 c-7#r2：逾期未兑现" in lines and "      记录 c-9：未兑现" in lines
    c = ev.result("t3").root.explain()
    assert c[0] == "总分：50.00分（满分100分）；践诺无数据，按有数据的下级指标折算：30.00 ÷ 60 × 100 = 50.00"
    assert "    践诺率：无数据（满分40分）；本期无应办事项" in c
    assert "    公开及时率：0.00分（满分20分）；公开及时率 40%：40 ≤ 50，得 0.00" in c
    leaf = ev.result("t1").score("C1").to_dict()
    assert leaf["points"] == "22.00" and leaf["value"] == "2"
    assert leaf["records"] == [{"record_id": "d-101", "reason": "拖欠中小企业账款"},
                               {"record_id": "d-102", "reason": "判决未履行"}]


def test_ties_share_a_rank_and_the_next_rank_skips():
    values = {"a": 80, "b": 90, "c": 80, "d": 70, "e": "80.004", "f": "80.005"}
    ev = evaluate(parse_tree(single()), [{"id": k, "name": k, "values": {"keeping_rate": v}} for k, v in values.items()])
    got = [(r.township.id, r.rank, str(r.total)) for r in ev.results]
    # 80.005 rounds half up to 80.01 (second); 80.004 shows 80.00 and ties with the two 80s.
    assert got == [("b", 1, "90.00"), ("f", 2, "80.01"), ("a", 3, "80.00"), ("c", 3, "80.00"), ("e", 3, "80.00"),
                   ("d", 6, "70.00")]


def test_no_data_renormalises_the_parent_rather_than_scoring_zero():
    tree = parse_tree(HAND)
    full = {"keeping_rate": 90, "timely_disclosure": 80, "notice_compliance": 96, "dishonesty_general": 2}
    without = {k: v for k, v in full.items() if k != "notice_compliance"}
    r = evaluate(tree, [{"id": "x", "name": "x", "values": without}]).results[0]
    # 公开: only 公开及时率 (12 of 20) has data → 12 ÷ 20 × 30 = 18, not 12 (which scoring 0 would give)
    assert r.score("B").points == 18 and r.total == Decimal("70.00") and r.coverage == F(9, 10)
    assert "公示合规率无数据" in r.score("B").note


def test_a_township_without_any_data_is_listed_last_without_a_rank():
    ev = evaluate(example_tree(), [Township("z", "无数据镇"), {"id": "y", "name": "有数据镇",
                                                               "values": {"supervision_reply_rate": 79}}])
    assert [(r.township.name, r.rank, r.total) for r in ev.results] == [("有数据镇", 1, Decimal("0.00")),
                                                                       ("无数据镇", None, None)]
    # the supervision family has no server data yet: a tree names it, and a township without values has no data
    assert ev.result("z").score("supervision.reply").points_text == "无数据"


@pytest.mark.parametrize(("indicator", "value"), [("keeping_rate", 100.5), ("keeping_rate", -1),
                                                  ("dishonesty_minor", 1.5), ("overdue_arrears_amount", -3)])
def test_values_out_of_range_are_refused_naming_township_and_indicator(indicator, value):
    with pytest.raises(ValueError, match="甲镇（t1）的指标"):
        evaluate(example_tree(), [{"id": "t1", "name": "甲镇", "values": {indicator: value}}])


def test_inputs_as_objects_or_plain_data_score_alike():
    obs = observation(87.5, [Event("c1", "逾期")], "7/8")
    a = evaluate(example_tree(), [Township("t", "甲", {"keeping_rate": obs})]).results[0]
    b = evaluate(example_tree(), [{"id": "t", "name": "甲", "values": {"keeping_rate": {
        "value": "87.5", "detail": "7/8", "events": [{"record_id": "c1", "reason": "逾期"}]}}}]).results[0]
    assert a.to_dict() == b.to_dict()
    with pytest.raises(ValueError, match="出现了两次"):
        evaluate(example_tree(), [Township("t", "甲"), Township("t", "甲")])
    with pytest.raises(ValueError, match="不成立"):
        rate(5, 4)
