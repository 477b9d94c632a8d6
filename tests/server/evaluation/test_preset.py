"""The preset 示例: valid, marked as an example, first-level branches after DOMAIN.md, every registered indicator."""

from __future__ import annotations

import json

from zwcx_server.evaluation import INDICATORS, example_tree, example_tree_json, parse_tree


def test_the_preset_validates_and_is_marked_as_an_example():
    tree = example_tree()
    assert tree.label == "示例" and tree.example
    assert "仅作演示" in tree.note
    assert [n.name for n in tree.root.children] == ["践诺", "公开", "合同履约与支付", "失信与修复", "监督事项办理"]
    assert sum(n.weight for n in tree.root.children) == 100


def test_the_preset_scores_every_registered_indicator_once():
    assert sorted(n.indicator for n in example_tree().leaves()) == sorted(INDICATORS)


def test_the_preset_file_is_what_the_tree_writes_back():
    tree = parse_tree(example_tree_json())
    assert parse_tree(json.loads(tree.to_json())) == tree


def test_every_registered_indicator_has_a_server_source():
    from zwcx_server.web.eval_inputs import SOURCES

    assert [i.id for i in INDICATORS.values() if not i.has_source] == []
    assert set(SOURCES) == set(INDICATORS)
    assert INDICATORS["supervision_reply_rate"].unit == "%" and INDICATORS["dishonesty_serious"].unit == "条"
