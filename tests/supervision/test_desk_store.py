"""The 监督事项 desk list, the clock presets an administrator edits, and the 工作台's supervision reminders."""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest

from tests.supervision.cases import case, objection
from zwcx_core.domain import derive
from zwcx_core.domain.supervision import ClockPresetError
from zwcx_desktop.store import clock_presets, desk
from zwcx_desktop.store.reminders import reminders

D = dt.date


TODAY = D(2026, 3, 20)


def _desk(app, f=None, today=TODAY):
    f = f or desk.DeskFilter()
    with app.db.read() as s:
        return desk.rows(s, f, today), desk.count(s, f, today)


def test_the_desk_mixes_cases_and_objections_by_deadline_and_filters_them(app, admin):
    late = case(app, admin, title="诉求甲")  # complaint: 13 working days -> 2026-03-19
    soon = case(app, admin, title="咨询乙", request_type="consultation")  # 3 working days -> 2026-03-05
    obj = objection(app, admin)  # 10 working days -> 2026-03-16
    suggestion = case(app, admin, channel="deputy_suggestion", title="建议丙", requester="", requester_phone="",
                      request_type="", deputies="李代表", ref_no="J2026-3")  # 3 months -> 2026-06-02
    rows, n = _desk(app)
    assert n == 4
    assert [(r.kind, r.id) for r in rows] == [("supervision", soon), ("objection", obj), ("supervision", late),
                                              ("supervision", suggestion)]
    assert [r.deadline for r in rows] == [D(2026, 3, 5), D(2026, 3, 16), D(2026, 3, 19), D(2026, 6, 2)]
    assert rows[0].days_left(D(2026, 3, 20)) == -15 and rows[3].days_left(D(2026, 3, 20)) == 74
    assert rows[1].channel == desk.OBJECTION and rows[1].title == "反映窗口推诿。"
    over, n = _desk(app, desk.DeskFilter(overdue=True))
    assert [r.id for r in over] == [soon, obj, late] and n == 3
    only, _ = _desk(app, desk.DeskFilter(channel="deputy_suggestion"))
    assert [r.id for r in only] == [suggestion]
    only, _ = _desk(app, desk.DeskFilter(channel=desk.OBJECTION, overdue=True))
    assert [r.id for r in only] == [obj]
    app.records.transition(soon, "handling", admin)
    app.records.update(soon, {"result": "已答复政策。"}, admin)
    app.records.transition(soon, "replied", admin)
    over, _ = _desk(app, desk.DeskFilter(overdue=True))
    assert soon not in [r.id for r in over]


def test_edited_clock_presets_recount_the_open_cases_deadline_and_a_bad_edit_writes_nothing(app, admin,
                                                                                           reviewer):
    rid = case(app, admin)
    done = case(app, admin, title="已答复的", result="已修复。")
    app.records.transition(done, "handling", admin)
    app.records.transition(done, "replied", admin)
    assert app.records.get(rid).doc["due_date"] == "2026-03-19"
    with app.db.read() as s:
        doc = clock_presets.effective_document(s)
    # Jinan's rule: 建议/投诉/举报 in 5 working days.
    doc["hotline_12345"][0]["amount"] = 5
    moved = clock_presets.save_local(app, json.dumps(doc, ensure_ascii=False), admin)
    assert moved == [rid]
    assert app.records.get(rid).doc["due_date"] == "2026-03-09"
    assert app.records.get(done).doc["due_date"] == "2026-03-19"  # answered: its deadline stands
    assert app.records.get(case(app, admin)).doc["due_date"] == "2026-03-09"
    with app.db.read() as s:
        assert clock_presets.local_document(s) == {"hotline_12345": doc["hotline_12345"]}  # only the change
    doc["hotline_12345"][0]["amount"] = 900
    with pytest.raises(ClockPresetError, match=r"hotline_12345\[0\] \(reply_by\): 'amount'"):
        clock_presets.save_local(app, json.dumps(doc), admin)
    with pytest.raises(ClockPresetError, match="not valid JSON"):
        clock_presets.save_local(app, "{", admin)
    with pytest.raises(PermissionError, match="only an administrator"):
        clock_presets.save_local(app, "{}", reviewer)
    with app.db.read() as s:
        assert clock_presets.local_document(s)["hotline_12345"][0]["amount"] == 5
    # The stored edit is put into effect again when the data directory is opened.
    derive.use_supervision_presets(None)
    app.close()
    from zwcx_desktop.store.app import App

    again = App(app.root)
    try:
        assert again.records.get(case(again, admin)).doc["due_date"] == "2026-03-09"
    finally:
        again.close()


