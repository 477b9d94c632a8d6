"""GUI test set-up: offscreen Qt, a file keyring and config folder in tmp, the zh_CN translation loaded."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
os.environ["ZWCX_LANG"] = "zh_CN"

import pytest  # noqa: E402

import zwcx_desktop.gui  # noqa: E402, F401 - its guard against PySide6 6.12's dropped references, before any test


@pytest.fixture(autouse=True)
def _gui_env(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))  # QSettings lands here, not in ~
    from PySide6.QtCore import QSettings

    from zwcx_desktop.gui.launch import make_qapp

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "xdg-config"))
    make_qapp()


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes are recorded instead of blocking the test: list of (kind, title, text)."""
    from PySide6.QtWidgets import QMessageBox

    seen: list[tuple[str, str, str]] = []
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(
            lambda parent, title, text, *a, _n=name, **k: seen.append((_n, title, text))))
    return seen


@pytest.fixture
def login(qtbot, app):
    """login(username) -> the main window, after typing the name and password into the login window."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    from tests.conftest import PASSWORD
    from zwcx_desktop.gui.launch import open_main
    from zwcx_desktop.gui.login import LoginDialog

    windows = []

    def do(username: str, password: str = PASSWORD):
        for w in windows:
            w.close()
        dlg = LoginDialog(app.root)
        qtbot.addWidget(dlg)
        dlg.user.clear()
        qtbot.keyClicks(dlg.user, username)
        qtbot.keyClicks(dlg.password, password)
        qtbot.mouseClick(dlg.findChild(QPushButton, "login_ok"), Qt.MouseButton.LeftButton)
        assert dlg.actor is not None, dlg.error.text()
        win = open_main(app, dlg.actor)
        qtbot.addWidget(win)
        windows.append(win)
        return win

    yield do
    for w in windows:
        w.close()  # stops the periodic sync timer, so no round starts while the data directory closes
        w.ctx.runner.wait()
