"""Scores and ranks of townships under an indicator tree, each score explained down to the records behind it.

No data (the rule): a leaf whose indicator has no value for a township is left out, and its parent's points are
shared over the siblings that have data in proportion to their weights (renormalised); a branch none of whose
leaves has data has no data itself, and so on up. A township with no data at all gets no total and no rank.
Why not 0 points: "no data" means nothing fell due in the period (no commitment due, no contract payment due —
`Rate.value` is None for the same reason: a 0 % would wrongly look like failure) or a family of records the
server does not hold yet (监督事项); scoring 0 would punish a township for what it could not do or we cannot see,
and full points would reward it. Each result carries `coverage`, the share of the 100 points that had data, so
the console can flag a total that rests on little.

Ranks: totals are compared as shown, rounded half up to two places; equal totals share a rank and the next rank
skips (standard competition ranking: 1, 2, 2, 4). Arithmetic is exact (fractions) until that rounding, so a
hand-computed evaluation is reproduced to the cent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any

from zwcx_server.evaluation.arith import fmt, rounded
from zwcx_server.evaluation.data import Observation, Township, township
from zwcx_server.evaluation.indicators import COUNT, INDICATORS, RATE
from zwcx_server.evaluation.periods import Period
from zwcx_server.evaluation.rules import value_text
from zwcx_server.evaluation.tree import ROOT_POINTS, Node, Tree

__all__ = ["NO_DATA", "RANK_RULE", "NO_DATA_RULE", "Evaluation", "NodeScore", "TownshipResult", "evaluate"]

NO_DATA = "无数据"
RANK_RULE = "总分按四舍五入保留两位小数比较，得分相同者名次并列，其后名次顺延（如 1、2、2、4）。"
NO_DATA_RULE = ("某项指标无数据（本期无应办事项或尚无该类数据）时不计入，其上级指标按有数据的下级指标分值折算；"
                "全部无数据的乡镇（街道）不排名。")


@dataclass
class NodeScore:
    """The score of one node for one township: `points` exact (None: no data), out of `node.weight`."""

    node: Node
    points: Fraction | None
    children: list[NodeScore] = field(default_factory=list)
    observation: Observation | None = None  # leaves only
    rule_text: str = ""  # leaves only
    note: str = ""  # how the points were reached, in words

    @property
    def has_data(self) -> bool:
        return self.points is not None

    @property
    def points_text(self) -> str:
        """12.50, or 无数据."""
        return NO_DATA if self.points is None else f"{rounded(self.points)}"

    def explain(self, indent: str = "  ") -> list[str]:
        """Lines from this node down to its leaves: name, points of weight, value, rule, records."""
        lines = [f"{self.node.name}：{self.points_text}{'' if self.points is None else '分'}"
                 f"（满分{fmt(self.node.weight)}分）{('；' + self.note) if self.note else ''}"]
        if self.node.is_leaf:
            lines.append(f"{indent}计分规则：{self.rule_text}")
            for e in (self.observation.events if self.observation else ()):
                lines.append(f"{indent}记录 {e.record_id}{('：' + e.reason) if e.reason else ''}")
        for c in self.children:
            lines += [indent + ln for ln in c.explain(indent)]
        return lines

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: points as text with two places (None when no data), the leaf's value, rule and records."""
        out: dict[str, Any] = {"id": self.node.id, "name": self.node.name, "weight": fmt(self.node.weight),
                               "points": None if self.points is None else str(rounded(self.points)),
                               "note": self.note}
        if self.node.is_leaf:
            obs = self.observation
            out.update(indicator=self.node.indicator, rule=self.rule_text,
                       value=None if obs is None or obs.value is None else fmt(obs.value),
                       detail=obs.detail if obs else "",
                       records=[{"record_id": e.record_id, "reason": e.reason} for e in (obs.events if obs else ())])
        else:
            out["children"] = [c.to_dict() for c in self.children]
        return out


@dataclass
class TownshipResult:
    township: Township
    root: NodeScore
    rank: int | None = None
    coverage: Fraction = Fraction(0)  # share (0–1) of the root's points whose leaves had data

    @property
    def total(self) -> Decimal | None:
        """The total as shown and ranked: half up to two places; None when there was no data at all."""
        return None if self.root.points is None else rounded(self.root.points)

    @property
    def first_level(self) -> list[NodeScore]:
        return self.root.children

    def score(self, node_id: str) -> NodeScore | None:
        """The score of any node by id."""
        stack = [self.root]
        while stack:
            s = stack.pop()
            if s.node.id == node_id:
                return s
            stack.extend(s.children)
        return None

    def to_dict(self) -> dict[str, Any]:
        return {"township_id": self.township.id, "name": self.township.name, "district": self.township.district,
                "rank": self.rank, "total": None if self.total is None else str(self.total),
                "coverage": f"{rounded(self.coverage * 100)}%", "scores": self.root.to_dict()}


