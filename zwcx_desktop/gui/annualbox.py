"""The 工作台 line of the yearly arrears announcement (《保障中小企业款项支付条例》 art. 18): save it as a PDF, or mark
it published so the reminder stops."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox


def _render(_handle, app, year: int, path: str) -> str:
    """Task: the announcement's PDF written to `path` (what `zwcx notice annual-arrears -o` writes)."""
    from pathlib import Path

    from zwcx_desktop.notices import annual

    notice, pdf = annual.render_pdf(app, year)
    tmp = Path(path).with_name(Path(path).name + ".part")
    tmp.write_bytes(pdf)
    tmp.replace(path)
    return notice.summary


def _mark(_handle, app, year: int) -> None:
    from zwcx_desktop.store.reminders import mark_published

    mark_published(app, year)


def _not_saved(page, exc) -> None:
    """A folder that cannot be written or a refused notice, said in a sentence (the runner's own report of a
    failure carries a traceback: that is for bugs, not for a full USB stick)."""
    from zwcx_core.notices.guard import NoticeRefused
    from zwcx_desktop.gui.errors import describe
    from zwcx_desktop.gui.printing import refused_text

    QMessageBox.warning(page, QCoreApplication.translate("AnnualArrears", "Save the announcement"),
                        refused_text(exc) if isinstance(exc, NoticeRefused) else describe(exc))


def open_annual(page, year: int) -> QMessageBox:
    """Offer what the clerk does about the announcement of `year` (without blocking: the box is opened)."""
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("AnnualArrears", "Yearly announcement of overdue SME payments"),
                      QCoreApplication.translate("AnnualArrears", "The number and amount of contracts with small and medium enterprises overdue and unpaid at "
                          "the end of %1 must be published by 31 March %2 (website and press). Save the "
                          "announcement as a PDF, and once it is published, mark it so.")
                      .replace("%1", str(year)).replace("%2", str(year + 1)), parent=page)
    box.setObjectName("annual_arrears_box")
    save = box.addButton(QCoreApplication.translate("AnnualArrears", "Save the announcement as PDF…"), QMessageBox.ButtonRole.ActionRole)
    done = box.addButton(QCoreApplication.translate("AnnualArrears", "Mark as published"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    ctx = page.ctx

    def answered(_result) -> None:
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is save:
            path, _ = QFileDialog.getSaveFileName(page, QCoreApplication.translate("AnnualArrears", "Save the announcement"),
                                                  f"{year}年度逾期未支付中小企业账款情况公告.pdf", "PDF (*.pdf)")
            if path:
                ctx.runner.run(_render, ctx.app, year, path, on_done=lambda summary: QMessageBox.information(
                    page, QCoreApplication.translate("AnnualArrears", "Saved"), summary),
                    on_error=lambda exc, _d: _not_saved(page, exc))
        elif clicked is done:
            ctx.runner.write(_mark, ctx.app, year, on_done=lambda _r: ctx.bus.record_changed.emit("", ""))

    box.finished.connect(answered)
    box.open()
    return box
