"""Printing from the desktop: save as PDF, print through a (PDF) printer, the notice board in one job, the print
log on the record form, and a refused notice explained to the clerk by field."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from tests.gui.helpers import button, click, wait_idle
from zwcx_desktop.gui.pdfpreview import PdfPreview
from zwcx_desktop.notices import prints_of, render_notice
from zwcx_desktop.notices.samples import citizen_id, make_samples


def pdf_printer(path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.fixture
def samples(app, admin):
    return make_samples(app, admin)


def _post(app, actor, rid: str) -> None:
    """Put a disclosure on the board, from wherever it is (the samples are reviewed already, new records are not)."""
    steps = ("draft", "pending_review", "approved", "publicizing")
    for step in steps[steps.index(app.records.get(rid).status) + 1:]:
        app.records.transition(rid, step, actor)


def _open(qtbot, win, kind: str, rid: str):
    win.ctx.bus.open_record.emit(kind, rid)
    dlg = win.last_dialog
    wait_idle(qtbot, win)
    return dlg


def test_save_as_pdf_writes_the_notice_and_a_print_log_row(qtbot, app, samples, login, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "公示.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    rid = samples["affairs"]
    win = login("clerk")
    dlg = _open(qtbot, win, "disclosure", rid)
    assert dlg.print_log.table.rowCount() == 0
    click(qtbot, button(dlg, "save_pdf"))
    qtbot.waitUntil(lambda: dlg.print_log.table.rowCount() == 1, timeout=20000)
    data = target.read_bytes()
    assert data == render_notice(app, rid)  # the notice's own bytes, not a re-rendering
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 1 and "村级道路硬化工程" in "".join(p.extract_text() for p in reader.pages)
    (log,) = prints_of(app, rid)
    view = app.records.get(rid)
    assert (log.version_id, log.printed_by, log.output) == (view.version_id, "clerk", str(target))
    assert dlg.print_log.table.item(0, 1).text() == "录入员小王（clerk）"  # the display name, then the login
    assert dlg.print_log.table.item(0, 2).text() == str(view.version)


def test_ctrl_p_prints_the_open_record_through_the_print_dialog(qtbot, app, samples, login, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt

    from zwcx_desktop.gui import printing

    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(printing, "choose_printer", lambda parent: pdf_printer(out))
    rid = samples["commitment"]
    win = login("clerk")
    dlg = _open(qtbot, win, "commitment", rid)
    dlg.activateWindow()
    qtbot.keyClick(dlg, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dlg.print_log.table.rowCount() == 1, timeout=30000)
    assert len(PdfReader(str(out)).pages) == len(PdfReader(io.BytesIO(render_notice(app, rid))).pages)
    assert prints_of(app, rid)[0].output == str(out)


def test_board_batch_prints_ticked_notices_with_progress(qtbot, app, admin, samples, login, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt

    from zwcx_desktop.gui import printing

    for name in ("affairs", "roster", "finance"):
        _post(app, admin, samples[name])
    out = tmp_path / "board.pdf"
    monkeypatch.setattr(printing, "choose_printer", lambda parent: pdf_printer(out))
    win = login("reviewer")
    win.goto("disclosure")
    win.findChild(type(win.menuBar().actions()[0]), "act_print_board").trigger()
    dlg = win.board_dialog
    qtbot.waitUntil(lambda: dlg.list.count() == 3, timeout=10000)
    ids = [dlg.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(3)]
    assert set(ids) == {samples["affairs"], samples["roster"], samples["finance"]}
    dlg.list.item(ids.index(samples["finance"])).setCheckState(Qt.CheckState.Unchecked)  # the clerk leaves one out
    seen: list[int] = []
    dlg.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(dlg.printed, timeout=60000) as sig:
        click(qtbot, dlg.print_btn)
    assert sig.args == [2]
    expected = sum(len(PdfReader(io.BytesIO(render_notice(app, samples[n]))).pages) for n in ("affairs", "roster"))
    assert len(PdfReader(str(out)).pages) == expected
    assert dlg.progress.maximum() == expected and max(seen) == expected
    for name, count in (("affairs", 1), ("roster", 1), ("finance", 0)):
        logs = prints_of(app, samples[name])
        assert len(logs) == count
        if count:
            assert logs[0].version_id == app.records.get(samples[name]).version_id and logs[0].printed_by == "reviewer"
    assert "2" in dlg.status.text()


def test_cancel_stops_a_board_print_and_logs_nothing(qtbot, app, admin, samples, login, tmp_path, monkeypatch):
    import threading

    from zwcx_desktop.gui import printing

    _post(app, admin, samples["affairs"])
    monkeypatch.setattr(printing, "choose_printer", lambda parent: pdf_printer(tmp_path / "x.pdf"))
    # The rendering waits until the clerk has pressed 取消: on a busy machine it could otherwise finish first.
    gate, render = threading.Event(), printing.render_batch
    monkeypatch.setattr(printing, "render_batch", lambda handle, *a, **k: (gate.wait(20), render(handle, *a, **k))[1])
    win = login("reviewer")
    win.print_board()
    dlg = win.board_dialog
    qtbot.waitUntil(lambda: dlg.list.count() == 1, timeout=10000)
    dlg.print_selected()
    assert dlg.cancel_btn.isEnabled()
    click(qtbot, dlg.cancel_btn)
    gate.set()
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: dlg.print_btn.isEnabled(), timeout=10000)
    qtbot.wait(200)
    assert prints_of(app, samples["affairs"]) == []


def test_a_refused_notice_names_the_field_in_chinese(qtbot, app, admin, samples, login, tmp_path, monkeypatch, boxes):
    from PySide6.QtCore import Qt

    from tests.legacy import before_the_guard
    from zwcx_desktop.gui import printing

    with before_the_guard():  # a notice saved before the guard at save existed: printing is the last line
        bad = app.records.create("disclosure", {
            "unit_id": samples["unit"], "kind": "affairs", "title": "关于走访慰问情况的公示",
            "body": f"走访对象身份证号{citizen_id(3)}，已发放慰问金。", "formed_date": "2026-03-02",
            "period_start": "2026-03-05"}, admin)
    out = tmp_path / "never.pdf"
    monkeypatch.setattr(printing, "choose_printer", lambda parent: pdf_printer(out))
    win = login("clerk")
    dlg = _open(qtbot, win, "disclosure", bad)
    click(qtbot, button(dlg, "print_now"))
    qtbot.waitUntil(lambda: len(boxes) == 1, timeout=20000)
    kind, _title, text = boxes[0]
    assert kind == "warning"
    assert "“正文”" in text and "身份证号" in text and "遮蔽" in text, text
    assert not out.exists() and prints_of(app, bad) == []

    # On the board the refused notice is named and left out; the others still print.
    with before_the_guard():
        _post(app, admin, bad)
    _post(app, admin, samples["affairs"])
    win.print_board()
    board = win.board_dialog
    qtbot.waitUntil(lambda: board.list.count() == 2, timeout=10000)
    with qtbot.waitSignal(board.printed, timeout=60000):
        board.print_selected()
    assert "关于走访慰问情况的公示" in board.status.text() and "“正文”" in board.status.text()
    assert len(prints_of(app, samples["affairs"])) == 1 and prints_of(app, bad) == []
    assert board.list.item(0).checkState() == Qt.CheckState.Checked


def test_field_names_of_refusals_read_as_the_clerk_knows_them():
    from zwcx_desktop.gui.printing import field_text

    assert field_text("body") == "正文"
    assert field_text("roster row 3 note") == "公示名单第3行“备注”"
    assert field_text("contact_phone") == "联系电话"


def test_board_sheet_puts_the_ticked_notices_on_one_a3_sheet(qtbot, app, admin, samples, login, tmp_path,
                                                             monkeypatch):
    from zwcx_desktop.gui import printing

    for name in ("affairs", "finance"):
        _post(app, admin, samples[name])
    out = tmp_path / "sheet.pdf"
    monkeypatch.setattr(printing, "choose_printer", lambda parent: pdf_printer(out))
    win = login("reviewer")
    win.print_board()
    dlg = win.board_dialog
    qtbot.waitUntil(lambda: dlg.list.count() == 2, timeout=10000)
    dlg.paper.setCurrentIndex(dlg.paper.findData("A3"))
    with qtbot.waitSignal(dlg.printed, timeout=60000) as sig:
        dlg.print_selected()
    assert sig.args == [2]
    (page,) = PdfReader(str(out)).pages
    assert (round(page.mediabox.width), round(page.mediabox.height)) == (842, 1191)  # A3 portrait
    for name in ("affairs", "finance"):
        (log,) = prints_of(app, samples[name])
        assert log.version_id == app.records.get(samples[name]).version_id and log.output == str(out)


def test_a_notice_whose_period_rests_on_a_guessed_calendar_is_flagged_before_printing(
        qtbot, app, admin, login, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QLabel, QMessageBox

    from zwcx_desktop.gui import printing

    app.records.today = lambda: dt.date(2027, 1, 25)  # formed in January 2027, whenever this runs
    rid = app.records.create("disclosure", {
        "unit_id": app.home_unit_id(), "kind": "affairs", "title": "关于2027年春节值班安排的公示", "body": "正文",
        "formed_date": "2027-01-25", "period_start": "2027-02-01", "period_days": 7, "day_count": "working"}, admin)
    app.records.today = dt.date.today
    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(printing, "choose_printer", lambda parent: pdf_printer(out))
    answers, asked = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes], []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda parent, title, text, *a, **k: (asked.append((title, text)), answers.pop(0))[1]))
    win = login("clerk")
    dlg = _open(qtbot, win, "disclosure", rid)
    click(qtbot, button(dlg, "print"))  # 打印预览
    qtbot.waitUntil(lambda: dlg.findChild(PdfPreview) is not None, timeout=20000)
    caution = dlg.findChild(PdfPreview).findChild(QLabel, "preview_caution")
    assert caution.isVisibleTo(caution.parentWidget())
    assert "“关于2027年春节值班安排的公示”的公示期涉及尚未获取节假日安排的年份" in caution.text()
    click(qtbot, button(dlg, "print_now"))  # the clerk says No: nothing printed, nothing logged
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=20000)
    assert asked[0][0] == "请核对公示期" and asked[0][1].endswith("仍要打印吗？")
    wait_idle(qtbot, win)
    assert not out.exists() and prints_of(app, rid) == []
    click(qtbot, button(dlg, "print_now"))  # Yes: printed and logged as usual
    qtbot.waitUntil(lambda: dlg.print_log.table.rowCount() == 1, timeout=30000)
    assert out.exists() and len(asked) == 2


def test_a_logged_version_is_reprinted_from_the_print_log_even_after_a_new_version(
        qtbot, app, admin, samples, login, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from zwcx_desktop.gui import printing

    rid = samples["affairs"]
    first = tmp_path / "first.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(first), "")))
    win = login("clerk")
    dlg = _open(qtbot, win, "disclosure", rid)
    click(qtbot, button(dlg, "save_pdf"))  # the reviewed version goes on the board
    qtbot.waitUntil(lambda: dlg.print_log.table.rowCount() == 1, timeout=20000)
    v1 = app.records.get(rid)
    app.records.update(rid, {"body": "正文已修改（第二版）。"}, admin)
    assert app.records.get(rid).version == v1.version + 1
    out = tmp_path / "reprint.pdf"
    monkeypatch.setattr(printing, "choose_printer", lambda parent: pdf_printer(out))
    log = dlg.print_log
    assert not log.reprint_btn.isEnabled()  # nothing chosen yet
    log.table.selectRow(0)
    assert log.reprint_btn.isEnabled()
    click(qtbot, log.reprint_btn)
    qtbot.waitUntil(lambda: log.table.rowCount() == 2, timeout=30000)
    newest = prints_of(app, rid)[0]
    assert (newest.version_id, newest.output) == (v1.version_id, str(out))  # the version that was posted
    assert log.table.item(0, 2).text() == str(v1.version)
    assert len(PdfReader(str(out)).pages) == len(PdfReader(str(first)).pages)
