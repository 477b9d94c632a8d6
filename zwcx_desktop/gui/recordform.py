"""The form of one record: every schema field, errors beside fields, lifecycle buttons for this user's role."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from zwcx_desktop.gui.actions import action_text, visible_targets
from zwcx_desktop.gui.editors import editor_for
from zwcx_desktop.gui.errors import describe
from zwcx_desktop.gui.files import FilesWidget
from zwcx_desktop.gui.finance import FinanceLinesWidget
from zwcx_desktop.gui.forms import FieldBox
from zwcx_desktop.gui.help import apply_field_tips, apply_tips, install_f1, step_tip
from zwcx_desktop.gui.i18n import kind_name, label, message
from zwcx_desktop.gui.private import concealed, placeholder

HIDDEN = {"id_fingerprint"}
#: Link fields and the kind they link to (target_id: the kind chosen in target_kind), chosen with a searchable picker.
LINKS = {"commitment_id": "commitment", "disclosure_id": "disclosure", "contract_id": "contract", "target_id": None}
PRINTABLE = ("commitment", "disclosure", "objection")  # the kinds the notices module lays out


class RecordDialog(QDialog):
    """Create or edit a record. `changed(kind, id)` fires after every successful save or step."""

    changed = Signal(str, str)

    def __init__(self, ctx, kind: str, record_id: str | None = None, parent=None, prefill: dict | None = None) -> None:
        super().__init__(parent)
        from zwcx_core.domain.schema import KINDS

        self.ctx, self.kind, self.record_id = ctx, kind, record_id
        self.prefill = prefill or {}  # a new record's values proposed elsewhere (a 失信 lead), for a person to save
        self.spec = KINDS[kind]
        self.view = None
        self.boxes: dict[str, FieldBox] = {}
        self.concealed: set[str] = set()
        from zwcx_desktop.gui.formsize import remember_size

        remember_size(self, f"forms/{kind}/size", 920, 760)  # as the clerk last left a form of this kind
        self.setStyleSheet("QLineEdit[readOnly=\"true\"], QPlainTextEdit[readOnly=\"true\"] { background: #eef0f2; }")
        lay = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setObjectName("record_header")
        self.header.setStyleSheet("font-size: 14pt; font-weight: bold;")
        lay.addWidget(self.header)
        self.tabs = QTabWidget()
        lay.addWidget(self.tabs, 1)
        self.tabs.addTab(self._build_form(), self.tr("Details"))
        self.progress = self.history = self.print_log = None
        self.notice = QLabel()
        self.notice.setObjectName("form_notice")
        self.notice.setWordWrap(True)
        lay.addWidget(self.notice)
        bar = QHBoxLayout()
        self.actions = QHBoxLayout()
        bar.addLayout(self.actions)
        bar.addStretch(1)
        self.print_btn = QPushButton(self.tr("Print preview"))
        self.print_btn.setObjectName("print")
        self.print_btn.clicked.connect(self.print_preview)
        bar.addWidget(self.print_btn)
        self.print_now_btn = QPushButton(self.tr("Print…"))
        self.print_now_btn.setObjectName("print_now")
        self.print_now_btn.clicked.connect(self.print_notice)
        bar.addWidget(self.print_now_btn)
        self.save_pdf_btn = QPushButton(self.tr("Save as PDF…"))
        self.save_pdf_btn.setObjectName("save_pdf")
        self.save_pdf_btn.clicked.connect(self.save_pdf)
        bar.addWidget(self.save_pdf_btn)
        self.save_btn = QPushButton(self.tr("Save"))
        self.save_btn.setObjectName("save")
        self.save_btn.setDefault(True)
        self.save_btn.clicked.connect(self.save)
        bar.addWidget(self.save_btn)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("close")
        close.clicked.connect(self.close)
        bar.addWidget(close)
        lay.addLayout(bar)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        install_f1(self, kind)
        apply_tips(self)
        apply_field_tips(self)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_notice)
        self.drafts = None
        self._close_after_save = False
        self.reload()
        from zwcx_desktop.gui.drafts import DraftKeeper

        self.drafts = DraftKeeper(self)
        self.drafts.mark_clean()
        # Typing starts in the first field that takes it (the tab bar had the focus).
        first = next((b.editor for n, b in self.boxes.items()
                      if not self.spec.field(n).computed and n not in self.concealed and b.editor.isEnabled()), None)
        if first is not None and self.save_btn.isEnabled():
            first.setFocus()

    # ------------------------------------------------------------------ building

    def _choices(self, name: str):
        from zwcx_core.domain.schema import RECORD_KINDS

        if name in ("unit_id", "parent_id"):
            return list(self.ctx.unit_names().items())
        if name == "target_kind":
            return [(k, kind_name(k)) for k in RECORD_KINDS]
        return None

    def _build_form(self) -> QWidget:
        area = QScrollArea()
        area.setWidgetResizable(True)
        inner = QWidget()
        form = self.form = QFormLayout(inner)
        for f in self.spec.fields:
            if f.name in HIDDEN:
                continue
            if f.type == "rows":
                if f.name == "finance_lines":
                    editor = FinanceLinesWidget()
                elif f.name in self.spec.children and f.name != "progress":  # progress has a tab of its own
                    from zwcx_desktop.gui.rowstable import RowsWidget

                    editor = RowsWidget(self.spec.children[f.name])
                else:
                    continue
            elif f.type == "hashes":
                editor = FilesWidget(self.ctx, (self.record_id, f.name) if self.record_id else None)
            elif f.name in LINKS and not f.computed:
                from zwcx_desktop.gui.recordpicker import RecordPicker

                editor = RecordPicker(self.ctx, LINKS[f.name])
            else:
                editor = editor_for(f, self._choices(f.name))
            editor.setObjectName(f"field_{f.name}")
            if f.name == "citizen_id":
                editor.setPlaceholderText(self.tr("Only the masked number is kept; leave blank to keep it"))
            box = FieldBox(f.name, editor)
            self.boxes[f.name] = box
            text = label(f) + (" *" if f.required and not f.read_only else "")
            if f.name == "citizen_id":
                text = self.tr("Citizen ID number (to enter or correct)")
            form.addRow(text, box)
        if self.kind == "disclosure":
            for name in ("unit_id", "kind"):
                self.boxes[name].editor.currentIndexChanged.connect(self._balance_rows)
        if "target_kind" in self.boxes:
            self.boxes["target_kind"].editor.currentIndexChanged.connect(self._fill_targets)
            self.open_target = QPushButton(self.tr("Open the record this objection is about"))
            self.open_target.clicked.connect(self._open_target)
            form.addRow("", self.open_target)
            self.due_note = QLabel()
            self.due_note.setObjectName("due_note")
            form.addRow(self.tr("Reply deadline"), self.due_note)
            if "due_date" in self.boxes:  # the note says the deadline and the days left: one line, not two
                form.setRowVisible(self.boxes["due_date"], False)
        from zwcx_desktop.gui.creditform import extend

        self.credit = extend(self, form)  # 政务失信: repair eligibility, the 信用承诺书, the credit objection clock
        area.setWidget(inner)
        return area

    def _balance_rows(self) -> None:
        """期初余额 and 期末余额 belong to a village committee's finance disclosure (村务财务公开): shown for it only."""
        show = (self.boxes["kind"].editor.value() == "finance"
                and self.ctx.unit_type(self.boxes["unit_id"].editor.value()) == "village")
        for name in ("opening_balance", "closing_balance"):
            self.form.setRowVisible(self.boxes[name], show)

    def _fill_targets(self) -> None:
        self.boxes["target_id"].editor.set_kind(self.boxes["target_kind"].editor.value())

    def _open_target(self) -> None:
        kind, rid = self.boxes["target_kind"].editor.value(), self.boxes["target_id"].editor.value()
        if kind and rid:
            self.ctx.bus.open_record.emit(kind, rid)

    # ------------------------------------------------------------------ showing

    def reload(self) -> None:
        """Read the record again (after a save or step) and refresh every part of the form."""
        from zwcx_core.domain.lifecycle import is_editable

        doc: dict = {}
        if self.record_id:
            self.view = self.ctx.app.records.get(self.record_id)
            doc = self.view.doc
            if self.credit is not None and self.credit.hidden(doc):  # a person-level 失信 record: admin only
                self.view, self.record_id, doc = None, None, {}
        else:
            today = dt.date.today().isoformat()
            doc = {"unit_id": self.ctx.app.setting("home_unit_id"), "made_date": today, "formed_date": today,
                   "received_date": today}
            doc |= self.prefill
            for f in self.spec.fields:
                if f.default is not None:
                    doc.setdefault(f.name, f.default.value if hasattr(f.default, "value") else f.default)
        # A saved record's private fields (the complainant) are for the roles handling the case only; whoever
        # registers a new record types them in.
        self.concealed = {n for n in self.boxes if self.view and concealed(self.ctx, self.kind, self.spec.field(n))}
        for name, box in self.boxes.items():
            if name == "target_id":
                self._fill_targets()
            if name in self.concealed:
                box.editor.set_value(None)
                if hasattr(box.editor, "setPlaceholderText"):
                    box.editor.setPlaceholderText(placeholder())
            elif name != "citizen_id":
                box.editor.set_value(doc.get(name))
            box.set_error(None)
        self._calendar_notes(doc)
        if self.kind == "disclosure":
            self._balance_rows()
        editable = not self.view or is_editable(self.kind, self.view.status)
        for name, box in self.boxes.items():
            f = self.spec.field(name)
            box.editor.setReadOnly(not editable or f.read_only or name in self.concealed)
        # The read-only look comes from a property selector, which Qt re-reads only on a fresh polish.
        for w in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            w.style().unpolish(w)
            w.style().polish(w)
        self.save_btn.setEnabled(editable)
        title = self.view.title if self.view else self.tr("New record")
        self.setWindowTitle(f"{kind_name(self.kind)} - {title}")
        status = self.boxes["status"].editor.text() if "status" in self.boxes and self.view else ""
        self.header.setText(f"{kind_name(self.kind)}：{title}" + (f"  [{status}]" if status else ""))
        steps = bool(self.view and self.view.status
                     and visible_targets(self.kind, self.view.status, self.ctx.actor.role))
        self.notice.setText("" if editable else self.tr("This record can no longer be edited; use the buttons "
                                                       "below to move it along its lifecycle.") if steps else
                            self.tr("This record can no longer be edited, and its lifecycle has ended here."))
        for b in (self.print_btn, self.print_now_btn, self.save_pdf_btn):
            b.setVisible(self.kind in PRINTABLE and self.view is not None)
        self._show_due(doc)
        if self.credit is not None:
            self.credit.show_doc(doc)
        self._rebuild_actions()
        self._extra_tabs(doc)
        if self.drafts is not None:
            self.drafts.mark_clean()

    def _calendar_notes(self, doc: dict) -> None:
        """Beside each computed date in a year whose holidays are not known yet: count as a guess, check it. Beside
        a posted period end that the official calendar, known since, puts elsewhere: the date it gives now."""
        from zwcx_core.domain.calendar import year_known
        from zwcx_core.domain.derive import official_end

        for name, box in self.boxes.items():
            f, value = self.spec.field(name), doc.get(name)
            guessed = f.computed and f.type == "date" and value and not year_known(int(str(value)[:4]))
            box.set_note(self.tr("The holidays of %1 are not known yet, so this date counts Monday to Friday as "
                                 "working days: check it.").replace("%1", str(value)[:4]) if guessed else None)
        official = official_end(doc) if self.kind == "disclosure" and self.view else None
        if official is not None and "period_end" in self.boxes:
            from zwcx_core.domain.calendar import zh_date
            from zwcx_desktop.gui.i18n import is_zh

            when = zh_date(official) if is_zh() else official.isoformat()
            self.boxes["period_end"].set_note(self.tr("Under the official holiday schedule the publicity period "
                                                      "should end on %1.").replace("%1", when))

    def _show_due(self, doc: dict) -> None:
        if self.kind != "objection":
            return
        due = doc.get("due_date")
        if not due or doc.get("status") in ("closed", "not_accepted"):
            self.due_note.setText(due or "—")
            return
        left = (dt.date.fromisoformat(due) - dt.date.today()).days
        text = self.tr("%1 (%2 days left)") if left >= 0 else self.tr("%1 (%2 days overdue)")
        self.due_note.setText(text.replace("%1", due).replace("%2", str(abs(left))))
        self.due_note.setStyleSheet("color: #c62828;" if left < 3 else "")

    def _rebuild_actions(self) -> None:
        while self.actions.count():
            w = self.actions.takeAt(0).widget()
            if w:
                w.deleteLater()
        self.action_buttons: dict[str, QPushButton] = {}
        if not self.view or not self.view.status:
            return
        for target in visible_targets(self.kind, self.view.status, self.ctx.actor.role):
            b = QPushButton(action_text(self.kind, target))
            b.setObjectName(f"action_{target}")
            b.setToolTip(step_tip(self.kind, target))
            b.clicked.connect(lambda _c=False, t=target: self.transition(t))
            self.actions.addWidget(b)
            self.action_buttons[target] = b

    def _extra_tabs(self, doc: dict) -> None:
        if not self.record_id:
            return
        if self.kind == "commitment":
            if self.progress is None:
                from zwcx_desktop.gui.progress import ProgressLogWidget

                self.progress = ProgressLogWidget(self.ctx, self.record_id)
                self.progress.recorded.connect(self._after_change)
                self.tabs.addTab(self.progress, self.tr("Progress log"))
            self.progress.show_doc(doc)
        if self.kind in PRINTABLE:
            if self.print_log is None:
                from zwcx_desktop.gui.printlog import PrintLogWidget

                self.print_log = PrintLogWidget(self.ctx, self.record_id)
                self.tabs.addTab(self.print_log, self.tr("Print log"))
            self.print_log.reload()
        if self.kind == "contract":
            from zwcx_desktop.gui.contractpanel import show_payments

            show_payments(self, doc)
        if self.history is None:
            from zwcx_desktop.gui.history import HistoryWidget

            self.history = HistoryWidget(self.ctx, self.kind, self.record_id)
            self.tabs.addTab(self.history, self.tr("History and audit"))
        self.history.reload()

    # ------------------------------------------------------------------ changing

    def payload(self) -> dict:
        """Entered values of the editable fields, as text for core to validate."""
        out = {}
        for name, box in self.boxes.items():
            f = self.spec.field(name)
            if f.read_only or (f.type == "hashes" and self.record_id) or name in self.concealed:
                continue  # files of a saved record are attached at once; a concealed value is kept as it is
            v = box.editor.value()
            if isinstance(v, str):
                v = v.strip()
            if name == "citizen_id" and not v:
                continue
            out[name] = v if v not in ("",) else None
        return out

    def _changes(self, payload: dict) -> dict:
        def norm(v):
            return None if v in (None, "", []) else (str(v) if not isinstance(v, list | bool) else v)

        doc = self.view.doc
        return {k: v for k, v in payload.items() if k == "citizen_id" or norm(v) != norm(doc.get(k))
                or (isinstance(v, list) and v != doc.get(k))}

    def save(self, close_after: bool = False) -> None:
        """Validate and save in the background; errors come back beside their fields. `close_after`: close the
        form once saved (the answer 保存 to the unsaved-changes question)."""
        if not self.save_btn.isEnabled():
            return
        self._close_after_save = close_after
        payload, records, actor = self.payload(), self.ctx.app.records, self.ctx.actor
        if self.record_id:
            changes = self._changes(payload)
            if not changes:
                self.notice.setText(self.tr("No changes to save."))
                if close_after:
                    self.drafts.mark_clean()
                    self.close()
                return
            rid, vid = self.record_id, self.view.version_id

            def task(_h):
                records.update(rid, changes, actor, expected_version_id=vid)
                return rid
        else:
            kind = self.kind

            def task(_h):
                return records.create(kind, payload, actor)
        self.save_btn.setEnabled(False)
        self.ctx.runner.write(task, on_done=self._saved, on_error=self._failed)

    def _saved(self, rid: str) -> None:
        new = self.record_id is None
        self.record_id = rid
        if new:
            for box in self.boxes.values():
                if isinstance(box.editor, FilesWidget):
                    box.editor.attach_to = (rid, box.name)
        self._after_change()
        self.notice.setText(self.tr("Saved."))
        if self._close_after_save:
            self.close()

    def reject(self) -> None:  # Esc, 关闭 and the window's close button all come here
        if self.drafts is None or self.drafts.may_close():
            super().reject()

    def _after_change(self, *_a) -> None:
        self.reload()
        self.changed.emit(self.kind, self.record_id)

    def _failed(self, exc, details) -> None:
        from zwcx_core.domain.schema import ValidationError

        self.save_btn.setEnabled(True)
        self._close_after_save = False  # the form stays open to show why
        if isinstance(exc, ValidationError):
            errs: dict[str, list[str]] = {}
            for e in exc.errors:
                root = e.field.split("[")[0].split(".")[0]
                errs.setdefault(root, []).append(self._row_prefix(root, e.field[len(root):]) + message(e.message))
            for name, box in self.boxes.items():
                box.set_error("; ".join(errs.get(name, [])) or None)
            unknown = [k for k in errs if k not in self.boxes]
            self.notice.setText(self.tr("Not saved: correct the fields marked in red.")
                                + ("" if not unknown else " " + "; ".join(f"{k}: {errs[k][0]}" for k in unknown)))
            first = next((self.boxes[k] for k in self.boxes if k in errs), None)
            if first:
                first.editor.setFocus()
            return
        QMessageBox.warning(self, self.tr("Not saved"), describe(exc))

    def _row_prefix(self, root: str, sub: str) -> str:
        """'[2].note' of a child table error as the clerk reads it: 第 2 行“备注”："""
        import re

        m = re.fullmatch(r"\[(\d+)\]\.(\w+)", sub)
        fields = {f.name: f for f in self.spec.children.get(root, ())}
        if m and m[2] in fields:
            return self.tr("row %1, %2: ").replace("%1", m[1]).replace("%2", label(fields[m[2]]))
        return sub.lstrip(".") + " " if sub else ""

    def transition(self, target: str) -> None:
        """Move the record along its lifecycle (core checks the role again)."""
        rid, actor, records = self.record_id, self.ctx.actor, self.ctx.app.records
        for b in self.action_buttons.values():
            b.setEnabled(False)
        self.ctx.runner.write(lambda _h: records.transition(rid, target, actor), on_done=self._after_change,
                              on_error=self._step_failed)

    def _step_failed(self, exc, details) -> None:
        for b in self.action_buttons.values():
            b.setEnabled(True)
        QMessageBox.warning(self, self.tr("Step not possible"), describe(exc))

    def print_preview(self) -> None:
        if self.record_id and self.kind in PRINTABLE:
            from zwcx_desktop.gui.printing import preview

            preview(self.ctx, self.record_id, self, on_logged=self._printed)

    def print_notice(self) -> None:
        """Ctrl+P: the current version through the system print dialog; the print log tab shows it after."""
        if self.record_id and self.kind in PRINTABLE:
            from zwcx_desktop.gui.printing import print_record

            print_record(self.ctx, self.record_id, self, on_logged=self._printed)

    def save_pdf(self) -> None:
        if self.record_id and self.kind in PRINTABLE:
            from zwcx_desktop.gui.printing import save_record_pdf

            save_record_pdf(self.ctx, self.record_id, self, on_logged=self._printed)

    def _printed(self) -> None:
        if self.print_log is not None:
            self.print_log.reload()
