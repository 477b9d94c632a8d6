"""Read the facts the indicators need from the store (the arithmetic itself is in domain/indicators.py)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from zwcx_core.domain.enums import CommitmentStatus, DisclosureStatus, ObjectionStatus
from zwcx_core.domain.indicators import (
    CommitmentFact,
    DisclosureFact,
    Indicators,
    ObjectionFact,
    compute_by_unit,
)
from zwcx_core.domain.masking import find_unmasked
from zwcx_desktop.store.models import Commitment, Disclosure, Objection

_AFTER_PERIOD = {DisclosureStatus.EXPIRED_NO_OBJECTION, DisclosureStatus.EXPIRED_WITH_OBJECTION,
                 DisclosureStatus.ARCHIVED}


def indicators(s: Session, start: dt.date, end: dt.date, today: dt.date | None = None) -> list[Indicators]:
    """Indicators for the period, overall first and then per unit."""
    today = today or dt.date.today()
    cs = [CommitmentFact(u, CommitmentStatus(st), due, ful) for u, st, due, ful in s.execute(
        select(Commitment.unit_id, Commitment.status, Commitment.due_date, Commitment.fulfilled_date)
        .where(Commitment.deleted.is_(False)))]
    ds = []
    for u, st, formed, pub, deadline, ev, pend, title, body in s.execute(
            select(Disclosure.unit_id, Disclosure.status, Disclosure.formed_date, Disclosure.publish_date,
                   Disclosure.deadline, Disclosure.posting_evidence, Disclosure.period_end, Disclosure.title,
                   Disclosure.body).where(Disclosure.deleted.is_(False))):
        status = DisclosureStatus(st)
        ran_full = status in _AFTER_PERIOD and pend is not None and pend <= today
        ds.append(DisclosureFact(u, status, formed, pub, deadline, bool(ev), ran_full,
                                 bool(find_unmasked(f"{title}\n{body}"))))
    os_ = [ObjectionFact(u, ObjectionStatus(st), rec, due, closed) for u, st, rec, due, closed in s.execute(
        select(Objection.unit_id, Objection.status, Objection.received_date, Objection.due_date,
               Objection.closed_date).where(Objection.deleted.is_(False)))]
    return compute_by_unit(cs, ds, os_, start, end)
