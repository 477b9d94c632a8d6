"""The import wizard: a roster of service records, or the office's contract ledger (file → columns → preview →
import).

The pages are laid out in ui/import_wizard.ui (Qt Designer), compiled into ui_import_wizard.py at build time; what
depends on the file (the mapping rows, the preview table) is built here. All reading, checking and writing runs on
the task runner (gui/importtasks.py, core: zwcx_desktop.io.roster); the wizard only shows what core reports. The
preview masks ID numbers: the screen is not the place for them. A roster may be linked, row by row, to the roster
notice (名单公示) that will list it, chosen on the first page among the notices that can still take records.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHeaderView, QTableWidgetItem

from zwcx_desktop.gui import importtasks
from zwcx_desktop.gui.i18n import enum_text, label, message, row_issue
from zwcx_desktop.gui.screenfit import resize_within_screen
from zwcx_desktop.gui.ui_import_wizard import Ui_ImportWizard
from zwcx_desktop.io.sheet import column_letter

PREVIEW_ROWS = 200  # enough to see the shape and the first problems; the summary counts every row
FILLED_COLOUR = "#e3f2fd"  # cells that took the value of a merged range
FILE_PAGE, MAP_PAGE, PREVIEW_PAGE, RUN_PAGE = range(4)  # the pages of the form's stack, in its order


class ImportWizard(QDialog):
    """Import a roster of service records, or (`kind` "contract") the office's contract ledger; `imported(count)`
    fires after a successful import."""

    imported = Signal(int)

    def __init__(self, ctx, parent=None, kind: str = "service") -> None:
        super().__init__(parent)
        from zwcx_core.domain.enums import ServiceArea
        from zwcx_core.domain.schema import KINDS

        self.ctx = ctx
        self.kind = kind
        self.spec = KINDS[kind]
        self.plan = None
        self.handle = None
        self.result = None
        self.combos: dict[str, QComboBox] = {}
        self.ui = ui = Ui_ImportWizard()
        ui.setupUi(self)
        resize_within_screen(self, 900, 600)
        # The names the wizard and its tests have always used for the form's widgets.
        self.stack = ui.import_pages
        self.file, self.sheet, self.area = ui.import_file, ui.import_sheet, ui.import_area
        self.policy, self.period = ui.import_policy, ui.import_period
        self.map_table = ui.import_mapping
        self.summary, self.notes, self.preview = ui.import_summary, ui.import_notes, ui.import_preview
        self.skip, self.errors_out = ui.import_skip_invalid, ui.import_errors_out
        self.progress, self.done_label, self.error = ui.import_progress, ui.import_result, ui.import_error
        self.back_btn, self.next_btn, self.cancel_btn = ui.import_back, ui.import_next, ui.import_cancel
        self.notice, self.notice_id, self.notice_title, self.chooser = ui.import_notice, None, "", None

        if kind == "contract":  # the form says roster; the same steps read a contract ledger
            self.setWindowTitle(self.tr("Import contract ledger"))
            ui.file_label.setText(self.tr("Contract ledger file"))
        elif kind == "supervision":  # … and the 12345 platform's dispatch list
            self.setWindowTitle(self.tr("Import 12345 dispatch list"))
            ui.file_label.setText(self.tr("Dispatch list file"))
        if kind != "service":  # what applies to every row of a roster; a ledger's rows carry their own
            for w in (self.area, self.policy, self.period):
                ui.file_form.setRowVisible(w, False)
            ui.file_form.setRowVisible(ui.notice_row, False)
        for a in ServiceArea:
            self.area.addItem(enum_text(ServiceArea, a.value), a.value)
        # Designer has no per-section resize mode: the three mapping columns share the width.
        self.map_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        ui.import_browse.clicked.connect(self._browse)
        ui.import_notice_choose.clicked.connect(self._choose_notice)
        ui.import_notice_clear.clicked.connect(lambda: self._set_notice(None, ""))
        self.file.editingFinished.connect(self._list_sheets)
        self.skip.toggled.connect(self._update_buttons)
        self.errors_out.textChanged.connect(self._update_buttons)
        self.back_btn.clicked.connect(self.back)
        self.next_btn.clicked.connect(self.next)
        self.cancel_btn.clicked.connect(self.cancel)
        self._busy = False
        self._update_buttons()

    # ------------------------------------------------------------------ navigation

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a roster"), "",
                                              self.tr("Rosters (*.xlsx *.csv);;All files (*)"))
        if path:
            self.file.setText(path)
            self._list_sheets()

    def _choose_notice(self) -> None:
        from zwcx_desktop.gui.rosterlink import RosterNoticeChooser

        self.chooser = RosterNoticeChooser(self.ctx, self)
        self.chooser.chosen.connect(lambda rid, line: self._set_notice(rid, line[0], "  ·  ".join(
            p for p in line if p)))
        self.chooser.open()

    def _set_notice(self, rid: str | None, title: str, line: str = "") -> None:
        """The roster notice every imported record is linked to (None: none)."""
        self.notice_id, self.notice_title = rid, title if rid else ""
        self.notice.setText(line if rid else "")

    def _list_sheets(self) -> None:
        path = self.file.text().strip()
        if path:
            self.ctx.runner.run(importtasks.sheets, path, on_done=self._show_sheets)

    def _show_sheets(self, answer) -> None:
        path, names = answer
        if path != self.file.text().strip():
            return  # the clerk chose another file meanwhile
        # Offices keep instructions or several months in one workbook: the clerk picks the sheet.
        self.sheet.clear()
        self.sheet.addItem(self.tr("The first sheet with data"), None)
        for name in names:
            self.sheet.addItem(name, name)
        self.sheet.setEnabled(len(names) > 1)

    def page(self) -> int:
        """The page shown: FILE_PAGE, MAP_PAGE, PREVIEW_PAGE or RUN_PAGE."""
        return self.stack.currentIndex()

    def _update_buttons(self) -> None:
        p = self.page()
        self.back_btn.setEnabled(not self._busy and p in (MAP_PAGE, PREVIEW_PAGE))
        if p == PREVIEW_PAGE:
            self.next_btn.setText(self.tr("Import"))
            plan = self.plan
            ok = plan is not None and bool(plan.valid) and (
                not plan.invalid or (self.skip.isChecked() and bool(self.errors_out.text().strip())))
            self.next_btn.setEnabled(not self._busy and ok)
        elif p == RUN_PAGE:
            self.next_btn.setText(self.tr("Close"))
            self.next_btn.setEnabled(not self._busy)
        else:
            self.next_btn.setText(self.tr("Next >"))
            self.next_btn.setEnabled(not self._busy)
        self.cancel_btn.setEnabled(p != RUN_PAGE or self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _go(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        self._update_buttons()

    def back(self) -> None:
        """Back one page (the file and mapping pages keep what the clerk chose)."""
        self.error.clear()
        self._go(max(self.page() - 1, FILE_PAGE))

    def next(self) -> None:
        """Next >: read the file, check it with the chosen columns, import it, or close once done."""
        self.error.clear()
        p = self.page()
        if p == FILE_PAGE:
            if not self.file.text().strip():
                self.error.setText(self.tr("Choose a roster file first."))
                return
            self._set_busy(True)
            self.ctx.runner.run(importtasks.inspect, self.kind, self.file.text().strip(), None, self.sheet.currentData(),
                                on_done=lambda plan: self._checked(plan, MAP_PAGE), on_error=self._failed)
        elif p == MAP_PAGE:
            self._check(self._mapping(), PREVIEW_PAGE)
        elif p == PREVIEW_PAGE:
            self._import()
        else:
            self.accept()

    def cancel(self) -> None:
        """Cancel a running import (it rolls back) or close the wizard."""
        if self.handle is not None and self._busy:
            self.handle.cancel()
            self.done_label.setText(self.tr("Cancelling…"))
            return
        self.reject()

    # ------------------------------------------------------------------ checking

    def _check(self, mapping, then: int) -> None:
        self._set_busy(True)
        self.summary.setText(self.tr("Reading and checking the file…"))
        self.ctx.runner.run(importtasks.prepare, self.ctx.app, self.kind, self.file.text().strip(), self.area.currentData(),
                            self.policy.text().strip() or None, self.period.text().strip() or None, mapping,
                            self.sheet.currentData(), self.notice_id if self.kind == "service" else None,
                            on_done=lambda plan: self._checked(plan, then), on_error=self._failed)

    def _failed(self, exc, details) -> None:
        from zwcx_desktop.gui.errors import describe
        from zwcx_desktop.gui.rosterlink import notice_refusal

        self._set_busy(False)
        # A FileProblem is a ValueError: its message, in the UI language.
        self.error.setText(notice_refusal(exc) or describe(exc))

    def _checked(self, plan, then: int) -> None:
        self.plan = plan
        self._set_busy(False)
        if then == MAP_PAGE:
            self._fill_mapping(plan)
        else:
            self._fill_preview(plan)
        self._go(then)

    def _field_label(self, name: str) -> str:
        """The label of a column's field: a schema field, or a ledger column that becomes an event (交付日期)."""
        R = importtasks.recogniser(self.kind)  # noqa: N806 - a module
        try:
            return label(self.spec.field(name))
        except KeyError:
            return getattr(R, "LEDGER_COLUMNS", {}).get(name, name)

    def _field_choices(self):
        from zwcx_desktop.io import headers as H

        R = importtasks.recogniser(self.kind)  # noqa: N806 - a module
        out = [(H.IGNORE, self.tr("Do not import"))]
        out += [(n, self._field_label(n)) for n in R.IMPORT_FIELDS]
        if self.kind == "service":
            out.append((H.MASKED_ID, self.tr("Masked ID (to spot people already registered)")))
        return out

    def _fill_mapping(self, plan) -> None:
        """One row per named column of the file: its letter and header, its first value (masked), its field."""
        from zwcx_desktop.io import headers as H
        from zwcx_desktop.io.roster import mask_for_display

        cols = [i for i, h in enumerate(plan.headers) if h]
        first = plan.rows[0].values if plan.rows else []
        choices = self._field_choices()
        self.map_table.setRowCount(len(cols))
        self.combos = {}
        for r, i in enumerate(cols):
            h = plan.headers[i]
            self.map_table.setItem(r, 0, QTableWidgetItem(plan.column_label(i)))
            field = plan.mapping.get(i, H.IGNORE)
            v = first[i] if i < len(first) else None
            shown = mask_for_display(v, field)
            self.map_table.setItem(r, 1, QTableWidgetItem("" if shown is None else str(shown)))
            combo = QComboBox()
            combo.setObjectName(f"map_{h}")
            for value, text in choices:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(field), 0))
            self.map_table.setCellWidget(r, 2, combo)
            self.combos[h] = combo

    def _mapping(self) -> dict[str, str]:
        return {h: c.currentData() for h, c in self.combos.items()}

    def _fill_preview(self, plan) -> None:
        from zwcx_desktop.io import headers as H
        from zwcx_desktop.io.roster import mask_for_display

        known = importtasks.recogniser(self.kind).IMPORT_FIELDS
        cols = [i for i, f in sorted(plan.mapping.items()) if f != H.IGNORE]
        heads = [self.tr("Row")] + [
            self._field_label(plan.mapping[i]) if plan.mapping[i] in known else plan.headers[i]
            for i in cols] + [self.tr("Problems")]
        self.preview.clear()
        self.preview.setColumnCount(len(heads))
        self.preview.setHorizontalHeaderLabels(heads)
        shown = sorted(plan.rows, key=lambda r: r.ok)[:PREVIEW_ROWS]  # problem rows first
        self.preview.setRowCount(len(shown))
        bad = QBrush(QColor("#fdecea"))
        merged = QBrush(QColor(FILLED_COLOUR))
        for r, row in enumerate(shown):
            cells = [str(row.row)] + [mask_for_display(row.values[i], plan.mapping[i]) for i in cols]
            cells.append("；".join(row_issue(i) for i in row.issues))
            for c, v in enumerate(cells):
                item = QTableWidgetItem("" if v is None else str(v))
                top = plan.filled.get((row.row, cols[c - 1])) if 0 < c <= len(cols) else None
                if not row.ok:
                    item.setBackground(bad)
                elif top is not None:
                    item.setBackground(merged)
                if top is not None:
                    item.setToolTip(self.tr("Filled from the merged cell %1")
                                    .replace("%1", f"{column_letter(top[1])}{top[0]}"))
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()  # at most PREVIEW_ROWS rows: cheap
        self.summary.setText(self.tr("%1: %2 rows ready to import, %3 with problems. Nothing is imported while a "
                                     "row has a problem, unless you choose to skip those rows.")
                             .replace("%1", message(plan.sheet.label)).replace("%2", str(len(plan.valid)))
                             .replace("%3", str(len(plan.invalid))))
        self.notes.setText(self._notes(plan))
        if plan.invalid and not self.errors_out.text():
            p = plan.sheet.path
            self.errors_out.setText(str(p.with_name(p.stem + "-错误行.xlsx")))

    def _notes(self, plan) -> str:
        """What reading the file did: cells filled from merged cells, a CSV read as Big5."""
        from zwcx_desktop.gui.i18n import column_text

        out = []
        if plan.filled:
            out.append(self.tr("%1 cells were filled from merged cells (shown in blue): each holds the value of "
                               "its merged range's top-left cell. Columns: %2.")
                       .replace("%1", str(len(plan.filled)))
                       .replace("%2", self.tr(", ").join(column_text(c) for c in plan.filled_columns())))
        if plan.sheet.encoding == "big5":
            out.append(self.tr("The text was read as Big5 (traditional Chinese)."))
        return "\n".join(out)

    # ------------------------------------------------------------------ importing

    def _import(self) -> None:
        self._go(RUN_PAGE)
        self._set_busy(True)
        self.progress.setRange(0, max(len(self.plan.valid), 1))
        self.progress.setValue(0)
        self.done_label.setText(self.tr("Importing…"))
        skip = self.skip.isChecked() and bool(self.plan.invalid)
        self.handle = self.ctx.runner.write(
            importtasks.commit, self.ctx.app, self.kind, self.plan, self.ctx.actor, skip,
            self.errors_out.text().strip() if skip else None,
            on_done=self._imported, on_error=self._import_failed,
            on_progress=lambda done, total, _t: self.progress.setValue(done))

    def _imported(self, result) -> None:
        self.result = result
        self._set_busy(False)
        if result is None:
            self.done_label.setText(self.tr("Cancelled: nothing was imported."))
            return
        self.progress.setValue(self.progress.maximum())
        text = {"contract": self.tr("Imported %1 contracts as drafts; a reviewer confirms each."),
                "supervision": self.tr("Imported %1 work orders onto the desk; their deadlines are counted.")}.get(
            self.kind, self.tr("Imported %1 service records.")).replace("%1", str(len(result.ids)))
        if getattr(self.plan, "disclosure_id", None):
            text += " " + self.tr("They are linked to the roster notice “%1”.").replace("%1", self.notice_title)
        if result.errors_out:
            text += " " + self.tr("%1 rows were not imported; they are in %2 with the reasons.") \
                .replace("%1", str(result.skipped)).replace("%2", str(result.errors_out))
        self.done_label.setText(text)
        for rid in result.ids[:1]:
            self.ctx.bus.record_changed.emit(self.kind, rid)  # one signal refreshes the list
        self.imported.emit(len(result.ids))

    def _import_failed(self, exc, details) -> None:
        from zwcx_desktop.gui.errors import describe
        from zwcx_desktop.gui.rosterlink import notice_refusal

        self._set_busy(False)
        self.done_label.setText(self.tr("Nothing was imported: %1").replace("%1", notice_refusal(exc) or describe(exc)))
