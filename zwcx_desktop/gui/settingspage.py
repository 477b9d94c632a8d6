"""设置: the municipal server, where secrets are kept, the office's contact block on notices, user accounts
(administrators only)."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidgetItem, QWidget

from zwcx_desktop.gui.forms import ERROR_STYLE, NOTE_STYLE
from zwcx_desktop.gui.i18n import enum_text, message
from zwcx_desktop.gui.ui_settings import Ui_SettingsPage


def list_users(_handle, app) -> list[tuple[str, str, str, bool]]:
    from sqlalchemy import select

    from zwcx_desktop.store.models import User

    with app.db.read() as s:
        return [(u.username, u.display_name, u.role, u.active)
                for u in s.execute(select(User).order_by(User.username)).scalars()]


class SettingsPage(QWidget):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        from zwcx_core.domain.enums import Role

        self.ctx = ctx
        admin = ctx.actor.role == Role.ADMIN
        # The layout is ui/settings.ui (Qt Designer), compiled into ui_settings.py at build time (scripts/uic.py);
        # what comes from data or from other modules (values, role lists, the boxes below) is added here. The page
        # scrolls: with the contact block it is taller than a 1366x768 screen at 150 % leaves.
        ui = self.ui = Ui_SettingsPage()
        ui.setupUi(self)
        self.server, self.code, self.server_msg = ui.server_url, ui.enrol_code, ui.server_msg
        self.server.setText(ctx.app.setting("server_url") or "")
        ui.save_server.clicked.connect(self.save_server)
        ui.enrol.clicked.connect(self.enrol)
        from zwcx_desktop.gui.syncscheduler import read_interval_minutes

        # Any user may change how often this computer syncs: it decides nothing about the records themselves.
        self.interval = ui.sync_interval
        self.interval.setValue(round(read_interval_minutes(ctx.app)))
        self.interval.valueChanged.connect(self.save_interval)  # after setValue: showing the value saves nothing
        from zwcx_desktop.gui.secretsbox import SecretsBox

        self.secrets = SecretsBox(ctx, admin)
        self.secrets.changed.connect(lambda: ctx.bus.record_changed.emit("", ""))  # the dashboard's warning follows
        ui.secrets_slot.addWidget(self.secrets)
        self._contact_box(admin)
        from zwcx_desktop.gui.clockpresets import ClockPresetsBox

        self.clocks = ClockPresetsBox(ctx, admin)
        ui.clocks_slot.addWidget(self.clocks)

        self.users_box, self.users, self.user_msg = ui.users_box, ui.users_table, ui.user_msg
        self.users.itemSelectionChanged.connect(self._selected_user_changed)
        self._user_actions(Role)
        self.new_name, self.new_display, self.new_pw = ui.new_user_name, ui.new_user_display, ui.new_user_password
        self.new_role = ui.new_user_role
        for r in Role:
            self.new_role.addItem(enum_text(Role, r.value), r.value)
        self.add_btn = ui.add_user
        self.add_btn.clicked.connect(self.add_user)
        self.not_admin = ui.not_admin
        from zwcx_desktop.gui.tray import add_tray_switch

        add_tray_switch(self, ui.tray_slot)  # tray reminders on or off
        self.users_box.setVisible(admin)
        self.not_admin.setVisible(not admin)
        self.server.setReadOnly(not admin)
        ui.save_server.setEnabled(admin)
        ui.enrol.setEnabled(admin)
        if admin:
            self.refresh()

    def _contact_box(self, admin: bool) -> None:
        """The contact block every notice prints, kept on the home unit; administrators change it."""
        from zwcx_desktop.gui.contactform import add_contact_rows
        from zwcx_desktop.store.contact import home_unit_doc

        form = self.ui.contact_form
        self.contact_save, self.contact_msg = self.ui.contact_save, self.ui.contact_msg
        form.takeRow(0)  # the form's save row goes back below the parts, which are appended
        self.contact_boxes: dict = {}
        add_contact_rows(form, self.contact_boxes, "settings")
        form.addRow(self.contact_save, self.contact_msg)
        doc = home_unit_doc(self.ctx.app)
        for name, b in self.contact_boxes.items():
            b.editor.setText(doc.get(name) or "")
            b.editor.setReadOnly(not admin)
        self.contact_save.setEnabled(admin)
        self.contact_save.clicked.connect(self.save_contact)

    def save_contact(self) -> None:
        from zwcx_desktop.gui.contactform import save_contact
        from zwcx_desktop.gui.errors import describe

        def failed(exc, _d) -> None:
            self.contact_msg.setStyleSheet(ERROR_STYLE)
            self.contact_msg.setText(describe(exc))

        def done(_r) -> None:
            self.contact_msg.setStyleSheet("")
            self.contact_msg.setText(self.tr("Saved. Notices printed from now on show these details."))
            self.ctx.bus.record_changed.emit("unit", self.ctx.app.setting("home_unit_id") or "")

        self.contact_msg.clear()
        save_contact(self.ctx, self.contact_boxes, done, failed)

    def _user_actions(self, role_enum) -> None:
        """Controls that act on the account selected in the table: active or not, role, a new password; each
        labelled, under a heading naming the selected user."""
        ui = self.ui
        self.selected_label, self.toggle_btn, self.role_combo = ui.selected_user, ui.toggle_user_active, ui.user_role
        self.role_btn, self.reset_pw, self.reset_btn = ui.change_user_role, ui.reset_password, ui.reset_user_password
        self.toggle_btn.clicked.connect(self.toggle_active)
        for r in role_enum:
            self.role_combo.addItem(enum_text(role_enum, r.value), r.value)
        self.role_btn.clicked.connect(self.change_role)
        self.reset_btn.clicked.connect(self.reset_password)
        self._rows: list[tuple[str, str, str, bool]] = []
        self._selected_user_changed()

    def selected_user(self) -> tuple[str, str, str, bool] | None:
        r = self.users.currentRow()
        return self._rows[r] if 0 <= r < len(self._rows) and self.users.selectionModel().hasSelection() else None

    def _selected_user_changed(self) -> None:
        u = self.selected_user()
        for w in (self.toggle_btn, self.role_combo, self.role_btn, self.reset_pw, self.reset_btn):
            w.setEnabled(u is not None)
        self.selected_label.setText(self.tr("Selected user: %1").replace("%1", u[0]) if u is not None else
                                    self.tr("Select a user in the table to change it."))
        if u is not None:
            self.toggle_btn.setText(self.tr("Deactivate") if u[3] else self.tr("Reactivate"))
            self.role_combo.setCurrentIndex(self.role_combo.findData(u[2]))

    def refresh(self) -> None:
        from zwcx_core.domain.enums import Role

        def show(rows):
            keep = (self.selected_user() or ("",))[0]
            self._rows = rows
            self.users.setRowCount(len(rows))
            for r, (name, disp, role, active) in enumerate(rows):
                for c, v in enumerate((name, disp, enum_text(Role, role), "✓" if active else "")):
                    self.users.setItem(r, c, QTableWidgetItem(v))
                if name == keep:
                    self.users.selectRow(r)
            self._selected_user_changed()

        self.ctx.runner.run(list_users, self.ctx.app, on_done=show)

    def _change_user(self, change, done_text: str) -> None:
        """Run `change(session, actor, username)` on the writer thread (core checks the role and the last
        administrator, and audits); show the outcome under the table and reload it."""
        u = self.selected_user()
        if u is None:
            return
        app, actor, name = self.ctx.app, self.ctx.actor, u[0]

        def task(_h):
            with app.db.write() as s:
                change(s, actor, name)

        def failed(exc, _d):
            self.user_msg.setStyleSheet(ERROR_STYLE)
            self.user_msg.setText(message(str(exc)))

        def done(_r):
            self.user_msg.setStyleSheet("")
            self.user_msg.setText(done_text.replace("%1", name))
            self.refresh()

        self.ctx.runner.write(task, on_done=done, on_error=failed)

    def toggle_active(self) -> None:
        from zwcx_desktop.store import users

        u = self.selected_user()
        if u is None:
            return
        active = not u[3]
        self._change_user(lambda s, a, n: users.set_active(s, a, n, active),
                          self.tr("User %1 reactivated.") if active else self.tr("User %1 deactivated."))

    def change_role(self) -> None:
        from zwcx_core.domain.enums import Role
        from zwcx_desktop.store import users

        role = Role(self.role_combo.currentData())
        self._change_user(lambda s, a, n: users.set_role(s, a, n, role), self.tr("Role of %1 changed."))

    def reset_password(self) -> None:
        from zwcx_desktop.store import users

        pw = self.reset_pw.text()
        self.reset_pw.clear()  # never left lying in the field, whatever the outcome
        self._change_user(lambda s, a, n: users.set_password(s, n, pw, actor=a),
                          self.tr("Password of %1 reset."))

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
            if getattr(exc, "code_for", None) and not exc.used_up and self._confirm_clean_start(exc):
                self.ctx.runner.run(enroll, self.ctx.app, url, code, True, self.ctx.actor, on_done=done,
                                    on_error=failed)
                return
            self.server_msg.setStyleSheet(ERROR_STYLE)
            self.server_msg.setText(describe(exc))

        def done(ans):
            self.server_msg.setStyleSheet("")
            text = self.tr("Enrolled: this computer can now sync.")
            if ans.get("unmatched_records"):
                self.server_msg.setStyleSheet(NOTE_STYLE)
                text += " " + self.tr("%1 service record(s) entered here before enrolling cannot be checked for "
                                      "duplicates against the other computers of the township.").replace(
                                          "%1", str(ans["unmatched_records"]))
            if ans.get("clean_start_backup"):
                text += " " + self.tr("The previous township's records were backed up to %1 and removed from this "
                                      "computer.").replace("%1", ans["clean_start_backup"])
            self.server_msg.setText(text)
            self.code.clear()
            self.secrets.refresh()  # enrolling brings a lost fingerprint key back
            self.ctx.bus.record_changed.emit("", "")
            if self.ctx.sync is not None:
                self.ctx.sync.sync_now(manual=False)  # the first round right away: the clerk is waiting for it

        self.ctx.runner.run(enroll, self.ctx.app, url, code, on_done=done, on_error=failed)

    def _confirm_clean_start(self, exc) -> bool:
        """Ask before moving this computer to another township (engine.OtherTownship): its records go."""
        from PySide6.QtWidgets import QMessageBox

        name = "{name} ({code})".format
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Another township"), self.tr(
            "This computer holds the records of %1, but the code is for %2.\n\nMove this computer to %2? A backup "
            "of all records is written to the backups folder first; then %1's records are removed from this "
            "computer and it starts afresh with %2's records.").replace("%1", name(**exc.holding)).replace(
                "%2", name(**exc.code_for)), QMessageBox.StandardButton.Cancel, self)
        move = box.addButton(self.tr("Back up and move"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is move

    def add_user(self) -> None:
        from zwcx_core.domain.enums import Role
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
