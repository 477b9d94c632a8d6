"""同步: what waits to be sent, and a button to sync now (the sync engine is another module's work)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from zwcx_desktop.gui.syncstate import read_state, run_sync


class SyncPage(QWidget):
    def __init__(self, ctx, on_synced=None, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.on_synced = ctx, on_synced
        lay = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("sync_summary")
        self.summary.setStyleSheet("font-size: 13pt;")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.bar = QProgressBar()
        self.bar.hide()
        lay.addWidget(self.bar)
        self.button = QPushButton(self.tr("Sync now"))
        self.button.setObjectName("sync_now")
        self.button.clicked.connect(self.sync_now)
        self.button.setMinimumWidth(160)
        lay.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.result = QLabel()
        self.result.setWordWrap(True)
        lay.addWidget(self.result)
        lay.addStretch(1)
        ctx.bus.record_changed.connect(lambda *_: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.ctx.runner.run(read_state, self.ctx.app, on_done=self._show)

    def _show(self, st) -> None:
        lines = [self.tr("Changes waiting to be sent: %1").replace("%1", str(st.pending)),
                 self.tr("Records in conflict: %1").replace("%1", str(st.conflicts)),
                 self.tr("Last sync: %1").replace("%1", st.last_sync or self.tr("never")),
                 self.tr("Municipal server: %1").replace("%1", st.server_url or self.tr("not set"))]
        if st.rejected:
            lines.append(self.tr("Changes refused by the server: %1").replace("%1", str(st.rejected)))
        if not st.engine:
            lines.append(self.tr("Sync is not configured on this computer yet; all work is kept here safely "
                                 "and will be sent once it is."))
        self.summary.setText("\n".join(lines))
        self.button.setEnabled(st.engine and bool(st.server_url))
        if st.engine and not st.server_url:
            self.result.setText(self.tr("This computer is not enrolled yet: an administrator enters the server "
                                        "address and the one-time code under Settings."))

    def sync_now(self) -> None:
        self.button.setEnabled(False)
        self.bar.show()
        self.bar.setRange(0, 0)
        self.ctx.runner.run(run_sync, self.ctx.app, on_done=self._done, on_error=self._failed,
                            on_progress=lambda _d, _t, text: self.result.setText(text))

    def _done(self, r) -> None:
        self.bar.hide()
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Sync finished: %1 sent, %2 received, %3 conflicts, %4 refused.")
                            .replace("%1", str(r["pushed"])).replace("%2", str(r["pulled"]))
                            .replace("%3", str(r["conflicts"])).replace("%4", str(r["rejected"]))
                            + ("\n" + "\n".join(r["warnings"]) if r["warnings"] else ""))
        self.ctx.bus.record_changed.emit("", "")
        self.refresh()
        if self.on_synced:
            self.on_synced()

    def _failed(self, exc, _details) -> None:
        from zwcx_desktop.gui.errors import describe

        self.bar.hide()
        self.result.setText(self.tr("Sync failed: %1").replace("%1", describe(exc)))
        self.result.setStyleSheet("color: #c62828;")
        self.refresh()
