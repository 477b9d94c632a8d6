"""The Qt Designer layouts in ui/ are compiled into the package (zwcx_desktop/gui/ui_*.py, by `make`), and the
compiled forms are those of the .ui files as they are now; the windows are built from their forms, whose text
shows in Chinese."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _compiler():
    spec = importlib.util.spec_from_file_location("uic", ROOT / "scripts" / "uic.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.compile_form


def test_every_form_is_compiled_from_its_ui_file_as_it_is():
    forms = sorted((ROOT / "ui").glob("*.ui"))
    assert {f.stem for f in forms} >= {"about", "login", "setup_wizard", "pdf_preview", "board_print",
                                       "import_wizard", "settings", "sync", "main_window"}
    compile_form = _compiler()
    for ui in forms:
        compiled = ROOT / "zwcx_desktop" / "gui" / f"ui_{ui.stem}.py"
        assert compiled.exists(), f"{compiled.name} missing: run make"
        assert compiled.read_text(encoding="utf-8") == compile_form(ui), f"{compiled.name} is stale: run make"


def test_the_forms_on_the_way_to_the_first_window_do_not_load_the_qt_namespace():
    # The login and main windows are on the way to the first window: `Qt` alone costs ~30 ms to load.
    for form in ("ui_login.py", "ui_main_window.py"):
        text = (ROOT / "zwcx_desktop" / "gui" / form).read_text(encoding="utf-8")
        assert "from PySide6.QtCore import QCoreApplication, QMetaObject\n" in text and "Qt." not in text, form


# In a fresh process: the real start up to the first window painted (the login window, or the main window when
# the password step is skipped), then whether PySide6 loaded its Qt namespace on the way.
_FIRST_WINDOW = """
import json, os, sys
import PySide6.QtCore
from zwcx_desktop.gui.launch import Starter, make_qapp

