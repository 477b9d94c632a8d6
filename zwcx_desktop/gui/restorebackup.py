"""File → 备份… and 恢复备份… (administrators only): write a backup of the records and attachments, or replace the
records by a backup, as the data folder's one writer.

The window closes the store first (pages, sync timer, open records), keeps the writer lock while the backup is
written in on a worker thread, and reopens the store with that same lock, so no other zwcx program can start
writing in between. A refused backup (damaged, another office's, no disk space) changes nothing and the store
simply reopens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

DESKTOP_PROGRAM = "zwcx desktop"


def restore_task(_handle, root: Path, path: str, lock):
    """Task: restore `path` into `root` under `lock` (taken here when the store had none), then reopen the store
    with it whatever happened. Returns (RestoreResult or None, the refusal or None, the reopened App)."""
    from zwcx_desktop.store.app import App
    from zwcx_desktop.store.restore import restore_backup
    from zwcx_desktop.store.writerlock import WriterLock

    if lock is None:
        lock = WriterLock(root, DESKTOP_PROGRAM).acquire()
    result = refusal = None
    try:
        result = restore_backup(root, Path(path), lock)
    except Exception as exc:  # noqa: BLE001 - whatever stopped it, the store reopens as it was
        refusal = exc
    try:
        app = App(root, lock)
    except BaseException:
        lock.release()
        raise
    return result, refusal, app


class RestoreBackup(QObject):
    """The action and its steps; `finished(ok)` fires once the store is open again (tests wait for it)."""

    finished = Signal(bool)

    def __init__(self, win) -> None:
        super().__init__(win)
        self.win = win
        self.action = QAction(self.tr("Restore a backup…"), win)
        self.action.setObjectName("act_restore_backup")
        self.action.triggered.connect(lambda: self.start())
        self.confirm: QMessageBox | None = None

    def start(self, path: str | None = None) -> None:
        """Ask for the backup file (unless given), then for confirmation."""
        win = self.win
        if not win.ready:
            return
        if path is None:
            path, _ = QFileDialog.getOpenFileName(win, self.tr("Choose a backup"), str(win.ctx.app.root / "backups"),
                                                  self.tr("zwcx backups (*.zip);;All files (*)"))
            if not path:
                return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore a backup"), self.tr(
            "Replace all records on this computer by the backup %1?\n\nEverything entered since that backup was "
            "made is replaced; a copy of the current data is kept in the backups folder. The records close while "
            "the backup is restored.").replace("%1", Path(path).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, win)
        box.setObjectName("restore_confirm")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Restore"))
        box.finished.connect(lambda res: res == QMessageBox.StandardButton.Yes and self._run(path))
        self.confirm = box
        box.open()

    def _run(self, path: str) -> None:
        win = self.win
        for d in list(win.dialogs.values()):
            d.close()
        if win.dialogs:  # a record with unsaved changes stayed open: the clerk chose to keep it
            QMessageBox.information(win, self.tr("Restore a backup"),
                                    self.tr("Close the open records first, then restore the backup."))
            return
        if win.ctx.sync is not None:
            win.ctx.sync.stop()  # no new round; one already running is waited for below
        self._when_idle(path)

    def _when_idle(self, path: str) -> None:
        """Restore once no sync round, save or query is running on the store, looking again every 100 ms rather
        than blocking the UI thread on the task pools."""
        win = self.win
        if (win.ctx.sync is not None and win.ctx.sync.running) or win.ctx.runner.busy:
            QTimer.singleShot(100, lambda: self._when_idle(path))
            return
        root = win.ctx.app.root
        app = win.detach()
        lock = app.close(keep_lock=True)
        win.statusBar().showMessage(self.tr("Restoring the backup…"))
        win.ctx.runner.run(restore_task, root, path, lock, on_done=self._done, on_error=self._failed)

    def _done(self, answer) -> None:
        from zwcx_desktop.gui.errors import describe

        result, refusal, app = answer
        self.win.attach(app)
        if refusal is not None:
            QMessageBox.warning(self.win, self.tr("Restore a backup"), self.tr(
                "The backup was not restored; the records are as they were.\n%1").replace("%1", describe(refusal)))
        else:
            kept = result.pre_restore.name if result.pre_restore else "-"
            QMessageBox.information(self.win, self.tr("Restore a backup"), self.tr(
                "The backup was restored: the records now match the backup made %1. The data it replaced is kept "
                "in the backups folder (%2).").replace("%1", result.backup_made).replace("%2", kept))
        self.finished.emit(refusal is None)

    def _failed(self, exc, details: str) -> None:
        from zwcx_desktop.gui.errors import describe

        self.win.statusBar().showMessage(self.tr("The records could not be opened again."))
        QMessageBox.critical(self.win, self.tr("Restore a backup"), describe(exc))
        self.finished.emit(False)


def backup_task(_handle, root: Path, path: str) -> dict:
    """Task: write the backup of `root` to `path` (store/backup.py reads a consistent copy of the open database)."""
    from zwcx_desktop.store.backup import create_backup

    return create_backup(root, Path(path))


class MakeBackup(QObject):
    """File → 备份…: choose where, then write the backup on a worker; `finished(ok)` when it is written or refused
    (tests wait for it). The data folder's own backups folder is offered first; a USB stick is one click away."""

    finished = Signal(bool)

    def __init__(self, win) -> None:
        super().__init__(win)
        self.win = win
        self.action = QAction(self.tr("Back up…"), win)
        self.action.setObjectName("act_make_backup")
        self.action.setToolTip(self.tr("Write all records and attachments to one backup file (.zip), e.g. on a USB "
                                       "stick"))
        self.action.triggered.connect(lambda: self.start())

    def start(self, path: str | None = None) -> None:
        import datetime as dt

        win = self.win
        if not win.ready:
            return
        if path is None:
            folder = win.ctx.app.root / "backups"
            folder.mkdir(exist_ok=True)
            name = f"zwcx-{dt.date.today():%Y%m%d}.zip"
            path, _ = QFileDialog.getSaveFileName(win, self.tr("Back up"), str(folder / name),
                                                  self.tr("zwcx backups (*.zip)"))
            if not path:
                return
        if not path.lower().endswith(".zip"):
            path += ".zip"
        win.statusBar().showMessage(self.tr("Writing the backup…"))
        win.ctx.runner.run(backup_task, win.ctx.app.root, path, on_done=lambda m: self._done(path, m),
                           on_error=self._failed)

    def _done(self, path: str, manifest: dict) -> None:
        text = self.tr("Backup written to %1 (%2 attachments).").replace("%1", path).replace(
            "%2", str(manifest.get("attachments", 0)))
        self.win.statusBar().showMessage(text, 15000)
        self.message = text
        self.finished.emit(True)

    def _failed(self, exc, _details: str) -> None:
        from zwcx_desktop.gui.errors import describe

        self.win.statusBar().clearMessage()
        self.message = describe(exc)
        QMessageBox.warning(self.win, self.tr("Back up"), self.tr("The backup was not written: %1").replace(
            "%1", self.message))
        self.finished.emit(False)


def add_backup_action(win) -> MakeBackup | None:
    """备份… for an administrator (a backup holds every record of the office)."""
    from zwcx_core.domain.enums import Role

    if win.ctx.actor is None or win.ctx.actor.role != Role.ADMIN:
        return None
    b = MakeBackup(win)
    win.make_backup = b
    return b


def add_restore_action(win, menu) -> RestoreBackup | None:
    """Put 恢复备份… in `menu` for an administrator (nobody else may replace the office's records)."""
    from zwcx_core.domain.enums import Role

    if win.ctx.actor is None or win.ctx.actor.role != Role.ADMIN:
        return None
    r = RestoreBackup(win)
    menu.addAction(r.action)
    win.restore_backup = r
    return r
