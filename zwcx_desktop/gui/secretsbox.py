"""设置 › 密钥存储: where the office's secrets are kept, the administrator's choice of a file store, and the explicit
acceptance of a new ID fingerprint key (store/keys.py holds the rules and audits both)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QMessageBox, QPushButton, QVBoxLayout

from zwcx_desktop.gui.forms import ERROR_STYLE, NOTE_STYLE
from zwcx_desktop.gui.i18n import message


def secrets_status(_handle, app):
    """Task: store/keys.status (reads the keyring, which may wait for it to be unlocked)."""
    from zwcx_desktop.store import keys

    return keys.status(app)


def store_text(st) -> tuple[str, str]:
    """The state of the secrets as one line and its style, shared by 设置 and the dashboard's warning."""
    if st.problem:
        return message(st.problem), ERROR_STYLE
    if st.store == "file":
        return QCoreApplication.translate("Secrets", "The secrets of this office (device token, ID fingerprint key) "
                                          "are kept in a file store (%1) that other programs of this user can "
                                          "read: an administrator chose it under Settings. Install and unlock the "
                                          "system keyring to keep them safe.").replace("%1", st.backend), NOTE_STYLE
    return QCoreApplication.translate("Secrets", "The secrets of this office are kept in the system keyring (%1)."
                                      ).replace("%1", st.backend), ""


class SecretsBox(QGroupBox):
    """`changed` fires after a choice or a new key, so the dashboard's warning can follow."""

    changed = Signal()

    def __init__(self, ctx, admin: bool, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Secrets"))
        self.setObjectName("secrets_box")
        self.ctx, self.admin = ctx, admin
        self.status = None
        lay = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setObjectName("secrets_state")
        self.state.setWordWrap(True)
        lay.addWidget(self.state)
        self.file_store = QCheckBox(self.tr("Keep the secrets in a file store when this computer has no system "
                                            "keyring (other programs of this user can read it)"))
        self.file_store.setObjectName("file_store")
        self.file_store.setEnabled(False)  # until the state is known, and for administrators only
        self.file_store.toggled.connect(self.choose_file_store)
        lay.addWidget(self.file_store)
        self.new_key = QPushButton(self.tr("Accept a new ID fingerprint key…"))
        self.new_key.setObjectName("accept_new_key")
        self.new_key.setVisible(False)
        self.new_key.clicked.connect(self.ask_new_key)
        lay.addWidget(self.new_key)
        self.msg = QLabel()
        self.msg.setObjectName("secrets_msg")
        self.msg.setWordWrap(True)
        lay.addWidget(self.msg)
        self.confirm: QMessageBox | None = None
        self.refresh()

    def refresh(self) -> None:
        self.ctx.runner.run(secrets_status, self.ctx.app, on_done=self._show, on_error=self._failed)

    def _show(self, st) -> None:
        self.status = st
        text, style = store_text(st)
        self.state.setText(text)
        self.state.setStyleSheet(style)
        self.file_store.blockSignals(True)
        self.file_store.setChecked(st.file_chosen)
        self.file_store.blockSignals(False)
        self.file_store.setEnabled(self.admin)
        self.new_key.setVisible(self.admin and st.can_accept_new_key)

    def _failed(self, exc, _details) -> None:
        from zwcx_desktop.gui.errors import describe

        self.msg.setStyleSheet(ERROR_STYLE)
        self.msg.setText(describe(exc))

    def _done(self, text: str) -> None:
        self.msg.setStyleSheet("")
        self.msg.setText(text)
        self.refresh()
        self.changed.emit()

    def choose_file_store(self, chosen: bool) -> None:
        from zwcx_desktop.store import keys

        app, actor = self.ctx.app, self.ctx.actor
        done = (self.tr("Saved: the secrets may be kept in a file store.") if chosen
                else self.tr("Saved: the secrets are kept only in the system keyring."))
        self.ctx.runner.write(lambda _h: keys.choose_file_store(app, actor, chosen),
                              on_done=lambda _r: self._done(done), on_error=self._failed)

    def ask_new_key(self) -> None:
        """Ask before replacing the key: records entered so far stop matching for good."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Accept a new ID fingerprint key"), self.tr(
            "The office's ID fingerprint key is lost. With a new key, the service records entered so far can no "
            "longer be matched as duplicates of new ones. If the key can still be found (the keyring of the user "
            "account that entered them), cancel and put it back instead.\n\nAccept a new key? This is recorded in "
            "the audit log."), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("new_key_confirm")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Accept a new key"))
        box.finished.connect(lambda res: res == QMessageBox.StandardButton.Yes and self._accept_new_key())
        self.confirm = box
        box.open()

    def _accept_new_key(self) -> None:
        from zwcx_desktop.store import keys

        app, actor = self.ctx.app, self.ctx.actor
        self.ctx.runner.write(lambda _h: keys.accept_new_key(app, actor), on_error=self._failed, on_done=lambda n: (
            self._done(self.tr("A new key was accepted; %1 service record(s) entered before can no longer be "
                               "matched as duplicates.").replace("%1", str(n)))))
