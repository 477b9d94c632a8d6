"""Status bar: online or offline, changes waiting to sync, last sync, conflicts; refreshed in the background."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar

from zwcx_desktop.gui.syncstate import local_time, read_state


def probe(_handle, app) -> bool:
    """Task: can the municipal server's host be reached (a TCP connect, 3 s at most)? The address is read here,
    off the UI thread, like the connection itself."""
    url = app.setting("sync_server_url") or app.setting("server_url")
    if not url:
        return False
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)), 3):
            return True
    except OSError:
        return False


class SyncStatusBar(QStatusBar):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = QLabel()
        self.online = QLabel()
        self.pending = QLabel()
        self.pending.setObjectName("status_pending")
        self.last = QLabel()
        self.last.setObjectName("status_last")
        self.warning = QLabel()  # last round failed, or the clock is off: short here, in full on the sync page
        self.warning.setObjectName("status_warning")
        self.warning.setStyleSheet("color: #e65100;")
        self.conflicts = QPushButton()  # a button: a click opens the merge dialog
        self.conflicts.setObjectName("status_conflicts")
        self.conflicts.setFlat(True)
        self.conflicts.clicked.connect(self.open_conflicts)
        for w in (self.online, self.pending, self.last, self.warning, self.conflicts, self.user):
            self.addPermanentWidget(w)
        from zwcx_desktop.gui.i18n import enum_text

        self.user.setText(self.tr("User: %1 (%2)").replace("%1", ctx.actor.username)
                          .replace("%2", enum_text(type(ctx.actor.role), ctx.actor.role.value)))
        self.online.setText(self.tr("Offline"))
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        ctx.bus.record_changed.connect(self._on_record_changed)  # bound: dropped with the widget
        if ctx.sync is not None:
            ctx.sync.finished.connect(self._round_finished)
            ctx.sync.started.connect(lambda: self.last.setText(self.tr("Syncing…")))
        QTimer.singleShot(300, self.refresh)  # after the window shows: start-up stays fast


    def _on_record_changed(self, *_) -> None:
        self.refresh(probe_server=False)

    def refresh(self, probe_server: bool = True) -> None:
        self.ctx.runner.run(read_state, self.ctx.app, on_done=self._show)
        if probe_server:
            self.ctx.runner.run(probe, self.ctx.app, on_done=self._online)

    def _online(self, ok: bool) -> None:
        self.online.setText("● " + (self.tr("Online") if ok else self.tr("Offline")))
        self.online.setStyleSheet("color: #2e7d32;" if ok else "color: #757575;")

    def _round_finished(self, outcome: dict) -> None:
        # A finished round is better evidence than a TCP probe: the server answered the protocol, or it did not.
        self._online(bool(outcome.get("ok")))
        self.refresh(probe_server=False)

    def _show(self, st) -> None:
        from zwcx_desktop.gui.syncpage import round_notices

        self.pending.setText(self.tr("Waiting to sync: %1").replace("%1", str(st.pending)))
        if self.ctx.sync is None or not self.ctx.sync.running:
            self.last.setText(self.tr("Last sync: %1").replace("%1", local_time(st.last_sync) or self.tr("never")))
        self.conflicts.setText(self.tr("Conflicts: %1").replace("%1", str(st.conflicts)))
        self.conflicts.setStyleSheet("color: #c62828;" if st.conflicts else "")
        self.conflicts.setEnabled(st.conflicts > 0)
        last = st.last_result
        warn, tip = "", ""
        if last and not last.get("ok", True):
            warn, tip = self.tr("Last sync failed"), str(last.get("error") or "")
        elif round_notices(last, st.server_restore):
            warn, tip = self.tr("Check the sync page"), "\n".join(round_notices(last, st.server_restore))
        self.warning.setText(warn)
        self.warning.setToolTip(tip)
        self.warning.setVisible(bool(warn))

    def open_conflicts(self):
        """The merge dialog, from the conflict count."""
        from zwcx_desktop.gui.mergedialog import open_merge

        return open_merge(self.ctx, self.window())
