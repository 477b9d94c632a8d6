"""Batch lifecycle actions on the selected rows of a record list (service records come in hundreds).

The buttons offered are the steps this user may take from the status all selected records share; the step runs
on the writer thread through `RecordStore.transition_many` (one transaction, role-checked in core), with a
progress bar and a Cancel button that rolls back everything as long as the commit has not happened.

A list loads its rows a page at a time, so selecting every row selects only what has been loaded; the bar then
offers "select all N matching records", and the batch takes the ids from the list's filter when it runs.

On the service list the bar also links the selected records to a roster notice, or unlinks them (gui/rosterlink.py),
whatever their statuses: the store refuses the whole batch, naming the records, when one can no longer be edited.
"""

from __future__ import annotations

import dataclasses

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


class SelectionChanged(ValueError):
    """The records matching the list changed between counting them and running the step."""


def batch_transition_matching(handle, app, chosen: tuple, target: str, actor) -> list[str] | None:
    """Task: every record matching the list filter, as one batch. `chosen` is (filter, {status: count}) as the
    clerk confirmed it: only records still in that one status are taken, and the batch is refused when their
    number is not what the clerk saw (a sync or another user changed the list meanwhile)."""

    flt, counts = chosen
    (status, expected), = counts.items()
    # `status` and `statuses` are one set of allowed statuses in the query: narrow both to the confirmed one,
    # since some steps (reject, cancel, withdraw) are allowed from several statuses.
    flt = dataclasses.replace(flt, status=status, statuses=[])
    return batch_transition(handle, app, matching_ids(app, flt, expected), target, actor)


def matching_ids(app, flt, expected: int) -> list[str]:
    """The ids of "all N matching records" as the clerk confirmed them; refused when their number changed (a sync
    or another user changed the list meanwhile)."""
    from zwcx_desktop.store import queries

    with app.db.read() as s:
        record_ids = queries.ids(s, flt)
    if len(record_ids) != expected:
        raise SelectionChanged(f"the matching records changed since they were counted ({expected} then, "
                               f"{len(record_ids)} now); select them again")
    return record_ids


