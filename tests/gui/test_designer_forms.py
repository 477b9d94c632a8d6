"""The Qt Designer layouts in ui/ are compiled into the package (zwcx_desktop/gui/ui_*.py, by `make`), and the
compiled forms are those of the .ui files as they are now; the About dialog is built from its form."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _compiler():
    spec = importlib.util.spec_from_file_location("uic", ROOT / "scripts" / "uic.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.compile_form


def test_every_form_is_compiled_from_its_ui_file_as_it_is():
    forms = sorted((ROOT / "ui").glob("*.ui"))
    assert {f.stem for f in forms} >= {"about", "login"}
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
