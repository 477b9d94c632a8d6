"""政务失信 records through the desktop's real widgets (#17): an overdue SME arrear proposed on 工作台 and worked off
without a finding; a lost lawsuit decided, publicised and repaired with the two materials; a credit objection
marking and answering a record; a clerk who never sees a person-level record."""

from __future__ import annotations

import datetime as dt

from tests.dishonesty_docs import person_record, unit_record
from tests.gui.helpers import button, choose, click, type_into, wait_idle

TODAY = dt.date.today()


def _leads_box(qtbot, win):
    dash = win.goto("dashboard")
    box = dash.leads
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: box.filled, timeout=5000)
    return box


def _step(qtbot, dlg, target: str) -> None:
    click(qtbot, button(dlg, f"action_{target}"))
    qtbot.waitUntil(lambda: dlg.view.status == target, timeout=5000)


def _save(qtbot, dlg) -> None:
    before = dlg.view.version if dlg.view else 0
    click(qtbot, button(dlg, "save"))
    qtbot.waitUntil(lambda: dlg.view is not None and dlg.view.version > before, timeout=5000)


def _sme_contract(app, admin):
    delivered = (TODAY - dt.timedelta(days=120)).isoformat()
    rid = app.records.create("contract", {
        "unit_id": app.home_unit_id(), "title": "办公家具采购", "contract_type": "procurement_goods",
        "counterparty": "哈尔滨某家具有限公司", "sme_declared": True, "signed_date": delivered, "amount": "80000",
        "payment_basis": "delivery", "events": [{"type": "delivery", "date": delivered, "amount": "80000"}]}, admin)
    app.records.transition(rid, "performing", admin)
    return rid


def test_an_overdue_arrear_is_proposed_and_worked_off_without_a_finding(qtbot, app, admin, login, boxes):
    cid = _sme_contract(app, admin)
    win = login("admin")
    box = _leads_box(qtbot, win)
    assert box.list.count() == 1 and "办公家具采购" in box.list.item(0).text()
    assert box.spins["lead_arrear_days"].value() == 30
    click(qtbot, box.open_btn)
    dlg = box.last_dialog
    assert dlg.boxes["basis_id"].editor.value() == cid and dlg.boxes["dishonesty_type"].editor.value() == "sme_arrears"
    assert dlg.boxes["obligation_amount"].editor.value() == "80000.00"
    assert dlg.record_id is None  # proposed only: nothing is saved until a person saves it
    assert app.records.db and not _dishonesty_ids(app)
    click(qtbot, button(dlg, "save"))
    qtbot.waitUntil(lambda: dlg.view is not None, timeout=5000)
    assert dlg.view.status == "lead" and "线索" in dlg.header.text()
    for target in ("verifying", "rectifying", "rectified"):
        _step(qtbot, dlg, target)
    assert "整改完成" in dlg.header.text() and dlg.view.doc["rectified_date"] == TODAY.isoformat()
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: box.list.count() == 1 and not box.open_btn.isEnabled(), timeout=5000)  # not proposed again
    dlg.close()


def _dishonesty_ids(app):
    from zwcx_desktop.store import queries as Q

    with app.db.read() as s:
        return Q.ids(s, Q.Filter("dishonesty", persons=True))


