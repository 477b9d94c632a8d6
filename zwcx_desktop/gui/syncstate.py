"""The store's sync state for the status bar and the sync page (Qt-free, run in the background)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Rejected operations shown on the 同步 page at most (the rest are counted): the list is for reading, not paging.
MAX_REJECTED_SHOWN = 200


@dataclass
class SyncState:
    pending: int
    conflicts: int
    last_sync: str | None
    server_url: str | None
    engine: bool
    rejected: int = 0
    #: The last round as the engine stored it: {"ok": True, ...RoundResult} or {"ok": False, "error": text}.
    last_result: dict[str, Any] | None = None
    #: Operations the server refused: seq, kind, record_id, title, reason.
    rejected_ops: list[dict[str, Any]] = field(default_factory=list)
    #: The last time the server was found to have lost confirmed changes: {"at", "reason", "records", "versions"}.
    server_restore: dict[str, Any] | None = None
    #: Enrolled with a sync server (it has a device token), not only an address typed in 设置.
    enrolled: bool = False


def engine():
    """The sync engine module (zwcx_desktop.sync.engine) if it is installed, else None."""
    try:
        from zwcx_desktop.sync import engine as mod
    except ImportError:
        return None
    return mod if hasattr(mod, "sync_round") and hasattr(mod, "status") else None


def _titles(app, ops: list[dict[str, Any]]) -> None:
    """Give each rejected op its record's title so the clerk can tell which record was refused."""
    from zwcx_core.domain.schema import KINDS

    for op in ops:
        try:
            rec = app.records.get(op["record_id"], include_deleted=True)
            op["title"] = str(rec.doc.get(KINDS[op["kind"]].title_field) or "")
        except Exception:  # noqa: BLE001 - a title is a convenience; the reason is what matters
            op["title"] = ""


def read_state(_handle, app) -> SyncState:
    """Task: pending outbox operations, conflicted records, last sync time and result, refused operations."""
    eng = engine()
    if eng is not None:
        st = eng.status(app)
        rejected = st.get("rejected") or []
        shown = rejected[:MAX_REJECTED_SHOWN]
        _titles(app, shown)
        return SyncState(st["pending"], st["conflicts"], st["last_sync"], st["server"] or app.setting("server_url"),
                         True, len(rejected), st.get("last_result"), shown, st.get("server_restore"),
                         enrolled=bool(st["server"]))
    from sqlalchemy import func, select

    from zwcx_desktop.store.models import RECORD_MODELS, OutboxOp

    with app.db.read() as s:
        pending = s.execute(select(func.count()).select_from(OutboxOp).where(OutboxOp.state == "pending")).scalar_one()
        conflicts = sum(s.execute(select(func.count()).select_from(m).where(m.sync_state == "conflict")).scalar_one()
                        for m in RECORD_MODELS.values())
    return SyncState(pending, conflicts, app.setting("last_sync_at"), app.setting("server_url"), False)


def local_time(iso: str | None) -> str | None:
    """A stored UTC timestamp as the clerk's local date and time (minutes are enough to read)."""
    import datetime as dt

    if not iso:
        return None
    try:
        return dt.datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def is_enrolled(app) -> bool:
    """Whether this data directory has a sync server (the token itself stays in the keyring, unread here)."""
    eng = engine()
    return eng is not None and bool(app.setting(eng.K_URL))


def run_sync(handle, app):
    """Task: one sync round through the engine; returns the round's result as a plain dict.

    `pushed` is the total of ops the server answered; `pushed_by` keeps the per-answer counts.
    """
    eng = engine()
    if eng is None:
        raise RuntimeError("sync is not configured")
    res = eng.sync_round(app, progress=lambda msg: handle.progress(0, 0, str(msg)))
    out = res.to_json()
    out["pushed_by"] = dict(res.pushed)
    out["pushed"] = sum(res.pushed.values())
    out["warnings"] = list(res.warnings)
    return out


def enroll(_handle, app, url: str, code: str, clean_start: bool = False, actor=None):
    """Task: enrol this computer with the municipal server using a one-time code (`clean_start`: moving it to
    another township, see engine.enroll)."""
    eng = engine()
    if eng is None:
        raise RuntimeError("sync is not configured")
    return eng.enroll(app, url, code, clean_start=clean_start, actor=actor)
