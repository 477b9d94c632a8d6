"""Try it first: a sample office with demo records, in a data folder of its own beside the real one.

A newcomer (or a clerk in training) sees the program working before setting up the real office. The sample folder
is marked as such in its own database (store/training.py), so its window title and every page it prints
say 示例/培训 however it is opened, and the real data folder is never written to by it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

#: The sample office's user the trial logs in as: the administrator sees every page and may do every step.
TRIAL_USER = "admin"


def sample_root(root: Path) -> Path:
    """The sample data folder that belongs to the real data folder `root`: a sibling, never inside it, so a
    backup or restore of the real folder never carries sample records."""
    root = Path(root)
    return root.with_name(f"{root.name}-sample")


def is_training(app) -> bool:
    """Whether `app` is a sample (training) data folder."""
    from zwcx_desktop.store.training import training_mark

    return bool(training_mark(app))


def open_sample(_handle, root: str, opened: list | None = None):
    """Task: open the sample data folder beside `root` as its one writer, creating and filling it the first
    time; returns its App (also put in `opened`, so it is closed at exit)."""
    from zwcx_desktop.gui.sample import fill_sample
    from zwcx_desktop.store.app import App
    from zwcx_desktop.store.training import mark_as_training

    app = App.open_writer(str(sample_root(Path(root))), "zwcx desktop")
    if opened is not None:
        opened.append(app)
    if not app.initialised:
        fill_sample(app)
        mark_as_training(app)
    return app


def title_mark() -> str:
    """What the window title of a sample data folder starts with."""
    return QCoreApplication.translate("trial", "[Sample / training] ")


def add_real_office_action(win, start_setup) -> QAction:
    """A File menu entry and a status-bar button of a sample office's window that start setting up the real
    office (`start_setup()`), one click away wherever the trial has led."""
    from PySide6.QtWidgets import QLabel, QPushButton

    from zwcx_desktop.gui.forms import NOTE_STYLE

    text = QCoreApplication.translate("trial", "Set up the real office…")
    act = QAction(text, win)
    act.setObjectName("act_setup_real")
    act.triggered.connect(start_setup)
    menu = win.menuBar().actions()[0].menu()
    menu.insertAction(menu.actions()[0], act)
    button = QPushButton(text)
    button.setObjectName("setup_real")
    button.setToolTip(QCoreApplication.translate(
        "trial", "The sample records stay in their own folder; the real office starts empty."))
    button.clicked.connect(start_setup)
    note = QLabel(QCoreApplication.translate(
        "trial", "Sample office: made-up records, prints marked 示例/培训"))
    note.setObjectName("trial_note")
    note.setStyleSheet(NOTE_STYLE)
    win.statusBar().addPermanentWidget(note)
    win.statusBar().addPermanentWidget(button)
    win.setup_real_button = button
    return act
