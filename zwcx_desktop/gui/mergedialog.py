"""合并冲突: records edited on two computers at once, shown side by side; the clerk picks each field.

The engine keeps both versions (never last-write-wins); this dialog writes the version that names both as parents
(`engine.resolve_conflict`), which then syncs like any edit. Fields changed on both sides (hard conflicts) come
first and in red, fields changed on one side only (soft) next in yellow, identical fields last and plain, so the
clerk reads what needs a decision before what does not.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zwcx_desktop.gui.forms import ERROR_STYLE
from zwcx_desktop.gui.i18n import enum_text, kind_name, label
from zwcx_desktop.gui.private import concealed, placeholder
from zwcx_desktop.gui.screenfit import resize_within_screen

HARD_COLOUR, SOFT_COLOUR = "#ffebee", "#fff8e1"
DELETED = "__deleted__"  # the pseudo-field of a record deleted on one side and edited on the other
MINE, THEIRS = 0, 1
_MAX_SHOWN = 120  # characters of a value shown in a cell; the full text is in its tooltip


def load_conflicts(_handle, app) -> dict[str, Any]:
    """Task: conflicted records (engine.list_conflicts) with a title each, and this computer's device id."""
    from zwcx_core.domain.schema import KINDS
    from zwcx_desktop.sync import engine

    items = engine.list_conflicts(app)
    for c in items:
        cur = next((v for v in c["versions"] if v["version_id"] == c["current_version_id"]), c["versions"][0])
        c["title"] = str(cur["doc"].get(KINDS[c["kind"]].title_field) or c["record_id"][:8])
    return {"items": items, "device_id": app.device_id}


def resolve(_handle, app, record_id: str, chosen: dict[str, Any], actor, other_version_id: str,
            deleted: bool | None) -> str:
    """Task: write the merged version (current document plus the chosen fields, both parents named)."""
    from zwcx_desktop.sync import engine

    return engine.resolve_conflict(app, record_id, chosen, actor, other_version_id, deleted)


