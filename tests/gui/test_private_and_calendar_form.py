"""The record form with real widgets: a complainant hidden from a role that does not handle the case, and a posted
notice whose period end the official holiday calendar, arrived since, puts elsewhere (the form and the reprint say
which day)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QTreeWidget

from tests.gui.helpers import button, click, type_into, wait_idle
from tests.gui.test_printing import _open, _post, pdf_printer
from zwcx_desktop.gui.pdfpreview import PdfPreview

NAME, PHONE = "王建军", "13812345678"
OFFICIAL = "按官方节假日安排，公示期应截止于2027年1月8日"


def _objection(app, admin) -> str:
    return app.records.create("objection", {
        "unit_id": app.home_unit_id(), "objection_type": "complaint", "channel": "phone", "complainant": NAME,
        "complainant_phone": PHONE, "content": "反映窗口推诿。", "received_date": "2026-03-02"}, admin)


def _on_screen(dlg) -> str:
    """Every text the dialog shows: edits, labels and the history trees (expanded or not)."""
    out = [w.text() for w in dlg.findChildren(QLineEdit) + dlg.findChildren(QLabel)]
    out += [w.toPlainText() for w in dlg.findChildren(QPlainTextEdit)]
    for tree in dlg.findChildren(QTreeWidget):
        stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            out += [item.text(c) for c in range(item.columnCount())]
            stack += [item.child(i) for i in range(item.childCount())]
    return "\n".join(out)


def test_the_complainant_is_hidden_from_a_clerk_and_kept_through_the_clerks_edit(qtbot, app, admin, login):
    rid = _objection(app, admin)
    app.records.update(rid, {"complainant_phone": "13812345679"}, admin)  # so the history holds a change of it
    win = login("clerk")
    dlg = _open(qtbot, win, "objection", rid)
    qtbot.waitUntil(lambda: dlg.history is not None and dlg.history.versions.topLevelItemCount() == 2, timeout=10000)
    for name in ("complainant", "complainant_phone"):
        editor = dlg.boxes[name].editor
        assert editor.text() == "" and editor.isReadOnly()
        assert editor.placeholderText() == "（仅承办人可见）"
    shown = _on_screen(dlg)
    assert NAME not in shown and "1381234567" not in shown
    assert "（仅承办人可见）" in shown  # the history says a value changed without showing it
    type_into(qtbot, dlg, "content", "（补充）")
    click(qtbot, button(dlg, "save"))
    qtbot.waitUntil(lambda: app.records.get(rid).version == 3, timeout=10000)
    doc = app.records.get(rid).doc
    assert (doc["complainant"], doc["complainant_phone"]) == (NAME, "13812345679")  # the clerk's save kept them
    wait_idle(qtbot, win)
    dlg.close()
    win = login("reviewer")  # the reviewer answers the case and reads it in full
    dlg = _open(qtbot, win, "objection", rid)
    assert dlg.boxes["complainant"].editor.text() == NAME
    assert not dlg.boxes["complainant"].editor.isReadOnly()
    dlg.close()


def test_a_clerk_registering_an_objection_types_the_complainant_in(qtbot, app, login):
    win = login("clerk")
    click(qtbot, win.goto("objection").new_button)
    dlg = win.last_dialog
    assert not dlg.boxes["complainant"].editor.isReadOnly()
    assert dlg.boxes["complainant"].editor.placeholderText() == ""


def test_form_and_reprint_name_the_official_end_of_a_posted_period(qtbot, app, admin, login, tmp_path, monkeypatch):
    from tests.store.test_recount_calendar import _official
    from zwcx_desktop.gui import printing

    rid = app.records.create("disclosure", {
        "unit_id": app.home_unit_id(), "kind": "affairs", "title": "关于2027年元旦值班安排的公示", "body": "正文",
        "formed_date": "2026-12-28", "period_start": "2026-12-30", "period_days": 7, "day_count": "working"}, admin)
    _post(app, admin, rid)
    _official(app)  # the schedule arrives after the notice went up: it keeps its end date, 2027-01-07
    assert app.records.recount_dates() == []
    win = login("clerk")
    dlg = _open(qtbot, win, "disclosure", rid)
    box = dlg.boxes["period_end"]
    assert box.editor.text() == "2027-01-07"
    assert box.note.isVisibleTo(dlg) and box.note.text() == OFFICIAL + "。"
    click(qtbot, button(dlg, "print"))  # the preview says it above the page
    qtbot.waitUntil(lambda: dlg.findChild(PdfPreview) is not None, timeout=20000)
    caution = dlg.findChild(PdfPreview).findChild(QLabel, "preview_caution")
    assert OFFICIAL in caution.text() and "尚未获取节假日安排" not in caution.text()
    dlg.findChild(PdfPreview).close()
    out = tmp_path / "reprint.pdf"
    monkeypatch.setattr(printing, "choose_printer", lambda parent: pdf_printer(out))
    asked = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda parent, title, text, *a, **k: (asked.append(text), QMessageBox.StandardButton.Yes)[1]))
    click(qtbot, button(dlg, "print_now"))  # printing asks first, naming the date
    qtbot.waitUntil(lambda: dlg.print_log.table.rowCount() == 1, timeout=30000)
    assert len(asked) == 1 and OFFICIAL in asked[0]
    log = dlg.print_log  # and so does a reprint of the logged version
    log.table.selectRow(0)
    click(qtbot, log.reprint_btn)
    qtbot.waitUntil(lambda: log.table.rowCount() == 2, timeout=30000)
    assert len(asked) == 2 and OFFICIAL in asked[1]


def test_the_sync_page_tells_how_many_unposted_records_were_recounted():
    from zwcx_desktop.gui.syncpage import round_notices

    assert round_notices({"ok": True, "recounted": 0}) == []
    (text,) = round_notices({"ok": True, "recounted": 2})
    assert text.startswith("已收到官方节假日安排：2 条尚未公示的记录已重新计算日期")
