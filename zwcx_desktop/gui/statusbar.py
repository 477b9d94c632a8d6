"""Status bar: online or offline, changes waiting to sync, last sync, conflicts; refreshed in the background."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar

from zwcx_desktop.gui.syncstate import read_state


def probe(_handle, url: str | None) -> bool:
    """Task: can the municipal server's host be reached (a TCP connect, 3 s at most)?"""
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
        self.conflicts = QLabel()
        for w in (self.online, self.pending, self.last, self.conflicts, self.user):
            self.addPermanentWidget(w)
        from zwcx_desktop.gui.i18n import enum_text

        self.user.setText(self.tr("User: %1 (%2)").replace("%1", ctx.actor.username)
                          .replace("%2", enum_text(type(ctx.actor.role), ctx.actor.role.value)))
        self.online.setText(self.tr("Offline"))
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        ctx.bus.record_changed.connect(lambda *_: self.refresh(probe_server=False))
        QTimer.singleShot(300, self.refresh)  # after the window shows: start-up stays fast

    def refresh(self, probe_server: bool = True) -> None:
        self.ctx.runner.run(read_state, self.ctx.app, on_done=self._show)
        if probe_server:
            self.ctx.runner.run(probe, self.ctx.app.setting("sync_server_url") or self.ctx.app.setting("server_url"),
                                on_done=self._online)

    def _online(self, ok: bool) -> None:
        self.online.setText("● " + (self.tr("Online") if ok else self.tr("Offline")))
        self.online.setStyleSheet("color: #2e7d32;" if ok else "color: #757575;")

    def _show(self, st) -> None:
        self.pending.setText(self.tr("Waiting to sync: %1").replace("%1", str(st.pending)))
        self.last.setText(self.tr("Last sync: %1").replace("%1", st.last_sync or self.tr("never")))
        self.conflicts.setText(self.tr("Conflicts: %1").replace("%1", str(st.conflicts)))
        self.conflicts.setStyleSheet("color: #c62828;" if st.conflicts else "")
