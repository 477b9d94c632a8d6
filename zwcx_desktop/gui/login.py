"""The login window: a local, offline check of the password against its stored argon2 hash.

The check reads the account through `store.glance` (plain sqlite3), so logging in does not wait for SQLAlchemy and
the store to load; a new or older data directory waits for the store to set it up or migrate it first.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from zwcx_desktop.gui.forms import ERROR_STYLE
from zwcx_desktop.gui.i18n import message
from zwcx_desktop.gui.ui_login import Ui_LoginDialog


class LoginDialog(QDialog):
    """Asks for user name and password; `actor` is set when accepted."""

    def __init__(self, root=None, parent=None) -> None:
        super().__init__(parent)
        self.glance = None
        self.actor = None
        # The layout is ui/login.ui (Qt Designer), compiled into ui_login.py at build time (scripts/uic.py).
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.user, self.password, self.error = self.ui.login_user, self.ui.login_password, self.ui.login_error
        self.error.setStyleSheet(ERROR_STYLE)
        buttons = self.ui.buttons
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Log in"))
        self.ok.setObjectName("login_ok")
        buttons.accepted.connect(self.try_login)
        self.resize(380, 0)
        from zwcx_desktop.store.glance import glance

        g = glance(root) if root is not None else None
        if g is not None:
            self.set_ready(g)
        else:
            # The window shows at once; a new or older data directory opens (and migrates) in the background.
            self.ok.setEnabled(False)
            self.error.setStyleSheet("color: #666;")
            self.error.setText(self.tr("Opening the data folder…"))

    def set_ready(self, glance) -> None:
        """The data directory can be read (a `store.glance.Glance`): allow logging in."""
        self.glance = glance
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setText("")
        self.ok.setEnabled(True)
        if not self.user.text():
            self.user.setText(glance.last_user)
        (self.password if self.user.text() else self.user).setFocus()

    def try_login(self) -> None:
        """Check the password; stay open with the reason shown when it is wrong."""
        from zwcx_core.domain.accounts import LoginFailed

        if self.glance is None:
            return
        # argon2 verification takes tens of milliseconds: short enough to run here and keep the flow simple.
        try:
            self.actor = self.glance.login(self.user.text(), self.password.text())
        except LoginFailed as exc:
            self.error.setText(message(str(exc)))
            self.password.selectAll()
            self.password.setFocus()
            return
        except sqlite3.Error as exc:  # locked for long, removed, a disk error: say so rather than do nothing
            from zwcx_desktop.gui.errors import describe

            self.error.setText(describe(exc))
            return
        self.accept()
