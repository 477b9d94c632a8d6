"""The indicator tree of an evaluation (评价指标体系): model, reading from JSON, and the checks it must pass.

Weights are points (分值), not percentages: the root is worth 100 points and the children of every node share out
exactly its points (a first-level branch of 20 points with leaves of 10, 6 and 4). Points read the way published
schemes read (the national city credit monitoring's 140 points), a leaf's weight is the most it can score, and a
sum either adds up or does not — percentages of percentages hide rounding.

A tree document is JSON:

    {"version": 3, "label": "示例", "example": true, "note": "…",
     "root": {"id": "root", "name": "区域政务诚信评价", "weight": 100, "children": [
         {"id": "keeping", "name": "践诺", "weight": 25, "children": [
             {"id": "keeping_rate", "name": "践诺率", "weight": 25, "indicator": "keeping_rate",
              "rule": {"rule": "linear", "zero_at": 60, "full_at": 100}}]}, …]}}

or, as a form-based editor keeps it, a flat list: "nodes": [{"id": …, "parent": null | "<id>", …}] in display order.
Every problem is reported at once, each naming the node by its path (区域政务诚信评价 › 公开 › 公开及时率); messages
are in Chinese because the evaluator reads them in the console.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from zwcx_server.evaluation.arith import exact, fmt
from zwcx_server.evaluation.indicators import INDICATORS
from zwcx_server.evaluation.rules import Rule, parse_rule

__all__ = ["MAX_DEPTH", "MAX_NODES", "ROOT_POINTS", "Issue", "Node", "Tree", "TreeError", "parse_tree"]

ROOT_POINTS = Fraction(100)
#: Levels below the root: published schemes use two (Tianjin: 6 first-level, 30 second-level indicators).
MAX_DEPTH = 4
MAX_NODES = 500
_ID = re.compile(r"^[A-Za-z0-9_.\-]{1,40}$")
_NAME_MAX = 30
_NODE_KEYS = {"id", "name", "weight", "children", "indicator", "rule", "parent", "note"}
_DOC_KEYS = {"version", "label", "example", "note", "root", "nodes", "format"}


@dataclass(frozen=True)
class Node:
    """A node of the tree: a branch (children) or a leaf (indicator + rule); `weight` in points."""

    id: str
    name: str
    weight: Fraction
    children: tuple[Node, ...] = ()
    indicator: str | None = None
    rule: Rule | None = None
    note: str = ""

    @property
    def is_leaf(self) -> bool:
        return not self.children

    def to_dict(self) -> dict[str, Any]:
        """The node as JSON (nested form); reading it back gives an equal node."""
        out: dict[str, Any] = {"id": self.id, "name": self.name, "weight": _num(self.weight)}
        if self.note:
            out["note"] = self.note
        if self.is_leaf:
            out["indicator"] = self.indicator
            out["rule"] = self.rule.to_dict() if self.rule else None
        else:
            out["children"] = [c.to_dict() for c in self.children]
        return out


@dataclass(frozen=True)
class Tree:
    """A checked tree document: `version` counts the edits of one scheme, `label` names it (示例)."""

    version: int
    label: str
    root: Node
    example: bool = False  # weights made up for demonstration, not a published scheme
    note: str = ""

    def walk(self) -> Iterator[tuple[Node, tuple[Node, ...]]]:
        """Every node with its ancestors (root first), depth first in display order."""
        stack: list[tuple[Node, tuple[Node, ...]]] = [(self.root, ())]
        while stack:
            node, up = stack.pop()
            yield node, up
            stack.extend((c, (*up, node)) for c in reversed(node.children))

    def leaves(self) -> list[Node]:
        return [n for n, _ in self.walk() if n.is_leaf]

    def find(self, node_id: str) -> Node | None:
        return next((n for n, _ in self.walk() if n.id == node_id), None)

    def to_dict(self) -> dict[str, Any]:
        """The document as JSON (nested form)."""
        out: dict[str, Any] = {"version": self.version, "label": self.label}
        if self.example:
            out["example"] = True
        if self.note:
            out["note"] = self.note
        out["root"] = self.root.to_dict()
        return out

    def to_flat(self) -> list[dict[str, Any]]:
        """The nodes as rows with a `parent` id, in display order: the shape a form-based editor edits."""
        rows = []
        for node, up in self.walk():
            row = node.to_dict()
            row.pop("children", None)
            rows.append({"parent": up[-1].id if up else None, **row})
        return rows

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


def _num(x: Fraction) -> int | float:
    return int(x) if x.denominator == 1 else float(fmt(x))


@dataclass(frozen=True)
class Issue:
    path: str  # the node's names from the root, or 文档 for the document itself
    message: str

    def __str__(self) -> str:
        return f"{self.path}：{self.message}"


class TreeError(ValueError):
    """A tree document that cannot be used; `issues` lists every problem found."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = issues
        super().__init__("\n".join(str(i) for i in issues))


