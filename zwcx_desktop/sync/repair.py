"""A server that forgot what it acknowledged (restored from an older backup, rolled back by a power cut) is noticed
and repaired by the devices themselves, with or without `zwcx-server new-epoch`.

Detection costs no extra request: /v1/sync/meta reports what the server holds for this device (`sync_state`), and
the device compares it with what it remembers:

- its pull cursor is past the township's highest sequence, or the version at its cursor is not the one it pulled
  there (the sequence numbers were handed out again after a restore);
- its outbox was acknowledged further than the server remembers for this device;
- after a complete round with nothing pending, the digest of its set of versions differs from the township's
  (announced with every pull page).

Repair: ask which of the versions this device holds the server lacks (ids only), send exactly those again in causal
order — its own and other devices' versions, from the version history rather than the outbox, whose acknowledged
rows say nothing about what the server still has — then pull again from the start. Version ids make every step
idempotent (the server answers `duplicate` for what it has), so an interrupted repair simply continues next round:
it is remembered in the `sync_repair` setting until it has finished.
"""

from __future__ import annotations

import datetime as dt
import heapq
import json
import uuid
from typing import Any

from sqlalchemy import select, text, update

from zwcx_core import wire
from zwcx_desktop.store import settings
from zwcx_desktop.store.models import Attachment, OutboxOp, RecordVersion
from zwcx_desktop.sync.client import SyncClient, SyncError

K_CURSOR_VERSION = "sync_cursor_version"  # the version_id at the stored pull cursor
K_REPAIR = "sync_repair"  # a repair under way: {"reason", "at", "records": [ids], "versions": [ids]}
K_RESTORE = "sync_server_restore"  # the last repair finished: {"at", "reason", "records", "versions"}
K_DIGEST_CACHE = "sync_versions_digest"  # "<versions>/<rejected> <digest>" of this device's versions, last computed
K_DIGEST_GAP = "sync_digest_gap"  # mine XOR theirs: the difference a repair could not remove (not repaired again)
# This device's highest answered outbox seq when it enrolled: the server counts a new device's acknowledgements from
# zero, so what an earlier enrolment had acknowledged is not something the server forgot.
K_ACKED_FLOOR = "sync_acked_floor"
#: What belongs to one enrolment and is forgotten at the next (the new server or device starts from nothing).
ENROLMENT_STATE = (K_CURSOR_VERSION, K_REPAIR, K_RESTORE, K_DIGEST_CACHE, K_DIGEST_GAP)

#: Why a repair started, in the words the CLI prints.
REASONS = {
    "epoch": "the server has a new epoch (restored from a backup with 'new-epoch')",
    "cursor": "the server's change sequence is behind what this computer already received",
    "acked": "the server no longer remembers changes it had confirmed to this computer",
    "digest": "this computer and the server hold different sets of record versions (their digests differ)",
}

_RESEND_NS = uuid.UUID("6d1f4f8e-3c55-4f0e-9a57-2f1c0b7d9e41")
_NOT_ON_SERVER = ("pending", "rejected")  # outbox states whose versions the server never stored


def acked_seq(s) -> int:
    """This device's highest outbox seq the server answered (the server stores an answer for each)."""
    # Newest first along the primary key: stops at the first answered op instead of reading them all.
    return int(s.execute(select(OutboxOp.seq).where(OutboxOp.state != "pending").order_by(OutboxOp.seq.desc())
                         .limit(1)).scalar() or 0)


def _reason(st: dict[str, Any], cursor: int, seen: str | None, mine: int, floor: int = 0) -> str | None:
    """Why the server's `sync_state` shows it forgot what it acknowledged (a key of REASONS), or None.
    `seen` is the version this device pulled at `cursor`; `mine` its highest answered outbox seq; `floor` what was
    answered before its current enrolment (not the current server device's to remember)."""
    if cursor > st["max_seq"]:
        return "cursor"
    if cursor and seen and st["cursor_version_id"] != seen:
        return "cursor"
    if mine > max(st["acked_seq"], floor):
        return "acked"
    return None


def start(app, reason: str, restart_pull: bool = True) -> None:
    """Remember that a repair is due (it survives a killed round) and forget what the server no longer holds:
    uploaded attachments are checked again, and the pull starts from the beginning."""
    from zwcx_desktop.sync.engine import K_CURSOR

    state = {"reason": reason, "at": _now(), "records": [], "versions": []}
    with app.db.write() as s:
        old = settings.get(s, K_REPAIR)
        if old:  # a repair already under way keeps its counts; the new reason does not hide the first one
            state = json.loads(old)
        settings.put(s, K_REPAIR, json.dumps(state))
        s.execute(update(Attachment).values(uploaded=False))
        if restart_pull:
            settings.put(s, K_CURSOR, "0")
            settings.put(s, K_CURSOR_VERSION, "")


