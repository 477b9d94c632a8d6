"""First-run set-up: the home unit and the administrator account, with errors shown beside each field."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

from zwcx_desktop.gui.contactform import add_contact_rows, contact_values
from zwcx_desktop.gui.errors import describe
from zwcx_desktop.gui.forms import FieldBox
from zwcx_desktop.gui.i18n import enum_text, message


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
        self.setWindowTitle(self.tr("First-run set-up"))
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Welcome. Enter your unit, the contact details printed on its notices, and create "
                               "the administrator account. Everything is stored on this computer; the municipal "
                               "server is optional."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.boxes: dict[str, FieldBox] = {}

        def add(name: str, text: str, editor) -> None:
            editor.setObjectName(f"setup_{name}")
            self.boxes[name] = FieldBox(name, editor)
            form.addRow(text, self.boxes[name])

        add("unit_name", self.tr("Unit name"), QLineEdit())
        add("unit_code", self.tr("Unified social credit code"), QLineEdit())
        add("division", self.tr("Division code (6 digits)"), QLineEdit())
        self.unit_type = QComboBox()
        for t in UnitType:
            self.unit_type.addItem(enum_text(UnitType, t.value), t.value)
        self.unit_type.setCurrentIndex(1)
        add("unit_type", self.tr("Unit type"), self.unit_type)
        add("admin", self.tr("Administrator user name"), QLineEdit("admin"))
        pw = QLineEdit()
        pw.setEchoMode(QLineEdit.EchoMode.Password)
        add("password", self.tr("Password (8 characters or more)"), pw)
        pw2 = QLineEdit()
        pw2.setEchoMode(QLineEdit.EchoMode.Password)
        add("password2", self.tr("Repeat password"), pw2)
        add_contact_rows(form, self.boxes, "setup")  # the contact block every notice prints: required
        add("server_url", self.tr("Municipal server address (optional)"), QLineEdit())
        self.boxes["server_url"].editor.setPlaceholderText("https://")
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
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
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
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