def count_statuses(_handle, app, flt) -> dict[str, int]:
    """Task: how many matching records are in each status."""
    from zwcx_desktop.store import queries

    with app.db.read() as s:
        return queries.status_counts(s, flt)


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
        self.link_btn = self.unlink_btn = None
        if self.kind == "service":  # a roster notice prints the service records linked to it
            self.link_btn = QPushButton(self.tr("Link to roster notice…"))
            self.link_btn.setObjectName("batch_link_notice")
            self.link_btn.clicked.connect(self.choose_notice)
            self.unlink_btn = QPushButton(self.tr("Unlink from roster notice"))
            self.unlink_btn.setObjectName("batch_unlink_notice")
            self.unlink_btn.setToolTip(self.tr("Only for records whose notice has not been posted yet"))
            self.unlink_btn.clicked.connect(lambda: self.run_link(None))
            lay.addWidget(self.link_btn)
            lay.addWidget(self.unlink_btn)
        self.chooser = None
        self.linking = ""  # the title of the notice a running batch links to
        self.all_matches: tuple | None = None  # (filter, {status: count}) once "select all N matching" was chosen
        self._generation = 0  # a count that arrives after the selection changed again is dropped
        self.select_all = QPushButton()
        self.select_all.setObjectName("batch_select_all")
        self.select_all.setFlat(True)
        self.select_all.setStyleSheet("color: #1565c0; text-decoration: underline;")
        self.select_all.clicked.connect(self.select_all_matches)
        lay.insertWidget(1, self.select_all)
        self.bar = QProgressBar()
        self.bar.setObjectName("batch_progress")
        self.bar.setMaximumWidth(240)
        lay.addWidget(self.bar)
        self.cancel_btn = QPushButton(self.tr("Cancel"))
        self.cancel_btn.setObjectName("batch_cancel")
        self.cancel_btn.clicked.connect(self.cancel)
        lay.addWidget(self.cancel_btn)
        self._running(False)
        page.table.selectionModel().selectionChanged.connect(self._selection_changed)
        page.model.modelReset.connect(self._selection_changed)  # a new filter or a refresh: a new set of rows

    def _selection_changed(self, *_a) -> None:
        self._generation += 1
        self.all_matches = None
        self.update_actions()

    def _clear_buttons(self) -> None:
        for b in self.buttons.values():
            self.buttons_box.removeWidget(b)
            b.deleteLater()
        self.buttons = {}

    def selected(self) -> list[tuple[str, str | None]]:
        """(id, status) of the selected rows, in list order."""
        rows = sorted(i.row() for i in self.page.table.selectionModel().selectedRows())
        return [(r["id"], r.get("status")) for r in (self.page.model._rows[i] for i in rows)]

    def update_actions(self, *_a) -> None:
        """Offer the steps allowed from the selection's common status; none while a batch runs."""
        self._clear_buttons()
        self.select_all.hide()
        self._show_link_buttons(False)
        if self.handle is not None:
            return
        if self.all_matches is not None:
            counts = self.all_matches[1]
            n, statuses = sum(counts.values()), set(counts)
            chosen = self.tr("All %1 matching records are selected").replace("%1", str(n))
        else:
            sel = self.selected()
            n, statuses = len(sel), {st for _i, st in sel}
            chosen = self.tr("%1 selected").replace("%1", str(n))
            if n < 2:
                self.info.setText(self.outcome)  # one record is handled in its form; batches start at two
                return
            model = self.page.model
            if n == model.rowCount() and model.total > n:  # every loaded row, but the list has more
                self.select_all.setText(self.tr("Select all %1 matching records").replace("%1", str(model.total)))
                self.select_all.show()
        self.info.setStyleSheet("")
        self._show_link_buttons(True)
        if len(statuses) != 1 or None in statuses:
            self.info.setText(self.tr("%1; they have different statuses, so no step applies to all")
                              .replace("%1", chosen))
            return
        self.info.setText(chosen)
        for target in visible_targets(self.kind, statuses.pop(), self.ctx.actor.role):
            b = QPushButton(action_text(self.kind, target))
            b.setObjectName(f"batch_{target}")
            b.clicked.connect(lambda _c=False, t=target: self.run(t))
            self.buttons_box.addWidget(b)
            self.buttons[target] = b

    def _show_link_buttons(self, on: bool) -> None:
        for b in (self.link_btn, self.unlink_btn):
            if b is not None:
                b.setVisible(on)

    def select_all_matches(self) -> None:
        """Extend the selection to every record the list's filter matches, loaded or not."""
        flt = dataclasses.replace(self.page.model.filter)
        self._generation += 1
        gen = self._generation
        self.select_all.hide()
        self._clear_buttons()  # the steps for the loaded rows no longer apply while the count runs
        self._show_link_buttons(False)
        self.info.setText(self.tr("Counting…"))
        self.ctx.runner.run(count_statuses, self.ctx.app, flt,
                            on_done=lambda counts: self._all_counted(gen, flt, counts),
                            on_error=lambda exc, _d: self._count_failed(gen, exc))

    def _all_counted(self, gen: int, flt, counts: dict[str, int]) -> None:
        if gen != self._generation or flt != self.page.model.filter:
            return  # the selection or the filter changed while counting: that choice no longer exists
        self.all_matches = (flt, counts)
        self.update_actions()

    def _count_failed(self, gen: int, exc) -> None:
        from zwcx_desktop.gui.errors import describe

        if gen == self._generation:
            self.info.setStyleSheet(ERROR_STYLE)
            self.info.setText(describe(exc))

    def _running(self, on: bool) -> None:
        self.bar.setVisible(on)
        self.cancel_btn.setVisible(on)
        self.cancel_btn.setEnabled(on)
        self.page.table.setEnabled(not on)  # the selection is what the batch acts on: keep it still meanwhile

    def run(self, target: str) -> None:
        if self.all_matches is not None:
            n, task, what = sum(self.all_matches[1].values()), batch_transition_matching, self.all_matches
        else:
            ids = [i for i, _st in self.selected()]
            n, task, what = len(ids), batch_transition, ids
        self._start(n, task, what, target, self._done)

    def _start(self, n: int, task, what, arg, on_done) -> None:
        self.bar.setRange(0, n)
        self.bar.setValue(0)
        self.outcome = ""
        self.info.setStyleSheet("")
        self.info.setText(self.tr("Working on %1 records…").replace("%1", str(n)))
        self.handle = self.ctx.runner.write(
            task, self.ctx.app, what, arg, self.ctx.actor,
            on_done=on_done, on_error=self._failed, on_progress=lambda d, t, _x: self.bar.setValue(d))
        self._running(True)
        self.update_actions()

    def choose_notice(self) -> None:
        """Link to roster notice…: choose the notice, then link every selected record to it."""
        from zwcx_desktop.gui.rosterlink import RosterNoticeChooser

        self.chooser = RosterNoticeChooser(self.ctx, self)
        self.chooser.chosen.connect(lambda rid, line: self.run_link(rid, line[0]))
        self.chooser.open()

    def run_link(self, disclosure_id: str | None, title: str = "") -> None:
        """Link the selection to the notice `disclosure_id` (None: unlink it) in one batch."""
        from zwcx_desktop.gui.rosterlink import batch_link

        self.linking = title
        if self.all_matches is not None:
            n, what = sum(self.all_matches[1].values()), self.all_matches
        else:
            what = [i for i, _st in self.selected()]
            n = len(what)
        self._start(n, batch_link, what, disclosure_id, self._linked)

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

    def _linked(self, result) -> None:
        if result is None:
            self._finish(self.tr("Cancelled: nothing was changed."))
            return
        n = str(len(result.changed))
        if not self.linking:
            text = self.tr("%1 records taken off their roster notice.").replace("%1", n)
        else:
            text = self.tr("%1 records linked to the roster notice “%2”.").replace("%1", n).replace("%2", self.linking)
            if result.posted:
                text += " " + self.tr("The notice has been posted: the roster it was posted with does not change; "
                                      "the records are on it when it is posted again.")
        if result.unchanged:
            text += " " + self.tr("%1 were already so.").replace("%1", str(result.unchanged))
        self._finish(text)

    def _failed(self, exc, _details) -> None:
        from zwcx_desktop.gui.errors import describe

        self._finish(self.tr("Nothing was changed: %1").replace("%1", self._refusal(exc) or describe(exc)),
                     error=True)

    def _refusal(self, exc) -> str:
        """A batch refused for records it may not touch: how many, and why (their statuses). No names: a message
        carries no personal data, and the status is what the clerk filters the list by to find them."""
        from zwcx_core.domain.enums import ServiceStatus
        from zwcx_desktop.gui.i18n import enum_text
        from zwcx_desktop.store.records import NotEditableMany
        from zwcx_desktop.store.rosterlinks import NoticeAlreadyPosted

        if isinstance(exc, NotEditableMany):
            statuses = sorted({enum_text(ServiceStatus, st) for _rid, st in exc.refused})
            return self.tr("%1 of these records can no longer be edited (%2). Leave them out of the selection and "
                           "try again.").replace("%1", str(len(exc.refused))).replace(
                "%2", self.tr(", ").join(statuses))
        if isinstance(exc, NoticeAlreadyPosted):
            return self.tr("%1 of these records are on a roster notice that has been posted, which keeps them."
                           ).replace("%1", str(len(exc.record_ids)))
        from zwcx_desktop.gui.rosterlink import notice_refusal

        return notice_refusal(exc)
