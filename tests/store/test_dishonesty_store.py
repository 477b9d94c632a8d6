"""Store rules of 政务失信 records (#17): person-level records for the administrator only, repair refused before
eligibility, and the 异议中 mark a credit objection puts on the record it is about."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tests.dishonesty_docs import decided, person_record, unit_record
from zwcx_core.domain.schema import ValidationError
from zwcx_desktop.store import queries as Q
from zwcx_desktop.store.models import AuditEvent, RecordVersion


def _written(app):
    with app.db.read() as s:
        return (s.execute(select(func.count()).select_from(RecordVersion)).scalar_one(),
                s.execute(select(func.count()).select_from(AuditEvent)).scalar_one())


def test_a_person_level_record_is_refused_to_anyone_but_the_administrator(app, admin, clerk, reviewer):
    before = _written(app)
    for actor in (clerk, reviewer):
        for payload in (person_record(app), person_record(app, subject_level="个人", person_name="")):
            with pytest.raises(ValidationError) as exc:
                app.records.create("dishonesty", payload, actor)
            assert exc.value.by_field() == {"subject_level": "only the administrator may record or read a "
                                                             "person-level dishonesty record"}
    assert _written(app) == before
    rid = app.records.create("dishonesty", unit_record(app), clerk)
    with pytest.raises(ValidationError, match="only the administrator"):
        app.records.update(rid, {"subject_level": "person"}, clerk)
    pid = app.records.create("dishonesty", person_record(app), admin)
    before = _written(app)
    for change in (lambda: app.records.update(pid, {"title": "改个标题"}, clerk),
                   lambda: app.records.delete(pid, clerk)):
        with pytest.raises(ValidationError, match="only the administrator"):
            change()
    assert _written(app) == before


def test_lists_counts_and_search_leave_person_level_records_out_unless_asked(app, admin):
    uid = app.records.create("dishonesty", unit_record(app, title="违规处分 单位整改"), admin)
    pid = app.records.create("dishonesty", person_record(app), admin)
    by_id = {uid: "unit", pid: "person"}
    for persons, expect, search in [(p, e, q) for p, e in ((False, {"unit"}), (True, {"unit", "person"}))
                                    for q in (None, "违规")]:
        f = Q.Filter("dishonesty", search=search, persons=persons)
        with app.db.read() as s:
            assert {by_id[i] for i in Q.ids(s, f)} == expect
            assert Q.count(s, f) == len(expect)
            assert sum(Q.status_counts(s, f).values()) == len(expect)
        with app.db.read() as s:
            found = {r for k, r in Q.search_all(s, "违规", persons=persons) if k == "dishonesty"}
        assert {by_id[i] for i in found} == expect


def test_repair_is_refused_before_eligibility_and_recorded_after(app, admin):
    rid = app.records.create("dishonesty", unit_record(app, **decided()), admin)
    before = _written(app)
    with pytest.raises(ValidationError) as exc:
        app.records.update(rid, {"repair_applied_date": "2026-05-01"}, admin)
    msg = exc.value.by_field()["repair_applied_date"]
    assert msg.startswith("repair cannot be applied for yet: the minimum display period runs until 2026-07-10")
    assert "not fully performed" in msg and "信用承诺" in msg
    assert _written(app) == before
    app.records.update(rid, {"performed_amount": "120000", "commitment_made": True}, admin)
    with pytest.raises(ValidationError, match="minimum display period"):
        app.records.update(rid, {"repair_applied_date": "2026-07-10"}, admin)
    if dt.date.today() > dt.date(2026, 7, 11):
        app.records.update(rid, {"repair_applied_date": "2026-07-11"}, admin)
        assert app.records.get(rid).doc["repair_applied_date"] == "2026-07-11"


def _credit_objection(app, target, **over):
    return {"unit_id": app.home_unit_id(), "objection_type": "credit", "channel": "online",
            "content": "公示的失信信息与事实不符，款项已于判决前付清。", "received_date": dt.date.today().isoformat(),
            "target_kind": "dishonesty", "target_id": target, "reply_days": 3} | over


def test_a_credit_objection_marks_its_record_at_once_and_the_answer_clears_it(app, admin, clerk, reviewer):
    rid = app.records.create("dishonesty", unit_record(app), admin)
    app.records.create("objection", _credit_objection(app, rid, objection_type="complaint"), clerk)
    assert app.records.get(rid).version == 1  # a complaint is not a credit objection: no mark
    plain = _credit_objection(app, rid)
    del plain["reply_days"]  # registered without a clock: the credit clock's 3 working days, not 10
    second = app.records.create("objection", plain, clerk)
    assert app.records.get(second).doc["reply_days"] == 3
    rec = app.records.get(rid)
    assert rec.doc["under_objection"] is True and rec.version == 2
    with app.db.read() as s:
        actions = [a for (a,) in s.execute(select(AuditEvent.action).where(AuditEvent.record_id == rid)
                                                    .order_by(AuditEvent.seq))]
    assert actions[-1] == "objection_mark"
    oid = app.records.create("objection", _credit_objection(app, rid), clerk)
    assert app.records.get(rid).version == 2  # marked already
    app.records.transition(second, "not_accepted", reviewer)
    assert app.records.get(rid).version == 2  # the other objection is still open: it stays 异议中
    app.records.transition(oid, "accepted", reviewer)
    app.records.transition(oid, "investigating", reviewer)
    assert app.records.get(rid).version == 2
    app.records.update(oid, {"finding": "upheld", "action": "correct", "reply": "经核查异议成立，已更正。"}, reviewer)
    app.records.transition(oid, "replied", reviewer)
    rec = app.records.get(rid)
    assert rec.doc["under_objection"] is False and rec.version == 3
    (row,) = rec.doc["rectification"]
    assert row["date"] == dt.date.today().isoformat() and row["note"].startswith("信用信息异议成立，认定更正；应于")
    with app.db.read() as s:
        last = s.execute(select(AuditEvent).where(AuditEvent.record_id == rid)
                         .order_by(AuditEvent.seq.desc()).limit(1)).scalar_one()
    assert last.action == "objection_answered"

