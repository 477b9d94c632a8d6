"""Start the desktop: check for a display, then first-run set-up or login, then the main window.

Run as `zwcx` (no subcommand), `make run` or `python -m zwcx_desktop.gui.launch [--data-dir DIR]`.
Imports are kept lazy so that the window appears quickly.
"""

from __future__ import annotations

import os
import sys

NO_DISPLAY = """zwcx: no graphical display is available (DISPLAY and WAYLAND_DISPLAY are not set).
  - Use the command line instead, for example:  zwcx --help   or   zwcx list commitments
  - Or run the window without a screen (for screenshots and tests):  QT_QPA_PLATFORM=offscreen zwcx
  - Or start it inside a virtual display:  xvfb-run zwcx"""


def has_display() -> bool:
    """False on Linux/BSD when no X11/Wayland display is set and no Qt platform is forced."""
    if not sys.platform.startswith(("linux", "freebsd")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM"))


def make_qapp(argv: list[str] | None = None):
    """The QApplication with zwcx's names (for QSettings), translators and a CJK-capable font."""
    from PySide6.QtWidgets import QApplication

    from zwcx_desktop.gui import i18n

    qapp = QApplication.instance()
    if qapp is None:
        qapp = QApplication(argv if argv is not None else sys.argv[:1])
    qapp.setOrganizationName("zwcx")
    qapp.setApplicationName("zwcx")
    qapp.setApplicationDisplayName("政务诚信")
    i18n.install(qapp)
    return qapp


def open_main(app, actor):
    """Build the session context and show the main window; returns the window."""
    from zwcx_desktop.gui.context import Ctx
    from zwcx_desktop.gui.mainwindow import MainWindow
    from zwcx_desktop.gui.tasks import TaskRunner

    runner = TaskRunner()
    ctx = Ctx(app, actor, runner)
    win = MainWindow(ctx)
    runner.setParent(win)
    win.show()
    return win


def main(data_dir: str | None = None) -> int:
    """Entry point of the desktop; returns the process exit status."""
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    qapp = make_qapp()
    from PySide6.QtWidgets import QDialog, QMessageBox

    from zwcx_desktop.gui.errors import describe

    try:
        from zwcx_desktop.store.app import App

        app = App.open(data_dir)
    except Exception as exc:  # noqa: BLE001 - a start-up failure is shown, not a traceback in a hidden console
        QMessageBox.critical(None, "zwcx", describe(exc))
        return 1
    if not app.initialised:
        from zwcx_desktop.gui.wizard import SetupWizard

        if SetupWizard(app).exec() != QDialog.DialogCode.Accepted:
            return 1
    from zwcx_desktop.gui.login import LoginDialog

    login = LoginDialog(app)
    if login.exec() != QDialog.DialogCode.Accepted:
        return 1
    win = open_main(app, login.actor)  # noqa: F841 - kept alive while the event loop runs
    try:
        return qapp.exec()
    finally:
        win.ctx.runner.wait(5000)
        app.close()


if __name__ == "__main__":
    import argparse

    p = argparse.ArgumentParser(prog="zwcx-desktop")
    p.add_argument("--data-dir")
    raise SystemExit(main(p.parse_args().data_dir))
