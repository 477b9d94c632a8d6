"""Indicators of 政务失信 records for a period (#17): records by type and severity, 整改完成率, 修复办结率, and credit
objections answered on time. Pure functions of the documents, so the desktop, the CLI and the city console count
alike.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from zwcx_core.domain.enums import DishonestyStatus as X
from zwcx_core.domain.enums import DishonestyType, ObjectionType, RepairStatus, Severity
from zwcx_core.domain.indicators import Rate

__all__ = ["CreditIndicators", "credit_indicators"]

_RECTIFYING = frozenset({X.RECTIFYING.value, X.RECTIFIED.value})
_DECIDED = frozenset({RepairStatus.GRANTED.value, RepairStatus.REFUSED.value})


@dataclass
class CreditIndicators:
    """`by_type` and `by_severity` count records (Chinese names; 未定 for a record without a severity yet) whose
    decision, or failing one whose creation, falls in the period."""

    start: dt.date
    end: dt.date
    by_type: dict[str, int] = field(default_factory=dict)
    by_severity: dict[str, int] = field(default_factory=dict)
    #: Rectified (整改完成) ÷ records put under rectification whose deadline falls in the period.
    rectified: Rate = field(default_factory=lambda: Rate(0, 0))
    #: Repair applications made in the period with a decision received ÷ applications made in the period.
    repairs_decided: Rate = field(default_factory=lambda: Rate(0, 0))
    #: Credit objections answered by their due date ÷ those due in the period (or answered in it).
    objections_on_time: Rate = field(default_factory=lambda: Rate(0, 0))

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(), "by_type": self.by_type,
                "by_severity": self.by_severity, "rectified": self.rectified.to_dict(),
                "repairs_decided": self.repairs_decided.to_dict(),
                "objections_on_time": self.objections_on_time.to_dict()}


def _d(v: Any) -> dt.date | None:
    return dt.date.fromisoformat(str(v)[:10]) if v else None


def _within(day: dt.date | None, start: dt.date, end: dt.date) -> bool:
    return day is not None and start <= day <= end


def credit_indicators(records: Iterable[Mapping[str, Any]], objections: Iterable[Mapping[str, Any]],
                      start: dt.date, end: dt.date, as_of: dt.date | None = None) -> CreditIndicators:
    """The indicators over [start, end] (inclusive) of dishonesty documents (`created` may carry the day a record
    was entered, for one without a decision) and objection documents (only 信用信息异议 about a dishonesty record
    count). What is still open counts against a rate only once its deadline has passed by `as_of` (default: the
    end of the period)."""
    as_of = as_of or end
    types: Counter[str] = Counter()
    severities: Counter[str] = Counter()
    rect_n = rect_d = rep_n = rep_d = 0
    for doc in records:
        when = _d(doc.get("decision_date")) or _d(doc.get("created"))
        if _within(when, start, end):
            types[DishonestyType(doc["dishonesty_type"]).zh] += 1
            sev = doc.get("severity")
            severities[Severity(sev).zh if sev else "未定"] += 1
        done = doc.get("status") == X.RECTIFIED.value
        deadline = _d(doc.get("rectify_deadline"))
        if (doc.get("status") in _RECTIFYING and _within(deadline or when, start, end)
                and (done or (deadline is not None and deadline < as_of))):
            rect_d += 1
            rect_n += done
        if _within(_d(doc.get("repair_applied_date")), start, end):
            rep_d += 1
            rep_n += doc.get("repair_status") in _DECIDED
    on_n = on_d = 0
    for o in objections:
        if o.get("objection_type") != ObjectionType.CREDIT.value or o.get("target_kind") != "dishonesty":
            continue
        due, replied = _d(o.get("due_date")), _d(o.get("replied_date"))
        if _within(replied, start, end) or (replied is None and _within(due, start, end) and due < as_of):
            on_d += 1
            on_n += replied is not None and due is not None and replied <= due
    return CreditIndicators(start, end, dict(sorted(types.items())), dict(sorted(severities.items())),
                            Rate(rect_n, rect_d), Rate(rep_n, rep_d), Rate(on_n, on_d))