def test_a_lost_lawsuit_decided_publicised_and_repaired(qtbot, app, admin, login, boxes, tmp_path):
    lid = app.records.create("lawsuit", {
        "unit_id": app.home_unit_id(), "court": "哈尔滨市道里区人民法院", "case_no": "(2026)黑0102民初88号",
        "role": "defendant", "counterparty": "哈尔滨某建筑有限公司", "filed_date": "2026-01-05",
        "judgment_date": "2026-03-02", "amount": "50000", "perform_deadline": "2026-04-02"}, admin)
    app.records.transition(lid, "judged", admin)
    win = login("admin")
    box = _leads_box(qtbot, win)
    click(qtbot, box.open_btn)
    dlg = box.last_dialog
    assert dlg.boxes["basis_id"].editor.value() == lid
    assert dlg.boxes["dishonesty_type"].editor.value() == "judgment_unperformed"
    decided = max(TODAY - dt.timedelta(days=150), dt.date(2026, 4, 2)).isoformat()
    type_into(qtbot, dlg, "deciding_body", "哈尔滨市道里区人民法院")
    type_into(qtbot, dlg, "decision_no", "(2026)黑0102执55号")
    type_into(qtbot, dlg, "decision_date", decided)
    choose(dlg, "severity", "general")
    click(qtbot, button(dlg, "save"))
    qtbot.waitUntil(lambda: dlg.view is not None, timeout=5000)
    _step(qtbot, dlg, "confirmed")
    _step(qtbot, dlg, "publicized")
    assert "公示中" in dlg.header.text() and dlg.view.doc["display_max_end"]
    assert "暂不能申请信用修复" in dlg.credit.eligibility.text() and "信用承诺" in dlg.credit.eligibility.text()

    # Too early: refused beside the field, nothing written.
    type_into(qtbot, dlg, "repair_applied_date", TODAY.isoformat())
    version = dlg.view.version
    click(qtbot, button(dlg, "save"))
    qtbot.waitUntil(lambda: dlg.boxes["repair_applied_date"].error.isVisible(), timeout=5000)
    assert "信用修复" in dlg.boxes["repair_applied_date"].error.text()
    assert app.records.get(dlg.record_id).version == version

    # Performed, committed: eligible; the two materials; the letter printed from its template.
    dlg.boxes["repair_applied_date"].editor.set_value(None)
    type_into(qtbot, dlg, "performed_amount", "50000")
    dlg.boxes["commitment_made"].editor.setChecked(True)
    _save(qtbot, dlg)
    if TODAY - dt.date.fromisoformat(decided) < dt.timedelta(days=93):
        return  # the minimum period of 3 months has not passed since 2026-04-02 yet: repair waits
    assert "可以申请信用修复" in dlg.credit.eligibility.text()
    letter = tmp_path / "信用承诺书.pdf"
    dlg.credit.save_letter(str(letter))
    qtbot.waitUntil(lambda: letter.exists() and letter.stat().st_size > 1000, timeout=15000)
    proof, signed = tmp_path / "付款凭证.pdf", tmp_path / "信用承诺书（盖章）.pdf"
    proof.write_bytes(b"%PDF-1.4 proof")
    signed.write_bytes(b"%PDF-1.4 signed")
    for name, path in (("repair_proof", proof), ("repair_commitment", signed)):
        dlg.boxes[name].editor.add_paths([str(path)])
        qtbot.waitUntil(lambda n=name: len(app.records.get(dlg.record_id).doc.get(n) or []) == 1, timeout=5000)
    dlg.reload()
    type_into(qtbot, dlg, "repair_applied_date", TODAY.isoformat())
    type_into(qtbot, dlg, "repair_application_no", "XYXF2026120300012")
    choose(dlg, "repair_status", "applied")
    _save(qtbot, dlg)
    assert f"已于 {TODAY.isoformat()} 申请信用修复：认定单位应于" in dlg.credit.eligibility.text()
    choose(dlg, "repair_status", "granted")
    type_into(qtbot, dlg, "repair_decision_date", TODAY.isoformat())
    _save(qtbot, dlg)
    _step(qtbot, dlg, "repaired")
    assert "已修复" in dlg.header.text()
    dlg.close()


