"""The main window: a page list on the left, the pages (built when first shown), status bar and shortcuts.

It only wires things together; each page is its own small class. The window can show before the store has
opened (SQLAlchemy and the models take longer to load than the window takes to appear): until `attach(app)`,
every page is a "opening the records" placeholder and the record actions wait.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from zwcx_desktop.gui.screenfit import resize_within_screen
from zwcx_desktop.gui.ui_main_window import Ui_MainWindow

# The pages, in the order of the side bar's entries in ui/main_window.ui.
PAGES = ("dashboard", "commitment", "disclosure", "service", "objection", "contract", "lawsuit", "dishonesty",
         "supervision", "stats", "sync", "settings")


class MainWindow(QMainWindow):
    """`ctx.app` may still be None: pass `home_name` for the title then, and call `attach` once the store is open."""

    attached = Signal()  # the store is open and the current page is built

    def __init__(self, ctx, home_name: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialogs: dict[str, QWidget] = {}
        self.pages: dict[str, QWidget] = {}
        # The static shell (side bar, page stack, menus, status bar, the actions' wiring) is ui/main_window.ui,
        # compiled into ui_main_window.py at build time (scripts/uic.py); what depends on the role or the
        # records is added here.
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.nav, self.stack = self.ui.nav, self.ui.stack
        self._set_title(home_name)
        for _ in PAGES:
            self.stack.addWidget(self._placeholder())  # a page is built the first time it is shown
        self._actions()
        ctx.bus.open_record.connect(self.open_record)
        ctx.runner.failed.connect(self._task_failed)
        self._restore()
        if ctx.app is None:
            self.statusBar().showMessage(self.tr("Opening the records…"))
        else:
            self.attach(ctx.app)

    def _placeholder(self) -> QLabel:
        label = QLabel(self.tr("Opening the records…"))
        label.setStyleSheet("color: #666; font-size: 12pt; qproperty-alignment: AlignCenter;")
        return label

    def _set_title(self, home_name: str | None) -> None:
        if home_name is None:
            home_name = self.ctx.unit_names().get(self.ctx.app.setting("home_unit_id") or "", "")
        self.setWindowTitle(self.tr("Government integrity records - %1").replace("%1", home_name))
        if self.ctx.app is not None:
            self._mark_training()

    def _mark_training(self) -> None:
        """A sample (training) data folder says so in the title bar, whichever way it was opened."""
        from zwcx_desktop.gui.trial import is_training, title_mark

        if is_training(self.ctx.app) and not self.windowTitle().startswith(title_mark()):
            self.setWindowTitle(title_mark() + self.windowTitle())

    @property
    def ready(self) -> bool:
        """The store is open: pages and record actions work."""
        return self.ctx.app is not None and self.ctx.sync is not None

    def attach(self, app) -> None:
        """The store is open: build the status bar, the sync scheduler and the current page."""
        from zwcx_desktop.gui.statusbar import SyncStatusBar
        from zwcx_desktop.gui.syncscheduler import SyncScheduler

        self.ctx.app = app
        self._mark_training()
        self.ctx.sync = SyncScheduler(self.ctx, self)  # before the status bar and the sync page, which listen to it
        self.setStatusBar(SyncStatusBar(self.ctx, self))
        self.show_page(self.nav.currentRow())
        self.recent.refresh()
        self.ctx.sync.start()
        self._check_contact()
        from zwcx_desktop.gui.drafts import offer_drafts

        offer_drafts(self)  # forms left unsaved by a crash or a power cut
        if not getattr(self, "_reminded", False) and self.current_key() != "dashboard":
            from zwcx_desktop.gui.duetoday import remind_at_start

            self._reminded = True  # once a session (a restore attaches again)
            remind_at_start(self)
        from zwcx_desktop.gui.tray import start_tray

        start_tray(self)  # the due count in the system tray while the app runs (off in 设置)
        from zwcx_desktop.gui.help import apply_tips  # tooltips: loaded with the store, not before the window

        apply_tips(self)
        self.attached.emit()

    def detach(self):
        """Close what was built on the store (a restore replaces it): pages back to placeholders, no sync timer,
        no status bar; returns the App, which the caller closes. `attach` builds everything again."""
        from PySide6.QtWidgets import QStatusBar

        if self.ctx.sync is not None:
            self.ctx.sync.stop()
            self.ctx.sync.deleteLater()
        for key, w in list(self.pages.items()):
            i = PAGES.index(key)
            self.stack.insertWidget(i, self._placeholder())
            self.stack.removeWidget(w)
            w.deleteLater()
        self.pages.clear()
        self.stack.setCurrentIndex(max(self.nav.currentRow(), 0))
        self.setStatusBar(QStatusBar())
        app, self.ctx.app, self.ctx.sync = self.ctx.app, None, None
        self.ctx.forget_units()
        return app

    def _check_contact(self) -> None:
        """After an upgrade from a version without the contact block on notices: an administrator is asked for
        it, anyone else is told that an administrator must fill it in (notices are refused until then)."""
        from zwcx_desktop.store.contact import home_contact

        self.contact_dialog = self.contact_note = None
        self.ctx.runner.run(lambda _h, app: home_contact(app), self.ctx.app, on_done=self._contact_checked)

    def _contact_checked(self, contact) -> None:
        from dataclasses import asdict

        from zwcx_core.domain.enums import Role
        from zwcx_desktop.gui.forms import NOTE_STYLE

        if not contact.missing():
            return
        if self.ctx.actor.role == Role.ADMIN:
            from zwcx_desktop.gui.contactform import ContactDialog

            self.contact_dialog = ContactDialog(self.ctx, asdict(contact), self)
            self.contact_dialog.saved.connect(lambda: self.ctx.bus.record_changed.emit("unit", ""))
            self.contact_dialog.open()
            return
        self.contact_note = QLabel(self.tr("Notices cannot be printed yet: the office contact details are "
                                           "incomplete. An administrator must fill them in under Settings."))
        self.contact_note.setObjectName("contact_note")
        self.contact_note.setStyleSheet(NOTE_STYLE)
        self.statusBar().addPermanentWidget(self.contact_note)

    def _actions(self) -> None:
        """Shortcuts the form cannot hold (the platform's standard keys), and the role's File menu entries."""
        ui = self.ui
        # Standard keys follow the desktop's conventions (Designer stores a fixed key sequence only). setShortcuts:
        # PySide6 resolves setShortcut's overloads by trying Qt.Key first, which loads the Qt namespace (~17 ms).
        for act, key in ((ui.act_new, QKeySequence.StandardKey.New), (ui.act_save, QKeySequence.StandardKey.Save),
                         (ui.act_search, QKeySequence.StandardKey.Find), (ui.act_print, QKeySequence.StandardKey.Print),
                         (ui.act_quit, QKeySequence.StandardKey.Quit)):
            act.setShortcuts(key)
        from zwcx_desktop.gui.recent import RecentMenu

        self.recent = RecentMenu(self, ui.menu_recent)
        from PySide6.QtGui import QShortcut

        for i, key in enumerate(PAGES[:9], start=1):  # Ctrl+1 … Ctrl+9: the pages in the order of the side bar
            QShortcut(QKeySequence(f"Ctrl+{i}"), self, lambda k=key: self.goto(k))
        # Administrators only: a backup holds every record, a restore replaces them.
        from zwcx_desktop.gui.restorebackup import add_backup_action, add_restore_action

        backup, restore = add_backup_action(self), add_restore_action(self, ui.menu_file)
        if restore is not None:  # between the recent records and Quit, set apart from both
            ui.menu_file.insertAction(ui.act_quit, backup.action)
            ui.menu_file.insertAction(ui.act_quit, restore.action)
            ui.menu_file.insertSeparator(ui.act_quit)

    def open_manual(self) -> None:
        """Help > User manual (F1): the manual at the page shown."""
        from zwcx_desktop.gui.help import open_manual

        open_manual(self, self.current_key())

    def open_about(self) -> None:
        """Help > About."""
        from zwcx_desktop.gui.about import AboutDialog

        AboutDialog(self).exec()

    # ------------------------------------------------------------------ pages

    def page(self, key: str) -> QWidget:
        """The page for `key`, built on first use (its placeholder until the store is open)."""
        if not self.ready:
            return self.stack.widget(PAGES.index(key))
        if key not in self.pages:
            if key == "dashboard":
                from zwcx_desktop.gui.dashboard import DashboardPage as P
            elif key == "stats":
                from zwcx_desktop.gui.stats import StatsPage as P
            elif key == "sync":
                from zwcx_desktop.gui.syncpage import SyncPage as P
            elif key == "settings":
                from zwcx_desktop.gui.settingspage import SettingsPage as P
            elif key == "supervision":
                from zwcx_desktop.gui.deskpage import DeskPage as P
            else:
                from zwcx_desktop.gui.listpage import RecordListPage

                w = RecordListPage(self.ctx, key)
                P = None  # noqa: N806
            if P is not None:
                w = P(self.ctx)
            w.setObjectName(f"page_{key}")
            i = PAGES.index(key)
            old = self.stack.widget(i)
            self.stack.insertWidget(i, w)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.pages[key] = w
        return self.pages[key]

    def show_page(self, index: int) -> None:
        key = PAGES[index]
        self.page(key)
        self.stack.setCurrentIndex(index)
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)

    def goto(self, key: str) -> QWidget:
        self.show_page(PAGES.index(key))
        return self.page(key)

    def current_key(self) -> str:
        return PAGES[max(self.nav.currentRow(), 0)]

    # ------------------------------------------------------------------ records

    def open_record(self, kind: str, record_id: str) -> None:
        """Open a record's form (or bring it forward); an empty id opens a new record form."""
        if not self.ready:
            return
        from PySide6.QtCore import Qt

        from zwcx_desktop.gui.recordform import RecordDialog

        if record_id and record_id in self.dialogs:
            d = self.dialogs[record_id]
            d.show()
            d.raise_()
            d.activateWindow()
            return
        d = RecordDialog(self.ctx, kind, record_id or None, self)
        d.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        d.changed.connect(self.ctx.bus.record_changed)
        d.changed.connect(self.recent.remember)  # a new record joins the list once saved
        if record_id:
            self.recent.remember(kind, record_id)
        key = record_id or f"new-{id(d)}"
        self.dialogs[key] = d
        d.destroyed.connect(lambda *_a, k=key: self.dialogs.pop(k, None))
        d.show()
        self.last_dialog = d

    def new_record(self) -> None:
        key = self.current_key()
        from zwcx_core.domain.schema import RECORD_KINDS

        if key in RECORD_KINDS:
            self.open_record(key, "")

    def _active_dialog(self):
        from PySide6.QtWidgets import QApplication

        w = QApplication.activeWindow()
        return w if w in self.dialogs.values() else None

    def save_record(self) -> None:
        d = self._active_dialog()
        if d:
            d.save()

    def print_record(self) -> None:
        """Ctrl+P: the open record, else the selected row; on the disclosure list with nothing selected, the
        notice board."""
        d = self._active_dialog()
        if d:
            d.print_notice()
            return
        page = self.pages.get(self.current_key())
        if not self.ready:
            return
        if self.current_key() in ("commitment", "disclosure", "objection") and page and page.table.currentIndex().isValid():
            from zwcx_desktop.gui.printing import print_record

            print_record(self.ctx, page.model.record_id(page.table.currentIndex().row()), self)
        elif self.current_key() == "disclosure":
            self.print_board()

    def print_board(self) -> None:
        if not self.ready:
            return
        from PySide6.QtCore import Qt

        from zwcx_desktop.gui.boardprint import BoardPrintDialog

        d = BoardPrintDialog(self.ctx, self)
        d.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        d.show()
        self.board_dialog = d

    def print_list(self) -> None:
        from zwcx_desktop.gui.listprinting import print_current_list

        print_current_list(self)

    def focus_search(self) -> None:
        if not self.ready:
            return
        page = self.pages.get(self.current_key())
        if not hasattr(page, "focus_search"):
            page = self.goto("commitment")
        page.focus_search()

    def _task_failed(self, text: str, _details: str) -> None:
        # One sentence for the clerk. The traceback (`_details`) stays out of the box: it was logged where the task
        # failed (gui/tasks.py), and a traceback may carry a record's values or SQL parameters.
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Something went wrong"), text, parent=self)
        box.setObjectName("task_failed")
        box.setModal(False)
        box.show()

    # ------------------------------------------------------------------ layout memory

    def _restore(self) -> None:
        s = QSettings()
        geo = s.value("main/geometry")
        if geo is not None:
            self.restoreGeometry(geo)
        else:
            resize_within_screen(self, 1280, 800)
        last = s.value("main/page", "dashboard")
        self.goto(last if last in PAGES else "dashboard")

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        s = QSettings()
        s.setValue("main/geometry", self.saveGeometry())
        s.setValue("main/page", self.current_key())
        if self.ctx.sync is not None:
            self.ctx.sync.stop()
        for d in list(self.dialogs.values()):
            d.close()
        super().closeEvent(event)
