"""Help: F1 opens the 操作手册 at the current page (and at a form's kind), and actions, list buttons and unclear
fields carry tooltips in Chinese."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QMenu, QPushButton

from tests.gui.helpers import wait_idle


def _manual(win):
    from zwcx_desktop.gui.help import ManualDialog

    found = [d for d in win.findChildren(ManualDialog) if d.isVisible()]
    return found[0] if found else None


def test_f1_opens_the_manual_at_the_current_page(qtbot, app, login):
    win = login("clerk")
    win.show()
    qtbot.waitExposed(win)
    win.goto("service")
    wait_idle(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: _manual(win) is not None, timeout=5000)
    dlg = _manual(win)
    assert dlg.section == "service"
    assert dlg.text.toPlainText().startswith("服务落实")
    assert dlg.sections.currentItem().text() == "服务落实"
    win.goto("contract")
    win.findChild(QAction, "act_manual").trigger()
    assert _manual(win) is dlg and dlg.section == "contract" and "合同" in dlg.text.toPlainText()
    dlg.sections.setCurrentRow(dlg.sections.count() - 1)  # the workflows
    assert "打印列表" in dlg.text.toPlainText()


def test_every_section_of_the_manual_is_there():
    from zwcx_desktop.gui.help import SECTIONS, manual_text
    from zwcx_desktop.gui.mainwindow import PAGES

    assert set(PAGES) <= set(SECTIONS)
    assert all(manual_text(s).startswith("# ") for s in SECTIONS)


def test_actions_and_list_buttons_have_tooltips(qtbot, app, login):
    win = login("admin")
    wait_idle(qtbot, win)
    menus = [a for m in win.menuBar().findChildren(QMenu) for a in m.actions()
             if not a.isSeparator() and a.menu() is None and a.isEnabled() and not a.objectName().startswith("recent_")]
    assert len(menus) >= 8
    for act in menus:
        assert act.toolTip() and act.toolTip() != act.text().replace("&", ""), act.objectName()
    assert win.findChild(QAction, "act_new").toolTip() == "新建本页面类别的记录（Ctrl+N）"
    page = win.goto("service")
    wait_idle(qtbot, win)
    for name in ("new_record", "export_list", "import_roster"):
        assert page.findChild(QPushButton, name).toolTip(), name
    assert "即时筛选" in page.search.toolTip()


def test_form_fields_and_steps_have_tooltips_and_f1(qtbot, app, admin, login):
    from tests.conftest import commitment_payload
    from zwcx_desktop.gui.recordform import RecordDialog

    rid = app.records.create("commitment", commitment_payload(app), admin)
    win = login("admin")
    form = RecordDialog(win.ctx, "disclosure", parent=win)
    qtbot.addWidget(form)
    assert form.boxes["day_count"].editor.toolTip() == "按自然日，或按工作日（不计周末和法定节假日）计算"
    assert form.findChild(QPushButton, "save").toolTip() == "保存记录（Ctrl+S）"
    form.show()
    # A dialog does not become the active window offscreen, so its F1 shortcut is fired rather than typed.
    f1 = [sc for sc in form.findChildren(QShortcut) if sc.key().toString() == "F1"]
    assert len(f1) == 1
    f1[0].activated.emit()
    qtbot.waitUntil(lambda: _manual(win) is not None, timeout=5000)
    assert _manual(win).section == "disclosure"
    form.close()
    form = RecordDialog(win.ctx, "commitment", rid, parent=win)
    qtbot.addWidget(form)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: bool(getattr(form, "action_buttons", None)), timeout=5000)
    assert all("状态" in b.toolTip() for b in form.action_buttons.values())
    form.close()
