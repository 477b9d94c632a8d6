"""transition_many as the desktop's batch steps use it: progress, and a cancel up to the commit writes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.store.test_records import service_payload
from zwcx_core.domain.lifecycle import NotPermitted
from zwcx_desktop.store.models import AuditEvent


class Stop(Exception):
    pass


def _audit_count(app) -> int:
    with app.db.read() as s:
        return s.execute(select(func.count()).select_from(AuditEvent)).scalar_one()


def _make(app, clerk, n):
    return app.records.create_many("service", [service_payload(app, beneficiary_name=f"李{i}", citizen_id=None)
                                               for i in range(n)], clerk)


def test_batch_reports_progress_and_moves_every_record(app, clerk, reviewer):
    ids = _make(app, clerk, 5)
    seen = []
    out = app.records.transition_many(ids, "reviewed", reviewer, progress=lambda d, t: seen.append((d, t)))
    assert out == ["reviewed"] * 5 and seen[-1] == (5, 5)
    assert {app.records.get(i).doc["status"] for i in ids} == {"reviewed"}


def test_cancel_just_before_the_commit_rolls_everything_back(app, clerk, reviewer):
    ids = _make(app, clerk, 4)
    calls = []

    def check():
        calls.append(1)
        if len(calls) > len(ids):  # the last call, after every change was written into the transaction
            raise Stop()

    before = _audit_count(app)
    with pytest.raises(Stop):
        app.records.transition_many(ids, "reviewed", reviewer, check=check)
    assert len(calls) == len(ids) + 1
    assert {app.records.get(i).doc["status"] for i in ids} == {"registered"}
    assert _audit_count(app) == before


def test_a_clerk_cannot_review_a_batch(app, clerk):
    ids = _make(app, clerk, 3)
    with pytest.raises(NotPermitted):
        app.records.transition_many(ids, "reviewed", clerk)
    assert {app.records.get(i).doc["status"] for i in ids} == {"registered"}
