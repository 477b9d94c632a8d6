"""Small helpers shared by dialogs: an error label beside a field, red outlines, a form row."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #c62828;"
NOTE_STYLE = "color: #e65100;"


def labelled(text: str, editor: QWidget) -> QLabel:
    """A label for `editor`: its buddy (Alt+letter and screen readers go to the editor itself, not to a box
    around it) and its accessible name."""
    label = QLabel(text)
    label.setBuddy(editor)
    editor.setAccessibleName(text.rstrip(" *：:"))
    return label


class FieldBox(QWidget):
    """An input with its error message shown beside it (below, so long Chinese messages wrap)."""

    def __init__(self, name: str, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name, self.editor = name, editor
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(editor, 1)
        lay.addLayout(row)
        self.error = QLabel()
        self.error.setObjectName(f"error_{name}")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)
        self.note = QLabel()  # a caution about a valid value (a date computed on a guessed calendar)
        self.note.setObjectName(f"note_{name}")
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setWordWrap(True)
        self.note.hide()
        lay.addWidget(self.note)

    def set_note(self, text: str | None) -> None:
        self.note.setText(text or "")
        self.note.setVisible(bool(text))

    def set_error(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.error.setVisible(bool(text))
        style = "border: 1px solid #c62828;" if text else ""
        if self.editor.styleSheet() != style:  # restyling a widget costs a re-polish: every form load cleared all
            self.editor.setStyleSheet(style)
