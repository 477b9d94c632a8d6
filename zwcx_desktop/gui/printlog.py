"""The print log tab of a record form: every print (when, by whom, which version, its verification code, where it
went), and a reprint of a logged version, e.g. when the posted sheet was torn down or rained on. A version prints
the same bytes every time (rosters are frozen into the version when it is posted), so the copy matches the log."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zwcx_desktop.gui.people import display_names, local_time, person


def load_prints(_handle, app, record_id: str) -> list[tuple]:
    """Task: the log rows of a record, newest first, with version numbers."""
    from zwcx_desktop.gui.printing import load_notices

    load_notices()  # not alongside a preview's import of the same package (see load_notices)
    from zwcx_core.notices.verify import grouped
    from zwcx_desktop.notices import prints_of

    versions = {v.version_id: v.version for v in app.records.history(record_id)}
    # The code grouped as the paper prints it, so a clerk can match a posted sheet to its log line.
    names = display_names(app)
    return [(p.printed_at, person(names, p.printed_by), versions.get(p.version_id, "?"), grouped(p.verify_code),
             p.output or "") for p in prints_of(app, record_id)]


class PrintLogWidget(QWidget):
    """Every print of a record, and "reprint the selected version"."""

    def __init__(self, ctx, record_id: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.record_id = ctx, record_id
        lay = QVBoxLayout(self)
        self.table = QTableWidget(0, 5)
        self.table.setTabKeyNavigation(False)  # read-only: Tab goes on to the next control
        self.table.setObjectName("print_log")
        self.table.setHorizontalHeaderLabels([self.tr("Printed at"), self.tr("By"), self.tr("Version"),
                                              self.tr("Verification code"), self.tr("Printed to")])
        for c in range(4):
            self.table.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._selected)
        lay.addWidget(self.table)
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.reprint_btn = QPushButton(self.tr("Reprint this version…"))
        self.reprint_btn.setObjectName("reprint")
        self.reprint_btn.setEnabled(False)
        self.reprint_btn.clicked.connect(self.reprint)
        bar.addWidget(self.reprint_btn)
        lay.addLayout(bar)
        self.versions: list[int | str] = []

    def reload(self) -> None:
        self.ctx.runner.run(load_prints, self.ctx.app, self.record_id, on_done=self._show)

    def _show(self, rows) -> None:
        self.table.setRowCount(len(rows))
        self.versions = [version for _at, _by, version, _code, _out in rows]
        for r, (at, by, version, code, output) in enumerate(rows):
            for c, v in enumerate((local_time(at), by, str(version), code, output)):
                self.table.setItem(r, c, QTableWidgetItem(v))
        self._selected()

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.reprint_btn.setEnabled(bool(rows) and isinstance(self.versions[rows[0].row()], int))

    def reprint(self) -> None:
        """Render the selected row's version in the background, then print it (logged like any print)."""
        from zwcx_desktop.gui.printing import print_rendered, render_task, show_failure

        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        version = self.versions[rows[0].row()]
        self.ctx.runner.run(render_task, self.ctx.app, self.record_id, version,
                            on_done=lambda r: print_rendered(self.ctx, [r], self, self.reload),
                            on_error=lambda exc, details: show_failure(self, exc, details))
