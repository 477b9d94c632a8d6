"""What changed between two versions of a tree, in words."""

from __future__ import annotations

import copy

from zwcx_server.evaluation import diff, example_tree, parse_tree


def test_no_change_says_nothing():
    assert diff(example_tree(), example_tree()) == []


def test_changes_are_listed_by_path():
    old = example_tree()
    raw = copy.deepcopy(old.to_dict())
    raw["version"], raw["label"], raw["example"] = 2, "2026年办法", False
    keeping, disclosure, contract, dishonesty, supervision = raw["root"]["children"]
    keeping["weight"] = keeping["children"][0]["weight"] = 15  # 5 points to 公开, 5 to 失信与修复
    disclosure["weight"] = 25
    disclosure["children"][0]["weight"] = 15
    disclosure["children"][1]["rule"] = {"rule": "linear", "zero_at": 90, "full_at": 98}
    disclosure["children"][1]["name"] = "双公示合规率"
    dishonesty["children"].pop()  # 轻微失信记录 removed, its 3 points go to 一般
    dishonesty["children"][1]["weight"] = 8
    dishonesty["children"][1]["rule"]["per_event"] = 2
    moved = contract["children"].pop(1)  # 逾期欠款笔数 moves under 失信与修复, replaced by a new leaf
    dishonesty["weight"] += 5
    dishonesty["children"].append(moved)
    contract["children"].append({"id": "contract.minor", "name": "轻微失信记录", "weight": 5,
                                 "indicator": "dishonesty_minor", "rule": {"rule": "deduct", "per_event": 1}})
    lines = diff(old, parse_tree(raw))
    assert lines[:3] == ["版本：第1版 → 第2版", "名称：示例 → 2026年办法", "取消示例标记"]
    assert "分值 区域政务诚信评价 › 践诺：25 → 15 分" in lines
    assert "分值 区域政务诚信评价 › 公开 › 公开及时率：10 → 15 分" in lines
    assert "更名：区域政务诚信评价 › 公开 › 公示合规率 → 双公示合规率" in lines
    assert ("计分规则 区域政务诚信评价 › 公开 › 双公示合规率：线性计分：≤80%得0分，≥98%得满分10分，其间按比例 → "
            "线性计分：≤90%得0分，≥98%得满分10分，其间按比例") in lines
    assert "移动 逾期欠款笔数：从 区域政务诚信评价 › 合同履约与支付 移到 区域政务诚信评价 › 失信与修复" in lines
    assert "新增 区域政务诚信评价 › 合同履约与支付 › 轻微失信记录（5分，指标 轻微失信记录，扣分计分：满分5分，每条扣1分，最多扣5分）" in lines
    assert "删除 区域政务诚信评价 › 失信与修复 › 轻微失信记录（3分）" in lines
    assert any(ln.startswith("计分规则 区域政务诚信评价 › 失信与修复 › 一般失信记录：") for ln in lines)
