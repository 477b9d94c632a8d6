"""Print preview, the sync page, export of the indicator table, settings for an administrator."""

from __future__ import annotations

from tests.gui.helpers import button, click, wait_idle


def test_print_preview_shows_the_notice_pdf(qtbot, app, admin, login):
    from PySide6.QtWidgets import QLabel

    from tests.conftest import commitment_payload
    from zwcx_desktop.gui.pdfpreview import PdfPreview
    from zwcx_desktop.gui.printing import render_version

    rid = app.records.create("commitment", commitment_payload(app), admin)
    win = login("clerk")
    win.ctx.bus.open_record.emit("commitment", rid)
    dlg = win.last_dialog
    click(qtbot, button(dlg, "print"))
    qtbot.waitUntil(lambda: dlg.findChild(PdfPreview) is not None, timeout=20000)
    preview = dlg.findChild(PdfPreview)
    qtbot.waitUntil(lambda: preview.doc.pageCount() >= 1, timeout=5000)
    # The clerk is told, once, above the pages, that this is a draft (and so has no QR code).
    state = preview.findChild(QLabel, "preview_state")
    assert state.isVisibleTo(preview) and state.text().startswith("这是草稿，尚未经审核")
    assert "“草稿 未经审核 不得张贴”水印" in state.text() and "服务器" not in state.text()
    for step in ("pending_review", "published"):
        app.records.transition(rid, step, admin)
    for server, expected in ((None, "尚未配置市级服务器，公示不含二维码"), ("http://127.0.0.1:8765", "")):
        if server:
            app.put_setting("server_url", server)
        rendered = render_version(app, rid)
        again = PdfPreview(rendered.pdf, None, ctx=win.ctx, rendered=rendered)
        qtbot.addWidget(again)
        state = again.findChild(QLabel, "preview_state")
        assert state.text().startswith(expected) and state.isVisibleTo(again) is bool(expected)


def test_sync_page_shows_pending_changes(qtbot, app, admin, login):
    from tests.conftest import commitment_payload

    app.records.create("commitment", commitment_payload(app), admin)
    win = login("clerk")
    page = win.goto("sync")
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: "待上传的修改：" in page.summary.text(), timeout=5000)
    assert "待上传的修改：2" in page.summary.text()  # the home unit and the commitment
    assert not page.button.isEnabled()  # not enrolled with a server yet
    qtbot.waitUntil(lambda: "待同步：2" in win.statusBar().pending.text(), timeout=5000)


def test_indicator_table_exports_to_xlsx_and_csv(qtbot, app, login, tmp_path, boxes):
    from openpyxl import load_workbook

    win = login("reviewer")
    stats = win.goto("stats")
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: stats.table.rowCount() > 0, timeout=5000)
    stats.export_to(str(tmp_path / "ind.xlsx"))
    stats.export_to(str(tmp_path / "ind.csv"))
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: len(boxes) == 2, timeout=5000)
    ws = load_workbook(tmp_path / "ind.xlsx").active
    assert ws.cell(1, 2).value == "践诺率" and ws.cell(2, 1).value == "全部单位"
    assert (tmp_path / "ind.csv").read_text(encoding="utf-8-sig").startswith("单位,践诺率")


def test_only_an_administrator_manages_users(qtbot, app, login):
    from tests.gui.helpers import type_text

    win = login("clerk")
    page = win.goto("settings")
    assert page.users_box.isHidden() and not page.not_admin.isHidden()
    win = login("admin")
    page = win.goto("settings")
    wait_idle(qtbot, win)
    type_text(qtbot, page.new_name, "clerk2")
    type_text(qtbot, page.new_pw, "another-pass-1")
    click(qtbot, page.add_btn)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.users.rowCount() == 4, timeout=5000)
    assert "clerk2" in page.user_msg.text()


def test_ctrl_n_opens_a_new_record_form_and_ctrl_f_focuses_search(qtbot, app, login):
    from PySide6.QtCore import Qt

    win = login("clerk")
    win.activateWindow()
    page = win.goto("disclosure")
    wait_idle(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dlg = win.last_dialog
    assert dlg.kind == "disclosure" and dlg.record_id is None and dlg.isVisible()
    dlg.close()
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.search.hasFocus(), timeout=2000)


def test_a_full_id_number_typed_into_the_service_search_finds_that_person(qtbot, app, admin, login):
    """Full numbers are never stored, so the index cannot find their digits: the search uses the fingerprint."""
    from tests.gui.helpers import type_text, wait_idle
    from tests.store.test_records import CITIZEN_ID, service_payload
    from zwcx_desktop.notices.samples import citizen_id

    wanted = app.records.create("service", service_payload(app), admin)
    app.records.create("service", service_payload(app, beneficiary_name="李娜", citizen_id=citizen_id(3)), admin)
    win = login("clerk")
    page = win.goto("service")
    assert "身份证号" in page.search.placeholderText()
    wait_idle(qtbot, win)
    type_text(qtbot, page.search, " ".join([CITIZEN_ID[:6], CITIZEN_ID[6:14], CITIZEN_ID[14:]]))  # as typed
    qtbot.waitUntil(lambda: page.model.total == 1 and page.model.record_id(0) == wanted, timeout=10000)
    page.search.clear()
    type_text(qtbot, page.search, citizen_id(99))  # a valid number nobody here has: nothing, not everyone
    qtbot.waitUntil(lambda: page.model.total == 0 and "0" in page.count.text(), timeout=10000)
    wait_idle(qtbot, win)


def test_a_failed_background_task_says_one_sentence_and_shows_no_traceback(qtbot, app, login):
    from PySide6.QtWidgets import QMessageBox

    win = login("admin")

    def broken(_handle, person):
        raise KeyError(f"SELECT * FROM service_records WHERE beneficiary_name = '{person}'")

    win.ctx.runner.run(broken, "张大山")
    qtbot.waitUntil(lambda: win.findChild(QMessageBox, "task_failed") is not None, timeout=5000)
    box = win.findChild(QMessageBox, "task_failed")
    assert box.windowTitle() and box.text()
    assert box.detailedText() == "" and "Traceback" not in box.text()
    assert "张大山" not in box.text() and "SELECT" not in box.text() and "KeyError" in box.text()
