"""Windows open at a comfortable size, but never larger than the screen they are on.

The office laptop is 1366×768 at 150 % (911×512 logical pixels, less the task bar): a dialog sized for a desktop
monitor would put its buttons below the screen's edge.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room kept for the window's frame and title bar (width, height) until the window system has drawn them.
DECORATION = (16, 40)


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize `widget` to width×height, shrunk so that its frame fits the available area of its screen (primary
    before it is shown); a height of 0 keeps the layout's own height."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        frame, inner = widget.frameGeometry(), widget.geometry()
        dw, dh = ((frame.width() - inner.width(), frame.height() - inner.height()) if widget.isVisible()
                  else DECORATION)
        width = min(width, room.width() - dw)
        height = min(height, room.height() - dh) if height else 0
    widget.resize(width, height or widget.sizeHint().height())


def shrinkable(combo, chars: int = 8):
    """Let a filter combo box be narrower than its longest entry (a long unit name made a list page wider than a
    911-pixel screen); the open list still shows entries in full. Returns the combo."""
    from PySide6.QtWidgets import QComboBox

    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo
