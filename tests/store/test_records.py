"""The one write path: record, version, audit event, outbox entry and search index in one transaction."""

from __future__ import annotations

import json
import sqlite3

import pytest
from sqlalchemy import func, select

from tests.conftest import commitment_payload
from zwcx_core.domain.lifecycle import IllegalTransition, NotPermitted
from zwcx_core.domain.schema import ValidationError
from zwcx_desktop.store import queries as Q
from zwcx_desktop.store.models import AuditEvent, Commitment, OutboxOp, RecordVersion
from zwcx_desktop.store.records import NotEditable, NotFound, StaleVersion

CITIZEN_ID = "11010519491231002X"


def counts(app):
    with app.db.read() as s:
        return tuple(s.execute(select(func.count()).select_from(m)).scalar_one()
                     for m in (Commitment, RecordVersion, AuditEvent, OutboxOp))


def test_create_writes_all_four_rows(app, clerk):
    before = counts(app)
    rid = app.records.create("commitment", commitment_payload(app), clerk)
    after = counts(app)
    assert [a - b for a, b in zip(after, before, strict=True)] == [1, 1, 1, 1]
    rec = app.records.get(rid)
    assert rec.status == "draft" and rec.version == 1 and rec.sync_state == "pending"
    with app.db.read() as s:
        op = s.execute(select(OutboxOp).where(OutboxOp.record_id == rid)).scalar_one()
        assert op.version_id == rec.version_id and op.content_hash == rec.content_hash


def test_invalid_input_writes_nothing(app, clerk):
    before = counts(app)
    with pytest.raises(ValidationError) as exc:
        app.records.create("commitment", commitment_payload(app, due_date="2025-01-01", title=""), clerk)
    fields = exc.value.by_field()
    assert fields["title"] == "is required"
    assert "before" in fields["due_date"]
    assert counts(app) == before


def test_batch_is_all_or_nothing(app, clerk):
    before = counts(app)
    good = commitment_payload(app)
    with pytest.raises(ValidationError):
        app.records.create_many("commitment", [good, good, commitment_payload(app, category="nonsense")], clerk)
    assert counts(app) == before


def test_lifecycle_through_the_store(app, clerk, reviewer):
    rid = app.records.create("commitment", commitment_payload(app, due_date="2032-12-31"), clerk)
    app.records.transition(rid, "pending_review", clerk)
    with pytest.raises(NotPermitted):
        app.records.transition(rid, "published", clerk)
    with pytest.raises(IllegalTransition):
        app.records.transition(rid, "fulfilled_on_time", reviewer)
    app.records.transition(rid, "published", reviewer)
    app.records.add_progress(rid, {"date": "2026-03-01", "note": "已办结一半", "percent": 50}, clerk)
    assert app.records.get(rid).status == "in_progress"
    assert app.records.transition(rid, "fulfilled", clerk) == "fulfilled_on_time"
    hist = app.records.history(rid)
    assert [h.version for h in hist] == [1, 2, 3, 4, 5]
    assert hist[1].base_version_id == hist[0].version_id
    assert json.loads(hist[0].doc)["status"] == "draft"
    with pytest.raises(NotEditable):
        app.records.update(rid, {"title": "改标题"}, clerk)


def test_update_and_stale_version(app, clerk):
    rid = app.records.create("commitment", commitment_payload(app), clerk)
    v1 = app.records.get(rid).version_id
    app.records.update(rid, {"title": "新标题"}, clerk, expected_version_id=v1)
    assert app.records.get(rid).doc["title"] == "新标题"
    with pytest.raises(StaleVersion):
        app.records.update(rid, {"title": "再改"}, clerk, expected_version_id=v1)
    with pytest.raises(ValidationError) as exc:
        app.records.update(rid, {"status": "published"}, clerk)
    assert "set by the rules" in str(exc.value)


def test_unknown_id_and_reference(app, clerk):
    with pytest.raises(NotFound):
        app.records.get("no-such-id")
    with pytest.raises(ValidationError) as exc:
        app.records.create("commitment", commitment_payload(app, unit_id="missing-unit"), clerk)
    assert "no unit with id missing-unit" in str(exc.value)


def service_payload(app, **over):
    return {"unit_id": app.home_unit_id(), "service_area": "养老", "policy": "高龄津贴", "period": "2026-11",
            "beneficiary_name": "张伟", "citizen_id": CITIZEN_ID, "amount": "200"} | over


def test_full_citizen_id_never_stored(app, clerk):
    rid = app.records.create("service", service_payload(app), clerk)
    doc = app.records.get(rid).doc
    assert doc["id_masked"] == "11*************02X"
    assert "citizen_id" not in doc and len(doc["id_fingerprint"]) == 64
    app.db.close()
    raw = b"".join(p.read_bytes() for p in app.root.glob("zwcx.sqlite3*"))
    assert CITIZEN_ID.encode() not in raw and b"110105194912310" not in raw


def test_same_person_same_area_and_period_is_refused(app, clerk):
    app.records.create("service", service_payload(app), clerk)
    with pytest.raises(ValidationError) as exc:
        app.records.create("service", service_payload(app), clerk)
    assert "already registered" in exc.value.by_field()["citizen_id"]
    app.records.create("service", service_payload(app, period="2026-12"), clerk)  # another month is fine
    with pytest.raises(ValidationError):  # twice inside one batch
        app.records.create_many("service", [service_payload(app, period="2027-01")] * 2, clerk)


def test_bad_citizen_id_is_named(app, clerk):
    with pytest.raises(ValidationError) as exc:
        app.records.create("service", service_payload(app, citizen_id="110105194912310021"), clerk)
    assert "check character" in exc.value.by_field()["citizen_id"]


def test_search_short_and_long(app, clerk):
    app.records.create("service", service_payload(app), clerk)
    app.records.create("service", service_payload(app, beneficiary_name="欧阳娜娜", citizen_id=None), clerk)
    with app.db.read() as s:
        for q, n in (("张伟", 1), ("张", 1), ("欧阳娜", 1), ("高龄津贴", 2), ("娜", 1), ("李", 0)):
            assert Q.count(s, Q.Filter("service", search=q)) == n, q


def test_delete_is_a_tombstone(app, clerk):
    rid = app.records.create("service", service_payload(app), clerk)
    app.records.delete(rid, clerk)
    with pytest.raises(NotFound):
        app.records.get(rid)
    assert app.records.get(rid, include_deleted=True).deleted
    with app.db.read() as s:
        assert Q.count(s, Q.Filter("service", search="张伟")) == 0
        assert s.execute(select(OutboxOp.op).where(OutboxOp.record_id == rid).order_by(OutboxOp.seq.desc())
                         ).scalars().first() == "delete"


def test_wal_and_foreign_keys(app):
    con = sqlite3.connect(app.db.path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with app.db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def disclosure_payload(app, **over):
    return {"unit_id": app.home_unit_id(), "kind": "affairs", "title": "关于低保对象的公示", "body": "现予公示。",
            "formed_date": "2026-03-02", "period_days": 7, "day_count": "working"} | over


def test_publicity_period_rules(app, reviewer, clerk):
    import datetime as dt

    rid = app.records.create("disclosure", disclosure_payload(app), clerk)
    app.records.transition(rid, "pending_review", clerk)
    app.records.transition(rid, "approved", reviewer)
    app.records.today = lambda: dt.date(2026, 3, 5)
    app.records.transition(rid, "publicizing", reviewer)
    doc = app.records.get(rid).doc
    # Thursday 5 March + 7 working days (Thu, Fri, Mon–Fri) ends on Friday 13 March.
    assert (doc["period_start"], doc["period_end"]) == ("2026-03-05", "2026-03-13")
    with pytest.raises(IllegalTransition) as exc:
        app.records.transition(rid, "expired", reviewer)
    assert "runs until 2026-03-13" in str(exc.value)
    app.records.create("objection", {"unit_id": app.home_unit_id(), "target_kind": "disclosure", "target_id": rid,
                                     "objection_type": "notice", "channel": "phone", "content": "名单有误",
                                     "received_date": "2026-03-10"}, clerk)
    app.records.today = lambda: dt.date(2026, 3, 16)
    with pytest.raises(IllegalTransition) as exc:
        app.records.transition(rid, "expired_no_objection", reviewer)
    assert "1 objection(s)" in str(exc.value)
    assert app.records.transition(rid, "expired", reviewer) == "expired_with_objection"
    assert app.records.transition(rid, "republished", reviewer) == "republished"
    assert app.records.get(rid).doc["period_start"] == "2026-03-16"
