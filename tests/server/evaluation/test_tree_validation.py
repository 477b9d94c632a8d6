"""Reading an indicator tree: every fault refused with a message that names the node's path."""

from __future__ import annotations

import json

import pytest

from tests.server.evaluation.trees import HAND, LIN, branch, doc, leaf
from zwcx_server.evaluation import TreeError, parse_tree
from zwcx_server.evaluation.tree import MAX_DEPTH


def issues(raw) -> list[str]:
    with pytest.raises(TreeError) as exc:
        parse_tree(raw)
    return [str(i) for i in exc.value.issues]


def test_a_good_tree_reads_and_round_trips():
    tree = parse_tree(HAND)
    assert [n.name for n in tree.root.children] == ["践诺", "公开", "失信"]
    assert parse_tree(tree.to_dict()) == tree
    assert parse_tree(tree.to_json()) == tree
    flat = {"version": 1, "label": "测试", "nodes": tree.to_flat()}
    assert parse_tree(flat) == tree


def test_root_must_be_worth_100():
    raw = doc(branch("A", 90, leaf("A1", 90, "keeping_rate", LIN)))
    raw["root"]["weight"] = 90
    assert any(m.startswith("总分：") and "根节点的分值应为 100" in m for m in issues(raw))


def test_children_must_share_out_exactly_their_parents_points():
    raw = doc(branch("A", 60, leaf("A1", 60, "keeping_rate", LIN)),
              branch("B", 30, leaf("B1", 20, "timely_disclosure", LIN), leaf("B2", 5, "notice_compliance", LIN)))
    got = issues(raw)
    assert "总分：下级指标分值之和 60 + 30 = 90，应等于本节点的分值 100" in got
    assert "总分 › B：下级指标分值之和 20 + 5 = 25，应等于本节点的分值 30" in got


def test_decimal_weights_add_up_exactly():
    # 33.3 + 33.3 + 33.4 is 100 in decimals but not in binary floats: it must be accepted.
    raw = doc(branch("A", 33.3, leaf("A1", 33.3, "keeping_rate", LIN)),
              branch("B", 33.3, leaf("B1", 33.3, "timely_disclosure", LIN)),
              branch("C", 33.4, leaf("C1", 33.4, "notice_compliance", LIN)))
    assert parse_tree(raw).root.children[2].weight * 10 == 334


def test_a_cycle_in_the_flat_form_is_named():
    rows = [{"id": "root", "parent": None, "name": "总分", "weight": 100},
            {"id": "a", "parent": "b", "name": "甲", "weight": 50},
            {"id": "b", "parent": "a", "name": "乙", "weight": 50}]
    got = issues({"version": 1, "label": "x", "nodes": rows})
    assert any("上下级关系构成循环" in m and "甲（a）" in m and "乙（b）" in m for m in got), got


def test_a_missing_parent_and_two_roots_are_named():
    rows = [{"id": "root", "parent": None, "name": "总分", "weight": 100},
            {"id": "x", "parent": None, "name": "另一个根", "weight": 100},
            {"id": "a", "parent": "nowhere", "name": "甲", "weight": 100}]
    got = issues({"version": 1, "label": "x", "nodes": rows})
    assert "甲（a）：上级节点 'nowhere' 不存在" in got
    assert any("应恰有一个根节点" in m and "另一个根（x）" in m for m in got)


def test_duplicate_ids_are_refused_in_either_form():
    raw = doc(branch("A", 50, leaf("A1", 50, "keeping_rate", LIN)),
              branch("B", 50, leaf("A1", 50, "timely_disclosure", LIN, name="及时")))
    assert any(m.startswith("总分 › B › 及时：") and "id 'A1' 重复（已用于 总分 › A › A1）" in m for m in issues(raw))
    rows = parse_tree(doc(branch("A", 100, leaf("A1", 100, "keeping_rate", LIN)))).to_flat()
    got = issues({"version": 1, "label": "x", "nodes": [*rows, dict(rows[-1])]})
    assert any("节点 id 'A1' 重复" in m for m in got)


def test_unknown_indicator_is_named_with_the_known_ones():
    raw = doc(branch("A", 100, leaf("A1", 100, "happiness", LIN, name="幸福指数"), name="民生"))
    (msg,) = issues(raw)
    assert msg.startswith("总分 › 民生 › 幸福指数：未知的指标 'happiness'")
    assert "keeping_rate" in msg


