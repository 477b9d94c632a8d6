"""Anchoring the audit log at the server: each sync sends the hashes of the audit events the server does not hold
yet and keeps its receipt; `zwcx check` compares the log with what the server anchored.

A keyed chain shows that events were not edited by someone without the audit key; it cannot show that the newest
ones were not simply removed, or that the whole file was not swapped for an older one. The server's copy of every
event hash can: an event it anchored that is now missing, different or elsewhere in the log is named.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from zwcx_core import wire
from zwcx_desktop import credentials
from zwcx_desktop.store.models import AuditEvent
from zwcx_desktop.store.restore import K_RESTORED, RESTORED
from zwcx_desktop.sync.client import ServerRefused, SyncClient, SyncError

#: The receipt of the server: {"device": its device id, "seq": the highest audit event it anchored}. Tied to the
#: device id, so a computer enrolled again (a new device at the server) anchors its log again from the start.
K_ANCHORED = "sync_audit_anchored"
_DEVICE = "sync_device_id"
#: Differences named one by one before the rest are counted.
LIMIT = 20


def receipt(app) -> int:
    """The highest audit event the server said it anchored for this computer's current enrolment."""
    try:
        r = json.loads(app.setting(K_ANCHORED) or "{}")
    except ValueError:
        return 0
    return int(r.get("seq") or 0) if isinstance(r, dict) and r.get("device") == app.setting(_DEVICE) else 0


def _anchors(app, after: int, limit: int) -> list[wire.AuditAnchor]:
    with app.db.read() as s:
        rows = s.execute(select(AuditEvent.seq, AuditEvent.hash, AuditEvent.action, AuditEvent.detail)
                         .where(AuditEvent.seq > after).order_by(AuditEvent.seq).limit(limit)).all()
    out = []
    for seq, h, action, detail in rows:
        restored_to = _to_event(detail) if action == RESTORED else None
        out.append(wire.AuditAnchor(seq, h, restored_to if restored_to is not None and restored_to < seq else None))
    return out


def push(app, client: SyncClient, meta: dict[str, Any], warnings: list[str], say) -> int:
    """Send the hashes of the audit events the server does not hold yet; returns how many it anchored. A server
    that does not announce `audit_anchored` does not take them; one that holds fewer than its last receipt said
    (restored) is sent them again from what it holds."""
    state = wire.parse_sync_state(meta)
    held = state.get("audit_anchored") if state else None
    if held is None:
        return 0
    mark = min(receipt(app), held)
    device = app.setting(_DEVICE)
    sent = 0
    while True:
        batch = _anchors(app, mark, wire.MAX_ANCHORS_PER_PUSH)
        if not batch:
            return sent
        try:
            ans = client.push([], audit=batch)
        except ServerRefused as exc:
            if exc.status >= 500:
                raise
            warnings.append(f"audit event hashes were not accepted by the server: {exc}")
            return sent
        through = ans.get("audit_anchored")
        if not isinstance(through, int) or isinstance(through, bool):
            return sent  # a server that ignores the field: nothing anchored
        differs = ans.get("audit_differs_at")
        through = min(through, batch[-1].seq)
        app.put_setting(K_ANCHORED, json.dumps({"device": device, "seq": through}))
        sent += max(0, through - mark)
        if isinstance(differs, int) or through < batch[-1].seq:
            first = differs if isinstance(differs, int) else through + 1
            warnings.append(f"the server did not anchor audit events from {first} on: this computer's audit log "
                            f"differs there from what it sent before ('zwcx check' names the events)")
            return sent
        mark = through
        say(f"anchored {sent} audit event(s)")


def compare(app, make_client) -> tuple[list[str], list[str]]:
    """(problems, notes) of the log against the server's anchors. Offline, or not enrolled, there are no problems
    from here and the note says the check was local only."""
    if app.setting(_DEVICE) is None:
        return [], ["checked locally only: this computer is not enrolled with a municipal server"]
    try:
        client = make_client(app)
    except (SyncError, credentials.NoKeyring) as exc:
        return [], [f"checked locally only: {exc}"]
    anchored: list[list] = []
    try:
        start = 1
        while True:
            page = client.audit_anchors(start)
            anchored += page["anchors"]
            if len(page["anchors"]) < wire.MAX_ANCHORS_PER_PAGE:
                break
            start = page["anchors"][-1][0] + 1
    except SyncError as exc:
        return [], [f"checked locally only: the municipal server could not be asked for its audit anchors ({exc})"]
    finally:
        client.close()
    return _differences(app, anchored)


def _differences(app, anchored: list[list]) -> tuple[list[str], list[str]]:
    with app.db.read() as s:
        rows = s.execute(select(AuditEvent.seq, AuditEvent.hash, AuditEvent.action, AuditEvent.detail)
                         .order_by(AuditEvent.seq)).all()
    by_seq = {r.seq: r for r in rows}
    by_hash = {r.hash: r.seq for r in rows}
    restores = [(r.seq, n) for r in rows if r.action == RESTORED and (n := _restored_to(r)) is not None]
    pending = _pending_restore(app)
    if pending is not None:  # a restore killed before its event was written: the next writer writes it
        restores.append((2**62, pending))
    problems: list[str] = []
    restored_from = None
    for seq, h in anchored:
        ev = by_seq.get(seq)
        if ev is not None and ev.hash == h:
            continue
        if any(n < seq <= r for r, n in restores):
            # A restore the server has not been told about yet: what it anchored after the backup's last event
            # is in the pre-restore copy, and the next sync records the fork.
            restored_from = seq
            break
        if ev is None:
            problems.append(f"audit event {seq}: anchored at the municipal server, but missing here (removed)")
            continue
        other = by_hash.get(h)
        problems.append(f"audit event {seq}: the municipal server anchored it in this place, but here it is "
                        f"event {other} (events were reordered)" if other is not None else
                        f"audit event {seq}: differs from the hash anchored at the municipal server (rewritten "
                        f"since it was anchored)")
    if len(problems) > LIMIT:  # a log swapped wholesale would otherwise print a line per event
        problems = problems[:LIMIT] + [f"{len(problems) - LIMIT} more audit event(s) differ from the municipal "
                                       f"server's anchors"]
    through = anchored[-1][0] if anchored else 0
    note = f"compared with the municipal server: {len(anchored)} anchored audit event(s), through event {through}"
    if restored_from is not None:
        note += f"; events from {restored_from} on were replaced by a restore the next sync reports"
    return problems, [note]


def _pending_restore(app) -> int | None:
    try:
        return int(json.loads(app.setting(K_RESTORED) or "null")["to_event"])
    except (TypeError, ValueError, KeyError):
        return None


def _restored_to(ev) -> int | None:
    return _to_event(ev.detail)


def _to_event(detail: str | None) -> int | None:
    """The event a "restored" event's detail says the log was restored to, or None."""
    try:
        return int(json.loads(detail).get("to_event"))
    except (TypeError, ValueError, AttributeError):
        return None
