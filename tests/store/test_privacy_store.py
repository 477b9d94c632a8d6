"""The personal-data guard through the store: save, submit, approve, import, merge; documents already stored."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.domain.test_masking import BYPASSES
from tests.legacy import before_the_guard
from zwcx_core.domain import privacy
from zwcx_core.domain.schema import ValidationError
from zwcx_desktop.store import queries as Q
from zwcx_desktop.store.models import OutboxOp, RecordVersion


def versions(app) -> int:
    with app.db.read() as s:
        return s.execute(select(func.count()).select_from(RecordVersion)).scalar_one()


def notice(app, **over) -> dict:
    return {"unit_id": app.home_unit_id(), "kind": "affairs", "title": "关于走访慰问情况的公示",
            "body": "经核实，走访对象符合条件。", "formed_date": "2026-03-02", "period_start": "2026-03-05"} | over


def test_every_bypass_is_refused_at_save_and_nothing_is_written(app, clerk):
    # One data directory for all of them: a store is slow to set up and the rule is the same for each.
    rid = app.records.create("disclosure", notice(app), clerk)
    before = versions(app)
    for name, (kind, text) in BYPASSES.items():
        with pytest.raises(ValidationError) as exc:
            app.records.create("disclosure", notice(app, body=f"申请人{text}，已核实。"), clerk)
        assert exc.value.by_field() == {"body": privacy.MESSAGES[kind]}, name
        with pytest.raises(ValidationError) as exc:
            app.records.update(rid, {"title": f"关于{text}的公示"}, clerk)
        assert exc.value.by_field() == {"title": privacy.MESSAGES[kind]}, name
    assert versions(app) == before and app.records.get(rid).version == 1


def test_contact_phones_child_rows_and_other_kinds_at_save(app, clerk):
    from tests.conftest import commitment_payload

    rid = app.records.create("disclosure", notice(app, contact_phone="13912345678"), clerk)
    app.records.update(rid, {"contact_phone": "0451-88123456转8001"}, clerk)
    with pytest.raises(ValidationError) as exc:
        app.records.update(rid, {"contact_phone": "见公告栏"}, clerk)
    assert exc.value.by_field() == {"contact_phone": privacy.NOT_A_PHONE}
    with pytest.raises(ValidationError):
        app.records.update(app.home_unit_id(), {"contact_phone": "88123456"}, clerk)  # no area code
    lines = [{"direction": "income", "item": "上级拨款", "amount": "1200"},
             {"direction": "expense", "item": "慰问金", "amount": "300", "note": "打入卡号6222 0212 3456 7890 128"}]
    with pytest.raises(ValidationError) as exc:
        app.records.create("disclosure", notice(app, kind="finance", finance_lines=lines), clerk)
    assert exc.value.by_field() == {"finance_lines[2].note": privacy.MESSAGES["bank_card"]}
    with pytest.raises(ValidationError, match="note"):
        app.records.create("service", {"unit_id": app.home_unit_id(), "service_area": "养老", "policy": "高龄津贴",
                                       "beneficiary_name": "王某", "note": "电话 +86 138 1234 5678"}, clerk)
    with pytest.raises(ValidationError, match="content"):
        app.records.create("commitment", commitment_payload(app, content="咨询电话 1381 2345 678"), clerk)


def test_legacy_documents_stay_readable_and_move_on_but_an_edit_submit_or_approve_must_pass(app, clerk, reviewer, admin):
    with before_the_guard():
        rid = app.records.create("disclosure", notice(app, body="申请人身份证号230102 19800101 1236。"), clerk)
    rec = app.records.get(rid)
    assert "230102 19800101 1236" in rec.doc["body"]
    with app.db.read() as s:
        assert rid in Q.ids(s, Q.Filter("disclosure", search="走访慰问"))
    # Any edit must clear it, even of another field: the message names the field that holds the number.
    with pytest.raises(ValidationError) as exc:
        app.records.update(rid, {"title": "关于走访慰问的公示"}, clerk)
    assert exc.value.by_field() == {"body": privacy.MESSAGES["id"]}
    with pytest.raises(ValidationError, match="body"):
        app.records.transition(rid, "pending_review", clerk)  # submit
    assert app.records.get(rid).status == "draft"
    app.records.transition(rid, "withdrawn", clerk)  # the way out stays open
    assert app.records.get(rid).status == "withdrawn"

    with before_the_guard():
        rid = app.records.create("disclosure", notice(app, body="联系电话138.1234.5678"), clerk)
        app.records.transition(rid, "pending_review", clerk)
    with pytest.raises(ValidationError, match="body"):
        app.records.transition(rid, "approved", reviewer)  # approve
    app.records.transition(rid, "draft", clerk)  # back to the clerk, who corrects it
    app.records.update(rid, {"body": "联系电话138****5678"}, clerk)
    app.records.transition(rid, "pending_review", clerk)
    assert app.records.transition(rid, "approved", reviewer) == "approved"

    # A locked legacy record (published before the guard) still moves on to the end of its lifecycle.
    with before_the_guard():
        rid = app.records.create("disclosure", notice(app, body="户主电话13812345678", period_start="2026-01-05",
                                                       formed_date="2026-01-02", period_days=5), admin)
        for step in ("pending_review", "approved", "publicizing"):
            app.records.transition(rid, step, admin)
    assert app.records.transition(rid, "expired_no_objection", admin) == "expired_no_objection"
    assert app.records.transition(rid, "archived", admin) == "archived"
    with app.db.read() as s:
        assert s.execute(select(func.count()).select_from(OutboxOp).where(OutboxOp.record_id == rid)
                         ).scalar_one() == 6
