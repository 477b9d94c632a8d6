"""First-run set-up: the home unit and the administrator account, with errors shown beside each field."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QMessageBox, QWidget

from zwcx_desktop.gui.contactform import add_contact_rows, contact_values
from zwcx_desktop.gui.errors import describe
from zwcx_desktop.gui.forms import FieldBox
from zwcx_desktop.gui.i18n import enum_text, message
from zwcx_desktop.gui.ui_setup_wizard import Ui_SetupWizard


def _boxed(form: QFormLayout, name: str, editor: QWidget) -> FieldBox:
    """Put an editor the form lays out in a FieldBox (its error shown below it), in the editor's own cell."""
    row, role = form.getWidgetPosition(editor)
    box = FieldBox(name, editor)  # takes the editor out of the form and the dialog: the cell is left empty
    form.setWidget(row, role, box)
    return box


class SetupWizard(QDialog):
    """Collects a SetupInput, checks it with core's check_setup and initialises the data directory.

    With `offer_sample` a second button, 「先用示例数据看看」, emits `sample_requested` instead: the caller opens a
    sample office in a folder of its own (gui/trial.py) and ends the dialog with `TRY_SAMPLE`."""

    TRY_SAMPLE = 2  # the dialog's result when the sample office was opened instead
    sample_requested = Signal()

    def __init__(self, app, parent=None, offer_sample: bool = False) -> None:
        super().__init__(parent)
        from zwcx_core.domain.enums import UnitType

        self.app = app
        # The layout is ui/setup_wizard.ui (Qt Designer), compiled into ui_setup_wizard.py at build time.
        self.ui = Ui_SetupWizard()
        self.ui.setupUi(self)
        form = self.ui.form
        # The contact rows (shared with Settings, gui/contactform.py) go between the password and the server
        # address: the server row is taken out, the contact rows added, and the server row put back last. Tab
        # follows the order in which the boxes join the dialog, so they join it row by row.
        server = form.takeRow(self.ui.setup_server_url)
        self.boxes: dict[str, FieldBox] = {}
        for name in ("unit_name", "unit_code", "division", "unit_type", "admin", "password", "password2"):
            self.boxes[name] = _boxed(form, name, getattr(self.ui, f"setup_{name}"))
        add_contact_rows(form, self.boxes, "setup")  # the contact block every notice prints: required
        self.boxes["server_url"] = FieldBox("server_url", self.ui.setup_server_url)
        form.addRow(server.labelItem.widget(), self.boxes["server_url"])
        self.unit_type = self.ui.setup_unit_type
        for t in UnitType:
            self.unit_type.addItem(enum_text(UnitType, t.value), t.value)
        self.unit_type.setCurrentIndex(1)
        buttons = self.ui.buttons
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Set up"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("setup_ok")
        buttons.accepted.connect(self.finish)
        self.sample = None
        if offer_sample:
            self.sample = buttons.addButton(self.tr("Try it with sample data first"),
                                            QDialogButtonBox.ButtonRole.ActionRole)
            self.sample.setObjectName("setup_sample")
            self.sample.setToolTip(self.tr("Opens a sample office with demo records in a separate folder, marked "
                                           "as training on screen and on paper; you can set up the real office "
                                           "from there at any time."))
            self.sample.clicked.connect(self._sample_clicked)
        self.resize(560, 0)

    def _sample_clicked(self) -> None:
        self.sample.setEnabled(False)
        self.sample.setText(self.tr("Preparing the sample office…"))
        self.sample_requested.emit()

    def sample_failed(self, text: str) -> None:
        """Opening the sample office failed: say why and let the clerk try again or set up the real office."""
        self.sample.setEnabled(True)
        self.sample.setText(self.tr("Try it with sample data first"))
        QMessageBox.critical(self, self.tr("Sample office"), text)

    def _text(self, name: str) -> str:
        return self.boxes[name].editor.text()

    def finish(self) -> None:
        """Validate every field; initialise only when all are right."""
        from zwcx_core.domain.enums import UnitType
        from zwcx_desktop.store.setup import SetupInput, check_setup, initialise

        inp = SetupInput(self._text("unit_name"), self._text("unit_code").strip().upper(),
                         self._text("division").strip(), self._text("admin"), self._text("password"),
                         UnitType(self.unit_type.currentData()), self._text("server_url").strip() or None,
                         **contact_values(self.boxes))
        errors = {e.field: message(e.message) for e in check_setup(inp)}
        if self._text("password") != self._text("password2"):
            errors.setdefault("password2", self.tr("the two passwords differ"))
        for name, box in self.boxes.items():
            box.set_error(errors.get(name))
        if errors:
            return
        try:
            initialise(self.app, inp)
        except Exception as exc:  # noqa: BLE001 - shown to the user, who can correct and retry
            QMessageBox.critical(self, self.tr("Set-up failed"), describe(exc))
            return
        self.accept()
