"""Windows open at a comfortable size, but never larger than the screen they are on.

The office laptop is 1366×768 at 150 % (911×512 logical pixels, less the task bar): a dialog sized for a desktop
monitor would put its buttons below the screen's edge.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize `widget` to width×height, shrunk to the available area of its screen (primary before it is shown);
    a height of 0 keeps the layout's own height."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width())
        height = min(height, room.height()) if height else 0
    widget.resize(width, height or widget.sizeHint().height())
