"""Periodic sync: one round at a time off the UI thread, every N minutes (设置), backing off while offline.

The scheduler is the only thing that starts sync rounds in the desktop, so a timer tick and the 'sync now' button
can never run two rounds at once (two rounds would push the same outbox twice and fight over the pull cursor).
While the server cannot be reached the wait doubles after each failed round, up to a cap, so a township office
without network does not hammer a dead link; the first successful round goes back to the normal interval.
"""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import QObject, QTimer, Signal

from zwcx_desktop.gui.syncstate import is_enrolled, run_sync

K_INTERVAL = "sync_interval_minutes"
DEFAULT_MINUTES = 10
#: The longest wait between attempts while offline: an hour, or the interval itself when that is longer.
BACKOFF_CAP_S = 3600.0
#: The first round after start-up comes soon, so a morning's work starts from fresh data.
FIRST_ROUND_S = 5.0


def backoff_delay(interval_s: float, failures: int, cap_s: float = BACKOFF_CAP_S) -> float:
    """Seconds until the next attempt: the interval, doubled for each failed round in a row, capped."""
    if failures <= 0:
        return interval_s
    return min(interval_s * 2 ** failures, max(cap_s, interval_s))


def read_interval_minutes(app) -> float:
    """The interval stored in the settings; a missing or unreadable value means the default."""
    raw = app.setting(K_INTERVAL)
    try:
        return max(float(raw), 0.0) if raw not in (None, "") else float(DEFAULT_MINUTES)
    except ValueError:
        return float(DEFAULT_MINUTES)


class SyncScheduler(QObject):
    """Runs sync rounds on the task runner's pool: on a timer, on request, never two at once.

    Signals: `started()`, `progress(text)`, `finished(outcome)` where outcome is {"ok": True, "result": {...}} or
    {"ok": False, "error": text}, and `changed()` whenever what the status bar shows may have changed.
    """

    started = Signal()
    progress = Signal(str)
    finished = Signal(object)
    changed = Signal()

    def __init__(self, ctx, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.running = False
        self.failures = 0
        self.last: dict | None = None
        self.last_at: str | None = None
        self.cap_s = BACKOFF_CAP_S
        self.interval_s = read_interval_minutes(ctx.app) * 60
        self.next_delay_s: float | None = None
        self.next_at: float | None = None  # time.monotonic() of the next attempt
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._tick)
        self._handle = None

    # ------------------------------------------------------------------ timing

    def start(self) -> None:
        """Arm the timer for the first round (after start-up, not during it)."""
        if self.interval_s > 0:
            self._arm(min(FIRST_ROUND_S, self.interval_s))

    def set_interval(self, seconds: float) -> None:
        """A new interval (0 = no automatic sync) takes effect at once; a running round is not disturbed."""
        self.interval_s = max(float(seconds), 0.0)
        if not self.running:
            self._schedule()

    def _schedule(self) -> None:
        if self.interval_s <= 0:
            self.timer.stop()
            self.next_delay_s = self.next_at = None
            self.changed.emit()
            return
        self._arm(backoff_delay(self.interval_s, self.failures, self.cap_s))

    def _arm(self, seconds: float) -> None:
        self.next_delay_s = seconds
        self.next_at = time.monotonic() + seconds
        self.timer.start(max(int(seconds * 1000), 1))
        self.changed.emit()

    def seconds_to_next(self) -> float | None:
        return None if self.next_at is None or self.running else max(self.next_at - time.monotonic(), 0.0)

    def _tick(self) -> None:
        if not self.sync_now(manual=False):
            self._schedule()

    # ------------------------------------------------------------------ rounds

    def sync_now(self, manual: bool = True) -> bool:
        """Start a round unless one is running or this computer is not enrolled; returns whether it started.

        `manual` rounds (the button) are what the clerk asked for, so they are tried even while backing off.
        """
        if self.running or not is_enrolled(self.ctx.app):
            return False
        self.running = True
        self.timer.stop()
        self.next_at = None
        self.started.emit()
        self.changed.emit()
        self._handle = self.ctx.runner.run(run_sync, self.ctx.app, on_done=self._done, on_error=self._failed,
                                           on_progress=lambda _d, _t, text: self.progress.emit(text))
        return True

    def _finish(self, outcome: dict) -> None:
        self.running = False
        self._handle = None
        self.last = outcome
        self.last_at = dt.datetime.now().strftime("%H:%M:%S")
        self._schedule()
        self.finished.emit(outcome)
        self.changed.emit()
        result = outcome.get("result") or {}
        if result.get("pulled") or result.get("pushed"):
            # Records arrived or changed sync state: every list reloads (a quiet round leaves them, and the
            # clerk's selection, alone).
            self.ctx.bus.record_changed.emit("", "")

    def _done(self, result: dict) -> None:
        self.failures = 0
        self._finish({"ok": True, "result": result})

    def _failed(self, exc: BaseException, _details: str) -> None:
        from zwcx_desktop.sync.engine import SyncBusy

        if not isinstance(exc, SyncBusy):  # the other process is syncing: no reason to wait longer next time
            self.failures += 1
        self._finish({"ok": False, "error": self.error_text(exc)})

    def error_text(self, exc: BaseException) -> str:
        """One sentence for the clerk; the engine's English detail stays in brackets for the IT person."""
        from zwcx_desktop.gui.errors import describe
        from zwcx_desktop.sync.client import BadAnswer, NetworkError, ServerRefused
        from zwcx_desktop.sync.engine import NotEnrolled, SyncBusy

        if isinstance(exc, NetworkError):
            return self.tr("The sync server cannot be reached; sync will try again later. (%1)").replace("%1", str(exc))
        if isinstance(exc, BadAnswer):
            return self.tr("The answer did not come from the sync server (a proxy or a login page may be in the "
                           "way). (%1)").replace("%1", str(exc))
        if isinstance(exc, ServerRefused):
            return self.tr("The sync server refused the request. (%1)").replace("%1", str(exc))
        if isinstance(exc, SyncBusy):
            return self.tr("Another sync of this data folder is running (for example 'zwcx sync' in a terminal); "
                           "this round was skipped.")
        if isinstance(exc, NotEnrolled):
            return self.tr("This computer is not enrolled with a sync server yet.")
        return describe(exc)

    def stop(self) -> None:
        """No more rounds (the window is closing); a running one finishes on its own, nothing is half-applied."""
        self.timer.stop()
        self.interval_s = 0
