"""Print the current list: the rows a list page shows, with its filters, count and totals, as an A4 landscape
PDF (notices/listprint.py), in the notices' preview with Print… and Save as PDF…. A list is no notice of a
record version, so nothing goes to the print log."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox


def render_task(_handle, app, flt, ids, unit_names) -> bytes:
    """Task: the list's PDF off the UI thread."""
    from zwcx_desktop.notices.listprint import render_list

    return render_list(app, flt, ids, unit_names)


def add_print_action(page) -> QAction:
    """The hook of a record list page: Print list… on the table's context menu."""
    act = QAction(QCoreApplication.translate("ListPrinting", "Print list…"), page.table)
    act.setObjectName("print_list")
    act.setToolTip(QCoreApplication.translate(
        "ListPrinting", "Print the records this list shows now, with its filters, count and totals (A4 landscape)"))
    act.triggered.connect(lambda: print_list(page))
    page.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    page.table.addAction(act)
    return act


def print_current_list(win) -> None:
    """File > Print list…: the list on the main window's current page, or a word on where to find one."""
    page = win.pages.get(win.current_key())
    if page is None or not hasattr(page, "model") or not hasattr(page.model, "shown_ids"):
        QMessageBox.information(win, QCoreApplication.translate("ListPrinting", "Print list"),
                                QCoreApplication.translate("ListPrinting", "Open a record list first, such as "
                                                                           "Commitments or Service delivery."))
        return
    print_list(page)


def print_list(page, then=None) -> None:
    """Render the page's list in the background, then show the preview (or say why not). `then(preview)` is
    called with the dialog once shown (tests)."""
    from zwcx_desktop.notices.listprint import MAX_ROWS

    model = page.model
    ids = model.shown_ids()
    if model.total > MAX_ROWS or len(ids) > MAX_ROWS:
        text = QCoreApplication.translate(
            "ListPrinting", "%1 records are too many to print (at most %2). Narrow the filters, or export the list "
                            "to Excel.")
        QMessageBox.information(page, QCoreApplication.translate("ListPrinting", "Print list"),
                                text.replace("%1", str(max(model.total, len(ids)))).replace("%2", str(MAX_ROWS)))
        return
    flt = dataclasses.replace(model.filter)

    def shown(pdf: bytes) -> None:
        from zwcx_desktop.gui.listpreview import ListPreview

        dlg = ListPreview(pdf, page, page.ctx)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        page.list_preview = dlg
        if then:
            then(dlg)

    page.ctx.runner.run(render_task, page.ctx.app, flt, ids, page.ctx.unit_names(), on_done=shown,
                        on_error=lambda exc, details: show_failure(page, exc))


def show_failure(parent, exc) -> None:
    """Why the list was not printed or saved."""
    from zwcx_core.notices.guard import NoticeRefused
    from zwcx_desktop.gui.errors import describe
    from zwcx_desktop.gui.printing import refused_text

    QMessageBox.warning(parent, QCoreApplication.translate("ListPrinting", "Print list"),
                        refused_text(exc) if isinstance(exc, NoticeRefused) else describe(exc))
