"""Choosing the record a record links to (关联承诺, 关联公示, 异议对象) among all of them, not the latest few hundred:
a search over the index, each line with its date and status so that records of the same title can be told apart."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zwcx_desktop.gui.i18n import enum_text, kind_name
from zwcx_desktop.gui.screenfit import resize_within_screen

SHOWN = 200  # lines a search shows; the count says how many more match


def describe_records(app, kind: str, record_ids: list[str], persons: bool = False) -> list[tuple[str, str, str, str]]:
    """(id, title, date, status text) of these records, in the order given. A person-level 政务失信 record is
    named only with `persons` (the administrator): to anyone else its title reads as such a record's placeholder."""
    from sqlalchemy import select

    from zwcx_core.domain.lifecycle import LIFECYCLES
    from zwcx_core.domain.schema import KINDS
    from zwcx_desktop.store import queries
    from zwcx_desktop.store.models import RECORD_MODELS

    spec, m = KINDS[kind], RECORD_MODELS[kind]
    date_col = getattr(m, queries.DATE_FIELD[kind]) if kind in queries.DATE_FIELD else None
    status_col = getattr(m, "status", None)
    cols = [m.id, getattr(m, spec.title_field)] + [c for c in (date_col, status_col) if c is not None]
    hidden: set[str] = set()
    with app.db.read() as s:
        if kind == "dishonesty" and not persons:
            from zwcx_desktop.store.queries import PERSON

            hidden = set(s.execute(select(m.id).where(m.id.in_(record_ids), m.subject_level == PERSON)).scalars())
        found = {r[0]: r for r in s.execute(select(*cols).where(m.id.in_(record_ids))).all()}
    states = LIFECYCLES[kind].states if kind in LIFECYCLES else None
    out = []
    for rid in record_ids:
        r = found.get(rid)
        if r is None:
            continue
        date = str(r[2] or "") if date_col is not None else ""
        status = r[-1] if status_col is not None else None
        title = PERSON_PLACEHOLDER() if rid in hidden else str(r[1] or rid)
        out.append((rid, title, date, enum_text(states, status) if states and status else ""))
    return out


def PERSON_PLACEHOLDER() -> str:  # noqa: N802 - reads as the constant it stands for, translated when shown
    return QCoreApplication.translate("RecordPicker", "(a record about a person: administrators only)")


def find_records(_handle, app, kind: str, text: str, persons: bool = False
                 ) -> tuple[int, list[tuple[str, str, str, str]]]:
    """Task: how many records of `kind` match `text` (all of them when empty), and the first SHOWN described;
    person-level 政务失信 records among them only with `persons` (the administrator)."""
    from zwcx_desktop.store import queries

    f = queries.Filter(kind, search=text or None, persons=persons)
    with app.db.read() as s:
        ids = queries.ids(s, f, limit=SHOWN)
        total = len(ids) if len(ids) < SHOWN else queries.count(s, f)
    return total, describe_records(app, kind, ids, persons)


class RecordPicker(QWidget):
    """The editor of a link field: the chosen record's title, date and status, 选择… and 清除."""

    changed = Signal()

    def __init__(self, ctx, kind: str | None, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.kind, self._value, self._ro = ctx, kind, None, False
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.shown = QLineEdit()
        self.shown.setReadOnly(True)
        self.shown.setObjectName("picked")
        lay.addWidget(self.shown, 1)
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.setObjectName("choose")
        self.choose.clicked.connect(self.open_chooser)
        lay.addWidget(self.choose)
        self.clear_btn = QPushButton(self.tr("Clear"))
        self.clear_btn.clicked.connect(lambda: self.set_value(None))
        lay.addWidget(self.clear_btn)

    def set_kind(self, kind: str | None) -> None:
        if kind != self.kind:
            self.kind = kind
            self.set_value(None)
        self.choose.setEnabled(not self._ro and bool(self.kind))

    def value(self):
        return self._value

    def set_value(self, v, described: tuple[str, str, str] | None = None) -> None:
        """Link to record `v`; its line is `described` (title, date, status) when the chooser had it, else read in
        the background (a form loads its links without reading the store on the UI thread)."""
        self._value = v or None
        self.shown.setText(_line(*described) if described and self._value else "")
        if self._value and self.kind and not described:
            asked = self._value
            self.ctx.runner.run(lambda _h, app, kind, ids, persons: describe_records(app, kind, ids, persons),
                                self.ctx.app, self.kind, [asked], _sees_persons(self.ctx),
                                on_done=lambda got: self._described(asked, got))
        self.changed.emit()

    def _described(self, asked: str, got: list[tuple[str, str, str, str]]) -> None:
        if asked == self._value:  # not an answer about a link changed since
            self.shown.setText(_line(*got[0][1:]) if got else str(asked))

    def setReadOnly(self, ro: bool) -> None:  # noqa: N802 - Qt naming, as the other editors
        self._ro = ro
        self.choose.setEnabled(not ro and bool(self.kind))
        self.clear_btn.setEnabled(not ro)

    def open_chooser(self) -> None:
        if not self.kind:
            return
        dlg = RecordChooser(self.ctx, self.kind, self)
        dlg.chosen.connect(lambda rid, line: self.set_value(rid, tuple(line)))
        self.chooser = dlg
        dlg.open()


def _sees_persons(ctx) -> bool:
    from zwcx_core.domain.credit_rules import sees_persons

    return sees_persons(ctx.actor.role)


def _line(title: str, date: str, status: str) -> str:
    return "  ·  ".join(p for p in (title, date, status) if p)


class RecordChooser(QDialog):
    """Search and choose one record of a kind; `chosen(id)` when the clerk picks one."""

    chosen = Signal(str, list)  # id, [title, date, status]

    def __init__(self, ctx, kind: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.kind, self._generation = ctx, kind, 0
        self.setObjectName("record_chooser")
        self.setWindowTitle(self.tr("Choose a %1").replace("%1", kind_name(kind)))
        lay = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName("chooser_search")
        self.search.setPlaceholderText(self.tr("Search titles and content"))
        self.search.textChanged.connect(self.run)
        lay.addWidget(self.search)
        self.table = QTableWidget(0, 3)
        self.table.setTabKeyNavigation(False)  # read-only: Tab goes on to the next control
        self.table.setObjectName("chooser_table")
        self.table.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Date"), self.tr("Status")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 320)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        lay.addWidget(self.table, 1)
        self.count = QLabel()
        self.count.setObjectName("chooser_count")
        lay.addWidget(self.count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        resize_within_screen(self, 720, 480)
        self.run()

    def run(self) -> None:
        """Search in the background; an older answer arriving late is dropped."""
        self._generation += 1
        gen = self._generation
        self.ctx.runner.run(find_records, self.ctx.app, self.kind, self.search.text().strip(),
                            _sees_persons(self.ctx), on_done=lambda ans: self._show(gen, *ans))

    def _show(self, gen: int, total: int, found: list[tuple[str, str, str, str]]) -> None:
        if gen != self._generation:
            return
        self.table.setRowCount(len(found))
        for i, (rid, title, date, status) in enumerate(found):
            for j, text in enumerate((title, date, status)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, rid)
                self.table.setItem(i, j, item)
        if found:
            self.table.selectRow(0)
        more = total - len(found)
        self.count.setText(self.tr("%1 found").replace("%1", str(total)) + (
            "" if more <= 0 else " " + self.tr("(the first %1 shown: type more to narrow it)").replace(
                "%1", str(len(found)))))

    def accept(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.chosen.emit(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole),
                             [self.table.item(row, c).text() for c in range(3)])
        super().accept()
