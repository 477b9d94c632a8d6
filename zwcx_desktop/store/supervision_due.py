"""The 工作台's supervision reminders: cases due within two working days, due today or overdue, and callbacks due."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from zwcx_core.domain.calendar import add_working_days
from zwcx_core.domain.enums import SupervisionStatus as V
from zwcx_desktop.store.desk import OPEN_CASE_STATES
from zwcx_desktop.store.models import SupervisionCase as C

#: A case is put on the 工作台 this many working days before its deadline.
WARNING_WORKING_DAYS = 2

Reminder = tuple[str, str, str, str]  # kind, record id, title, date (ISO)


def supervision_reminders(s: Session, today: dt.date, limit: int = 100) -> dict[str, list[Reminder]]:
    """`supervision`: open cases whose deadline is within WARNING_WORKING_DAYS working days or past;
    `callbacks`: replied cases not yet called back whose callback is due today or earlier. Most urgent first."""
    horizon = add_working_days(today, WARNING_WORKING_DAYS).date
    due = [("supervision", i, t, d.isoformat()) for i, t, d in s.execute(
        select(C.id, C.title, C.due_date)
        .where(C.deleted.is_(False), C.status.in_(OPEN_CASE_STATES), C.due_date <= horizon)
        .order_by(C.due_date, C.id).limit(limit))]
    callbacks = [("supervision", i, t, d.isoformat()) for i, t, d in s.execute(
        select(C.id, C.title, C.callback_due)
        .where(C.deleted.is_(False), C.status == V.REPLIED.value, C.satisfaction.is_(None),
               C.callback_due <= today)
        .order_by(C.callback_due, C.id).limit(limit))]
    return {"supervision": due, "callbacks": callbacks}
