"""同步: what waits to be sent, the last round's result, conflicts to merge, and changes the server refused.

Rounds are started only through the window's SyncScheduler (ctx.sync), so the button and the periodic timer never
run two at once; this page shows what the scheduler and the store report.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from zwcx_desktop.gui.forms import ERROR_STYLE
from zwcx_desktop.gui.i18n import kind_name, message
from zwcx_desktop.gui.syncstate import local_time, read_state

SKEW_LIMIT_S = 300  # the protocol's promise: clock skew over five minutes is shown to the clerk
RESTORE_NOTICE_DAYS = 3  # how long the page and the status bar keep saying that the server had lost changes


def restore_notice(restore: dict | None) -> str | None:
    """The notice that the server's data went back, for a repair finished in the last few days (engine status
    `server_restore`), else None. Kept apart from the last round: the round after it, or a failed one, must not
    make the clerk miss it."""
    import datetime as dt

    from PySide6.QtCore import QCoreApplication

    if not restore:
        return None
    try:
        at = dt.datetime.fromisoformat(str(restore.get("at")).replace("Z", "+00:00"))
    except ValueError:
        return None
    if dt.datetime.now(dt.UTC) - at > dt.timedelta(days=RESTORE_NOTICE_DAYS):
        return None
    return QCoreApplication.translate(
        "SyncNotices", "The server's data went back to an earlier state; %1 record(s) were uploaded to it again "
        "(noticed %2).").replace("%1", str(restore.get("records", 0))).replace(
        "%2", local_time(restore.get("at")) or "")


def round_notices(result: dict | None, restore: dict | None = None) -> list[str]:
    """Warnings in the UI language: clock skew of the last round, a server that had lost confirmed changes."""
    from PySide6.QtCore import QCoreApplication

    lost = restore_notice(restore)
    if not result or not result.get("ok", True):
        return [lost] if lost else []
    out = []
    skew = float(result.get("skew_seconds") or 0)
    if abs(skew) > SKEW_LIMIT_S:
        out.append(QCoreApplication.translate(
            "SyncNotices", "This computer's clock differs from the server's by %1 minutes; please correct the date "
            "and time (records are still ordered correctly).").replace("%1", str(round(abs(skew) / 60))))
    if lost:
        out.append(lost)
    elif result.get("epoch_changed"):
        out.append(QCoreApplication.translate(
            "SyncNotices", "The server was restored from a backup: this computer sent again what the server may "
            "have lost."))
    if result.get("recounted"):
        out.append(QCoreApplication.translate(
            "SyncNotices", "The official holiday schedule arrived: the dates of %1 record(s) not yet posted were "
            "counted again. Posted notices keep their dates.").replace("%1", str(result["recounted"])))
    # The round's other warnings (changes held back for an older server, prints or audit hashes not taken, clocks
    # not shared), in the UI language; the clock and the restore are said above from the round's own fields.
    from zwcx_desktop.gui.i18n import message

    out += [message(w) for w in result.get("warnings") or []
            if isinstance(w, str) and not w.startswith(_SAID_ABOVE)]
    return out


#: The engine's warnings round_notices says from the round's fields instead.
_SAID_ABOVE = ("this computer's clock differs", "the server's data had gone back")


class SyncPage(QWidget):
    def __init__(self, ctx, on_synced=None, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.on_synced = ctx, on_synced
        if ctx.sync is None:  # a page built outside the main window still gets the one-round-at-a-time rule
            from zwcx_desktop.gui.syncscheduler import SyncScheduler

            ctx.sync = SyncScheduler(ctx, self)
        self.sched = ctx.sync
        self.state = None
        # The layout is ui/sync.ui (Qt Designer), compiled into ui_sync.py at build time (scripts/uic.py). Imported
        # here: the status bar imports this module for round_notices() alone.
        from zwcx_desktop.gui.ui_sync import Ui_SyncPage

        self.ui = Ui_SyncPage()
        self.ui.setupUi(self)
        self.summary, self.notice, self.bar = self.ui.sync_summary, self.ui.sync_notice, self.ui.sync_progress
        self.button, self.merge_btn = self.ui.sync_now, self.ui.open_merge
        self.result, self.schedule = self.ui.sync_result, self.ui.sync_schedule
        self.rejected_box, self.rejected = self.ui.rejected_box, self.ui.rejected_table
        self.button.clicked.connect(self.sync_now)
        self.merge_btn.clicked.connect(self.open_merge)
        self.rejected.cellDoubleClicked.connect(self._open_rejected)

        self.sched.started.connect(self._started)
        self.sched.progress.connect(lambda text: self.result.setText(message(text)))
        self.sched.finished.connect(self._finished)
        self.sched.changed.connect(self._show_schedule)
        ctx.bus.record_changed.connect(self._on_record_changed)  # bound: dropped with the widget
        # The countdown to the next automatic round is only text: once a second is plenty.
        self.clock = QTimer(self)
        self.clock.setInterval(1000)
        self.clock.timeout.connect(self._show_schedule)
        self.clock.start()
        if self.sched.running:
            self._started()
        elif self.sched.last:
            self._finished(self.sched.last)
        self._show_schedule()
        self.refresh()

    # ------------------------------------------------------------------ state


    def _on_record_changed(self, *_) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.ctx.runner.run(read_state, self.ctx.app, on_done=self._show)

    def _show(self, st) -> None:
        self.state = st
        lines = [self.tr("Changes waiting to be sent: %1").replace("%1", str(st.pending)),
                 self.tr("Records in conflict: %1").replace("%1", str(st.conflicts)),
                 self.tr("Last sync: %1").replace("%1", local_time(st.last_sync) or self.tr("never")),
                 self.tr("Municipal server: %1").replace("%1", st.server_url or self.tr("not set"))]
        if st.rejected:
            lines.append(self.tr("Changes refused by the server: %1").replace("%1", str(st.rejected)))
        if not st.engine:
            lines.append(self.tr("Sync is not configured on this computer yet; all work is kept here safely "
                                 "and will be sent once it is."))
        self.summary.setText("\n".join(lines))
        self.merge_btn.setVisible(st.conflicts > 0)
        self.button.setEnabled(st.engine and bool(st.server_url) and not self.sched.running)
        if st.engine and not st.server_url:
            self.result.setText(self.tr("This computer is not enrolled yet: an administrator enters the server "
                                        "address and the one-time code under Settings."))
        last = st.last_result
        notices = round_notices(last, st.server_restore)
        if last and not last.get("ok", True) and not self.sched.last:
            # A failure from an earlier session (or the command line) is still the latest word on this computer.
            notices.insert(0, self.tr("The last sync did not finish: %1").replace("%1", str(last.get("error"))))
        self.notice.setText("\n".join(notices))
        self.notice.setVisible(bool(notices))
        self._show_rejected(st)

    def _show_rejected(self, st) -> None:
        ops = st.rejected_ops
        self.rejected_box.setVisible(bool(ops))
        self.rejected.setRowCount(len(ops))
        for r, op in enumerate(ops):
            for c, text in enumerate((str(op["seq"]), kind_name(op["kind"]), op.get("title") or op["record_id"][:8],
                                      op.get("reason") or "")):
                it = QTableWidgetItem(text)
                it.setToolTip(text)
                it.setData(Qt.ItemDataRole.UserRole, (op["kind"], op["record_id"]))
                self.rejected.setItem(r, c, it)

    def _open_rejected(self, row: int, _col: int) -> None:
        it = self.rejected.item(row, 0)
        if it is not None:
            kind, rid = it.data(Qt.ItemDataRole.UserRole)
            self.ctx.bus.open_record.emit(kind, rid)

    def _show_schedule(self) -> None:
        s = self.sched
        if s.running:
            text = self.tr("Syncing…")
        # Not enrolled: no automatic rounds are promised. Known from the state read in the background, as this
        # runs every second on the UI thread.
        elif self.state is not None and not self.state.enrolled:
            text = self.tr("This computer is not enrolled with a sync server yet.")
        elif s.interval_s <= 0:
            text = self.tr("Automatic sync is off (see Settings).")
        elif s.failures:
            text = self.tr("The server could not be reached %1 time(s) in a row; next try in %2 s.") \
                .replace("%1", str(s.failures)).replace("%2", str(round(s.seconds_to_next() or 0)))
        else:
            text = self.tr("Automatic sync every %1 minute(s); next in %2 s.") \
                .replace("%1", f"{s.interval_s / 60:g}").replace("%2", str(round(s.seconds_to_next() or 0)))
        self.schedule.setText(text)

    # ------------------------------------------------------------------ rounds

    def sync_now(self) -> None:
        if not self.sched.sync_now(manual=True) and not self.sched.running:
            self.result.setText(self.tr("This computer is not enrolled with a sync server yet."))

    def _started(self) -> None:
        self.button.setEnabled(False)
        self.bar.show()
        self.bar.setRange(0, 0)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Syncing…"))

    def _finished(self, outcome: dict) -> None:
        self.bar.hide()
        self.button.setEnabled(True)
        if outcome["ok"]:
            r = outcome["result"]
            self.result.setStyleSheet("")
            self.result.setText(self.tr("Sync finished at %5: %1 sent, %2 received, %3 conflicts, %4 refused.")
                                .replace("%1", str(r["pushed"])).replace("%2", str(r["pulled"]))
                                .replace("%3", str(r["conflicts"])).replace("%4", str(r["rejected"]))
                                .replace("%5", self.sched.last_at or ""))
            if self.on_synced:
                self.on_synced()
        else:
            self.result.setStyleSheet(ERROR_STYLE)
            self.result.setText(self.tr("Sync failed: %1").replace("%1", message(outcome["error"])))
        self.refresh()

    def open_merge(self):
        from zwcx_desktop.gui.mergedialog import open_merge

        return open_merge(self.ctx, self.window())