qapp = make_qapp()
starter = Starter(sys.argv[1], user=sys.argv[2] or None)
qapp.processEvents()
shown = (starter.win or starter.login).isVisible()
print(json.dumps({"shown": shown, "qt_loaded": "Qt" in vars(PySide6.QtCore)}), flush=True)
os._exit(0)
"""


def test_nothing_on_the_way_to_the_first_window_loads_the_qt_namespace(app, data_dir):
    # PySide6 builds the Python enums of `Qt` (some 17 ms) when code names it, and also when it weighs overloads
    # that take a Qt enum: setShortcut("F1"), QDialogButtonBox(parent). Neither start path may do either.
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    for user in ("", "admin"):
        out = subprocess.run([sys.executable, "-c", _FIRST_WINDOW, str(data_dir), user], env=env, cwd=ROOT,
                             capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr[-2000:]
        assert json.loads(out.stdout.strip().splitlines()[-1]) == {"shown": True, "qt_loaded": False}, user


def test_main_window_is_built_from_its_designer_form(qtbot, app, admin):
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QAbstractScrollArea, QMenu

    from zwcx_desktop.gui.launch import open_main
    from zwcx_desktop.gui.mainwindow import PAGES
    from zwcx_desktop.gui.ui_main_window import Ui_MainWindow

    win = open_main(None, admin, home_name="新阳路街道")  # the shell alone, before the store is open
    qtbot.addWidget(win)
    assert isinstance(win.ui, Ui_MainWindow) and win.objectName() == "MainWindow"
    assert win.nav is win.ui.nav and win.stack is win.ui.stack and win.nav.objectName() == "nav"
    # The side bar's entries come from the form, one per page, translated in the form's context.
    assert [win.nav.item(i).text() for i in range(win.nav.count())][:3] == ["工作台", "承诺事项", "公开公示"]
    assert win.nav.count() == win.stack.count() == len(PAGES)
    # Sized by its content, not by a fixed width: a layout, not a number, decides.
    assert win.nav.minimumWidth() != win.nav.maximumWidth()
    assert win.nav.sizeAdjustPolicy() == QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents
    assert win.nav.width() >= win.nav.sizeHintForColumn(0)
    menus = [a.menu().objectName() for a in win.menuBar().actions()]
    assert menus == ["menu_file", "menu_help"] and win.findChild(QMenu, "menu_recent").title() == "最近打开"
    act = {a.objectName(): a for a in win.findChildren(QAction)}
    assert act["act_new"].text() == "新建记录" and act["act_new"].shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert act["act_print_list"].shortcut().toString() == "Ctrl+Shift+P" and act["act_manual"].shortcut().toString() == "F1"
    # Wired in the form: the side bar turns the pages, Quit closes the window.
    win.nav.setCurrentRow(PAGES.index("stats"))
    assert win.current_key() == "stats" and win.stack.currentIndex() == PAGES.index("stats")
    win.show()
    act["act_quit"].trigger()
    assert not win.isVisible()
    win.ctx.runner.wait()


def test_about_dialog_is_built_from_its_designer_form(qtbot):
    from PySide6.QtWidgets import QDialogButtonBox, QTableWidget

    from zwcx_desktop.gui.about import AboutDialog

    dlg = AboutDialog()
    qtbot.addWidget(dlg)
    assert dlg.objectName() == "AboutDialog" and dlg.windowTitle() == "关于政务诚信"
    table = dlg.findChild(QTableWidget, "about_components")
    assert table.horizontalHeaderItem(1).text() == "许可证" and table.rowCount() > 10
    dlg.show()
    dlg.findChild(QDialogButtonBox, "buttons").rejected.emit()  # Close, wired in the .ui
    assert not dlg.isVisible()


def _one_page_pdf() -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPainter, QPdfWriter

    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    painter = QPainter(writer)
    painter.drawText(100, 100, "1")
    painter.end()
    return bytes(buf.data())


def test_setup_wizard_is_built_from_its_designer_form(qtbot, tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLineEdit

    from zwcx_desktop.gui.forms import FieldBox
    from zwcx_desktop.gui.wizard import SetupWizard
    from zwcx_desktop.store.app import App

    fresh = App(tmp_path / "fresh")
    wiz = SetupWizard(fresh)
    qtbot.addWidget(wiz)
    assert wiz.objectName() == "SetupWizard" and wiz.windowTitle() == "首次使用设置"
    form = wiz.findChild(QFormLayout, "form")
    rows = [(form.itemAt(r, QFormLayout.ItemRole.LabelRole).widget().text(),
             form.itemAt(r, QFormLayout.ItemRole.FieldRole).widget()) for r in range(form.rowCount())]
    # The form's rows, each editor boxed with its error line, and the shared contact rows before the server's.
    assert all(isinstance(box, FieldBox) and box.editor.objectName() == f"setup_{box.name}" for _, box in rows)
    assert [box.name for _, box in rows] == [
        "unit_name", "unit_code", "division", "unit_type", "admin", "password", "password2", "contact_person",
        "contact_phone", "address", "supervisor", "supervision_phone", "server_url"]
    assert rows[0][0] == "单位名称" and rows[-1][0] == "市级服务器地址（可选）"
    assert wiz.boxes["password2"].editor.echoMode() == QLineEdit.EchoMode.Password
    assert wiz.boxes["admin"].editor.text() == "admin" and wiz.unit_type.count() > 1
    # Tab goes down the rows in order, the contact block before the server address.
    edit, order = wiz.boxes["unit_name"].editor, []
    while len(order) < len(rows):
        order.append(edit.objectName())
        edit = edit.nextInFocusChain()
        while not edit.objectName().startswith("setup_"):
            edit = edit.nextInFocusChain()
    assert order == [box.editor.objectName() for _, box in rows]
    wiz.show()
    wiz.findChild(QDialogButtonBox, "buttons").rejected.emit()  # Cancel, wired in the .ui
    assert not wiz.isVisible()
    fresh.close()


def test_pdf_preview_is_built_from_its_designer_form(qtbot):
    from PySide6.QtPdfWidgets import QPdfView
    from PySide6.QtWidgets import QPushButton

    from zwcx_desktop.gui.listpreview import ListPreview
    from zwcx_desktop.gui.pdfpreview import PdfPreview

    pdf = _one_page_pdf()
    dlg = PdfPreview(pdf)
    qtbot.addWidget(dlg)
    assert dlg.objectName() == "PdfPreview" and dlg.windowTitle() == "打印预览"
    pages = dlg.findChild(QPdfView, "preview_pages")  # the form's custom widget, made by the compiled form
    assert pages.document() is dlg.doc and dlg.doc.pageCount() == 1
    assert pages.pageMode() == QPdfView.PageMode.MultiPage
    # Without a notice to print and log, the form's buttons are not shown; the list preview shows and words them.
    dlg.show()
    assert not dlg.findChild(QPushButton, "preview_print").isVisible()
    listed = ListPreview(pdf)
    qtbot.addWidget(listed)
    listed.show()
    button = listed.findChild(QPushButton, "preview_print")
    assert listed.windowTitle() == "打印列表" and button.isVisible() and button.text() == "打印…"
    assert button.toolTip() == "选择打印机并打印列表"


def test_board_print_dialog_is_built_from_its_designer_form(qtbot, login):
    from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

    from zwcx_desktop.gui.boardprint import BoardPrintDialog

    win = login("reviewer")
    dlg = BoardPrintDialog(win.ctx, win)
    assert dlg.objectName() == "BoardPrintDialog" and dlg.windowTitle() == "打印公示栏"
    paper = dlg.findChild(QComboBox, "board_layout")
    assert [paper.itemData(i) for i in range(paper.count())] == [None, "A3", "A4"]
    assert dlg.findChild(QLabel, "board_layout_label").buddy() is paper
    assert not dlg.findChild(QPushButton, "board_cancel").isEnabled()
    qtbot.waitUntil(lambda: dlg.status.text() != "", timeout=10000)
    dlg.show()
    dlg.findChild(QPushButton, "board_close").click()  # Close, wired in the .ui
    assert not dlg.isVisible()


def test_import_wizard_is_built_from_its_designer_form(qtbot):
    from PySide6.QtWidgets import QStackedWidget, QWidget

    from zwcx_desktop.gui.importwizard import FILE_PAGE, MAP_PAGE, PREVIEW_PAGE, RUN_PAGE, ImportWizard
    from zwcx_desktop.gui.ui_import_wizard import Ui_ImportWizard

    wiz = ImportWizard(None)  # the form alone: nothing is read before the clerk presses Next
    qtbot.addWidget(wiz)
    assert isinstance(wiz.ui, Ui_ImportWizard) and wiz.objectName() == "ImportWizard"
    stack = wiz.findChild(QStackedWidget, "import_pages")
    assert stack is wiz.stack and [stack.widget(i).objectName() for i in (FILE_PAGE, MAP_PAGE, PREVIEW_PAGE,
                                                                         RUN_PAGE)] == [
        "file_page", "map_page", "preview_page", "run_page"]
    # Designer's strings are translated in the form's context, the wizard's own in the class's: both ImportWizard.
    assert wiz.windowTitle() == "导入名单" and wiz.ui.file_label.text() == "名单文件"
    assert [wiz.map_table.horizontalHeaderItem(c).text() for c in range(3)] == ["列", "第一行的值", "字段"]
    assert wiz.next_btn.text() == "下一步 >" and wiz.next_btn.isDefault() and not wiz.back_btn.isEnabled()
    # The form's first choices (no data: "from the file", "the first sheet"), then the areas added in code.
    assert (wiz.area.itemText(0), wiz.area.itemData(0)) == ("按文件内容", None) and wiz.area.count() > 2
    assert (wiz.sheet.itemText(0), wiz.sheet.currentData(), wiz.sheet.isEnabled()) == ("第一个有数据的工作表", None,
                                                                                        False)
    # Laid out, never sized: no widget of the form has a fixed or capped size.
    unlimited = QWidget().maximumSize()
    capped = [w.objectName() for w in wiz.findChildren(QWidget) if w.maximumSize() != unlimited]
    assert not capped, capped

    ledger = ImportWizard(None, kind="contract")
    qtbot.addWidget(ledger)
    ledger.show()
    assert ledger.windowTitle() == "导入合同台账" and ledger.ui.file_label.text() == "合同台账文件"
    assert ledger.file.isVisible() and not ledger.area.isVisible() and not ledger.ui.period_label.isVisible()


def test_settings_page_is_built_from_its_designer_form(qtbot, login):
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox

    from tests.gui.helpers import wait_idle
    from zwcx_desktop.gui.ui_settings import Ui_SettingsPage

    win = login("admin")
    win.show()
    page = win.goto("settings")
    wait_idle(qtbot, win)
    ui = page.ui
    assert isinstance(ui, Ui_SettingsPage)
    assert page.findChild(QLineEdit, "server_url") is ui.server_url is page.server
    assert ui.server_url_label.buddy() is ui.server_url and ui.server_url.accessibleName() == "服务器地址"
    # Text from the .ui is translated in the form's context, as self.tr() did before.
    assert ui.users_box.title() == "用户管理" and ui.users_table.horizontalHeaderItem(0).text() == "用户名"
    assert page.findChild(QSpinBox, "sync_interval").specialValueText() == "关闭"
    assert ui.reset_password.accessibleName() == "新密码"
    # What other modules build goes into the form's named slots, in the page's order.
    assert ui.secrets_slot.indexOf(page.secrets) == 0 and ui.clocks_slot.indexOf(page.clocks) == 0
    assert ui.tray_slot.indexOf(page.findChild(QCheckBox, "tray_switch")) == 0
    # The contact parts are added above the form's save row, which stays last.
    form = ui.contact_form
    assert form.rowCount() == len(page.contact_boxes) + 1
    assert form.getWidgetPosition(ui.contact_save)[0] == form.rowCount() - 1
    assert page.role_combo.count() == page.new_role.count() >= 3  # role lists come from the domain, in code
    page.users.selectRow(0)
    assert ui.toggle_user_active.isEnabled() and ui.selected_user.text() == "所选用户：admin"


def test_sync_page_is_built_from_its_designer_form(qtbot, login):
    from PySide6.QtWidgets import QPushButton

    from tests.gui.helpers import wait_idle
    from zwcx_desktop.gui.ui_sync import Ui_SyncPage

    win = login("admin")
    win.show()
    page = win.goto("sync")
    wait_idle(qtbot, win)
    ui = page.ui
    assert isinstance(ui, Ui_SyncPage)
    assert page.findChild(QPushButton, "sync_now") is ui.sync_now is page.button
    assert ui.sync_now.text() == "立即同步" and ui.rejected_box.title() == "被服务器拒绝的修改"
    assert ui.rejected_table.horizontalHeaderItem(3).text() == "原因"
    # Hidden in the form until there is something to show.
    assert not ui.rejected_box.isVisible() and not ui.sync_progress.isVisible() and not ui.open_merge.isVisible()
    assert ui.sync_summary.text()  # filled in code from the sync state


def test_the_status_bar_import_of_the_sync_page_module_leaves_its_form_unloaded():
    # The status bar imports syncpage for round_notices() soon after start-up; the form waits for the page.
    code = ("import sys, zwcx_desktop.gui.syncpage; "
            "print('zwcx_desktop.gui.ui_sync' in sys.modules, 'zwcx_desktop.gui.ui_settings' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
