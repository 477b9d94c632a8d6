"""Indicators of 政务失信 records (#17): counts by type and severity, 整改完成率, 修复办结率, credit objections on time."""

from __future__ import annotations

import datetime as dt

from zwcx_core.domain.credit_indicators import credit_indicators

START, END = dt.date(2026, 1, 1), dt.date(2026, 12, 31)


def _rec(**kw):
    return {"dishonesty_type": "sme_arrears", "status": "lead", "created": "2026-02-01"} | kw


def test_counts_and_rates_of_a_year():
    records = [
        _rec(),  # a lead: counted by type, severity 未定
        _rec(dishonesty_type="judgment_unperformed", severity="general", decision_date="2026-04-10",
             status="publicized", repair_applied_date="2026-08-01", repair_status="granted"),
        _rec(severity="serious", decision_date="2025-06-01", status="publicized",
             repair_applied_date="2026-09-01", repair_status="applied"),  # decided last year: not counted by type
        _rec(status="rectified", rectify_deadline="2026-03-31"),
        _rec(status="rectifying", rectify_deadline="2026-05-31"),  # past its deadline, not done: against
        _rec(status="rectifying", rectify_deadline="2026-12-20"),  # not due yet as of 06-30: not counted
    ]
    objections = [
        {"objection_type": "credit", "target_kind": "dishonesty", "due_date": "2026-05-06",
         "replied_date": "2026-05-06"},
        {"objection_type": "credit", "target_kind": "dishonesty", "due_date": "2026-05-06",
         "replied_date": "2026-05-07"},
        {"objection_type": "credit", "target_kind": "dishonesty", "due_date": "2026-06-03"},  # overdue: against
        {"objection_type": "credit", "target_kind": "dishonesty", "due_date": "2026-07-03"},  # not due yet
        {"objection_type": "notice", "target_kind": "disclosure", "due_date": "2026-05-06"},  # not a credit one
    ]
    got = credit_indicators(records, objections, START, END, as_of=dt.date(2026, 6, 30))
    assert got.by_type == {"判决未履行": 1, "拖欠中小企业账款": 4}
    assert got.by_severity == {"一般": 1, "未定": 4}
    assert (got.rectified.numerator, got.rectified.denominator) == (1, 2)
    assert (got.repairs_decided.numerator, got.repairs_decided.denominator) == (1, 2)
    assert (got.objections_on_time.numerator, got.objections_on_time.denominator) == (1, 3)
    assert got.to_dict()["rectified"]["percent"] == "50.0%"


def test_an_empty_period_shows_dashes_not_zero():
    got = credit_indicators([], [], START, END)
    assert got.rectified.percent_text == "—" and got.by_type == {}