def pending(app) -> bool:
    return bool(app.setting(K_REPAIR))


def check(app, meta: dict[str, Any], cursor: int) -> bool:
    """Whether a repair is due: one under way, or the meta answer shows the server forgot what it acknowledged
    (then it is started). One read of the store: this runs at the start of every round."""
    st = wire.parse_sync_state(meta)
    with app.db.read() as s:
        under_way, seen, floor = s.execute(text(
            "SELECT (SELECT value FROM settings WHERE key = :r), (SELECT value FROM settings WHERE key = :v), "
            "(SELECT value FROM settings WHERE key = :f)"),
            {"r": K_REPAIR, "v": K_CURSOR_VERSION, "f": K_ACKED_FLOOR}).one()
        mine = acked_seq(s) if st is not None and not under_way else 0
    if under_way:
        return True
    reason = _reason(st, cursor, seen, mine, int(floor or 0)) if st is not None else None
    if reason:
        start(app, reason)
    return bool(reason)


def run(app, client: SyncClient, res, say, batch: int) -> None:
    """Send again every version the server lacks, oldest first, then tell the server how far this device's outbox
    had been acknowledged. Records the outcome in `res` and in the `sync_server_restore` setting."""
    raw = app.setting(K_REPAIR)
    if not raw:
        return
    state = json.loads(raw)
    say("the server has forgotten changes it had confirmed (restored from a backup or a power cut): "
        "checking what it lacks")
    with app.db.read() as s:
        rows = s.execute(text(
            "SELECT version_id, base_version_id, merge_parent_id, record_id FROM record_versions WHERE version_id "
            "NOT IN "
            "(SELECT version_id FROM outbox WHERE state IN ('pending', 'rejected')) ORDER BY rowid")).all()
    ids = [r[0] for r in rows]
    lacking: set[str] = set()
    step = wire.MAX_MISSING_IDS
    for i in range(0, len(ids), step):
        lacking.update(client.missing(ids[i:i + step]))
    order = causal_order(rows, lacking)
    # What the server lacks is counted before it is sent: a push that commits but whose answer is lost (server
    # killed, connection cut) leaves nothing lacking for the next round to find, yet it was lost all the same.
    record_of = {r[0]: r[3] for r in rows}
    state["records"] = sorted(set(state["records"]) | {record_of[v] for v in lacking})
    state["versions"] = sorted(set(state["versions"]) | lacking)
    app.put_setting(K_REPAIR, json.dumps(state))
    refused: set[str] = set()
    for i in range(0, len(order), batch):
        ops = _ops(app, order[i:i + batch])
        for r in _push(app, client, ops, res):
            if r["status"] == "rejected":
                # Versions written before a rule existed may be refused by a server that checks it now: the clerk
                # is told which; they are not counted as restored.
                refused.add(r["version_id"])
                res.warnings.append(f"the server refused a version sent again after its restore "
                                    f"({r['version_id']}): {r.get('reason', '')}")
        say(f"sent {min(i + batch, len(order))} of {len(order)} version(s) the server had lost")
    with app.db.read() as s:
        mine = acked_seq(s)
    client.missing([], acked_seq=mine)
    back = [v for v in state["versions"] if v not in refused]
    done = {"at": _now(), "reason": state["reason"],
            "records": len({record_of[v] for v in back if v in record_of}),
            "versions": len(back)}
    with app.db.write() as s:
        settings.put(s, K_RESTORE, json.dumps(done))
        settings.put(s, K_REPAIR, "")
    res.server_restored, res.resent, res.restore_reason = True, done["records"], done["reason"]
    res.warnings.append(f"the server's data had gone back to an earlier state ({REASONS.get(done['reason'], '')}); "
                        f"{done['records']} record(s) were sent to it again")


def causal_order(rows: list[Any], lacking: set[str]) -> list[str]:
    """The lacking versions with every parent before its children (parents the server has need no place), and
    otherwise in the order this device stored them (which is causal already, except across pulled pages)."""
    pos = {r[0]: i for i, r in enumerate(rows) if r[0] in lacking}
    waiting: dict[str, int] = {}
    children: dict[str, list[str]] = {}
    for r in rows:
        vid = r[0]
        if vid not in pos:
            continue
        parents = {p for p in (r[1], r[2]) if p in pos and p != vid}
        waiting[vid] = len(parents)
        for p in parents:
            children.setdefault(p, []).append(vid)
    ready = [(pos[v], v) for v, n in waiting.items() if n == 0]
    heapq.heapify(ready)
    out: list[str] = []
    while ready:
        _, v = heapq.heappop(ready)
        out.append(v)
        for c in children.get(v, ()):
            waiting[c] -= 1
            if waiting[c] == 0:
                heapq.heappush(ready, (pos[c], c))
    if len(out) < len(pos):  # a cycle cannot happen with fresh ids; send the rest in stored order all the same
        out += sorted((v for v in pos if v not in set(out)), key=pos.__getitem__)
    return out