class MergeDialog(QDialog):
    """Conflicted records on the left; the chosen record's two versions, field by field, on the right."""

    def __init__(self, ctx, parent: QWidget | None = None, record_id: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[dict[str, Any]] = []
        self.device_id = ""
        self.current: dict[str, Any] | None = None
        self.mine: dict[str, Any] | None = None
        self.theirs: dict[str, Any] | None = None
        self.choices: dict[str, QButtonGroup] = {}
        self.setWindowTitle(self.tr("Resolve sync conflicts"))
        resize_within_screen(self, 1000, 620)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("These records were changed on this computer and on another one before they could "
                               "sync. Both versions are kept. For each field, choose the value to keep; fields "
                               "changed on both sides are shown first in red."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        split = QSplitter()
        self.records = QListWidget()
        self.records.setObjectName("conflict_records")
        self.records.currentRowChanged.connect(self._pick_record)
        split.addWidget(self.records)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("merge_heading")
        self.heading.setWordWrap(True)
        rl.addWidget(self.heading)
        self.table = QTableWidget(0, 4)
        self.table.setTabKeyNavigation(False)  # read-only: Tab goes on to the next control
        self.table.setObjectName("merge_table")
        self.table.verticalHeader().hide()
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        rl.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.all_mine = QPushButton(self.tr("Take all of this computer's"))
        self.all_mine.setObjectName("take_all_mine")
        self.all_mine.clicked.connect(lambda: self.take_all(MINE))
        self.all_theirs = QPushButton(self.tr("Take all of the other version"))
        self.all_theirs.setObjectName("take_all_theirs")
        self.all_theirs.clicked.connect(lambda: self.take_all(THEIRS))
        self.save_btn = QPushButton(self.tr("Save merged version"))
        self.save_btn.setObjectName("save_merge")
        self.save_btn.setDefault(True)
        self.save_btn.clicked.connect(self.save)
        row.addWidget(self.all_mine)
        row.addWidget(self.all_theirs)
        row.addStretch(1)
        row.addWidget(self.save_btn)
        rl.addLayout(row)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        lay.addWidget(split, 1)
        bottom = QHBoxLayout()
        self.msg = QLabel()
        self.msg.setObjectName("merge_message")
        self.msg.setWordWrap(True)
        bottom.addWidget(self.msg, 1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        bottom.addWidget(close)
        lay.addLayout(bottom)
        self._enable(False)
        self.reload(record_id)

    # ------------------------------------------------------------------ loading

    def reload(self, select_id: str | None = None) -> None:
        """Read the conflicts in the background; keeps `select_id` (or the current record) selected."""
        keep = select_id or (self.current or {}).get("record_id")
        self.ctx.runner.run(load_conflicts, self.ctx.app, on_done=lambda r: self._loaded(r, keep))

    def _loaded(self, res: dict[str, Any], keep: str | None) -> None:
        self.items, self.device_id = res["items"], res["device_id"]
        self.records.blockSignals(True)
        self.records.clear()
        for c in self.items:
            it = QListWidgetItem(f"{kind_name(c['kind'])}：{c['title']}")
            it.setData(Qt.ItemDataRole.UserRole, c["record_id"])
            self.records.addItem(it)
        self.records.blockSignals(False)
        if not self.items:
            self.current = None
            self.table.setRowCount(0)
            self.heading.setText(self.tr("No records are in conflict."))
            self._enable(False)
            return
        ids = [c["record_id"] for c in self.items]
        self.records.setCurrentRow(ids.index(keep) if keep in ids else 0)
        self._pick_record(self.records.currentRow())

    def _enable(self, on: bool) -> None:
        for b in (self.all_mine, self.all_theirs, self.save_btn):
            b.setEnabled(on)

    def select(self, record_id: str) -> bool:
        """Show one record (tests and the status bar); False when it is not in conflict."""
        for i, c in enumerate(self.items):
            if c["record_id"] == record_id:
                self.records.setCurrentRow(i)
                return True
        return False

    # ------------------------------------------------------------------ one record

    def _side_name(self, v: dict[str, Any]) -> str:
        who = v.get("by") or "?"
        if v.get("device_id") and v["device_id"] == self.device_id:
            return self.tr("This computer (%1, version %2)").replace("%1", who).replace("%2", str(v["version"]))
        return self.tr("Other computer (%1, version %2)").replace("%1", who).replace("%2", str(v["version"]))

    def _pick_record(self, row: int) -> None:
        if row < 0 or row >= len(self.items):
            return
        c = self.items[row]
        self.current = c
        vs = c["versions"]
        # "Mine" is the version made on this computer (after a pull the record may already show the other one);
        # without one, the version shown now. With three or more heads, each save merges one more until none is
        # left.
        cur = next((v for v in vs if v["version_id"] == c["current_version_id"]), vs[0])
        self.mine = next((v for v in vs if v.get("device_id") and v["device_id"] == self.device_id), cur)
        self.theirs = next(v for v in vs if v["version_id"] != self.mine["version_id"])
        self.heading.setText(self.tr("%1: %2 — %3 field(s) differ, %4 changed on both sides.")
                             .replace("%1", kind_name(c["kind"])).replace("%2", c["title"])
                             .replace("%3", str(len(c["fields"]))).replace("%4", str(len(c["hard"]))))
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Conflict"), self._side_name(self.mine),
                                              self._side_name(self.theirs)])
        self._fill(c)
        self._enable(True)
        self.msg.setText("")

    def _rows(self, c: dict[str, Any]) -> list[tuple[str, str]]:
        """(field, 'hard' | 'soft' | 'same') in display order: hard, soft, then the unchanged fields."""
        from zwcx_core.domain.schema import KINDS

        rows: list[tuple[str, str]] = []
        if bool(self.mine["deleted"]) != bool(self.theirs["deleted"]):
            rows.append((DELETED, "hard"))
        rows += [(f, "hard") for f in c["hard"]] + [(f, "combined") for f in c.get("combined", {})]
        rows += [(f, "soft") for f in c["soft"]]
        seen = {f for f, _ in rows}
        for f in KINDS[c["kind"]].stored_fields:
            if f.name not in seen and (f.name in self.mine["doc"] or f.name in self.theirs["doc"]):
                rows.append((f.name, "same"))
        return rows

    def _fill(self, c: dict[str, Any]) -> None:
        self.choices.clear()
        rows = self._rows(c)
        self.table.setRowCount(len(rows))
        kinds_text = {"hard": self.tr("changed on both sides"), "soft": self.tr("changed on one side"),
                      "same": self.tr("same"), "combined": self.tr("rows added on both sides: all kept")}
        for r, (name, how) in enumerate(rows):
            head = QTableWidgetItem(self._label(c["kind"], name))
            head.setData(Qt.ItemDataRole.UserRole, name)
            self.table.setItem(r, 0, head)
            self.table.setItem(r, 1, QTableWidgetItem(kinds_text[how]))
            a, b = self._value(c["kind"], name, self.mine), self._value(c["kind"], name, self.theirs)
            if how == "combined":  # merged row by row (rowmerge): nothing to choose, nothing dropped
                merged = self._value(c["kind"], name, {"doc": c["combined"]})
                for col in (2, 3):
                    self.table.setItem(r, col, QTableWidgetItem(merged))
                continue
            if how == "same":
                for col, text in ((2, a), (3, b)):
                    it = QTableWidgetItem(text)
                    it.setForeground(QBrush(QColor("#616161")))
                    self.table.setItem(r, col, it)
                continue
            colour = QBrush(QColor(HARD_COLOUR if how == "hard" else SOFT_COLOUR))
            for col in (0, 1):
                self.table.item(r, col).setBackground(colour)
            group = QButtonGroup(self.table)
            for side, col, text in ((MINE, 2, a), (THEIRS, 3, b)):
                rb = QRadioButton(text if len(text) <= _MAX_SHOWN else text[:_MAX_SHOWN] + "…")
                rb.setObjectName(f"pick_{name}_{'mine' if side == MINE else 'theirs'}")
                rb.setToolTip(text)
                rb.setStyleSheet(f"QRadioButton {{ background: {HARD_COLOUR if how == 'hard' else SOFT_COLOUR}; "
                                 "padding: 2px 4px; }")
                group.addButton(rb, side)
                self.table.setCellWidget(r, col, rb)
            group.button(self._default_side(name, how)).setChecked(True)
            self.choices[name] = group
        self.table.resizeRowsToContents()

    def _default_side(self, name: str, how: str) -> int:
        """A field changed on one side only starts on that side's value (the edit the other side never saw);
        a field changed on both starts on this computer's value, and the clerk decides."""
        if how == "soft" and name in self.theirs["changed"] and name not in self.mine["changed"]:
            return THEIRS
        return MINE

    def _label(self, kind: str, name: str) -> str:
        from zwcx_core.domain.schema import KINDS

        if name == DELETED:
            return self.tr("Record deleted")
        try:
            return label(KINDS[kind].field(name))
        except KeyError:
            return name

    def _value(self, kind: str, name: str, version: dict[str, Any]) -> str:
        """A field's value as the clerk reads it: enum names in Chinese, unit names, counts of files and rows."""
        from zwcx_core.domain.schema import KINDS

        if name == DELETED:
            return self.tr("Yes") if version["deleted"] else self.tr("No")
        v = version["doc"].get(name)
        if v in (None, "", []):
            return "—"
        try:
            f = KINDS[kind].field(name)
        except KeyError:
            f = None
        if f is not None:
            if concealed(self.ctx, kind, f):
                return placeholder()
            if f.type == "enum" and f.enum:
                return enum_text(f.enum, v)
            if f.type == "enums" and f.enum and isinstance(v, list):
                return "、".join(enum_text(f.enum, x) for x in v)
            if f.type == "bool":
                return self.tr("Yes") if v else self.tr("No")
            if f.type == "ref":
                return self.ctx.unit_names().get(v, str(v))
            if f.type == "hashes" and isinstance(v, list):
                return self.tr("%1 file(s)").replace("%1", str(len(v)))
            if f.type == "rows" and isinstance(v, list):
                return self.tr("%1 row(s)").replace("%1", str(len(v)))
        if isinstance(v, dict | list):
            return json.dumps(v, ensure_ascii=False)
        return str(v)

    # ------------------------------------------------------------------ choosing and saving

    def take_all(self, side: int) -> None:
        for group in self.choices.values():
            group.button(side).setChecked(True)

    def pick(self, name: str, side: int) -> None:
        """Choose one side for one field (what clicking its radio button does)."""
        self.choices[name].button(side).setChecked(True)

    def chosen(self) -> tuple[dict[str, Any], bool | None]:
        """The fields to write on top of this computer's version, and the deletion choice (None: unchanged)."""
        fields: dict[str, Any] = dict(self.current.get("combined", {})) if self.current else {}
        deleted = None
        for name, group in self.choices.items():
            src = self.mine if group.checkedId() == MINE else self.theirs
            if name == DELETED:
                deleted = bool(src["deleted"])
            else:
                fields[name] = src["doc"].get(name)
        return fields, deleted

    def save(self) -> None:
        if self.current is None:
            return
        c = self.current
        fields, deleted = self.chosen()
        # The merge is written on top of the version the record shows now and names the other head as second
        # parent; every differing field is in `fields`, so which side is the base does not change the content.
        other = self.theirs if self.theirs["version_id"] != c["current_version_id"] else self.mine
        self._enable(False)
        self.msg.setStyleSheet("")
        self.msg.setText(self.tr("Saving…"))
        self.ctx.runner.write(resolve, self.ctx.app, c["record_id"], fields, self.ctx.actor,
                              other["version_id"], deleted,
                              on_done=lambda _vid: self._saved(c), on_error=self._failed)

    def _saved(self, c: dict[str, Any]) -> None:
        self.msg.setStyleSheet("")
        self.msg.setText(self.tr("Merged “%1”. The merged version is sent with the next sync.")
                         .replace("%1", c["title"]))
        self.ctx.bus.record_changed.emit(c["kind"], c["record_id"])
        if self.ctx.sync is not None:
            self.ctx.sync.sync_now(manual=False)  # send the merge now rather than at the next tick, if online
        self.current = None
        self.reload()

    def _failed(self, exc: BaseException, _details: str) -> None:
        from zwcx_desktop.gui.errors import describe

        self._enable(True)
        self.msg.setStyleSheet(ERROR_STYLE)
        self.msg.setText(describe(exc))


def open_merge(ctx, parent: QWidget | None = None, record_id: str | None = None) -> MergeDialog:
    """Show the one merge dialog of this window (raised if already open), on `record_id` when given."""
    dlg = getattr(parent, "_merge_dialog", None) if parent is not None else None
    if dlg is None:
        dlg = MergeDialog(ctx, parent, record_id)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if parent is not None:
            parent._merge_dialog = dlg
            dlg.destroyed.connect(lambda *_: setattr(parent, "_merge_dialog", None))
    else:
        dlg.reload(record_id)
    dlg.show()
    dlg.raise_()
    dlg.activateWindow()
    return dlg
