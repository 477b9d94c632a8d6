"""Try it first: the first-run wizard opens a sample office in a folder of its own, marked as training on screen
and on paper, one click away from setting up the real office."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton


def _fill_wizard(qtbot, wiz) -> None:
    from tests.conftest import CONTACT, USCC
    from tests.gui.helpers import type_text

    for name, value in {"unit_name": "道里区安静街道办事处", "unit_code": USCC, "division": "230102",
                        "password": "long-enough-1", "password2": "long-enough-1", **CONTACT}.items():
        type_text(qtbot, wiz.boxes[name].editor, value)


def _printed_pages(sample, win) -> list[str]:
    """The pages of the first notice the sample's commitment list can print, read back from the PDF."""
    from tests.notices.notice_pdf import pdf_text
    from zwcx_core.notices.gate import NotPrintable
    from zwcx_desktop.gui.printing import render_current

    page = win.goto("commitment")
    for row in range(page.model.rowCount()):
        try:
            return pdf_text(render_current(sample, page.model.record_id(row)).pdf)
        except NotPrintable:
            continue
    raise AssertionError("no printable commitment in the sample office")


def test_sample_office_from_the_wizard_is_separate_marked_and_one_click_from_the_real_one(qtbot, tmp_path):
    from tests.gui.english_scan import untranslated
    from tests.gui.helpers import click
    from zwcx_desktop.gui.launch import Starter
    from zwcx_desktop.gui.trial import sample_root
    from zwcx_desktop.store.training import TRAINING_MARK

    root = tmp_path / "data"
    starter = Starter(str(root))
    qtbot.addWidget(starter.login)
    starter.login.rejected.disconnect()  # closing the login window quits the application: not in a test run
    qtbot.waitUntil(lambda: starter.wizard is not None and starter.wizard.isVisible(), timeout=20000)
    sample_button = starter.wizard.findChild(QPushButton, "setup_sample")
    assert sample_button.text() == "先用示例数据看看"
    assert not untranslated([starter.wizard])
    click(qtbot, sample_button)
    qtbot.waitUntil(lambda: starter.win is not None, timeout=60000)
    win = starter.win
    qtbot.addWidget(win)
    sample = win.ctx.app
    assert sample.root == sample_root(root) and sample.root.parent == root.parent
    assert not starter.app.initialised  # the real data folder got no sample record
    assert win.windowTitle().startswith("【示例/培训】"), win.windowTitle()
    assert not starter.wizard.isVisible()
    assert not untranslated([win])
    qtbot.waitUntil(lambda: win.ready and win.goto("commitment").model.rowCount() > 0, timeout=20000)
    pages = _printed_pages(sample, win)
    assert pages and all(TRAINING_MARK in p for p in pages), pages[0][:200]

    click(qtbot, win.findChild(QPushButton, "setup_real"))  # the one click to the real office
    wiz = starter.wizard
    assert wiz.isVisible() and wiz.app is starter.app and wiz.findChild(QPushButton, "setup_sample") is None
    _fill_wizard(qtbot, wiz)
    click(qtbot, wiz.findChild(QPushButton, "setup_ok"))
    assert starter.app.initialised
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=5000)
    assert starter.login.isVisible() and starter.login.ok.isEnabled()
    # The sample office is closed as soon as nothing runs on it: its folder is free for another program.
    qtbot.waitUntil(lambda: getattr(starter, "sample_closed", False), timeout=10000)
    from zwcx_desktop.store.writerlock import WriterLock

    WriterLock(sample.root, "zwcx check").acquire(wait=0).release()
    assert sample not in starter.opened
    win.ctx.runner.wait()
    starter.runner.wait()
    for opened in starter.opened:
        opened.close()


def test_a_real_office_prints_without_the_training_mark(app, admin):
    from tests.conftest import commitment_payload
    from tests.notices.notice_pdf import pdf_text
    from zwcx_desktop.gui.printing import render_current
    from zwcx_desktop.store.training import TRAINING_MARK

    rid = app.records.create("commitment", commitment_payload(app), admin)
    assert not any(TRAINING_MARK in p for p in pdf_text(render_current(app, rid).pdf))
