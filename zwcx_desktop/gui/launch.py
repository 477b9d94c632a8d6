"""Start the desktop: check for a display, then first-run set-up or login, then the main window.

Run as `zwcx` (no subcommand), `make run` or `python -m zwcx_desktop.gui.launch [--data-dir DIR]`.
The login window appears at once and checks the password through `store.glance` (plain sqlite3); the data
directory (SQLAlchemy, migrations, backup) opens on a worker thread meanwhile, and the main window, which may
appear before the store is ready, fills its pages once it is. Loading SQLAlchemy costs more than showing a window,
so nothing on the way to the first window waits for it.
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
    """The QApplication with zwcx's names (for QSettings) and translators."""
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


def open_app(_handle, data_dir: str | None, opened: list | None = None):
    """Task: open (and migrate) the data directory as its one writer (another zwcx program writing to it is
    named in the error); also load the modules the main window needs next.
    The App is also put in `opened`, so it is closed at exit even when the window closed before it arrived."""
    from zwcx_desktop.store import queries, records  # noqa: F401 - warmed here, off the UI thread
    from zwcx_desktop.store.app import App

    app = App.open_writer(data_dir, "zwcx desktop")  # the one writer of its data folder while it is open
    if opened is not None:
        opened.append(app)
    return app


def open_main(app, actor, runner=None, home_name: str | None = None):
    """Build the session context and show the main window; returns the window. With `app` None the window shows
    before the store is open (`home_name` gives its title) and `win.attach(app)` fills it later."""
    from zwcx_desktop.gui.context import Ctx
    from zwcx_desktop.gui.mainwindow import MainWindow
    from zwcx_desktop.gui.tasks import TaskRunner

    runner = runner or TaskRunner()
    ctx = Ctx(app, actor, runner)
    win = MainWindow(ctx, home_name)
    runner.setParent(win)
    win.show()
    return win


