"""Contract payments and judgments due on the 工作台: the column preselection finds what a full scan finds."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from zwcx_core.domain import payment_warnings as W
from zwcx_desktop.store.facts import contract_docs, lawsuit_docs
from zwcx_desktop.store.reminders import payment_reminders, reminders

TODAY = dt.date(2026, 3, 31)


def contract_payload(app, title: str, *events: dict, **over) -> dict:
    """An SME goods contract signed 2026-01-05, paid 30 days after delivery."""
    return {"unit_id": app.home_unit_id(), "title": title, "contract_type": "procurement_goods",
            "counterparty": "哈尔滨某科技有限公司", "sme_declared": True, "signed_date": "2026-01-05",
            "amount": "100000", "payment_basis": "delivery", "payment_days": 30, "events": list(events)} | over


def delivered(day: str) -> dict:
    return {"type": "delivery", "date": day}


def _signed(app, admin, payload: dict) -> str:
    rid = app.records.create("contract", payload, admin)
    app.records.transition(rid, "performing", admin)
    return rid


def test_three_levels_amounts_and_judgments_as_a_full_scan_finds_them(app, admin):
    overdue = _signed(app, admin, contract_payload(app, "逾期", delivered("2026-02-20")))  # due 03-22
    today = _signed(app, admin, contract_payload(
        app, "今日到期", delivered("2026-03-01"), {"type": "payment", "date": "2026-03-10", "amount": "40000"}))
    soon = _signed(app, admin, contract_payload(app, "七日内", delivered("2026-03-05")))  # due 04-04
    _signed(app, admin, contract_payload(app, "未到期", delivered("2026-03-20")))  # due 04-19: nothing yet
    deposit = _signed(app, admin, contract_payload(app, "保证金", deposits=[
        {"kind": "performance", "amount": "5000", "received_date": "2026-01-05", "due_back": "2026-03-28"}]))
    app.records.create("contract", contract_payload(app, "草拟", delivered("2026-02-01")), admin)  # a draft: no
    judged = app.records.create("lawsuit", {
        "unit_id": app.home_unit_id(), "court": "哈尔滨市道里区人民法院", "case_no": "(2026)黑0102民初7号",
        "role": "defendant", "counterparty": "哈尔滨某建筑有限公司", "filed_date": "2026-01-10",
        "judgment_date": "2026-03-20", "amount": "80000", "perform_deadline": "2026-04-02"}, admin)
    app.records.transition(judged, "judged", admin)

    with app.db.read() as s:
        groups = reminders(s, TODAY)
        payments, judgments = groups["payments"], groups["judgments"]
        everything = W.warnings(TODAY, [d for d in contract_docs(s) if d["status"] != "draft"], lawsuit_docs(s))
    assert [(p.record_id, p.level, p.what, p.amount, p.days_left) for p in payments] == [
        (overdue, W.OVERDUE, "payment", Decimal("100000.00"), -9),
        (deposit, W.OVERDUE, "deposit", Decimal("5000.00"), -3),
        (today, W.DUE_TODAY, "payment", Decimal("60000.00"), 0),
        (soon, W.DUE_SOON, "payment", Decimal("100000.00"), 4)]
    assert payments[0].title == "逾期" and payments[0].date == "2026-03-22"
    assert [(j.kind, j.record_id, j.level, j.amount, j.date) for j in judgments] == [
        ("lawsuit", judged, W.DUE_SOON, Decimal("80000.00"), "2026-04-02")]
    assert sorted((w.record_id, w.level, w.kind) for w in everything) == \
        sorted((r.record_id, r.level, r.what) for r in payments + judgments)


def test_a_performed_judgment_and_a_paid_contract_drop_out(app, admin):
    rid = _signed(app, admin, contract_payload(app, "已付", delivered("2026-02-20"),
                                               {"type": "payment", "date": "2026-03-01", "amount": "100000"}))
    with app.db.read() as s:
        assert payment_reminders(s, TODAY) == ([], [])
    assert app.records.get(rid).doc["next_due_date"] is None


def test_the_most_urgent_are_kept_when_more_are_due_than_shown(app, admin):
    rids = [_signed(app, admin, contract_payload(app, f"合同{n}", delivered(f"2026-02-{n:02d}"))) for n in range(1, 6)]
    returned = _signed(app, admin, contract_payload(
        app, "已退", {"type": "deposit_return", "date": "2026-03-01", "deposit_id": "d1"},
        deposits=[{"id": "d1", "kind": "performance", "amount": "5000", "due_back": "2026-03-01"}]))
    with app.db.read() as s:
        payments, _ = payment_reminders(s, TODAY, limit=3)
        everything, _ = payment_reminders(s, TODAY, limit=100)
    assert [p.record_id for p in payments] == rids[:3]  # due 03-03, 03-04, 03-05: the longest overdue first
    assert [p.record_id for p in everything] == rids and returned not in {p.record_id for p in everything}
    assert app.records.get(returned).doc["deposits"][0]["id"] == "d1"


def test_a_confirmation_request_is_answered_within_30_days(app, admin):
    asked = _signed(app, admin, contract_payload(app, "确权", {"type": "confirm_request", "date": "2026-03-05"}))
    answered = _signed(app, admin, contract_payload(app, "已答复", {"type": "confirm_request", "date": "2026-03-05"},
                                                    {"type": "confirm_answer", "date": "2026-03-20", "passed": True}))
    with app.db.read() as s:
        payments, _ = payment_reminders(s, TODAY)
    assert [(p.record_id, p.what, p.date, p.level) for p in payments] == [(asked, "confirm", "2026-04-04", W.DUE_SOON)]
    assert answered != asked
