"""The store's sync state for the status bar and the sync page (Qt-free, run in the background)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class SyncState:
    pending: int
    conflicts: int
    last_sync: str | None
    server_url: str | None
    engine: bool


def engine():
    """The sync entry point `sync_now(app, handle)` if the sync package provides one, else None."""
    try:
        from zwcx_desktop import sync
    except ImportError:
        return None
    fn = getattr(sync, "sync_now", None)
    if fn is None:
        try:
            from zwcx_desktop.sync import engine as mod  # type: ignore[attr-defined]

            fn = getattr(mod, "sync_now", None)
        except ImportError:
            return None
    return fn


def read_state(_handle, app) -> SyncState:
    """Task: pending outbox operations, conflicted records, last sync time."""
    from sqlalchemy import func, select

    from zwcx_desktop.store.models import RECORD_MODELS, OutboxOp

    with app.db.read() as s:
        pending = s.execute(select(func.count()).select_from(OutboxOp).where(OutboxOp.state == "pending")).scalar_one()
        conflicts = sum(s.execute(select(func.count()).select_from(m).where(m.sync_state == "conflict")).scalar_one()
                        for m in RECORD_MODELS.values())
    return SyncState(pending, conflicts, app.setting("last_sync_at"), app.setting("server_url"), engine() is not None)


def run_sync(handle, app):
    """Task: one sync round through the sync engine."""
    fn = engine()
    if fn is None:
        raise RuntimeError("sync is not configured")
    return fn(app, handle)
