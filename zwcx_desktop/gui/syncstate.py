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
    rejected: int = 0


def engine():
    """The sync engine module (zwcx_desktop.sync.engine) if it is installed, else None."""
    try:
        from zwcx_desktop.sync import engine as mod
    except ImportError:
        return None
    return mod if hasattr(mod, "sync_round") and hasattr(mod, "status") else None


def read_state(_handle, app) -> SyncState:
    """Task: pending outbox operations, conflicted records, last sync time."""
    eng = engine()
    if eng is not None:
        st = eng.status(app)
        return SyncState(st["pending"], st["conflicts"], st["last_sync"], st["server"] or app.setting("server_url"),
                         True, len(st.get("rejected") or []))
    from sqlalchemy import func, select

    from zwcx_desktop.store.models import RECORD_MODELS, OutboxOp

    with app.db.read() as s:
        pending = s.execute(select(func.count()).select_from(OutboxOp).where(OutboxOp.state == "pending")).scalar_one()
        conflicts = sum(s.execute(select(func.count()).select_from(m).where(m.sync_state == "conflict")).scalar_one()
                        for m in RECORD_MODELS.values())
    return SyncState(pending, conflicts, app.setting("last_sync_at"), app.setting("server_url"), False)


def run_sync(handle, app):
    """Task: sync rounds through the engine until nothing is left to exchange; returns a one-line summary."""
    eng = engine()
    if eng is None:
        raise RuntimeError("sync is not configured")
    res = eng.sync_round(app, progress=lambda msg: handle.progress(0, 0, str(msg)))
    pushed = sum(res.pushed.values()) if isinstance(res.pushed, dict) else res.pushed
    return {"pushed": pushed, "pulled": res.pulled, "conflicts": res.conflicts, "rejected": res.rejected,
            "warnings": list(res.warnings)}


def enroll(_handle, app, url: str, code: str):
    """Task: enrol this computer with the municipal server using a one-time code."""
    eng = engine()
    if eng is None:
        raise RuntimeError("sync is not configured")
    return eng.enroll(app, url, code)
