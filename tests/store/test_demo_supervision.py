"""The demo holds supervision cases of every channel and state and 政务失信 records at each stage: the 工作台 shows
their deadlines and callbacks, a clerk never sees the person-level record, and the sample passes `zwcx check`."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter

import pytest
from sqlalchemy import text

from zwcx_core.domain.calendar import add_working_days
from zwcx_core.domain.credit_rules import sees_persons
from zwcx_core.domain.enums import SupervisionChannel, SupervisionStatus
from zwcx_desktop.store import queries as Q
from zwcx_desktop.store.attachments import missing
from zwcx_desktop.store.check import run_checks
from zwcx_desktop.store.demo import generate, records_held
from zwcx_desktop.store.demo_credit import SCENARIOS as CREDIT
from zwcx_desktop.store.demo_supervision import SCENARIOS, supervision_count
from zwcx_desktop.store.reminders import reminders
from zwcx_desktop.store.supervision_stats import channel_scores

TODAY = dt.date(2026, 11, 16)


def _docs(app, table: str) -> list[dict]:
    with app.db.read() as s:
        rows = s.execute(text(f"SELECT t.id, v.doc FROM {table} t JOIN record_versions v "
                              "ON v.version_id = t.version_id WHERE t.deleted = 0")).all()
    return [json.loads(doc) | {"id": rid} for rid, doc in rows]


def test_supervision_cases_reach_every_state_on_every_channel(app):
    counts = generate(app, records=400, today=TODAY)
    cases = _docs(app, "supervision_cases")
    assert counts["supervision"] == len(cases) == len(SCENARIOS)
    assert Counter(d["status"] for d in cases) == Counter(SCENARIOS)
    assert {d["status"] for d in cases} == {s.value for s in SupervisionStatus}
    assert {d["channel"] for d in cases} == {c.value for c in SupervisionChannel}
    hotline = [d for d in cases if d["channel"] == "hotline_12345"]
    open_ = [d for d in hotline if d["status"] in ("received", "handling", "rehandling")]
    soon = add_working_days(TODAY, 2).date.isoformat()
    assert sum(TODAY.isoformat() <= d["due_date"] <= soon for d in open_) >= 2
    assert sum(d["due_date"] < TODAY.isoformat() for d in open_) >= 2
    assert any(d["status"] == "replied" and not d.get("satisfaction") and d["callback_due"] <= TODAY.isoformat()
               for d in hotline)
    assert any(d["status"] == "closed" and d["satisfaction"] == "satisfied" and not d["rehandle_count"]
               for d in hotline)
    assert any(d["status"] == "closed" and d["rehandle_count"] == 1 and d["satisfaction"] == "basically_satisfied"
               for d in hotline)
    assert any(d["status"] == "rehandling" and d["rehandle_count"] == 1 for d in hotline)
    by_channel = {d["channel"]: d for d in cases if d["channel"] != "hotline_12345"}
    assert by_channel["deputy_suggestion"]["answer_class"] == "A"
    assert by_channel["deputy_suggestion"]["status"] == "closed"
    assert by_channel["cppcc_proposal"]["status"] == "handling"
    assert by_channel["disclosure_request"]["status"] == "replied"
    contracts = {d["id"]: d for d in _docs(app, "contracts")}
    assert contracts[by_channel["arrears_complaint"]["contract_id"]]["sme_declared"]
    # Everyone who calls has a name and a phone that looks like a mobile number but plainly is none.
    callers = [d for d in cases if d["channel"] not in ("deputy_suggestion", "cppcc_proposal", "other")]
    assert callers and all(d["requester"] and re.fullmatch(r"1[3589]\d0000\d{4}", d["requester_phone"])
                           for d in callers)
    with app.db.read() as s:
        overall = channel_scores(s, dt.date(TODAY.year, 1, 1), TODAY, TODAY)[0]
    assert overall.cases == len(SCENARIOS) - 1  # the returned one is not the office's to answer
    assert overall.scores.replied.value and overall.scores.satisfied.value and overall.overdue and overall.rehandled


def test_credit_records_reach_their_stages_and_a_clerk_never_sees_the_person_level_one(app, admin, clerk):
    counts = generate(app, records=400, today=TODAY)
    records = {d["status"]: d for d in _docs(app, "dishonesty_records")}
    assert counts["dishonesty"] == len(records) == len(CREDIT) and set(records) == set(CREDIT)
    lead = records["lead"]
    contracts = {d["id"]: d for d in _docs(app, "contracts")}
    assert lead["basis_kind"] == "contract" and contracts[lead["basis_id"]]["sme_declared"]
    assert lead["dishonesty_type"] == "sme_arrears" and lead["obligation_amount"]
    assert len(records["rectifying"]["rectification"]) == 2 and records["rectifying"]["rectify_deadline"]
    assert records["rectifying"]["basis_kind"] == "supervision"
    shown = records["publicized"]
    lawsuits = {d["id"]: d for d in _docs(app, "lawsuits")}
    assert shown["basis_kind"] == "lawsuit" and lawsuits[shown["basis_id"]]["status"] == "judged"
    assert shown["under_objection"] and shown["display_min_end"]
    (objection,) = [d for d in _docs(app, "objections") if d.get("target_kind") == "dishonesty"]
    assert objection["objection_type"] == "credit" and objection["target_id"] == shown["id"]
    assert objection["status"] == "investigating"
    repaired = records["repaired"]
    assert repaired["repair_status"] == "granted" and repaired["repair_proof"] and repaired["repair_commitment"]
    assert missing(app.db) == []  # the proof and the commitment are stored files
    person = records["confirmed"]
    assert person["subject_level"] == "person" and person["person_name"] and person["sanction_end"]
    with app.db.read() as s:
        seen_by_clerk = set(Q.ids(s, Q.Filter("dishonesty", persons=sees_persons(clerk.role))))
        seen_by_admin = set(Q.ids(s, Q.Filter("dishonesty", persons=sees_persons(admin.role))))
    assert person["id"] not in seen_by_clerk and len(seen_by_clerk) == len(CREDIT) - 1
    assert person["id"] in seen_by_admin and len(seen_by_admin) == len(CREDIT)


def test_the_workbench_reminds_of_supervision_deadlines_callbacks_and_the_credit_objection(app):
    generate(app, records=400, today=TODAY)
    with app.db.read() as s:
        r = reminders(s, TODAY)
    due = [date for kind, _rid, _t, date in r["supervision"] if kind == "supervision"]
    assert any(d < TODAY.isoformat() for d in due) and any(d >= TODAY.isoformat() for d in due)
    assert r["callbacks"] and all(date <= TODAY.isoformat() for *_x, date in r["callbacks"])
    credit = {d["id"] for d in _docs(app, "objections") if d.get("target_kind") == "dishonesty"}
    assert credit & {rid for _k, rid, _t, _d in r["objections"]}


def test_a_generated_sample_passes_the_checks_and_is_counted_whole(app):
    counts = generate(app, records=400, seed=3, today=TODAY)
    assert run_checks(app.db) == []
    assert records_held(app) == sum(counts.values())


def test_supervision_cases_grow_with_the_demo():
    assert supervision_count(400) == len(SCENARIOS)
    assert 20 <= supervision_count(2000) <= 30
    assert supervision_count(100_000) == 100_000 // 80


def test_a_failure_while_filling_the_credit_records_leaves_the_office_empty(app, monkeypatch):
    def broken(*_a, **_k):
        raise RuntimeError("disk gone")

    monkeypatch.setattr("zwcx_desktop.store.demo.fill_credit", broken)
    with pytest.raises(RuntimeError, match="disk gone"):
        generate(app, records=400, today=TODAY)
    assert records_held(app) == 0
    assert not list(app.root.glob(".demo-*"))


def test_the_cases_keep_their_deadlines_under_the_offices_own_clock(app, monkeypatch):
    from zwcx_core.domain import derive
    from zwcx_core.domain.supervision import parse_presets

    # An office whose 12345 work orders are all answered in 5 working days (Jinan's rule) and never called back.
    monkeypatch.setattr(derive, "_supervision_presets", parse_presets(
        {"hotline_12345": [{"name": "reply_by", "unit": "working_days", "from": "received", "amount": 5}]}))
    generate(app, records=400, today=TODAY)
    open_ = [d for d in _docs(app, "supervision_cases")
             if d["channel"] == "hotline_12345" and d["status"] in ("received", "handling", "rehandling")]
    soon = add_working_days(TODAY, 2).date.isoformat()
    assert sum(TODAY.isoformat() <= d["due_date"] <= soon for d in open_) >= 2
    assert sum(d["due_date"] < TODAY.isoformat() for d in open_) >= 2
    assert all(d["received_date"] <= TODAY.isoformat() for d in open_)