def test_one_indicator_scored_twice_is_refused():
    raw = doc(branch("A", 50, leaf("A1", 50, "keeping_rate", LIN)), branch("B", 50, leaf("B1", 50, "keeping_rate", LIN)))
    assert any("已在 总分 › A › A1 计分" in m for m in issues(raw))


@pytest.mark.parametrize(("indicator", "rule", "words"), [
    ("keeping_rate", {"rule": "linear", "zero_at": 80, "full_at": 80}, "阈值相同"),
    ("keeping_rate", {"rule": "linear", "zero_at": 60, "full_at": 120}, "超出比率的范围 0–100"),
    ("keeping_rate", {"rule": "linear", "zero_at": "六十", "full_at": 100}, "应为数字"),
    ("keeping_rate", {"rule": "linear", "zero_at": True, "full_at": 100}, "应为数字"),
    ("overdue_arrears_amount", {"rule": "linear", "zero_at": -1, "full_at": 0}, "不能为负数"),
    ("keeping_rate", {"rule": "deduct", "per_event": 2}, "扣分规则只适用于计件的指标"),
    ("dishonesty_minor", {"rule": "deduct", "per_event": 0}, "应大于0"),
    ("dishonesty_minor", {"rule": "deduct", "per_event": 1, "cap": 150}, "扣分上限 150 超过本指标的分值 100"),
    ("keeping_rate", {"rule": "steps", "steps": []}, "至少一档"),
    ("keeping_rate", {"rule": "steps", "steps": [{"at_least": 80, "points": 5}, {"at_least": 90, "points": 9}]},
     "从严到宽"),
    ("keeping_rate", {"rule": "steps", "steps": [{"at_least": 90, "points": 5}, {"at_least": 80, "points": 9}]},
     "不能高于较严的一档"),
    ("keeping_rate", {"rule": "steps", "steps": [{"at_least": 90, "points": 5}, {"at_most": 80, "points": 1}]},
     "不能混用"),
    ("keeping_rate", {"rule": "steps", "steps": [{"at_least": 90, "points": 101}]}, "应在 0 与本指标的分值 100 之间"),
    ("keeping_rate", {"rule": "bell", "zero_at": 1}, "未知"),
    ("keeping_rate", {"rule": "linear", "zero_at": 60, "full_at": 100, "ful_at": 90}, "不认识的字段：ful_at"),
])
def test_bad_rules_and_thresholds_are_refused(indicator, rule, words):
    raw = doc(branch("A", 100, leaf("A1", 100, indicator, rule, name="叶"), name="枝"))
    got = issues(raw)
    assert any(m.startswith("总分 › 枝 › 叶：") and words in m for m in got), got


def test_depth_is_limited():
    node = leaf("deep", 100, "keeping_rate", LIN)
    for k in range(MAX_DEPTH - 1):
        node = branch(f"b{k}", 100, node)
    assert parse_tree(doc(node)).leaves()[0].id == "deep"  # exactly MAX_DEPTH levels below the root: fine
    got = issues(doc(branch("top", 100, node)))
    assert any("层级过深" in m for m in got)


def test_branch_and_leaf_fields_do_not_mix_and_every_problem_is_reported_at_once():
    bad = branch("A", 50, leaf("A1", 50, "keeping_rate", LIN))
    bad["indicator"] = "keeping_rate"
    raw = doc(bad, branch("B", 50, {"id": "B1", "name": "缺规则", "weight": 50, "indicator": "timely_disclosure"}))
    raw["label"] = ""
    got = issues(raw)
    assert "总分 › A：有下级节点的节点不能再指定指标 indicator 或计分规则 rule" in got
    assert "总分 › B › 缺规则：叶节点需要计分规则 rule" in got
    assert any(m.startswith("文档：名称 label") for m in got)


def test_not_json_and_wrong_shapes_are_plain_messages():
    assert issues("{not json")[0].startswith("文档：不是有效的 JSON")
    assert issues("[1, 2]") == ["文档：应为一个 JSON 对象"]
    assert issues(json.dumps({"version": 0, "label": "x", "root": {}}))[0] == "文档：版本号 version 应为正整数，而不是 0"


def test_a_flat_branch_left_without_children_is_told_it_is_a_leaf():
    rows = [{"id": "root", "parent": None, "name": "总分", "weight": 100},
            {"id": "a", "parent": "root", "name": "践诺", "weight": 100}]
    assert issues({"version": 1, "label": "x", "nodes": rows}) == [
        "总分 › 践诺：没有下级节点的节点是叶节点，需要指标 indicator 和计分规则 rule"]
