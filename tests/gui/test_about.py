"""Help > About: version, the app's and the libraries' licences, and the bundled font's licence text, in Chinese."""

from __future__ import annotations


def test_about_from_the_help_menu_shows_version_and_licences(qtbot, app, admin, monkeypatch):
    from PySide6.QtGui import QAction

    from zwcx_desktop import __version__
    from zwcx_desktop.gui import about
    from zwcx_desktop.gui.launch import open_main

    win = open_main(app, admin)
    qtbot.addWidget(win)
    act = win.findChild(QAction, "act_about")
    assert act is not None and act.text() == "关于政务诚信"
    shown = []
    monkeypatch.setattr(about.AboutDialog, "exec", lambda self: shown.append(self) or 0)
    act.trigger()
    dlg = shown[0]
    qtbot.addWidget(dlg)
    text = dlg.version.text()
    assert f"版本 {__version__}" in text and "Apache" in text
    table = dlg.findChild(about.QTableWidget, "about_components")
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Qt 6, PySide6, Shiboken6"] == "LGPL-3.0"
    assert rows["AR PL UMing CN GBK (uming-cn-gbk.ttf)"] == "Arphic Public License"
    assert "ARPHIC PUBLIC LICENSE" in dlg.font_text.toPlainText().upper()
    win.close()
    win.ctx.runner.wait()
