"""What needs a clerk's attention today (the 工作台), read from the store with the rules of domain/deadlines."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from zwcx_core.domain import deadlines as D
from zwcx_desktop.store.models import Commitment, Disclosure, Objection, ServiceRecord

Reminder = tuple[str, str, str, str]  # kind, record id, title, date (ISO)


def reminders(s: Session, today: dt.date, limit: int = 100) -> dict[str, list[Reminder]]:
    """Overdue commitments, notices whose period ends soon, objections near or past their due date, and records
    waiting for review; each group capped at `limit`, most urgent first."""
    out: dict[str, list[Reminder]] = {}
    out["overdue"] = [("commitment", i, t, d.isoformat()) for i, t, d in s.execute(
        select(Commitment.id, Commitment.title, Commitment.due_date)
        .where(Commitment.deleted.is_(False), Commitment.status.in_(D.OPEN_COMMITMENT_STATES),
               Commitment.due_date < today).order_by(Commitment.due_date).limit(limit))]
    out["ending"] = [("disclosure", i, t, d.isoformat()) for i, t, d in s.execute(
        select(Disclosure.id, Disclosure.title, Disclosure.period_end)
        .where(Disclosure.deleted.is_(False), Disclosure.status.in_(D.RUNNING_NOTICE_STATES),
               Disclosure.period_end >= today,
               Disclosure.period_end <= today + dt.timedelta(days=D.NOTICE_ENDING_DAYS))
        .order_by(Disclosure.period_end).limit(limit))]
    out["objections"] = [("objection", i, t, d.isoformat()) for i, t, d in s.execute(
        select(Objection.id, Objection.content, Objection.due_date)
        .where(Objection.deleted.is_(False), Objection.status.in_(D.OPEN_OBJECTION_STATES),
               Objection.due_date <= today + dt.timedelta(days=D.OBJECTION_WARNING_DAYS))
        .order_by(Objection.due_date).limit(limit))]
    review: list[Reminder] = []
    for kind, m, title in (("commitment", Commitment, Commitment.title), ("disclosure", Disclosure, Disclosure.title),
                           ("service", ServiceRecord, ServiceRecord.beneficiary_name),
                           ("objection", Objection, Objection.content)):
        review += [(kind, i, t, u.date().isoformat()) for i, t, u in s.execute(
            select(m.id, title, m.updated_at).where(m.deleted.is_(False), m.status == D.AWAITING_REVIEW[kind])
            .order_by(m.updated_at).limit(limit // 4))]
    out["review"] = review
    from zwcx_desktop.store.supervision_due import supervision_reminders

    out |= supervision_reminders(s, today, limit)
    return out
