"""按期办结率, 回复率 and 满意率 of the supervision cases received in a period, per channel and overall, with the
overdue and re-handled counts: the rules of domain/supervision_scores.py over the table's columns."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zwcx_core.domain.enums import SupervisionChannel
from zwcx_core.domain.enums import SupervisionStatus as V
from zwcx_core.domain.supervision_scores import SupervisionScores, supervision_scores
from zwcx_desktop.store.desk import OPEN_CASE_STATES
from zwcx_desktop.store.models import SupervisionCase as C

#: A reply closes the handling (办结); a case handled again is open until it is replied to again.
_ANSWERED = (V.REPLIED.value, V.CLOSED.value)


@dataclass
class ChannelScores:
    channel: str | None  # None: every channel
    cases: int
    scores: SupervisionScores
    overdue: int
    rehandled: int

    def to_dict(self) -> dict[str, Any]:
        s = self.scores
        return {"channel": self.channel, "cases": self.cases, "on_time": s.on_time.to_dict(),
                "replied": s.replied.to_dict(), "reply_rate_met": s.reply_rate_met,
                "satisfied": s.satisfied.to_dict(), "satisfaction_met": s.satisfaction_met,
                "overdue": self.overdue, "rehandled": self.rehandled}


def channel_scores(s: Session, start: dt.date, end: dt.date, today: dt.date) -> list[ChannelScores]:
    """Overall first, then each channel with a case received in [start, end]. Cases returned as misassigned are
    not the office's to answer and are left out."""
    q = select(C.channel, C.due_date, C.reply_date, C.satisfaction, C.status, C.rehandle_count).where(
        C.deleted.is_(False), C.received_date >= start, C.received_date <= end, C.status != V.RETURNED.value)
    by: dict[str | None, list[dict[str, Any]]] = {None: []}
    for channel, due, reply, satisfaction, status, rehandled in s.execute(q):
        case = {"deadline": due, "reply_date": reply, "satisfaction": satisfaction,
                "closed_date": reply if status in _ANSWERED else None,
                "open": status in OPEN_CASE_STATES, "rehandled": bool(rehandled)}
        by[None].append(case)
        by.setdefault(channel, []).append(case)
    order = [None] + [c.value for c in SupervisionChannel if c.value in by]
    return [ChannelScores(ch, len(by[ch]), supervision_scores(by[ch], today),
                          sum(1 for c in by[ch] if c["open"] and c["deadline"] and c["deadline"] < today),
                          sum(1 for c in by[ch] if c["rehandled"])) for ch in order]
