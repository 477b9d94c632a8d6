"""A window's size remembered between sessions (QSettings, like the main window's geometry and the lists' columns):
a record form opens at the size the clerk last left a form of its kind, shrunk to fit the screen it opens on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, QSize
from PySide6.QtWidgets import QWidget

from zwcx_desktop.gui.screenfit import resize_within_screen


class _SizeKeeper(QObject):
    """Writes the widget's size under `key` whenever it is hidden (closed, accepted or rejected)."""

    def __init__(self, widget: QWidget, key: str) -> None:
        super().__init__(widget)
        self.key = key

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.Hide and isinstance(obj, QWidget) and not obj.isMaximized():
            QSettings().setValue(self.key, obj.size())
        return False


def remember_size(widget: QWidget, key: str, width: int, height: int) -> None:
    """Size `widget` as last left (default width×height), within its screen, and remember it when it is hidden."""
    saved = QSettings().value(key)
    if isinstance(saved, QSize) and saved.width() > 0 and saved.height() > 0:
        width, height = saved.width(), saved.height()
    resize_within_screen(widget, width, height)
    widget.installEventFilter(_SizeKeeper(widget, key))