def parse_tree(doc: str | bytes | Mapping[str, Any]) -> Tree:
    """Read and check a tree document (JSON text or the decoded object). Raises TreeError listing every problem."""
    issues: list[Issue] = []
    if isinstance(doc, str | bytes):
        try:
            doc = json.loads(doc)
        except (ValueError, UnicodeDecodeError) as exc:
            raise TreeError([Issue("文档", f"不是有效的 JSON（{exc}）")]) from None
    if not isinstance(doc, Mapping):
        raise TreeError([Issue("文档", "应为一个 JSON 对象")])

    def bad(msg: str) -> None:
        issues.append(Issue("文档", msg))

    extra = sorted(set(doc) - _DOC_KEYS)
    if extra:
        bad(f"不认识的字段：{', '.join(extra)}")
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        bad(f"版本号 version 应为正整数，而不是 {version!r}")
    label = doc.get("label")
    if not isinstance(label, str) or not label.strip() or len(label) > _NAME_MAX:
        bad(f"名称 label 应为 1–{_NAME_MAX} 个字的文字")
    example = doc.get("example", False)
    if not isinstance(example, bool):
        bad("example 应为 true 或 false")
    note = doc.get("note", "")
    if not isinstance(note, str):
        bad("说明 note 应为文字")
    if ("root" in doc) == ("nodes" in doc):
        bad("应有 root（嵌套形式）或 nodes（列表形式）之一")
        raise TreeError(issues)
    raw_root = doc["root"] if "root" in doc else _nest(doc["nodes"], issues)
    if raw_root is None:
        raise TreeError(issues)
    root = _Reader(issues).node(raw_root, (), 0, is_root=True)
    if issues or root is None:
        raise TreeError(issues)
    return Tree(version, label.strip(), root, example, note)


def _nest(rows: Any, issues: list[Issue]) -> dict[str, Any] | None:
    """The flat form as the nested one; reports missing parents, several roots and cycles (the nested form
    cannot express a cycle, so this is where one is caught)."""
    if not isinstance(rows, list) or not all(isinstance(r, Mapping) for r in rows):
        issues.append(Issue("文档", "nodes 应为节点对象的列表"))
        return None
    if len(rows) > MAX_NODES:
        issues.append(Issue("文档", f"节点过多（{len(rows)}），最多 {MAX_NODES} 个"))
        return None
    by_id: dict[str, dict[str, Any]] = {}
    for k, r in enumerate(rows, 1):
        nid = r.get("id")
        if not isinstance(nid, str):
            issues.append(Issue(f"第{k}个节点", "缺少 id"))
            continue
        if nid in by_id:
            issues.append(Issue(_label(r), f"节点 id {nid!r} 重复"))
            continue
        by_id[nid] = {key: v for key, v in r.items() if key != "parent"}
    roots = [r for r in rows if r.get("parent") is None and isinstance(r.get("id"), str)]
    if len(roots) != 1:
        names = "、".join(_label(r) for r in roots) or "无"
        issues.append(Issue("文档", f"应恰有一个根节点（parent 为空），现有：{names}"))
    parent_of = {r["id"]: r.get("parent") for r in rows if isinstance(r.get("id"), str)}
    for nid, parent in parent_of.items():
        if parent is not None and parent not in by_id:
            issues.append(Issue(_label(by_id[nid]), f"上级节点 {parent!r} 不存在"))
    reported: set[str] = set()
    for start in parent_of:
        chain, nid = [], start
        while nid is not None and nid in parent_of and nid not in chain:
            chain.append(nid)
            nid = parent_of[nid]
        if nid is not None and nid in chain and nid not in reported:
            loop = chain[chain.index(nid):]
            reported.update(loop)
            names = " → ".join(_label(by_id[x]) for x in [*loop, nid])
            issues.append(Issue(_label(by_id[nid]), f"上下级关系构成循环：{names}"))
    if issues:
        return None
    for r in rows:
        if r.get("parent") is not None:
            by_id[r["parent"]].setdefault("children", []).append(by_id[r["id"]])
    return by_id[roots[0]["id"]]


def _weight(raw: Any) -> Fraction | None:
    try:
        w = exact(raw.get("weight")) if isinstance(raw, Mapping) else None
    except ValueError:
        return None
    return w if w is not None and w > 0 else None


def _label(raw: Mapping[str, Any]) -> str:
    name, nid = raw.get("name"), raw.get("id")
    if isinstance(name, str) and name.strip():
        return f"{name.strip()}（{nid}）" if isinstance(nid, str) else name.strip()
    return str(nid) if isinstance(nid, str) else "未命名节点"


