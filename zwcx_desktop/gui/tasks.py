"""The one task runner: a single worker thread for database writes, a small pool for everything else.

A task is a plain function `fn(handle, *args)`; `handle` reports progress and tells it when to stop, so tasks
are testable without Qt. Results and failures come back on the UI thread by queued signal; a failure nobody
handles is shown to the user through `TaskRunner.failed`.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised by `Handle.check()` when the user cancelled the task."""


class Handle:
    """What a task sees: progress reporting (throttled) and cancellation. Qt-free."""

    def __init__(self, on_progress: Callable[[int, int, str], None] | None = None) -> None:
        self._cancel = threading.Event()
        self._on_progress = on_progress
        self._last = 0.0

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Stop here (raise Cancelled) if the user asked to cancel."""
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        # At most ~20 updates a second: a loop over 100k rows must not flood the UI thread with signals.
        now = time.monotonic()
        if self._on_progress and (now - self._last > 0.05 or done >= total > 0):
            self._last = now
            self._on_progress(done, total, text)


def _alive(callback) -> bool:
    """False when the callback is a method of a Qt object that has been deleted."""
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, QObject):
        import shiboken6

        return shiboken6.isValid(owner)
    return True


class _Relay(QObject):
    """Lives on the UI thread; the worker emits, the queued connection delivers to the callbacks here."""

    done = Signal(object, object)
    progressed = Signal(int, int, str)

    def __init__(self, on_done, on_error, on_progress, finish) -> None:
        super().__init__()
        self._on_done, self._on_error, self._on_progress, self._finish = on_done, on_error, on_progress, finish
        # Automatic connections: jobs emit from pool threads, so Qt queues the call to this (UI) thread. Naming
        # QueuedConnection would load PySide6's whole Qt namespace (~30 ms) before the first window shows.
        self.done.connect(self._deliver)
        self.progressed.connect(self._report)

    @Slot(object, object)
    def _deliver(self, result: Any, error: Any) -> None:
        try:
            if not _alive(self._on_done) or not _alive(self._on_error):
                return  # the view that asked was closed meanwhile: nobody is left to show the answer to
            if error is None:
                if self._on_done:
                    self._on_done(result)
            elif not isinstance(error[0], Cancelled):
                self._on_error(*error)
        except RuntimeError as exc:
            if "already deleted" not in str(exc):
                raise
            log.debug("result for a closed view dropped: %s", exc)
        finally:
            self._finish(self)

    @Slot(int, int, str)
    def _report(self, done: int, total: int, text: str) -> None:
        if self._on_progress:
            self._on_progress(done, total, text)


class _Job(QRunnable):
    def __init__(self, fn, args, handle: Handle, relay: _Relay) -> None:
        super().__init__()
        self.fn, self.args, self.handle, self.relay = fn, args, handle, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.handle, *self.args)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the UI, none is lost in a thread
            log.warning("task %s failed", getattr(self.fn, "__name__", self.fn), exc_info=True)
            self.relay.done.emit(None, (exc, traceback.format_exc()))
            return
        self.relay.done.emit(result, None)


class TaskRunner(QObject):
    """Submit work off the UI thread. `failed(message, details)` fires for failures without their own handler."""

    failed = Signal(str, str)

    def __init__(self, parent: QObject | None = None, workers: int = 3) -> None:
        super().__init__(parent)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)  # SQLite has one writer: queue writes rather than contend for the lock
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(workers)
        self._live: set[_Relay] = set()

    def write(self, fn, *args, on_done=None, on_error=None, on_progress=None) -> Handle:
        """Run a database write on the single writer thread."""
        return self._submit(self._writer, fn, args, on_done, on_error, on_progress)

    def run(self, fn, *args, on_done=None, on_error=None, on_progress=None) -> Handle:
        """Run a read, export, network or PDF task on the pool."""
        return self._submit(self._pool, fn, args, on_done, on_error, on_progress)

    def _submit(self, pool, fn, args, on_done, on_error, on_progress) -> Handle:
        relay = _Relay(on_done, on_error or self._report_failure, on_progress, self._live.discard)
        self._live.add(relay)
        handle = Handle(relay.progressed.emit)
        pool.start(_Job(fn, args, handle, relay))
        return handle

    def _report_failure(self, exc: BaseException, details: str) -> None:
        from zwcx_desktop.gui.errors import describe

        self.failed.emit(describe(exc), details)

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def wait(self, timeout_ms: int = 30000) -> None:
        """Block until both pools are idle (tests and shutdown)."""
        self._writer.waitForDone(timeout_ms)
        self._pool.waitForDone(timeout_ms)