def test_a_credit_objection_marks_and_clears_a_record_and_a_clerk_never_sees_a_person(qtbot, app, admin, login,
                                                                                    boxes):
    rid = app.records.create("dishonesty", unit_record(app), admin)
    pid = app.records.create("dishonesty", person_record(app), admin)
    win = login("admin")
    page = win.goto("objection")
    click(qtbot, page.new_button)
    dlg = win.last_dialog
    choose(dlg, "objection_type", "credit")
    assert dlg.boxes["reply_days"].editor.value() == "3"
    dlg.credit.referred.setChecked(True)
    assert dlg.boxes["reply_days"].editor.value() == "7"
    choose(dlg, "channel", "online")
    type_into(qtbot, dlg, "content", "公示的拖欠账款信息有误，货款已结清。")
    choose(dlg, "target_kind", "dishonesty")
    dlg.boxes["target_id"].editor.set_value(rid)
    click(qtbot, button(dlg, "save"))
    qtbot.waitUntil(lambda: dlg.view is not None, timeout=5000)
    assert app.records.get(rid).doc["under_objection"] is True
    for target in ("accepted", "investigating"):
        _step(qtbot, dlg, target)
    choose(dlg, "finding", "upheld")
    choose(dlg, "action", "correct")
    type_into(qtbot, dlg, "reply", "经核查，货款已于判决前结清，异议成立，予以更正。")
    _save(qtbot, dlg)
    _step(qtbot, dlg, "replied")
    rec = app.records.get(rid)
    assert rec.doc["under_objection"] is False and rec.version == 3
    dlg.close()
    stats = win.goto("stats")
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: stats.credit.result is not None, timeout=5000)
    text = stats.credit.text()
    assert "信用异议按期答复率 100.0% (1/1)" in text and "纪律处分(政务处分) 1" in text

    win = login("clerk")
    page = win.goto("dishonesty")
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=5000)
    assert page.model._ids == [rid] and pid not in page.model._ids
    win.ctx.bus.open_record.emit("dishonesty", pid)  # even asked for by its id, the form shows nothing of it
    dlg = win.last_dialog
    shown = [b.editor.value() for b in dlg.boxes.values()] + [dlg.header.text(), dlg.windowTitle()]
    assert not any("赵铁柱" in str(v) or "违规审批处分" in str(v) for v in shown)
    assert dlg.record_id is None and dlg.notice.text() == "您无权查看此记录。"
    dlg.close()
    stats = win.goto("stats")
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: stats.credit.result is not None, timeout=5000)
    assert "纪律处分" not in stats.credit.text() and sum(stats.credit.result.by_type.values()) == 1


def test_the_administrator_writes_a_batch_and_enters_the_platform_receipt(qtbot, app, admin, login, tmp_path):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QPushButton

    from tests.dishonesty_docs import decided

    rid = app.records.create("dishonesty", unit_record(app, **decided()), admin)
    app.records.transition(rid, "confirmed", admin)
    clerk_win = login("clerk")
    assert clerk_win.goto("dishonesty").findChild(QPushButton, "report_batches_button") is None  # admins only
    clerk_win.close()
    win = login("admin")
    page = win.goto("dishonesty")
    click(qtbot, button(page, "report_batches_button"))
    dlg = page.batches
    qtbot.waitUntil(lambda: dlg.loads == 1, timeout=5000)
    assert dlg.table.rowCount() == 0 and not dlg.receipt.isEnabled()
    dlg.write_clicked(str(tmp_path / "批次.xlsx"))
    qtbot.waitUntil(lambda: dlg.loads == 2, timeout=5000)
    assert dlg.table.rowCount() == 1 and dlg.table.item(0, 2).text() == "1" and (tmp_path / "批次.xlsx").exists()
    assert dlg.table.item(0, 4).text() == "待回执"
    # A number with a space is refused, the message in Chinese under the table; then the right one is kept.
    dlg.receipt_clicked(("HLJ 1", QDate.currentDate()))
    qtbot.waitUntil(lambda: "空格" in dlg.msg.text(), timeout=5000)
    dlg.receipt_clicked(("HLJ-2026-0042", QDate.currentDate()))
    qtbot.waitUntil(lambda: dlg.loads == 3, timeout=5000)
    assert dlg.table.item(0, 4).text() == "HLJ-2026-0042" and dlg.msg.text() == "回执已记录。"
    dlg.receipt_clicked(("HLJ-2026-0043", QDate.currentDate()))
    qtbot.waitUntil(lambda: "HLJ-2026-0042" in dlg.msg.text() and "0043" not in dlg.msg.text(), timeout=5000)
