"""设置 as an administrator sees it: every input has a visible label that is its buddy, and an accessible name."""

from __future__ import annotations


def _inputs(page):
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTableWidget

    for w in page.findChildren(QLineEdit) + page.findChildren(QComboBox) + page.findChildren(QAbstractSpinBox) \
            + page.findChildren(QPlainTextEdit) + page.findChildren(QTableWidget):
        if isinstance(w.parent(), QAbstractSpinBox | QComboBox):  # the line edit inside a spin box
            continue
        if w.isVisibleTo(page):
            yield w


def test_every_settings_control_is_labelled_and_named(qtbot, login):
    from PySide6.QtWidgets import QLabel, QTableWidget

    from tests.gui.helpers import wait_idle

    win = login("admin")
    win.show()
    page = win.goto("settings")
    wait_idle(qtbot, win)
    buddies = {id(label.buddy()): label for label in page.findChildren(QLabel)
               if label.buddy() is not None and label.isVisibleTo(page) and label.text()}
    inputs = list(_inputs(page))
    assert len(inputs) >= 14  # server, code, interval, 5 contact parts, table, role, password, 4 new-user fields
    unlabelled = [w.objectName() for w in inputs if not isinstance(w, QTableWidget) and id(w) not in buddies]
    unnamed = [w.objectName() for w in inputs if not w.accessibleName()]
    assert not unlabelled and not unnamed, (unlabelled, unnamed)
    assert page.findChild(QLabel, "selected_user").text() == "在表格中选择一个用户后可修改。"
    page.users.selectRow(0)
    assert page.findChild(QLabel, "selected_user").text() == "所选用户：admin"
