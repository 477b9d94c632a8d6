"""The 监督事项 desk: supervision cases and objections in one list, by deadline.

Read by columns from both tables in one UNION ALL (no version documents), so the list stays fast with tens of
thousands of cases; private fields (the requester, the complainant) are never selected.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, literal, select, union_all
from sqlalchemy.orm import Session

from zwcx_core.domain import deadlines as D
from zwcx_core.domain.enums import SupervisionStatus as V
from zwcx_desktop.store.models import Objection, SupervisionCase

#: The desk's pseudo-channel of objections to the office's own notices (their own kind and clock).
OBJECTION = "objection"
#: Supervision cases still waiting for the office's answer; a replied case waits only for its callback.
OPEN_CASE_STATES = (V.RECEIVED.value, V.HANDLING.value, V.REHANDLING.value)
OBJECTION_TITLE_CHARS = 60


@dataclass(frozen=True)
class DeskFilter:
    """`channel`: a SupervisionChannel value or OBJECTION (None: all); `overdue`: open and past the deadline;
    `open_only`: still waiting for an answer."""

    channel: str | None = None
    overdue: bool = False
    open_only: bool = False


@dataclass(frozen=True)
class DeskRow:
    kind: str  # supervision | objection
    id: str
    channel: str  # a SupervisionChannel value, or OBJECTION
    title: str
    received: dt.date | None
    deadline: dt.date | None
    status: str
    open: bool

    def days_left(self, today: dt.date) -> int | None:
        """Days until the deadline (negative: overdue); None without a deadline or once answered."""
        return None if self.deadline is None or not self.open else (self.deadline - today).days


def _union(f: DeskFilter, today: dt.date):
    parts = []
    if f.channel in (None, OBJECTION):
        o = Objection
        is_open = o.status.in_(D.OPEN_OBJECTION_STATES)
        q = select(literal("objection").label("kind"), o.id.label("id"), literal(OBJECTION).label("channel"),
                   func.substr(o.content, 1, OBJECTION_TITLE_CHARS).label("title"),
                   o.received_date.label("received"), o.due_date.label("deadline"), o.status.label("status"),
                   is_open.label("open")).where(o.deleted.is_(False))
        parts.append(_narrow(q, f, is_open, o.due_date, today))
    if f.channel != OBJECTION:
        c = SupervisionCase
        is_open = c.status.in_(OPEN_CASE_STATES)
        q = select(literal("supervision").label("kind"), c.id.label("id"), c.channel.label("channel"),
                   c.title.label("title"), c.received_date.label("received"), c.due_date.label("deadline"),
                   c.status.label("status"), is_open.label("open")).where(c.deleted.is_(False))
        if f.channel is not None:
            q = q.where(c.channel == f.channel)
        parts.append(_narrow(q, f, is_open, c.due_date, today))
    return union_all(*parts).subquery() if len(parts) > 1 else parts[0].subquery()


def _narrow(q, f: DeskFilter, is_open, due, today: dt.date):
    if f.open_only or f.overdue:
        q = q.where(is_open)
    if f.overdue:
        q = q.where(due < today)
    return q


def count(s: Session, f: DeskFilter, today: dt.date) -> int:
    """How many cases and objections the filter matches."""
    u = _union(f, today)
    return s.execute(select(func.count()).select_from(u)).scalar_one()


def rows(s: Session, f: DeskFilter, today: dt.date, limit: int = 500, offset: int = 0) -> list[DeskRow]:
    """The matching rows, earliest deadline first (those without one last), then by the day received."""
    u = _union(f, today)
    q = (select(u.c.kind, u.c.id, u.c.channel, u.c.title, u.c.received, u.c.deadline, u.c.status, u.c.open)
         .order_by(u.c.deadline.is_(None), u.c.deadline, u.c.received, u.c.id).limit(limit).offset(offset))
    return [DeskRow(*r[:7], bool(r[7])) for r in s.execute(q)]