def test_supervision_reminders_warn_two_working_days_ahead_and_list_callbacks(app, admin):
    overdue = case(app, admin, request_type="consultation")  # due 2026-03-05
    near = case(app, admin, received_date="2026-03-16")  # 13 working days: 2026-04-02
    far = case(app, admin, received_date="2026-03-30")
    called = case(app, admin, request_type="help", received_date="2026-03-25", result="已处理。")
    app.records.transition(called, "handling", admin)
    app.records.transition(called, "replied", admin)  # reply today; the callback is due tomorrow
    with app.db.read() as s:
        groups = reminders(s, D(2026, 3, 31))
    assert [r[1] for r in groups["supervision"]] == [overdue, near]
    assert far not in [r[1] for r in groups["supervision"]]
    with app.db.read() as s:
        assert [r[1] for r in reminders(s, dt.date.today() + dt.timedelta(days=1))["callbacks"]] == [called]
        assert reminders(s, dt.date.today())["callbacks"] == []


def test_the_desk_reads_20000_cases_quickly(app, admin):
    from zwcx_desktop.store.db import fast_insert
    from zwcx_desktop.store.models import SupervisionCase

    now, unit = dt.datetime(2026, 3, 1), app.home_unit_id()
    rows = [{"id": f"c{i:06d}", "unit_id": unit, "channel": "hotline_12345", "title": f"工单{i}",
             "content": "x", "received_date": D(2026, 1, 1) + dt.timedelta(days=i % 300),
             "due_date": D(2026, 2, 1) + dt.timedelta(days=i % 300), "status": "handling", "rehandle_count": 0,
             "version": 1, "version_id": f"v{i}", "content_hash": "0" * 64, "created_at": now, "created_by": "admin",
             "updated_at": now, "updated_by": "admin",
             "deleted": False, "sync_state": "local"} for i in range(20000)]
    with app.db.write() as s:
        fast_insert(s, SupervisionCase.__table__, rows)
    for flt, matching in ((desk.DeskFilter(overdue=True), 3149), (desk.DeskFilter(), 20000)):
        t = time.perf_counter()
        got, n = _desk(app, flt)
        elapsed = time.perf_counter() - t
        assert n == matching and len(got) == 500 and got[0].deadline == D(2026, 2, 1)
        assert elapsed < 1.0, elapsed  # about 0.1 s on a laptop; the bound leaves room for a busy test machine


def test_indicators_per_channel_against_a_hand_computed_set(app, admin, capsys):
    from zwcx_desktop.cli.main import main

    def replied(rid):
        app.records.transition(rid, "handling", admin)
        app.records.transition(rid, "replied", admin)

    # 12345, due 03-19, replied 03-10 (on time), callback satisfied.
    replied(case(app, admin, result="已修复。", reply_date="2026-03-10", callback_date="2026-03-11",
                 satisfaction="satisfied"))
    # 12345 consultation, due 03-05, replied 03-09 (late), callback unsatisfied.
    replied(case(app, admin, request_type="consultation", result="已答复。", reply_date="2026-03-09",
                 callback_date="2026-03-10", satisfaction="unsatisfied"))
    case(app, admin)  # 12345, due 03-19, still open: overdue, not replied
    returned = case(app, admin, return_reason="不属于本街道辖区")
    app.records.transition(returned, "returned", admin)  # not the office's to answer: left out
    replied(case(app, admin, channel="deputy_suggestion", request_type="", requester="", requester_phone="",
                 deputies="李明", assigned_date="2026-03-05", result="已列入计划。", reply_date="2026-05-20",
                 answer_class="B"))
    assert main(["--data-dir", str(app.root), "indicators", "--from", "2026-03-01", "--to", "2026-03-31",
                 "--json"]) == 0
    got = {c["channel"]: c for c in json.loads(capsys.readouterr().out)["supervision"]}

    def counts(c):
        return [(c[k]["numerator"], c[k]["denominator"]) for k in ("on_time", "replied", "satisfied")] + [
            c["cases"], c["overdue"], c["rehandled"]]

    assert counts(got[None]) == [(2, 4), (3, 4), (1, 2), 4, 1, 0]
    assert got[None]["reply_rate_met"] is False and got[None]["satisfaction_met"] is False
    assert counts(got["hotline_12345"]) == [(1, 3), (2, 3), (1, 2), 3, 1, 0]
    assert counts(got["deputy_suggestion"]) == [(1, 1), (1, 1), (0, 0), 1, 0, 0]
    assert got["deputy_suggestion"]["reply_rate_met"] is True
    assert main(["--data-dir", str(app.root), "indicators", "--from", "2026-03-01", "--to", "2026-03-31"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "全部\t4\t50.0%\t75.0% 未达标\t50.0% 未达标\t1\t0" in lines
    assert "人大代表建议\t1\t100.0%\t100.0%\t—\t0\t0" in lines