@dataclass
class Evaluation:
    """Every township's result, best first (ties by name), those without data last."""

    tree: Tree
    period: Period | None
    results: list[TownshipResult]
    rank_rule: str = RANK_RULE
    no_data_rule: str = NO_DATA_RULE

    def result(self, township_id: str) -> TownshipResult | None:
        return next((r for r in self.results if r.township.id == township_id), None)

    def to_dict(self) -> dict[str, Any]:
        return {"tree": {"label": self.tree.label, "version": self.tree.version, "example": self.tree.example},
                "period": None if self.period is None else {
                    "code": self.period.code, "start": self.period.start.isoformat(),
                    "end": self.period.end.isoformat(), "zh": self.period.zh},
                "rank_rule": self.rank_rule, "no_data_rule": self.no_data_rule,
                "results": [r.to_dict() for r in self.results]}


def evaluate(tree: Tree, townships: Iterable[Township | Mapping[str, Any]], period: Period | None = None) -> Evaluation:
    """Score every township under `tree` and rank them. Raises ValueError for a value out of its indicator's
    range (a rate outside 0–100, a negative or fractional count), naming the township and the indicator."""
    results = []
    seen: set[str] = set()
    texts = {n.id: n.rule.describe(INDICATORS[n.indicator], n.weight) for n in tree.leaves()}
    for raw in townships:
        t = township(raw)
        if t.id in seen:
            raise ValueError(f"乡镇（街道）{t.name}（{t.id}）出现了两次")
        seen.add(t.id)
        root = _score(tree.root, t, texts)
        results.append(TownshipResult(t, root, coverage=_covered(root) / ROOT_POINTS))
    _rank(results)
    results.sort(key=lambda r: (r.rank is None, r.rank or 0, r.township.name, r.township.id))
    return Evaluation(tree, period, results)


def _covered(s: NodeScore) -> Fraction:
    if s.node.is_leaf:
        return s.node.weight if s.has_data else Fraction(0)
    return sum((_covered(c) for c in s.children), Fraction(0))


def _rank(results: list[TownshipResult]) -> None:
    ranked = sorted((r for r in results if r.total is not None), key=lambda r: r.total, reverse=True)
    for k, r in enumerate(ranked):
        r.rank = ranked[k - 1].rank if k and r.total == ranked[k - 1].total else k + 1


def _score(node: Node, t: Township, texts: dict[str, str]) -> NodeScore:
    if node.is_leaf:
        return _leaf(node, t, texts[node.id])
    kids = [_score(c, t, texts) for c in node.children]
    known = [k for k in kids if k.has_data]
    if not known:
        return NodeScore(node, None, kids, note="下级指标均无数据")
    got = sum((k.points for k in known), Fraction(0))
    if len(known) == len(kids):
        return NodeScore(node, got, kids)
    room = sum((k.node.weight for k in known), Fraction(0))
    points = got * node.weight / room
    missing = "、".join(k.node.name for k in kids if not k.has_data)
    note = (f"{missing}无数据，按有数据的下级指标折算：{rounded(got)} ÷ {fmt(room)} × {fmt(node.weight)} "
            f"= {rounded(points)}")
    return NodeScore(node, points, kids, note=note)


def _leaf(node: Node, t: Township, rule_text: str) -> NodeScore:
    ind = INDICATORS[node.indicator]
    obs = t.values.get(node.indicator)
    if obs is None or obs.value is None:
        why = "本期无应办事项" if obs is not None and obs.detail == "0/0" else ""
        return NodeScore(node, None, observation=obs, rule_text=rule_text, note=why)
    v = obs.value
    if (ind.kind == RATE and not 0 <= v <= 100) or v < 0 or (ind.kind == COUNT and v.denominator != 1):
        raise ValueError(f"{t.name}（{t.id}）的指标 {ind.name} 的值 {fmt(v)} 不在其范围内")
    points = node.rule.points(v, node.weight)
    shown = value_text(ind, v) + (f"（{obs.detail}）" if obs.detail else "")
    return NodeScore(node, points, observation=obs, rule_text=rule_text,
                     note=f"{ind.name} {shown}：{node.rule.working(v, node.weight)}")
