"""A page listing one record kind: filters, a debounced search box, the match count and the table."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zwcx_desktop.gui.i18n import enum_text, kind_name, label
from zwcx_desktop.gui.listmodel import RecordTableModel
from zwcx_desktop.gui.screenfit import shrinkable

DEBOUNCE_MS = 60  # short enough to feel instant, long enough to skip the keystrokes of a fast typist


def _width(f) -> int:
    """A column width from the field's kind of content (fixed, so no row has to be read to size it)."""
    if f.name in ("title", "content", "policy"):
        return 320 if f.name != "policy" else 160
    if f.name == "id_masked":
        return 170
    return {"date": 100, "money": 100, "enum": 120}.get(f.type, 110)


class RecordListPage(QWidget):
    """Lists records of `kind`; double-click (or Enter) opens one, the New button creates one."""

    def __init__(self, ctx, kind: str, parent=None) -> None:
        super().__init__(parent)
        from zwcx_core.domain.lifecycle import LIFECYCLES
        from zwcx_core.domain.schema import KINDS
        from zwcx_desktop.store.queries import DATE_FIELD

        self.ctx, self.kind = ctx, kind
        spec = KINDS[kind]
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(
            self.tr("Search names, policies and villages, or a full ID number (Ctrl+F)") if kind == "service"
            else self.tr("Search titles, content and names (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        # The whole hint stays readable; the filter combos beside it shrink first (they are shrinkable).
        self.search.setMinimumWidth(min(self.search.fontMetrics().horizontalAdvance(self.search.placeholderText())
                                        + 40, 300))
        top.addWidget(self.search, 2)
        self.status = shrinkable(QComboBox(), 6)
        self.status.setObjectName("filter_status")
        self.status.addItem(self.tr("All statuses"), None)
        for st in LIFECYCLES[kind].states:
            self.status.addItem(enum_text(type(st), st.value), st.value)
        top.addWidget(self.status)
        self.area = shrinkable(QComboBox(), 6)
        self.area.setObjectName("filter_area")
        self.area.addItem(self.tr("All service areas"), None)
        if any(f.name == "service_area" for f in spec.fields):
            from zwcx_core.domain.enums import ServiceArea

            for a in ServiceArea:
                self.area.addItem(enum_text(ServiceArea, a.value), a.value)
            top.addWidget(self.area)
        self.unit = shrinkable(QComboBox())
        self.unit.setObjectName("filter_unit")
        self.unit.addItem(self.tr("All units"), None)
        for uid, name in ctx.unit_names().items():
            self.unit.addItem(name, uid)
        top.addWidget(self.unit)
        lay.addLayout(top)

        # The date range starts the second row: on one row with the other filters the page was wider than the
        # office laptop's screen at 150 %.
        bar = QHBoxLayout()
        self.use_dates = QCheckBox(label(spec.field(DATE_FIELD[kind])))
        bar.addWidget(self.use_dates)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-12))
        self.date_to = QDateEdit(today.addMonths(12))
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setEnabled(False)
            bar.addWidget(d)
        self.count = QLabel()
        self.count.setObjectName("match_count")
        bar.addWidget(self.count, 1)
        self.new_button = QPushButton(self.tr("New %1").replace("%1", kind_name(kind)))
        self.new_button.setObjectName("new_record")
        self.new_button.clicked.connect(self.new_record)
        bar.addWidget(self.new_button)
        from zwcx_desktop.gui.listbuttons import add_list_buttons

        add_list_buttons(self, bar)  # Export… on every list, Import roster… on the service list
        if kind == "dishonesty" and ctx.actor.role.value == "admin":
            batches = QPushButton(self.tr("Batches for the city platform…"))
            batches.setObjectName("report_batches_button")
            batches.setToolTip(self.tr("Write the confirmed findings for the city credit platform and enter its "
                                       "receipts"))
            batches.clicked.connect(self.open_batches)
            bar.addWidget(batches)
        lay.addLayout(bar)

        self.model = RecordTableModel(ctx, kind, self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # read-only: Tab goes on to the next control
        self.table.setObjectName("record_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows at once for batch steps (Shift/Ctrl+click); the bar below offers what applies to them.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Fixed widths: sizing columns to contents would read every row of a 100k list.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._natural = [_width(f) for f in self.model.fields]
        for i, w in enumerate(self._natural):
            header.resizeSection(i, w)
        self._fitting = False
        self._restore_layout(header)
        header.sectionResized.connect(self._section_resized)
        self.table.viewport().installEventFilter(self)  # its resizes fit the columns to it
        self.table.doubleClicked.connect(lambda idx: self.open_row(idx.row()))
        self.table.activated.connect(lambda idx: self.open_row(idx.row()))
        lay.addWidget(self.table, 1)
        from zwcx_desktop.gui.listprinting import add_print_action

        add_print_action(self)  # Print list… on the table's context menu (and File > Print list…)
        if kind in LIFECYCLES:
            from zwcx_desktop.gui.batch import BatchBar

            self.batch = BatchBar(self)
            lay.addWidget(self.batch)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.status, self.area, self.unit):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)
        self.model.loaded.connect(self._show_count)
        ctx.bus.record_changed.connect(self._changed)
        for sig in (header.sectionResized, header.sectionMoved, header.sortIndicatorChanged):
            sig.connect(self._save_layout)
        from zwcx_desktop.gui.help import apply_tips

        apply_tips(self)
        self.apply_filters()

    # ------------------------------------------------------------------ remembered between sessions

    def _key(self, what: str) -> str:
        return f"lists/{self.kind}/{what}"

    def _restore_layout(self, header) -> None:
        """Column widths, order and sort, and the filters, as the clerk left them (QSettings)."""
        from PySide6.QtCore import QSettings

        s = QSettings()
        self._user_widths = s.value(self._key("user_widths"), False, bool)
        state = s.value(self._key("header"))
        if state is not None and header.restoreState(state) and header.sortIndicatorSection() >= 0:
            self.model.set_order(header.sortIndicatorSection(), header.sortIndicatorOrder())
        for name, combo in (("status", self.status), ("area", self.area), ("unit", self.unit)):
            i = combo.findData(s.value(self._key(name)))
            if i >= 0:
                combo.setCurrentIndex(i)
        if s.value(self._key("dates"), False, bool):
            self.use_dates.setChecked(True)
            self.date_from.setEnabled(True)
            self.date_to.setEnabled(True)
            for edit, name in ((self.date_from, "from"), (self.date_to, "to")):
                d = QDate.fromString(str(s.value(self._key(name), "")), "yyyy-MM-dd")
                if d.isValid():
                    edit.setDate(d)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt naming
        from PySide6.QtCore import QEvent

        if obj is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return False

    def _fit_columns(self) -> None:
        """Until the clerk sizes a column by hand, the columns fit the table's width (columnfit.py)."""
        from zwcx_desktop.gui.columnfit import fit_widths, least_widths

        if self._user_widths:
            return
        header = self.table.horizontalHeader()
        widths = fit_widths(self._natural, least_widths(header, self.model.fields), self.table.viewport().width() - 2)
        self._fitting = True
        try:
            for i, w in enumerate(widths):
                header.resizeSection(i, w)
        finally:
            self._fitting = False

    def _section_resized(self, index: int, _old: int, _new: int) -> None:
        from PySide6.QtCore import QSettings

        # A column sized by hand; not the fitting above, nor the last column stretching with the table.
        header = self.table.horizontalHeader()
        if self._fitting or index == header.logicalIndex(header.count() - 1):
            return
        if not self._user_widths:
            self._user_widths = True
            QSettings().setValue(self._key("user_widths"), True)

    def _save_layout(self, *_a) -> None:
        from PySide6.QtCore import QSettings

        QSettings().setValue(self._key("header"), self.table.horizontalHeader().saveState())

    def _save_filters(self) -> None:
        from PySide6.QtCore import QSettings

        s = QSettings()
        for name, combo in (("status", self.status), ("area", self.area), ("unit", self.unit)):
            s.setValue(self._key(name), combo.currentData())
        s.setValue(self._key("dates"), self.use_dates.isChecked())
        s.setValue(self._key("from"), self.date_from.date().toString("yyyy-MM-dd"))
        s.setValue(self._key("to"), self.date_to.date().toString("yyyy-MM-dd"))

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.apply_filters()

    def apply_filters(self) -> None:
        """Build the Filter from the controls and query in the background."""
        def pydate(q: QDate) -> dt.date:
            return dt.date(q.year(), q.month(), q.day())

        dates = self.use_dates.isChecked()
        flt = dataclasses.replace(self.model.filter, status=self.status.currentData(),
                                  service_area=self.area.currentData(), unit_id=self.unit.currentData(),
                                  date_from=pydate(self.date_from.date()) if dates else None,
                                  date_to=pydate(self.date_to.date()) if dates else None,
                                  search=self.search.text().strip() or None)
        self.count.setText(self.tr("Searching…"))  # the query runs in the background; say so meanwhile
        self._save_filters()
        self.model.set_filter(flt)

    def _show_count(self, n: int, seconds: float) -> None:
        self.count.setText(self.tr("%n record(s) match", "", n))

    def _changed(self, kind: str, _rid: str) -> None:
        if kind in (self.kind, ""):  # "": many kinds at once (a sync round that brought or sent changes)
            self.model.refresh()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def open_row(self, row: int) -> None:
        self.ctx.bus.open_record.emit(self.kind, self.model.record_id(row))

    def open_batches(self) -> None:
        """The 政务失信 batches for the city credit platform (administrators only)."""
        from zwcx_desktop.gui.reportbatches import ReportBatchesDialog

        self.batches = ReportBatchesDialog(self.ctx, self)
        self.batches.show()

    def new_record(self) -> None:
        self.ctx.bus.open_record.emit(self.kind, "")
