"""Version history (who, when, what changed) and the audit trail of one record, loaded in the background."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from zwcx_desktop.gui.i18n import enum_text, label
from zwcx_desktop.gui.people import display_names, local_time, person
from zwcx_desktop.gui.private import concealed, placeholder


def load_history(_handle, app, record_id: str) -> tuple[list[dict], list[dict], dict[str, str]]:
    """Task: versions with the fields each changed, audit events of a record, and the users' display names."""
    from sqlalchemy import select

    from zwcx_desktop.store.models import AuditEvent

    versions, prev = [], {}
    for v in app.records.history(record_id):
        doc = json.loads(v.doc)
        changed = sorted(k for k in set(doc) | set(prev) if doc.get(k) != prev.get(k))
        versions.append({"version": v.version, "at": v.created_at, "by": v.created_by, "doc": doc,
                         "prev": prev, "changed": changed, "deleted": v.deleted})
        prev = doc
    with app.db.read() as s:
        events = [{"seq": e.seq, "at": e.at, "actor": e.actor, "action": e.action, "detail": e.detail}
                  for e in s.execute(select(AuditEvent).where(AuditEvent.record_id == record_id)
                                     .order_by(AuditEvent.seq)).scalars()]
    return versions, events, display_names(app)


class HistoryWidget(QWidget):
    def __init__(self, ctx, kind: str, record_id: str, parent=None) -> None:
        super().__init__(parent)
        from zwcx_core.domain.schema import KINDS

        self.ctx, self.kind, self.record_id = ctx, kind, record_id
        self.spec = {f.name: f for f in KINDS[kind].fields}
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Versions (expand one to see what changed)")))
        self.versions = QTreeWidget()
        self.versions.setObjectName("history_versions")
        self.versions.setHeaderLabels([self.tr("Version"), self.tr("Time"), self.tr("By"),
                                       self.tr("Changed fields")])
        self.versions.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.versions.header().resizeSection(1, 160)
        lay.addWidget(self.versions, 2)
        lay.addWidget(QLabel(self.tr("Audit trail")))
        self.audit = QTreeWidget()
        self.audit.setObjectName("history_audit")
        self.audit.setHeaderLabels([self.tr("No."), self.tr("Time"), self.tr("By"), self.tr("Action"),
                                    self.tr("Detail")])
        self.audit.header().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.audit.header().resizeSection(0, 60)
        self.audit.header().resizeSection(1, 160)
        lay.addWidget(self.audit, 1)

    def reload(self) -> None:
        self.ctx.runner.run(load_history, self.ctx.app, self.record_id, on_done=self._show)

    def _name(self, field: str) -> str:
        f = self.spec.get(field)
        return label(f) if f else field

    def _value(self, field: str, v) -> str:
        f = self.spec.get(field)
        if f is not None and v not in (None, "") and concealed(self.ctx, self.kind, f):
            return placeholder()
        if f is not None and f.type == "enum":
            return enum_text(f.enum, v)
        if isinstance(v, list):
            return self.tr("%n item(s)", "", len(v))
        return "" if v is None else str(v)[:80]

    def _show(self, result) -> None:
        versions, events, names = result
        self.versions.clear()
        for v in reversed(versions):
            changed = [c for c in v["changed"] if c != "id_fingerprint"]
            item = QTreeWidgetItem([str(v["version"]), local_time(v["at"]), person(names, v["by"]),
                                    "、".join(self._name(c) for c in changed)])
            for c in changed:
                item.addChild(QTreeWidgetItem(["", "", self._name(c), f"{self._value(c, v['prev'].get(c))} → "
                                                                      f"{self._value(c, v['doc'].get(c))}"]))
            self.versions.addTopLevelItem(item)
        self.audit.clear()
        actions = {"create": self.tr("created"), "update": self.tr("edited"), "transition": self.tr("status changed"),
                   "progress": self.tr("progress recorded"), "attach": self.tr("file attached"),
                   "delete": self.tr("deleted"), "recompute": self.tr("dates recounted on the official calendar")}
        for e in reversed(events):
            detail = json.loads(e["detail"] or "{}")
            if "from" in detail and "to" in detail and "status" in self.spec:
                enum = self.spec["status"].enum
                detail = f"{enum_text(enum, detail['from'])} → {enum_text(enum, detail['to'])}"
            elif "fields" in detail:
                detail = "、".join(self._name(f) for f in detail["fields"])
            else:
                detail = "" if not detail else json.dumps(detail, ensure_ascii=False)[:100]
            self.audit.addTopLevelItem(QTreeWidgetItem([str(e["seq"]), local_time(e["at"]), person(names, e["actor"]),
                                                        actions.get(e["action"], e["action"]), detail]))