def after_first_paint(widget, fn, fallback_ms: int = 500) -> None:
    """Call `fn` once, on the event loop, after `widget` has painted for the first time (or after `fallback_ms`
    if it never does, e.g. when it starts hidden)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _Once(QObject):
        done = False

        def fire(self) -> None:
            if not self.done:
                self.done = True
                widget.removeEventFilter(self)
                QTimer.singleShot(0, fn)

        def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt naming
            if obj is widget and event.type() == QEvent.Type.Paint:
                self.fire()
            return False

    once = _Once(widget)
    widget.installEventFilter(once)
    QTimer.singleShot(fallback_ms, once.fire)


def remember_user(_handle, app, username: str) -> None:
    """Task: the login window offers this user name next time."""
    app.put_setting("last_user", username)


class Starter:
    """The start sequence as callbacks on the event loop: login window, store ready, set-up, main window.

    `user` skips the password (benchmarks and screenshots only; the command line never passes it).
    """

    def __init__(self, data_dir: str | None = None, user: str | None = None) -> None:
        from zwcx_desktop.config import data_dir as resolve
        from zwcx_desktop.gui.login import LoginDialog
        from zwcx_desktop.gui.tasks import TaskRunner

        self.root, self.user = resolve(data_dir), user
        self.app = self.win = self.actor = self.wizard = None
        self.opened: list = []  # what open_app opened, for main() to close
        self.runner = TaskRunner()
        self.login = LoginDialog(self.root)
        self.login.accepted.connect(lambda: self._main(self.login.actor))
        self.login.rejected.connect(lambda: self._quit(1))
        if user is None:
            self.login.show()
        elif self.login.glance is not None:
            self._main(self._account(self.login.glance))
        # Only once the first window has painted: loading SQLAlchemy on a worker holds the GIL, and painting
        # widgets (each virtual call checks for a Python override) would wait for it.
        first = self.win or (self.login if user is None else None)
        start = lambda: self.runner.run(open_app, str(self.root), self.opened,  # noqa: E731
                                        on_done=self._ready, on_error=self._failed)
        if first is None:
            start()
        else:
            after_first_paint(first, start)

    def _account(self, glance):
        account = glance.account(self.user)
        if account is None:
            raise SystemExit(f"zwcx: no user named '{self.user}'")
        return account.actor()

    def _quit(self, code: int) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.instance().exit(code)

    def _failed(self, exc, _details) -> None:
        from PySide6.QtWidgets import QMessageBox

        from zwcx_desktop.gui.errors import describe
        from zwcx_desktop.gui.i18n import message
        from zwcx_desktop.store.failures import describe as machine_problem

        # A damaged or empty database, a full disk, a locked file: one sentence naming this folder and what to do.
        line = machine_problem(exc, self.root)
        QMessageBox.critical(self.win or self.login, "zwcx", describe(exc) if line is None else message(line))
        self._quit(1)

    def _ready(self, app) -> None:
        self.app = app
        if self.win is not None:
            try:
                self.win.attach(app)
            except Exception as exc:  # noqa: BLE001 - shown to the clerk instead of a window stuck "opening"
                import traceback

                self._failed(exc, traceback.format_exc())
                return
            self._remember()
            return
        if not app.initialised:
            from zwcx_desktop.gui.wizard import SetupWizard

            self.login.hide()
            # Not exec(): the sample office is prepared on the worker while the wizard stays open.
            self.wizard = SetupWizard(app, offer_sample=True)
            self.wizard.sample_requested.connect(self._try_sample)
            self.wizard.finished.connect(self._wizard_done)
            self.wizard.open()
            return
        self._set_up()

    def _wizard_done(self, result: int) -> None:
        from PySide6.QtWidgets import QDialog

        from zwcx_desktop.gui.wizard import SetupWizard

        if result == QDialog.DialogCode.Accepted:
            if self.user is None:
                self.login.show()
            self._set_up()
        elif result != SetupWizard.TRY_SAMPLE:
            self._quit(1)

    def _try_sample(self) -> None:
        from zwcx_desktop.gui.trial import open_sample

        self.runner.run(open_sample, str(self.root), self.opened, on_done=self._sample_ready,
                        on_error=self._sample_failed)

    def _sample_failed(self, exc, _details) -> None:
        from zwcx_desktop.gui.errors import describe

        self.wizard.sample_failed(describe(exc))

    def _sample_ready(self, sample) -> None:
        """The sample office is open: its main window, logged in as its administrator, replaces the wizard."""
        from zwcx_desktop.gui.trial import TRIAL_USER, add_real_office_action
        from zwcx_desktop.store.glance import glance

        self.wizard.done(self.wizard.TRY_SAMPLE)
        self.actor = glance(sample.root).account(TRIAL_USER).actor()
        self.win = open_main(sample, self.actor, self.runner)
        add_real_office_action(self.win, self.set_up_real_office)

    def set_up_real_office(self) -> None:
        """From the sample office: the first-run wizard for the real data folder; once it is set up, the sample
        window closes and the real office's login window opens."""
        from zwcx_desktop.gui.wizard import SetupWizard

        if self.app.initialised:  # set up meanwhile (another window, the command line): just log in
            self._leave_sample()
            return
        self.wizard = SetupWizard(self.app, self.win)
        self.wizard.accepted.connect(self._leave_sample)
        self.wizard.open()

    def _leave_sample(self) -> None:
        sample_win, self.win = self.win, None
        self.login.show()  # first, so that closing the sample window does not quit the application
        self._set_up()
        sample = sample_win.detach()  # no sync round, page or timer of the sample's left to start
        sample_win.close()
        self._close_sample(sample)

    def _close_sample(self, sample) -> None:
        """Close the sample office once nothing runs on it any more: its folder's writer lock and database are
        let go now, not at exit (another zwcx program, or a second look at the sample, may open it)."""
        from PySide6.QtCore import QTimer

        if self.runner.busy:  # a query of a page just closed: looked at again in 100 ms, never blocking the UI
            QTimer.singleShot(100, lambda: self._close_sample(sample))
            return
        if sample in self.opened:
            self.opened.remove(sample)
        sample.close()
        self.sample_closed = True

    def _set_up(self) -> None:
        from zwcx_desktop.config import db_path
        from zwcx_desktop.store.glance import glance

        g = glance(self.root)
        if g is None:  # the store opened and migrated, so this is a damaged file rather than an old one
            from zwcx_desktop.store.db import DamagedDatabase

            self._failed(DamagedDatabase(db_path(self.root)), "")
            return
        if self.user is not None:
            self._main(self._account(g))
        elif self.login.glance is None:  # already ready otherwise: leave the clerk's typing and focus alone
            self.login.set_ready(g)

    def _main(self, actor) -> None:
        self.actor = actor
        home = None if self.app is not None else self.login.glance.home_unit_name
        self.win = open_main(self.app, actor, self.runner, home)
        if self.app is not None:
            self._remember()

    def _remember(self) -> None:
        if self.user is None:
            self.runner.write(remember_user, self.app, self.actor.username)


def main(data_dir: str | None = None) -> int:
    """Entry point of the desktop; returns the process exit status."""
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    qapp = make_qapp()
    starter = Starter(data_dir)
    if os.environ.get("ZWCX_EXIT_AFTER_SHOWN") == "1":
        # Start-up benchmarks and the installer smoke test: the real start, ended once the first window is painted.
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: (qapp.processEvents(), qapp.exit(0)))
    try:
        return qapp.exec()
    finally:
        starter.runner.wait(30000)  # a store still opening (a migration, a keyring prompt) is let finish
        apps = list(starter.opened)
        if starter.win is not None and starter.win.ctx.app is not None and starter.win.ctx.app not in apps:
            apps.append(starter.win.ctx.app)  # reopened after a restore
        for app in apps:
            app.close()


if __name__ == "__main__":
    import argparse

    p = argparse.ArgumentParser(prog="zwcx-desktop")
    p.add_argument("--data-dir")
    raise SystemExit(main(p.parse_args().data_dir))
