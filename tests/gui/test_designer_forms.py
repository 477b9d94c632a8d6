"""The Qt Designer layouts in ui/ are compiled into the package (zwcx_desktop/gui/ui_*.py, by `make`), and the
compiled forms are those of the .ui files as they are now; the About dialog and the settings and sync pages are
built from their forms, whose text shows in Chinese."""

from __future__ import annotations

import importlib.util
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
    assert {f.stem for f in forms} >= {"about", "login", "settings", "sync"}
    compile_form = _compiler()
    for ui in forms:
        compiled = ROOT / "zwcx_desktop" / "gui" / f"ui_{ui.stem}.py"
        assert compiled.exists(), f"{compiled.name} missing: run make"
        assert compiled.read_text(encoding="utf-8") == compile_form(ui), f"{compiled.name} is stale: run make"


def test_the_login_form_does_not_load_the_qt_namespace():
    # The login window is on the way to the first window: `Qt` alone costs ~30 ms to load.
    text = (ROOT / "zwcx_desktop" / "gui" / "ui_login.py").read_text(encoding="utf-8")
    assert "import QCoreApplication, QMetaObject\n" in text and " Qt)" not in text


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
