"""Anchors of the devices' audit logs: every event hash a device pushed, so that a log rewritten afterwards on the
device (with sqlite3, say) no longer matches what the server holds.

A device that restored a backup appends a "restored" event naming the backup's last event; its events after that
one then differ from those anchored before, by design. The server accepts that fork: the anchors it replaces are
marked superseded (kept, never deleted), the fork is recorded for the city console, and sync goes on. Events that
differ without such a restore are not anchored again: the difference is recorded once as `rewritten`, and the
device's `zwcx check` names the events.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from zwcx_core import wire
from zwcx_server.models import AuditAnchor, AuditFork


def anchored_through(s: Session, device_id: str) -> int:
    """The highest audit event of the device the server holds (0: none)."""
    return int(s.execute(select(func.max(AuditAnchor.seq)).where(
        AuditAnchor.device_id == device_id, AuditAnchor.superseded_at.is_(None))).scalar() or 0)


def store(s: Session, device_id: str, township_id: int, anchors: list[wire.AuditAnchor],
          now: dt.datetime) -> dict[str, int]:
    """Anchor the hashes a device sent (wire.parse_anchors: increasing seq) in the caller's transaction. The
    answer's `audit_anchored` is the highest event of the device now anchored (the receipt the device keeps);
    `audit_differs_at`, when present, the first event that differs from its anchor without a restore."""
    through = anchored_through(s, device_id)
    if not anchors:
        return {"audit_anchored": through}
    have = dict(s.execute(select(AuditAnchor.seq, AuditAnchor.hash).where(
        AuditAnchor.device_id == device_id, AuditAnchor.superseded_at.is_(None),
        AuditAnchor.seq >= anchors[0].seq, AuditAnchor.seq <= anchors[-1].seq)).all())
    differs = next((a for a in anchors if a.seq in have and have[a.seq] != a.hash), None)
    keep = anchors
    if differs is not None:
        # A restore event declares every event after the backup's last one replaced: the first difference must
        # lie after that one and no later than the restore event itself (a segment-start event of the audit key
        # may come between them).
        restore = any(a.restored_to is not None and a.restored_to < differs.seq <= a.seq for a in anchors)
        restored_to = next((a.restored_to for a in anchors if a.restored_to is not None
                            and a.restored_to < differs.seq <= a.seq), None)
        _record_fork(s, device_id, township_id, "restore" if restore else "rewritten", differs, restored_to,
                     through, now)
        if restore:
            s.execute(update(AuditAnchor).where(AuditAnchor.device_id == device_id,
                                                AuditAnchor.superseded_at.is_(None),
                                                AuditAnchor.seq >= differs.seq).values(superseded_at=now))
            have = {k: v for k, v in have.items() if k < differs.seq}
        else:
            keep = [a for a in anchors if a.seq < differs.seq]
    new = [a for a in keep if a.seq not in have]
    if new:
        s.execute(insert(AuditAnchor), [{"device_id": device_id, "township_id": township_id, "seq": a.seq,
                                         "hash": a.hash, "received_at": now} for a in new])
    out = {"audit_anchored": anchored_through(s, device_id)}
    if differs is not None and keep is not anchors:
        out["audit_differs_at"] = differs.seq
    return out


def _record_fork(s: Session, device_id: str, township_id: int, kind: str, differs: wire.AuditAnchor,
                 restored_to: int | None, through: int, now: dt.datetime) -> None:
    """One row per fork: a device that keeps sending a rewritten log is not recorded again for each push."""
    seen = s.execute(select(AuditFork.id).where(AuditFork.device_id == device_id, AuditFork.kind == kind,
                                                AuditFork.first_differing_seq == differs.seq,
                                                AuditFork.anchored_through == through)).first()
    if seen is None:
        s.execute(insert(AuditFork).values(device_id=device_id, township_id=township_id, kind=kind,
                                           first_differing_seq=differs.seq, restored_to=restored_to,
                                           anchored_through=through, received_at=now))


def page(s: Session, device_id: str, from_seq: int, limit: int) -> dict[str, Any]:
    """The device's current anchors from `from_seq` on (at most `limit`), the highest one, and its forks."""
    rows = s.execute(select(AuditAnchor.seq, AuditAnchor.hash).where(
        AuditAnchor.device_id == device_id, AuditAnchor.superseded_at.is_(None), AuditAnchor.seq >= from_seq)
        .order_by(AuditAnchor.seq).limit(limit)).all()
    forks = s.execute(select(AuditFork).where(AuditFork.device_id == device_id).order_by(AuditFork.id)).scalars()
    return {"protocol": wire.PROTOCOL, "anchors": [[r.seq, r.hash] for r in rows],
            "through": anchored_through(s, device_id),
            "forks": [{"kind": f.kind, "first_differing_seq": f.first_differing_seq, "restored_to": f.restored_to,
                       "anchored_through": f.anchored_through,
                       "received_at": f.received_at.isoformat() + "Z"} for f in forks]}
