"""Printing the notice board: what is on the board now (公示中, 重新公示), ticked and printed in one job."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem

# The printing functions are looked up on their module when called, not bound here: one definition of each, which
# a test can replace (the system print dialog, a slow rendering) for the board as for a single notice.
from zwcx_desktop.gui import printing
from zwcx_desktop.gui.printing import BatchResult, Printout, board_records, refused_text
from zwcx_desktop.gui.screenfit import resize_within_screen
from zwcx_desktop.gui.ui_board_print import Ui_BoardPrintDialog


class BoardPrintDialog(QDialog):
    """Print what is on the notice board now (公示中, 重新公示): tick the notices, print them in one job with a
    progress bar; Cancel stops the rendering or the printing. Refused notices are named and left out."""

    printed = Signal(int)

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task = None
        self.run: Printout | None = None
        # The layout is ui/board_print.ui (Qt Designer), compiled into ui_board_print.py at build time.
        self.ui = Ui_BoardPrintDialog()
        self.ui.setupUi(self)
        resize_within_screen(self, 640, 480)
        self.list, self.status, self.progress = self.ui.board_list, self.ui.board_status, self.ui.board_progress
        self.paper = self.ui.board_layout
        self.paper.addItem(self.tr("Each notice in full"), None)
        self.paper.addItem(self.tr("One board sheet, A3"), "A3")
        self.paper.addItem(self.tr("One board sheet, A4"), "A4")
        self.print_btn, self.cancel_btn = self.ui.board_print, self.ui.board_cancel
        self.print_btn.clicked.connect(self.print_selected)
        self.cancel_btn.clicked.connect(self.cancel)
        ctx.runner.run(board_records, ctx.app, on_done=self._loaded)

    def _loaded(self, rows) -> None:
        from zwcx_core.domain.enums import DisclosureStatus
        from zwcx_desktop.gui.i18n import enum_text

        self.list.clear()
        for rid, title, status in rows:
            item = QListWidgetItem(f"{title}（{enum_text(DisclosureStatus, status)}）")
            item.setData(Qt.ItemDataRole.UserRole, rid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.print_btn.setEnabled(bool(rows))
        self.status.setText(self.tr("%n notice(s) on the board.", "", len(rows)) if rows
                            else self.tr("Nothing is on the notice board now."))

    def selected(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def print_selected(self, printer=None) -> None:
        ids = self.selected()
        if not ids:
            self.status.setText(self.tr("Tick at least one notice."))
            return
        printer = printer or printing.choose_printer(self)
        if printer is None:
            return
        self.printer = printer
        self._busy(True)
        self.progress.setRange(0, len(ids))
        self.progress.setValue(0)
        self.status.setText(self.tr("Preparing the notices…"))
        self.task = self.ctx.runner.run(printing.render_batch, self.ctx.app, ids, self.paper.currentData(),
                                        on_done=self._rendered,
                                        on_error=self._failed, on_progress=self._render_progress)

    def _render_progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setValue(done)

    def _rendered(self, result: BatchResult) -> None:
        self.task = None
        self.refused = [f"{title}：{refused_text(exc)}" for title, exc in result.refused]
        if not result.done:
            self._finish(False)
            return
        self.run = Printout(self.ctx, self.printer, result.done, self,
                            pdfs=None if result.sheet is None else [result.sheet])
        self.progress.setRange(0, self.run.job.total)
        self.progress.setValue(0)
        self.status.setText(self.tr("Printing…"))
        self.run.progressed.connect(lambda done, _t: self.progress.setValue(done))
        count = len(result.done)
        self.run.finished.connect(lambda ok: self._finish(ok, count))
        self.run.start()

    def _finish(self, ok: bool, count: int = 0) -> None:
        self.run = None
        self._busy(False)
        lines = [self.tr("Printed %n notice(s); the print log records each.", "", count) if ok
                 else self.tr("Printing was cancelled or failed; nothing was logged.")] + getattr(self, "refused", [])
        self.status.setText("\n".join(lines))
        if ok:
            self.printed.emit(count)

    def _failed(self, exc, details) -> None:
        self.task = None
        self._busy(False)
        from zwcx_desktop.gui.errors import describe

        self.status.setText(describe(exc))

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task = None
            self._busy(False)
            self.status.setText(self.tr("Cancelled."))
        if self.run is not None:
            self.run.cancel()

    def _busy(self, busy: bool) -> None:
        self.print_btn.setEnabled(not busy)
        self.cancel_btn.setEnabled(busy)
        self.list.setEnabled(not busy)
        self.paper.setEnabled(not busy)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        self.cancel()
        super().closeEvent(event)
