"""工作台: what needs attention today, each line opening its record."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

LIMIT = 100


def load_reminders(_handle, app, today: dt.date) -> dict[str, list[tuple[str, str, str, str]]]:
    """Task: (kind, id, title, date) per reminder group, each list capped at LIMIT."""
    from sqlalchemy import select

    from zwcx_desktop.store.models import Commitment, Disclosure, Objection, ServiceRecord

    soon = today + dt.timedelta(days=3)
    out: dict[str, list] = {}
    with app.db.read() as s:
        out["overdue"] = [("commitment", i, t, d.isoformat()) for i, t, d in s.execute(
            select(Commitment.id, Commitment.title, Commitment.due_date)
            .where(Commitment.deleted.is_(False), Commitment.status.in_(("published", "in_progress")),
                   Commitment.due_date < today).order_by(Commitment.due_date).limit(LIMIT))]
        out["ending"] = [("disclosure", i, t, d.isoformat()) for i, t, d in s.execute(
            select(Disclosure.id, Disclosure.title, Disclosure.period_end)
            .where(Disclosure.deleted.is_(False), Disclosure.status.in_(("publicizing", "republished")),
                   Disclosure.period_end >= today, Disclosure.period_end <= soon)
            .order_by(Disclosure.period_end).limit(LIMIT))]
        out["objections"] = [("objection", i, t, d.isoformat()) for i, t, d in s.execute(
            select(Objection.id, Objection.content, Objection.due_date)
            .where(Objection.deleted.is_(False),
                   Objection.status.in_(("registered", "accepted", "investigating", "replied")),
                   Objection.due_date <= soon).order_by(Objection.due_date).limit(LIMIT))]
        review = []
        for kind, m, title, state in (("commitment", Commitment, Commitment.title, "pending_review"),
                                      ("disclosure", Disclosure, Disclosure.title, "pending_review"),
                                      ("service", ServiceRecord, ServiceRecord.beneficiary_name, "registered"),
                                      ("objection", Objection, Objection.content, "registered")):
            review += [(kind, i, t, u.date().isoformat()) for i, t, u in s.execute(
                select(m.id, title, m.updated_at).where(m.deleted.is_(False), m.status == state)
                .order_by(m.updated_at).limit(LIMIT // 4))]
        out["review"] = review
    return out


class DashboardPage(QWidget):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        grid = QGridLayout(self)
        self.lists: dict[str, QListWidget] = {}
        self.boxes: dict[str, QGroupBox] = {}
        titles = {"overdue": self.tr("Overdue commitments"),
                  "ending": self.tr("Notices whose publicity period ends within 3 days"),
                  "objections": self.tr("Objections near or past their reply deadline"),
                  "review": self.tr("Waiting for review")}
        for n, (key, title) in enumerate(titles.items()):
            box = QGroupBox(title)
            lay = QVBoxLayout(box)
            lst = QListWidget()
            lst.setObjectName(f"reminders_{key}")
            lst.itemActivated.connect(self._open)
            lst.itemDoubleClicked.connect(self._open)
            lay.addWidget(lst)
            grid.addWidget(box, n // 2, n % 2)
            self.lists[key], self.boxes[key] = lst, box
        self.titles = titles
        self.hint = QLabel(self.tr("Double-click a line to open its record."))
        self.hint.setStyleSheet("color: #666;")
        grid.addWidget(self.hint, 2, 0, 1, 2)
        ctx.bus.record_changed.connect(lambda *_: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.ctx.runner.run(load_reminders, self.ctx.app, dt.date.today(), on_done=self._show)

    def _show(self, groups) -> None:
        for key, items in groups.items():
            lst = self.lists[key]
            lst.clear()
            self.boxes[key].setTitle(f"{self.titles[key]} ({len(items)}{'+' if len(items) >= LIMIT else ''})")
            for kind, rid, title, date in items:
                it = QListWidgetItem(f"{date}  {str(title)[:50]}")
                it.setData(Qt.ItemDataRole.UserRole, (kind, rid))
                lst.addItem(it)
            if not items:
                it = QListWidgetItem(self.tr("Nothing here."))
                it.setFlags(Qt.ItemFlag.NoItemFlags)
                lst.addItem(it)

    def _open(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data:
            self.ctx.bus.open_record.emit(*data)
