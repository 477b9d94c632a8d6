"""What changed between two versions of an indicator tree, in words, for the console's version history."""

from __future__ import annotations

from zwcx_server.evaluation.arith import fmt
from zwcx_server.evaluation.indicators import INDICATORS
from zwcx_server.evaluation.tree import Node, Tree

__all__ = ["diff"]


def _path(up: tuple[Node, ...], node: Node) -> str:
    return " › ".join(n.name for n in (*up, node))


def _rule(node: Node) -> str:
    if node.rule is None or node.indicator is None:
        return "无"
    return node.rule.describe(INDICATORS[node.indicator], node.weight)


def diff(old: Tree, new: Tree) -> list[str]:
    """One sentence per change from `old` to `new`: nodes matched by id, added, removed, renamed, moved, and
    changes of weight, indicator and rule; document label, version and the 示例 mark. Empty when nothing changed."""
    out: list[str] = []
    if old.version != new.version:
        out.append(f"版本：第{old.version}版 → 第{new.version}版")
    if old.label != new.label:
        out.append(f"名称：{old.label} → {new.label}")
    if old.example != new.example:
        out.append("标为示例" if new.example else "取消示例标记")
    if old.note != new.note:
        out.append("说明已修改")
    before = {n.id: (n, up) for n, up in old.walk()}
    after_ids = set()
    for node, up in new.walk():
        after_ids.add(node.id)
        path = _path(up, node)
        if node.id not in before:
            what = f"，指标 {INDICATORS[node.indicator].name}，{_rule(node)}" if node.is_leaf else ""
            out.append(f"新增 {path}（{fmt(node.weight)}分{what}）")
            continue
        was, was_up = before[node.id]
        if was.name != node.name:
            out.append(f"更名：{_path(was_up, was)} → {node.name}")
        old_parent = was_up[-1].id if was_up else None
        new_parent = up[-1].id if up else None
        if old_parent != new_parent:
            out.append(f"移动 {node.name}：从 {' › '.join(n.name for n in was_up)} 移到 {' › '.join(n.name for n in up)}")
        if was.weight != node.weight:
            out.append(f"分值 {path}：{fmt(was.weight)} → {fmt(node.weight)} 分")
        if was.indicator != node.indicator:
            a = INDICATORS[was.indicator].name if was.indicator else "无（有下级指标）"
            b = INDICATORS[node.indicator].name if node.indicator else "无（有下级指标）"
            out.append(f"指标 {path}：{a} → {b}")
        elif node.is_leaf and was.rule != node.rule:
            out.append(f"计分规则 {path}：{_rule(was)} → {_rule(node)}")
        if was.note != node.note:
            out.append(f"说明 {path} 已修改")
    for node, up in old.walk():
        if node.id not in after_ids:
            out.append(f"删除 {_path(up, node)}（{fmt(node.weight)}分）")
    return out
