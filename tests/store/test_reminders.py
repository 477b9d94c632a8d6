"""The 工作台 reminders follow the deadline rules, on the demo data."""

from __future__ import annotations

import datetime as dt

from zwcx_core.domain import deadlines as D
from zwcx_core.domain.enums import CommitmentStatus
from zwcx_desktop.store.demo import generate
from zwcx_desktop.store.reminders import reminders

TODAY = dt.date(2026, 11, 20)


def test_reminders_on_demo_data(app):
    generate(app, records=400, seed=5, today=TODAY)
    with app.db.read() as s:
        r = reminders(s, TODAY)
    assert r["overdue"] and r["review"] and r["objections"]
    for _kind, rid, _title, date in r["overdue"]:
        doc = app.records.get(rid).doc
        assert D.is_commitment_overdue(CommitmentStatus(doc["status"]), dt.date.fromisoformat(doc["due_date"]), TODAY)
        assert date == doc["due_date"]
    for _k, _rid, _t, date in r["ending"]:
        assert TODAY <= dt.date.fromisoformat(date) <= TODAY + dt.timedelta(days=D.NOTICE_ENDING_DAYS)
    for _k, rid, _t, date in r["objections"]:
        assert app.records.get(rid).status in D.OPEN_OBJECTION_STATES
        assert dt.date.fromisoformat(date) <= TODAY + dt.timedelta(days=D.OBJECTION_WARNING_DAYS)
    for kind, rid, _t, _d in r["review"]:
        assert app.records.get(rid).status == D.AWAITING_REVIEW[kind]
    dates = [d for *_x, d in r["overdue"]]
    assert dates == sorted(dates)
