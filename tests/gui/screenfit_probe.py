"""Run as a program (its own Qt application, on a screen given by the environment): open every top-level window and
dialog of the desktop and print, as JSON, each frame or button that lies outside the screen's available area.

tests/gui/test_screen_fit.py runs it once per screen size and scale factor (a QApplication's screen cannot change
within one process). The screen comes from QT_QPA_PLATFORM=offscreen:configfile=... and QT_SCALE_FACTOR.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path


def _settle(qapp, runner=None, rounds: int = 4) -> None:
    for _ in range(rounds):
        qapp.processEvents()
        if runner is not None:
            runner.wait(10000)
        qapp.processEvents()
        time.sleep(0.02)


def _outside(widget, room) -> list[str]:
    """What of `widget` (a shown top-level window) lies outside `room` (available geometry, logical pixels)."""
    from PySide6.QtWidgets import QAbstractButton

    problems = []
    frame = widget.frameGeometry()
    if not room.contains(frame):
        problems.append(f"frame {frame.width()}x{frame.height()} at ({frame.x()},{frame.y()})")
    for b in widget.findChildren(QAbstractButton):
        if not b.isVisibleTo(widget) or b.window() is not widget:
            continue
        # A button inside a scroll area may be scrolled out of view: only buttons always on screen count.
        if _in_scroll_area(b, widget):
            continue
        top_left = b.mapToGlobal(b.rect().topLeft())
        bottom_right = b.mapToGlobal(b.rect().bottomRight())
        if not (room.contains(top_left) and room.contains(bottom_right)):
            problems.append(f"button {b.objectName() or b.text()!r} at ({top_left.x()},{top_left.y()})")
    return problems


def _list_problems(page) -> list[str]:
    """A list page whose 状态 column lies (partly) beyond the table's viewport, or whose search box cannot show
    its hint in full."""
    problems = []
    header = page.table.horizontalHeader()
    i = page.model.columns.index("status")
    end = header.sectionViewportPosition(i) + header.sectionSize(i)
    if header.sectionViewportPosition(i) < 0 or end > page.table.viewport().width():
        problems.append(f"状态 column ends at {end}, the table shows {page.table.viewport().width()}")
    hint = page.search.fontMetrics().horizontalAdvance(page.search.placeholderText())
    if page.search.width() < min(hint + 20, 300):
        problems.append(f"search box {page.search.width()} wide for a hint of {hint}")
    return problems


def _in_scroll_area(widget, top) -> bool:
    from PySide6.QtWidgets import QAbstractScrollArea, QTabBar

    w = widget.parentWidget()
    while w is not None and w is not top:
        if isinstance(w, QAbstractScrollArea | QTabBar):
            return True
        w = w.parentWidget()
    return False


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="zwcx-fit-"))
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    os.environ["ZWCX_ALLOW_FILE_KEYRING"] = "1"
    os.environ["XDG_DATA_HOME"] = str(tmp / "xdg")
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    from zwcx_core.domain.enums import Role
    from zwcx_desktop.gui.launch import make_qapp, open_main
    from zwcx_desktop.gui.sample import make_sample
    from zwcx_desktop.store.app import App
    from zwcx_desktop.store.users import Actor

    qapp = make_qapp()
    room = qapp.primaryScreen().availableGeometry()
    report: dict[str, list[str]] = {}

    def look(name: str, w, runner=None) -> None:
        w.show()
        _settle(qapp, runner)
        found = _outside(w, room)
        if found:
            report[name] = found

    from zwcx_desktop.gui.about import AboutDialog
    from zwcx_desktop.gui.login import LoginDialog
    from zwcx_desktop.gui.wizard import SetupWizard

    fresh = App(tmp / "fresh")
    wiz = SetupWizard(fresh, offer_sample=True)  # as a first start shows it, with 「先用示例数据看看」
    look("setup wizard", wiz)
    wiz.close()
    fresh.close()
    app = make_sample(tmp / "data", records=40)
    login = LoginDialog(app.root)
    look("login", login)
    login.close()
    win = open_main(app, Actor("admin", Role.ADMIN, "管理员"))
    from zwcx_desktop.gui.trial import add_real_office_action

    add_real_office_action(win, lambda: None)  # as the sample office shows it: the status bar's widest
    runner = win.ctx.runner
    from zwcx_desktop.gui.mainwindow import PAGES

    for key in PAGES:
        win.goto(key)
        look(f"main window: {key}", win, runner)
    for kind in ("commitment", "disclosure", "service", "objection"):
        page = win.goto(kind)
        _settle(qapp, runner)
        found = _list_problems(page)
        if found:
            report[f"{kind} list"] = found
        page.open_row(0)
        _settle(qapp, runner)
        dlg = win.last_dialog
        for i in range(dlg.tabs.count()):
            dlg.tabs.setCurrentIndex(i)
            look(f"{kind} form, tab {i + 1}", dlg, runner)
        dlg.close()
        page.new_button.click()
        _settle(qapp, runner)
        look(f"new {kind} form", win.last_dialog, runner)
        win.last_dialog.close()
    from zwcx_desktop.gui.boardprint import BoardPrintDialog
    from zwcx_desktop.gui.contactform import ContactDialog
    from zwcx_desktop.gui.importwizard import ImportWizard
    from zwcx_desktop.gui.mergedialog import MergeDialog
    from zwcx_desktop.gui.pdfpreview import PdfPreview

    for name, dlg in (("import wizard", ImportWizard(win.ctx, win)), ("about", AboutDialog(win)),
                      ("board print", BoardPrintDialog(win.ctx, win)), ("contact", ContactDialog(win.ctx, {}, win)),
                      ("merge", MergeDialog(win.ctx, win))):
        look(name, dlg, runner)
        dlg.close()
    # The dialogs added with the 政务失信 list, the roster link, the manual and the 工作台's yearly announcement.
    from PySide6.QtCore import QDate

    from zwcx_desktop.gui.annualbox import open_annual
    from zwcx_desktop.gui.help import open_manual
    from zwcx_desktop.gui.reportbatches import ReceiptDialog, ReportBatchesDialog
    from zwcx_desktop.gui.rosterlink import RosterNoticeChooser

    for name, dlg in (("report batches", ReportBatchesDialog(win.ctx, win)),
                      ("batch receipt", ReceiptDialog("ZX-20260101-01", QDate.currentDate().addDays(-7), win)),
                      ("roster notice chooser", RosterNoticeChooser(win.ctx, win)),
                      ("manual", open_manual(win, "settings")),
                      ("annual arrears box", open_annual(win.goto("dashboard"), QDate.currentDate().year() - 1))):
        look(name, dlg, runner)
        dlg.close()
    from zwcx_desktop.gui.printing import render_current

    # A notice of a reviewed sample record (notices/samples.py), with Print… and Save as PDF…: the preview is the
    # largest dialog.
    from zwcx_desktop.notices.samples import make_samples

    rendered = render_current(app, make_samples(app)["affairs"])
    preview = PdfPreview(rendered.pdf, win, ctx=win.ctx, rendered=rendered)
    look("print preview", preview, runner)
    preview.close()
    win.close()
    runner.wait()
    app.close()
    print(json.dumps({"room": [room.width(), room.height()], "problems": report}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
