"""What every view of a logged-in session shares: the data directory, the user, the task runner."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal


class Bus(QObject):
    """Signals between views: a record changed (lists and the dashboard refresh), open a record."""

    record_changed = Signal(str, str)  # kind, record id
    open_record = Signal(str, str)  # kind, record id


@dataclass
class Ctx:
    app: Any  # zwcx_desktop.store.app.App
    actor: Any  # zwcx_desktop.store.users.Actor
    runner: Any  # zwcx_desktop.gui.tasks.TaskRunner
    bus: Bus = field(default_factory=Bus)
    sync: Any = None  # zwcx_desktop.gui.syncscheduler.SyncScheduler, set by the main window
    _units: dict[str, str] | None = None
    _unit_types: dict[str, str] | None = None

    def unit_names(self) -> dict[str, str]:
        """id -> name of every unit (a township has tens, not thousands, so one small query is cached)."""
        if self._units is None:
            from sqlalchemy import select

            from zwcx_desktop.store.models import Unit

            with self.app.db.read() as s:
                self._units = dict(s.execute(select(Unit.id, Unit.name).where(Unit.deleted.is_(False))
                                             .order_by(Unit.name)).all())
        return self._units

    def unit_type(self, unit_id: str | None) -> str | None:
        """The type of a unit (village, township …), cached like `unit_names`."""
        if self._unit_types is None:
            from sqlalchemy import select

            from zwcx_desktop.store.models import Unit

            with self.app.db.read() as s:
                self._unit_types = dict(s.execute(select(Unit.id, Unit.unit_type).where(Unit.deleted.is_(False))).all())
        return self._unit_types.get(unit_id or "")

    def forget_units(self) -> None:
        self._units = None
        self._unit_types = None
