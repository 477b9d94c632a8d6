"""A table model over record ids: the matching ids arrive from a background query, rows are fetched a page
at a time as the view scrolls (canFetchMore/fetchMore), so a list of 100k records opens at once."""

from __future__ import annotations

import dataclasses
import time

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from zwcx_desktop.gui.i18n import enum_text, label

PAGE = 200
MAX_IDS = 200_000  # a bound on memory for the id list; filters narrow anything bigger


def query_ids(_handle, app, flt):
    """Background task: (count, ids) of the records matching `flt`."""
    from zwcx_core.domain.masking import could_be_id_number
    from zwcx_desktop.store import queries

    if flt.kind == "service" and flt.search and could_be_id_number(flt.search):  # found by its fingerprint
        from zwcx_desktop.credentials import NoKeyring

        try:
            flt = queries.by_typed_id(flt, app.records.fingerprint_key())
        except NoKeyring:  # no usable key (the dashboard says why): the text search still runs
            pass
    with app.db.read() as s:
        ids = queries.ids(s, flt, limit=MAX_IDS)
        total = len(ids) if len(ids) < MAX_IDS else queries.count(s, flt)
    return total, ids


class RecordTableModel(QAbstractTableModel):
    """Rows of one record kind; `loaded(count, seconds)` fires when a query's ids arrived."""

    loaded = Signal(int, float)

    def __init__(self, ctx, kind: str, parent=None) -> None:
        super().__init__(parent)
        from zwcx_core.domain.schema import KINDS
        from zwcx_desktop.store.queries import LIST_COLUMNS, Filter

        self.ctx, self.kind = ctx, kind
        self.columns = LIST_COLUMNS[kind]
        self.fields = [KINDS[kind].field(c) for c in self.columns]
        from zwcx_core.domain.credit_rules import sees_persons

        self.filter = Filter(kind, persons=sees_persons(ctx.actor.role))
        self.total = 0
        self._ids: list[str] = []
        self._rows: list[dict] = []
        self._generation = 0

    # ------------------------------------------------------------------ querying

    def set_filter(self, flt) -> None:
        """Run a new query in the background; older answers arriving late are ignored."""
        self.filter = flt
        self.refresh()

    def refresh(self) -> None:
        """Query again with the current filter (after a change elsewhere, or a new sort order)."""
        self._generation += 1
        gen, started = self._generation, time.perf_counter()
        flt = dataclasses.replace(self.filter)
        self.ctx.runner.run(query_ids, self.ctx.app, flt,
                            on_done=lambda res: self._apply(gen, started, *res))

    def _apply(self, gen: int, started: float, total: int, ids: list[str]) -> None:
        if gen != self._generation:
            return
        self.beginResetModel()
        self.total, self._ids, self._rows = total, ids, []
        self._load_more()
        self.endResetModel()
        self.loaded.emit(total, time.perf_counter() - started)

    def _load_more(self) -> int:
        from zwcx_desktop.store import queries

        chunk = self._ids[len(self._rows): len(self._rows) + PAGE]
        if not chunk:
            return 0
        # A page of rows by primary key is a few milliseconds, so it is read here rather than queued.
        with self.ctx.app.db.read() as s:
            got = queries.rows(s, self.kind, chunk)
        by_id = {r["id"]: r for r in got}
        self._rows.extend(by_id.get(i, {"id": i}) for i in chunk)
        return len(chunk)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < len(self._ids)

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        start = len(self._rows)
        n = min(PAGE, len(self._ids) - start)
        if n <= 0:
            return
        self.beginInsertRows(QModelIndex(), start, start + n - 1)
        self._load_more()
        self.endInsertRows()

    # ------------------------------------------------------------------ model

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return label(self.fields[section])
        return None

    def shown_ids(self) -> list[str]:
        """Ids of every record the list holds, in list order (fetched rows or not)."""
        return list(self._ids)

    def record_id(self, row: int) -> str:
        return self._rows[row]["id"]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        f = self.fields[index.column()]
        v = row.get(f.name)
        if role == Qt.ItemDataRole.DisplayRole:
            if f.type == "enum":
                return enum_text(f.enum, v)
            if isinstance(v, str) and len(v) > 60:
                return v[:60].replace("\n", " ") + "…"
            return "" if v is None else str(v)
        if role == Qt.ItemDataRole.ForegroundRole and f.name == "due_date" and v and row.get("status") in (
                "published", "in_progress", "registered", "accepted", "investigating"):
            import datetime as dt

            if v < dt.date.today().isoformat():
                return QColor("#c62828")
        if role == Qt.ItemDataRole.TextAlignmentRole and f.type == "money":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.set_order(column, order)
        self.refresh()

    def set_order(self, column: int, order) -> None:
        """Order by a column from the next query on (a remembered sort, before the first query)."""
        if not 0 <= column < len(self.fields):
            return
        f = self.fields[column]
        name = f"{f.name}_fen" if f.type == "money" else f.name
        self.filter = dataclasses.replace(self.filter, order_by=name,
                                          descending=order == Qt.SortOrder.DescendingOrder)