def _ops(app, vids: list[str]) -> list[wire.Op]:
    with app.db.read() as s:
        vs = {v.version_id: v for v in s.execute(select(RecordVersion).where(RecordVersion.version_id.in_(vids)))
              .scalars()}
    ops = []
    for i, vid in enumerate(vids):
        v = vs[vid]
        doc = json.loads(v.doc)
        author = v.device_id if wire.is_uuid(v.device_id) else None
        ops.append(wire.Op(str(uuid.uuid5(_RESEND_NS, vid)), i + 1, "delete" if v.deleted else "upsert", v.kind,
                           v.record_id, vid, v.base_version_id, v.merge_parent_id, v.version, v.content_hash, doc,
                           v.created_by, v.created_at.isoformat() + "Z", wire.referenced_blobs(v.kind, doc),
                           resend=True, device_id=author))
    return ops


def _push(app, client: SyncClient, ops: list[wire.Op], res) -> list[dict[str, Any]]:
    """Push these ops until each has a final answer, uploading attachments the server asks for."""
    from zwcx_desktop.sync.engine import _upload_blobs

    _upload_blobs(app, client, list({h for o in ops for h in o.blobs}), res)
    out: list[dict[str, Any]] = []
    todo = ops
    while todo:
        results = client.push(todo)["results"]
        final = [r for r in results if r["status"] in wire.FINAL_RESULTS]
        out += final
        todo = todo[len(final):]
        if not todo:
            break
        stuck = results[len(final)] if len(results) > len(final) else None
        if stuck is None or stuck["status"] != "need_blobs":
            raise SyncError("the server answered a repair push without accepting any change; try again later")
        missing = [h for h in stuck.get("missing", []) if wire.is_sha256(h)]
        with app.db.write() as s:
            s.execute(update(Attachment).where(Attachment.sha256.in_(missing)).values(uploaded=False))
        before = res.uploaded
        _upload_blobs(app, client, missing, res)
        if res.uploaded == before:
            raise SyncError(f"the server asks for attachment(s) this computer does not have: {', '.join(missing)}")
    return out


def check_digest(app, cursor: int, page: dict[str, Any]) -> None:
    """After a complete pull with nothing pending, this device holds exactly the server's versions 1..cursor, so
    its digest of them must equal the township's. A difference means one side lacks versions the other has (a
    restore the other signs missed, say on the first round after an upgrade): a repair is started for the next
    round, once per difference (one that a repair could not remove is not repaired again and again)."""
    theirs = page.get("versions_digest")
    if not theirs or page.get("max_seq") != cursor:
        return  # an older server, or versions arrived after the page was read: nothing to compare now
    with app.db.read() as s:
        # One statement: this runs at the end of every round, quiet ones included.
        waiting, versions, rejected, cached, known_gap = s.execute(text(
            "SELECT (SELECT COUNT(*) FROM outbox WHERE state = 'pending'), (SELECT COUNT(*) FROM record_versions), "
            "(SELECT COUNT(*) FROM outbox WHERE state = 'rejected'), "
            "(SELECT value FROM settings WHERE key = :cache), (SELECT value FROM settings WHERE key = :gap)"),
            {"cache": K_DIGEST_CACHE, "gap": K_DIGEST_GAP}).one()
        if waiting:
            return
        held = f"{versions}/{rejected}"
        mine = cached.split(" ")[1] if cached and cached.split(" ")[0] == held else None
        if mine is None:  # computed again only after versions were added (a quiet round reuses it)
            mine = wire.version_set_digest(s.execute(text(
                "SELECT version_id FROM record_versions WHERE version_id NOT IN "
                "(SELECT version_id FROM outbox WHERE state = 'rejected')")).scalars())
    if cached != f"{held} {mine}":
        app.put_setting(K_DIGEST_CACHE, f"{held} {mine}")
    if mine == theirs:
        if known_gap:
            app.put_setting(K_DIGEST_GAP, "")
        return
    # The XOR of the two set digests is the digest of the versions only one side holds: it stays the same while
    # both sides go on adding the same versions, so a difference a repair could not remove is not repaired again
    # every time something new arrives.
    gap = f"{int(mine, 16) ^ int(theirs, 16):064x}"
    if known_gap == gap:
        return
    app.put_setting(K_DIGEST_GAP, gap)
    start(app, "digest")


def restore_notice(app) -> dict[str, Any] | None:
    """The last repair of a forgetful server ({"at", "reason", "records", "versions"}), or None."""
    raw = app.setting(K_RESTORE)
    return json.loads(raw) if raw else None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
