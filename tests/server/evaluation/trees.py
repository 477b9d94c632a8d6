"""Small trees the evaluation tests build on (helpers, not tests)."""

from __future__ import annotations

import copy
from typing import Any


def leaf(nid: str, weight: float, indicator: str, rule: dict[str, Any], name: str | None = None) -> dict[str, Any]:
    return {"id": nid, "name": name or nid, "weight": weight, "indicator": indicator, "rule": rule}


def branch(nid: str, weight: float, *children: dict[str, Any], name: str | None = None) -> dict[str, Any]:
    return {"id": nid, "name": name or nid, "weight": weight, "children": list(children)}


def doc(*children: dict[str, Any], version: int = 1, label: str = "测试") -> dict[str, Any]:
    return {"version": version, "label": label,
            "root": {"id": "root", "name": "总分", "weight": 100, "children": copy.deepcopy(list(children))}}


LIN = {"rule": "linear", "zero_at": 60, "full_at": 100}

#: The tree of the hand-computed evaluation (test_scoring.py):
#:   践诺 40 = 践诺率 40 (linear 60 → 100)
#:   公开 30 = 公开及时率 20 (linear 50 → 100) + 公示合规率 10 (steps ≥95: 10, ≥80: 6)
#:   失信 30 = 一般失信记录 30 (deduct 4 per record, at most 20)
HAND = doc(
    branch("A", 40, leaf("A1", 40, "keeping_rate", LIN, "践诺率"), name="践诺"),
    branch("B", 30,
           leaf("B1", 20, "timely_disclosure", {"rule": "linear", "zero_at": 50, "full_at": 100}, "公开及时率"),
           leaf("B2", 10, "notice_compliance",
                {"rule": "steps", "steps": [{"at_least": 95, "points": 10}, {"at_least": 80, "points": 6}]},
                "公示合规率"),
           name="公开"),
    branch("C", 30, leaf("C1", 30, "dishonesty_general", {"rule": "deduct", "per_event": 4, "cap": 20},
                         "一般失信记录"), name="失信"),
)

#: One leaf worth all 100 points, value = points: for ranks and rounding.
def single(indicator: str = "keeping_rate") -> dict[str, Any]:
    return doc(branch("A", 100, leaf("A1", 100, indicator, {"rule": "linear", "zero_at": 0, "full_at": 100})))
