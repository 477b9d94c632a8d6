"""One input widget per schema field type, each able to show a document value and read it back.

Values go to core as typed text; core validates them and its messages are shown beside the field, so the rules
live in one place.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from zwcx_desktop.gui.i18n import enum_text


class LineEditor(QLineEdit):
    def set_value(self, v) -> None:
        self.setText("" if v is None else str(v))

    def value(self):
        return self.text()


class TextEditor(QPlainTextEdit):
    def __init__(self, max_len: int | None = None) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setFixedHeight(72)
        self.max_len = max_len
        if max_len:  # QPlainTextEdit has no length limit of its own: text past it is cut as it is typed or pasted
            self.textChanged.connect(self._limit)

    def _limit(self) -> None:
        text = self.toPlainText()
        if len(text) > self.max_len:
            cursor = self.textCursor()
            at = min(cursor.position(), self.max_len)
            self.setPlainText(text[: self.max_len])
            cursor = self.textCursor()
            cursor.setPosition(at)
            self.setTextCursor(cursor)

    def set_value(self, v) -> None:
        self.setPlainText(v or "")

    def value(self):
        return self.toPlainText()

    def setReadOnly(self, ro: bool) -> None:  # noqa: N802 - Qt naming
        super().setReadOnly(ro)


class DateEditor(QWidget):
    """A date typed as YYYY-MM-DD (blank allowed) with a calendar to pick from."""

    def __init__(self) -> None:
        super().__init__()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.edit.setMaximumWidth(140)
        lay.addWidget(self.edit)
        self.pick = QToolButton()
        self.pick.setText("…")
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.pick)
        self.cal = QCalendarWidget()
        act = QWidgetAction(menu)
        act.setDefaultWidget(self.cal)
        menu.addAction(act)
        self.pick.setMenu(menu)
        # A click, or Enter on the chosen day (the keyboard path), puts the date in and closes the calendar.
        for chosen in (self.cal.clicked, self.cal.activated):
            chosen.connect(lambda d: (self.edit.setText(d.toString("yyyy-MM-dd")), menu.close()))
        menu.aboutToShow.connect(self._sync_calendar)
        lay.addWidget(self.pick)
        lay.addStretch(1)

    def _sync_calendar(self) -> None:
        d = QDate.fromString(self.edit.text().strip(), "yyyy-MM-dd")
        self.cal.setSelectedDate(d if d.isValid() else QDate.currentDate())

    def set_value(self, v) -> None:
        self.edit.setText(v or "")

    def value(self):
        return self.edit.text()

    def setReadOnly(self, ro: bool) -> None:  # noqa: N802 - Qt naming
        self.edit.setReadOnly(ro)
        self.pick.setEnabled(not ro)


class EnumEditor(QComboBox):
    def __init__(self, enum_cls, required: bool) -> None:
        super().__init__()
        if not required:
            self.addItem("", None)
        for m in enum_cls:
            self.addItem(enum_text(enum_cls, m.value), m.value)

    def set_value(self, v) -> None:
        i = self.findData(v)
        self.setCurrentIndex(max(i, 0))

    def value(self):
        return self.currentData()

    def setReadOnly(self, ro: bool) -> None:  # noqa: N802 - Qt naming
        self.setEnabled(not ro)


class ChoiceEditor(QComboBox):
    """A choice among (value, text) pairs, e.g. units or records to link."""

    def __init__(self, choices: list[tuple[str, str]], blank: bool = True) -> None:
        super().__init__()
        self.set_choices(choices, blank)

    def set_choices(self, choices: list[tuple[str, str]], blank: bool = True) -> None:
        keep = self.currentData()
        self.clear()
        if blank:
            self.addItem("", None)
        for value, text in choices:
            self.addItem(text, value)
        self.set_value(keep)

    def set_value(self, v) -> None:
        i = self.findData(v)
        if i < 0 and v:
            self.addItem(str(v), v)  # a linked record not in the short list still shows
            i = self.count() - 1
        self.setCurrentIndex(max(i, 0))

    def value(self):
        return self.currentData()

    def setReadOnly(self, ro: bool) -> None:  # noqa: N802 - Qt naming
        self.setEnabled(not ro)


class MultiEnumEditor(QWidget):
    """Several enum values as check boxes (e.g. publication channels)."""

    def __init__(self, enum_cls) -> None:
        super().__init__()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for m in enum_cls:
            b = QCheckBox(enum_text(enum_cls, m.value))
            self.boxes[m.value] = b
            lay.addWidget(b)
        lay.addStretch(1)

    def set_value(self, v) -> None:
        for key, b in self.boxes.items():
            b.setChecked(key in (v or []))

    def value(self):
        return [k for k, b in self.boxes.items() if b.isChecked()]

    def setReadOnly(self, ro: bool) -> None:  # noqa: N802 - Qt naming
        for b in self.boxes.values():
            b.setEnabled(not ro)


class BoolEditor(QCheckBox):
    def set_value(self, v) -> None:
        self.setChecked(bool(v))

    def value(self):
        return self.isChecked()

    def setReadOnly(self, ro: bool) -> None:  # noqa: N802 - Qt naming
        self.setEnabled(not ro)


class ComputedLabel(QLabel):
    """A value set by the rules (status, deadlines, masked ID): shown, never typed."""

    def __init__(self, f) -> None:
        super().__init__()
        self.f = f
        self.setStyleSheet("color: #455a64;")

    def set_value(self, v) -> None:
        if self.f.type == "enum":
            v = enum_text(self.f.enum, v)
        self.setText("—" if v in (None, "") else str(v))

    def value(self):
        return None

    def setReadOnly(self, ro: bool) -> None:  # noqa: N802 - Qt naming
        pass


def editor_for(f, choices: list[tuple[str, str]] | None = None) -> QWidget:
    """The input widget for a field spec."""
    if f.read_only:
        return ComputedLabel(f)
    if choices is not None:
        return ChoiceEditor(choices, blank=not f.required)
    if f.type == "text":
        return TextEditor(f.max_len)
    if f.type == "date":
        return DateEditor()
    if f.type == "enum":
        return EnumEditor(f.enum, f.required)
    if f.type == "enums":
        return MultiEnumEditor(f.enum)
    if f.type == "bool":
        return BoolEditor()
    e = LineEditor()
    if f.type == "money":
        e.setPlaceholderText("0.00")
    if f.max_len and not (f.identifier or f.input_only):  # ID numbers may be typed with spaces, which do not count
        e.setMaxLength(f.max_len)  # typing stops at the limit instead of being refused after saving
    return e


def today_iso() -> str:
    return dt.date.today().isoformat()
