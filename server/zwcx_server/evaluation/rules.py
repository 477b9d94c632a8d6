"""Scoring rules of a leaf: how an indicator value becomes points out of the leaf's weight.

- linear: {"rule": "linear", "zero_at": 60, "full_at": 95}. At or beyond `zero_at` on the bad side: 0 points; at or
  beyond `full_at` on the good side: the full weight; in between, in proportion. When `full_at` is below `zero_at`
  fewer is better (逾期欠款金额: {"zero_at": 1000000, "full_at": 0}).
- deduct: {"rule": "deduct", "per_event": 2, "cap": 6}. The full weight less `per_event` for each event (the value
  of a count indicator), never more than `cap` in all (default and at most: the weight), so never below 0.
- steps: {"rule": "steps", "steps": [{"at_least": 92, "points": 5}, {"at_least": 80, "points": 2}]} — the points of
  the first step the value reaches, 0 if none. Steps run from the strictest down, all `at_least` (more is better)
  or all `at_most` (fewer is better), and a looser step never gives more points than a stricter one.

Thresholds are in the indicator's unit: percent for rates (0–100), events for counts, yuan for amounts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from zwcx_server.evaluation.arith import exact, fmt, rounded
from zwcx_server.evaluation.indicators import AMOUNT, COUNT, RATE, Indicator

__all__ = ["Deduct", "Linear", "Rule", "Steps", "parse_rule", "value_text"]


def value_text(ind: Indicator, value: Fraction) -> str:
    """A value as the report shows it: 87.5%, 3笔, 12,345.60元."""
    if ind.kind == AMOUNT:
        return f"{rounded(value):,.2f}元"
    if ind.kind == COUNT:
        return f"{fmt(value)}{ind.measure}"
    return f"{fmt(Fraction(rounded(value)))}%"


def _t(ind: Indicator, x: Fraction) -> str:  # a threshold in its unit
    return f"{int(x):,}元" if ind.kind == AMOUNT and x.denominator == 1 else value_text(ind, x)


@dataclass(frozen=True)
class Linear:
    zero_at: Fraction
    full_at: Fraction

    def points(self, value: Fraction, weight: Fraction) -> Fraction:
        t = (value - self.zero_at) / (self.full_at - self.zero_at)  # 0 at zero_at, 1 at full_at, either direction
        return weight * min(Fraction(1), max(Fraction(0), t))

    def describe(self, ind: Indicator, weight: Fraction) -> str:
        if self.full_at > self.zero_at:
            return (f"线性计分：≤{_t(ind, self.zero_at)}得0分，≥{_t(ind, self.full_at)}得满分{fmt(weight)}分，"
                    f"其间按比例")
        return (f"线性计分（越少越好）：≥{_t(ind, self.zero_at)}得0分，≤{_t(ind, self.full_at)}得满分{fmt(weight)}分，"
                f"其间按比例")

    def working(self, value: Fraction, weight: Fraction) -> str:
        """The sum behind the points, as a person would check it: (87.5 − 60) ÷ (100 − 60) × 25 = 17.19."""
        pts = self.points(value, weight)
        up = self.full_at > self.zero_at
        if pts == 0:
            return f"{fmt(value)} {'≤' if up else '≥'} {fmt(self.zero_at)}，得 0.00"
        if pts == weight:
            return f"{fmt(value)} {'≥' if up else '≤'} {fmt(self.full_at)}，得满分 {rounded(pts)}"
        return (f"({fmt(value)} − {fmt(self.zero_at)}) ÷ ({fmt(self.full_at)} − {fmt(self.zero_at)}) × {fmt(weight)}"
                f" = {rounded(pts)}")

    def to_dict(self) -> dict[str, Any]:
        return {"rule": "linear", "zero_at": _num(self.zero_at), "full_at": _num(self.full_at)}


@dataclass(frozen=True)
class Deduct:
    per_event: Fraction
    cap: Fraction | None = None  # None: the leaf's weight

    def points(self, value: Fraction, weight: Fraction) -> Fraction:
        cap = weight if self.cap is None else self.cap
        return weight - min(cap, self.per_event * value)

    def describe(self, ind: Indicator, weight: Fraction) -> str:
        cap = weight if self.cap is None else self.cap
        return f"扣分计分：满分{fmt(weight)}分，每{ind.measure or '件'}扣{fmt(self.per_event)}分，最多扣{fmt(cap)}分"

    def working(self, value: Fraction, weight: Fraction) -> str:
        """10 − min(10, 3 × 2) = 4.00."""
        cap = weight if self.cap is None else self.cap
        return f"{fmt(weight)} − min({fmt(cap)}, {fmt(value)} × {fmt(self.per_event)}) = {rounded(self.points(value, weight))}"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"rule": "deduct", "per_event": _num(self.per_event)}
        if self.cap is not None:
            out["cap"] = _num(self.cap)
        return out


@dataclass(frozen=True)
class Steps:
    steps: tuple[tuple[Fraction, Fraction], ...]  # (threshold, points), strictest first
    at_least: bool  # True: value ≥ threshold reaches a step; False: value ≤ threshold

    def points(self, value: Fraction, weight: Fraction) -> Fraction:
        for threshold, pts in self.steps:
            if (value >= threshold) if self.at_least else (value <= threshold):
                return pts
        return Fraction(0)

    def describe(self, ind: Indicator, weight: Fraction) -> str:
        sign = "≥" if self.at_least else "≤"
        parts = [f"{sign}{_t(ind, t)}得{fmt(p)}分" for t, p in self.steps]
        return f"分档计分（满分{fmt(weight)}分）：{'；'.join(parts)}；其余得0分"

    def working(self, value: Fraction, weight: Fraction) -> str:
        """The step reached: ≥80 得 2.00, or 未达任何一档 得 0.00."""
        sign = "≥" if self.at_least else "≤"
        for threshold, pts in self.steps:
            if (value >= threshold) if self.at_least else (value <= threshold):
                return f"{fmt(value)} {sign} {fmt(threshold)}，得 {rounded(pts)}"
        return f"{fmt(value)} 未达任何一档，得 0.00"

    def to_dict(self) -> dict[str, Any]:
        key = "at_least" if self.at_least else "at_most"
        return {"rule": "steps", "steps": [{key: _num(t), "points": _num(p)} for t, p in self.steps]}


Rule = Linear | Deduct | Steps


def _num(x: Fraction) -> int | float:
    """Back to a JSON number: an int when whole, else the float of its (at most four place) decimal text."""
    return int(x) if x.denominator == 1 else float(fmt(x))


def _threshold(raw: Any, ind: Indicator, what: str, problems: list[str]) -> Fraction | None:
    try:
        x = exact(raw)
    except ValueError:
        problems.append(f"{what} 应为数字，而不是 {raw!r}")
        return None
    if ind.kind == RATE and not 0 <= x <= 100:
        problems.append(f"{what} {fmt(x)} 超出比率的范围 0–100（%）")
    elif ind.kind != RATE and x < 0:
        problems.append(f"{what} {fmt(x)} 不能为负数")
    return x


def parse_rule(raw: Any, ind: Indicator, weight: Fraction | None) -> tuple[Rule | None, list[str]]:
    """The rule of a leaf from its JSON, checked against the indicator and the leaf's weight (None when the weight
    itself is wrong: checks that need it are skipped). Returns (rule or None, problems in words)."""
    problems: list[str] = []
    if not isinstance(raw, Mapping):
        return None, ["计分规则应为一个对象，如 {\"rule\": \"linear\", \"zero_at\": 60, \"full_at\": 100}"]
    kind = raw.get("rule")
    known = {"linear": {"rule", "zero_at", "full_at"}, "deduct": {"rule", "per_event", "cap"},
             "steps": {"rule", "steps"}}
    if kind not in known:
        return None, [f"计分规则 {kind!r} 未知，可选：linear（线性）、deduct（扣分）、steps（分档）"]
    extra = sorted(set(raw) - known[kind])
    if extra:
        problems.append(f"计分规则 {kind} 不认识的字段：{', '.join(extra)}")
    rule: Rule | None = None
    if kind == "linear":
        zero = _threshold(raw.get("zero_at"), ind, "得0分的阈值 zero_at", problems)
        full = _threshold(raw.get("full_at"), ind, "得满分的阈值 full_at", problems)
        if zero is not None and full is not None:
            if zero == full:
                problems.append(f"得0分与得满分的阈值相同（{fmt(zero)}），无法线性计分")
            elif not problems:
                rule = Linear(zero, full)
    elif kind == "deduct":
        if ind.kind != COUNT:
            problems.append(f"扣分规则只适用于计件的指标，{ind.name} 是{'比率' if ind.kind == RATE else '金额'}")
        per = _threshold(raw.get("per_event"), ind, "每件扣分 per_event", problems)
        if per is not None and per <= 0:
            problems.append("每件扣分 per_event 应大于0")
        cap = None
        if raw.get("cap") is not None:
            cap = _threshold(raw.get("cap"), ind, "扣分上限 cap", problems)
            if cap is not None and cap <= 0:
                problems.append("扣分上限 cap 应大于0")
            elif cap is not None and weight is not None and cap > weight:
                problems.append(f"扣分上限 {fmt(cap)} 超过本指标的分值 {fmt(weight)}")
        if not problems and per is not None:
            rule = Deduct(per, cap)
    else:
        rule = _parse_steps(raw.get("steps"), ind, weight, problems)
    return (rule if not problems else None), problems


def _parse_steps(raw: Any, ind: Indicator, weight: Fraction | None, problems: list[str]) -> Steps | None:
    if not isinstance(raw, list) or not raw:
        problems.append("分档规则需要至少一档：\"steps\": [{\"at_least\": 90, \"points\": 5}, …]")
        return None
    keys = set()
    steps: list[tuple[Fraction, Fraction]] = []
    for k, step in enumerate(raw, 1):
        if not isinstance(step, Mapping) or len({"at_least", "at_most"} & set(step)) != 1 or "points" not in step:
            problems.append(f"第{k}档应写作 {{\"at_least\" 或 \"at_most\": 阈值, \"points\": 分数}}")
            continue
        key = "at_least" if "at_least" in step else "at_most"
        keys.add(key)
        t = _threshold(step[key], ind, f"第{k}档的阈值", problems)
        try:
            p = exact(step["points"])
        except ValueError:
            problems.append(f"第{k}档的分数应为数字，而不是 {step['points']!r}")
            continue
        if p < 0 or (weight is not None and p > weight):
            problems.append(f"第{k}档的分数 {fmt(p)} 应在 0 与本指标的分值 {fmt(weight or Fraction(0))} 之间")
        if t is not None:
            steps.append((t, p))
    if len(keys) > 1:
        problems.append("各档应同用 at_least（越多越好）或同用 at_most（越少越好），不能混用")
    if problems:
        return None
    at_least = keys == {"at_least"}
    for (t1, p1), (t2, p2) in zip(steps, steps[1:], strict=False):
        if (t2 >= t1) if at_least else (t2 <= t1):
            problems.append(f"各档阈值应从严到宽排列：{fmt(t1)} 之后不能是 {fmt(t2)}")
        elif p2 > p1:
            problems.append(f"较宽的一档（{fmt(t2)}）得分 {fmt(p2)} 不能高于较严的一档（{fmt(t1)}）的 {fmt(p1)}")
    return None if problems else Steps(tuple(steps), at_least)
