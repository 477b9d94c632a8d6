"""Every text a clerk can see in the open windows, and the English words among them (helpers of the English scan).

What counts as seen: window titles, labels, buttons, check boxes, group and tab titles, menu and action texts,
tool tips, placeholders, combo box entries, list items, table headings and the first rows of tables.
"""

from __future__ import annotations

import re

#: Latin words that are fine in the Chinese UI: key names, file formats, protocols, product names.
ALLOWED = {
    "ctrl", "alt", "shift", "esc", "tab", "enter", "del", "pdf", "csv", "xlsx", "xls", "excel", "wps", "id", "qr",
    "https", "http", "url", "json", "zip", "zwcx", "usb", "sqlite", "postgresql", "pyside", "qt", "python", "gb",
    "utf", "ip", "dpi", "mib", "kb", "mb", "gib", "ok", "min", "localhost", "pdfplumber", "reportlab", "sm",
    "gbt", "lgpl", "gpl", "mit", "bsd", "apache", "license", "noto", "sans", "serif", "cjk", "sc", "fangsong",
    "kaiti", "simhei", "simsun", "admin", "clerk", "reviewer", "zh", "cn", "linux", "windows", "macos",
    "ppp", "lpr",  # terms of the trade in Chinese documents: PPP 项目, 一年期 LPR
}
#: Addresses, e-mail addresses, paths, file names and dotted technical names (a keyring backend) are not prose.
_URL = re.compile(r"\b(?:https?|file)://\S*|\b\w+(?:\.\w+){2,}\b|\S+@\S+\.\w+|(?:[A-Za-z]:)?[\\/]?[\w.~-]+(?:[\\/][\w.~-]+){2,}|\b\w+\.(?:pdf|csv|xlsx|json|zip)\b")
_WORD = re.compile(r"[A-Za-z]{2,}")
_TAG = re.compile(r"<[^>]+>")


def english_words(text: str) -> list[str]:
    """The Latin words of `text` (HTML tags, addresses and paths removed) that are not on the allowed list."""
    text = _URL.sub(" ", _TAG.sub(" ", text.replace("&nbsp;", " ")))
    text = text.replace("&", "")  # mnemonics: "&File"
    return [w for w in _WORD.findall(text) if w.lower() not in ALLOWED]


def visible_texts(widget) -> list[tuple[str, str]]:
    """(where, text) for everything a clerk can read in `widget`, a shown top-level window, and its children."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMainWindow,
        QPlainTextEdit,
        QTabWidget,
        QWidget,
    )

    out = [(f"{type(widget).__name__} title", widget.windowTitle())]
    shown = [w for w in widget.findChildren(QWidget) if w.isVisibleTo(widget)] + [widget]
    for w in shown:
        name = f"{type(w).__name__} {w.objectName()!r}"
        out.append((f"{name} tooltip", w.toolTip()))
        if isinstance(w, QLabel):
            out.append((name, w.text()))
        elif isinstance(w, QAbstractButton):
            out.append((name, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((name, w.title()))
        elif isinstance(w, QLineEdit | QPlainTextEdit):
            out.append((f"{name} placeholder", w.placeholderText()))
            if w.isReadOnly():  # what the program filled in (a status, a computed date), not the clerk's typing
                out.append((name, w.text() if isinstance(w, QLineEdit) else w.toPlainText()))
        elif isinstance(w, QComboBox):
            out += [(f"{name} entry", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QTabWidget):
            out += [(f"{name} tab", w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            m, root = w.model(), QModelIndex()
            try:
                cols = m.columnCount(root)
            except TypeError:  # a QListWidget's own model keeps it private: one column
                cols = 1
            out += [(f"{name} heading", str(m.headerData(c, Qt.Orientation.Horizontal) or "")) for c in range(cols)]
            out += [(f"{name} cell", str(m.data(m.index(r, c, root)) or ""))
                    for r in range(min(m.rowCount(root), 5)) for c in range(cols)]
    if isinstance(widget, QMainWindow):
        for act in widget.menuBar().actions():
            out.append(("menu", act.text()))
            if act.menu() is not None:
                out += [("menu entry", a.text()) for a in act.menu().actions()]
                out += [("menu entry", a.text()) for sub in act.menu().actions() if sub.menu() is not None
                        for a in sub.menu().actions()]
    return [(where, text) for where, text in out if text]


def untranslated(windows) -> list[str]:
    """'where: text' for each visible text of `windows` with English words in it."""
    found = []
    for win in windows:
        for where, text in visible_texts(win):
            if english_words(text):
                found.append(f"{win.windowTitle() or type(win).__name__} / {where}: {text[:160]}")
    return found


def shown_windows() -> list:
    """Every top-level window now shown."""
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
