"""The office's contact block (contact person, phone, address, supervising department and phone): the rows the
first-run wizard and 设置 share, and the dialog start-up shows an administrator when the block is incomplete
(after an upgrade from a version without it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from zwcx_desktop.gui.forms import FieldBox, labelled
from zwcx_desktop.gui.i18n import message


def contact_labels() -> dict[str, str]:
    """Row labels of the five parts, in the UI language."""
    return {"contact_person": QCoreApplication.translate("Contact", "Contact person"),
            "contact_phone": QCoreApplication.translate("Contact", "Contact phone"),
            "address": QCoreApplication.translate("Contact", "Address for objections"),
            "supervisor": QCoreApplication.translate("Contact", "Supervising department"),
            "supervision_phone": QCoreApplication.translate("Contact", "Supervision phone")}


def add_contact_rows(form: QFormLayout, boxes: dict[str, FieldBox], prefix: str) -> None:
    """Add one line edit per part to `form` (object names `<prefix>_<field>`), each in a FieldBox in `boxes`."""
    hints = {"contact_phone": "0451-84661234", "supervisor": QCoreApplication.translate("Contact", "e.g. 道里区纪委监委"),
             "supervision_phone": "0451-84612388"}
    for name, text in contact_labels().items():
        edit = QLineEdit()
        edit.setObjectName(f"{prefix}_{name}")
        edit.setPlaceholderText(hints.get(name, ""))
        boxes[name] = FieldBox(name, edit)
        form.addRow(labelled(text + " *", edit), boxes[name])


def contact_values(boxes: dict[str, FieldBox]) -> dict[str, str]:
    return {name: boxes[name].editor.text().strip() for name in contact_labels()}


def show_contact_errors(boxes: dict[str, FieldBox], errors: dict[str, str]) -> None:
    """Each problem beside its field, in the UI language; clears the others."""
    for name in contact_labels():
        boxes[name].set_error(message(errors[name]) if name in errors else None)


def save_contact(ctx, boxes: dict[str, FieldBox], on_saved, on_other_error) -> None:
    """Check the parts here, then save them on the writer thread; wrong parts are named beside their fields."""
    from zwcx_core.domain.contact import check_contact
    from zwcx_desktop.store.contact import save_home_contact

    values = contact_values(boxes)
    errors = check_contact(values)
    show_contact_errors(boxes, errors)
    if errors:
        return
    app, actor = ctx.app, ctx.actor

    def failed(exc, details) -> None:
        from zwcx_core.domain.schema import ValidationError

        if isinstance(exc, ValidationError):
            show_contact_errors(boxes, exc.by_field())
        else:
            on_other_error(exc, details)

    ctx.runner.write(lambda _h: save_home_contact(app, values, actor), on_done=on_saved, on_error=failed)


class ContactDialog(QDialog):
    """Asks an administrator for the parts of the contact block still missing; `saved` fires once stored."""

    saved = Signal()

    def __init__(self, ctx, current: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("contact_dialog")
        self.setWindowTitle(self.tr("Contact details for notices"))
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Every notice now gives the office's contact person, phone and address, and the "
                               "supervision phone (the supervising department and 12345). Notices cannot be printed "
                               "until these are filled in."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.boxes: dict[str, FieldBox] = {}
        add_contact_rows(form, self.boxes, "contact")
        for name, box in self.boxes.items():
            box.editor.setText(current.get(name) or "")
        lay.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("contact_save")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Later"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(560, 0)

    def save(self) -> None:
        from zwcx_desktop.gui.errors import describe

        def done(_r) -> None:
            self.saved.emit()
            self.accept()

        save_contact(self.ctx, self.boxes, done, lambda exc, _d: self.error.setText(describe(exc)))