class _Reader:
    def __init__(self, issues: list[Issue]) -> None:
        self.issues = issues
        self.seen: dict[str, str] = {}  # id → path where it first appeared
        self.used: dict[str, str] = {}  # indicator → path of the leaf that scores it
        self.count = 0

    def node(self, raw: Any, up: tuple[str, ...], depth: int, is_root: bool = False) -> Node | None:
        if not isinstance(raw, Mapping):
            self.issues.append(Issue(" › ".join(up) or "文档", "节点应为一个对象"))
            return None
        self.count += 1
        if self.count > MAX_NODES:
            if self.count == MAX_NODES + 1:
                self.issues.append(Issue("文档", f"节点过多，最多 {MAX_NODES} 个"))
            return None
        name = raw.get("name")
        here = (*up, name.strip() if isinstance(name, str) and name.strip() else str(raw.get("id", "未命名节点")))
        path = " › ".join(here)
        problems: list[str] = []
        extra = sorted(set(raw) - _NODE_KEYS)
        if extra:
            problems.append(f"不认识的字段：{', '.join(extra)}")
        nid = raw.get("id")
        if not isinstance(nid, str) or not _ID.match(nid):
            problems.append(f"id {nid!r} 应为 1–40 个英文字母、数字或 _ . -")
        elif nid in self.seen:
            problems.append(f"id {nid!r} 重复（已用于 {self.seen[nid]}）")
        else:
            self.seen[nid] = path
        if not isinstance(name, str) or not name.strip() or len(name.strip()) > _NAME_MAX:
            problems.append(f"名称 name 应为 1–{_NAME_MAX} 个字的文字")
        note = raw.get("note", "")
        if not isinstance(note, str):
            problems.append("说明 note 应为文字")
        weight: Fraction | None = None
        try:
            weight = exact(raw.get("weight", 100 if is_root else None))
        except ValueError:
            problems.append(f"分值 weight 应为数字，而不是 {raw.get('weight')!r}")
        if weight is not None and weight <= 0:
            problems.append(f"分值 {fmt(weight)} 应大于0")
            weight = None
        if is_root and weight is not None and weight != ROOT_POINTS:
            problems.append(f"根节点的分值应为 {fmt(ROOT_POINTS)}，而不是 {fmt(weight)}")
        if depth > MAX_DEPTH:
            problems.append(f"层级过深：根节点之下最多 {MAX_DEPTH} 级")
            self.issues += [Issue(path, p) for p in problems]
            return None

        children_raw = raw.get("children")
        children: list[Node] = []
        indicator_id, rule = None, None
        if children_raw is not None:
            if not isinstance(children_raw, list) or not children_raw:
                problems.append("children 应为非空的下级节点列表")
            if "indicator" in raw or "rule" in raw:
                problems.append("有下级节点的节点不能再指定指标 indicator 或计分规则 rule")
            self.issues += [Issue(path, p) for p in problems]
            problems = []
            kids = [self.node(c, here, depth + 1) for c in children_raw] if isinstance(children_raw, list) else []
            children = [k for k in kids if k is not None]
            # From the children's own weights, so a child with another fault still has its share checked.
            shares = [_weight(c) for c in children_raw] if isinstance(children_raw, list) else []
            if weight is not None and shares and all(s is not None for s in shares):
                total = sum(shares, Fraction(0))
                if total != weight:
                    parts = " + ".join(fmt(s) for s in shares)
                    problems.append(f"下级指标分值之和 {parts} = {fmt(total)}，应等于本节点的分值 {fmt(weight)}")
        elif is_root:
            problems.append("根节点至少要有一个下级指标（children）")
        else:
            indicator_id = raw.get("indicator")
            ind = INDICATORS.get(indicator_id) if isinstance(indicator_id, str) else None
            if indicator_id is None:
                problems.append("没有下级节点的节点是叶节点，需要指标 indicator 和计分规则 rule")
            elif ind is None:
                problems.append(f"未知的指标 {indicator_id!r}；可用：{', '.join(INDICATORS)}")
            elif indicator_id in self.used:
                problems.append(f"指标 {ind.name}（{indicator_id}）已在 {self.used[indicator_id]} 计分，不能重复计分")
            else:
                self.used[indicator_id] = path
            if "rule" not in raw and indicator_id is not None:
                problems.append("叶节点需要计分规则 rule")
            elif ind is not None:
                rule, rule_problems = parse_rule(raw["rule"], ind, weight)
                problems += rule_problems
        self.issues += [Issue(path, p) for p in problems]
        if problems or weight is None or not isinstance(nid, str) or not isinstance(name, str):
            return None
        if children_raw is not None and len(children) != len(children_raw):
            return None
        return Node(nid, name.strip(), weight, tuple(children), indicator_id, rule, note)
