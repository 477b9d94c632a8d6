"""Scores of supervision cases used in practice: 按期办结率, 回复率 and 满意率, with their thresholds.

A case is a plain dict as the supervision document stores it: `deadline`, `closed_date`, `reply_date` (dates or ISO
text, absent or empty when not yet) and `satisfaction` (the callback result, English value or Chinese name).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from zwcx_core.domain.enums import Satisfaction
from zwcx_core.domain.indicators import Rate
from zwcx_core.domain.schema import parse_date

__all__ = ["REPLY_RATE_THRESHOLD", "SATISFACTION_THRESHOLD", "SupervisionScores", "supervision_scores"]

#: 回复率 a township is expected to reach.
REPLY_RATE_THRESHOLD = 0.92
#: 满意率 a township is expected to reach.
SATISFACTION_THRESHOLD = 0.85

_CONTENT = frozenset({Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED})


@dataclass
class SupervisionScores:
    on_time: Rate
    replied: Rate
    satisfied: Rate

    @property
    def reply_rate_met(self) -> bool | None:
        """Whether 回复率 reaches its threshold; None when no case counted."""
        v = self.replied.value
        return None if v is None else v >= REPLY_RATE_THRESHOLD

    @property
    def satisfaction_met(self) -> bool | None:
        """Whether 满意率 reaches its threshold; None when no callback was made."""
        v = self.satisfied.value
        return None if v is None else v >= SATISFACTION_THRESHOLD


def _date(case: Mapping[str, Any], key: str) -> datetime.date | None:
    v = case.get(key)
    return None if v in (None, "") else parse_date(v)


def supervision_scores(cases: Iterable[Mapping[str, Any]], today: datetime.date) -> SupervisionScores:
    """The three scores over `cases` as of `today`.

    按期办结率: cases closed on or before their deadline, over the cases that are closed or past their deadline (an
    open case not yet due counts for neither). 回复率: cases replied to (late or not), over the cases replied to or
    past their deadline. 满意率: 满意 and 基本满意, over the cases with a callback result. A case without a
    deadline counts once it is closed or replied to. Raises ValueError for a date or satisfaction that is not one.
    """
    on_time, closed_or_due, replied, reply_due, content, called_back = 0, 0, 0, 0, 0, 0
    for case in cases:
        deadline, closed, reply = _date(case, "deadline"), _date(case, "closed_date"), _date(case, "reply_date")
        overdue = deadline is not None and deadline < today
        if closed is not None or overdue:
            closed_or_due += 1
            on_time += closed is not None and (deadline is None or closed <= deadline)
        if reply is not None or overdue:
            reply_due += 1
            replied += reply is not None
        if case.get("satisfaction") not in (None, ""):
            called_back += 1
            content += Satisfaction.parse(case["satisfaction"]) in _CONTENT
    return SupervisionScores(Rate(on_time, closed_or_due), Rate(replied, reply_due), Rate(content, called_back))
