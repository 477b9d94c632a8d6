"""Batch lifecycle actions on the selected rows of a record list (service records come in hundreds).

The buttons offered are the steps this user may take from the status all selected records share; the step runs
on the writer thread through `RecordStore.transition_many` (one transaction, role-checked in core), with a
progress bar and a Cancel button that rolls back everything as long as the commit has not happened.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from zwcx_desktop.gui.actions import action_text, visible_targets
from zwcx_desktop.gui.forms import ERROR_STYLE


def batch_transition(handle, app, record_ids: list[str], target: str, actor) -> list[str] | None:
    """Task: the whole batch in one transaction; None when the user cancelled (then nothing was written)."""
    from zwcx_desktop.gui.tasks import Cancelled

    try:
        return app.records.transition_many(record_ids, target, actor, progress=handle.progress, check=handle.check)
    except Cancelled:
        return None


class BatchBar(QWidget):
    """Sits under a record list: what is selected, the allowed steps, and the progress of a running batch."""

    def __init__(self, page, parent=None) -> None:
        super().__init__(parent)
        self.page, self.ctx, self.kind = page, page.ctx, page.kind
        self.handle = None
        self.outcome = ""  # how the last batch ended: stays in view after the list reloads and the selection goes
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.info = QLabel()
        self.info.setObjectName("batch_info")
        lay.addWidget(self.info, 1)
        self.buttons_box = QHBoxLayout()
        lay.addLayout(self.buttons_box)
        self.buttons: dict[str, QPushButton] = {}
        self.bar = QProgressBar()
        self.bar.setObjectName("batch_progress")
        self.bar.setMaximumWidth(240)
        lay.addWidget(self.bar)
        self.cancel_btn = QPushButton(self.tr("Cancel"))
        self.cancel_btn.setObjectName("batch_cancel")
        self.cancel_btn.clicked.connect(self.cancel)
        lay.addWidget(self.cancel_btn)
        self._running(False)
        page.table.selectionModel().selectionChanged.connect(self.update_actions)
        page.model.modelReset.connect(self.update_actions)

    def selected(self) -> list[tuple[str, str | None]]:
        """(id, status) of the selected rows, in list order."""
        rows = sorted(i.row() for i in self.page.table.selectionModel().selectedRows())
        return [(r["id"], r.get("status")) for r in (self.page.model._rows[i] for i in rows)]

    def update_actions(self, *_a) -> None:
        """Offer the steps allowed from the selection's common status; none while a batch runs."""
        for b in self.buttons.values():
            self.buttons_box.removeWidget(b)
            b.deleteLater()
        self.buttons = {}
        if self.handle is not None:
            return
        sel = self.selected()
        statuses = {st for _i, st in sel}
        if len(sel) < 2:
            self.info.setText(self.outcome)  # one record is handled in its form; batches start at two
            return
        self.info.setStyleSheet("")
        if len(statuses) != 1 or None in statuses:
            self.info.setText(self.tr("%1 selected; they have different statuses, so no step applies to all")
                              .replace("%1", str(len(sel))))
            return
        self.info.setText(self.tr("%1 selected").replace("%1", str(len(sel))))
        for target in visible_targets(self.kind, statuses.pop(), self.ctx.actor.role):
            b = QPushButton(action_text(self.kind, target))
            b.setObjectName(f"batch_{target}")
            b.clicked.connect(lambda _c=False, t=target: self.run(t))
            self.buttons_box.addWidget(b)
            self.buttons[target] = b

    def _running(self, on: bool) -> None:
        self.bar.setVisible(on)
        self.cancel_btn.setVisible(on)
        self.cancel_btn.setEnabled(on)
        self.page.table.setEnabled(not on)  # the selection is what the batch acts on: keep it still meanwhile

    def run(self, target: str) -> None:
        ids = [i for i, _st in self.selected()]
        self.bar.setRange(0, len(ids))
        self.bar.setValue(0)
        self.outcome = ""
        self.info.setStyleSheet("")
        self.info.setText(self.tr("Working on %1 records…").replace("%1", str(len(ids))))
        self.handle = self.ctx.runner.write(
            batch_transition, self.ctx.app, ids, target, self.ctx.actor,
            on_done=self._done, on_error=self._failed, on_progress=lambda d, t, _x: self.bar.setValue(d))
        self._running(True)
        self.update_actions()

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
            self.cancel_btn.setEnabled(False)

    def _finish(self, outcome: str, error: bool = False) -> None:
        self.handle = None
        self.outcome = outcome
        self._running(False)
        self.info.setStyleSheet(ERROR_STYLE if error else "")
        self.info.setText(outcome)
        self.ctx.bus.record_changed.emit(self.kind, "")  # the list (and the dashboard) show the new statuses

    def _done(self, statuses: list[str] | None) -> None:
        self._finish(self.tr("Cancelled: nothing was changed.") if statuses is None
                     else self.tr("%1 records changed.").replace("%1", str(len(statuses))))

    def _failed(self, exc, _details) -> None:
        from zwcx_desktop.gui.errors import describe

        self._finish(self.tr("Nothing was changed: %1").replace("%1", describe(exc)), error=True)
