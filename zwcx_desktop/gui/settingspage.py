"""设置: user accounts (administrators only) and the municipal server address."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zwcx_desktop.gui.forms import ERROR_STYLE
from zwcx_desktop.gui.i18n import enum_text, message


def list_users(_handle, app) -> list[tuple[str, str, str, bool]]:
    from sqlalchemy import select

    from zwcx_desktop.store.models import User

    with app.db.read() as s:
        return [(u.username, u.display_name, u.role, u.active)
                for u in s.execute(select(User).order_by(User.username)).scalars()]


class SettingsPage(QWidget):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        from zwcx_desktop.domain.enums import Role

        self.ctx = ctx
        lay = QVBoxLayout(self)
        server = QGroupBox(self.tr("Municipal server"))
        f = QFormLayout(server)
        self.server = QLineEdit(ctx.app.setting("server_url") or "")
        self.server.setObjectName("server_url")
        self.server.setPlaceholderText("https://")
        save = QPushButton(self.tr("Save address"))
        save.clicked.connect(self.save_server)
        row = QHBoxLayout()
        row.addWidget(self.server, 1)
        row.addWidget(save)
        f.addRow(self.tr("Address"), row)
        self.code = QLineEdit()
        self.code.setObjectName("enrol_code")
        self.code.setPlaceholderText(self.tr("One-time code from the municipal administrator"))
        enrol = QPushButton(self.tr("Enrol this computer"))
        enrol.clicked.connect(self.enrol)
        row2 = QHBoxLayout()
        row2.addWidget(self.code, 1)
        row2.addWidget(enrol)
        f.addRow(self.tr("Enrolment"), row2)
        self.server_msg = QLabel()
        self.server_msg.setWordWrap(True)
        f.addRow("", self.server_msg)
        from zwcx_desktop.gui.syncscheduler import read_interval_minutes

        # Any user may change how often this computer syncs: it decides nothing about the records themselves.
        self.interval = QSpinBox()
        self.interval.setObjectName("sync_interval")
        self.interval.setRange(0, 24 * 60)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setSpecialValueText(self.tr("off"))
        self.interval.setValue(round(read_interval_minutes(ctx.app)))
        self.interval.valueChanged.connect(self.save_interval)
        f.addRow(self.tr("Sync automatically every"), self.interval)
        lay.addWidget(server)

        self.users_box = QGroupBox(self.tr("Users"))
        ul = QVBoxLayout(self.users_box)
        self.users = QTableWidget(0, 4)
        self.users.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Display name"), self.tr("Role"),
                                              self.tr("Active")])
        self.users.horizontalHeader().setStretchLastSection(True)
        ul.addWidget(self.users)
        form = QFormLayout()
        self.new_name = QLineEdit()
        self.new_name.setObjectName("new_user_name")
        self.new_display = QLineEdit()
        self.new_pw = QLineEdit()
        self.new_pw.setObjectName("new_user_password")
        self.new_pw.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_role = QComboBox()
        self.new_role.setObjectName("new_user_role")
        for r in Role:
            self.new_role.addItem(enum_text(Role, r.value), r.value)
        form.addRow(self.tr("User name"), self.new_name)
        form.addRow(self.tr("Display name"), self.new_display)
        form.addRow(self.tr("Password"), self.new_pw)
        form.addRow(self.tr("Role"), self.new_role)
        ul.addLayout(form)
        self.add_btn = QPushButton(self.tr("Add user"))
        self.add_btn.setObjectName("add_user")
        self.add_btn.clicked.connect(self.add_user)
        ul.addWidget(self.add_btn)
        self.user_msg = QLabel()
        ul.addWidget(self.user_msg)
        lay.addWidget(self.users_box)
        self.not_admin = QLabel(self.tr("Only an administrator can manage users."))
        lay.addWidget(self.not_admin)
        lay.addStretch(1)
        admin = ctx.actor.role == Role.ADMIN
        self.users_box.setVisible(admin)
        self.not_admin.setVisible(not admin)
        self.server.setReadOnly(not admin)
        save.setEnabled(admin)
        enrol.setEnabled(admin)
        if admin:
            self.refresh()

    def refresh(self) -> None:
        from zwcx_desktop.domain.enums import Role

        def show(rows):
            self.users.setRowCount(len(rows))
            for r, (name, disp, role, active) in enumerate(rows):
                for c, v in enumerate((name, disp, enum_text(Role, role), "✓" if active else "")):
                    self.users.setItem(r, c, QTableWidgetItem(v))

        self.ctx.runner.run(list_users, self.ctx.app, on_done=show)

    def save_server(self) -> None:
        url = self.server.text().strip().rstrip("/")
        if url and not url.startswith(("https://", "http://127.", "http://localhost")):
            self.server_msg.setStyleSheet(ERROR_STYLE)
            self.server_msg.setText(self.tr("The address must start with https://"))
            return
        self.ctx.runner.write(lambda _h: self.ctx.app.put_setting("server_url", url),
                              on_done=lambda _r: (self.server_msg.setStyleSheet(""),
                                                  self.server_msg.setText(self.tr("Saved."))))

    def save_interval(self, minutes: int) -> None:
        """Store the interval (0 = off) and tell the scheduler, which re-arms its timer at once."""
        from zwcx_desktop.gui.syncscheduler import K_INTERVAL

        app = self.ctx.app
        self.ctx.runner.write(lambda _h: app.put_setting(K_INTERVAL, str(minutes)))
        if self.ctx.sync is not None:
            self.ctx.sync.set_interval(minutes * 60)

    def enrol(self) -> None:
        """Enrol with the one-time code in the background; the token goes to the OS keyring (core does that)."""
        from zwcx_desktop.gui.errors import describe
        from zwcx_desktop.gui.syncstate import enroll

        url, code = self.server.text().strip().rstrip("/"), self.code.text().strip()
        if not url or not code:
            self.server_msg.setStyleSheet(ERROR_STYLE)
            self.server_msg.setText(self.tr("Enter the server address and the one-time code."))
            return

        def failed(exc, _d):
            self.server_msg.setStyleSheet(ERROR_STYLE)
            self.server_msg.setText(describe(exc))

        def done(_ans):
            self.server_msg.setStyleSheet("")
            self.server_msg.setText(self.tr("Enrolled: this computer can now sync."))
            self.code.clear()
            self.ctx.bus.record_changed.emit("", "")
            if self.ctx.sync is not None:
                self.ctx.sync.sync_now(manual=False)  # the first round right away: the clerk is waiting for it

        self.ctx.runner.run(enroll, self.ctx.app, url, code, on_done=done, on_error=failed)

    def add_user(self) -> None:
        from zwcx_desktop.domain.enums import Role
        from zwcx_desktop.store import users

        name, disp, pw, role = (self.new_name.text(), self.new_display.text(), self.new_pw.text(),
                                Role(self.new_role.currentData()))
        app = self.ctx.app

        def task(_h):
            with app.db.write() as s:
                users.add_user(s, name, pw, role, disp)

        def failed(exc, _d):
            self.user_msg.setStyleSheet(ERROR_STYLE)
            self.user_msg.setText(message(str(exc)))

        def done(_r):
            self.user_msg.setStyleSheet("")
            self.user_msg.setText(self.tr("User %1 added.").replace("%1", name))
            self.new_name.clear()
            self.new_pw.clear()
            self.new_display.clear()
            self.refresh()

        self.ctx.runner.write(task, on_done=done, on_error=failed)
