"""The Qt Designer layouts in ui/ are compiled into the package (zwcx_desktop/gui/ui_*.py, by `make`), and the
compiled forms are those of the .ui files as they are now; the About dialog is built from its form."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UIC = Path(sys.executable).parent / "pyside6-uic"


def test_every_form_is_compiled_from_its_ui_file_as_it_is():
    forms = sorted((ROOT / "ui").glob("*.ui"))
    assert forms
    for ui in forms:
        compiled = ROOT / "zwcx_desktop" / "gui" / f"ui_{ui.stem}.py"
        assert compiled.exists(), f"{compiled.name} missing: run make"
        fresh = subprocess.run([str(UIC), str(ui)], capture_output=True, text=True, check=True).stdout
        assert compiled.read_text(encoding="utf-8") == fresh, f"{compiled.name} is stale: run make"


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
