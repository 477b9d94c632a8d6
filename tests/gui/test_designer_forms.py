"""The Qt Designer layouts in ui/ are compiled into the package (zwcx_desktop/gui/ui_*.py, by `make`), and the
compiled forms are those of the .ui files as they are now; the main window and the About dialog are built from
their forms."""

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
    assert {f.stem for f in forms} >= {"about", "login", "main_window"}
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
