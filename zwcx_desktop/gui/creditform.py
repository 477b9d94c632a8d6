"""What the record form adds for 政务失信 (#17): whether credit repair may be applied for (and why not), the
信用承诺书 printed from its template; for a credit-information objection, the working-day clock it runs on."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLabel, QMessageBox, QPushButton

from zwcx_desktop.gui.i18n import message


class CreditPart(QObject):
    """The dishonesty form's repair eligibility line and commitment-letter button."""

    def __init__(self, dlg, form) -> None:
        super().__init__(dlg)
        self.dlg = dlg
        self.eligibility = QLabel()
        self.eligibility.setObjectName("repair_eligibility")
        self.eligibility.setWordWrap(True)
        self.letter = QPushButton(self.tr("Print the credit commitment letter (信用承诺书)…"))
        self.letter.setObjectName("print_commitment")
        self.letter.clicked.connect(self.choose_letter)
        anchor = dlg.boxes.get("repair_applied_date")
        row = form.getWidgetPosition(anchor)[0] if anchor is not None else -1
        form.insertRow(row, self.tr("Credit repair"), self.eligibility)
        form.insertRow(row + 1, "", self.letter)

    def hidden(self, doc: dict) -> bool:
        """Whether this user may not see the record at all (a person-level one, to anyone but the administrator):
        the form then opens empty, as a new record, and says so."""
        from zwcx_core.domain.credit_rules import may_see

        self.refused = not may_see(doc, self.dlg.ctx.actor.role)
        return self.refused

    def show_doc(self, doc: dict) -> None:
        """Say whether repair may be applied for today, from the saved record."""
        from zwcx_core.domain.credit_rules import is_person_level, repair_check

        check = repair_check(doc, dt.date.today()) if self.dlg.view else None
        if check is None:
            text = self.tr("Credit repair applies once a decision is entered and the record is saved.")
        elif check.eligible:
            text = self.tr("Credit repair may be applied for now, with the two materials: proof of performance and "
                           "the signed credit commitment letter.")
        else:
            text = self.tr("Credit repair cannot be applied for yet: %1").replace(
                "%1", "; ".join(message(r) for r in check.reasons))
        if doc.get("repair_applied_date") and doc.get("repair_status") not in ("granted", "refused"):
            from zwcx_core.domain.credit_clocks import repair_deadlines

            due = repair_deadlines(dt.date.fromisoformat(doc["repair_applied_date"]))
            text = self.tr("Repair applied for on %1: the deciding body answers by %2, the platform finishes by %3.") \
                .replace("%1", doc["repair_applied_date"]).replace("%2", due["department_by"].date.isoformat()) \
                .replace("%3", due["platform_by"].date.isoformat())
        self.eligibility.setText(text)
        if getattr(self, "refused", False):
            self.dlg.notice.setText(self.tr("This record is not available to you."))
        self.eligibility.setStyleSheet("" if check is not None and check.eligible else "color: #8a5a00;")
        self.letter.setVisible(self.dlg.view is not None and not is_person_level(doc))

    def choose_letter(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.dlg, self.tr("Save the credit commitment letter"),
                                              self.tr("credit commitment letter.pdf"), self.tr("PDF (*.pdf)"))
        if path:
            self.save_letter(path)

    def save_letter(self, path: str) -> None:
        """Write the letter of the current version to `path` in the background (logged like any print)."""
        from zwcx_desktop.gui.errors import describe

        app, rid, actor = self.dlg.ctx.app, self.dlg.record_id, self.dlg.ctx.actor

        def task(_h):
            from zwcx_desktop.notices.creditletter import render_credit_commitment

            with open(path, "wb") as fh:
                fh.write(render_credit_commitment(app, rid, actor))
            return path

        # The letter's print is logged (a database write): on the writer thread, as printing.save_rendered does.
        self.dlg.ctx.runner.write(task, on_done=lambda p: self.dlg.notice.setText(
            self.tr("Saved to %1").replace("%1", p)), on_error=lambda exc, _d: QMessageBox.warning(
            self.dlg, self.tr("Not printed"), describe(exc)))


class CreditObjectionPart(QObject):
    """A credit-information objection answers on the credit clock: 3 working days in-house, 7 when another unit
    must check (domain/credit_clocks.py); the box sets the reply days from it."""

    def __init__(self, dlg, form) -> None:
        super().__init__(dlg)
        self.dlg = dlg
        self.referred = QCheckBox(self.tr("Another unit must check the information (credit objection)"))
        self.referred.setObjectName("credit_referred")
        anchor = dlg.boxes["reply_days"]
        form.insertRow(form.getWidgetPosition(anchor)[0] + 1, "", self.referred)
        self.referred.toggled.connect(self._days)
        dlg.boxes["objection_type"].editor.currentIndexChanged.connect(self._type_chosen)

    def _type_chosen(self, *_a) -> None:
        credit = self.dlg.boxes["objection_type"].editor.value() == "credit"
        self.referred.setVisible(credit)
        if credit and not self.dlg.view:
            self._days()

    def _days(self, *_a) -> None:
        from zwcx_core.domain.credit_rules import credit_reply_days

        if self.dlg.boxes["objection_type"].editor.value() == "credit":
            self.dlg.boxes["reply_days"].editor.set_value(credit_reply_days(self.referred.isChecked()))

    def hidden(self, _doc: dict) -> bool:
        """An objection is never hidden for being about a person (its handlers read it as ever)."""
        return False

    def show_doc(self, doc: dict) -> None:
        self.referred.setVisible(doc.get("objection_type") == "credit")


def extend(dlg, form):
    """The part this kind of form adds, or None."""
    if dlg.kind == "dishonesty":
        return CreditPart(dlg, form)
    if dlg.kind == "objection" and "reply_days" in dlg.boxes:
        return CreditObjectionPart(dlg, form)
    return None
