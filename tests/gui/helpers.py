"""Driving record forms the way a clerk does: type into fields, click buttons, wait for the background work."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton


def type_text(qtbot, widget, text: str) -> None:
    """Type like a user: ASCII as key presses, Chinese as an input method commits it (QTest cannot key it)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    ev = QInputMethodEvent()
    ev.setCommitString(text)
    QApplication.sendEvent(widget, ev)


def field(dlg, name: str):
    return dlg.boxes[name].editor


def type_into(qtbot, dlg, name: str, text: str) -> None:
    ed = field(dlg, name)
    target = getattr(ed, "edit", ed)  # date editors wrap a line edit
    target.setFocus()
    if hasattr(target, "clear"):
        target.clear()
    type_text(qtbot, target, text)


def choose(dlg, name: str, value: str) -> None:
    combo = field(dlg, name)
    combo.setCurrentIndex(combo.findData(value))


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def button(dlg, name: str) -> QPushButton | None:
    return dlg.findChild(QPushButton, name)


def wait_idle(qtbot, win) -> None:
    """Let queued results arrive and the runner finish."""
    for _ in range(3):
        win.ctx.runner.wait()
        qtbot.wait(20)
