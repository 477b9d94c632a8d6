"""设置 → the supervision clock presets: the office's deadlines per channel as JSON (domain/supervision.py
describes the document), checked when saved, the problem shown beside the editor; administrators alone edit them."""

from __future__ import annotations

import json

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout

from zwcx_desktop.gui.forms import ERROR_STYLE, labelled


def load_document(_handle, app) -> str:
    """Task: the effective presets as the JSON text an administrator edits."""
    from zwcx_desktop.store import clock_presets

    with app.db.read() as s:
        return json.dumps(clock_presets.effective_document(s), ensure_ascii=False, indent=1)


def share_state(_handle, app) -> str:
    """Task: "pending" while the office's clocks wait to be sent, "shared" once the server has them, "local" on a
    computer not enrolled with a server."""
    from zwcx_desktop.store import clock_presets
    from zwcx_desktop.sync.engine import K_URL

    with app.db.read() as s:
        return clock_presets.share_state(s) if app.setting(K_URL) else "local"


def save_document(_handle, app, text: str, actor) -> int:
    """Task: store an edit; returns how many open cases got a new deadline."""
    from zwcx_desktop.store import clock_presets

    return len(clock_presets.save_local(app, text, actor))


class ClockPresetsBox(QGroupBox):
    """The editor, its Save button and the message beside them."""

    def __init__(self, ctx, admin: bool, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Supervision clocks (deadlines per channel)"))
        self.setObjectName("clock_box")
        self.ctx = ctx
        lay = QVBoxLayout(self)
        hint = QLabel(self.tr("Per channel, each deadline has a name, a unit (working days, days or months), the day "
                              "it counts from and an amount; amounts by request type, for urgent and complex cases "
                              "and for an approved extension are optional. Saving counts the deadlines of open cases "
                              "again."))
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.editor = QPlainTextEdit()
        lay.addWidget(labelled(self.tr("Deadlines per channel (JSON)"), self.editor))
        self.editor.setObjectName("clock_editor")
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setReadOnly(not admin)
        self.editor.setMinimumHeight(160)
        row = QHBoxLayout()
        row.addWidget(self.editor, 3)
        side = QVBoxLayout()
        self.save = QPushButton(self.tr("Save clocks"))
        self.save.setObjectName("clock_save")
        self.save.setEnabled(admin)
        self.save.clicked.connect(self.save_clicked)
        side.addWidget(self.save)
        self.msg = QLabel()
        self.msg.setObjectName("clock_msg")
        self.msg.setWordWrap(True)
        side.addWidget(self.msg, 1)
        row.addLayout(side, 2)
        lay.addLayout(row)
        self.share = QLabel()
        self.share.setObjectName("clock_share")
        self.share.setWordWrap(True)
        lay.addWidget(self.share)
        self.saved = 0  # saves finished (tests wait on it)
        self.reload()

    def reload(self) -> None:
        self.ctx.runner.run(load_document, self.ctx.app, on_done=self.editor.setPlainText)
        self.ctx.runner.run(share_state, self.ctx.app, on_done=self.show_share)

    def show_share(self, state: str) -> None:
        """Say whether the township's other computers count with these clocks."""
        self.share.setText({
            "shared": self.tr("Shared: the township's other computers count with these clocks through the "
                              "municipal server."),
            "pending": self.tr("Waiting to be sent: the township's other computers count with these clocks once "
                               "the next sync has sent them to the municipal server."),
            "local": self.tr("This computer is not enrolled with a sync server: these clocks count here only."),
        }[state])

    def save_clicked(self) -> None:
        from zwcx_desktop.gui.errors import describe

        def failed(exc, _d) -> None:
            self.msg.setStyleSheet(ERROR_STYLE)
            self.msg.setText(describe(exc))
            self.saved += 1

        def done(n: int) -> None:
            self.msg.setStyleSheet("")
            self.msg.setText(self.tr("Saved. Deadlines of %1 open case(s) were counted again.").replace("%1", str(n)))
            self.saved += 1
            self.reload()
            self.ctx.bus.record_changed.emit("supervision", "")

        self.msg.clear()
        # A database write: on the single writer thread, never the readers' pool (it would race other writes).
        self.ctx.runner.write(save_document, self.ctx.app, self.editor.toPlainText(), self.ctx.actor,
                              on_done=done, on_error=failed)
